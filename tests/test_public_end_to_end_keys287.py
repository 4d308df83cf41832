"""keys287's public exports run end to end from their parameters files, decisions only
(issue 13): Easy!Appointments (alextselegidis/easyappointments at e46b4c6b, GPL-3.0; an
online appointment scheduler), its seeded database (Instance::seed, what ``console install``
writes) and its REST API's example records (openapi.yml, docs/rest-api.md), one CSV per
object as its back-office pages show them, headed by its own UI labels in English, German,
French and Spanish (tests/data/exports/easyappointments-export-en, -de, -fr, -es;
SOURCE.md), written on the branch-point engine 7c17aa14 (session 43, round Q) and brought up
to the engine's session-43 rules (whole-name links between files; 'Datum/Zeit' and the
dialog's start and end read). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, what the parameters
decide beyond the common ones, and how the staff's files are read), then what is special to
Spanish. In each: the 3 customers load as contacts (names, e-mail, phone, street, city, zip
code, notes), one phone cleared (openapi.yml's customer's "phone" is a street); of the 2
appointments, docs/rest-api.md's (the seeded "Service" with Jane Doe for James Doe) loads
with its start, end, location, notes, the service as its subject and Booked as Scheduled /
Busy (decided), regarding its customer James Doe: the ``Customer`` column holds the
customer's complete name ("James Doe"), which the run matches to the customers' first and
last names together (the key's regardingobjectid); openapi.yml's is held back (its service
is no service of the seeded database: no subject, which Dynamics requires); read back with
no column differing.

What is not read (left unmapped by the engine, or left out), in every language:
- the appointment's provider (no owner, no attendee: the map leaves it) and meeting link,
  the customer's language and time zone;
- the services (discovery cannot tell their kind: not migrated, listed as unrecognised) and
  the service categories (not migrated);
- the staff: the admins are matched as users (not created); the providers and secretaries
  are read as contacts in English, German and Spanish and left out by the analyst's
  decision, as users in French.
The parameters decide what the held-out map left: the subject from the service (all four),
the Booked state and status (all four), the street in Spanish. They also decide the start
and end in German and the end in French and Spanish, which the map left on 7c17aa14 (or, in
Spanish, filled from the start); the engine now reads those itself, the same columns.
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
    outcomes,
    verified_columns,
)

CUSTOMERS = [
    {"firstname": "James", "lastname": "Doe", "emailaddress1": "james@example.org",
     "telephone1": "+10000000000", "address1_line1": None, "address1_city": None,
     "address1_postalcode": None, "description": None},
    {"firstname": "Steve", "lastname": "Doe", "emailaddress1": "steve@example.org",
     "telephone1": None, "address1_line1": None, "address1_city": "Some Place",
     "address1_postalcode": "12345", "description": "This is a test customer."},
    {"firstname": "John", "lastname": "Doe", "emailaddress1": "john@example.org",
     "telephone1": "+10000000000", "address1_line1": "Test Street 1A",
     "address1_city": "Some Place", "address1_postalcode": "12345",
     "description": "This is a test customer."},
]
APPOINTMENT = {"subject": "Service", "scheduledstart": "2016-07-08T18:00:00Z",
               "scheduledend": "2016-07-08T18:30:00Z",
               "location": "Test Street 1A, 12345 Some State, Some Place",
               "description": "This is a test appointment.", "statuscode": 5}
NOT_MIGRATED = {"services", "service_categories"}

# per language: the appointment's and the customer's headers the parameters decide, and
# how the providers' and secretaries' files are read (contacts left out, or users)
LANGS: dict[str, dict[str, Any]] = {
    "easyappointments-export-en": {"decided": {"subject": "Service"}, "staff": "contact"},
    "easyappointments-export-de": {"decided": {"subject": "Dienstleistung",
                                               "scheduledstart": "Start Datum/Zeit",
                                               "scheduledend": "Ende Datum/Zeit"},
                                   "staff": "contact"},
    "easyappointments-export-fr": {"decided": {"subject": "Prestations",
                                               "scheduledend": "Date/heure de fin"},
                                   "staff": "user"},
    "easyappointments-export-es": {"decided": {"subject": "Servicio",
                                               "scheduledend": "Fecha y hora final"},
                                   "staff": "contact"},
}


def _map(run_dir: Path, target: str) -> dict:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return next(t for t in mapping["tables"] if t["target"] == target)


@pytest.mark.parametrize("name", list(LANGS))
def test_easyappointments_export_loads_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """Customers load as contacts (one phone cleared), one appointment loads and one is held
    back for its missing subject; records field by field; the appointment linked to its
    customer by complete name; services,
    categories and staff not migrated, each with its reason; no column differing."""
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "links_left", "closed_as") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0, {}, {}),
        "appointment": ("appointments", 2, 1, 1, 0, 0, 0, {}, {"Scheduled": 1})}
    assert out["contact"]["cleared_fields"] == {"telephone1": 1}   # Steve's "Test Street 1A"
    held = issues(run_dir, "quarantine", "appointment")
    assert len(held) == 1 and "needs a subject" in held[0]
    staged = run_dir / "staged"

    contacts = pl.read_parquet(staged / "contact.parquet")
    assert contacts.select(*CUSTOMERS[0]).to_dicts() == CUSTOMERS
    for unread in ("regardingobjectid", "ownerid", "requiredattendees", "organizer"):
        assert unread not in contacts.columns

    appointments = pl.read_parquet(staged / "appointment.parquet")
    assert appointments.select(*APPOINTMENT).to_dicts() == [APPOINTMENT]
    # the customer, by its complete name, is James Doe (first and last name together); the
    # provider is not read
    names = {r["__source_id"]: (r["firstname"], r["lastname"]) for r in contacts.to_dicts()}
    regarding = appointments["__ref__regardingobjectid_contact_appointment"].to_list()
    assert [names.get(r) for r in regarding] == [("James", "Doe")]
    assert appointments["__via__regardingobjectid_contact_appointment"].to_list() == ["name"]
    lookup = next(lk for lk in _map(run_dir, "appointment")["lookups"]
                  if lk["target"] == "regardingobjectid")
    assert lookup["fallbacks"][0]["match"] == "name"
    for unread in ("ownerid", "organizer", "requiredattendees"):
        assert unread not in appointments.columns
    sources = {c["target"]: c["source"] for c in _map(run_dir, "appointment")["columns"]}
    decided = LANGS[name]["decided"]
    assert {k: sources.get(k) for k in decided} == decided

    files = inventory_files(run_dir)
    assert set(files) == {"customers", "appointments", "services", "service_categories",
                          "providers", "secretaries", "admins"}
    assert (files["customers"]["kind"], files["appointments"]["kind"]) == ("contact",
                                                                          "activity")
    for f in NOT_MIGRATED:
        assert files[f]["kind"] == "unknown", f
        assert files[f]["reason"].startswith("not migrated:"), f
    assert files["services"]["reason"].startswith("not migrated: discovery could not tell")
    assert files["admins"]["kind"] == "user"
    assert files["admins"]["reason"].startswith("matched to Dynamics 365 users")
    for f in ("providers", "secretaries"):
        assert files[f]["kind"] == LANGS[name]["staff"], f
        assert files[f]["reason"].startswith(
            "not migrated: left out by the analyst" if LANGS[name]["staff"] == "contact"
            else "matched to Dynamics 365 users"), f
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "appointment"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_easyappointments_export_es_street_and_end(runs: Callable[[str], Path]) -> None:
    """Spanish: the customer's street ('Domicilio', left unread by the map) and the
    appointment's end ('Fecha y hora final', which the map filled from the start on 7c17aa14
    and now reads itself) are read as the parameters decide: John Doe's Test Street 1A, the
    end half an hour after the start."""
    run_dir = runs("easyappointments-export-es")
    contact_map = {c["target"]: c["source"] for c in _map(run_dir, "contact")["columns"]}
    assert contact_map["address1_line1"] == "Domicilio"
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert dict(contacts.select("firstname", "address1_line1").iter_rows()) == {
        "James": None, "Steve": None, "John": "Test Street 1A"}
    start_end = pl.read_parquet(run_dir / "staged" / "appointment.parquet").select(
        "scheduledstart", "scheduledend").row(0)
    assert start_end == ("2016-07-08T18:00:00Z", "2016-07-08T18:30:00Z")
