"""Mautic's Excel contact export of its contact fixtures: ../mautic-contacts-csv/convert.py
(its docstring says how) in its "xlsx" mode. Ours; the data it reads is not committed.

    python convert.py fakeleaddata.csv OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mautic-contacts-csv"))
from convert import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "xlsx")
