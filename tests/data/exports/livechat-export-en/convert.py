"""LiveChat export (en) from the example records of LiveChat's own REST API v2 reference,
which livechat/livechat-public-docs (LiveChat's developer documentation, MIT) keeps at
628955e8 in src/pages/management/configuration-api/v2.0/index.mdx.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) that page and LICENSE. Each method's
documented response is a JSON block (<CodeResponse> ```json ... ```); the blocks of the
list and get methods hold LiveChat's records: agents (get an agent: John Doe; update an
agent: Jenny Doe, her latest state), groups (list groups), archived chats (get list of
chats), tickets (get list of tickets), canned responses, goals, tags and visitors (their
list methods). The examples' '// ...' comments, '{"...": "..."}' placeholders and the
unquoted `immediate_start` are cleaned before parsing; the records are not changed.
Columns are the API's field names, nested objects joined by '.' ('visitor.name',
'requester.mail', 'count.inChats'), a list of values joined by ', ', a list of objects by
the field kept ('agents.email'); key/value lists (surveys, custom variables) as
'key: value' lines; a chat's transcript (messages) as 'author: text' lines; a ticket's first
event (the requester's message) as 'events.0.message'. Greetings (targeting rules), webhooks
and reports are set-up, not records, and are not written. Writes agents.csv, groups.csv,
chats.csv, tickets.csv, canned_responses.csv, goals.csv, tags.csv, visitors.csv and LICENSE.
UTF-8, comma, LF, quoted where needed (Python's csv).
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "628955e80245804c2cf8cccb6f15898ba49002f9"
PAGE = "src/pages/management/configuration-api/v2.0/index.mdx"
READ = ["Get a single agent details (deprecated)", "Update an agent (deprecated)",
        "List all groups (deprecated)", "Get list of chats (deprecated)",
        "Get list of tickets (deprecated)", "List all canned responses", "List all goals",
        "List all tags", "List all visitors"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def responses(text):
    """{section heading: [cleaned JSON response text, ...]} in page order."""
    out = {}
    head = None
    pat = re.compile(r"^#{1,2} (.*?)$|<CodeResponse>\s*```json\n(.*?)```", re.M | re.S)
    for m in pat.finditer(text):
        if m.group(1) is not None:
            head = m.group(1).strip()
            continue
        body = m.group(2)
        body = re.sub(r"^\s*//.*$", "", body, flags=re.M)
        body = body.replace(": immediate_start,", ': "immediate_start",')
        body = re.sub(r",\s*\{\s*\"\.\.\.\":\s*\"\.\.\.\"\s*\}", "", body)
        body = re.sub(r"^\s*\.\.\.\s*$", "", body, flags=re.M)
        body = re.sub(r",(\s*[\]}])", r"\1", body)
        body = re.sub(r"\{\s*\}", "{}", body)
        out.setdefault(head, []).append(body)
    return out


def join(values):
    return ", ".join("" if v is None else str(v) for v in values)


def kv(items):
    def one(i):
        key, value = i.get("key", ""), i.get("value", "")
        return f"{key} {value}".strip() if str(key).endswith(":") else f"{key}: {value}"
    return "\n".join(one(i) for i in items)


def flat(rec, prefix=""):
    """A record's scalar fields and nested objects, '.'-joined; lists of values ', '-joined."""
    row = {}
    for k, v in rec.items():
        name = prefix + k
        if isinstance(v, dict):
            row.update(flat(v, name + "."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                row[name] = join(v)
        else:
            row[name] = "" if v is None else v
    return row


def agent_row(a):
    row = flat({k: v for k, v in a.items() if k != "groups"})
    row["groups.name"] = join(g["name"] for g in a.get("groups", []))
    return row


def chat_row(c):
    keep = {k: v for k, v in c.items() if k not in (
        "agents", "supervisors", "prechat_survey", "postchat_survey", "custom_variables",
        "integration_variables", "goals", "messages", "events")}
    row = flat(keep)
    for who in ("agents", "supervisors"):
        row[f"{who}.display_name"] = join(x["display_name"] for x in c.get(who, []))
        row[f"{who}.email"] = join(x["email"] for x in c.get(who, []))
    row["prechat_survey"] = kv(c.get("prechat_survey", []))
    row["postchat_survey"] = kv(c.get("postchat_survey", []))
    row["custom_variables"] = kv(c.get("custom_variables", []))
    row["goals.name"] = join(g["name"] for g in c.get("goals", []))
    row["messages"] = "\n".join(f"{m['author_name']}: {m['text']}" for m in c.get("messages", []))
    return row


def ticket_row(t):
    keep = {k: v for k, v in t.items() if k not in ("events", "opened", "firstResponse")}
    row = flat(keep)
    first = t["events"][0]
    row["events.0.message"] = first.get("message", "")
    row["events.0.date"] = first.get("date", "")
    row["opened.from"] = join(o.get("from", "") for o in t.get("opened", []))
    return row


def visitor_row(v):
    keep = {k: x for k, x in v.items() if k not in (
        "chat", "operators", "prechat_survey", "visit_path", "custom_variables")}
    row = flat(keep)
    row["custom_variables"] = kv(v.get("custom_variables", []))
    return row


def write(out, name, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
    print(f"{name}: {len(rows)} rows")


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    bodies = responses(show(gitdir, PAGE).decode("utf-8"))
    r = {head: [json.loads(b) for b in bodies[head]] for head in READ}
    agents = [r["Get a single agent details (deprecated)"][0],
              r["Update an agent (deprecated)"][0]]
    write(out, "agents.csv", [agent_row(a) for a in agents])
    write(out, "groups.csv", [flat(g) for g in r["List all groups (deprecated)"][0]])
    write(out, "chats.csv", [chat_row(c) for c in r["Get list of chats (deprecated)"][0]["chats"]])
    tickets = r["Get list of tickets (deprecated)"][0]["tickets"]
    write(out, "tickets.csv", [ticket_row(t) for t in tickets])
    write(out, "canned_responses.csv", [flat(c) for c in r["List all canned responses"][0]])
    write(out, "goals.csv", [flat(g) for g in r["List all goals"][0]])
    write(out, "tags.csv", [flat(t) for t in r["List all tags"][0]])
    write(out, "visitors.csv", [visitor_row(v) for v in r["List all visitors"][0]])
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
