"""Constant Contact export (en) from the fixed Constant Contact API v2 records that
Constant Contact's own PHP SDK (constantcontact/php-sdk, MIT) keeps as its unit tests' mock
responses, at e40dd8ac (test/Json/**/*.json).

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the contacts (Contacts/get_contacts.json,
get_contact.json), the contact lists (Lists/get_lists.json, get_list.json), the e-mail
campaigns (Campaigns/get_campaigns.json, get_campaign.json) and the campaign tracking
activities (Tracking/get_sends, get_opens, get_clicks, get_forwards, get_opt_outs,
get_bounces .json). One row per distinct id, first met wins, in that order; a tracking
activity is one row per record. Writes contacts.csv, contact_lists.csv, email_campaigns.csv
and campaign_activities.csv, headed by the API's field names, nested objects joined by '.'
('email_addresses.email_address', 'tracking_summary.opens'): of a contact's lists of
objects the first address and the first e-mail address (the only filled ones in every
record), the lists' ids and the notes' texts joined by ';', each custom field as
'custom_fields.<name>'. A campaign's HTML/text bodies, style sheet, footer, greeting,
view-as-web-page and permission-reminder texts and click-through details are left out, as
are columns no record fills. Values as the API gives them (ISO 8601 timestamps,
true/false, numbers as written). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "e40dd8ac9380fdd36d5bf6656c36a2c36985741d"
BASE = "test/Json/"

CONTACT_COLS = [
    "id", "status", "prefix_name", "first_name", "last_name", "job_title", "department_name",
    "company_name", "home_phone", "work_phone", "cell_phone", "fax",
    "email_addresses.email_address", "email_addresses.status",
    "email_addresses.confirm_status", "email_addresses.opt_in_source",
    "email_addresses.opt_in_date", "email_addresses.opt_out_date",
    "addresses.address_type", "addresses.line1", "addresses.line2", "addresses.line3",
    "addresses.city", "addresses.state_code", "addresses.country_code",
    "addresses.postal_code", "addresses.sub_postal_code",
    "lists.id", "notes.note", "confirmed", "source", "source_details", "action_by",
]
LIST_COLS = ["id", "name", "status", "contact_count", "opt_in_default"]
CAMPAIGN_COLS = [
    "id", "name", "subject", "status", "from_name", "from_email", "reply_to_email",
    "template_type", "email_content_format", "created_date", "last_edit_date",
    "last_run_date", "modified_date", "permalink_url", "sent_to_contact_lists.id",
    "tracking_summary.sends", "tracking_summary.opens", "tracking_summary.clicks",
    "tracking_summary.forwards", "tracking_summary.unsubscribes",
    "tracking_summary.bounces", "tracking_summary.spam_count",
]
ACTIVITY_COLS = [
    "activity_type", "campaign_id", "contact_id", "email_address", "send_date", "open_date",
    "click_date", "link_id", "forward_date", "unsubscribe_date", "unsubscribe_source",
    "unsubscribe_reason", "bounce_date", "bounce_code", "bounce_description",
    "bounce_message",
]


def load(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{BASE}{path}"],
                         check=True, capture_output=True).stdout
    return json.loads(out.decode("utf-8"))


def records(doc):
    if isinstance(doc, dict) and "results" in doc:
        return doc["results"]
    return doc if isinstance(doc, list) else [doc]


def text(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def contact_row(c):
    row = {k: text(v) for k, v in c.items() if not isinstance(v, (list, dict))}
    emails = c.get("email_addresses") or [{}]
    for k, v in emails[0].items():
        row["email_addresses." + k] = text(v)
    addresses = c.get("addresses") or [{}]
    for k, v in addresses[0].items():
        row["addresses." + k] = text(v)
    row["lists.id"] = ";".join(text(x["id"]) for x in c.get("lists", []))
    row["notes.note"] = ";".join(x["note"] for x in c.get("notes", []))
    for f in c.get("custom_fields", []):
        row["custom_fields." + f["name"]] = text(f["value"])
    return row


def campaign_row(c):
    row = {k: text(v) for k, v in c.items() if not isinstance(v, (list, dict))}
    for k, v in (c.get("tracking_summary") or {}).items():
        row["tracking_summary." + k] = text(v)
    if "sent_to_contact_lists" in c:
        row["sent_to_contact_lists.id"] = ";".join(
            text(x["id"]) for x in c["sent_to_contact_lists"])
    return row


def distinct(rows):
    seen, out = set(), []
    for r in rows:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def write(path, cols, rows, extra=()):
    cols = list(cols) + sorted(set(extra))
    cols = [c for c in cols if any(r.get(c, "") != "" for r in rows)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    contacts = distinct([contact_row(c) for p in ("Contacts/get_contacts.json",
                                                   "Contacts/get_contact.json")
                         for c in records(load(gitdir, p))])
    custom = [k for r in contacts for k in r if k.startswith("custom_fields.")]
    lists = distinct([{k: text(v) for k, v in x.items()}
                      for p in ("Lists/get_lists.json", "Lists/get_list.json")
                      for x in records(load(gitdir, p))])
    campaigns = distinct([campaign_row(c) for p in ("Campaigns/get_campaigns.json",
                                                     "Campaigns/get_campaign.json")
                          for c in records(load(gitdir, p))])
    activities = [{k: text(v) for k, v in a.items()}
                  for p in ("sends", "opens", "clicks", "forwards", "opt_outs", "bounces")
                  for a in records(load(gitdir, f"Tracking/get_{p}.json"))]
    for name, cols, rows, extra in (("contacts", CONTACT_COLS, contacts, custom),
                                    ("contact_lists", LIST_COLS, lists, ()),
                                    ("email_campaigns", CAMPAIGN_COLS, campaigns, ()),
                                    ("campaign_activities", ACTIVITY_COLS, activities, ())):
        n = write(os.path.join(out, name + ".csv"), cols, rows, extra)
        print(f"{name}.csv {n}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
