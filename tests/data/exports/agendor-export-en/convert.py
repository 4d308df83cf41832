"""Agendor export (en) from the Agendor API v1 responses that ResultadosDigitais/agendor-ruby
(RD's Ruby client for Agendor, MIT) recorded as its specs' VCR cassettes, at bb6a8427.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) every spec/cassettes/**/*.yml at that
commit, in path order. Each interaction's response body (a single-quoted YAML string or a
!binary base64 block) is read as JSON; only successful (2xx) responses of
/v1/organizations, /v1/people and /v1/deals are kept (lists or single records; errors, the
token calls and empty search results give nothing). One row per record id, rows in the
order the ids are first met; a record answered more than once (a search, then an update)
takes the values of its latest recorded response (recorded_at), as an export shows the
record as it stands. The users are the distinct userId/name pairs the records name
('user', 'allowedUsers'). Writes users.csv, organizations.csv, people.csv and deals.csv,
headed by the API's field names in the record's order, nested objects joined by '.'
('dealStage.name', 'address.country'), typed phone lists as 'phones.<type>', e-mail lists
joined by ';', columns no record fills left out. Values as the API gives them (ISO 8601
timestamps, numbers as written, null empty). UTF-8, comma, LF.
"""
import base64
import csv
import json
import os
import subprocess
import sys
from email.utils import parsedate_to_datetime

COMMIT = "bb6a84278efda1f1e0bfac07fbc0369881a1c6f1"
KINDS = {"organizations": "organizationId", "people": "personId", "deals": "dealId"}


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def scalar(lines, i):
    """The YAML string value starting at lines[i] (after 'string: '); returns (text, next i)."""
    head = lines[i].split("string: ", 1)[1]
    if head.startswith("!binary"):
        ind = len(lines[i + 1]) - len(lines[i + 1].lstrip())
        chunks, i = [], i + 1
        while i < len(lines) and lines[i].startswith(" " * ind) and lines[i].strip():
            chunks.append(lines[i].strip())
            i += 1
        return base64.b64decode("".join(chunks)).decode("utf-8"), i
    if head.startswith('"'):
        return json.loads(head), i + 1
    assert head.startswith("'"), head
    parts, i = [head[1:]], i + 1
    while not parts[-1].replace("''", "").endswith("'"):
        parts.append(lines[i].strip())
        i += 1
    text = " ".join(parts)[:-1]   # folded lines: one space each
    return text.replace("''", "'"), i


def interactions(text):
    """(method, uri, status, response body, recorded_at) of each interaction."""
    lines = text.split("\n")
    out, cur, where = [], None, None
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if lines[i].startswith("- request:"):
            cur, where = {}, "request"
        elif lines[i].startswith("  response:"):
            where = "response"
        elif s.startswith("uri: ") and where == "request":
            cur["uri"] = s[5:]
        elif s.startswith("code: ") and where == "response":
            cur["code"] = int(s[6:])
        elif s.startswith("string: "):
            val, i = scalar(lines, i)
            cur[where + "_body"] = val
            continue
        elif lines[i].startswith("  recorded_at: "):
            cur["recorded_at"] = parsedate_to_datetime(lines[i].split(": ", 1)[1])
            out.append(cur)
        i += 1
    return out


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "phones":
                for p in v:
                    out[f"{prefix}{k}.{p['type']}"] = p["number"]
            else:
                out[prefix + k] = ";".join(str(e) for e in v if e is not None)
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, rows):
    fields = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name, len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    paths = sorted(p for p in git(gitdir, "ls-tree", "-r", "--name-only", COMMIT,
                                  "spec/cassettes").split("\n") if p.endswith(".yml"))
    seen = {k: [] for k in KINDS}      # ids in first-met order
    latest = {k: {} for k in KINDS}    # id -> (recorded_at, record)
    users = {}
    for path in paths:
        for it in interactions(git(gitdir, "show", f"{COMMIT}:{path}")):
            kind = it["uri"].split("/v1/", 1)[1].split("?")[0].split("/")[0]
            if kind not in KINDS or not 200 <= it["code"] < 300 or not it.get("response_body"):
                continue
            body = json.loads(it["response_body"])
            for rec in body if isinstance(body, list) else [body]:
                rid = rec[KINDS[kind]]
                if rid not in latest[kind]:
                    seen[kind].append(rid)
                if rid not in latest[kind] or it["recorded_at"] >= latest[kind][rid][0]:
                    latest[kind][rid] = (it["recorded_at"], rec)
                for u in (rec.get("user"), rec.get("allowedUsers")):
                    if u and u.get("userId") and (u.get("name") or u["userId"] not in users):
                        users[u["userId"]] = u.get("name")
    write(out, "users.csv", [{"userId": k, "name": v} for k, v in users.items()])
    for kind in KINDS:
        write(out, f"{kind}.csv", [flat(latest[kind][rid][1]) for rid in seen[kind]])


if __name__ == "__main__":
    main()
