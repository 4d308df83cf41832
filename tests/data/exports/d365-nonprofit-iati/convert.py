"""d365-nonprofit-iati: Microsoft's sample data for Dataverse, one CSV per table
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
    "account", "contact", "opportunity", "campaign", "transactioncurrency",
    "msnfp_award", "msnfp_budget", "msiati_condition", "msnfp_deliveryframework",
    "msiati_deliveryframeworkcontact", "msiati_deliveryframeworkdescription",
    "msnfp_designationplan", "msnfp_disbursement", "msnfp_disbursementdistribution",
    "msnfp_docket", "msiati_expenditure", "msnfp_indicator", "msnfp_indicatorvalue",
    "msiati_indicatorvaluelocation", "msiati_location", "msnfp_membershipcategory",
    "msiati_narrativetranslation", "msiati_nonembeddedcodelist",
    "msiati_nonembeddedcodelistvocabulary", "msnfp_objective", "msnfp_paymentmethod",
    "msnfp_paymentschedule", "msnfp_plannedgiving", "msiati_policymarker",
    "msiati_recipientcountry", "msiati_recipientregion", "msnfp_request", "msnfp_result",
    "msiati_sector",
]

if __name__ == "__main__":
    raise SystemExit(main([sys.argv[1], INNER, sys.argv[2], *TABLES]))
