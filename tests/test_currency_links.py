"""A lookup found among the org's own records by the value each row names (issue 13):
``existing: {table, by}``, row by row (a record's currency by its ISO code; a contact's
company by the account number the org already holds), each record bound at load and read back
by verification; the preflight stops the load, naming the value and how many records name
it, where the org holds no such record. The map proposes a currency column of ISO codes as
that link wherever the org's table carries a currency (Dataverse's do; the emulator's do not
yet). Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.load.preflight import PreflightFailed
from d365migrate.mapping.currency_links import currency_link
from engagements import run_steps

REAL = Path(__file__).resolve().parent / "data" / "tables"
CONTACTS = ("id,First Name,Last Name,Company No.\n1,Ann,Lee,A-100\n2,Bo,Ray,a-200\n"
            "3,Cy,Fox,\n4,Di,Roe,A-100\n")
PARAMETERS = """engagement: known
export: runs/known/export
objects: [contact]
mapping:
  confirm_as: Test Analyst
  decisions:
    links:
      contact.parentcustomerid: {source: "Company No.",
                                 existing: {table: account, by: accountnumber}}
destination:
  url: null
"""


def _run(root: Path, numbers: list[str]) -> tuple[Path, dict[str, str]]:
    from d365migrate.run.context import RunContext

    export = root / "runs" / "known" / "export"
    export.mkdir(parents=True)
    (export / "contacts.csv").write_text(CONTACTS, encoding="utf-8")
    (root / "parameters").mkdir()
    params = root / "parameters" / "known.yml"
    params.write_text(PARAMETERS, encoding="utf-8")
    run_dir = root / "runs" / "known" / "run-1"
    ctx = RunContext.open(params, run_dir)
    try:  # the org's own accounts, there before the migration
        ids = {n: ctx.client.create("accounts", {"name": f"Org {n}", "accountnumber": n})
               for n in numbers}
    finally:
        ctx.client.close()
    run_steps(params, run_dir)
    return run_dir, ids


def test_each_contact_keeps_the_org_account_its_row_names(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    run_dir, ids = _run(tmp_path, ["A-100", "A-200"])
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (contact,) = [t for t in mapping["tables"] if t["target"] == "contact"]
    (link,) = [lk for lk in contact["lookups"] if lk["target"] == "parentcustomerid"]
    assert (link["source"], link["existing"]) == (
        "Company No.", {"table": "account", "by": "accountnumber"})
    phase = json.loads((run_dir / "phases" / "contact.json").read_text())
    assert (phase["source"], phase["loaded"], phase["verified"]) == (4, 4, 4)
    assert phase["balanced"] and phase["unresolved_lookups"] == 0
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(tmp_path / "parameters" / "known.yml", run_dir)
    try:
        rows = {r["lastname"]: r["_parentcustomerid_value"] for r in ctx.client.query(
            "contacts", select=["lastname", "_parentcustomerid_value"])}
    finally:
        ctx.client.close()
    # 'a-200' is written as the org's codes are (trimmed, upper case); an empty cell, none
    assert rows == {"Lee": ids["A-100"], "Ray": ids["A-200"], "Fox": None,
                    "Roe": ids["A-100"]}


def test_the_preflight_names_a_value_the_org_holds_no_record_for(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    with pytest.raises(PreflightFailed) as err:
        _run(tmp_path, ["A-100"])
    said = str(err.value)
    assert "1 record from contacts.Company No. names no account in the org whose " \
        "accountnumber is 'A-200': add it to the org" in said
    assert "mapping.decisions.columns.contact.parentcustomerid: null" in said
    assert "'A-100'" not in said  # the org has that one


def test_a_column_of_currency_codes_is_the_records_currency_found_by_its_code() -> None:
    """On a table that carries a currency (a real org's account: tests/data/tables), codes
    bind to the org's currencies by isocurrencycode; names ('US Dollar') or an empty column
    find none and say why (the link stays unresolved, counted, its reason repeated in the
    sponsor report)."""
    account = json.loads((REAL / "account.json").read_text(encoding="utf-8"))
    link, why = currency_link(pl.Series("Currency", ["eur", " USD ", None]), account)
    assert not why and link is not None
    assert (link["target"], link["navigation"], link["source"], link["existing"]) == (
        "transactioncurrencyid", "transactioncurrencyid", "Currency",
        {"table": "transactioncurrency", "by": "isocurrencycode"})
    link, why = currency_link(pl.Series("Currency", ["US Dollar", "Euro", None]), account)
    assert link is None and why.startswith("the records' currency (Euro, US Dollar)")
    assert "base currency" in why
    assert currency_link(pl.Series("Currency", [None, ""]), account) == (
        None, "the column is empty in this export")
