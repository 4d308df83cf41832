"""Agile CRM export in English from the sample records of pnmcosta/agilecrm-mock-api's
db/schema.json (MIT) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding pnmcosta/agilecrm-mock-api commit 48638b35; OUT: the folder
to write. Reads db/schema.json (the mock server's fixed records: the sample records a new
Agile CRM account starts with, as Agile CRM's REST API returns them) with `git show`, and
writes contacts.csv (the PERSON contacts), companies.csv (the COMPANY contacts), deals.csv,
notes.csv, tasks.csv and events.csv as Agile CRM labels their fields. Dates UTC
'YYYY-MM-DD HH:MM:SS' from the API's epoch seconds, booleans Yes/No, lists joined with ', ',
UTF-8, LF, minimal quoting. A rerun gives the same bytes.
"""
import csv
import datetime
import hashlib
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "48638b35d9f37d938ed8303805220980a91ea3c4"
READ = ["db/schema.json", "LICENSE"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def when(ts):
    if not ts:
        return ""
    return datetime.datetime.fromtimestamp(int(ts), datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M:%S")


def yn(b):
    return "Yes" if b else "No"


def words(code):
    # Agile CRM shows its enum codes in words: YET_TO_START -> Yet To Start, HIGH -> High
    return " ".join(w.capitalize() for w in str(code or "").split("_"))


def props(c):
    out = {}
    for p in c.get("properties", []):
        out.setdefault(p["name"], []).append(p)
    return out


def first(ps, name):
    v = ps.get(name)
    return v[0]["value"] if v else ""


def address(ps):
    raw = first(ps, "address")
    a = json.loads(raw) if raw else {}
    return [a.get("address", ""), a.get("city", ""), a.get("state", ""),
            a.get("countryname", a.get("country", "")), a.get("zip", "")]


def tags(rec):
    t = rec.get("tags") or [x["tag"] for x in rec.get("tagsWithTime", [])]
    return ", ".join(t)


def display(c):
    ps = props(c)
    if c.get("type") == "COMPANY":
        return first(ps, "name")
    return " ".join(x for x in (first(ps, "first_name"), first(ps, "last_name")) if x)


def write(out, name, header, rows, written):
    path = Path(out) / name
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    written.append((hashlib.sha256(path.read_bytes()).hexdigest(), name, len(rows)))


def main(gitdir, out):
    raw = {p: show(gitdir, p) for p in READ}
    db = json.loads(raw["db/schema.json"].decode("utf-8"))
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "LICENSE").write_bytes(raw["LICENSE"])
    byid = {str(c["id"]): c for c in db["contacts"]}

    def names(ids):
        return ", ".join(display(byid[str(i)]) for i in ids if str(i) in byid)

    written = []
    people = [c for c in db["contacts"] if c["type"] == "PERSON"]
    rows = []
    for c in people:
        ps = props(c)
        comp = byid.get(str(c.get("contact_company_id", "")))
        rows.append([c["id"], first(ps, "first_name"), first(ps, "last_name"),
                     first(ps, "title"), display(comp) if comp else first(ps, "company"),
                     first(ps, "email"), first(ps, "phone"), first(ps, "website"),
                     *address(ps), tags(c), c.get("lead_score", ""), c.get("star_value", ""),
                     c["owner"]["name"], when(c.get("created_time")),
                     when(c.get("updated_time"))])
    write(out, "contacts.csv",
          ["Contact ID", "First Name", "Last Name", "Title", "Company", "Email", "Phone",
           "Website", "Address", "City", "State", "Country", "Zip", "Tags", "Lead Score",
           "Star Value", "Owner", "Created Date", "Updated Date"], rows, written)

    rows = []
    for c in (c for c in db["contacts"] if c["type"] == "COMPANY"):
        ps = props(c)
        phones = [p["value"] for p in ps.get("phone", [])] + ["", "", "", ""]
        rows.append([c["id"], first(ps, "name"), first(ps, "url"), first(ps, "email"),
                     *phones[:4], *address(ps), tags(c), c.get("lead_score", ""),
                     c.get("star_value", ""), c["owner"]["name"], when(c.get("created_time")),
                     when(c.get("updated_time"))])
    write(out, "companies.csv",
          ["Company ID", "Name", "URL", "Email", "Phone", "Phone 2", "Phone 3", "Phone 4",
           "Address", "City", "State", "Country", "Zip", "Tags", "Lead Score", "Star Value",
           "Owner", "Created Date", "Updated Date"], rows, written)

    rows = []
    for d in db["opportunity"]:
        rows.append([d["id"], d["name"], d.get("description", ""),
                     f"{d.get('expected_value', 0):.2f}", d.get("milestone", ""),
                     d.get("probability", ""), when(d.get("close_date")),
                     when(d.get("won_date")), names(d.get("contact_ids", [])),
                     d["owner"]["name"], tags(d), yn(d.get("archived")),
                     when(d.get("created_time")), when(d.get("updated_time"))])
    write(out, "deals.csv",
          ["Deal ID", "Name", "Description", "Value", "Milestone", "Probability",
           "Close Date", "Won Date", "Related Contacts", "Owner", "Tags", "Archived",
           "Created Date", "Updated Date"], rows, written)

    rows = []
    for n in db["notes"]:
        rows.append([n["id"], n.get("subject", ""), n.get("description", ""),
                     ", ".join(str(i) for i in n.get("contact_ids", [])),
                     names(n.get("contact_ids", [])), n["domainOwner"]["name"],
                     when(n.get("created_time"))])
    write(out, "notes.csv",
          ["Note ID", "Subject", "Description", "Contact IDs", "Related Contacts", "Owner",
           "Created Date"], rows, written)

    rows = []
    for t in db["tasks"]:
        rows.append([t["id"], t.get("subject", ""), words(t.get("type")),
                     words(t.get("priority_type")), words(t.get("status")),
                     when(t.get("due")), yn(t.get("is_complete")), t.get("progress", 0),
                     when(t.get("task_completed_time")), names(t.get("contacts", [])),
                     t["taskOwner"]["name"], when(t.get("created_time"))])
    write(out, "tasks.csv",
          ["Task ID", "Subject", "Category", "Priority", "Status", "Due Date", "Completed",
           "Progress", "Completed Date", "Related Contacts", "Owner", "Created Date"],
          rows, written)

    rows = []
    for e in db["events"]:
        rows.append([e["id"], e.get("title", ""), when(e.get("start")), when(e.get("end")),
                     yn(e.get("allDay")), e.get("description", ""),
                     names(c["id"] for c in e.get("contacts", [])),
                     ", ".join(d["name"] for d in e.get("deals", [])),
                     e["owner"]["name"], when(e.get("created_time"))])
    write(out, "events.csv",
          ["Event ID", "Title", "Start Date", "End Date", "All Day", "Description",
           "Related Contacts", "Related Deals", "Owner", "Created Date"], rows, written)

    for p in READ:
        print(hashlib.sha256(raw[p]).hexdigest(), p)
    for sha, name, n in written:
        print(sha, name, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
