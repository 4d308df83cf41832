"""Build nextcrm-export-<lang> (keys302, session 44, round S) from NextCRM's own files.

NextCRM (pdovhomilja/nextcrm-app, MIT) at commit 73ccc2f3: the fixed records its seed
(prisma/seeds/seed.ts, "Demo CRM dataset for e2e tests") and its unit tests' fixed rows
(__tests__/crm/lead-table-schema.test.ts, __tests__/crm/opportunity-table-schema.test.ts)
give, one CSV per object, headed by the labels of NextCRM's create/edit forms
(locales/<lang>.json: CrmAccountForm, CrmContactForm, CrmLeadForm, CrmOpportunityForm; the
list views' headers are English literals in the code, never translated). Values are copied
from those files; nothing is made up; a field the record leaves unset is an empty cell;
a form field no record fills is left out.

    python convert.py --repo /path/to/nextcrm-app.git --lang en|de|cz --out DIR

CSV as NextCRM's own CSV writer (actions/reports/export-csv.ts): headers joined by ',', a
cell quoted only when it holds ',', '"' or a newline, lines joined by '\\n', no final newline.
"""
import argparse
import json
import subprocess
from pathlib import Path

COMMIT = "73ccc2f357950214a003c1d9135bb1336f8e8ea6"

# (file, form section, [(label key, field)]) in the form's order
FILES = [
    ("accounts", "CrmAccountForm", [
        ("accountName", "name"), ("officePhone", "office_phone"), ("email", "email"),
        ("website", "website"), ("billingCity", "billing_city"),
        ("billingCountry", "billing_country")]),
    ("contacts", "CrmContactForm", [
        ("firstName", "first_name"), ("lastName", "last_name"),
        ("mobilePhone", "mobile_phone"), ("email", "email"),
        ("assignedUser", "assigned_to"), ("assignAccount", "accountsIDs")]),
    ("leads", "CrmLeadForm", [
        ("firstName", "firstName"), ("lastName", "lastName"), ("company", "company"),
        ("jobTitle", "jobTitle"), ("email", "email"), ("phone", "phone")]),
    ("opportunities", "CrmOpportunityForm", [
        ("name", "name"), ("closeDate", "close_date"), ("salesType", "type"),
        ("saleStage", "sales_stage"), ("budget", "budget"), ("currency", "currency"),
        ("expectedRevenue", "expected_revenue"), ("assignedAccount", "account")]),
]

# The records, copied from the files named in each comment (relations shown by the related
# record's name, as the forms' pickers show them).
ROWS = {
    # prisma/seeds/seed.ts: demoAccount (assigned_to: the seeded test user)
    "accounts": [{"name": "Seed Demo Account", "email": "demo-account@nextcrm.app"}],
    # prisma/seeds/seed.ts: demoContact (email default; accountsIDs: demoAccount;
    # assigned_to: testUser "Playwright Admin")
    "contacts": [{"first_name": "Seed", "last_name": "Demo Contact",
                  "email": "demo-contact@nextcrm.app", "assigned_to": "Playwright Admin",
                  "accountsIDs": "Seed Demo Account"}],
    "leads": [
        # prisma/seeds/seed.ts: demoLead
        {"firstName": "Seed", "lastName": "Demo Lead", "company": "Seed Demo Company",
         "email": "demo-lead@nextcrm.app"},
        # __tests__/crm/lead-table-schema.test.ts: rows l1 and l2 (l3's 40 'A's skipped)
        {"firstName": "An", "lastName": "Ng"},
        {"lastName": "Doe"},
    ],
    "opportunities": [
        # prisma/seeds/seed.ts: demoOpportunity; close_date is run time + 30 days and the
        # first sales stage a tie of two stages at order 0: both left empty; type: the
        # first by order in prisma/initial-data/crm_Opportunities_Type.json ("New deal", 1)
        {"name": "Seed Demo Opportunity", "type": "New deal", "budget": "10000",
         "expected_revenue": "8000", "account": "Seed Demo Account"},
        # __tests__/crm/opportunity-table-schema.test.ts: baseRow + close_date
        {"name": "Deal", "close_date": "2026-09-30", "sales_stage": "Pre-Sale",
         "budget": "1000", "currency": "CZK", "expected_revenue": "2500",
         "account": "Acme"},
    ],
}


def cell(v):
    s = "" if v is None else str(v)
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    raw = subprocess.check_output(
        ["git", f"--git-dir={a.repo}", "show", f"{COMMIT}:locales/{a.lang}.json"])
    loc = json.loads(raw)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, section, cols in FILES:
        # only the form's fields some record fills (an all-empty column says nothing)
        cols = [(k, f) for k, f in cols if any(r.get(f) for r in ROWS[name])]
        head = [loc[section][k] for k, _ in cols]
        lines = [",".join(cell(h) for h in head)]
        for r in ROWS[name]:
            lines.append(",".join(cell(r.get(f)) for _, f in cols))
        (out / f"{name}.csv").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
