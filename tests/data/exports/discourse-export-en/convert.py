"""Discourse export (en) from the fixed Discourse API responses that discourse/discourse_api
(Discourse's own Ruby API client, MIT) keeps as its specs' fixtures, at 6e5e71b6.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) spec/fixtures/*.json: user_list.json (the
admin user list), groups.json, categories.json, hot.json, category_topics.json and
private_messages.json (topic lists), posts_latest.json and posts_before.json (latest
posts), email_list_all.json (the admin e-mail log) and LICENSE.txt. One row per distinct
id, first met wins, in the order the files are listed. Writes:

- users.csv: headed as Discourse's own admin 'Export' of the user list (the user_list
  entity of app/jobs/regular/export_csv_file.rb: id, name, username, email, title,
  created_at, ..., then the user_stats columns topics_entered, posts_read_count, time_read,
  topic_count, post_count, ...), the columns no record fills left out;
- groups.csv, categories.csv, topics.csv, posts.csv, email_logs.csv: Discourse has no CSV
  export of these; headed by the API's field names in the records' order, nested objects
  joined by '.' ('user.username'), a topic's posters by their user ids joined by ', '
  ('posters.user_id'; the first is the original poster), other lists and Discourse's
  per-viewer flags (can_edit, yours, ...) left out, as are columns no record fills.

Values as the API gives them (ISO 8601 timestamps, true/false, numbers as written, null
empty). UTF-8, comma-separated, LF, quoted where needed (Python's csv).
"""
import csv
import json
import os
import subprocess
import sys

COMMIT = "6e5e71b692bbf86e9d052506e7647cb9aa5a84c2"
FIX = "spec/fixtures/"

# Discourse's user_list export header (user_list + user_stats + user_profile + group_names)
USER_LIST = ["id", "name", "username", "email", "title", "created_at", "last_seen_at",
             "last_posted_at", "last_emailed_at", "trust_level", "approved", "suspended_at",
             "suspended_till", "silenced_till", "active", "admin", "moderator", "ip_address",
             "staged", "topics_entered", "posts_read_count", "time_read", "topic_count",
             "post_count", "likes_given", "likes_received", "location", "website", "views",
             "group_names"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def load(gitdir, name):
    return json.loads(show(gitdir, FIX + name).decode("utf-8"))


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        k = k.strip()
        if isinstance(v, dict):
            out.update(flat(v, prefix + k + "."))
        elif isinstance(v, list):
            if k == "posters":
                out[prefix + "posters.user_id"] = ", ".join(str(p["user_id"]) for p in v)
        elif k.startswith("can_") or k in ("yours", "actions_summary", "avatar_template",
                                           "uploaded_avatar_id", "cooked") \
                or k.endswith("_age") or k.endswith("avatar_template"):
            continue
        else:
            out[prefix + k] = v
    return out


def unique(records):
    seen, out = set(), []
    for r in records:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def write(out, name, rows, header=None):
    if header is None:
        header = []
        for r in rows:
            header += [k for k in r if k not in header]
    header = [h for h in header if any(cell(r.get(h)) != "" for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([cell(r.get(h)) for h in header])


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    users = [flat(u) for u in unique(load(gitdir, "user_list.json"))]
    write(out, "users.csv", users, USER_LIST)
    write(out, "groups.csv", [flat(g) for g in unique(load(gitdir, "groups.json"))])
    cats = load(gitdir, "categories.json")["category_list"]["categories"]
    write(out, "categories.csv", [flat(c) for c in unique(cats)])
    topics = []
    for f in ("hot.json", "category_topics.json", "private_messages.json"):
        topics += load(gitdir, f)["topic_list"]["topics"]
    write(out, "topics.csv", [flat(t) for t in unique(topics)])
    posts = load(gitdir, "posts_latest.json")["latest_posts"] + \
        load(gitdir, "posts_before.json")["latest_posts"]
    write(out, "posts.csv", [flat(p) for p in unique(posts)])
    write(out, "email_logs.csv", [flat(e) for e in unique(load(gitdir, "email_list_all.json"))])
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "LICENSE.txt"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
