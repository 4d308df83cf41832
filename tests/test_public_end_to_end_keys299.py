"""keys299's public exports run end to end from their parameters files, decisions only
(issue 13): LibreBooking (LibreBooking/app at 7a763d98, GPL-3.0; a resource scheduler), its
own fixed records (its sample data with its load-test database applied: 2 users, 392
reservation rows, 2 rooms, 4 groups, 3 accessories) as its admin pages' CSV exports write
them, headed in English, German, French and Spanish (tests/data/exports/librebooking-export-
en, -de, -fr, -es; SOURCE.md), written on the branch-point engine 1fcf865d (session 44, round
R) and brought up to the engine's session-44 rules (German's users' creation date 'Erzeugt'
now read; a person's own login names no owner). Same harness as
tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the users' login
header, left unmapped, and how many reservations load), then what is
special to English and to the others. In every language the 2 users load as contacts (the
parameters' intake line: discovery names the file users, the staff) and the reservations'
file, named 'appointments' by the parameters (its own name says no kind of activity), is
taken for appointments; the parameters give a reservation's start and end, its subject (the
room booked: every reservation's title is empty) and its key (the reference number). In
German, French and Spanish all 392 load, each regarding the contact who booked it (Admin
Admin, linked by the engine by whole name to the users' first and last name), closed as
Completed (past bookings), read back with no column differing. English writes begin and end
without a year ('Sun, 2/12 12:00 AM': the res_popup date format): all 392 are held back with
that reason (the parameters' gate allows it), none loaded. In every language both users'
creation date is read. The resources, groups and accessories are not moved (unrecognised).

What is not read (left unmapped by the engine, or left out), in every language:
- the users' login name (a person's own login: no owner, as the answer key says), last
  login, credits, colour, time zone, language and groups; the organisation is no account the run
  holds (a link left: counted); the phone '1234' is cleared (no phone number);
- the reservations' duration, last modified, check-in, check-out, original end and the two
  custom attributes (empty); the reference number only as the source id; the room only as
  the subject (the parameters' decision); begin and end are read as written, without the
  exporting admin's time zone (Europe/Helsinki).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    one_row,
    outcomes,
    verified_columns,
)

#: the admin, who made every reservation, as every language reads him
ADMIN = {"firstname": "Admin", "lastname": "Admin", "emailaddress1": "admin@example.com",
         "telephone1": None, "jobtitle": None, "statuscode": 1}
#: the first reservation row (Conference Room 1) and the first of Conference Room 2, by row
RESERVATIONS = {
    1: {"subject": "Conference Room 1", "scheduledstart": "2012-02-12T00:00:00Z",
        "scheduledend": "2012-02-12T00:30:00Z", "overriddencreatedon": "2012-02-18T06:18:50Z",
        "statuscode": 3, "description": None},
    6: {"subject": "Conference Room 2", "scheduledstart": "2012-02-12T01:00:00Z",
        "scheduledend": "2012-02-12T01:30:00Z", "overriddencreatedon": "2012-02-18T06:16:00Z",
        "statuscode": 3, "description": None},
}
CREATED = "2012-02-17T12:29:00Z"   # both users' creation date, as the users' file writes it
SET_UP = ("resources", "groups", "accessories")

# per language: the users' login header (unmapped: no owner, since session 44 in de, fr and
# es too), the reservations loaded (English: none, its dates carry no year)
LANGS: dict[str, dict[str, Any]] = {
    "librebooking-export-en": {"login": "Username", "loaded": 0},
    "librebooking-export-de": {"login": "Benutzername", "loaded": 392},
    "librebooking-export-fr": {"login": "Nom d'utilisateur", "loaded": 392},
    "librebooking-export-es": {"login": "Nombre de usuario", "loaded": 392},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_librebooking_users_and_reservations_load(name: str,
                                                  runs: Callable[[str], Path]) -> None:
    """2 contacts load, nothing held back; the reservations load (392) or are all held back
    (English) as ``LANGS`` says; the admin arrives field by field, both users' creation date
    read, the login unmapped (no owner); the columns not read are absent; verification finds
    no column differing; resources, groups and accessories are not moved."""
    run_dir = runs(name)
    want = LANGS[name]
    out = assert_true_counts(run_dir)
    loaded = want["loaded"]
    assert outcomes(out, "closed") == {
        "contact": ("users", 2, 2, 0, 0, 0, 0),
        "appointment": ("appointments", 392, loaded, 392 - loaded, 0, 0, loaded)}
    assert not issues(run_dir, "quarantine", "contact")
    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    admin = one_row(contacts, "emailaddress1", "admin@example.com")
    assert {k: admin.get(k) for k in ADMIN} == ADMIN
    assert contacts["lastname"].to_list() == ["User", "Admin"]
    assert contacts["telephone1"].null_count() == 2          # '1234' cleared: no number
    assert out["contact"]["cleared_fields"] == {"telephone1": 1}
    assert out["contact"]["links_left"] == {"parentcustomerid": 2}  # the organisation
    assert contacts["overriddencreatedon"].to_list() == [CREATED, CREATED]
    # the login ('user', 'admin') is the person's own: no owner (the fallback owns them)
    assert "__owner_email" not in contacts.columns
    tables = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))["tables"]
    contact_entry = next(t for t in tables if t["target"] == "contact")
    assert want["login"] in contact_entry["unmapped"]
    assert contact_entry.get("owner") is None
    for unread in ("address1_line1", "description", "mobilephone"):
        assert unread not in contacts.columns, unread
    # every owner named (the reservations' 'Admin Admin') is no user of the org: the
    # fallback's; the users' logins name none
    owners = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert owners["resolution"].str.starts_with("assigned to fallback owner").all()
    assert owners["email"].to_list() == (["admin admin"] if loaded else [])
    verified = verified_columns(run_dir)
    assert {"firstname", "lastname", "emailaddress1"} <= set(verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"users", "appointments", *SET_UP}
    assert files["users"]["taken"] == {"contact": 2}
    assert files["appointments"]["taken"] == {"appointment": 392}
    assert files["appointments"]["kind"] == "activity"
    for setup in SET_UP:
        assert not files[setup]["migrated"] and files[setup]["kind"] == "unknown"
        assert files[setup]["reason"].startswith("not migrated")


@pytest.mark.parametrize("name", [n for n in LANGS if LANGS[n]["loaded"]])
def test_librebooking_reservations_regard_who_booked(name: str,
                                                     runs: Callable[[str], Path]) -> None:
    """German, French, Spanish: every reservation loads, field by field as ``RESERVATIONS``
    says (the room as its subject, begin and end day-first), regarding the admin's contact
    (by whole name: 'Admin Admin' is the users' first and last name), closed as Completed;
    234 in Conference Room 1, 158 in Conference Room 2; the duration, check-in / check-out,
    original end and custom attributes not read."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert out["appointment"]["closed_as"] == {"Completed": 392}
    assert out["appointment"]["unresolved_lookups"] == 0
    assert not issues(run_dir, "quarantine", "appointment")
    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    admin_id = one_row(contacts, "emailaddress1", "admin@example.com")["__source_id"]
    meetings = pl.read_parquet(staged / "appointment.parquet")
    for row, expected in RESERVATIONS.items():
        record = one_row(meetings, "__source_row", row)
        assert {k: record.get(k) for k in expected} == expected
    ref = "__ref__regardingobjectid_contact_appointment"
    assert meetings[ref].unique().to_list() == [admin_id]
    assert meetings["__via__regardingobjectid_contact_appointment"].unique().to_list() == [
        "name"]
    assert meetings["__owner_email"].unique().to_list() == ["admin admin"]  # the fallback's
    assert meetings["subject"].value_counts(sort=True).rows() == [
        ("Conference Room 1", 234), ("Conference Room 2", 158)]
    assert meetings["statuscode"].unique().to_list() == [3]
    for unread in ("scheduleddurationminutes", "actualstart", "actualend", "location",
                   "modifiedon"):
        assert unread not in meetings.columns, unread
    verified = verified_columns(run_dir)
    assert {"subject", "scheduledstart", "scheduledend", "regardingobjectid",
            "overriddencreatedon"} <= set(verified["appointment"])


def test_librebooking_english_dates_without_a_year_held_back(
        runs: Callable[[str], Path]) -> None:
    """English: the export writes begin and end as 'Sun, 2/12 12:00 AM' (no year): every one
    of the 392 reservations is held back at staging, naming both values, none loaded."""
    run_dir = runs("librebooking-export-en")
    held = pl.read_csv(run_dir / "quarantine" / "appointment.csv")
    assert held.height == 392
    assert held["column"].unique().to_list() == ["End; Begin"]
    assert held["step"].unique().to_list() == ["stage"]
    assert held["reason"][0] == ("'Sun, 2/12 12:30 AM' is not a date and time; "
                                 "'Sun, 2/12 12:00 AM' is not a date and time")
    assert pl.read_parquet(run_dir / "staged" / "appointment.parquet").height == 0
