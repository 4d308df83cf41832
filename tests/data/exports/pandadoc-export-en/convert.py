"""PandaDoc export (en) from the fixed PandaDoc Public API records that PandaDoc's own
OpenAPI specification (PandaDoc/pandadoc-openapi-specification, MIT) gives as its
responses' examples, at 81beb8c8 (API version 8.8.0).

Usage: python3 convert.py GITDIR OUT

Reads openapi.json with `git show` (no repository code runs) and writes, from the examples
of the GET responses (status 200, application/json):
  members.csv    GET /public/v1/members, /members/current, /members/{id}  (workspace members)
  contacts.csv   GET /public/v1/contacts, /contacts/{id}                  (recipients' contacts)
  products.csv   GET /public/v2/product-catalog/items/search              (catalog items)
  templates.csv  GET /public/v1/templates, /templates/{id}/details        (document templates)
  documents.csv  GET /public/v1/documents, /documents/{id}/details        (proposals, quotes,
                                                                          contracts)
One row per distinct id (contacts: per distinct e-mail, the by-e-mail search repeating the
list's first person under another id), first met wins, in the order above. Each file is
headed by the API's field names in the first record's order (later records' new fields
after), nested objects joined by '.' ('grand_total.amount', 'template.name'); of a
document's creator only its id and e-mail are kept ('created_by.id', 'created_by.email');
lists of strings joined by ';' ('tags'); other lists and free-form objects (a document's
fields, tokens, pricing, recipients, metadata; an item's images, tiers) left out, as are
columns no record fills. Values as the API gives them (ISO 8601 timestamps, true/false,
numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "81beb8c87a80528882ff6dfa0b57fdf6b17f1c08"

FILES = [
    ("members", "membership_id", ["/public/v1/members", "/public/v1/members/current",
                                  "/public/v1/members/{id}"]),
    ("contacts", "email", ["/public/v1/contacts", "/public/v1/contacts/{id}"]),
    ("products", "uuid", ["/public/v2/product-catalog/items/search"]),
    ("templates", "id", ["/public/v1/templates", "/public/v1/templates/{id}/details"]),
    ("documents", "id", ["/public/v1/documents", "/public/v1/documents/{id}/details"]),
]
DROP = {"created_by.first_name", "created_by.last_name", "created_by.avatar",
        "created_by.membership_id", "sent_by"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def records(spec, path):
    content = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    for example in content.get("examples", {}).values():
        value = example.get("value")
        if not isinstance(value, dict):
            continue
        if isinstance(value.get("results"), list):
            yield from value["results"]
        elif isinstance(value.get("items"), list):
            yield from value["items"]
        elif "id" in value or "membership_id" in value:
            yield value


def flatten(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            if prefix == "" and key in {"created_by", "template", "grand_total"}:
                row.update(flatten(value, name + "."))
            continue
        if isinstance(value, list):
            if value and all(isinstance(v, str) for v in value):
                row[name] = ";".join(value)
            elif not value and key == "tags":
                row[name] = None
            continue
        row[name] = value
    return {k: v for k, v in row.items() if k not in DROP}


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(gitdir, out):
    spec = json.loads(show(gitdir, "openapi.json"))
    os.makedirs(out, exist_ok=True)
    for name, ident, paths in FILES:
        rows, seen, columns = [], set(), []
        for path in paths:
            for record in records(spec, path):
                row = flatten(record)
                if row.get(ident) in seen:
                    continue
                seen.add(row.get(ident))
                rows.append(row)
                columns += [c for c in row if c not in columns]
        columns = [c for c in columns if any(r.get(c) not in (None, "") for r in rows)]
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([cell(row.get(c)) for c in columns])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
