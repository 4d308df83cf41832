"""Dropbox Sign (formerly HelloSign) export (en) from the fixed Dropbox Sign API v3 records
that Dropbox Sign's own OpenAPI repository (hellosign/hellosign-openapi, Apache-2.0) gives
as its example responses (examples/json/*Response.json), at ad21451f.

Usage: python3 convert.py GITDIR OUT

Reads the example files with `git show` (no repository code runs) and writes:
  accounts.csv            Account, Team and Team Members responses: the team's accounts
                          (users who send documents), one row per account_id
  signature_requests.csv  SignatureRequest*Response.json and BulkSendJobGetResponse.json:
                          documents sent for e-signature, one row per signature_request_id
  signatures.csv          each kept signature request's signatures (one signer each), with
                          the request's id first ('signature_request_id')
  templates.csv           Template*Response.json: reusable documents, one row per template_id
  bulk_send_jobs.csv      BulkSendJob*Response.json: bulk sends, one row per bulk_send_job_id
One row per distinct id, first met wins, files read in the order below. Each file is headed
by the API's field names in the first record's order (later records' new fields after),
nested objects joined by '.' ('quotas.documents_left', 'metadata.custom_id'); lists of
strings joined by ';' ('cc_email_addresses'); a template's signer and cc roles by their
names joined by ';' ('signer_roles.name'); other lists (documents, fields, response data,
attachments) left out, as are columns no record fills. Values as the API gives them (Unix
timestamps in seconds, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "ad21451f222d4f21245d992b4e959f8d5100e3f9"
EX = "examples/json/"

SR_FILES = [
    "SignatureRequestListResponse", "SignatureRequestGetResponse",
    "SignatureRequestSendResponse", "SignatureRequestSendWithTemplateResponse",
    "SignatureRequestCreateEmbeddedResponse", "SignatureRequestCreateEmbeddedWithTemplateResponse",
    "SignatureRequestEditResponse", "SignatureRequestEditWithTemplateResponse",
    "SignatureRequestEditEmbeddedResponse", "SignatureRequestEditEmbeddedWithTemplateResponse",
    "SignatureRequestRemindResponse", "SignatureRequestUpdateResponse",
    "SignatureRequestReleaseHoldResponse", "BulkSendJobGetResponse",
]
ACCOUNT_FILES = ["AccountGetResponse", "AccountCreateResponse", "TeamGetResponse",
                 "TeamMembersResponse", "TeamAddMemberResponse"]
TEMPLATE_FILES = ["TemplateListResponse", "TemplateGetResponse", "TemplateCreateResponse",
                  "TemplateAddUserResponse", "TemplateRemoveUserResponse"]
BULK_FILES = ["BulkSendJobListResponse", "BulkSendJobGetResponse"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def load(gitdir, name):
    return json.loads(show(gitdir, EX + name + ".json"))


def find(obj, test, skip=()):
    """Every dict under obj (depth first, in order) for which test holds; not inside skip keys."""
    if isinstance(obj, dict):
        if test(obj):
            yield obj
            return
        for key, value in obj.items():
            if key not in skip:
                yield from find(value, test, skip)
    elif isinstance(obj, list):
        for value in obj:
            yield from find(value, test, skip)


def flatten(record, prefix=""):
    row = {}
    for key, value in record.items():
        name = prefix + key
        if isinstance(value, dict):
            row.update(flatten(value, name + "."))
        elif isinstance(value, list):
            if value and all(isinstance(v, str) for v in value):
                row[name] = ";".join(value)
            elif value and all(isinstance(v, dict) and "name" in v for v in value) \
                    and key in {"signer_roles", "cc_roles"}:
                row[name + ".name"] = ";".join(v["name"] for v in value)
        else:
            row[name] = value
    return row


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def write(out, name, rows):
    columns = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    columns = [c for c in columns if any(r.get(c) not in (None, "") for r in rows)]
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])


def collect(gitdir, files, ident, test, skip=()):
    seen, records = set(), []
    for name in files:
        for record in find(load(gitdir, name), test, skip):
            if record.get(ident) and record[ident] not in seen:
                seen.add(record[ident])
                records.append(record)
    return records


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    accounts = collect(gitdir, ACCOUNT_FILES, "account_id",
                       lambda d: "account_id" in d and "email_address" in d)
    write(out, "accounts", [flatten(a) for a in accounts])
    requests = collect(gitdir, SR_FILES, "signature_request_id",
                       lambda d: "signature_request_id" in d and "signatures" in d)
    write(out, "signature_requests",
          [flatten({k: v for k, v in r.items() if k != "signatures"}) for r in requests])
    signatures = []
    for r in requests:
        for s in r["signatures"]:
            signatures.append({"signature_request_id": r["signature_request_id"], **flatten(s)})
    write(out, "signatures", signatures)
    templates = collect(gitdir, TEMPLATE_FILES, "template_id",
                        lambda d: "template_id" in d and "title" in d)
    write(out, "templates", [flatten({k: v for k, v in t.items() if k != "accounts"})
                             for t in templates])
    jobs = collect(gitdir, BULK_FILES, "bulk_send_job_id",
                   lambda d: "bulk_send_job_id" in d and "total" in d)
    write(out, "bulk_send_jobs", [flatten(j) for j in jobs])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
