"""keys43's public exports run end to end from their parameters files, decisions only
(issue 13): data as open-source ELT connectors record it. Zendesk Talk's calls and HubSpot's
sample records (through Airbyte and dlt) load and are read back; Zendesk Chat's offline
messages cannot become cases, whose customer Dataverse requires, and the run says so before
anything is loaded. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.mapping.mapfile import MappingError
from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue
from test_public_exports import _export_dir


def test_zendesk_talk_calls_load_once_each_with_their_length_in_minutes(
        tmp_path: Path) -> None:
    """Talk's 8 call rows are 7 calls (the connector emitted one twice: the second row is
    skipped, with its reason); each loads as an outgoing phone call, made, or canceled where
    its completion status says it failed, with its creation time and its length in
    minutes: Talk counts seconds, and 'minutes_billed' counting the same calls' minutes says
    so (349 s had loaded as 349 minutes). The company's own line is not taken for the
    number called; the set-up files stay."""
    run_dir = run_public("zendesk-talk-airbyte", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"phonecall": ("calls", 8, 7, 0, 1, 0, 7)}
    skipped = pl.read_csv(run_dir / "skipped" / "phonecall.csv", infer_schema=False)
    assert skipped.select("source_id", "reason").rows() == [
        ("360120313416", "duplicate source id; row 4 kept")]
    calls = pl.read_parquet(run_dir / "staged" / "phonecall.parquet").sort("__source_row")
    assert calls["actualdurationminutes"].to_list() == [0, 0, 0, 6, 0, 0, 5]
    assert set(calls["directioncode"].to_list()) == {True}      # outgoing
    # the failed call did not happen: Canceled; the others were made (Completed)
    assert calls.select("__source_id", "statecode", "statuscode").rows()[0] == (
        "360088814475", 2, 3)
    assert set(calls.select("statecode", "statuscode").rows()[1:]) == {(1, 2)}
    assert "phonenumber" not in calls.columns    # the company's own line, not the callee's
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    entry = next(t for t in mapping["tables"] if t["target"] == "phonecall")
    duration = next(c for c in entry["columns"] if c["source"] == "duration")
    assert duration["clock"] == "seconds" and "'minutes_billed'" in duration["reason"]
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["phonecall"]["mismatched"] == 0
    assert verification["phonecall"]["columns"]["actualdurationminutes"] == 0
    files = inventory_files(run_dir)
    for name in ("addresses", "agents_activity", "call_legs", "greetings",
                 "greeting_categories", "ivr_menus", "ivr_routes", "ivrs", "phone_numbers"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_hubspot_dlt_companies_contacts_and_products_load_the_rest_is_listed(
        tmp_path: Path) -> None:
    """HubSpot's two companies, two sample contacts and two products, as dlt writes them
    (the API's bare property names), load and are read back; the deals, tickets and quote,
    which dlt's records carry without the customer Dynamics 365 requires of them, stay in
    HubSpot, each listed with its reason."""
    run_dir = run_public("hubspot-dlt", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("companies", 2, 2, 0, 0, 0),
                             "contact": ("contacts", 2, 2, 0, 0, 0),
                             "product": ("products", 2, 2, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert dict(accounts.select("name", "websiteurl").rows()) == {
        "Hubspot, Inc.": "hubspot.com", "U.S. Food and Drug Administration": "fda.gov"}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(people.select("firstname", "emailaddress1").rows()) == [
        ("Brian", "bh@hubspot.com"), ("Maria", "emailmaria@hubspot.com")]
    assert set(people["overriddencreatedon"].to_list()) == {"2023-02-24T03:00:13Z"}
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert dict(products.select("name", "price").rows()) == {
        "Jockey ineer": 23.0, "Mayonnaise - Individual Pkg": 60.0}
    files = inventory_files(run_dir)
    for name in ("deals", "tickets", "quotes"):
        assert not files[name]["migrated"] and "does not load" in files[name]["reason"], name


def test_zendesk_chat_cases_without_a_customer_are_refused_before_loading(
        tmp_path: Path) -> None:
    """Zendesk Chat's offline messages are cases (titled by what the visitor wrote), but a
    case's customer is required and the visitor is written only inside each chat, with no
    visitors file to link to: the map is not confirmed, the refusal names the missing
    customer, and no record is created."""
    if _export_dir("zendesk-chat-airbyte") is None:
        pytest.skip("zendesk-chat-airbyte: data files absent (see its SOURCE.md)")
    with pytest.raises(MappingError, match=r"incident\.customerid \('Customer'\)"):
        run_public("zendesk-chat-airbyte", tmp_path)
    assert not list((tmp_path / "runs").rglob("ledger.jsonl"))   # nothing was created
    proposal = (tmp_path / "runs" / "public-zendesk-chat-airbyte" / "proposal.yml").read_text()
    assert "source: chats" in proposal and "target: incident" in proposal
