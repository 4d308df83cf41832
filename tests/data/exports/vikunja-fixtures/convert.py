"""Vikunja's test fixtures (pkg/db/fixtures/*.yml) -> one CSV per table, as a database
export of Vikunja's tables would give them (see SOURCE.md).

Each fixture file is a YAML list of rows of one table. Read with YAML's BaseLoader, so every
value stays the text written in the file (no dates, booleans or numbers re-typed); columns
are the union of the rows' keys in order of first appearance; a key a row lacks is an empty
field. Left out: the sign-in and secret tables (api_tokens, oauth_codes, sessions, totp,
user_tokens, webhooks, link_shares), the instance's licence check (license_status) and the
users' `password` column (bcrypt hashes).

    python convert.py /path/to/vikunja.git [commit] > /dev/null   # writes CSVs beside it
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import yaml

LEFT_OUT = {"api_tokens", "oauth_codes", "sessions", "totp", "user_tokens", "webhooks",
            "link_shares", "license_status"}
DROPPED_COLUMNS = {"password"}


def convert(repo: str, commit: str = "HEAD", out: Path = Path(__file__).parent) -> None:
    """Write <table>.csv for every fixture file of the commit."""
    names = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", commit,
                            "pkg/db/fixtures/"], capture_output=True, text=True,
                           check=True).stdout.split()
    for path in names:
        table = Path(path).stem
        if not path.endswith(".yml") or table in LEFT_OUT:
            continue
        text = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                              capture_output=True, text=True, check=True).stdout
        rows = yaml.load(text, Loader=yaml.BaseLoader) or []
        columns: list[str] = []
        for row in rows:
            for key in row:
                if key not in columns and key not in DROPPED_COLUMNS:
                    columns.append(key)
        with open(out / f"{table}.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([row.get(c, "") for c in columns])


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "HEAD")
