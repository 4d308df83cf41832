"""MailerLite export (en) from the MailerLite API responses that MailerLite's own Java SDK
(mailerlite/mailerlite-java, MIT) recorded from a MailerLite test account and replays in its
tests, at 6c1195bc.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) every src/test/resources/fixtures/*.json
file (each a map of request hash -> {statusCode, headers, body}; the body is the API's JSON
response). Each record of a response's `data` (a list or one object) is sorted by its
fields into subscribers, groups, campaigns and segments (automations, fields, forms,
imports, webhooks and activity reports are left out: set-up and statistics, no records to
migrate). One row per distinct id, first met wins, the fixture files in path order and
each file's responses in the file's order. Writes subscribers.csv, groups.csv,
campaigns.csv and segments.csv, headed by the API's field names in the record's order,
nested objects joined by '.' ('fields.name', 'open_rate.float', 'language.name'); a
campaign's e-mails (one, or the A/B versions) give 'emails.subject', 'emails.from' and
'emails.from_name', the versions' values joined by ';', and its language only its name
('language.name'); a campaign's statistics ('stats', 'ecommerce_stats'), sending settings
('settings', 'basic_filter_for_humans') and permissions ('can') are left out (figures and
switches of MailerLite's screens, not the campaign's record), as are other lists and
columns no record fills. Values as the API gives them ('YYYY-MM-DD hh:mm:ss' times,
true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "6c1195bc357661e61c1d05fb8cac8b023f8c32ff"
FIXTURES = "src/test/resources/fixtures"
EMAIL_FIELDS = ("subject", "from", "from_name")
DROP = {"can", "stats", "ecommerce_stats", "settings", "basic_filter_for_humans"}
LANGUAGE = ("name",)


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def kind(r):
    if "email" in r and "status" in r and "source" in r:
        return "subscribers"
    if "active_count" in r:
        return "groups"
    if "emails" in r and "delivery_schedule" in r:
        return "campaigns"
    if "total" in r and "open_rate" in r and "name" in r:
        return "segments"
    return None


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k in DROP:
            continue
        if isinstance(v, dict):
            if k == "language":
                v = {f: v.get(f) for f in LANGUAGE}
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if prefix == "" and k == "emails":
                for f in EMAIL_FIELDS:
                    out[f"emails.{f}"] = ";".join(str(e.get(f) or "") for e in v)
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
    fields = [f for f in fields if any(cell(r.get(f)).strip(";") != "" for r in rows)]
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name + ".csv", len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    paths = sorted(git(gitdir, "ls-tree", "-r", "--name-only", COMMIT, FIXTURES).split("\n"))
    found = {"subscribers": {}, "groups": {}, "campaigns": {}, "segments": {}}
    for path in paths:
        if not path.endswith(".json"):
            continue
        for resp in json.loads(git(gitdir, "show", f"{COMMIT}:{path}")).values():
            try:
                body = json.loads(resp["body"])
            except (ValueError, TypeError):
                continue
            data = body.get("data") if isinstance(body, dict) else None
            for r in data if isinstance(data, list) else [data]:
                if isinstance(r, dict) and "id" in r and kind(r):
                    found[kind(r)].setdefault(r["id"], flat(r))
    for name in ("subscribers", "groups", "campaigns", "segments"):
        write(out, name, list(found[name].values()))
    lic = git(gitdir, "show", f"{COMMIT}:LICENSE")
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(lic)


if __name__ == "__main__":
    main()
