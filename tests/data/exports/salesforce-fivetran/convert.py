"""The seven Salesforce seeds this export holds, columns empty in every row dropped.

Usage: ``python convert.py GIT_DIR COMMIT OUT_DIR`` (the repository and commit SOURCE.md
names). Each ``integration_tests/seeds/sf_<object>_data.csv`` is read with Python's csv
module; a column whose value is "" in every row is dropped; the rest are written back in
the same order with ``csv.writer`` (lines ending "\\n"). No value is changed.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

OBJECTS = ("account", "contact", "lead", "opportunity", "task", "event", "user")


def main(git_dir: str, commit: str, out: Path) -> None:
    for name in OBJECTS:
        path = f"integration_tests/seeds/sf_{name}_data.csv"
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header, body = rows[0], rows[1:]
        keep = [i for i in range(len(header)) if any(i < len(r) and r[i] != "" for r in body)]
        with open(out / Path(path).name, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            for r in rows:
                writer.writerow([r[i] if i < len(r) else "" for i in keep])
        print(path, len(header), "->", len(keep), "columns,", len(body), "rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
