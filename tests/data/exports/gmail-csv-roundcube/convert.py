"""A Google Contacts ("Google CSV") export kept by Roundcube as an import fixture, copied byte
for byte (ours: the copy, not the data).

``tests/src/Csv2vcard/gmail.csv`` at the given commit is written unchanged to OUT (its quoted
multi-line address values kept as they are).

    python convert.py /path/to/roundcubemail.git 28b44419ee44c8749a85e7183325055c2cf68a4d OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FILES = ["gmail.csv"]

if __name__ == "__main__":
    repo, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        data = subprocess.run(["git", "--git-dir", repo, "show",
                               f"{commit}:tests/src/Csv2vcard/{name}"],
                              check=True, capture_output=True).stdout
        (out / name).write_bytes(data)
