"""Copy a Fivetran dbt package's seed files, byte for byte, into one export folder: the one
copier of every Fivetran seed export here (sap-, pendo-, qualtrics-, stripe-, asana-, xero-,
lever-, greenhouse-, recharge-, github-, workday-fivetran; each SOURCE.md names its
repository, commit and seeds).

Usage: python tests/data/exports/fivetran_seeds.py FOLDER GIT_DIR COMMIT [SEED ...]

GIT_DIR is a clone (or bare git directory) of the package's repository; every named seed
(``integration_tests/seeds/<SEED>.csv``) is written into FOLDER as ``<SEED>.csv`` unchanged,
with the repository's LICENSE. Nothing is edited: the data stays as the publisher wrote it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def show(git_dir: str, commit: str, path: str) -> bytes:
    """The bytes of one file at one commit."""
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def main(argv: list[str]) -> int:
    folder, git_dir, commit, *seeds = argv
    here = Path(folder).resolve()
    (here / "LICENSE").write_bytes(show(git_dir, commit, "LICENSE"))
    for seed in seeds:
        (here / f"{seed}.csv").write_bytes(
            show(git_dir, commit, f"integration_tests/seeds/{seed}.csv"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
