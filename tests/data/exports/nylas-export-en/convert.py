"""Nylas' own fixed records -> the CSVs of an address book / calendar / mailbox export.

Reads, from a git directory holding Nylas' official Python SDK (nylas/nylas-python) at one
commit, the test modules of its resources (tests/resources/test_<resource>.py) and takes
the records they hold as Python dict literals: the API responses the tests deserialise
(every dict literal with an "id" and a "grant_id", whose "object" is the resource's or
absent; parsed with the ast module, never executed). Records de-duplicated by id, first
met (in source order) wins. Writes, in English:
  contacts.csv   the grant's contacts (names, company, job title, e-mail, phone, address)
  events.csv     calendar events (title, start, end, location, participants, status)
  messages.csv   e-mail messages (subject, from, to, date, snippet)
  threads.csv    e-mail threads (subject, participants, latest dates)
  calendars.csv  the grant's calendars
Headers: the Nylas API v3 field names in words ('given_name' -> 'Given Name',
'company_name' -> 'Company Name', 'title' -> 'Title'), the first slot of a list field
(emails, phone_numbers, physical_addresses, web_pages, im_addresses) under its singular
('Email', 'Phone Number'), an event's when.start_time / end_time as 'Start' / 'End'.
Values: Unix timestamps as ISO 8601 UTC ('2022-08-30T15:43:12Z'); booleans 'true'/'false';
a person as 'Name <email>' (the name left out when empty), several joined by '; '; list
fields of ids joined by '; '. CSV: ',' delimiter, '"' quoting where needed, CR LF
(Python's csv module defaults), UTF-8 without BOM.

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library and git only. Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import ast
import csv
import io
import subprocess
from datetime import datetime, timezone
from pathlib import Path

COMMIT = "9a187c696f508c61cfcf465a8c6a38e0b0d864f2"
TESTS = "tests/resources"


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def records(gitdir: str, commit: str, module: str, obj: str) -> list[dict]:
    """The records of one resource's test module, first met (source order) wins by id."""
    tree = ast.parse(show(gitdir, commit, f"{TESTS}/test_{module}.py"))
    nodes = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Dict)),
                   key=lambda n: (n.lineno, n.col_offset))
    seen, out = set(), []
    for n in nodes:
        try:
            d = ast.literal_eval(n)
        except ValueError:
            continue
        if not ("id" in d and "grant_id" in d and d.get("object", obj) == obj):
            continue
        if d["id"] not in seen:
            seen.add(d["id"])
            out.append(d)
    return out


