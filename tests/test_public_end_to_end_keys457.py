"""keys457's public export runs end to end from its parameters file, decisions only
(issue 13): Twilio SendGrid (twilio/sendgrid-oai at dbe0e0d2, MIT; the e-mail delivery and
marketing platform), its own fixed records (the example values of its OpenAPI
specification: five Marketing Campaigns contacts, three single sends, three teammates,
with lists, segments, sender identities and suppressions) as its exports write them (the
contacts export's 'EMAIL', 'FIRST_NAME', 'STATE_PROVINCE_REGION', 'CONTACT_ID'; otherwise the
API field names in words), in English (tests/data/exports/sendgrid-export-en; SOURCE.md), on
the branch-point engine e04e3c91 (session 57, round Z17). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

Four of the five contacts load as contacts keyed by SendGrid's contact id: e-mail, names,
address lines, city, state (by decision), postal code, country, phone, creation date. The
fifth (the FullSegment example's sample, whose city holds a tab and a vertical tab among
generated characters) is skipped, with its reason: intake cannot read the line (control
characters). The three single sends load as campaigns keyed by their id: name, status
('triggered' Launched, 'scheduled' Ready To Launch), the triggered one's send time as the
actual start, the creation date. The teammates are users (matched, not created); the lists,
segments, sender identities and the seven suppression files are unknown, not loaded. No one
is queued as owner; verification finds no column differing.

The parameters decide: the single sends file as campaigns (discovery named it an e-mail
template: the measured file miss, which left propose with none of its columns); the two keys
(SendGrid's ids); the state from STATE_PROVINCE_REGION and the send time from 'Send At' (the
measured misses in both modes); the campaign's name and creation date; the two status
choices.

What is NOT read (left unmapped): the contacts' alternate e-mails, WhatsApp, LINE, Facebook,
unique name, update time and custom fields; the single sends' categories, update time, A/B
flag, sender and suppression group, list and segment ids, send-to-all flag; the files
lists.csv, segments.csv, senders.csv, teammates.csv, bounces.csv, blocks.csv,
spam_reports.csv, invalid_emails.csv, global_unsubscribes.csv, group_unsubscribes.csv and
unsubscribe_groups.csv whole.
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

NAME = "sendgrid-export-en"
UNKNOWN = ("lists", "segments", "senders", "bounces", "blocks", "spam_reports",
           "invalid_emails", "global_unsubscribes", "group_unsubscribes", "unsubscribe_groups")
KINDS = {"contacts": ("contact", {"contact": 5}), "single_sends": ("campaign", {"campaign": 3}),
         "teammates": ("user", {}), **{f: ("unknown", {}) for f in UNKNOWN}}
CONTACT = {"emailaddress1": "EMAIL", "firstname": "FIRST_NAME", "lastname": "LAST_NAME",
           "address1_line1": "ADDRESS_LINE_1", "address1_line2": "ADDRESS_LINE_2",
           "address1_city": "CITY", "address1_stateorprovince": "STATE_PROVINCE_REGION",
           "address1_postalcode": "POSTAL_CODE", "address1_country": "COUNTRY",
           "telephone1": "PHONE_NUMBER", "overriddencreatedon": "CREATED_AT"}
CAMPAIGN = {"name": "Name", "statuscode": "Status", "message": "Subject",
            "actualstart": "Send At", "overriddencreatedon": "Created At"}


def _mapping(run_dir: Path) -> dict[str, dict]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in mapping["tables"]}


def test_sendgrid_contacts_and_single_sends_load(runs: Callable[[str], Path]) -> None:
    """Four contacts and the three single sends load keyed by SendGrid's ids; the contact
    whose city holds control characters is skipped with its reason; nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 5, 4, 0, 1, 0, 0, 0),
        "campaign": ("single_sends", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables = _mapping(run_dir)
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert {c["target"]: c["source"] for c in tables["campaign"]["columns"]} == CAMPAIGN
    assert {t: tables[t]["source_key"] for t in tables} == {
        "contact": "key(CONTACT_ID)", "campaign": "key(ID)"}
    assert not any(tables[t].get("owner") for t in tables)

    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped.select("file", "reason").rows() == [
        ("contacts.csv", "line 6 could not be read (binary or control characters, or a field "
         "over the size limit): fix the file and run again")]
    for name in ("contact", "campaign"):
        rows = pl.read_csv(run_dir / "quarantine" / f"{name}.csv", infer_schema=False)
        assert rows.height == 0, name

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select("emailaddress1", "firstname", "lastname", "address1_city",
                           "address1_stateorprovince", "address1_postalcode",
                           "overriddencreatedon").rows() == [
        ("jane_doe@example.com", "Jane", "Doe", None, None, None, "2021-03-02T15:25:47Z"),
        ("john_doe@example.com", "Jane", "Doe", None, None, None, "2020-01-02T15:25:47Z"),
        ("kltf@surggzlaxcpoqhouhynblsfpfe.trh", "ullamco esse culpa do",
         "officia laboris veniam consequat", "ƞó", "culpa ut", "-75218567", None),
        ("t7n5tjdmkhc0@gfdifw.ua", "ea et eu", "velit Ut laborum ipsu",
         "Ĕȸą\x9fÂ¸ȠɏbɄ", "deserunt dolore", "-95171713", None)]
    campaigns = pl.read_parquet(run_dir / "staged" / "campaign.parquet")
    assert campaigns.select("name", "statuscode", "actualstart", "overriddencreatedon",
                            "message").rows() == [
        ("single-send-1", 2, "2471-05-31T15:46:18Z", "4739-10-29T07:11:32Z", None),
        ("Example API Created Single Send", 1, None, "2020-05-18T17:28:27Z", None),
        ("single-send-1", 1, None, "2020-12-13T16:24:42Z", None)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["campaign"]) == set(CAMPAIGN)
    assert not any(n for cols in verified.values() for n in cols.values())
