"""Links into a file the map splits between accounts and contacts (issue 13). Made-up data.

A partners file of companies and people (Axelor's base_partner, Odoo's res.partner) and a
contacts file holding organisations too (CiviCRM's Contact Type) each go to two tables. A
link into such a file names a row of one of them: a person's employer (a company row of the
same file), a deal's customer (a company or a person). Each must reach the table that holds
the row it names, be read back in the org, and a value naming no row be counted.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import resolve_lookup
from d365migrate.verify.compare import same
from d365migrate.verify.fields import table_fields
from engagements import run_steps

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _project(root: Path, name: str, files: dict[str, pl.DataFrame], objects: list[str],
             decisions: dict | None = None) -> Path:
    export = root / "runs" / name / "export"
    export.mkdir(parents=True)
    for file, df in files.items():
        df.write_csv(export / file)
    params = root / "parameters" / f"{name}.yml"
    params.parent.mkdir(parents=True, exist_ok=True)
    params.write_text(yaml.safe_dump({
        "engagement": name, "export": f"runs/{name}/export", "objects": objects,
        "mapping": {"confirm_as": "Test Analyst", "decisions": decisions or {}},
        "gates": {"max_unresolved_links": {"default": None}},
        "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
        "destination": {"url": None}}), encoding="utf-8")
    return run_steps(params, root / "runs" / name / "run-1")


def _refs(run_dir: Path, target: str, column: str) -> dict[str, dict[str, str]]:
    """Per staged record, the table its ``column`` names and the source id named."""
    staged = pl.read_parquet(run_dir / "staged" / f"{target}.parquet")
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    entry = next(t for t in mapping["tables"] if t["target"] == target)
    out: dict[str, dict[str, str]] = {}
    for lk in entry["lookups"]:
        if lk["target"] != column:
            continue
        for sid, ref in staged.select("__source_id", "__ref__" + lk["navigation"]).iter_rows():
            if ref is not None:
                out.setdefault(sid, {})[lk["table"]] = ref
    return out


def _verified(run_dir: Path, target: str, column: str) -> None:
    tables = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert tables[target]["columns"][column] == 0  # every record's link read back, the same
    assert tables[target]["matched"] == tables[target]["checked"]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


PARTNERS = pl.DataFrame({
    "partner_id": ["11", "12", "13", "14", "15", "16"],
    "is_company": ["true", "true", "false", "false", "false", "false"],
    "name": ["Northwind", "Fabrikam", "Olsen", "Berg", "Lund", "Moe"],
    "first_name": [None, None, "Ana", "Bo", "Cy", "Di"],
    "email": ["info@northwind.example", "info@fabrikam.example", "ana@northwind.example",
              "bo@fabrikam.example", "cy@mail.example", "di@mail.example"],
    "employer_id": [None, None, "11", "12", "11", "99"],   # 99: no such partner
})
DEALS = pl.DataFrame({
    "deal_id": ["D1", "D2", "D3", "D4"], "title": ["Renewal", "Upgrade", "Pilot", "Audit"],
    "amount": ["1000", "2000", "3000", "4000"],
    "stage": ["Qualify", "Develop", "Propose", "Propose"],
    "partner_id": ["11", "12", "15", "77"],   # two companies, a person, none of them
})


def test_links_into_a_partners_file_reach_the_table_of_the_row_they_name(root: Path):
    run_dir = _project(root, "partners", {"partners.csv": PARTNERS, "deals.csv": DEALS},
                       ["account", "contact", "opportunity"])
    # a person's employer is a company row of the same file: the account it became
    assert _refs(run_dir, "contact", "parentcustomerid") == {
        "13": {"account": "11"}, "14": {"account": "12"}, "15": {"account": "11"}}
    # a deal's customer: the account where it names a company, the contact for a person
    assert _refs(run_dir, "opportunity", "customerid") == {
        "D1": {"account": "11"}, "D2": {"account": "12"}, "D3": {"contact": "15"}}
    _verified(run_dir, "contact", "parentcustomerid")
    _verified(run_dir, "opportunity", "customerid")
    out = json.loads((run_dir / "reconciliation.json").read_text())["objects"]
    # the values naming no partner are counted, not 0
    assert (out["contact"]["unresolved_lookups"], out["opportunity"]["unresolved_lookups"]) \
        == (1, 1)


def test_a_link_decided_into_a_split_file_names_its_tables_rows_only():
    defs = {n: json.loads((TABLES / f"{n}.json").read_text())
            for n in ("account", "contact", "opportunity")}
    export = Export(Path("."), {"partners": PARTNERS, "deals": DEALS})
    mapping = propose_mapping(export, discover(export), defs,
                              ["account", "contact", "opportunity"],
                              source_id_column="new_sourceid").mapping
    bound = apply_decisions(mapping, {"links": {"opportunity.customerid": {
        "to": "account", "source": "partner_id", "when_missing": "empty"}}},
        table_def=lambda name: defs[name])
    (lk,) = [lk for lk in table_map(bound, "opportunity")["lookups"]
             if lk["target"] == "customerid" and lk["table"] == "account"]
    assert "decided" in lk["reason"]
    assert lk["parent_where"] == {"column": "is_company", "in": ["true"]}
    refs, _ = resolve_lookup(DEALS, lk, {"partners": PARTNERS, "deals": DEALS})
    assert refs.to_list() == ["11", "12", None, None]  # D3 names a person, not an account


CONTACTS = pl.DataFrame({  # CiviCRM's one table of individuals and organisations
    "Contact ID": ["1", "2", "3", "4", "5", "6", "7"],
    "Contact Type": ["Organization", "Organization", "Individual", "Individual",
                     "Individual", "Individual", "Individual"],
    "Display Name": ["Alma Center", "Bay Partners", "Ann Ames", "Bob Bell", "Cy Cole",
                     "Di Dunn", "Ed Eames"],
    "first_name": [None, None, "Ann", "Bob", "Cy", "Di", "Ed"],
    "last_name": [None, None, "Ames", "Bell", "Cole", "Dunn", "Eames"],
    "organization_name": ["Alma Center", "Bay Partners", "Alma Center", "Bay Partners",
                          None, None, "Alma Center"],
    "Current Employer": [None, None, "1", "2", None, None, "1"],
    "created_date": ["2019-11-28 19:55:25", None, "2019-11-28 19:55:50",
                     "2019-11-28 19:55:50", "2019-11-28 19:55:50", "2019-11-28 19:55:50",
                     "2019-11-28 19:55:50"],
})


def test_a_contacts_file_with_organisations_gives_the_accounts_and_the_employers(root: Path):
    run_dir = _project(root, "civi", {"Contact.csv": CONTACTS}, ["account", "contact"],
                       {"columns": {"account.customertypecode": None}})  # the split's column
    out = json.loads((run_dir / "reconciliation.json").read_text())["objects"]
    assert {k: (o["source"], o["loaded"]) for k, o in out.items()} == {
        "account": (2, 2), "contact": (5, 5)}
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    account = next(t for t in mapping["tables"] if t["target"] == "account")
    assert account["where"] == {"column": "Contact Type", "in": ["Organization"]}
    assert "no accounts file" in account["reason"]
    assert _refs(run_dir, "contact", "parentcustomerid") == {
        "3": {"account": "1"}, "4": {"account": "2"}, "7": {"account": "1"}}
    _verified(run_dir, "contact", "parentcustomerid")
    _verified(run_dir, "account", "overriddencreatedon")  # 'Bay Partners' has no date


def test_a_created_date_the_export_left_empty_is_the_platforms_not_a_mismatch():
    table_def = {"LogicalName": "account", "Attributes": [
        {"LogicalName": "overriddencreatedon", "AttributeType": "DateTime"},
        {"LogicalName": "createdon", "AttributeType": "DateTime"}]}
    tmap = {"columns": [{"source": "created", "target": "overriddencreatedon",
                         "transform": "datetime"}], "lookups": []}
    fields, _ = table_fields(tmap, table_def, ["overriddencreatedon"])
    created = next(f for f in fields if f.column == "overriddencreatedon")
    assert created.read == "createdon"
    assert same(None, "2026-12-01T15:34:28Z", created.kind)  # created now: nothing to check
    assert not same("2019-11-28T19:55:25Z", "2026-12-01T15:34:28Z", created.kind)
