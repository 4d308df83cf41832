"""Front (frontapp) export in English from the phusion/frontapp Ruby client's recorded API
responses (spec/*_spec.rb, MIT) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding phusion/frontapp commit 803d755d; OUT: the folder to write.
Reads the JSON response bodies the specs stub (each `%Q{...}` / `%{...}` literal, with the
spec's `#{base_url}` put back as https://api2.frontapp.com), gathers every object by its
Front id (first met wins for each field: the specs repeat the same records), and writes
contacts.csv, teammates.csv, conversations.csv, messages.csv and comments.csv. A rerun gives
the same bytes.
"""
import csv
import datetime
import hashlib
import json
import re
import subprocess
import sys

COMMIT = "803d755d5c75974a70f8fd7fa395aaddde038644"
SPECS = ["spec/comments_spec.rb", "spec/contacts_spec.rb", "spec/conversations_spec.rb",
         "spec/messages_spec.rb", "spec/teammates_spec.rb"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def gather(gitdir):
    objs, read = {}, {}

    def walk(o, parent=None):
        if isinstance(o, dict):
            i = o.get("id")
            if isinstance(i, str) and re.fullmatch(r"[a-z]{3}_[0-9a-z]+", i):
                rec = objs.setdefault(i, {})
                for k, v in o.items():
                    if not k.startswith("_") and k not in rec:
                        rec[k] = v
                conv = (o.get("_links", {}).get("related", {}) or {}).get("conversation")
                if conv and "conversation_id" not in rec:
                    rec["conversation_id"] = conv.rstrip("/").rsplit("/", 1)[1]
                if parent and i.startswith("com_") and "conversation_id" not in rec:
                    rec["conversation_id"] = parent
            for v in o.values():
                walk(v, parent)
        elif isinstance(o, list):
            for v in o:
                walk(v, parent)

    dec = json.JSONDecoder()
    for path in SPECS:
        raw = show(gitdir, path)
        read[path] = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        text = raw.replace("#{base_url}", "https://api2.frontapp.com")
        for m in re.finditer(r"%Q?\{\s*", text):
            try:
                j, _ = dec.raw_decode(text, m.end())
            except ValueError:
                continue
            # a comment listed under a conversation's comments belongs to that conversation
            self_link = (j.get("_links", {}) or {}).get("self", "") if isinstance(j, dict) else ""
            cm = re.search(r"/conversations/(cnv_[0-9a-z]+)/comments", self_link)
            walk(j, cm.group(1) if cm else None)
    return objs, read


def when(ts):
    if ts in (None, ""):
        return ""
    return datetime.datetime.fromtimestamp(float(ts), datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M:%S")


def person(t):
    return " ".join(x for x in (t.get("first_name"), t.get("last_name")) if x) if t else ""


def yes(b):
    return "" if b is None else ("Yes" if b else "No")


def write(out, name, header, rows):
    path = f"{out}/{name}"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path


def main(gitdir, out):
    objs, read = gather(gitdir)
    ids = sorted(objs)
    ctc = [objs[i] for i in ids if i.startswith("ctc_")]
    tea = [objs[i] for i in ids if i.startswith("tea_")]
    cnv = [objs[i] for i in ids if i.startswith("cnv_")]
    msg = [objs[i] for i in ids if i.startswith("msg_")]
    com = [objs[i] for i in ids if i.startswith("com_")]
    # a contact's e-mail handle: the recipients that link to it
    emails = {}
    for o in cnv + msg:
        for r in [o.get("recipient")] + list(o.get("recipients") or []):
            if r and "@" in r.get("handle", ""):
                emails.setdefault(r.get("contact_id") or "ctc", r["handle"])
    customs = sorted({k for c in ctc for k in (c.get("custom_fields") or {})})
    rows = []
    for c in ctc:
        h = {x["source"]: x["handle"] for x in c.get("handles") or []}
        rows.append([c["id"], c.get("name", ""), c.get("description", ""),
                     h.get("email", emails.get("ctc", "")), h.get("phone", ""),
                     h.get("twitter", ""), ", ".join(c.get("links") or []),
                     ", ".join(g["name"] for g in c.get("groups") or []),
                     yes(c.get("is_spammer")), c.get("avatar_url", "")]
                    + [(c.get("custom_fields") or {}).get(k, "") for k in customs])
    written = [write(out, "contacts.csv",
                     ["Contact ID", "Name", "Description", "Email", "Phone", "Twitter", "Links",
                      "Groups", "Spammer", "Avatar URL"] + [k.capitalize() for k in customs],
                     rows)]
    written.append(write(out, "teammates.csv",
                         ["Teammate ID", "Email", "Username", "First name", "Last name",
                          "Admin", "Available"],
                         [[t["id"], t.get("email", ""), t.get("username", ""),
                           t.get("first_name", ""), t.get("last_name", ""),
                           yes(t.get("is_admin")), yes(t.get("is_available"))]
                          for t in tea]))
    written.append(write(out, "conversations.csv",
                         ["Conversation ID", "Subject", "Status", "Assignee", "Recipient",
                          "Tags", "Created at"],
                         [[c["id"], c.get("subject", ""), c.get("status", ""),
                           person(c.get("assignee")), (c.get("recipient") or {}).get("handle", ""),
                           ", ".join(t["name"] for t in c.get("tags") or []),
                           when(c.get("created_at"))] for c in cnv]))
    conv = {c["id"]: c for c in cnv}
    mrows = []
    for m in msg:
        c = conv.get(m.get("conversation_id"), {})
        rc = m.get("recipients") or []
        mrows.append([m["id"], m.get("conversation_id", ""), m.get("type", ""),
                      "Inbound" if m.get("is_inbound") else "Outbound",
                      c.get("status", ""),
                      ", ".join(r["handle"] for r in rc if r.get("role") == "to"),
                      ", ".join(r["handle"] for r in rc if r.get("role") == "from")
                      or (m.get("author") or {}).get("email", ""),
                      c.get("subject", ""), ", ".join(t["name"] for t in c.get("tags") or []),
                      person(c.get("assignee")), person(m.get("author")),
                      when(m.get("created_at")), m.get("text", ""),
                      ", ".join(a["filename"] for a in m.get("attachments") or [])])
    written.append(write(out, "messages.csv",
                         ["Message ID", "Conversation ID", "Type", "Direction", "Status", "To",
                          "From", "Subject", "Tags", "Assignee", "Author", "Message date",
                          "Text", "Attachments"], mrows))
    written.append(write(out, "comments.csv",
                         ["Comment ID", "Conversation ID", "Author", "Author email", "Body",
                          "Posted at"],
                         [[c["id"], c.get("conversation_id", ""), person(c.get("author")),
                           (c.get("author") or {}).get("email", ""), c.get("body", ""),
                           when(c.get("posted_at"))] for c in com]))
    lic = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:LICENSE"],
                         capture_output=True, check=True).stdout
    with open(f"{out}/LICENSE", "wb") as f:
        f.write(lic)
    read["LICENSE"] = hashlib.sha256(lic).hexdigest()
    for p, h in sorted(read.items()):
        print("read ", h, p)
    for p in written:
        data = open(p, "rb").read()
        print("wrote", hashlib.sha256(data).hexdigest(), p, data.count(b"\n") - 1, "rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
