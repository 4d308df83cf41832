"""Attio CRM export in English from Attio's own OpenAPI document as the MIT-licensed
d-stoll/attio-js SDK carries it (openapi.json) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding d-stoll/attio-js commit 61e77e41; OUT: the folder to write.
Reads the fixed example values Attio's API document gives its objects (the person Ada
Lovelace, the workspace member Susan Kare, the task 'Follow up on current software
solutions', the note 'Initial Prospecting Call Summary', the comment on a list entry, the
entry of the list 'Hiring Engineering') and writes them as one CSV per object, the columns
titled as Attio's app titles the attributes: people.csv, workspace_members.csv, tasks.csv,
notes.csv, comments.csv, list_entries.csv. A rerun gives the same bytes.
"""
import csv
import hashlib
import json
import subprocess
import sys

COMMIT = "61e77e41cf951c91b26f4c885c3c0d4e1343d9ab"
SPEC = "openapi.json"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def at(doc, *path):
    """The value at a path of keys and list indexes (a missing step is an error)."""
    for step in path:
        doc = doc[step]
    return doc


def when(ts):
    """An API timestamp '2022-11-21T13:22:49.061281000Z' as 'YYYY-MM-DD HH:MM:SS' UTC; a date
    stays a date."""
    if not ts:
        return ""
    if len(ts) == 10:
        return ts
    return ts[:10] + " " + ts[11:19]


def write(out, name, header, rows):
    path = f"{out}/{name}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    return path


def main(gitdir, out):
    raw = show(gitdir, SPEC)
    doc = json.loads(raw)
    sch = doc["components"]["schemas"]

    def ex(name, *path):
        return at(sch[name], "properties", *[p for q in path for p in ("properties", q)][1:],
                  "example")

    # the workspace member every actor reference names (50cf242c...)
    wm = {k: ex("workspace-member", *k.split(".")) for k in
          ("id.workspace_member_id", "first_name", "last_name", "email_address",
           "access_level", "avatar_url", "created_at")}
    members = {wm["id.workspace_member_id"]: f"{wm['first_name']} {wm['last_name']}"}

    def actor(ref):
        return members.get(ref.get("id") or ref.get("referenced_actor_id"), "")

    # the person: the values Attio's document gives the people object's standard attributes
    # (personal-name, email-address, phone-number, location), on the record every note, task
    # and list entry example points to (people 891dcbfc...)
    out_vals = at(sch["output-value"], "anyOf")

    def value(kind):
        for v in out_vals:
            if at(v, "properties", "attribute_type", "enum") == [kind]:
                return {k: p.get("example") for k, p in v["properties"].items()}
        raise KeyError(kind)

    name, email, phone, loc = (value("personal-name"), value("email-address"),
                               value("phone-number"), value("location"))
    person_id = ex("note", "parent_record_id")
    rec_created = at(doc["paths"], "/v2/objects/{object}/records/{record_id}", "get",
                     "responses", "200", "content", "application/json", "schema",
                     "properties", "data", "properties", "created_at", "example")
    people = [{
        "Record ID": person_id,
        "Name": name["full_name"],
        "Email addresses": email["email_address"],
        "Phone numbers": phone["phone_number"],
        "Primary location": ", ".join(x for x in (
            loc["line_1"], loc["line_2"], loc["line_3"], loc["line_4"], loc["locality"],
            loc["region"], loc["postcode"], loc["country_code"]) if x),
        "Created at": when(rec_created),
        "Created by": actor(ex("note", "created_by_actor")),
    }]
    records = {person_id: name["full_name"]}

    users = [{
        "Workspace member ID": wm["id.workspace_member_id"],
        "First name": wm["first_name"],
        "Last name": wm["last_name"],
        "Email address": wm["email_address"],
        "Access level": wm["access_level"],
        "Avatar URL": wm["avatar_url"],
        "Created at": when(wm["created_at"]),
    }]

    task_body = at(doc["paths"], "/v2/tasks", "post", "requestBody", "content",
                   "application/json", "schema", "properties", "data", "properties")
    t_link = at(sch["task"], "properties", "linked_records", "items", "properties")
    t_assignee = at(sch["task"], "properties", "assignees", "items", "properties")
    tasks = [{
        "Task ID": ex("task", "id", "task_id"),
        "Task": ex("task", "content_plaintext"),
        "Deadline": when(at(task_body, "deadline_at", "example")),
        "Completed": "true" if ex("task", "is_completed") else "false",
        "Assignees": members.get(t_assignee["referenced_actor_id"]["example"], ""),
        "Linked object": t_link["target_object_id"]["example"],
        "Linked record ID": t_link["target_record_id"]["example"],
        "Linked record": records.get(t_link["target_record_id"]["example"], ""),
        "Created at": when(ex("task", "created_at")),
        "Created by": actor(ex("task", "created_by_actor")),
    }]

    notes = [{
        "Note ID": ex("note", "id", "note_id"),
        "Title": ex("note", "title"),
        "Content": ex("note", "content_plaintext"),
        "Parent object": ex("note", "parent_object"),
        "Parent record ID": ex("note", "parent_record_id"),
        "Parent record": records.get(ex("note", "parent_record_id"), ""),
        "Created at": when(ex("note", "created_at")),
        "Created by": actor(ex("note", "created_by_actor")),
    }]

    list_names = {ex("list", "id", "list_id"): ex("list", "name")}
    comments = [{
        "Comment ID": ex("comment", "id", "comment_id"),
        "Thread ID": ex("comment", "thread_id"),
        "Content": ex("comment", "content_plaintext"),
        "Author": actor(ex("comment", "author")),
        "List": list_names.get(ex("comment", "entry", "list_id"), ""),
        "Entry ID": ex("comment", "entry", "entry_id"),
        "Record ID": ex("comment", "record", "record_id"),
        "Resolved at": when(ex("comment", "resolved_at")),
        "Resolved by": actor(ex("comment", "resolved_by")),
        "Created at": when(ex("comment", "created_at")),
    }]

    e_path = ("/v2/objects/{object}/records/{record_id}/entries", "get", "responses", "200",
              "content", "application/json", "schema", "properties", "data", "items",
              "properties")
    e_item = at(doc["paths"], *e_path)
    g = at(doc["paths"], "/v2/lists/{list}/entries/{entry_id}", "get", "responses", "200",
           "content", "application/json", "schema", "properties", "data", "properties")
    vals = g["entry_values"]["example"]
    entries = [{
        "Entry ID": e_item["entry_id"]["example"],
        "List": list_names.get(e_item["list_id"]["example"], ""),
        "Parent object": g["parent_object"]["example"],
        "Parent record ID": g["parent_record_id"]["example"],
        "Parent record": records.get(g["parent_record_id"]["example"], ""),
        "Status": vals["status"][0]["status"]["title"],
        "Created at": when(vals["created_at"][0]["value"]),
        "Created by": actor(vals["created_by"][0]),
    }]

    written = [
        write(out, "people.csv", list(people[0]), people),
        write(out, "workspace_members.csv", list(users[0]), users),
        write(out, "tasks.csv", list(tasks[0]), tasks),
        write(out, "notes.csv", list(notes[0]), notes),
        write(out, "comments.csv", list(comments[0]), comments),
        write(out, "list_entries.csv", list(entries[0]), entries),
    ]
    print(f"read {hashlib.sha256(raw).hexdigest()}  {SPEC}")
    for path in written:
        with open(path, "rb") as f:
            data = f.read()
        rows = len(list(csv.reader(data.decode("utf-8").splitlines(True)))) - 1
        print(f"{hashlib.sha256(data).hexdigest()}  {path}  {rows}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
