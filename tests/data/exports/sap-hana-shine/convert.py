"""SAP HANA SHINE (XSA) demo data -> the export (see SOURCE.md). SHINE's load files are
already one CSV per table with the table's column names as headers (core-db/src/data/loads,
the *.hdbtabledata files name the target tables); they are copied byte for byte, except that
the sales orders are cut mechanically: the first KEEP_ORDERS by id, with their items.

    python convert.py GIT_DIR [COMMIT] [OUT_DIR]
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

LOADS = "core-db/src/data/loads"
# master data (MD.*), sales (SO.*) and the notes, texts and attachments they point at (Util.*)
COPIED = ["addresses", "businessPartner", "employees", "products", "notes", "texts",
          "attachments"]
KEEP_ORDERS = 300


def show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def main(git_dir: str, commit: str = "HEAD", out_dir: str = ".") -> None:
    out = Path(out_dir)
    for name in COPIED:
        (out / f"{name}.csv").write_bytes(show(git_dir, commit, f"{LOADS}/{name}.csv"))
    orders = show(git_dir, commit, f"{LOADS}/salesOrder.csv").decode("utf-8")
    lines = orders.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    ids = [next(csv.reader(io.StringIO(ln)))[0] for ln in body]
    keep = set(sorted(ids, key=int)[:KEEP_ORDERS])
    (out / "salesOrder.csv").write_text(
        header + "".join(ln for ln, i in zip(body, ids, strict=True) if i in keep),
        encoding="utf-8", newline="")
    items = show(git_dir, commit, f"{LOADS}/salesOrderItem.csv").decode("utf-8")
    lines = items.splitlines(keepends=True)
    (out / "salesOrderItem.csv").write_text(
        lines[0] + "".join(ln for ln in lines[1:]
                           if next(csv.reader(io.StringIO(ln)))[0] in keep),
        encoding="utf-8", newline="")


if __name__ == "__main__":
    main(*sys.argv[1:])
