"""keys453's public export runs end to end from its parameters file, decisions only
(issue 13): Nylas (nylas/nylas-python at 9a187c69, MIT; the e-mail, calendar and contacts
API), its own fixed records (the API responses its official Python SDK's tests
deserialise: one contact, three calendar events, one e-mail message, two threads, one
calendar) as an address book / calendar / mailbox export labels them ('Given Name',
'Surname', 'Company Name', 'Job Title'; 'Title', 'Start', 'End', 'Organizer',
'Participants', 'Status'; 'Subject', 'From', 'To', 'Snippet'), in English
(tests/data/exports/nylas-export-en; SOURCE.md), on the branch-point engine 24219998
(session 56, round Z16). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The contact loads as a contact keyed by Nylas' id (given, middle and last name, suffix,
nickname, birthday, job title, manager, e-mail, phone, address, web page, notes); its
company 'Nylas' is named by text and the export has no companies: the parent account link
is left (links_left). The three events load as appointments keyed by Nylas' ids (title,
description, location, start, end, creation date): 'Birthday Party' (status confirmed)
stays Scheduled, the two 2017 test events with no status close as Completed; the Organizer
address is the organiser party and the owner, which matches no org user: queued as
unmatched and given the fallback owner. Nothing is held back, skipped or cleared;
verification finds no column differing.

The message loads as an e-mail (session 57: a file of messages with a sender, a recipient and
a subject, in an export with no tickets, is e-mails, and 'messages' routes to the e-mails):
subject, body, the date as its start and end, completed; its From, To and Cc addresses
('Daenerys Targaryen <daenerys.t@example.com>') are its parties, none matching a record.

The parameters decide: the messages file's kind (an activity: discovery named it a
ticket's message on 24219998; session 57's engine finds it too) and the threads' (unknown:
discovery named them notes), the measured file misses; the e-mails among the objects; the
keys (Nylas' 'ID'); the status 'confirmed' as Scheduled, without which the
run stops (ChoicesUndecided), as designed.

What is NOT read: the contact's company (no account to link), office location, e-mail and
phone types, IM address, picture address, groups and grant; the events' participants (the
engine reads no 'Participants' column as attendees, and no decision adds a party column),
time zones, busy, visibility, conferencing link, recurrence, calendar and update time; the
message's reply-to, snippet, unread and starred flags, thread, folders and attachment count.
threads.csv and calendars.csv are listed, not taken.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "nylas-export-en"
KINDS = {"contacts": ("contact", {"contact": 1}), "events": ("activity", {"appointment": 3}),
         "messages": ("activity", {"email": 1}), "threads": ("unknown", {}),
         "calendars": ("unknown", {})}
CONTACT = {"firstname": "Given Name", "middlename": "Middle Name", "lastname": "Surname",
           "suffix": "Suffix", "nickname": "Nickname", "birthdate": "Birthday",
           "jobtitle": "Job Title", "managername": "Manager Name", "emailaddress1": "Email",
           "telephone1": "Phone Number", "address1_line1": "Street Address",
           "address1_city": "City", "address1_stateorprovince": "State",
           "address1_postalcode": "Postal Code", "address1_country": "Country",
           "websiteurl": "Web Page", "description": "Notes"}
EMAIL = {"subject": "Subject", "description": "Body", "scheduledstart": "Date",
         "actualend": "Date"}
APPOINTMENT = {"subject": "Title", "description": "Description", "location": "Location",
               "scheduledstart": "Start", "scheduledend": "End",
               "overriddencreatedon": "Created At", "statecode": "Status"}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]}


def _staged(run_dir: Path, table: str, *cols: str) -> list[tuple]:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").select(cols).rows()


def test_nylas_contact_and_events_load(runs: Callable[[str], Path]) -> None:
    """The contact, the three events and the e-mail load keyed by Nylas' ids; the organiser
    is a party and the queued owner; the e-mail's senders and recipients its parties; the
    threads and calendar are listed, not moved; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "closed") == {
        "contact": ("contacts", 1, 1, 0, 0, 0, 0, 0, 0),
        "appointment": ("events", 3, 3, 0, 0, 0, 0, 0, 3),
        "email": ("messages", 1, 1, 0, 0, 0, 0, 0, 1)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}
    assert out["appointment"]["closed_as"] == {"Scheduled": 1, "Completed": 2}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not any(files[f]["migrated"] for f in ("threads", "calendars"))
    assert files["messages"]["not_taken"] == 0 and files["threads"]["not_taken"] == 2

    tables = _mapping(run_dir)
    assert set(tables) == {"contact", "appointment", "email"}
    assert {c["target"]: c["source"] for c in tables["email"]["columns"]
            if c["source"]} == EMAIL
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["appointment"]["columns"]
            if c["source"]} == APPOINTMENT
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(ID)", "appointment": "key(ID)", "email": "ID"}  # the engine's own key
    assert tables["appointment"]["owner"]["source"] == "Organizer"
    assert [(p["source"], p["mask"]) for p in tables["appointment"]["parties"]] == [
        ("Organizer", 7)]
    for name in ("contact", "appointment", "email"):
        for kind in ("quarantine", "skipped", "cleared", "unresolved_links"):
            rows = pl.read_csv(run_dir / kind / f"{name}.csv", infer_schema=False)
            assert rows.height == 0, (kind, name)

    assert [r[1:] for r in _staged(run_dir, "contact", "__source_id", *CONTACT)] == [(
        "John", "Jacob", "Doe", "Jr.", "JD", "1960-12-31T00:00:00Z", "Software Engineer",
        "Bill", "john-work@example.com", "+1-555-555-5555", "123 Main Street",
        "San Francisco", "CA", "94107", "US", "http://www.linkedin.com/in/johndoe",
        "Loves ramen")]
    assert _staged(run_dir, "appointment", "subject", "location", "scheduledstart",
                   "scheduledend", "statecode", "statuscode", "__owner_email") == [
        ("Birthday Party", "Roller Rink", "2022-08-30T15:43:12Z", "2022-08-30T16:43:12Z",
         3, 5, "organizer@example.com"),
        ("Test Event with Notetaker", None, "2017-06-20T00:00:00Z", "2017-06-20T01:00:00Z",
         None, 3, None),
        ("Test Event with Empty Conferencing", None, "2017-06-20T00:00:00Z",
         "2017-06-20T01:00:00Z", None, 3, None)]
    assert _staged(run_dir, "email", "subject", "scheduledstart", "actualend",
                   "statuscode") == [("Hello from Nylas!", "2021-10-27T17:28:59Z",
                                      "2021-10-27T17:28:59Z", 3)]
    assert [[dict(p) for p in row[0]] for row in _staged(run_dir, "email", "__parties")] == [
        [{"mask": 1, "address": "daenerys.t@example.com"},
         {"mask": 2, "address": "j.snow@example.com"},
         {"mask": 3, "address": "arya.stark@example.com"}]]
    parties = _staged(run_dir, "appointment", "__parties")
    assert [[dict(p) for p in row[0]] for row in parties] == [
        [{"mask": 7, "address": "organizer@example.com"}], [], []]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "status", "records").rows() == [
        ("organizer@example.com", "unmatched", "1")]
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "appointment", "email"}
    assert set(EMAIL) <= set(verified["email"])
    assert set(CONTACT) <= set(verified["contact"])
    assert set(APPOINTMENT) - {"statecode"} <= set(verified["appointment"])
    assert not any(n for cols in verified.values() for n in cols.values())
