"""Insightly CRM's CSV exports of the Insightly records recorded in r26D/insightly's cassettes.

Built for round Z21 (session 58, keys467). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub r26D/insightly (MIT; a Ruby client of Insightly's v1
API) holding commit 549e15272d10e69b79fb2e077cae289b9eb75df7; files are read with
`git show`. Needs PyYAML (the cassettes are VCR's YAML, with gzip'd '!binary' bodies).

Rules (nothing here is invented data):
- Rows: the records Insightly's API sent back to the gem's specs (spec/unit/cassettes/*.yml,
  recorded 2012-09-30 from the r26D account): every response body that is a user, an
  organisation, a contact, an opportunity, a task or a task comment. A record met more than
  once is written in its last recorded state (the latest recorded_at; on a tie, the later
  cassette in name order, then the later interaction). Rows ordered by id.
- Task comments: a comment's task is the id in the request's URL (Tasks/<id>/comments).
- Users' names: from the Users responses ('Dirk Elmendorf' is user 226277); owners and
  responsible users are written by name, as Insightly's export names them.
- Task links (TASKLINKS): the linked contact, organisation, opportunity and project ids.
- Custom fields (CONTACT_FIELD_n, ORGANISATION_FIELD_n, OPPORTUNITY_FIELD_n) are left out:
  they are all empty here and their names live in the account's custom field definitions.
  IMAGE_URL (the account's file store) is left out.
- Headers: Insightly's field labels in English ('Organisation ID', 'Opportunity Name',
  'Bid Amount', 'Forecast Close Date', 'Responsible User'); dates 'YYYY-MM-DD HH:MM:SS' (UTC,
  as the API sends them), booleans 'True' / 'False'. CSV: comma, minimal quoting, CRLF, UTF-8.
"""
import base64
import csv
import gzip
import json
import os
import subprocess
import sys

import yaml

COMMIT = "549e15272d10e69b79fb2e077cae289b9eb75df7"
CASSETTES = "spec/unit/cassettes/"


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!binary",
                       lambda loader, node: base64.b64decode(loader.construct_scalar(node)))


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def body(resp):
    raw = resp["body"]["string"]
    if isinstance(raw, bytes):
        raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        raw = raw.decode("utf-8")
    raw = (raw or "").strip()
    if not raw.startswith(("{", "[")):
        return None
    return json.loads(raw)


def collect(gitdir):
    listing = git(gitdir, "ls-tree", "--name-only", COMMIT, CASSETTES).decode().split()
    names = sorted(n for n in listing if n.endswith(".yml"))
    seen = {}  # (kind, id) -> (order, record)
    for fi, name in enumerate(names):
        doc = yaml.load(git(gitdir, "show", f"{COMMIT}:{name}"), Loader=Loader)
        for ii, it in enumerate(doc.get("http_interactions") or []):
            data = body(it["response"])
            if data is None:
                continue
            uri = it["request"]["uri"]
            order = (str(it.get("recorded_at")), fi, ii)
            for rec in data if isinstance(data, list) else [data]:
                if not isinstance(rec, dict):
                    continue
                for kind, idf in (("user", "USER_ID"), ("organisation", "ORGANISATION_ID"),
                                  ("contact", "CONTACT_ID"), ("opportunity", "OPPORTUNITY_ID"),
                                  ("task", "TASK_ID"), ("comment", "COMMENT_ID")):
                    person = "FIRST_NAME" in rec and "USER_ID" not in rec
                    if idf in rec and (kind != "contact" or person):
                        if kind == "comment":
                            rec = dict(rec)
                            parts = uri.split("/Tasks/")
                            rec["_TASK_ID"] = parts[1].split("/")[0] if len(parts) > 1 else ""
                        key = (kind, rec[idf])
                        if key not in seen or seen[key][0] <= order:
                            if kind == "comment" and key in seen and not rec["_TASK_ID"]:
                                rec["_TASK_ID"] = seen[key][1]["_TASK_ID"]
                            seen[key] = (order, rec)
                        break
    out = {}
    for (kind, _rid), (_, rec) in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        out.setdefault(kind, []).append(rec)
    return names, out


