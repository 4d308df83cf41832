"""keys555's public export runs end to end from its parameters file, decisions only
(issue 13): SparkPost, its own records -- the example responses of SparkPost's own API
reference (SparkPost/developers.sparkpost.com at 88f24dc3, MIT): 2 recipient lists, the 3
recipients of one list, 5 suppression entries, 3 subaccounts ('Joe's Garage', 'SharkPost',
the suspended 'Dev Avocado') and 2 templates -- headed by the API's field names
('address.email', 'address.name', 'substitution_data.job', 'compliance_status'), in English
(tests/data/exports/sparkpost-export-en; SOURCE.md), on the branch-point engine 3f406da4
(session 66, round Z42). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``); the org needs no set-up.

The subaccounts (a service provider's customers) load as accounts keyed by their SparkPost
id: the name and the status as the status reason ('active' Active; the suspended 'Dev
Avocado' Inactive, closed as Inactive after the load). The recipients load as contacts
keyed by their e-mail address: the address, the one-cell name (as last name) and the job
(substitution data) as the job title. Nothing held back, skipped, failed or cleared; no
owner queued; verification finds no column differing.

The parameters decide: recipients.csv as contacts (discovery named it unknown: a measured
miss), the keys (the subaccount id, the recipient's e-mail), no owner column (the fallback
owner), the recipient's name as the last name and not the postal address's name (a measured
miss), its job as the job title (left out by propose: a measured miss), the account's state
not from 'compliance_status' (a measured miss in both modes), and the subaccount's status
values (active Active, suspended Inactive).

What is NOT read (left unmapped): a subaccount's IP pool, compliance status and
deliverability switch; a recipient's tags, age, place, favourite colour, list id and To
header address; recipient_lists.csv and suppression_list.csv (unknown to discovery, no
Sales table) and templates.csv (e-mail templates, rebuilt in Dynamics by hand).
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

NAME = "sparkpost-export-en"
ACCOUNT = {"name": "name", "statuscode": "status"}
CONTACT = {"emailaddress1": "address.email", "lastname": "address.name",
           "jobtitle": "substitution_data.job"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_sparkpost_subaccounts_and_recipients_load(runs: Callable[[str], Path]) -> None:
    """The subaccounts load as accounts (the suspended one Inactive), the recipients as
    contacts with their name and job; lists, suppressions and templates stay out; nothing
    held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("subaccounts", 3, 3, 0, 0, 0, 0, 0),
        "contact": ("recipients", 3, 3, 0, 0, 0, 0, 0)}
    assert (out["account"]["closed"], out["account"]["closed_as"]) == (1, {"Inactive": 1})
    assert (out["contact"]["closed"], out["contact"]["closed_as"]) == (0, {})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "recipient_lists": ("unknown", {}, False),
        "recipients": ("contact", {"contact": 3}, True),
        "suppression_list": ("unknown", {}, False),
        "subaccounts": ("account", {"account": 3}, True),
        "templates": ("email_template", {}, False)}
    assert files["templates"]["reason"] == "not migrated: rebuild as Dynamics 365 email templates"
    for f in ("recipient_lists", "suppression_list"):
        assert files[f]["reason"].startswith("not migrated: discovery could not tell")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    for table, source, key, cols in (("account", "subaccounts", "id", ACCOUNT),
                                     ("contact", "recipients", "address.email", CONTACT)):
        t = tables[table]
        assert (t["source"], t["source_key"]) == (source, f"key({key})")
        assert {c["target"]: c["source"] for c in t["columns"]} == cols
        assert not t.get("lookups")
    assert {"id", "ip_pool", "options.deliverability", "compliance_status"} <= set(
        tables["account"]["unmapped"])
    assert {"tags", "metadata.age", "metadata.place", "substitution_data.favorite_color",
            "list_id", "address.header_to"} <= set(tables["contact"]["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("recipient_lists", "unknown"), ("suppression_list", "unknown"),
        ("templates", "email_template")]

    for table in ("account", "contact"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts.select(["name", "statuscode"]).rows() == [
        ("Joe's Garage", 1), ("SharkPost", 1), ("Dev Avocado", 2)]

    contacts = _staged(run_dir, "contact")
    assert contacts.height == 3
    assert all("@" in e for e in contacts["emailaddress1"].to_list())
    # the one-cell name as the last name, not the postal address's name
    assert contacts["lastname"].to_list() == ["Wilma", "ABC", "Grad Student Office"]
    assert "address1_name" not in contacts.columns
    assert contacts["jobtitle"].to_list() == ["Software Engineer", "Driver", "Firefighter"]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
