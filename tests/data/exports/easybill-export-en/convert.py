"""easybill export (en) from the easybill REST API v1 records that
ComboStrikeHQ/easybill-rest-client's RSpec tests replay (VCR cassettes, MIT), at c22d8c8a.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) every cassette under spec/fixtures/vcr/: each
recorded API response with status 2xx and a JSON body gives its records -- a list page's
'items', else the body itself -- filed by the request's resource (customers, documents,
document-payments, post-boxes). One row per distinct id, in the order first met (cassettes in
path order, interactions in recorded order), holding the record's LAST recorded state (a
customer created, updated and read again shows its update; a document marked done or
cancelled shows that). Writes customers.csv, documents.csv, document_payments.csv and
post_boxes.csv, headed by the API's field names in the record's order (first met), nested
objects joined by '.' ('address.company_name', 'service_date.date'), e-mail lists joined by
';' ('emails'), other lists (a document's line 'items') left out, as are columns no record
fills. Values as the API gives them (amounts in cents, 'YYYY-MM-DD HH:MM:SS' timestamps,
true/false, numbers as written, null empty). UTF-8, comma, LF. Needs PyYAML (the cassettes
are YAML with !binary bodies). The repository has no LICENSE file: its gemspec declares MIT;
LICENSE here quotes that declaration (the gemspec's name, authors and licence lines).
"""
import base64
import csv
import json
import os
import subprocess
import sys

import yaml

COMMIT = "c22d8c8a6f01e7621860a9b71424d01c8aaca98f"
FILES = {"customers": "customers.csv", "documents": "documents.csv",
         "document-payments": "document_payments.csv", "post-boxes": "post_boxes.csv"}


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!binary", lambda loader, node: base64.b64decode(
    loader.construct_scalar(node)))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def cassettes(gitdir):
    names = git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, "spec/fixtures/vcr/")
    return sorted(n for n in names.decode("utf-8").splitlines() if n.endswith(".yml"))


def flatten(record, prefix=""):
    out = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            if key == "emails":
                out[name] = ";".join(value)
            # other lists (a document's line items) are left out
        else:
            out[name] = value
    return out


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def main(gitdir, out):
    records = {resource: {} for resource in FILES}
    for path in cassettes(gitdir):
        doc = yaml.load(git(gitdir, "show", f"{COMMIT}:{path}"), Loader=Loader)
        for interaction in doc["http_interactions"]:
            response = interaction["response"]
            if not 200 <= response["status"]["code"] < 300:
                continue
            body = response["body"].get("string") or ""
            if isinstance(body, bytes):
                try:
                    body = body.decode("utf-8")
                except UnicodeDecodeError:
                    continue   # a PDF
            try:
                data = json.loads(body)
            except ValueError:
                continue   # a PDF, an empty body
            if not isinstance(data, dict):
                continue
            resource = interaction["request"]["uri"].split("/rest/v1/", 1)[1]
            resource = resource.split("?", 1)[0].split("/", 1)[0]
            if resource not in records:
                continue
            page = "page" in data and isinstance(data.get("items"), list)
            for record in (data["items"] if page else [data]):
                records[resource][record["id"]] = flatten(record)   # last state; first place
    os.makedirs(out, exist_ok=True)
    gemspec = git(gitdir, "show", f"{COMMIT}:easybill-rest-client.gemspec").decode("utf-8")
    lines = [line.strip() for line in gemspec.splitlines()
             if line.strip().startswith(("s.name", "s.authors", "s.license"))]
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("ComboStrikeHQ/easybill-rest-client at " + COMMIT + " has no LICENSE file;\n"
                     "its easybill-rest-client.gemspec declares the MIT licence:\n\n"
                     + "\n".join(lines) + "\n")
    for resource, name in FILES.items():
        rows = list(records[resource].values())
        columns = []
        for row in rows:
            for column in row:
                if column not in columns:
                    columns.append(column)
        columns = [c for c in columns if any(text(r.get(c)) != "" for r in rows)]
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([text(row.get(c)) for c in columns])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
