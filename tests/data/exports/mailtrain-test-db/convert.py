"""Mailtrain's test database (``server/setup/sql/mailtrain-test.sql``) as one CSV per table.

Ours. Every ``INSERT INTO `table` (columns) VALUES (...);`` statement of the dump is read
(MySQL's escapes resolved by ../mysql_values.py); each table with rows becomes
``<table>.csv``: the statement's column names as headers, one row per tuple in file order,
values as the dump writes them, NULL empty. ``NOW()`` (the dump lets MySQL fill the time
of loading) is written as the dump's commit time, ``2018-11-18 14:38:52`` (UTC). Left out:
``settings`` (the instance's SMTP and service configuration) and ``tzoffset`` (the time-zone
reference list), which are no customer data, and the ``users`` columns ``password``,
``access_token`` and ``reset_token`` (secrets).

    python convert.py /path/to/mailtrain.git COMMIT OUT
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list, write_table  # noqa: E402

PATH = "server/setup/sql/mailtrain-test.sql"
NOW = "2018-11-18 14:38:52"
SKIP_TABLES = {"settings", "tzoffset"}
SKIP_COLUMNS = {"users": {"password", "access_token", "reset_token"}}
INSERT = re.compile(r"INSERT INTO `(\w+)` \(([^)]*)\) VALUES\s*", re.S)


def main(repo: str, commit: str, out: str) -> None:
    """Write each table's rows to ``out/<table>.csv``."""
    text = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{PATH}"],
                          check=True, capture_output=True, text=True).stdout
    text = text.replace("NOW()", f"'{NOW}'")
    tables: dict[str, tuple[list[str], list[list[str | None]]]] = {}
    for m in INSERT.finditer(text):
        table = m.group(1)
        cols = [c.strip().strip("`") for c in m.group(2).split(",")]
        rows, _ = values_list(text, m.end())
        tables.setdefault(table, (cols, []))[1].extend(rows)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for table, (cols, rows) in tables.items():
        if table in SKIP_TABLES:
            continue
        write_table(dest / f"{table}.csv", cols, rows, SKIP_COLUMNS.get(table, set()))


if __name__ == "__main__":
    main(*sys.argv[1:4])
