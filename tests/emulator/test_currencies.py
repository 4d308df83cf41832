"""The org's currencies (Microsoft's "Transaction Currency (currency) table"): the base
currency the org was set up with and an administrator's added currency with its exchange
rate, as the server's flags and the embedded org's parameters set them up."""

from __future__ import annotations

from pathlib import Path

import httpx

from dataverse_emulator import Limits, create_app

from .conftest import make_client, new_id


def _currency(client: httpx.Client, code: str) -> dict:
    found = client.get("transactioncurrencies", params={
        "$filter": f"isocurrencycode eq '{code}'"}).json()["value"]
    assert len(found) == 1, found
    return found[0]


def test_the_org_holds_its_base_currency_from_set_up(client: httpx.Client) -> None:
    usd = _currency(client, "USD")
    assert (usd["currencyname"], usd["exchangerate"], usd["currencyprecision"]) == (
        "US Dollar", 1.0, 2)
    assert client.get("transactioncurrencies").json()["value"] == [usd]


def test_an_org_set_up_in_euros_holds_the_euro(tmp_path: Path) -> None:
    """--base-currency EUR --currencies GBP=0.85: the euro at 1, the pound its admin added
    at 0.85; started again on the same state, nothing is added twice."""
    limits = Limits(base_currency="EUR", currencies=(("GBP", 0.85),))
    with make_client(create_app(tmp_path / "eu.sqlite", limits=limits)) as eu:
        assert _currency(eu, "EUR")["currencysymbol"] == "€"
        assert _currency(eu, "GBP")["exchangerate"] == 0.85
        assert not eu.get("transactioncurrencies", params={
            "$filter": "isocurrencycode eq 'USD'"}).json()["value"]
    with make_client(create_app(tmp_path / "eu.sqlite", limits=limits)) as again:
        assert len(again.get("transactioncurrencies").json()["value"]) == 2


def test_an_administrator_adds_a_currency_with_its_rate(client: httpx.Client) -> None:
    eur = new_id(client.post("transactioncurrencies", json={
        "currencyname": "Euro", "isocurrencycode": "EUR", "currencysymbol": "€",
        "exchangerate": 0.9, "currencyprecision": 2}))
    got = _currency(client, "EUR")
    assert (got["transactioncurrencyid"], got["exchangerate"]) == (eur, 0.9)
    assert len(client.get("transactioncurrencies").json()["value"]) == 2
    missing = client.post("transactioncurrencies", json={"currencyname": "Nothing"})
    assert missing.status_code == 400, missing.text  # its code, symbol, rate are required


def test_the_server_takes_the_orgs_currencies_on_its_command_line() -> None:
    import pytest

    from dataverse_emulator.server import build_parser
    args = build_parser().parse_args(["--base-currency", "eur", "--currencies",
                                      "gbp=0.85, PLN=4.3"])
    assert (args.base_currency, args.currencies) == ("eur", (("GBP", 0.85), ("PLN", 4.3)))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--currencies", "GBP=nothing"])


def test_a_spec_that_carries_a_currency_expands_to_its_lookup_and_rate() -> None:
    """``currency`` in a table spec (the next step: every table with an amount) adds the
    record's currency lookup, its relationship and its read-only exchange rate, as Dataverse
    adds them with a table's first money column."""
    from dataverse_emulator.table_specs import expand

    spec = {"logical": "new_deal", "schema": "new_Deal", "set": "new_deals",
            "display": ("Deal", "Deals"), "otc": 10999, "ownership": "UserOwned",
            "primary_name": "new_name", "description": "A made-up table.",
            "currency": "ApplicationRequired",
            "columns": [("new_name", "String", "Name", {"primary": True}),
                        ("new_amount", "Money", "Amount", {})]}
    doc = expand(spec)
    attrs = {a["LogicalName"]: a for a in doc["Attributes"]}
    lookup, rate = attrs["transactioncurrencyid"], attrs["exchangerate"]
    assert (lookup["Targets"], lookup["RequiredLevel"]["Value"], lookup["SchemaName"]) == (
        ["transactioncurrency"], "ApplicationRequired", "TransactionCurrencyId")
    assert (rate["IsValidForCreate"], rate["IsValidForUpdate"], rate["Precision"]) == (
        False, False, 10)
    (rel,) = [r for r in doc["ManyToOneRelationships"]
              if r["ReferencingAttribute"] == "transactioncurrencyid"]
    assert (rel["SchemaName"], rel["ReferencingEntityNavigationPropertyName"]) == (
        "transactioncurrency_new_deal", "transactioncurrencyid")
    without = {k: v for k, v in spec.items() if k != "currency"}
    assert "transactioncurrencyid" not in {a["LogicalName"] for a in expand(without)[
        "Attributes"]}
