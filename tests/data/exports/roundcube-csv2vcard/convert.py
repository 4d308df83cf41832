"""Roundcube's own CSV contact-import fixtures, copied byte for byte (ours: the copy, not the data).

``tests/src/Csv2vcard/{all,outlook,email}.csv`` at the given commit are written unchanged to
OUT (``all.csv`` keeps its UTF-8 byte-order mark).

    python convert.py /path/to/roundcubemail.git 28b44419ee44c8749a85e7183325055c2cf68a4d OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FILES = ["all.csv", "outlook.csv", "email.csv"]

if __name__ == "__main__":
    repo, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        data = subprocess.run(["git", "--git-dir", repo, "show",
                               f"{commit}:tests/src/Csv2vcard/{name}"],
                              check=True, capture_output=True).stdout
        (out / name).write_bytes(data)
