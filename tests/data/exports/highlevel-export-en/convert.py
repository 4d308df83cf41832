"""HighLevel (GoHighLevel) export (en) from HighLevel's own example records in its public
API documentation, GoHighLevel/highlevel-api-docs (CC0 1.0), at 0af86a4d.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` the example payloads of the webhook event pages (docs/webhook
events/ContactCreate.md, OpportunityCreate.md, TaskCreate.md, NoteCreate.md,
UserCreate.md, AppointmentCreate.md, ProductCreate.md: the last ```json block of each page,
the event as delivered) and the example values of the API v2 OpenAPI response schemas
(apps/contacts.json GetContectByIdSchema, TaskSchema, GetNoteSchema; apps/opportunities.json
SearchOpportunitiesResponseSchema; apps/users.json UserSchema: one record per schema, each
property's documented 'example', nested schemas resolved). A webhook's envelope 'type'
(the event's name, 'ContactCreate') is not a field of the record and is left out; an
appointment event's 'appointment' object is the record (its envelope locationId first).
One row per record, webhook example first, then the schema's. Writes contacts.csv,
opportunities.csv, tasks.csv, notes.csv, users.csv, appointments.csv and products.csv,
headed by the API's field names in first-met order, nested objects joined by '.'
('contact.name', 'roles.role'), lists of values joined by ';' ('tags'), lists of objects
(customFields, variants, medias) and the settings blocks permissions, dndSettings,
attributionSource, lastAttributionSource, lcPhone left out, as are columns no record fills.
Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "0af86a4cbd48c66a4071c7e509d1079f9f10ed17"
SKIP = {"permissions", "dndSettings", "attributionSource", "lastAttributionSource", "lcPhone"}
WEBHOOKS = {
    "contacts": "ContactCreate", "opportunities": "OpportunityCreate", "tasks": "TaskCreate",
    "notes": "NoteCreate", "users": "UserCreate", "appointments": "AppointmentCreate",
    "products": "ProductCreate",
}
SCHEMAS = {
    "contacts": ("apps/contacts.json", "GetContectByIdSchema"),
    "opportunities": ("apps/opportunities.json", "SearchOpportunitiesResponseSchema"),
    "tasks": ("apps/contacts.json", "TaskSchema"),
    "notes": ("apps/contacts.json", "GetNoteSchema"),
    "users": ("apps/users.json", "UserSchema"),
}
ORDER = ["users", "contacts", "opportunities", "tasks", "notes", "appointments", "products"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def webhook(gitdir, event):
    page = show(gitdir, f"docs/webhook events/{event}.md")
    record = json.loads(re.findall(r"```json\n(.*?)```", page, re.S)[-1])
    record.pop("type", None)
    if "appointment" in record:
        record = {"locationId": record["locationId"], **record["appointment"]}
    return record


def example(spec, name, depth=0):
    schema = spec["components"]["schemas"][name]
    out = {}
    for key, prop in schema.get("properties", {}).items():
        ref = prop.get("$ref") or (prop.get("allOf") or [{}])[0].get("$ref")
        if ref:
            out[key] = example(spec, ref.split("/")[-1], depth + 1) if depth < 2 else None
        else:
            out[key] = prop.get("example")
    return out


def flatten(record, prefix=""):
    row = {}
    for key, value in record.items():
        if key in SKIP:
            continue
        name = prefix + key
        if isinstance(value, dict):
            row.update(flatten(value, name + "."))
        elif isinstance(value, list):
            if value and all(not isinstance(v, (dict, list)) for v in value):
                row[name] = ";".join(cell(v) for v in value)
            elif not value:
                row[name] = ""
        else:
            row[name] = cell(value)
    return row


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(gitdir, out):
    specs = {}
    for name in ORDER:
        records = [webhook(gitdir, WEBHOOKS[name])]
        if name in SCHEMAS:
            path, schema = SCHEMAS[name]
            if path not in specs:
                specs[path] = json.loads(show(gitdir, path))
            records.append(example(specs[path], schema))
        rows = [flatten(r) for r in records]
        columns = []
        for row in rows:
            for key in row:
                if key not in columns and any(r.get(key, "") != "" for r in rows):
                    columns.append(key)
        with open(os.path.join(out, f"{name}.csv"), "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([row.get(c, "") for c in columns])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