def ts(v) -> str | None:
    if isinstance(v, int) and not isinstance(v, bool):
        return datetime.fromtimestamp(v, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return v


def person(p: dict) -> str:
    name, email = (p.get("name") or "").strip(), p.get("email") or ""
    return f"{name} <{email}>" if name else email


def people(v) -> str:
    return "; ".join(person(p) for p in v or [])


def first(v: list | None, field: str):
    return (v or [{}])[0].get(field)


def joined(v) -> str:
    return "; ".join(str(x) for x in v or [])


def contact_row(c: dict) -> dict:
    addr = (c.get("physical_addresses") or [{}])[0]
    return {
        "ID": c.get("id"), "Given Name": c.get("given_name"), "Middle Name": c.get("middle_name"),
        "Surname": c.get("surname"), "Suffix": c.get("suffix"), "Nickname": c.get("nickname"),
        "Birthday": c.get("birthday"), "Company Name": c.get("company_name"),
        "Job Title": c.get("job_title"), "Manager Name": c.get("manager_name"),
        "Office Location": c.get("office_location"),
        "Email": first(c.get("emails"), "email"), "Email Type": first(c.get("emails"), "type"),
        "Phone Number": first(c.get("phone_numbers"), "number"),
        "Phone Type": first(c.get("phone_numbers"), "type"),
        "Street Address": addr.get("street_address"), "City": addr.get("city"),
        "State": addr.get("state"), "Postal Code": addr.get("postal_code"),
        "Country": addr.get("country"), "Web Page": first(c.get("web_pages"), "url"),
        "IM Address": first(c.get("im_addresses"), "im_address"),
        "Picture URL": c.get("picture_url"), "Notes": c.get("notes"),
        "Groups": joined(g.get("id") for g in c.get("groups") or []),
        "Grant ID": c.get("grant_id"),
    }


def event_row(e: dict) -> dict:
    when = e.get("when") or {}
    conf = e.get("conferencing") or {}
    return {
        "ID": e.get("id"), "Title": e.get("title"), "Description": e.get("description"),
        "Location": e.get("location"),
        "Start": ts(when.get("start_time", when.get("date", when.get("start_date")))),
        "End": ts(when.get("end_time", when.get("date", when.get("end_date")))),
        "Start Timezone": when.get("start_timezone"), "End Timezone": when.get("end_timezone"),
        "Busy": e.get("busy"), "Status": e.get("status"), "Visibility": e.get("visibility"),
        "Organizer": person(e["organizer"]) if e.get("organizer") else None,
        "Participants": people(e.get("participants")),
        "Conferencing URL": (conf.get("details") or {}).get("url"),
        "Recurrence": joined(e.get("recurrence")), "Calendar ID": e.get("calendar_id"),
        "Created At": ts(e.get("created_at")), "Updated At": ts(e.get("updated_at")),
        "Grant ID": e.get("grant_id"),
    }


def message_row(m: dict) -> dict:
    return {
        "ID": m.get("id"), "Subject": m.get("subject"), "From": people(m.get("from")),
        "To": people(m.get("to")), "Cc": people(m.get("cc")), "Bcc": people(m.get("bcc")),
        "Reply To": people(m.get("reply_to")), "Date": ts(m.get("date")),
        "Snippet": m.get("snippet"), "Body": m.get("body"), "Unread": m.get("unread"),
        "Starred": m.get("starred"), "Thread ID": m.get("thread_id"),
        "Folders": joined(m.get("folders")),
        "Attachments": len(m.get("attachments") or []), "Grant ID": m.get("grant_id"),
    }


def thread_row(t: dict) -> dict:
    return {
        "ID": t.get("id"), "Subject": t.get("subject"),
        "Participants": people(t.get("participants")), "Snippet": t.get("snippet"),
        "Earliest Message Date": ts(t.get("earliest_message_date")),
        "Latest Message Received Date": ts(t.get("latest_message_received_date")),
        "Latest Message Sent Date": ts(t.get("latest_message_sent_date")),
        "Unread": t.get("unread"), "Starred": t.get("starred"),
        "Has Attachments": t.get("has_attachments"), "Has Drafts": t.get("has_drafts"),
        "Message IDs": joined(t.get("message_ids")), "Draft IDs": joined(t.get("draft_ids")),
        "Folders": joined(t.get("folders")), "Grant ID": t.get("grant_id"),
    }


def calendar_row(c: dict) -> dict:
    return {
        "ID": c.get("id"), "Name": c.get("name"), "Description": c.get("description"),
        "Location": c.get("location"), "Timezone": c.get("timezone"),
        "Is Primary": c.get("is_primary"), "Is Owned By User": c.get("is_owned_by_user"),
        "Read Only": c.get("read_only"), "Hex Color": c.get("hex_color"),
        "Grant ID": c.get("grant_id"),
    }


def cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write(path: Path, rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(list(rows[0]))
    for r in rows:
        w.writerow([cell(v) for v in r.values()])
    path.write_bytes(buf.getvalue().encode("utf-8"))


SPEC = [("contacts", "contact", contact_row), ("events", "event", event_row),
        ("messages", "message", message_row), ("threads", "thread", thread_row),
        ("calendars", "calendar", calendar_row)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for module, obj, row in SPEC:
        write(out / f"{module}.csv", [row(r) for r in records(a.gitdir, a.commit, module, obj)])


if __name__ == "__main__":
    main()
