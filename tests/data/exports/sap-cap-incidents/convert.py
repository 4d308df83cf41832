"""SAP's CAP reference app "Incident Management" (cap-js/incidents-app) -> the export (see
SOURCE.md). Its initial data, db/data/*.csv, is already one CSV per entity with the entity's
element names as headers (CAP's own naming, <namespace>-<Entity>.csv; associations as
<name>_ID, a composition's rows as <Entity>.<element>.csv with up__ID); the files are copied
byte for byte, nothing cut.

    python convert.py GIT_DIR [COMMIT] [OUT_DIR]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main(git_dir: str, commit: str = "HEAD", out_dir: str = ".") -> None:
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit,
                            "db/data/"], check=True, capture_output=True,
                           text=True).stdout.split()
    for path in names:
        if path.endswith(".csv"):
            data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout
            (Path(out_dir) / Path(path).name).write_bytes(data)


if __name__ == "__main__":
    main(*sys.argv[1:])
