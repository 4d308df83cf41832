"""The org's currencies (Microsoft's "Transaction Currency (currency) table"): the base
currency the org was set up with, an administrator's added currency with its exchange rate,
and each record's currency and rate on every table with an amount."""

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


def test_an_amount_without_a_currency_takes_the_base_currency(client: httpx.Client) -> None:
    """As the real account and contact in fixtures/real show: an amount, the base currency
    and rate 1.0; a record without an amount names no currency."""
    usd = _currency(client, "USD")["transactioncurrencyid"]
    account = new_id(client.post("accounts", json={"name": "Fabrikam", "revenue": 5000000}))
    got = client.get(f"accounts({account})").json()
    assert (got["_transactioncurrencyid_value"], got["exchangerate"]) == (usd, 1.0)
    contact = new_id(client.post("contacts", json={"lastname": "Lee"}))
    assert client.get(f"contacts({contact})").json()["_transactioncurrencyid_value"] is None


def test_a_record_bound_to_an_added_currency_keeps_it_and_its_rate(
        client: httpx.Client) -> None:
    """An administrator adds the euro at 0.9 to one base dollar; an opportunity and a quote
    bound to it read back the euro and that rate (product, price list, order alike)."""
    eur = new_id(client.post("transactioncurrencies", json={
        "currencyname": "Euro", "isocurrencycode": "EUR", "currencysymbol": "€",
        "exchangerate": 0.9, "currencyprecision": 2}))
    bind = {"transactioncurrencyid@odata.bind": f"/transactioncurrencies({eur})"}
    account = new_id(client.post("accounts", json={"name": "Contoso"}))
    opp = new_id(client.post("opportunities", json={
        "name": "Renewal", "estimatedvalue": 900, **bind,
        "customerid_account@odata.bind": f"/accounts({account})"}))
    got = client.get(f"opportunities({opp})").json()
    assert (got["_transactioncurrencyid_value"], got["exchangerate"]) == (eur, 0.9)
    quote = new_id(client.post("quotes", json={
        "name": "Q-1", **bind, "customerid_account@odata.bind": f"/accounts({account})"}))
    assert client.get(f"quotes({quote})").json()["_transactioncurrencyid_value"] == eur
    for table in ("product", "pricelevel", "salesorder", "campaign", "quotedetail"):
        attrs = client.get(f"EntityDefinitions(LogicalName='{table}')/Attributes").json()
        lookup = next(a for a in attrs["value"] if a["LogicalName"] == "transactioncurrencyid")
        assert lookup["Targets"] == ["transactioncurrency"], table


def test_an_unknown_currency_is_refused(client: httpx.Client) -> None:
    missing = "00000000-0000-0000-0000-00000000dead"
    r = client.post("accounts", json={
        "name": "Nowhere", "transactioncurrencyid@odata.bind":
        f"/transactioncurrencies({missing})"})
    assert r.status_code == 404, r.text


def test_the_server_takes_the_orgs_currencies_on_its_command_line() -> None:
    import pytest

    from dataverse_emulator.server import build_parser
    args = build_parser().parse_args(["--base-currency", "eur", "--currencies",
                                      "gbp=0.85, PLN=4.3"])
    assert (args.base_currency, args.currencies) == ("eur", (("GBP", 0.85), ("PLN", 4.3)))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--currencies", "GBP=nothing"])


def test_a_spec_that_carries_a_currency_expands_to_its_lookup_and_rate() -> None:
    """A table spec with an amount (or ``currency``, which gives the lookup's required level)
    adds the record's currency lookup, its relationship and its read-only exchange rate, as
    Dataverse adds them with a table's first money column; a table with neither has none."""
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
    assert "transactioncurrencyid" in {a["LogicalName"] for a in expand(without)["Attributes"]}
    no_amount = {**without, "columns": without["columns"][:1]}
    assert "transactioncurrencyid" not in {a["LogicalName"] for a in expand(no_amount)[
        "Attributes"]}
