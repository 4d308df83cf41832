"""Thunderbird's address-book CSV test files, copied byte for byte (ours: the copy, not the data).

Five files of comm-central at the given commit are written unchanged to OUT under their own
names (``shiftjis_addressbook.csv`` stays in Shift_JIS, ``quote.csv`` keeps its CRLF ends):
Thunderbird's export expectation ``mailnews/addrbook/test/unit/data/export.csv`` and four
import files under ``mailnews/import/test/unit/resources/``.

    python convert.py /path/to/releases-comm-central.git
        cf9726f56328e24a2cd2d24eaf01563c676a28e6 OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RESOURCES = "mailnews/import/test/unit/resources/"
FILES = ["mailnews/addrbook/test/unit/data/export.csv",
         RESOURCES + "basic_csv_addressbook.csv",
         RESOURCES + "csv_semicolon.csv",
         RESOURCES + "quote.csv",
         RESOURCES + "shiftjis_addressbook.csv"]

if __name__ == "__main__":
    repo, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for path in FILES:
        data = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        (out / Path(path).name).write_bytes(data)
