"""OpenCATS's test data (``db/cats_testdata.bak``) as one CSV per table.

Ours. The file is OpenCATS's own backup archive (a zip holding ``db/catsbackup.sql.0``, the
MySQL dump its "Restore from backup" loads, statements ended by ``((ENDOFQUERY))``). Each
``CREATE TABLE `t``` gives the table's columns in order; each ``INSERT INTO `t` VALUES
(...),(...)`` its rows (MySQL's escapes resolved by ../mysql_values.py). Each kept table
becomes ``<table>.csv``: the column names as headers, one row per tuple in dump order,
values as the dump writes them, NULL empty. Kept: the recruiting records and their lists
(KEEP); left out: configuration, dashboards, templates, the MRU list, saved searches, the
audit history, the attachments (stored files and their extracted resume text), and the
users' ``password`` and ``session_cookie`` columns (secrets).

    python convert.py /path/to/OpenCATS.git COMMIT OUT
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list, write_table  # noqa: E402

PATH = "db/cats_testdata.bak"
DUMP = "db/catsbackup.sql.0"
KEEP = ["candidate", "client", "contact", "joborder", "candidate_joborder",
        "candidate_joborder_status", "candidate_joborder_status_history", "activity",
        "activity_type", "calendar_event", "calendar_event_type", "client_department",
        "candidate_source", "user"]
SKIP_COLUMNS = {"user": {"password", "session_cookie"}}
CREATE = re.compile(r"CREATE TABLE `(\w+)` \((.*?)\n\)", re.S)
INSERT = re.compile(r"INSERT INTO `(\w+)` VALUES\s*")


def main(repo: str, commit: str, out: str) -> None:
    """Write each kept table's rows to ``out/<table>.csv``."""
    blob = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{PATH}"],
                          check=True, capture_output=True).stdout
    text = zipfile.ZipFile(io.BytesIO(blob)).read(DUMP).decode("utf-8")
    text = text.replace("((ENDOFQUERY))", ";")
    columns = {m.group(1): [ln.strip().split()[0].strip("`")
                            for ln in m.group(2).split("\n") if ln.strip().startswith("`")]
               for m in CREATE.finditer(text)}
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for m in INSERT.finditer(text):
        table = m.group(1)
        if table not in KEEP:
            continue
        cols = columns[table]
        rows, _ = values_list(text, m.end())
        assert all(len(r) == len(cols) for r in rows), table
        write_table(dest / f"{table}.csv", cols, rows, SKIP_COLUMNS.get(table, set()))


if __name__ == "__main__":
    main(*sys.argv[1:4])
