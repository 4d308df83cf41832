"""keys552's public export runs end to end from its parameters file, decisions only
(issue 13): Calendly, its own records -- the Calendly API v2 responses that the MIT Ruby
client koshilife/calendly-api-ruby-client fixes for its tests at fcdb320f: 4 users (the
hosts FooBar, FooBar101-103), 3 event types ('15 Minute Meeting', '60 Minute Meeting', '30
Minute Meeting'), 5 scheduled events (3 active, 2 canceled), 5 invitees (one person booking
five times, one paid booking in US dollars) and 3 routing form submissions -- headed by the
API's field names ('location.location', 'payment.currency', 'cancellation.reason'), each
booking or routing question its own column, in English
(tests/data/exports/calendly-export-en; SOURCE.md), on the branch-point engine 3f406da4
(session 66, round Z42). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up (the paid booking's currency is its base, USD).

The invitees load as contacts keyed by Calendly's uri: the whole name as last name, e-mail,
the phone the booking form asked for, the SMS reminder number as mobile phone, when they
booked, and the paid booking's currency (linked to the org's US dollar by its ISO code); one
person who booked five times is five contacts with one e-mail (each invitee is a booking's
record in Calendly, and the run names no shared e-mail: a duplicate left for review). The
scheduled events load as appointments keyed by uri: name as subject, start, end, the place,
when booked, the cancellation reason as description; the active ones (in July 2020, past) as
Completed, the canceled ones as Canceled (their Completed status reason set to Canceled and
flagged). The routing form submissions load as leads keyed by uri: the name question's
answer as last name, 'Calendly routing form' as topic, when submitted. Nothing held back,
skipped, failed, cleared or unresolved; no owner queued; verification finds no column
differing.

The parameters decide: the event types' kind (discovery reads them as users: a measured
file miss; not loaded) and the routing form submissions' (discovery says unknown: leads),
the keys (uri), no owner column (the hosts name no user of the rehearsal org: the fallback
owner; 'cancellation.canceled_by', a measured miss, is not the owner), the invitee's whole
name as last name (its lone first name left out), the columns measured wrong left out (the
rescheduled booking's address as web site, the payment terms, the booking's status on the
contact; on the lead the routed-to address as an amount and the form's address as web
site), the reminder number, the cancellation reason, the lead's name, date and topic, the
appointment's active / canceled states, and a quarantine gate of 0%.

What is NOT read (left unmapped): an invitee's scheduled event, links to cancel or
reschedule, the other half of a rescheduled booking, the payment's id, provider, amount,
terms and outcome, the company's own booking questions (custom fields the manifest lists),
time zone, UTM tags, cancellation details, status; a scheduled event's hosts and guests,
event type, counters, location type, online meeting address, who canceled; a submission's
routing question, result, form, submitter and UTM tags; every record's updated_at;
users.csv (the hosts, matched to Dynamics users, not created) and event_types.csv (the
tool's set-up).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "calendly-export-en"
CONTACT = {"overriddencreatedon": "created_at", "emailaddress1": "email",
           "telephone1": "Phone Number Question", "lastname": "name",
           "mobilephone": "text_reminder_number"}
APPOINTMENT = {"overriddencreatedon": "created_at", "scheduledend": "end_time",
               "subject": "name", "scheduledstart": "start_time",
               "location": "location.location", "statuscode": None, "statecode": "status",
               "description": "cancellation.reason"}
LEAD = {"lastname": "Name question", "overriddencreatedon": "created_at", "subject": None}
REASON = "I have to be absent next week, sorry."


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_calendly_invitees_meetings_and_form_leads_load(runs: Callable[[str], Path]) -> None:
    """The invitees load as contacts, the scheduled events as appointments (active ones
    Completed, canceled ones Canceled), the routing form submissions as leads; the users and
    event types stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("invitees", 5, 5, 0, 0, 0, 0, 0),
        "appointment": ("scheduled_events", 5, 5, 0, 0, 0, 0, 0),
        "lead": ("routing_form_submissions", 3, 3, 0, 0, 0, 0, 0)}
    assert (out["appointment"]["closed"], out["appointment"]["closed_as"]) == (
        5, {"Completed": 3, "Canceled": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "invitees": ("contact", {"contact": 5}, True),
        "scheduled_events": ("activity", {"appointment": 5}, True),
        "routing_form_submissions": ("lead", {"lead": 3}, True),
        "users": ("user", {}, False),
        "event_types": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")
    assert "set to unknown in the parameters file" in files["event_types"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "appointment", "lead"}
    contact, appt, lead = tables["contact"], tables["appointment"], tables["lead"]
    assert (contact["source"], contact["source_key"]) == ("invitees", "key(uri)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("transactioncurrencyid", "payment.currency", "transactioncurrency")]
    assert {"first_name", "last_name", "new_invitee", "payment.terms", "payment.amount",
            "status", "event", "tracking.utm_source"} <= set(contact["unmapped"])
    assert (appt["source"], appt["source_key"]) == ("scheduled_events", "key(uri)")
    assert {c["target"]: c["source"] for c in appt["columns"]} == APPOINTMENT
    assert {c["target"]: c.get("values") for c in appt["columns"]
            if c["target"] == "statecode"} == {"statecode": {"active": 1, "canceled": 2}}
    assert {"event_memberships.user", "event_guests.email", "cancellation.canceled_by",
            "location.join_url"} <= set(appt["unmapped"])
    assert (lead["source"], lead["source_key"]) == ("routing_form_submissions", "key(uri)")
    assert {c["target"]: c["source"] for c in lead["columns"]} == LEAD
    assert {"result.value", "routing_form", "submitter",
            "Radio button question"} <= set(lead["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("event_types", "unknown"), ("users", "user")]

    for table in ("contact", "appointment", "lead"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)
    # the two canceled meetings: the Completed status reason set to Canceled, flagged
    assert [(f["row"], f["value"], f["action"]) for f in _issues(run_dir, "flags",
                                                                  "appointment")] == [
        ("1", "Completed", "status set to Canceled"), ("5", "Completed", "status set to Canceled")]

    contacts = _staged(run_dir, "contact")
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    assert contacts["emailaddress1"].n_unique() == 1   # one person, five bookings
    assert contacts.select(["lastname", "telephone1", "mobilephone",
                            "overriddencreatedon"]).rows() == [
        ("Foo Bar", "+81 70-1234-5678", None, "2020-08-20T01:00:00Z"),
        ("FooBar", None, None, "2020-08-03T01:00:00Z"),
        ("FooBar", None, None, "2020-08-02T01:00:00Z"),
        ("FooBar", None, None, "2020-08-01T01:00:00Z"),
        ("FooBar", "+81 70-1234-5678", "12345678", "2020-08-20T01:00:00Z")]
    # the one paid booking's currency: the org's US dollar, by its ISO code
    assert contacts["__via__transactioncurrencyid"].to_list() == ["existing"] + [None] * 4
    assert '"isocurrencycode": "USD"' in contacts["__ref__transactioncurrencyid"][0]

    appts = _staged(run_dir, "appointment")
    assert appts.select(["subject", "scheduledstart", "scheduledend", "location", "statecode",
                         "statuscode", "description"]).rows() == [
        ("30 Minute Meeting", "2020-07-22T01:30:00Z", "2020-07-22T02:00:00Z", None, 2, 4,
         REASON),
        ("15 Minute Meeting", "2020-07-23T01:15:00Z", "2020-07-23T01:30:00Z", "Tokyo", 1, 3,
         None),
        ("60 Minute Meeting", "2020-07-24T01:15:00Z", "2020-07-24T02:15:00Z", None, 1, 3, None),
        ("15 Minute Meeting", "2020-07-23T01:15:00Z", "2020-07-23T01:30:00Z", None, 1, 3, None),
        ("30 Minute Meeting", "2020-07-22T01:30:00Z", "2020-07-22T02:00:00Z", None, 2, 4,
         REASON)]

    leads = _staged(run_dir, "lead")
    assert leads.select(["lastname", "subject", "overriddencreatedon"]).rows() == [
        ("FooBar1", "Calendly routing form", "2022-07-13T16:18:03Z"),
        ("FooBar2", "Calendly routing form", "2022-07-13T16:18:18Z"),
        ("FooBar3", "Calendly routing form", "2022-07-13T16:19:32Z")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT) | {"transactioncurrencyid"}
    assert set(verified["appointment"]) == set(APPOINTMENT)
    assert set(verified["lead"]) == set(LEAD)
    assert not any(v for table in verified.values() for v in table.values())
