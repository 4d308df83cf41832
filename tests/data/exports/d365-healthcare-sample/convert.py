"""d365-healthcare-sample: Microsoft's Healthcare accelerator sample data for Dataverse, one
CSV per table (see SOURCE.md). Ours:

    python convert.py PACKAGE.zip OUT_DIR

PACKAGE.zip is the package as committed in its repository (SOURCE.md: git show). Every
rule is in ../dataverse_cmt_packages.py; this file only names the zip inside the package
that holds data.xml (none: the package is that zip) and the tables written, in order (every
table of data.xml, in its order).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataverse_cmt_packages import main  # noqa: E402

INNER = ""
TABLES = [
    "account", "contact", "msemr_allergyintolerance", "msemr_appointmentemr", "msemr_careplan",
    "msemr_careteam", "msemr_careteamparticipant", "msemr_codeableconcept", "msemr_condition",
    "msemr_device", "msemr_encounter", "msemr_episodeofcare", "msemr_location",
    "msemr_nutritionorder", "msemr_observation", "task", "msemr_practitionerqualification",
    "msemr_practitionerrole", "msemr_referralrequest", "msemr_riskassessment", "msemr_specimen",
    "msemr_medication", "msemr_medicationrequest", "msemr_medicationadministration",
    "msemr_procedure",
]

if __name__ == "__main__":
    raise SystemExit(main([sys.argv[1], INNER, sys.argv[2], *TABLES]))
