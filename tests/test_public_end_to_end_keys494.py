"""keys494's public export runs end to end from its parameters file, decisions only
(issue 13): Sellsy (DeskproApps/sellsy at a2466ad8, MIT; the French CRM and invoicing
program), the Sellsy API v2 responses the Deskpro app's tests use as mocks (the company
'Enchante', four contacts, three phone calls from the activity feed), headed by the API's
field names joined by '.', in English (tests/data/exports/sellsy-export-en; SOURCE.md), on
the branch-point engine 55fac6f6 (session 60, round Z30). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The company loads as an account (name, e-mail, website, mobile number, created, active,
relationship type Customer), the four contacts as contacts (first and last name, e-mail,
phone, job title, created, active), the three calls as phone calls (note, created, start,
subject from the topic, priority, direction, status: two scheduled calls Open, the
connected one Made), each keyed by its Sellsy id; nothing held back, skipped, failed or
cleared; no one queued as owner; verification finds no column differing.

The parameters decide: the keys; no owner column (owner.id is a Sellsy staff number); no
main phone from the trade-register number; the status from the result; the company type
'client' as Customer (3) and the priority 0 / 1 as Normal / High; the gate (0%). Since
session 60 the engine reads the consent flags as no phone numbers, the direction from
'source', and the duration in seconds (1020: a 17-minute call, its end 17 minutes on): the
measured misses and the defect the branch-point run showed, decided in the parameters then.

What is NOT read (left unmapped): the ids, the company's French legal data (SIRET, SIREN,
VAT, APE/NAF, legal form, RCS), its capital and auxiliary code, the invoicing and dunning
contacts and the address ids (no such records in the export), the consents, the mailing
syncs, the owners, the civility, 'updated', the call's topic id, result label and contact
(a contact not in the export).
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

NAME = "sellsy-export-en"
ACCOUNT = {"name": "name", "emailaddress1": "email", "websiteurl": "website",
           "telephone3": "mobile_number", "overriddencreatedon": "created",
           "statecode": "is_archived", "customertypecode": "type"}
CONTACT = {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
           "telephone1": "phone_number", "jobtitle": "position", "statecode": "is_archived",
           "overriddencreatedon": "created"}
PHONECALL = {"description": "description", "overriddencreatedon": "created",
             "scheduledstart": "date", "subject": "topic.name", "prioritycode": "priority",
             "directioncode": "source", "statuscode": "result.id",
             "actualdurationminutes": "duration", "actualend": "date"}
COMPANY = [("Enchante", "contact@sellsy.fr", "www.sellsy.fr", "+33 6 23 45 67 89",
            "2024-06-25T10:27:23Z", 0, 3)]
PEOPLE = [
    ("Pylyp", "Orlyk", "pylyp.orlyk@zaporizhian.org", "+442035821980", "Hetman", 0,
     "2024-04-23T11:40:17Z"),
    ("Ivan", "Vyhovsky", "ivan.vyhovsky@cossacks.org", "+442035821980", "Hetman", 0,
     "2024-04-23T11:43:14Z"),
    ("Ivan", "Mazepa", "ivan.mazepa@cossacks.org", "+442035821980", "Hetman", 0,
     "2024-04-23T11:39:42Z"),
    ("Bohdan", "Khmelnytsky", "bohdan.khmelnytsky@cossacks.org", "+442035821980", "Hetman", 0,
     "2024-04-23T11:35:28Z")]
CALLS = [
    (None, "2024-06-26T10:16:34Z", "2024-06-26T10:20:00Z", "Support", 1, True, 1, 0,
     "2024-06-26T10:20:00Z"),
    (None, "2024-06-26T15:24:44Z", "2024-06-26T16:50:00Z", "Commercial", 2, True, 1, 0,
     "2024-06-26T16:50:00Z"),
    # Sellsy's 1020 seconds: a 17-minute call, ended 17 minutes after its start
    ('note for  "Add call"* one* two* three---best regards', "2024-06-26T15:29:15Z",
     "2024-06-27T12:10:00Z", "Finance", 1, False, 2, 17, "2024-06-27T12:27:00Z")]


def test_sellsy_company_contacts_and_calls_load(runs: Callable[[str], Path]) -> None:
    """The company, the four contacts and the three calls load, keyed by their Sellsy ids;
    the consent flags are no phone numbers, the direction and status are read, the duration
    in seconds as minutes; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("contacts", 4, 4, 0, 0, 0, 0, 0),
        "phonecall": ("phonecalls", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "companies": ("account", {"account": 1}, True),
        "contacts": ("contact", {"contact": 4}, True),
        "phonecalls": ("activity", {"phonecall": 3}, True)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "phonecall"}
    for target, source, columns in (("account", "companies", ACCOUNT),
                                    ("contact", "contacts", CONTACT),
                                    ("phonecall", "phonecalls", PHONECALL)):
        table = tables[target]
        assert (table["source"], table["source_key"]) == (source, "key(id)")
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert not table.get("owner")                    # owner.id is a staff number
        assert not table.get("lookups")
    assert {"rgpd_consent.phone", "rgpd_consent.sms", "legal_france.siret", "owner.id"} <= set(
        tables["account"]["unmapped"])
    assert {"rgpd_consent.phone", "rgpd_consent.sms", "civility"} <= set(
        tables["contact"]["unmapped"])
    assert {"contact_id", "result.name"} <= set(tables["phonecall"]["unmapped"])
    length = next(c for c in tables["phonecall"]["columns"]
                  if c["target"] == "actualdurationminutes")
    assert length["clock"] == "seconds"             # read as seconds since session 60
    assert not mapping.get("unmatched_sources")

    for target in ("account", "contact", "phonecall"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "flags"):
            issues = pl.read_csv(run_dir / kind / f"{target}.csv", infer_schema=False)
            assert issues.height == 0, (target, kind)
    staged = {t: pl.read_parquet(run_dir / "staged" / f"{t}.parquet").sort("__source_row")
              for t in ("account", "contact", "phonecall")}
    assert staged["account"].select(list(ACCOUNT)).rows() == COMPANY
    assert staged["contact"].select(list(CONTACT)).rows() == PEOPLE
    assert staged["phonecall"].select(list(PHONECALL)).rows() == CALLS
    assert "telephone1" not in staged["account"].columns           # no consent as a number
    assert not {"mobilephone", "address1_telephone1"} & set(staged["contact"].columns)

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "phonecall"}
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["phonecall"]) == set(PHONECALL)
    assert not any(v for cols in verified.values() for v in cols.values())
