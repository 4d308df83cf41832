"""Lay out the Tine 2.0 address-book export (see SOURCE.md): ours, not Tine's code.

``python convert.py TINE20_DIR OUT_DIR`` copies Tine's demo address book
(``Addressbook/Setup/DemoData/out1000.csv`` under TINE20_DIR, the repository's ``tine20``
folder) byte for byte into OUT_DIR under its own name. Nothing in it is changed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

SOURCE = "Addressbook/Setup/DemoData/out1000.csv"


def convert(tine: Path, out: Path) -> Path:
    """Copy the file; return where it was written."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(SOURCE).name
    shutil.copyfile(tine / SOURCE, target)
    return target


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])))
