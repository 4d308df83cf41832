"""Brevo's own fixed example records -> the CSVs of Brevo's contacts and CRM exports.

Reads, from a git directory holding Brevo's official Go SDK (getbrevo/brevo-go) at one
commit, the OpenAPI (Swagger 2.0) specification the SDK was generated from:
  api/swagger.yaml   the fixed `example:` / `examples:` values of Brevo's API reference
and writes, in English:
  contacts.csv   every contact of the spec's contact response examples (GET /contacts,
                 GET /contacts/{identifier}, GET /contacts/lists/{listId}/contacts), first
                 met wins by contact id; attributes in capitals as Brevo writes them
                 ('EMAIL', 'FIRSTNAME', 'LASTNAME', 'SMS'; the older examples' FIRST_NAME /
                 LAST_NAME are Brevo's default FIRSTNAME / LASTNAME attributes)
  companies.csv  the CRM companies of definitions Company / CompaniesList (first met wins)
  deals.csv      the CRM deals of definitions Deal / DealsList
  notes.csv      the CRM notes of definitions Note / NoteList
Headers: the labels the spec gives (DealAttributes_inner: 'deal_name' -> 'Deal Name';
CompanyAttributes_inner: 'name' -> 'Company Name'), otherwise the API field names in words.
Values as the API returns them; lists of ids joined by ','; booleans 'true'/'false'.
CSV: ',' delimiter, '"' quoting where needed, CR LF (Python's csv module defaults).

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Needs PyYAML (to read the spec) and git. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
from pathlib import Path

import yaml

COMMIT = "26055debcb4cd113dd0f6ec797fff21ab8ab79a3"
SPEC = "api/swagger.yaml"

CONTACT_FIXED = [("CONTACT ID", "id"), ("EMAIL", "email")]
CONTACT_TAIL = [("EMAIL_BLACKLISTED", "emailBlacklisted"), ("SMS_BLACKLISTED", "smsBlacklisted"),
                ("LIST_IDS", "listIds"), ("LIST_UNSUBSCRIBED", "listUnsubscribed"),
                ("ADDED_TIME", "createdAt"), ("MODIFIED_TIME", "modifiedAt")]
ATTR_RENAME = {"FIRST_NAME": "FIRSTNAME", "LAST_NAME": "LASTNAME"}

COMPANY_COLS = [("Company ID", "id"), ("Company Name", "name"), ("Domain", "domain"),
                ("Phone Number", "phone_number"), ("Revenue", "revenue"), ("Owner", "owner"),
                ("Owner Assign Date", "owner_assign_date"),
                ("Number Of Contacts", "number_of_contacts"), ("Created At", "created_at"),
                ("Last Updated At", "last_updated_at"),
                ("Linked Contacts Ids", "linkedContactsIds"),
                ("Linked Deals Ids", "linkedDealsIds")]
DEAL_COLS = [("Deal ID", "id"), ("Deal Name", "deal_name"), ("Deal Owner", "deal_owner"),
             ("Amount", "amount"), ("Pipeline", "pipeline"), ("Deal Stage", "deal_stage"),
             ("Stage Updated At", "stage_updated_at"), ("Number Of Contacts", "number_of_contacts"),
             ("Number Of Activities", "number_of_activities"),
             ("Last Activity Date", "last_activity_date"), ("Created At", "created_at"),
             ("Last Updated Date", "last_updated_date"),
             ("Linked Contacts Ids", "linkedContactsIds"),
             ("Linked Companies Ids", "linkedCompaniesIds")]
NOTE_COLS = [("Note ID", "id"), ("Text", "text"), ("Author", "author"),
             ("Author Email", "author_email"), ("Contact Ids", "contactIds"),
             ("Deal Ids", "dealIds"), ("Created At", "createdAt"), ("Updated At", "updatedAt")]


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ",".join(cell(x) for x in v)
    return str(v)


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def contact_examples(spec: dict) -> list[dict]:
    out = []
    for path in ("/contacts", "/contacts/{identifier}", "/contacts/lists/{listId}/contacts"):
        ex = spec["paths"][path]["get"]["responses"]["200"]["examples"]["application/json"]
        out.extend(ex["contacts"] if "contacts" in ex else [ex])
    return out


def first_met(records: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in records:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    spec = yaml.safe_load(show(a.gitdir, a.commit, SPEC))
    defs = spec["definitions"]
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)

    contacts = first_met(contact_examples(spec))
    attrs: list[str] = []
    for c in contacts:
        for k in c["attributes"]:
            k = ATTR_RENAME.get(k, k)
            if k not in attrs:
                attrs.append(k)
    # Brevo's default attributes first, as its export lists them
    default = [k for k in ("FIRSTNAME", "LASTNAME", "SMS") if k in attrs]
    attrs = default + [k for k in attrs if k not in default]
    header = [h for h, _ in CONTACT_FIXED] + attrs + [h for h, _ in CONTACT_TAIL]
    rows = []
    for c in contacts:
        a_ = {ATTR_RENAME.get(k, k): v for k, v in c["attributes"].items()}
        rows.append([cell(c.get(f)) for _, f in CONTACT_FIXED] + [cell(a_.get(k)) for k in attrs]
                    + [cell(c.get(f)) for _, f in CONTACT_TAIL])
    write(out / "contacts.csv", header, rows)

    def crm(names: list[str], cols: list[tuple[str, str]], path: str) -> None:
        recs = []
        for n in names:
            ex = defs[n]["example"]
            recs.extend(ex["items"] if "items" in ex else [ex])
        rows = []
        for r in first_met(recs):
            flat = dict(r.get("attributes") or {})
            flat.update({k: v for k, v in r.items() if k != "attributes"})
            author = r.get("authorId")
            if isinstance(author, dict):
                flat["author"] = (author.get("name") or {}).get("fullName")
                flat["author_email"] = author.get("email")
            rows.append([cell(flat.get(f)) for _, f in cols])
        write(out / path, [h for h, _ in cols], rows)

    crm(["Company", "CompaniesList"], COMPANY_COLS, "companies.csv")
    crm(["Deal", "DealsList"], DEAL_COLS, "deals.csv")
    crm(["Note"], NOTE_COLS, "notes.csv")


if __name__ == "__main__":
    main()