def s(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "True" if v else "False"
    return str(v)


def write(out, name, header, rows):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([s(x) for x in r])
    return path


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    _, recs = collect(gitdir)
    users = {u["USER_ID"]: f'{u["FIRST_NAME"]} {u["LAST_NAME"]}' for u in recs.get("user", [])}

    def user(uid):
        return users.get(uid, "") if uid is not None else ""

    def tags(r):
        return ";".join(t.get("TAG_NAME", "") if isinstance(t, dict) else str(t)
                        for t in r.get("TAGS") or [])

    write(out, "users.csv",
          ["User ID", "First Name", "Last Name", "Email Address", "Time Zone", "Administrator",
           "Account Owner", "Active", "Date Created", "Date Updated"],
          [[u["USER_ID"], u["FIRST_NAME"], u["LAST_NAME"], u["EMAIL_ADDRESS"], u["TIMEZONE_ID"],
            u["ADMINISTRATOR"], u["ACCOUNT_OWNER"], u["ACTIVE"], u["DATE_CREATED_UTC"],
            u["DATE_UPDATED_UTC"]] for u in recs.get("user", [])])
    write(out, "organisations.csv",
          ["Organisation ID", "Organisation Name", "Background", "Owner", "Visible To", "Tags",
           "Date Created", "Date Updated"],
          [[o["ORGANISATION_ID"], o["ORGANISATION_NAME"], o["BACKGROUND"],
            user(o.get("OWNER_USER_ID")), o["VISIBLE_TO"], tags(o), o["DATE_CREATED_UTC"],
            o["DATE_UPDATED_UTC"]]
           for o in recs.get("organisation", [])])
    write(out, "contacts.csv",
          ["Contact ID", "Salutation", "First Name", "Last Name", "Background", "Organisation",
           "Visible To", "Tags", "Date Created", "Date Updated"],
          [[c["CONTACT_ID"], c["SALUTATION"], c["FIRST_NAME"], c["LAST_NAME"], c["BACKGROUND"],
            c.get("DEFAULT_LINKED_ORGANISATION"), c["VISIBLE_TO"], tags(c), c["DATE_CREATED_UTC"],
            c["DATE_UPDATED_UTC"]] for c in recs.get("contact", [])])
    write(out, "opportunities.csv",
          ["Opportunity ID", "Opportunity Name", "Opportunity Details", "Probability",
           "Bid Currency", "Bid Amount", "Bid Type", "Bid Duration", "Forecast Close Date",
           "Actual Close Date", "Category", "Pipeline", "Stage", "Opportunity State",
           "Responsible User", "Owner", "Visible To", "Tags", "Date Created", "Date Updated"],
          [[p["OPPORTUNITY_ID"], p["OPPORTUNITY_NAME"], p["OPPORTUNITY_DETAILS"], p["PROBABILITY"],
            p["BID_CURRENCY"], p["BID_AMOUNT"], p["BID_TYPE"], p["BID_DURATION"],
            p["FORECAST_CLOSE_DATE"], p["ACTUAL_CLOSE_DATE"], p["CATEGORY_ID"], p["PIPELINE_ID"],
            p["STAGE_ID"], p["OPPORTUNITY_STATE"], user(p.get("RESPONSIBLE_USER_ID")),
            user(p.get("OWNER_USER_ID")), p["VISIBLE_TO"], tags(p), p["DATE_CREATED_UTC"],
            p["DATE_UPDATED_UTC"]] for p in recs.get("opportunity", [])])

    def link(t, field):
        return ";".join(str(x[field]) for x in t.get("TASKLINKS") or [] if x.get(field) is not None)

    write(out, "tasks.csv",
          ["Task ID", "Title", "Category", "Details", "Status", "Priority", "Percent Complete",
           "Start Date", "Due Date", "Completed", "Completed Date", "Publicly Visible",
           "Responsible User", "Owner", "Assigned By", "Parent Task ID", "Project ID",
           "Contact ID", "Organisation ID", "Opportunity ID", "Date Created", "Date Updated"],
          [[t["TASK_ID"], t["TITLE"], t["CATEGORY_ID"], t["DETAILS"], t["STATUS"], t["PRIORITY"],
            t["PERCENT_COMPLETE"], t["START_DATE"], t["DUE_DATE"], t["COMPLETED"],
            t["COMPLETED_DATE_UTC"], t["PUBLICLY_VISIBLE"], user(t.get("RESPONSIBLE_USER_ID")),
            user(t.get("OWNER_USER_ID")), user(t.get("ASSIGNED_BY_USER_ID")), t["PARENT_TASK_ID"],
            t["PROJECT_ID"] or link(t, "PROJECT_ID"), link(t, "CONTACT_ID"),
            link(t, "ORGANISATION_ID"), link(t, "OPPORTUNITY_ID"), t["DATE_CREATED_UTC"],
            t["DATE_UPDATED_UTC"]] for t in recs.get("task", [])])
    write(out, "task_comments.csv",
          ["Comment ID", "Task ID", "Body", "Owner", "Date Created", "Date Updated"],
          [[c["COMMENT_ID"], c["_TASK_ID"], c["BODY"], user(c.get("OWNER_USER_ID")),
            c["DATE_CREATED_UTC"], c["DATE_UPDATED_UTC"]] for c in recs.get("comment", [])])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
