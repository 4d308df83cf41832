"""Bigcapital's import sample sheets, copied byte for byte (ours; see SOURCE.md):

    python convert.py GIT_DIR OUT_DIR

GIT_DIR is a clone of bigcapitalhq/bigcapital; the commit is fixed below. Nothing is changed:
the sheets already are CSVs under Bigcapital's own column labels.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

COMMIT = "af80afcf598377d50c819661fa7ae56e19893d2e"
FOLDER = "packages/server/static/demo-sheets"
SHEETS = ["customers.csv", "vendors.csv", "items.csv", "sale-invoices.csv", "Expenses.csv",
          "bank-transactions.csv", "manual-journals.csv"]


def main(git_dir: str, out_dir: str) -> None:
    """Write each sheet as the commit holds it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in SHEETS:
        data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{FOLDER}/{name}"],
                              check=True, capture_output=True).stdout
        (out / name).write_bytes(data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
