"""Exports without an id column: records keyed by columns the analyst confirms, a hash of
their normalised values, stable across re-exports so a delta run finds the same records
(issue 13)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import httpx
import polars as pl
import pytest

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.mapping.decisions import MappingError, apply_decisions
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.keys import surrogate_key
from d365migrate.staging.rules import MissingColumn
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, stage_table
from dataverse_emulator import create_app

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
COLUMN = "new_sourceid"


def table_def(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text())


#: Two companies named Acme in different cities: no column alone is unique.
COMPANIES = pl.DataFrame({
    "name": ["Acme", "Acme", "Globex", "Initech", "Umbrella"],
    "city": ["Paris", "Lyon", "Chicago", "Austin", "Raccoon City"],
    "phone": ["+33 1 40 00 00 01", "+33 4 72 00 00 04", "+1 312 555 0100",
              "+1 512 555 0100", "+1 555 555 0100"],
})
PEOPLE = pl.DataFrame({
    "first_name": ["Ann", "Bo", "Cy", "Di"],
    "last_name": ["Lee", "Smith", "Young", "Ng"],
    "email": ["ann@acme.example", "bo@globex.example", "cy@initech.example",
              "di@nowhere.example"],
    "company": ["Acme", "Globex", "Initech", "Nowhere"],
})


def test_the_key_is_stable_under_case_spacing_and_unicode_forms():
    one = surrogate_key(["Café  Acme ", "PARIS"])
    assert one == surrogate_key(["cafe\u0301 acme", "paris"])   # NFD é, case, spacing
    assert len(one or "") == 32
    assert one != surrogate_key(["Café Acme", "Lyon"])
    assert surrogate_key(["a b", "c"]) != surrogate_key(["a", "b c"])
    assert surrogate_key([None, " "]) is None


def _proposal(tables: dict[str, pl.DataFrame], objects: list[str]) -> dict:
    export = Export(Path("."), tables)
    defs = {t: table_def(t) for t in objects}
    return propose_mapping(export, discover(export), defs, objects,
                           source_id_column=COLUMN).mapping


def test_the_proposal_lists_a_composite_key_to_confirm_and_staging_says_how():
    mapping = _proposal({"companies": COMPANIES}, ["account"])
    entry = table_map(mapping, "account")
    assert entry["source_key"] is None
    assert entry["key_candidate"]["columns"] == ["name", "city"]
    with pytest.raises(KeyError, match=r"mapping.decisions.keys: \{account: \['name', 'city'\]\}"):
        stage_table(confirm(mapping, "analyst"), "account", {"companies": COMPANIES})


def _keyed_mapping() -> dict:
    mapping = _proposal({"companies": COMPANIES, "people": PEOPLE}, ["account", "contact"])
    return apply_decisions(mapping, {"keys": {"account": ["name", "city"],
                                              "contact": "email"}})


def test_confirmed_keys_key_the_records_and_stay_mapped_fields():
    mapping = _keyed_mapping()
    account = table_map(mapping, "account")
    assert (account["key_columns"], account["source_key"]) == (["name", "city"], "key(name+city)")
    assert "key_candidate" not in account
    assert {"name", "address1_city"} <= {c["target"] for c in account["columns"]}
    result = stage_table(confirm(mapping, "analyst"), "account", {"companies": COMPANIES})
    assert result.staged[SOURCE_ID].to_list() == [
        surrogate_key([n, c]) for n, c in zip(COMPANIES["name"], COMPANIES["city"],
                                               strict=True)]
    assert result.staged["name"].to_list() == COMPANIES["name"].to_list()
    with pytest.raises(MappingError, match="name the columns"):
        apply_decisions(mapping, {"keys": {"account": []}})
    # keys for an object this run does not move have nothing to apply to
    before = copy.deepcopy(mapping)
    assert apply_decisions(mapping, {"keys": {"lead": ["email"]}}) == before


def test_duplicate_and_empty_keys_are_counted_with_reasons():
    companies = pl.concat([COMPANIES, pl.DataFrame({
        "name": ["  acme ", None], "city": ["PARIS", None], "phone": ["09", "00"]})])
    mapping = confirm(_keyed_mapping(), "analyst")
    result = stage_table(mapping, "account", {"companies": companies},
                         {"companies": "companies.csv"})
    assert result.staged.height == 5
    (skipped,) = result.skipped.to_dicts()
    assert (skipped["row"], skipped["column"]) == (6, "key(name+city)")
    assert "duplicate source id" in skipped["reason"] and "row 1 kept" in skipped["reason"]
    (empty,) = result.quarantined.to_dicts()
    assert empty["row"] == 7 and "no source id in 'key(name+city)'" in empty["reason"]


def test_a_missing_key_column_is_refused_naming_file_and_column():
    mapping = confirm(apply_decisions(_keyed_mapping(), {"keys": {"account": ["name", "zip"]}}),
                      "analyst")
    with pytest.raises(MissingColumn, match=r"companies.csv: .* reads 'zip'"):
        stage_table(mapping, "account", {"companies": COMPANIES}, {"companies": "companies.csv"})


def test_lookups_into_a_keyed_table_find_the_key_by_the_column_they_point_at():
    mapping = _keyed_mapping()
    contact = table_map(mapping, "contact")
    (lk,) = [x for x in contact["lookups"] if x["source"] == "company"]
    result = stage_table(confirm(mapping, "analyst"), "contact",
                         {"companies": COMPANIES, "people": PEOPLE})
    refs = dict(zip(result.staged[SOURCE_ID], result.staged[REF_PREFIX + lk["navigation"]],
                    strict=True))
    key = {e: surrogate_key([e]) for e in PEOPLE["email"]}
    assert refs[key["bo@globex.example"]] == surrogate_key(["Globex", "Chicago"])
    assert refs[key["cy@initech.example"]] == surrogate_key(["Initech", "Austin"])
    assert refs[key["ann@acme.example"]] is None      # two Acmes: not guessed
    assert result.lookup_stats[lk["navigation"]]["orphan"] == 2  # Acme and Nowhere


def test_a_link_decided_by_id_into_a_confirmed_one_column_key_finds_its_record():
    """Insightly's comments name their task by 'Task ID', the tasks' confirmed key: the
    decided link resolved nothing (the cells were compared with the key's hash)."""
    firms = pl.DataFrame({"Firm ID": ["F-1", "F-2"], "name": ["Acme", "Globex"]})
    people = pl.DataFrame({"email": ["ann@acme.example", "bo@globex.example",
                                     "cy@nowhere.example"],
                           "last_name": ["Lee", "Smith", "Young"],
                           "works_for": ["F-2", "F-1", "F-9"]})
    mapping = apply_decisions(
        _proposal({"companies": firms, "people": people}, ["account", "contact"]),
        {"keys": {"account": ["Firm ID"], "contact": ["email"]},
         "links": {"contact.parentcustomerid": {"to": "account", "source": "works_for"}}},
        table_def=table_def)
    (lk,) = [x for x in table_map(mapping, "contact")["lookups"]
             if x["target"] == "parentcustomerid"]
    result = stage_table(confirm(mapping, "analyst"), "contact",
                         {"companies": firms, "people": people})
    refs = result.staged[REF_PREFIX + lk["navigation"]].to_list()
    assert refs == [surrogate_key(["F-2"]), surrogate_key(["F-1"]), None]
    assert result.lookup_stats[lk["navigation"]]["orphan"] == 1   # F-9: no such firm
    # 'by:' the key's own column is a column of the firms' file too (it was refused: the
    # entry lists its confirmed key's column neither as mapped nor as unmapped)
    proposal = _proposal({"companies": firms, "people": people}, ["account", "contact"])
    firms_entry = table_map(proposal, "account")   # as Front's conversations' entry lists
    firms_entry["unmapped"] = [c for c in firms_entry.get("unmapped") or []  # its id: not
                               if c != "Firm ID"]                            # at all
    by_key = apply_decisions(
        proposal,
        {"keys": {"account": ["Firm ID"], "contact": ["email"]},
         "links": {"contact.parentcustomerid": {"to": "account", "source": "works_for",
                                                "by": "Firm ID"}}},
        table_def=table_def)
    again = stage_table(confirm(by_key, "analyst"), "contact",
                        {"companies": firms, "people": people})
    assert again.staged[REF_PREFIX + lk["navigation"]].to_list() == refs


def test_a_link_decided_by_id_into_a_key_of_several_columns_asks_which_column():
    """A key of several columns is a hash of them all: a decided link by one value named no
    record (every row counted unresolved); the decision now says to name the column."""
    people = PEOPLE.with_columns(pl.Series("firm", ["Acme", "Globex", "Initech", "Nowhere"]))
    proposal = _proposal({"companies": COMPANIES, "people": people}, ["account", "contact"])
    decided = {"keys": {"account": ["name", "city"], "contact": "email"},
               "links": {"contact.parentcustomerid": {"to": "account", "source": "firm"}}}
    with pytest.raises(MappingError, match=r"keyed by name \+ city.*by: <column>"):
        apply_decisions(copy.deepcopy(proposal), decided, table_def=table_def)
    decided["links"]["contact.parentcustomerid"]["by"] = "name"
    mapping = apply_decisions(proposal, decided, table_def=table_def)
    (lk,) = [x for x in table_map(mapping, "contact")["lookups"]
             if x["target"] == "parentcustomerid"]
    staged = stage_table(confirm(mapping, "analyst"), "contact",
                         {"companies": COMPANIES, "people": people}).staged
    refs = staged[REF_PREFIX + lk["navigation"]].to_list()
    assert refs == [None, surrogate_key(["Globex", "Chicago"]),
                    surrogate_key(["Initech", "Austin"]), None]   # two Acmes: not guessed


def test_a_re_export_matches_the_records_of_the_first_run(tmp_path: Path):
    """Delta run: the next export (rows reordered, names re-typed) updates, never duplicates."""
    client = DataverseClient("http://dataverse.emulator/", StaticToken(),
                             transport=httpx.WSGITransport(app=create_app(tmp_path / "o.db")))
    td = ensure_source_id_column(client, client.entity_definition("account"), COLUMN)
    mapping = confirm(_keyed_mapping(), "analyst")
    again = COMPANIES.reverse().with_columns(pl.col("name").str.to_uppercase(),
                                             pl.col("phone") + "0")
    results = []
    for companies in (COMPANIES, again):
        staged = stage_table(mapping, "account", {"companies": companies}).staged
        loader = TableLoader(client, td, source_id_column=COLUMN,
                             ledger=Ledger(tmp_path / "ledger.jsonl"), progress=False)
        results.append(loader.load(staged, owner_ids={}, ref_ids={}))
    assert (results[0].created, results[0].updated) == (5, 0)
    assert (results[1].created, results[1].updated) == (0, 5)
    rows = list(client.query("accounts", select=["name", "telephone1", COLUMN]))
    assert sorted(r["telephone1"] for r in rows) == sorted(p + "0" for p in COMPANIES["phone"])
    assert sorted(r["name"] for r in rows) == ["ACME", "ACME", "GLOBEX", "INITECH", "UMBRELLA"]
