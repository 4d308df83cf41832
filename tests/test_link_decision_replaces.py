"""A link decided in the parameters (``mapping.decisions.links``) replaces what the proposal
put in that column from the same export column, not adds to it (issue 13). Made-up data.

A deal's ``partner_id`` into a partners file of companies and people is proposed as two
lookups of one column: the account where it names a company row, the contact where it
names a person's. Deciding ``to: account`` says it names accounts: the contact lookup goes
(before, it stayed first in the map, and the loader bound the person), and a deal naming a
person moves without its customer, counted with its reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.propose import propose_mapping
from test_split_links import DEALS, PARTNERS, TABLES, _project, _refs, _verified


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_decided_table_replaces_the_proposals_lookups_of_that_column() -> None:
    defs = {n: json.loads((TABLES / f"{n}.json").read_text())
            for n in ("account", "contact", "opportunity")}
    export = Export(Path("."), {"partners": PARTNERS, "deals": DEALS})
    mapping = propose_mapping(export, discover(export), defs,
                              ["account", "contact", "opportunity"],
                              source_id_column="new_sourceid").mapping
    assert {lk["table"] for lk in table_map(mapping, "contact")["lookups"]
            if lk["target"] == "parentcustomerid"} == {"account", "contact"}
    # 'source' left out: the column the proposal linked to that table
    bound = apply_decisions(mapping, {"links": {"contact.parentcustomerid": {"to": "account"}}},
                            table_def=lambda name: defs[name])
    assert [(lk["table"], lk["source"]) for lk in table_map(bound, "contact")["lookups"]
            if lk["target"] == "parentcustomerid"] == [("account", "employer_id")]


def test_a_run_with_the_decision_links_accounts_only_and_counts_the_person(root: Path) -> None:
    run_dir = _project(root, "decided", {"partners.csv": PARTNERS, "deals.csv": DEALS},
                       ["account", "contact", "opportunity"],
                       {"links": {"opportunity.customerid": {
                           "to": "account", "source": "partner_id", "when_missing": "empty"}}})
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    deal = next(t for t in mapping["tables"] if t["target"] == "opportunity")
    assert [(lk["table"], lk["source"]) for lk in deal["lookups"]
            if lk["target"] == "customerid"] == [("account", "partner_id")]
    # D3 names a person (15), D4 no partner: each moved without its customer, counted
    assert _refs(run_dir, "opportunity", "customerid") == {
        "D1": {"account": "11"}, "D2": {"account": "12"}}
    _verified(run_dir, "opportunity", "customerid")
    out = json.loads((run_dir / "reconciliation.json").read_text())["objects"]
    assert out["opportunity"]["loaded"] == 4
    assert out["opportunity"]["unresolved_lookups"] == 2
