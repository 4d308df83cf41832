"""Rocket.Chat export (en) from the example records of Rocket.Chat's own REST API reference
for Omnichannel (Livechat), which RocketChat/docs-old (Rocket.Chat's documentation, MIT
license.md) keeps at fd1bc8a3 in api/rest-api/methods/livechat/*.md.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the pages visitor.md, contact.md, rooms.md,
room.md, inquiries.md, department.md, users.md, agent.md and license.md. Each method's
documented response is a ```javascript block under '## Example Result'; the blocks of the
get, list, search and update methods hold Rocket.Chat's Omnichannel records:

- visitors (the Omnichannel contacts: the get/register visitor, visitors.info,
  visitors.search, omnichannel/contact and contact.search responses),
- rooms (livechat conversations: livechat/rooms, visitors.chatHistory, livechat/room),
- inquiries (the queue items of conversations: inquiries.list, .take, .getOne),
- departments (livechat/department list and the get/update of 'new from api'),
- agents (livechat/users/agent list and agent.info),
- department_agents (an agent's place in a department: the department responses' agents and
  agents/:agentId/departments).

One row per _id in page order; a later response with the same _id is that record's newer
state and its fields overlay the earlier ones (the visitor registered again, the department
updated, the contact found with its e-mail and phone). Partial responses (room.transfer,
changeVisitor: a room id with 2-3 fields) are not records and are not read; users.md's
register/info examples give SQafHvoFPuB57NmBD another username than its own list does, and
only the list is read. Trailing commas are removed before parsing; values are not changed.
Columns are the API's field names in the records' order, nested objects joined by '.'
('v.username', 'servedBy._id', 'livechatData.address'), a list of values joined by ', '
('tags', 'agents'), a list of objects by the field kept ('visitorEmails.address',
'phone.phoneNumber', 'emails.address'); contact.search's flat 'email' and 'phone' are the
same visitor fields and fill those columns. A room's lastMessage is kept as its text and time
('lastMessage.msg', 'lastMessage.ts'). Writes visitors.csv, rooms.csv, inquiries.csv,
departments.csv, agents.csv, department_agents.csv and LICENSE. UTF-8, comma, LF, quoted
where needed (Python's csv).
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "fd1bc8a323622675944962d313ea880ea26333d7"
BASE = "api/rest-api/methods/livechat/"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def results(gitdir, page):
    """The page's '## Example Result' blocks, parsed, in page order (None if unparsable)."""
    text = show(gitdir, BASE + page).decode("utf-8")
    out = []
    for body in re.findall(r"## Example Result\s*```(?:javascript|json)?\n(.*?)```", text, re.S):
        body = re.sub(r",(\s*[\]}])", r"\1", body)
        try:
            out.append(json.loads(body))
        except ValueError:
            out.append(None)
    return out


def text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else str(v)


def join(values):
    return ", ".join(text(v) for v in values)


def flat(rec, prefix=""):
    row = {}
    for k, v in rec.items():
        name = prefix + k
        if isinstance(v, dict):
            row.update(flat(v, name + "."))
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v):
                row[name] = join(v)
            else:
                fields = []
                for x in v:
                    for f in x:
                        if f not in fields:
                            fields.append(f)
                for f in fields:
                    row[f"{name}.{f}"] = join(x.get(f) for x in v)
        elif isinstance(v, bool):
            row[name] = "true" if v else "false"
        else:
            row[name] = "" if v is None else v
    return row


def visitor_row(v):
    v = dict(v)
    if "email" in v:
        v["visitorEmails"] = [{"address": v.pop("email")}]
    if isinstance(v.get("phone"), str):
        v["phone"] = [{"phoneNumber": v["phone"]}]
    return flat(v)


def room_row(r):
    r = dict(r)
    last = r.pop("lastMessage", None)
    row = flat(r)
    if last is not None:
        row["lastMessage.msg"] = last.get("msg", "")
        row["lastMessage.ts"] = last.get("ts", "")
    return row


def add(table, row):
    for existing in table:
        if existing["_id"] == row["_id"]:
            existing.update(row)
            return
    table.append(row)


def write(out, name, rows, first=None):
    cols = list(first or [])
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    visitor = results(gitdir, "visitor.md")
    contact = results(gitdir, "contact.md")
    rooms_p = results(gitdir, "rooms.md")
    room_p = results(gitdir, "room.md")
    inq = results(gitdir, "inquiries.md")
    dep = results(gitdir, "department.md")
    users = results(gitdir, "users.md")
    agent = results(gitdir, "agent.md")

    visitors = []
    for rec in (visitor[0]["visitor"], visitor[1]["visitor"], visitor[3]["visitor"],
                *visitor[6]["visitors"], contact[0]["contact"], contact[3]["contact"]):
        add(visitors, visitor_row(rec))

    rooms = []
    for rec in (*rooms_p[0]["rooms"], *visitor[5]["history"], room_p[0]["room"]):
        add(rooms, room_row(rec))

    inquiries = []
    for rec in (*inq[0]["inquiries"], inq[1]["inquiry"], inq[2]["inquiry"]):
        add(inquiries, flat(rec))

    departments = []
    for rec in (*dep[0]["departments"], dep[1]["department"], dep[2]["department"],
                dep[3]["department"]):
        add(departments, flat(rec))

    agents = []
    for rec in (*users[0]["users"], agent[0]["agent"]):
        add(agents, flat(rec))

    dep_agents = []
    for rec in (*dep[1]["agents"], *dep[2]["agents"], *dep[3]["agents"],
                *agent[2]["departments"]):
        add(dep_agents, flat(rec))

    write(out, "visitors.csv", visitors)
    write(out, "rooms.csv", rooms)
    write(out, "inquiries.csv", inquiries)
    write(out, "departments.csv", departments)
    write(out, "agents.csv", agents)
    write(out, "department_agents.csv", dep_agents)
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(show(gitdir, "license.md"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
