"""Helpy's own import sample files, copied byte for byte (ours: the copy, not the data).

``test/fixtures/files/{user_import,topics_import,post_import}.csv`` at the given commit are
written unchanged to OUT (``user_import.csv`` keeps its carriage-return-only line ends).

    python convert.py /path/to/helpy.git 26aff0e485aee91f41098ee986cfe750746dcfee OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FILES = ["user_import.csv", "topics_import.csv", "post_import.csv"]

if __name__ == "__main__":
    repo, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        data = subprocess.run(["git", "--git-dir", repo, "show",
                               f"{commit}:test/fixtures/files/{name}"],
                              check=True, capture_output=True).stdout
        (out / name).write_bytes(data)
