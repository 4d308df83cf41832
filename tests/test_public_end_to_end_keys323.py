"""keys323's public exports run end to end from their parameters files, decisions only
(issue 13): LedgerSMB (ledgersmb/LedgerSMB at 2c578797, GPL-2.0-or-later; open-source
double-entry accounting and ERP), the fixed records its own OpenAPI tests load and post (two
customer companies, one sales order) as its Contacts > Search and Sales Orders report CSV
downloads, headed by its own labels in English, German, French and Dutch
(tests/data/exports/ledgersmb-export-en, -de, -fr, -nl; SOURCE.md), written on the
branch-point engine 1eff826f (session 47, round U). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the key and link headers). In every language the two customers load as
accounts (name, customer number, description) and the sales order as a sales order (number
and name from LedgerSMB's order number, required-by date, total) linked to its customer by
the customer number, on the price list the org's admin set up (the test creates it);
verification finds no column differing. Each report's closing totals row has no key and is
held back as such (quarantined: the contacts' an empty row, the orders' no source id), so
source rows = loaded + held back. The parameters decide the contact file's kind (account:
discovery names it contact), the two keys, the account's name and number, the order's
number, name, date and total, the customer link, the price list, no owner column (the
French map read the order number as an owner), and leave the business type unread (en and
fr read it as the relationship type). The customers' and the order's currency code (USD, the
org's base) binds each to the org's currency.

What is NOT read (left unmapped), in every language:
- the contacts' control code (C-0, C-1) and business type (empty);
- the orders' customer name (the link is by number) and PO number (po 456);
- no owner column (the fallback owner, no one queued).
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

#: the two customers as staged (the columns the map reads), in the file's order
ACCOUNTS = [{"name": "Customer 1", "accountnumber": "Customer 1", "description": None},
            {"name": "Customer 2", "accountnumber": "Customer 2", "description": None}]
#: the sales order as staged
ORDER = {"ordernumber": "order 345", "name": "order 345",
         "requestdeliveryby": "2022-10-01T00:00:00Z", "totalamount": 52.47}
KINDS = {"contacts": ("account", {"account": 3}), "sales_orders": ("order", {"salesorder": 2})}

# per language: the columns each table's map reads (target: header), the keys, the link's
# header, the currency header (both files), the columns left unread
LANGS: dict[str, dict[str, Any]] = {
    "ledgersmb-export-en": {
        "account": {"name": "Name", "accountnumber": "Credit Account Number",
                    "description": "Description"},
        "salesorder": {"ordernumber": "Sales Orders", "name": "Sales Orders",
                       "requestdeliveryby": "Required Date", "totalamount": "Amount"},
        "customer": "Customer", "currency": "Currency",
        "unread": {"account": {"Control Code", "Business Type"},
                   "salesorder": {"Name", "PO Number"}}},
    "ledgersmb-export-de": {
        "account": {"name": "Name", "accountnumber": "Kontonummer",
                    "description": "Beschreibung"},
        "salesorder": {"ordernumber": "Verkaufsbelege", "name": "Verkaufsbelege",
                       "requestdeliveryby": "Bedarfstermin", "totalamount": "Betrag"},
        "customer": "Kunde", "currency": "WÃ¤hrung",
        "unread": {"account": {"Kontrollnummer", "Gewerbe"},
                   "salesorder": {"Name", "Auftragsnummer"}}},
    "ledgersmb-export-fr": {
        "account": {"name": "Nom", "accountnumber": "Numéro de compte de crédit",
                    "description": "Description"},
        "salesorder": {"ordernumber": "Commandes de vente", "name": "Commandes de vente",
                       "requestdeliveryby": "Date requise", "totalamount": "Montant"},
        "customer": "Client", "currency": "Devise",
        "unread": {"account": {"Code de contrôle", "Type d'entreprise"},
                   "salesorder": {"Nom", "Numéro de référence"}}},
    "ledgersmb-export-nl": {
        "account": {"name": "Naam", "accountnumber": "Nummer crediteurenrekening",
                    "description": "Omschrijving"},
        "salesorder": {"ordernumber": "Verkooporders", "name": "Verkooporders",
                       "requestdeliveryby": "Uiterlijke leverdatum", "totalamount": "Bedrag"},
        "customer": "Klant", "currency": "Valuta",
        "unread": {"account": {"Control Code", "Bedrijfstype"},
                   "salesorder": {"Naam", "PO Nummer"}}},
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "LedgerSMB prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_ledgersmb_customers_and_order_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The two customers load as accounts and the sales order as a sales order linked to
    its customer, as counted; each report's totals row held back; records field by field;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("contacts", 3, 2, 1, 0, 0, 0),
        "salesorder": ("sales_orders", 2, 1, 1, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    held = {t: pl.read_csv(run_dir / "quarantine" / f"{t}.csv", infer_schema=False)
            for t in ("account", "salesorder")}
    assert [(r["file"], r["row"], r["reason"]) for t in held for r in held[t].to_dicts()] == [
        ("contacts.csv", "3", "an empty row: no value in any column"),
        ("sales_orders.csv", "2", f"no source id in 'key({lang['salesorder']['ordernumber']})'")]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "salesorder"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert set(table["unmapped"]) == lang["unread"][target]
        assert not table.get("owner")                    # no owner column read
    assert tables["account"]["source_key"] == f"key({lang['account']['accountnumber']})"
    assert tables["salesorder"]["source_key"] == f"key({lang['salesorder']['ordernumber']})"
    # both files' currency code (USD, the org's base): the org's currency, found by its code
    currency = ("transactioncurrency", lang["currency"], None)
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["account"]["lookups"]} == {"transactioncurrencyid": currency}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("account", lang["customer"], lang["account"]["accountnumber"]),
        "pricelevelid": ("pricelevel", None, None), "transactioncurrencyid": currency}
    for table in tables.values():
        assert [lk["existing"] for lk in table["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            {"table": "transactioncurrency", "by": "isocurrencycode"}]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row").to_dicts()
    assert [{c: r[c] for c in lang["account"]} for r in accounts] == [
        {c: a[c] for c in lang["account"]} for a in ACCOUNTS]
    (order,) = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert {c: order[c] for c in lang["salesorder"]} == ORDER
    # the order bound to Customer 1, by its customer number
    assert order["__ref__customerid_account"] == accounts[0]["__source_id"]
    usd = ('existing:{"match": {"isocurrencycode": "USD"}, "table": "transactioncurrency"}',
           "existing")
    assert [(r["__ref__transactioncurrencyid"], r["__via__transactioncurrencyid"])
            for r in [*accounts, order]] == [usd, usd, usd]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"]) | {"transactioncurrencyid"}
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
