"""keys545's public export runs end to end from its parameters file, decisions only
(issue 13): Action Network, its own records -- the Action Network API v2 (OSDI) answers that
move-coop/parsons (Apache-2.0; its Action Network connector's tests) keeps as fixed data: 2
people ('John Smith', 'Jane Doe', the API documentation's examples), 2 tags, 2 events ('House
Party for Justice', 'Movie Screening'), 2 RSVPs, 1 fundraising page ('Hello'), 2 donations
and 2 petition signatures -- headed by the API's field names, nested objects joined by '.',
list items by their place from 0 ('email_addresses.0.address'), in English
(tests/data/exports/action-network-export-en; SOURCE.md), on the branch-point engine
3a01c1f8 (session 65, round Z41). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``); the org needs nothing set up first.

The people load as contacts keyed by their e-mail: given and family name, creation date,
e-mail, its subscription status as 'Do not allow Bulk Emails' (Jane Doe unsubscribed), the
phone, and the primary postal address with its street and map position. The events load as
campaigns of type Event keyed by their title: status 'confirmed' as Launched, creation date,
description, start. The fundraising page loads as a campaign (Other) keyed by its title, in
the org's US dollar currency (its 'currency' USD found by ISO code); its creation date
'2019-02-29' (a day that does not exist) is cleared with its reason, the campaign kept.
Nothing quarantined, skipped or failed; no owner queued; verification finds no column
differing.

The parameters decide: the keys (the e-mail; the titles), no owner columns (the fallback
owner), the fundraising page as a campaign (discovery named it unknown: a measured miss in
propose), the street and the latitude and longitude of a person's address (measured misses
in both modes), the campaigns' types, the event status 'confirmed' as Launched, US dollars as
the base currency, and a quarantine gate of 0%.

What is NOT read (left unmapped): the records' placeholder ids ('identifiers'), modified
dates, primary flags, the phone's type and SMS status, the address's language and accuracy,
languages spoken, origin system; the people's two custom fields ('phone', 'I am a parent':
no custom column is created); the events' calendar settings, capacity, reminders, RSVP
count, venue and address (a campaign has no place), instructions, page and image URLs and
sponsor; the page's donation count and total raised (computed). tags.csv, attendances.csv,
donations.csv and signatures.csv: no Sales table.
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

NAME = "action-network-export-en"
CONTACT = {"firstname": "given_name", "lastname": "family_name",
           "overriddencreatedon": "created_date", "emailaddress1": "email_addresses.0.address",
           "donotbulkemail": "email_addresses.0.status",
           "telephone1": "phone_numbers.0.number",
           "address1_line1": "postal_addresses.0.address_lines",
           "address1_city": "postal_addresses.0.locality",
           "address1_stateorprovince": "postal_addresses.0.region",
           "address1_postalcode": "postal_addresses.0.postal_code",
           "address1_country": "postal_addresses.0.country",
           "address1_latitude": "postal_addresses.0.location.latitude",
           "address1_longitude": "postal_addresses.0.location.longitude"}
EVENTS = {"statuscode": "status", "overriddencreatedon": "created_date", "name": "title",
          "description": "description", "actualstart": "start_date", "typecode": None}
PAGES = {"overriddencreatedon": "created_date", "name": "title", "typecode": None}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_action_network_people_events_and_page_load(runs: Callable[[str], Path]) -> None:
    """The people load as contacts, the events and the fundraising page as campaigns (the
    page in US dollars, its impossible date cleared); tags, RSVPs, donations and signatures
    stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("people", 2, 2, 0, 0, 0, 0, 0),
        "campaign": ("events", 2, 2, 0, 0, 0, 0, 0),
        "campaign_2": ("fundraising_pages", 1, 1, 0, 0, 0, 0, 1)}
    assert out["campaign_2"]["cleared_fields"] == {"overriddencreatedon": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "people": ("contact", {"contact": 2}, True),
        "events": ("campaign", {"campaign": 2}, True),
        "fundraising_pages": ("campaign", {"campaign_2": 1}, True),
        "tags": ("unknown", {}, False),
        "attendances": ("unknown", {}, False),
        "donations": ("unknown", {}, False),
        "signatures": ("unknown", {}, False)}
    assert "donations received" in files["donations"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["source"]: t for t in mapping["tables"]}
    assert set(tables) == {"people", "events", "fundraising_pages"}
    people, events, pages = tables["people"], tables["events"], tables["fundraising_pages"]
    assert (people["target"], people["source_key"]) == (
        "contact", "key(email_addresses.0.address)")
    assert {c["target"]: c["source"] for c in people["columns"]} == CONTACT
    assert {"identifiers", "custom_fields.phone", "custom_fields.I am a parent",
            "phone_numbers.0.status", "languages_spoken"} <= set(people["unmapped"])
    assert (events["target"], events["source_key"]) == ("campaign", "key(title)")
    assert {c["target"]: c["source"] for c in events["columns"]} == EVENTS
    assert {"identifiers", "capacity", "total_accepted", "location.venue",
            "instructions"} <= set(events["unmapped"])
    assert (pages["target"], pages["source_key"]) == ("campaign", "key(title)")
    assert {c["target"]: c["source"] for c in pages["columns"]} == PAGES
    assert [(lk["target"], lk["source"], lk["existing"]) for lk in pages["lookups"]] == [
        ("transactioncurrencyid", "currency",
         {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert {"total_donations", "total_amount"} <= set(pages["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert sorted(u["source"] for u in mapping["unmatched_sources"]) == [
        "attendances", "donations", "signatures", "tags"]

    for table in ("contact", "campaign", "campaign_2"):
        for kind in ("quarantine", "skipped", "failed"):
            assert not _issues(run_dir, kind, table), (table, kind)
    assert not _issues(run_dir, "cleared", "contact")
    assert not _issues(run_dir, "cleared", "campaign")
    [cleared] = _issues(run_dir, "cleared", "campaign_2")
    assert (cleared["column"], cleared["target"], cleared["value"], cleared["action"]) == (
        "created_date", "overriddencreatedon", "2019-02-29", "field cleared")
    assert "not a date" in cleared["reason"]

    contacts = _staged(run_dir, "contact")
    assert contacts.select(["firstname", "lastname", "overriddencreatedon", "donotbulkemail",
                            "address1_line1", "address1_city", "address1_stateorprovince",
                            "address1_postalcode", "address1_country", "address1_latitude",
                            "address1_longitude"]).rows() == [
        ("John", "Smith", "2014-03-20T21:04:31Z", False, "1900 Pennsylvania Ave",
         "Washington", "DC", "20009", "US", 38.919, -77.0379),
        ("Jane", "Doe", "2014-03-20T20:44:13Z", True, None,
         "Washington", "DC", "20009", "US", 38.919, -77.0379)]
    # the e-mails and the one phone, checked by their shape
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    phones = contacts["telephone1"].to_list()
    assert phones[1] is None and phones[0].isdigit() and len(phones[0]) == 11

    campaigns = _staged(run_dir, "campaign")
    assert campaigns.select(["name", "statuscode", "typecode", "overriddencreatedon",
                             "actualstart"]).rows() == [
        ("House Party for Justice", 2, 3, "2014-03-18T22:17:36Z", None),
        ("Movie Screening", 2, 3, "2014-03-18T21:08:18Z", "2014-03-22T17:45:00Z")]
    assert campaigns["description"].to_list() == [
        None, "<p>Come watch this awesome movie!</p>"]
    page = _staged(run_dir, "campaign_2")
    assert page.select(["name", "typecode", "overriddencreatedon",
                        "__via__transactioncurrencyid"]).rows() == [
        ("Hello", 5, None, "existing")]
    assert '"isocurrencycode": "USD"' in page["__ref__transactioncurrencyid"][0]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(EVENTS)
    assert set(verified["campaign_2"]) == set(PAGES) | {"transactioncurrencyid"}
    assert not any(v for table in verified.values() for v in table.values())
