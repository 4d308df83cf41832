"""Campaign Monitor export (en) from the Campaign Monitor API responses that Campaign
Monitor's own Python library (campaignmonitor/createsend-python, MIT) keeps as fixed records
for its tests, at e78c132d.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) test/fixtures/*.json: the subscribers of a
list in each state (active_subscribers, unconfirmed_subscribers, unsubscribed_subscribers,
bounced_subscribers, deleted_subscribers) and of a segment (segment_subscribers); a
client's campaigns (campaigns: sent; scheduled_campaigns; drafts); the account's clients
(clients, with client_details' basic details for the client it describes); a client's
people and the account's administrators (people, administrators). Writes subscribers.csv
(one row per distinct e-mail address, first met wins, in the order above), campaigns.csv
(sent, scheduled, drafts), clients.csv and people.csv (people, then administrators), headed
by the API's field names in the record's order, nested objects joined by '.'
('BasicDetails.ContactName'); a subscriber's custom fields as 'CustomFields.<key>' (a
multi-option field's values joined by ';'); a campaign's tags joined by ';'. A client's
API key, access details (login) and billing details (sending rates) are left out, as are
columns no record fills. Values as the API gives them ('YYYY-MM-DD hh:mm:ss' times,
numbers as written, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "e78c132da58087c000bd4128b90de8e4feec9347"
FIX = "test/fixtures/"
SUBSCRIBERS = ("active_subscribers", "unconfirmed_subscribers", "unsubscribed_subscribers",
               "bounced_subscribers", "deleted_subscribers", "segment_subscribers")
CAMPAIGNS = ("campaigns", "scheduled_campaigns", "drafts")
PEOPLE = ("people", "administrators")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def load(gitdir, name):
    data = json.loads(git(gitdir, "show", f"{COMMIT}:{FIX}{name}.json"))
    return data["Results"] if isinstance(data, dict) and "Results" in data else data


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif k == "CustomFields":
            for f in v:
                key = "CustomFields." + f["Key"]
                out[key] = f["Value"] if key not in out else out[key] + ";" + f["Value"]
        elif isinstance(v, list):
            out[prefix + k] = ";".join(str(x) for x in v)
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
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name + ".csv", len(rows))


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    subs = {}
    for name in SUBSCRIBERS:
        for r in load(gitdir, name):
            subs.setdefault(r["EmailAddress"].lower(), flat(r))
    campaigns = [flat(r) for name in CAMPAIGNS for r in load(gitdir, name)]
    details = load(gitdir, "client_details")
    basic = {k: v for k, v in details["BasicDetails"].items() if k != "ClientID"}
    clients = []
    for r in load(gitdir, "clients"):
        row = flat(r)
        if r["ClientID"] == details["BasicDetails"]["ClientID"]:
            row.update(flat(basic, "BasicDetails."))
        clients.append(row)
    people = [flat(r) for name in PEOPLE for r in load(gitdir, name)]
    write(out, "subscribers", list(subs.values()))
    write(out, "campaigns", campaigns)
    write(out, "clients", clients)
    write(out, "people", people)
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as fh:
        fh.write(git(gitdir, "show", f"{COMMIT}:LICENSE"))


if __name__ == "__main__":
    main()
