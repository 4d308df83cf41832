"""keys312's public exports run end to end from their parameters files, decisions only
(issue 13): FOSSBilling (FOSSBilling/FOSSBilling at d3d6ac13, Apache-2.0; billing and client
management for hosting businesses), the fixed records of its legacy PHPUnit fixtures (one
client, four invoices, ten orders) as its admin API's CSV exports write clients, invoices and
orders, headed by its own labels in English, German, French and Spanish
(tests/data/exports/fossbilling-export-en, -de, -fr, -es; SOURCE.md), written on the
branch-point engine e47e9bef (session 45, round T) and brought up to the engine's session-45
rules (the French first address line, the German and Spanish order notes now read). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the id and client-number headers). In every language the client loads
as a contact (e-mail, status, first and last name, phone, address) and the ten orders as
sales orders (number and name from FOSSBilling's order id, status, notes, discount where
read), each linked to the client by its client number, on the price list the org's admin
set up (the test creates it); the two active orders are closed as fulfilled; nothing is held
back and verification finds no column differing. The parameters decide the two keys (FOSSBilling's
ids), the order's number and name (its id: the fixtures give no title), the client link,
the price list, the order statuses (pending_setup Pending, active Complete) and, in German,
the status column itself (e47e9bef's map left 'Bestellstatus' unread; the engine now reads
it itself, the decision is kept).

What is NOT read (left unmapped by the engine), in every language:
- the client's phone country code (1), company VAT and registration number (empty; from
  session 49 to 54 en and es read the registration number as the contact's 'company', which
  is Dataverse's Company Phone: no longer); its company name (FOSSBilling) is read as the
  parent account, a link left unbound (no companies file);
- the orders' product id, title (empty), service type, period, quantity, price and reason;
  the discount in fr (read in en, de and es: as a percentage until session 64, as the
  discount's amount, 15, since session 65, as the key says); (the notes, empty, are
  read as the description in every language);
- (the client's and the orders' currency code, USD, the org's base, binds each to the org's
  currency; the last order, 13, names none and takes the base);
- the invoices file: named unknown, not moved (bills: no Sales table);
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

#: the client as staged, every language (the columns the map reads among these)
CLIENT = {"emailaddress1": "client@fossbilling.org", "statuscode": 1, "firstname": "Demo",
          "lastname": "Client", "telephone1": "646-123-4567",
          "address1_line1": "Wall Street 45", "address1_line2": None,
          "address1_city": "New York", "address1_stateorprovince": "NY",
          "address1_postalcode": "123456", "address1_country": "US"}
#: the orders' FOSSBilling ids (their number and name), in the file's order
ORDER_IDS = ["1", "2", "3", "4", "5", "6", "7", "8", "10", "13"]
#: their statuses: pending_setup Pending (2), active Complete (100001; closed as fulfilled)
ORDER_STATUS = [2, 2, 2, 2, 2, 2, 2, 100001, 100001, 2]
#: their discounts, where the map reads them (as the amount since session 65)
DISCOUNTS = [None] * 7 + [15.0, 15.0, None]
ORDER_IDS_COLS = {"ordernumber": "ID", "name": "ID"}
KINDS = {"clients": ("contact", {"contact": 1}), "invoices": ("unknown", {}),
         "orders": ("order", {"salesorder": 10})}

# per language: the columns each table's map reads (target: header), the link's header and
# the key (FOSSBilling's id) it is bound by, the company name's header (a link left unbound),
# the currency code's header (the client's and the orders')
LANGS: dict[str, dict[str, Any]] = {
    "fossbilling-export-en": {
        "contact": {"emailaddress1": "Email", "statuscode": "Status",
                    "firstname": "First name", "lastname": "Last name",
                    "telephone1": "Phone",
                    "address1_line1": "Address Line 1", "address1_line2": "Address Line 2",
                    "address1_city": "City", "address1_stateorprovince": "State",
                    "address1_postalcode": "Postcode", "address1_country": "Country"},
        "salesorder": {"discountamount": "Order discount", "statuscode": "Order status",
                       "description": "Order notes", **ORDER_IDS_COLS},
        "client": "Client ID", "id": "ID", "company": "Company name",
        "currency": "Currency"},
    "fossbilling-export-de": {
        "contact": {"emailaddress1": "E-Mail", "statuscode": "Status",
                    "firstname": "Vorname", "lastname": "Nachname", "telephone1": "Telefon",
                    "address1_line1": "Adresszeile 1", "address1_line2": "Adresszeile 2",
                    "address1_city": "Stadt", "address1_stateorprovince": "Bundesland",
                    "address1_postalcode": "Postleitzahl", "address1_country": "Land"},
        "salesorder": {"discountamount": "Rabatt", "statuscode": "Bestellstatus",
                       "description": "Bestell-Notizen", **ORDER_IDS_COLS},
        "client": "Kundennummer", "id": "ID", "company": "Firmenname",
        "currency": "Währung"},
    "fossbilling-export-fr": {
        "contact": {"emailaddress1": "E-mail", "statuscode": "Statut",
                    "firstname": "Prénom", "lastname": "Nom", "telephone1": "Téléphone",
                    "address1_line1": "Adresse ligne 1", "address1_line2": "Adresse ligne 2",
                    "address1_city": "Ville",
                    "address1_stateorprovince": "État", "address1_postalcode": "Code Postal",
                    "address1_country": "Pays"},
        "salesorder": {"statuscode": "Statut de la commande",
                       "description": "Notes de commande",
                       "ordernumber": "Identifiant", "name": "Identifiant"},
        "client": "ID Client", "id": "Identifiant", "company": "Nom de l'entreprise",
        "currency": "Devise"},
    "fossbilling-export-es": {
        "contact": {"emailaddress1": "Correo", "statuscode": "Estado",
                    "firstname": "Nombre", "lastname": "Apellido", "telephone1": "Teléfono",
                    "address1_line1": "Dirección línea 1",
                    "address1_line2": "Dirección línea 2", "address1_city": "Ciudad",
                    # the second 'Estado' of the header (state), as the reader names it
                    "address1_stateorprovince": "Estado_2",
                    "address1_postalcode": "Código postal", "address1_country": "País"},
        "salesorder": {"discountamount": "Descuento de pedido",
                       "statuscode": "Estado del pedido",
                       "description": "Información adicional", **ORDER_IDS_COLS},
        "client": "ID de cliente", "id": "ID", "company": "Nombre de la empresa",
        "currency": "Moneda"},
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "FOSSBilling prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_fossbilling_client_and_orders_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The client loads as a contact and its ten orders as sales orders linked to it, as
    counted, nothing held back; records field by field; the active orders closed as
    fulfilled; the invoices not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("clients", 1, 1, 0, 0, 0, 0), "salesorder": ("orders", 10, 10, 0, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}   # the company: no file
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        2, {"Fulfilled": 2})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == f"key({lang['id']})"
        assert not table.get("owner")                    # no owner column read
    # the client's and the orders' currency code (USD, the org's base): the org's currency
    currency = {"transactioncurrencyid": ("transactioncurrency", lang["currency"], None)}
    for lk in (lk for t in tables.values() for lk in t["lookups"]
               if lk["target"] == "transactioncurrencyid"):
        assert lk["existing"] == {"table": "transactioncurrency", "by": "isocurrencycode"}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["contact"]["lookups"]} == currency
    assert [(u["target"], u["source"]) for u in tables["contact"]["unresolved_lookups"]] == [
        ("parentcustomerid", lang["company"])]
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["client"], lang["id"]),
        "pricelevelid": ("pricelevel", None, None), **currency}
    status = next(c for c in tables["salesorder"]["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"pending_setup": 2, "active": 100001}

    staged = run_dir / "staged"
    (contact,) = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert {c: contact[c] for c in lang["contact"]} == {c: CLIENT[c] for c in lang["contact"]}
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row").to_dicts()
    assert [(r["ordernumber"], r["name"], r["statuscode"]) for r in orders] == list(
        zip(ORDER_IDS, ORDER_IDS, ORDER_STATUS, strict=True))
    if "discountamount" in lang["salesorder"]:
        assert [r["discountamount"] for r in orders] == DISCOUNTS
    if "description" in lang["salesorder"]:
        assert {r["description"] for r in orders} == {None}   # the fixtures' notes are empty
    # every order bound to the one client, by FOSSBilling's client number
    assert {r["__ref__customerid_contact"] for r in orders} == {contact["__source_id"]}
    # the org's currency found by the row's code; order 13 names none (it takes the base)
    usd = ('existing:{"match": {"isocurrencycode": "USD"}, "table": "transactioncurrency"}',
           "existing")
    assert (contact["__ref__transactioncurrencyid"],
            contact["__via__transactioncurrencyid"]) == usd
    assert [(r["__ref__transactioncurrencyid"], r["__via__transactioncurrencyid"])
            for r in orders] == [usd] * 9 + [(None, None)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"]) | {"transactioncurrencyid"}
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
