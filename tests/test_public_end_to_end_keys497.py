"""keys497's public export runs end to end from its parameters file, decisions only
(issue 13): RD Station CRM, its own records -- the RD Station CRM API v1 records the MIT MCP
server for RD Station CRM (fernandoludvig/rdstation-crm-mcp at 220a1123) fixes for its
tests: 2 users (the sellers Fernando Ludvig, Maria Silva), the pipeline 'Vendas''s 3 deal
stages, 2 lost reasons, 2 contacts ('João Souza', 'Nova Pessoa') and 6 deals ('Acme Corp -
Annual plan' twice, 'New deal', 'Beta Ltda', 'Gamma SA', the won 'Old deal') -- headed by
the API's field names ('amount_total', 'win', 'deal_stage.name', 'user.email'), in English
(tests/data/exports/rdstation-crm-export-en; SOURCE.md), on the branch-point engine
70bec93d (session 60, round Z31). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``), with what the org's admin set up made first: the account
'RD Station unassigned' for deals that name no customer.

The contacts load as contacts keyed by RD Station's _id: the whole name (as last name),
e-mail, phone, job title, creation date. The deals load as opportunities keyed by _id:
name, amount_total as the estimated revenue, the 1-5 star rating as Warm, creation and
close dates, the stage by its name (Qualificação qualifying, Proposta a proposal made, each
open), and 'win' as the deal's own state: 'Old deal' (win true, no stage) is closed as Won;
each on the org's unassigned account. Nothing held back, skipped or failed; no owner queued;
verification finds no column differing.

The parameters decide: the keys (_id), no owner column (the sellers' e-mails name no user of
the rehearsal org: the fallback owner), amount_total as the estimated value and not the
Total Amount (a measured miss), the stage column (deal_stage.name, a measured miss) and its
stages, 'win' as the deal's own state (a measured miss) with true as Won, the rating's
stars as Dynamics' ratings, the customer (the org's unassigned account), and a quarantine
gate of 0%.

What is NOT read (left unmapped): a record's updated_at, a deal's stage id (its name is
read), its seller (user._id, user.name, user.email: no owner column decided); users.csv (the
sellers, matched to Dynamics users, not created), deal_stages.csv and deal_lost_reasons.csv
(picklists, no Sales table).
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
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "rdstation-crm-export-en"
CONTACT = {"lastname": "name", "emailaddress1": "emails", "telephone1": "phones",
           "jobtitle": "title", "overriddencreatedon": "created_at"}
OPPORTUNITY = {"name": "name", "estimatedvalue": "amount_total",
               "opportunityratingcode": "rating", "overriddencreatedon": "created_at",
               "actualclosedate": "closed_at", "salesstage": "__stage_salesstage",
               "stepname": "__stage_stepname", "closeprobability": "__stage_closeprobability",
               "statecode": "__stage_state", "statuscode": "__stage_statuscode"}
UNASSIGNED = "RD Station unassigned"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for deals that name no customer."""
    client.create("accounts", {"name": UNASSIGNED})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_rdstation_contacts_and_deals_load(runs: Callable[[str], Path]) -> None:
    """The contacts load as contacts, the deals as opportunities in their stages (the won
    one closed as Won) on the org's unassigned account; the users, stages and lost reasons
    stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 2, 2, 0, 0, 0, 0, 0),
        "opportunity": ("deals", 6, 6, 0, 0, 0, 0, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (1, {"Won": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 2}, True),
        "deals": ("deal", {"opportunity": 6}, True),
        "users": ("user", {}, False),
        "deal_stages": ("pipeline", {}, False),
        "deal_lost_reasons": ("unknown", {}, False)}
    assert files["users"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "opportunity"}
    contact, opp = tables["contact"], tables["opportunity"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(_id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert (opp["source"], opp["source_key"]) == ("deals", "key(_id)")
    assert {c["target"]: c["source"] for c in opp["columns"]} == OPPORTUNITY
    assert {"win", "updated_at", "deal_stage._id", "user._id", "user.name",
            "user.email"} <= set(opp["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"]) for lk in opp["lookups"]] == [
        ("customerid", None, "account")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("deal_lost_reasons", "unknown"), ("deal_stages", "pipeline"), ("users", "user")]

    for table in ("contact", "opportunity"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == [
        (n, "joao@acme.com", "+55 48 99999-0000", "CEO", "2026-06-01T10:00:00Z")
        for n in ("João Souza", "Nova Pessoa")]
    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "opportunityratingcode", "salesstage",
                        "stepname", "statecode", "actualclosedate"]).rows() == [
        ("Acme Corp - Annual plan", 5000.0, 2, 0, "Qualificação", 0, None),
        ("New deal", 5000.0, 2, 0, "Qualificação", 0, None),
        ("Acme Corp - Annual plan", 5000.0, 2, 0, "Qualificação", 0, None),
        ("Beta Ltda", 2000.0, 2, 2, "Proposta", 0, None),
        ("Gamma SA", 3000.0, 2, 2, "Proposta", 0, None),
        ("Old deal", None, None, 3, None, 1, "2026-01-01T00:00:00Z")]
    # every deal on the account the org's admin set up for deals without a customer
    assert opps["__via__customerid_account"].to_list() == ["existing"] * 6
    assert all(UNASSIGNED in r for r in opps["__ref__customerid_account"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
