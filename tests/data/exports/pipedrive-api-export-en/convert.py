"""Pipedrive's spreadsheet (CSV) exports of the Pipedrive records recorded in pipedrive-dotnet.

Built for round Z20 (session 57, keys464). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub DavidRouyer/pipedrive-dotnet (MIT; the .NET client of
Pipedrive's API) holding commit 57896b1057cc29a0cef060986b9263d5997a5f48; files are read
with `git show`.

Rules (nothing here is invented data):
- Rows: the Pipedrive records its integration tests' fixtures hold -- webhook payloads as
  Pipedrive's API sent them from a sandbox account (company 1820179), each with the record
  'current' (and 'previous') after the event:
  * organizations: webhook_organization_create.json (organization 999);
  * people: webhook_person_update.json (person 622) and webhook_person_update_import.json
    (person 4469);
  * deals: webhook_deal_create.json (deal 1347) and webhook_deal_update.json (deal 1315);
  * activities: webhook_activity_update.json (activity 12933) and the last and next
    activities the deal-update payload embeds (12284, 12367).
  Each record as its 'current' state; ordered by id.
- Users' names: from the payloads' own owner_name fields (user 2636888 is 'John Doe', the
  owner of organization 999; user 4011602 'David Doe', the owner of activity 12933 and deal
  1347); a user id no payload names is written empty.
- Custom fields (40-character hash keys) are left out: their names live in the account's
  field definitions, which the fixtures do not hold. Stage, pipeline and label ids likewise
  (their names are not in the fixtures).
- Headers: Pipedrive's export labels, '<Item> - <Field>' ('Organization - Name', 'Person -
  Email - Work', 'Deal - Value', 'Activity - Subject'); values as its export writes them:
  'YYYY-MM-DD HH:MM:SS' times, plain numbers, 'Open', 'Entire company', 'Task', 'Done' /
  'To do'. CSV: comma, minimal quoting, CRLF line ends, UTF-8.
- The organization fixture is Latin-1 (cp1252) text; the others UTF-8 with a BOM.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "57896b1057cc29a0cef060986b9263d5997a5f48"
FIX = "src/Pipedrive.net.Tests.Integration/Fixtures/"
FILES = [
    "webhook_organization_create.json",
    "webhook_person_update.json",
    "webhook_person_update_import.json",
    "webhook_deal_create.json",
    "webhook_deal_update.json",
    "webhook_activity_update.json",
]
VISIBLE = {"1": "Owner & followers", "3": "Entire company"}


def load(gitdir, name):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{FIX}{name}"],
                         check=True, capture_output=True).stdout
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return json.loads(text)


def s(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "Yes" if v else "No"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def first(items, label):
    for it in items or []:
        if it.get("label") == label and it.get("value"):
            return it["value"]
    return ""


def write(out, name, header, rows):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([s(r.get(h)) for h in header])


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    data = {n: load(gitdir, n) for n in FILES}
    org = data["webhook_organization_create.json"]["current"]
    persons = [data["webhook_person_update.json"]["current"],
               data["webhook_person_update_import.json"]["current"]]
    deal_c = data["webhook_deal_create.json"]["current"]
    deal_u = data["webhook_deal_update.json"]["current"]
    acts = [data["webhook_activity_update.json"]["current"],
            deal_u["last_activity"], deal_u["next_activity"]]
    # users named by the payloads themselves
    users = {org["owner_id"]: org["owner_name"], acts[0]["user_id"]: acts[0]["owner_name"],
             deal_c["user_id"]: deal_c["owner_name"]}

    P = "Organization - "
    oh = [P + h for h in (
        "ID", "Name", "Owner", "Address", "Address - Street number",
        "Address - Street/road name", "Address - City/town/village/locality",
        "Address - State/county", "Address - Region", "Address - Country",
        "Address - ZIP/Postal code", "Address - Full/combined address", "Visible to",
        "Organization created", "Update time", "People", "Open deals", "Closed deals",
        "Won deals", "Lost deals", "Total activities", "Done activities", "Activities to do",
        "Email messages count", "Next activity date", "Last activity date")]
    orow = dict(zip(oh, [
        org["id"], org["name"], org["owner_name"], org["address"], org["address_street_number"],
        org["address_route"], org["address_locality"], org["address_admin_area_level_1"],
        org["address_admin_area_level_2"], org["address_country"], org["address_postal_code"],
        org["address_formatted_address"], VISIBLE.get(org["visible_to"]), org["add_time"],
        org["update_time"], org["people_count"], org["open_deals_count"],
        org["closed_deals_count"], org["won_deals_count"], org["lost_deals_count"],
        org["activities_count"], org["done_activities_count"], org["undone_activities_count"],
        org["email_messages_count"], org["next_activity_date"], org["last_activity_date"]],
        strict=True))
    write(out, "organizations.csv", oh, [orow])

    P = "Person - "
    ph = [P + h for h in (
        "ID", "Name", "First name", "Last name", "Organization", "Email - Work", "Phone - Work",
        "Owner", "Visible to", "Person created", "Update time", "Open deals", "Closed deals",
        "Won deals", "Lost deals", "Total activities", "Done activities", "Activities to do",
        "Email messages count", "Next activity date", "Last activity date",
        "Last email received", "Last email sent")]
    prows = []
    for p in sorted(persons, key=lambda x: x["id"]):
        prows.append(dict(zip(ph, [
            p["id"], p["name"], p["first_name"], p["last_name"], p.get("org_name"),
            first(p.get("email"), "work"), first(p.get("phone"), "work"),
            users.get(p["owner_id"]), VISIBLE.get(p["visible_to"]), p["add_time"],
            p["update_time"], p["open_deals_count"], p["closed_deals_count"],
            p["won_deals_count"], p["lost_deals_count"], p["activities_count"],
            p["done_activities_count"], p["undone_activities_count"],
            p["email_messages_count"], p["next_activity_date"], p["last_activity_date"],
            p.get("last_incoming_mail_time"), p.get("last_outgoing_mail_time")], strict=True)))
    write(out, "people.csv", ph, prows)

    P = "Deal - "
    dh = [P + h for h in (
        "ID", "Title", "Creator", "Owner", "Value", "Currency of Value", "Weighted value",
        "Organization", "Contact person", "Status", "Deal created", "Update time",
        "Last stage change", "Next activity date", "Last activity date", "Expected close date",
        "Won time", "Lost time", "Lost reason", "Visible to", "Total activities",
        "Done activities", "Activities to do", "Email messages count", "Last email received",
        "Last email sent")]
    drows = []
    for d in sorted([deal_c, deal_u], key=lambda x: x["id"]):
        drows.append(dict(zip(dh, [
            d["id"], d["title"], users.get(d["creator_user_id"]), d["owner_name"], d["value"],
            d["currency"], d["weighted_value"], d.get("org_name"), d.get("person_name"),
            d["status"].capitalize(), d["add_time"], d["update_time"],
            d.get("stage_change_time"), d.get("next_activity_date"),
            d.get("last_activity_date"), d.get("expected_close_date"), d.get("won_time"),
            d.get("lost_time"), d.get("lost_reason"), VISIBLE.get(d["visible_to"]),
            d.get("activities_count"), d.get("done_activities_count"),
            d.get("undone_activities_count"), d.get("email_messages_count"),
            d.get("last_incoming_mail_time"), d.get("last_outgoing_mail_time")], strict=True)))
    write(out, "deals.csv", dh, drows)

    P = "Activity - "
    ah = [P + h for h in (
        "ID", "Subject", "Type", "Due date", "Due time", "Duration", "Note", "Done",
        "Marked as done time", "Add time", "Update time", "Assigned to user", "Creator",
        "Deal", "Contact person", "Organization")]
    arows = []
    for a in sorted(acts, key=lambda x: x["id"]):
        arows.append(dict(zip(ah, [
            a["id"], a["subject"], a["type"].capitalize(), a["due_date"], a.get("due_time"),
            a.get("duration"), a.get("note"), "Done" if a.get("done") else "To do",
            a.get("marked_as_done_time"), a["add_time"], a["update_time"], a["owner_name"],
            users.get(a["created_by_user_id"]), a.get("deal_title"), a.get("person_name"),
            a.get("org_name")], strict=True)))
    write(out, "activities.csv", ah, arows)


if __name__ == "__main__":
    main()
