"""keys517's public export runs end to end from its parameters file, decisions only
(issue 13): Virtuous CRM, its own records -- the Virtuous API records the MIT Ruby client
taylorbrooks/virtuous fixes for its specs at 3288ef11: 1 contact ('Test Contact', an
organization), its 1 individual ('Test Individual'), 2 contact addresses, 2 gifts, 5 gift
designations, 2 projects and 1 recurring gift -- headed by the API's field names
('contactType', 'address.address1', 'contactMethods', 'createDateTimeUtc'), in English
(tests/data/exports/virtuous-crm-export-en; SOURCE.md), on the branch-point engine 3e7d83b2
(session 63, round Z36). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

Virtuous's contact (the giving unit: a household or an organization) loads as an account
keyed by Virtuous's id: its name, its primary address's street line, its creation date. Its
individual loads as a contact keyed by id: prefix as salutation, first and last name, gender
(Male), birth date (9/4/1998 read month first), the contact methods' one work e-mail as
e-mail, the creation date, and its contactId as the company link to that account. Nothing
held back, skipped, failed or cleared; no link left unresolved; no owner queued (the fallback
owner); verification finds no column differing.

The parameters decide: the keys (id), no owner column (the records name no owner), the
measured misses -- createDateTimeUtc as the created-on date of both tables, contactMethods as
the e-mail and not the preferred contact method, the individual's contactId as its company
link (to the account by Virtuous's id) -- the gift designations read as no Sales table (a
measured files miss: discovery named them accounts, and the account map entry would have
taken them instead of the contacts), and a quarantine gate of 0%.

What is NOT read (left unmapped): the contact's type (it decides the table), privacy flag,
informal / formal / alternate / salutation / addressee names, its address's id, label, flags
and seasonal months, the giving roll-ups (ask amount, life-to-date, year-to-date, last gift)
and the bookkeeping stamps (createdByUser, modified...); an individual's primary / secondary
flags, the birth date's parts and approximate age, the deceased flag. The contact addresses
(no contact id), gifts, gift designations, projects and recurring gifts: no Sales table.
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

NAME = "virtuous-crm-export-en"
ACCOUNT = {"name": "name", "address1_line1": "address.address1",
           "overriddencreatedon": "createDateTimeUtc"}
CONTACT = {"salutation": "prefix", "firstname": "firstName", "lastname": "lastName",
           "gendercode": "gender", "birthdate": "birthDate", "emailaddress1": "contactMethods",
           "overriddencreatedon": "createDateTimeUtc"}
NOT_LOADED = {"contact_addresses", "gifts", "gift_designations", "projects", "recurring_gifts"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone); no org set-up."""
    return runs_once(tmp_path_factory, run_public)


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    if not path.exists():
        return []
    return pl.read_csv(path, infer_schema=False).to_dicts()


def test_virtuous_contacts_and_individuals_load(runs: Callable[[str], Path]) -> None:
    """The contact loads as an account, its individual as a contact of that account; gifts,
    designations, projects, recurring gifts and addresses stay out; nothing held back or
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("contacts", 1, 1, 0, 0, 0, 0, 0),
        "contact": ("individuals", 1, 1, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("account", {"account": 1}, True),
        "individuals": ("contact", {"contact": 1}, True),
        **{f: ("unknown", {}, False) for f in NOT_LOADED}}
    assert "set to unknown in the parameters file" in files["gift_designations"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    account, contact = tables["account"], tables["contact"]
    assert (account["source"], account["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"contactType", "isPrivate", "giftAskAmount", "lifeToDateGiving", "lastGiftDate",
            "address.label", "createdByUser"} <= set(account["unmapped"])
    assert (contact["source"], contact["source_key"]) == ("individuals", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"birthMonth", "birthDay", "birthYear", "approximateAge", "isDeceased",
            "isPrimary"} <= set(contact["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in contact["lookups"]] == [
        ("parentcustomerid", "contactId", "account")]
    assert not account.get("lookups")
    assert not any(t.get("owner") for t in tables.values())
    assert {u["source"] for u in mapping["unmatched_sources"]} == NOT_LOADED

    for table in ("account", "contact"):
        for kind in ("quarantine", "skipped", "failed", "cleared", "unresolved_links"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Test Contact", "123 test street", "2023-11-30T14:20:56Z")]
    contacts = _staged(run_dir, "contact")
    row = contacts.select(list(CONTACT)).to_dicts()[0]
    email = row.pop("emailaddress1")
    assert "@" in email and ";" not in email  # the one work e-mail, checked by its shape
    assert row == {"salutation": "Mr", "firstname": "Test", "lastname": "Individual",
                   "gendercode": 1, "birthdate": "1998-09-04T00:00:00Z",
                   "overriddencreatedon": "2023-11-30T14:20:56Z"}
    # the individual's company: the account loaded from Virtuous contact 1, by its id
    assert contacts["__via__parentcustomerid_account"].to_list() == ["id"]
    refs = contacts["__ref__parentcustomerid_account"].to_list()
    assert refs == accounts["__source_id"].to_list()

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert not any(v for table in verified.values() for v in table.values())
