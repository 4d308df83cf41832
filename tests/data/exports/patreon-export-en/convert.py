"""Patreon export (en) from the recorded Patreon API (oauth2 api v1) responses that
Patreon/patreon-java (Patreon's own Java client, Apache-2.0) keeps as its tests' data, at b8adb6b6.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) src/test/resources/api/
campaign_pledges_page_1.json and campaign_pledges_page_2.json: the two pages of the campaign
70261's pledges (JSON:API documents: 'data' the pledges, 'included' the users, campaigns,
rewards, goals and an address they link to). One row per distinct (type, id), first met
wins, pledges of page 1 then page 2, then the included records in their order (page 2's
included list repeats page 1's). Writes users.csv, campaigns.csv, rewards.csv, goals.csv
and pledges.csv: 'id', then the attributes by the API's field names in first-met order,
nested objects joined by '.' ('social_connections.twitter'), lists of values joined by ';',
then each to-one relationship as '<name>.id' ('patron.id', 'reward.id', 'campaign.id');
to-many relationships are left out, except that a goal gets the campaign whose 'goals' list
holds it as 'campaign.id'. Columns no record fills are left out. The one address (a
patron's postal address) is not written. Values as the API gives them (ISO 8601
timestamps, true/false, numbers as written, amounts in cents, null empty). UTF-8, comma, LF.
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "b8adb6b6e67ed81fb43fb9acf55c9808d0a34e8b"
PAGES = ["src/test/resources/api/campaign_pledges_page_1.json",
         "src/test/resources/api/campaign_pledges_page_2.json"]
FILES = [("user", "users"), ("campaign", "campaigns"), ("reward", "rewards"),
         ("goal", "goals"), ("pledge", "pledges")]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list):
        return ";".join(cell(v) for v in value)
    return str(value)


def flatten(prefix, value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            flatten(f"{prefix}.{k}" if prefix else k, v, out)
    else:
        out[prefix] = value


def main(gitdir, out):
    docs = [json.loads(show(gitdir, p)) for p in PAGES]
    records, seen = [], set()
    for doc in docs:
        for item in doc["data"]:
            if (item["type"], item["id"]) not in seen:
                seen.add((item["type"], item["id"]))
                records.append(item)
    for doc in docs:
        for item in doc.get("included", []):
            if (item["type"], item["id"]) not in seen:
                seen.add((item["type"], item["id"]))
                records.append(item)
    goal_campaign = {}
    for item in records:
        if item["type"] == "campaign":
            for g in (item.get("relationships", {}).get("goals", {}).get("data") or []):
                goal_campaign.setdefault(g["id"], item["id"])
    rows = {t: [] for t, _ in FILES}
    for item in records:
        if item["type"] not in rows:
            continue
        row = {"id": item["id"]}
        flatten("", item.get("attributes", {}), row)
        for name, rel in item.get("relationships", {}).items():
            data = rel.get("data")
            if isinstance(data, list):
                continue
            row[f"{name}.id"] = data["id"] if data else None
        if item["type"] == "goal":
            row["campaign.id"] = goal_campaign.get(item["id"])
        rows[item["type"]].append(row)
    os.makedirs(out, exist_ok=True)
    for kind, name in FILES:
        header = []
        for row in rows[kind]:
            for k in row:
                if k not in header:
                    header.append(k)
        header = [h for h in header if any(cell(r.get(h)) != "" for r in rows[kind])]
        with open(os.path.join(out, f"{name}.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for row in rows[kind]:
                w.writerow([cell(row.get(h)) for h in header])
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8", newline="") as f:
        f.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
