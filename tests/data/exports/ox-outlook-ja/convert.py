"""Lay out the Japanese Outlook contacts export of Open-Xchange's tests (see SOURCE.md): ours.

``python convert.py OX_DIR OUT_DIR`` copies ``openexchange-test/testData/jpcontact.csv``
(under OX_DIR, a checkout of open-xchange/appsuite-middleware) byte for byte into OUT_DIR
under its own name. Nothing in it is changed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

SOURCE = "openexchange-test/testData/jpcontact.csv"


def convert(ox: Path, out: Path) -> Path:
    """Copy the file; return where it was written."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(SOURCE).name
    shutil.copyfile(ox / SOURCE, target)
    return target


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])))
