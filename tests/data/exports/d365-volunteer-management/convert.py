"""d365-volunteer-management: Microsoft's sample data for Dataverse, one CSV per table
(see SOURCE.md). Ours:

    python convert.py PACKAGE.zip OUT_DIR

PACKAGE.zip is the package as committed in its repository (SOURCE.md: git show). Every
rule is in ../dataverse_cmt_packages.py; this file only names the zip inside the package
that holds data.xml and the tables written, in order.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataverse_cmt_packages import main  # noqa: E402

INNER = "PkgFolder\\DefaultData.zip"
TABLES = [
    "account", "contact", "bookableresource", "bookableresourcecategory",
    "bookableresourcecategoryassn", "characteristic", "bookableresourcecharacteristic",
    "msdyn_project", "msdyn_projectteam",
]

if __name__ == "__main__":
    raise SystemExit(main([sys.argv[1], INNER, sys.argv[2], *TABLES]))
