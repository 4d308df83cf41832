"""keys523's public export runs end to end from its parameters file, decisions only
(issue 13): Constant Contact, its own records -- the Constant Contact API v2 records that
Constant Contact's own PHP SDK (constantcontact/php-sdk at e40dd8ac, MIT) keeps as its unit
tests' mock responses: 3 contacts ('Jimmy Roving, Bear Tamer', 'John Smith' and a REMOVED
contact with an address only), 3 contact lists, 9 e-mail campaigns (8 summaries and the
sent 'CampaignName-05965ddb...' in full) and 13 tracking activities of the sent campaign --
headed by the API's field names ('email_addresses.email_address', 'addresses.city',
'last_run_date'), in English (tests/data/exports/constant-contact-export-en; SOURCE.md), on
the branch-point engine a9704f9a (session 63, round Z37). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``); the org needs no set-up
first.

The contacts load as contacts keyed by Constant Contact's id: prefix, first and last name
(the nameless REMOVED contact's e-mail address as its last name), job title, department,
home/work/cell phones and fax, the e-mail address, the first postal address (three street
lines, city, state code, country code, postal code), the note as the description, and the
status as Bulk Email: the 2 ACTIVE contacts Allow, the REMOVED one Do Not Allow. The
e-mail campaigns load as campaigns keyed by id: name, status (the 7 drafts Proposed, the 2
sent Completed), and for the one sent campaign given in full its subject as the message, its
creation time and its last run as the actual start. Nothing held back, skipped, failed or
cleared; no owner queued (the fallback owns all); verification finds no column differing.
The two contacts naming a company move without it (no account loads: counted as links left,
2).

The parameters decide: the keys (id), no owner column, the status as Bulk Email with its
values' options and not as the contact's own Status Reason (a measured miss), the opt-out
date as no Do Not Allow E-mails flag and the note (not 'source_details', a measured miss) as
the description, the e-mail address where the last name is empty (Dataverse requires one),
'last_run_date' as the campaign's actual start (a measured miss), and the campaign status
options (DRAFT Proposed, SENT Completed).

What is NOT read (left unmapped): a contact's company_name (no account to link), the e-mail
address's status, confirmation, opt-in source and dates, the address type and ZIP+4
extension, lists.id, confirmed, source, source_details, action_by, and the two custom fields
(listed in the custom fields manifest); a campaign's sender and reply-to addresses, template
type, content format, edit and modify times, permalink, lists sent to and tracking figures;
contact_lists.csv (marketing lists: no table here) and campaign_activities.csv (sends, opens,
clicks...: marketing tracking, not Sales activities), listed as unrecognised for the team.
"""

from __future__ import annotations

from collections import Counter
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

NAME = "constant-contact-export-en"
CONTACT = {"salutation": "prefix_name", "firstname": "first_name", "lastname": "last_name",
           "jobtitle": "job_title", "department": "department_name",
           "telephone2": "home_phone", "telephone1": "work_phone",
           "mobilephone": "cell_phone", "fax": "fax",
           "emailaddress1": "email_addresses.email_address",
           "address1_line1": "addresses.line1", "address1_line2": "addresses.line2",
           "address1_line3": "addresses.line3", "address1_city": "addresses.city",
           "address1_stateorprovince": "addresses.state_code",
           "address1_country": "addresses.country_code",
           "address1_postalcode": "addresses.postal_code", "description": "notes.note",
           "donotbulkemail": "status"}
CAMPAIGN = {"name": "name", "message": "subject", "statuscode": "status",
            "overriddencreatedon": "created_date", "actualstart": "last_run_date"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_constant_contact_contacts_and_campaigns_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts, the e-mail campaigns as campaigns; lists and tracking
    stay out; nothing held back, cleared or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 0),
        "campaign": ("email_campaigns", 9, 9, 0, 0, 0, 0, 0)}
    # the two contacts naming a company moved without it (no account loads)
    assert out["contact"]["links_left"] == {"parentcustomerid": 2}
    assert out["campaign"]["links_left"] == {}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 3}, True),
        "email_campaigns": ("campaign", {"campaign": 9}, True),
        "contact_lists": ("unknown", {}, False),
        "campaign_activities": ("activity", {}, False)}
    assert files["contact_lists"]["reason"].startswith("not migrated")
    assert files["campaign_activities"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "campaign"}
    contact, campaign = tables["contact"], tables["campaign"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"company_name", "email_addresses.status", "email_addresses.opt_out_date",
            "addresses.address_type", "addresses.sub_postal_code", "lists.id", "source",
            "source_details", "action_by", "custom_fields.CustomField1",
            "custom_fields.CustomField2"} <= set(contact["unmapped"])
    assert (campaign["source"], campaign["source_key"]) == ("email_campaigns", "key(id)")
    assert {c["target"]: c["source"] for c in campaign["columns"]} == CAMPAIGN
    assert {"from_name", "from_email", "reply_to_email", "template_type", "last_edit_date",
            "modified_date", "sent_to_contact_lists.id", "tracking_summary.sends",
            "tracking_summary.opens"} <= set(campaign["unmapped"])
    assert not any(t.get("lookups") for t in tables.values())
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("campaign_activities", "activity"), ("contact_lists", "unknown")]

    for table in ("contact", "campaign"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    # every contact's address (checked by its shape); the nameless REMOVED one's as its
    # last name, and it alone may get no bulk e-mail
    emails = contacts["emailaddress1"].to_list()
    assert all("@" in e for e in emails)
    assert contacts["lastname"].to_list() == [emails[0], "Roving", "Smith"]
    assert contacts["firstname"].to_list() == [None, "Jimmy", "John"]
    assert contacts["donotbulkemail"].to_list() == [True, False, False]
    assert contacts.select(["jobtitle", "department", "salutation"]).rows() == [
        (None, None, None), ("Bear Tamer", "Animals", None), ("Software Engineer", None, "Mr.")]
    assert contacts.select(["address1_line1", "address1_city", "address1_stateorprovince",
                            "address1_country", "address1_postalcode"]).rows() == [
        ("Addr1", "Boston", "MA", "us", "00112"),
        ("Suite 101", "Brookfield", "WI", "us", "53027"),
        ("1601 Trapelo Rd", "Waltham", "MA", "us", "01720")]
    assert contacts["description"].to_list() == [None, None, "Here are some cool notes to add"]
    assert contacts.select(["telephone2", "telephone1", "mobilephone", "fax"]).row(2) == (
        "555-1212", "555-1213", "555-1214", "555-1212")

    campaigns = _staged(run_dir, "campaign")
    assert Counter(campaigns["statuscode"].to_list()) == {0: 7, 3: 2}
    assert campaigns["name"].to_list()[:2] == [
        "Email Created 2012/11/29, 4:13 PM", "CampaignNdddasdsdme2"]
    # only the campaign given in full has a subject, a creation time and a last run
    full = campaigns.filter(pl.col("message").is_not_null())
    assert full.select(["message", "statuscode", "overriddencreatedon", "actualstart"]).rows() == [
        ("CampaignSubject", 3, "2012-12-06T18:06:05Z", "2012-12-06T18:06:40Z")]
    assert campaigns["actualstart"].null_count() == 8

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(v for table in verified.values() for v in table.values())
