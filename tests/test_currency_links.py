"""A record's currency carried by the code its row names (issue 13): the map binds an
export's 'Currency' column of ISO codes to the org's own currencies
(``existing: {table: transactioncurrency, by: isocurrencycode}``), each record found its
currency at load, read back by verification; the preflight stops the load, naming the code
and how many records are in it, where the org lacks a currency (an administrator adds it with
its rate); a column of currency names finds none and says why. Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.load.preflight import PreflightFailed
from d365migrate.mapping.currency_links import currency_link
from engagements import run_steps

ACCOUNTS = ("id,Account Name,Annual Revenue,Currency\n1,Fabrikam,5000000,EUR\n"
            "2,Contoso,120000,usd\n3,Northwind,,\n4,Litware,90000,EUR\n")
PARAMETERS = """engagement: coins
export: runs/coins/export
objects: [account]
mapping:
  confirm_as: Test Analyst
destination:
  url: null
"""
EURO = {"currencyname": "Euro", "isocurrencycode": "EUR", "currencysymbol": "€",
        "exchangerate": 0.9, "currencyprecision": 2}


def _run(root: Path, accounts: str, *, euro: bool) -> tuple[Path, dict[str, str]]:
    from d365migrate.run.context import RunContext

    export = root / "runs" / "coins" / "export"
    export.mkdir(parents=True)
    (export / "accounts.csv").write_text(accounts, encoding="utf-8")
    (root / "parameters").mkdir()
    params = root / "parameters" / "coins.yml"
    params.write_text(PARAMETERS, encoding="utf-8")
    run_dir = root / "runs" / "coins" / "run-1"
    ctx = RunContext.open(params, run_dir)
    try:  # the org's currencies: its base (US dollar), and the euro where an admin added it
        if euro:
            ctx.client.create("transactioncurrencies", EURO)
        ids = {r["isocurrencycode"]: r["transactioncurrencyid"] for r in ctx.client.query(
            "transactioncurrencies", select=["isocurrencycode", "transactioncurrencyid"])}
    finally:
        ctx.client.close()
    run_steps(params, run_dir)
    return run_dir, ids


def test_each_account_keeps_the_currency_its_row_names(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    run_dir, ids = _run(tmp_path, ACCOUNTS, euro=True)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    account = next(t for t in mapping["tables"] if t["target"] == "account")
    link = next(lk for lk in account["lookups"] if lk["target"] == "transactioncurrencyid")
    assert (link["source"], link["existing"]) == (
        "Currency", {"table": "transactioncurrency", "by": "isocurrencycode"})
    assert "Currency" not in account["unmapped"]
    phase = json.loads((run_dir / "phases" / "account.json").read_text())
    assert (phase["source"], phase["loaded"], phase["verified"]) == (4, 4, 4)
    assert phase["balanced"] and phase["unresolved_lookups"] == 0
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(tmp_path / "parameters" / "coins.yml", run_dir)
    try:
        rows = {r["name"]: (r["_transactioncurrencyid_value"], r["exchangerate"])
                for r in ctx.client.query("accounts", select=[
                    "name", "_transactioncurrencyid_value", "exchangerate"])}
    finally:
        ctx.client.close()
    # 'usd' is the dollar; the account with no amount and no code names no currency
    assert rows == {"Fabrikam": (ids["EUR"], 0.9), "Contoso": (ids["USD"], 1.0),
                    "Northwind": (None, None), "Litware": (ids["EUR"], 0.9)}


def test_the_preflight_names_a_currency_the_org_does_not_have(tmp_path, monkeypatch):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    with pytest.raises(PreflightFailed) as err:
        _run(tmp_path, ACCOUNTS, euro=False)
    said = str(err.value)
    assert "2 records from accounts.Currency name no transactioncurrency in the org whose " \
        "isocurrencycode is 'EUR': add it to the org" in said
    assert "mapping.decisions.columns.account.transactioncurrencyid: null" in said
    assert "'USD'" not in said  # the base currency is there


def test_currency_names_find_no_currency_and_say_why() -> None:
    """'US Dollar' is no code the org's currencies are found by: the link stays unresolved
    (counted on each record naming one), its reason saying each record takes the base
    currency (which the sponsor report repeats)."""
    table_def = json.loads((Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator"
                            / "data" / "tables" / "quote.json").read_text(encoding="utf-8"))
    link, why = currency_link(pl.Series("Currency", ["US Dollar", "Euro", None]), table_def)
    assert link is None and why.startswith("the records' currency (Euro, US Dollar)")
    assert "base currency" in why
    link, why = currency_link(pl.Series("Currency", ["eur", " USD "]), table_def)
    assert link is not None and link["navigation"] == "transactioncurrencyid" and not why
    assert currency_link(pl.Series("Currency", [None, ""]), table_def)[0] is None
