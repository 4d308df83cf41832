"""d365-education-accelerator: Microsoft's sample data for Dataverse, one CSV per table
(see SOURCE.md). Ours:

    python convert.py PACKAGE.zip OUT_DIR

PACKAGE.zip is the package as committed in its repository (SOURCE.md: git show). Every
rule is in ../dataverse_cmt_packages.py; this file only names the zip inside the package
that holds data.xml and the tables written, in order (every table of data.xml that holds a
record, in the file's order).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataverse_cmt_packages import main  # noqa: E402

INNER = "PkgFolder\\DefaultData.zip"
TABLES = [
    "account", "contact", "mshied_academicperiod", "mshied_academicperioddetails",
    "customeraddress", "mshied_areaofinterest", "mshied_areaofstudy", "mshied_course",
    "mshied_coursehistory", "mshied_coursesection", "mshied_educationlevel",
    "mshied_extracurricularactivities", "mshied_extracurricularparticipant",
    "mshied_previouseducation", "mshied_program", "mshied_programlevel",
    "mshied_programversion", "mshied_registrationstatus", "mshied_studentprogramtype",
    "mshied_studentstatus", "mshied_testscore", "mshied_testtype",
]

if __name__ == "__main__":
    raise SystemExit(main([sys.argv[1], INNER, sys.argv[2], *TABLES]))
