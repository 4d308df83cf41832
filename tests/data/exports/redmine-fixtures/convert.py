"""Redmine's Rails test fixtures -> one CSV per table, as a table export of its database writes it.

Ours (not Redmine's). Reads ``test/fixtures/<table>.yml`` from a Redmine git directory at a
commit (``git show``) and writes ``<table>.csv``: one row per fixture record in the file's
order, columns = the record keys in order of first appearance, values exactly as the YAML
writes them (read with YAML's base loader: no type guessing, so ``2006-07-19 19:12:21 +02:00``,
``true`` and ``4.25`` stay as written; an empty value is an empty cell). The fixture labels
(``issues_001:``) are Rails' names for the rows, not data, and are dropped; so are comments.

A few values are ERB that Rails evaluates when it loads the fixtures, all of the forms
``<%= N.day(s)|minute.ago|from_now[.to_date].to_fs(:db) %>`` and ``<%= Date.today.to_fs(:db) %>``.
They are evaluated as Rails would on the day of the commit (its committer time, in UTC):
a time as ``YYYY-MM-DD HH:MM:SS``, a date as ``YYYY-MM-DD`` (``to_fs(:db)``). Any other ERB
stops the conversion.

    python convert.py /path/to/redmine.git 890812e49cc60e96c7c252b7dedbd881a4edba55 OUT
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

TABLES = ["users", "email_addresses", "projects", "issues", "issue_statuses", "trackers",
          "enumerations", "journals", "time_entries"]

ERB = re.compile(r"<%=\s*(.*?)\s*%>")
RELATIVE = re.compile(r"(\d+)\.(days?|minutes?)\.(ago|from_now)(\.to_date)?\.to_fs\(:db\)")


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", repo, *args], check=True,
                          capture_output=True, text=True).stdout


def _erb(expr: str, now: datetime) -> str:
    """One ERB expression's value on the commit's day."""
    if expr == "Date.today.to_fs(:db)":
        return now.strftime("%Y-%m-%d")
    m = RELATIVE.fullmatch(expr)
    if not m:
        raise ValueError(f"ERB not understood: {expr}")
    n, unit, way, to_date = m.groups()
    step = timedelta(days=int(n)) if unit.startswith("day") else timedelta(minutes=int(n))
    when = now - step if way == "ago" else now + step
    return when.strftime("%Y-%m-%d" if to_date else "%Y-%m-%d %H:%M:%S")


def convert(repo: str, commit: str, out: Path) -> None:
    now = datetime.fromtimestamp(int(_git(repo, "show", "-s", "--format=%ct", commit)),
                                 tz=timezone.utc)
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        raw = _git(repo, "show", f"{commit}:test/fixtures/{table}.yml")
        raw = ERB.sub(lambda m: _erb(m.group(1), now), raw)
        records = list((yaml.load(raw, Loader=yaml.BaseLoader) or {}).values())
        columns: list[str] = []
        for rec in records:
            for key in rec:
                if key not in columns:
                    columns.append(key)
        with (out / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for rec in records:
                writer.writerow([rec.get(c) or "" for c in columns])


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
