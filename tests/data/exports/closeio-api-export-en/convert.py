"""Close's recorded API records -> the CSVs of Close's own lead exports, in English.

Close (close.com, formerly Close.io) is the sales CRM whose "lead" is a company with its
people ("contacts"), its deals ("opportunities"), tasks and activities inside it. Close's
own repositories hold no fixed records worth an export (closeio/closeio-api's tests have one
lead named 'Sample Lead' and nothing else), so the records are those a Close connector
replays in its tests: Hull's Close.io connector (github:edfryed/hull-closeio, a fork of
hull-ships/hull-closeio, MIT) at one commit. Read with `git show COMMIT:PATH`:

  test/integration/fixtures/api-responses/list-leads.json    GET /lead/ of a real account:
      1 lead (Medici) with 2 contacts, 1 opportunity, 1 task, 1 address, 18 custom fields
  test/integration/fixtures/api-responses/list-leadfields.json   GET /custom_fields/lead/ of
      that account: the custom fields' names (custom.lcf_ID -> custom.<name>)
  test/integration/fixtures/api-responses/lead-post.json     POST /lead/ of Close's 'Sample
      Data' organisation: Bluth Company with 1 contact, 3 addresses
  test/helper/datamock-leads.js getLeadListResponse()        GET /lead/ of 'Sample Data':
      Wayne Enterprises (Sample Lead) with 1 contact, 2 opportunities (a JavaScript object
      literal: its bare keys are quoted and trailing commas dropped to read it as JSON)

Leads in that order, first met wins by id. Written as Close's export writes its CSV files
(POST /export/lead/, format csv, date_format original):
  leads.csv          type 'leads': one row per lead
  contacts.csv       type 'contacts': one row per contact
  opportunities.csv  type 'lead_opps': one row per opportunity
Headers: Close's export field names (snake_case: 'display_name', 'status_label',
'primary_contact_name', 'primary_contact_primary_email', 'address_1_city', 'custom.<field
name>', 'num_contacts', 'primary_opportunity_value'...); the contact and opportunity rows'
own fields as contact_* and opportunity_*. A custom field whose name the files do not give
(the 'Sample Data' organisation's lcf ids have no definition in them) is left out. Values:
dates and times in Close's 'original' format ('2016-07-20 07:34:53.871000+00:00': the API's
ISO 8601 with a space for the 'T'), dates as YYYY-MM-DD, money from the API's cents to the
currency's units with two decimals ('89.00'), lists of phones/e-mails/URLs joined with ', ',
null as an empty cell. CSV: ',' delimiter, '"' quoting where needed, CR LF.

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library and git only. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
from pathlib import Path

COMMIT = "43a35151d647606b93a38a09bc2a7c3cea02edb5"
LIST_LEADS = "test/integration/fixtures/api-responses/list-leads.json"
LEAD_FIELDS = "test/integration/fixtures/api-responses/list-leadfields.json"
LEAD_POST = "test/integration/fixtures/api-responses/lead-post.json"
DATAMOCK_LEADS = "test/helper/datamock-leads.js"


def _show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def _js_function_object(source: str, name: str) -> dict:
    """The object literal `function NAME() { return {...}; }` returns, read as JSON."""
    start = source.index(f"function {name}()")
    body_start = source.index("return", start) + len("return")
    end = source.index("};\n}", body_start) + 1
    text = source[body_start:end]
    text = re.sub(r'(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text)


def _dt(value):
    """Close's 'original' export format: the API's ISO 8601 with a space for the 'T'."""
    if value is None or value == "":
        return None
    return value.replace("T", " ", 1) if "T" in value else value


def _money(cents):
    if cents is None:
        return None
    cents = int(cents)
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def _split_name(name):
    if not name:
        return None, None
    parts = name.split()
    if len(parts) == 1:
        return parts[0], None
    return " ".join(parts[:-1]), parts[-1]


def _join(values):
    values = [v for v in values if v]
    return ", ".join(values) if values else None


def _contact_fields(contact: dict, prefix: str) -> dict:
    phones = contact.get("phones") or []
    emails = contact.get("emails") or []
    urls = contact.get("urls") or []
    first, last = _split_name(contact.get("name"))
    return {
        f"{prefix}name": contact.get("name"),
        f"{prefix}first_name": first,
        f"{prefix}last_name": last,
        f"{prefix}title": contact.get("title"),
        f"{prefix}primary_phone": phones[0]["phone"] if phones else None,
        f"{prefix}primary_phone_type": phones[0].get("type") if phones else None,
        f"{prefix}other_phones": _join(p["phone"] for p in phones[1:]),
        f"{prefix}primary_email": emails[0]["email"] if emails else None,
        f"{prefix}primary_email_type": emails[0].get("type") if emails else None,
        f"{prefix}other_emails": _join(e["email"] for e in emails[1:]),
        f"{prefix}primary_url": urls[0]["url"] if urls else None,
        f"{prefix}other_urls": _join(u["url"] for u in urls[1:]),
    }


def _custom_values(lead: dict, names: dict) -> dict:
    out = {}
    for key, value in lead.items():
        if key.startswith("custom.lcf_"):
            name = names.get(key[len("custom."):])
            if name is not None:
                out[f"custom.{name}"] = value
    return out


def _write(path: Path, header: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(h) is None else row.get(h) for h in header])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def convert(gitdir: str, outdir: Path, commit: str = COMMIT) -> dict[str, int]:
    listed = json.loads(_show(gitdir, commit, LIST_LEADS))["data"]
    fields = json.loads(_show(gitdir, commit, LEAD_FIELDS))["data"]
    posted = json.loads(_show(gitdir, commit, LEAD_POST))
    mock = _js_function_object(_show(gitdir, commit, DATAMOCK_LEADS), "getLeadListResponse")
    names = {f["id"]: f["name"] for f in fields}

    leads, seen = [], set()
    for lead in [*listed, posted, *mock["data"]]:
        if lead["id"] not in seen:
            seen.add(lead["id"])
            leads.append(lead)

    custom_names = sorted({k for lead in leads for k in _custom_values(lead, names)},
                          key=str.lower)
    n_addr = max(len(lead.get("addresses") or []) for lead in leads)

    lead_header = ["id", "display_name", "description", "url", "status_id", "status_label",
                   *_contact_fields({}, "primary_contact_").keys(), *custom_names,
                   "created_by", "created_by_name", "updated_by", "updated_by_name",
                   "date_created", "date_updated", "html_url"]
    for i in range(1, n_addr + 1):
        lead_header += [f"address_{i}_{p}" for p in
                        ("address_1", "address_2", "city", "state", "zip", "country")]
    lead_header += ["num_contacts", "num_opportunities", "num_tasks", "num_completed_tasks",
                    "primary_opportunity_status_label", "primary_opportunity_value",
                    "primary_opportunity_period", "primary_opportunity_confidence",
                    "primary_opportunity_user_name", "primary_opportunity_date_won",
                    "last_complete_task_due_date"]

    lead_rows, contact_rows, opp_rows = [], [], []
    for lead in leads:
        contacts = lead.get("contacts") or []
        opps = lead.get("opportunities") or []
        tasks = lead.get("tasks") or []
        row = {
            "id": lead["id"], "display_name": lead.get("display_name"),
            "description": lead.get("description"), "url": lead.get("url"),
            "status_id": lead.get("status_id"), "status_label": lead.get("status_label"),
            **_contact_fields(contacts[0] if contacts else {}, "primary_contact_"),
            **_custom_values(lead, names),
            "created_by": lead.get("created_by"), "created_by_name": lead.get("created_by_name"),
            "updated_by": lead.get("updated_by"), "updated_by_name": lead.get("updated_by_name"),
            "date_created": _dt(lead.get("date_created")),
            "date_updated": _dt(lead.get("date_updated")),
            "html_url": lead.get("html_url"),
            "num_contacts": len(contacts), "num_opportunities": len(opps),
            "num_tasks": len(tasks),
            "num_completed_tasks": sum(1 for t in tasks if t.get("is_complete")),
        }
        for i, addr in enumerate(lead.get("addresses") or [], start=1):
            row.update({f"address_{i}_address_1": addr.get("address_1"),
                        f"address_{i}_address_2": addr.get("address_2"),
                        f"address_{i}_city": addr.get("city"),
                        f"address_{i}_state": addr.get("state"),
                        f"address_{i}_zip": addr.get("zipcode"),
                        f"address_{i}_country": addr.get("country")})
        if opps:
            top = opps[0]
            row.update({"primary_opportunity_status_label": top.get("status_label"),
                        "primary_opportunity_value": _money(top.get("value")),
                        "primary_opportunity_period": top.get("value_period"),
                        "primary_opportunity_confidence": top.get("confidence"),
                        "primary_opportunity_user_name": top.get("user_name"),
                        "primary_opportunity_date_won": top.get("date_won")})
        done = [t for t in tasks if t.get("is_complete")]
        if done:
            row["last_complete_task_due_date"] = max(t.get("due_date") or "" for t in done) or None
        lead_rows.append(row)

        for contact in contacts:
            contact_rows.append({
                "lead_id": lead["id"], "lead_display_name": lead.get("display_name"),
                "lead_status_label": lead.get("status_label"),
                "contact_id": contact.get("id"),
                **_contact_fields(contact, "contact_"),
                "contact_created_by": contact.get("created_by"),
                "contact_updated_by": contact.get("updated_by"),
                "contact_date_created": _dt(contact.get("date_created")),
                "contact_date_updated": _dt(contact.get("date_updated")),
            })
        for opp in opps:
            opp_rows.append({
                "lead_id": lead["id"], "lead_display_name": lead.get("display_name"),
                "lead_status_label": lead.get("status_label"),
                "opportunity_id": opp.get("id"),
                "opportunity_status_id": opp.get("status_id"),
                "opportunity_status_label": opp.get("status_label"),
                "opportunity_status_type": opp.get("status_type"),
                "opportunity_value": _money(opp.get("value")),
                "opportunity_value_period": opp.get("value_period"),
                "opportunity_value_currency": opp.get("value_currency"),
                "opportunity_value_formatted": opp.get("value_formatted"),
                "opportunity_confidence": opp.get("confidence"),
                "opportunity_date_won": opp.get("date_won"),
                "opportunity_note": opp.get("note"),
                "opportunity_user_id": opp.get("user_id"),
                "opportunity_user_name": opp.get("user_name"),
                "opportunity_contact_id": opp.get("contact_id"),
                "opportunity_contact_name": opp.get("contact_name"),
                "opportunity_created_by": opp.get("created_by"),
                "opportunity_created_by_name": opp.get("created_by_name"),
                "opportunity_date_created": _dt(opp.get("date_created")),
                "opportunity_date_updated": _dt(opp.get("date_updated")),
            })

    contact_header = ["lead_id", "lead_display_name", "lead_status_label", "contact_id",
                      *_contact_fields({}, "contact_").keys(), "contact_created_by",
                      "contact_updated_by", "contact_date_created", "contact_date_updated"]
    opp_header = list(opp_rows[0].keys())

    outdir.mkdir(parents=True, exist_ok=True)
    _write(outdir / "leads.csv", lead_header, lead_rows)
    _write(outdir / "contacts.csv", contact_header, contact_rows)
    _write(outdir / "opportunities.csv", opp_header, opp_rows)
    return {"leads.csv": len(lead_rows), "contacts.csv": len(contact_rows),
            "opportunities.csv": len(opp_rows)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gitdir")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    for name, rows in convert(args.gitdir, args.outdir, args.commit).items():
        print(f"{name}: {rows} rows")


if __name__ == "__main__":
    main()
