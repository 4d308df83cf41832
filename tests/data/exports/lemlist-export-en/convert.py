"""lemlist export (en) from the example records of lemlist's own API reference
(l3mpire/lemlist-developer, the Slate source of developer.lemlist.com, Apache-2.0), at c02d79d2.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the reference's sections in the order its
source/index.html.md includes them: source/includes/_team.md, _campaigns.md, _leads.md,
_activities.md, _unsubscribes.md, _hooks.md, and takes every ```json response example in
them (the ```shell blocks -- requests, export-job statuses -- are not records). Each example
is one record or a list of them; a record is filed by its section and its id's prefix:
'tea_' the team, 'cam_' a campaign, 'lea_' a lead (in the unsubscribes section: an
unsubscribed address), 'lead_' an unsubscribed address, 'act_' an activity, 'hoo_' a hook.
An activity also names the lead it was for (leadId, leadFirstName, leadLastName, leadEmail,
campaignId, campaignName), the user who sent it (sendUserId, sendUserName, sendUserEmail) and
its campaign (campaignId, campaignName); a lead names its campaign (campaignId,
campaignName): each of those is a record of its own kind too, added where the reference
gives more than its id. One row per distinct _id, first met wins (the later responses of a
lead are the same id). Writes team.csv, users.csv, campaigns.csv, leads.csv,
activities.csv, unsubscribes.csv and hooks.csv, headed by the API's field names in the
record's order (a derived record's fields under the names its own kind's records use),
lists of values joined by ';' ('labels', 'userIds'), lists of objects left out
('invitedUsers'), as are columns no record fills. Values as the API gives them (ISO 8601
timestamps, true/false, numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "c02d79d239174c5ec100da9189e5d0fa2d29b570"
SECTIONS = ["team", "campaigns", "leads", "activities", "unsubscribes", "hooks"]
FILES = ["team", "users", "campaigns", "leads", "activities", "unsubscribes", "hooks"]
PREFIX = {"tea_": "team", "cam_": "campaigns", "lea_": "leads", "lead_": "unsubscribes",
          "act_": "activities", "hoo_": "hooks"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def examples(text):
    for block in re.findall(r"```json\n(.*?)```", text, flags=re.S):
        data = json.loads(block)
        yield from (data if isinstance(data, list) else [data])


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                out[prefix + k] = ";".join(cell(x) for x in v)
        else:
            out[prefix + k] = v
    return out


def derived(act_or_lead, fields):
    """The record another one names: its fields renamed, kept if more than the id is given."""
    rec = {new: act_or_lead[old] for old, new in fields if act_or_lead.get(old) is not None}
    return rec if rec.get("_id") and len(rec) > 1 else None


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rows = {f: [] for f in FILES}
    seen = {f: set() for f in FILES}

    def add(kind, rec):
        if rec is None or rec["_id"] in seen[kind]:
            return
        seen[kind].add(rec["_id"])
        rows[kind].append(flat(rec))

    for section in SECTIONS:
        for rec in examples(show(gitdir, f"source/includes/_{section}.md")):
            rid = rec.get("_id", "")
            kind = next((k for p, k in PREFIX.items() if rid.startswith(p)), None)
            if section == "unsubscribes":
                kind = "unsubscribes"
            if kind is None:
                continue
            add(kind, rec)
            if kind in ("leads", "activities"):
                add("campaigns", derived(rec, [("campaignId", "_id"), ("campaignName", "name")]))
            if kind == "activities":
                add("leads", derived(rec, [("campaignId", "campaignId"),
                                           ("campaignName", "campaignName"), ("leadId", "_id"),
                                           ("leadEmail", "email"),
                                           ("leadFirstName", "firstName"),
                                           ("leadLastName", "lastName")]))
                add("users", derived(rec, [("sendUserId", "_id"), ("sendUserName", "name"),
                                           ("sendUserEmail", "email")]))
    for name in FILES:
        recs = rows[name]
        fields = []
        for r in recs:
            fields += [k for k in r if k not in fields]
        fields = [f for f in fields if any(cell(r.get(f)) != "" for r in recs)]
        with open(os.path.join(out, f"{name}.csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(fields)
            for r in recs:
                w.writerow([cell(r.get(f)) for f in fields])
        print(f"{name}.csv", len(recs))
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main()
