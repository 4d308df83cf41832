"""keys412's public exports run end to end from their parameters files, decisions only
(issue 13): Payload CMS (payloadcms/payload at db7543c2, MIT; a headless CMS on Next.js),
the records its ecommerce template's seed creates (one customer user, its two addresses, two
Stripe transactions, two orders, two products) as the admin's list views show them, headed
by Payload's labels in English, German, French and Spanish (tests/data/exports/
payload-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine ccc46fcf (session
53, round Z7). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the header each map
entry reads and the entries' names). In every language the customer user loads as a
contact (its one name as the last name, its e-mail), the two addressees of its address book
as contacts of their own (title, first and last name, street, city, state, postcode, country,
phone), the one company they name (Oscorp) made an account, by decision, and Otto Octavius
linked to it, the two orders as sales orders of that customer (linked by the user's name the list
shows) on the price list the org's admin set up (shipping street, city, state, postcode,
country and phone as the ship-to address, total, status: processing In Progress, closed as
Submitted; completed Complete, closed as Fulfilled), the two products as products (name,
price, stock, the slug as the number) on the org's default unit group and unit. Nothing is
held back or cleared and verification finds no column differing. The totals, written in
each locale's money format ('$74.99', '74,99 $', '74,99 $US', '74,99 US$'), stage as 74.99
in every language.

The parameters decide the file kinds (users and addresses as contacts: discovery names the
users a system user; transactions unknown), the company made an account and the link to it,
the keys (the order list has no id or number:
the two seeded orders differ only in their status), the user's name as the last name, the
order's name (a fixed 'Payload order': the list has none), total (the measured miss),
statuses, customer (the measured propose miss: the owner) and price list, the products'
number, units and whole quantities, and in German, French and Spanish the stock (the
measured miss).

What is NOT read (left unmapped), in every language:
- users: the roles (access rights);
- addresses: the customer the entry belongs to (no contact-to-contact parent here);
- orders: the item count, the recipient's title, first name (en, de, fr) and last name (en,
  de, es) and company, and the currency; in French the ship-to name is the last name, in
  Spanish the first name (the engine's pick, kept);
- products: enable variants and categories;
- transactions: named unknown (by decision), not moved;
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
from test_public_end_to_end_session12 import _product_catalogue

ADDRESS = ["salutation", "firstname", "lastname", "address1_line1", "address1_line2",
           "address1_city", "address1_stateorprovince", "address1_postalcode",
           "address1_country", "telephone1"]
SHIP = ["shipto_line1", "shipto_line2", "shipto_city", "shipto_stateorprovince",
        "shipto_postalcode", "shipto_country", "shipto_telephone"]
OTTO = {"salutation": "Dr.", "firstname": "Otto", "lastname": "Octavius",
        "address1_line1": "123 Main St", "address1_line2": "Suite 100",
        "address1_city": "New York", "address1_stateorprovince": "NY",
        "address1_postalcode": "10001", "address1_country": "United States",
        "telephone1": "1234567890"}
SHIPPED = {"shipto_line1": "123 Main St", "shipto_line2": "Suite 100",
           "shipto_city": "New York", "shipto_stateorprovince": "NY",
           "shipto_postalcode": "10001", "shipto_country": "US",
           "shipto_telephone": "1234567890"}
KINDS = {"users": "contact", "addresses": "contact", "orders": "order",
         "products": "product", "transactions": "unknown"}

# per language: the entries' names (the users' and the address book's), the address labels
# (Title, First name, Last name, Address 1, Address 2, City, State, Postal code, Country,
# Phone), the shipping group's label, the e-mail's, the order's status, amount and customer,
# the product's price and stock, the address's company, and the ship-to name the engine
# reads (fr, es)
LANGS: dict[str, dict[str, Any]] = {
    "payload-export-en": {
        "user": "contact_2", "book": "contact", "email": "Email",
        "address": ["Title", "First name", "Last name", "Address 1", "Address 2", "City",
                    "State", "Postal code", "Country", "Phone"],
        "ship": "Shipping address", "status": "Status", "amount": "Amount",
        "customer": "Customer", "price": "Price (USD)", "stock": "Inventory",
        "company": "Company", "shipto_name": None},
    "payload-export-de": {
        "user": "contact", "book": "contact_2", "email": "E-Mail",
        "address": ["Titel", "Vorname", "Nachname", "Adresszeile 1", "Adresszeile 2", "Stadt",
                    "Bundesland", "Postleitzahl", "Land", "Telefon"],
        "ship": "Lieferadresse", "status": "Status", "amount": "Betrag", "customer": "Kunde",
        "price": "Preis (USD)", "stock": "Inventar", "company": "Unternehmen",
        "shipto_name": None},
    "payload-export-fr": {
        "user": "contact", "book": "contact_2", "email": "E-mail",
        "address": ["Titre", "Prénom", "Nom", "Adresse 1", "Adresse 2", "Ville", "Région",
                    "Code postal", "Pays", "Téléphone"],
        "ship": "Adresse de livraison", "status": "Statut", "amount": "Montant",
        "customer": "Client", "price": "Prix (USD)", "stock": "Inventaire",
        "company": "Entreprise", "shipto_name": ("Nom", "Octavius")},
    "payload-export-es": {
        "user": "contact", "book": "contact_2", "email": "Correo electrónico",
        "address": ["Título", "Nombre", "Apellido", "Dirección 1", "Dirección 2", "Ciudad",
                    "Estado", "Código postal", "País", "Teléfono"],
        "ship": "Dirección de envío", "status": "Estado", "amount": "Cantidad",
        "customer": "Cliente", "price": "Precio (USD)", "stock": "Inventario",
        "company": "Empresa", "shipto_name": ("Nombre", "Otto")},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list, the default unit group and unit."""
    client.create("pricelevels", {"name": "Payload prices"})
    _product_catalogue(client)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _expected_columns(lang: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per map entry, the header each column reads."""
    labels = dict(zip(ADDRESS, lang["address"], strict=True))
    # the shipping group's sub-fields: Address 1 ... Phone (skipping title, names, company)
    ship = dict(zip(SHIP, [f"{lang['ship']} > {h}" for h in lang["address"][3:]],
                    strict=True))
    if lang["shipto_name"]:
        ship["shipto_name"] = f"{lang['ship']} > {lang['shipto_name'][0]}"
    return {
        "account": {"name": lang["company"]},
        lang["user"]: {"emailaddress1": lang["email"], "lastname": "Name"},
        lang["book"]: labels,
        "salesorder": {**ship, "name": None, "statuscode": lang["status"],
                       "totalamount": lang["amount"]},
        "product": {"name": "Title", "price": lang["price"], "quantityonhand": lang["stock"],
                    "productnumber": "Slug", "quantitydecimal": None},
    }


@pytest.mark.parametrize("name", list(LANGS))
def test_payload_customers_orders_and_products_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customer and its addressees load as contacts (Oscorp an account), the orders as
    sales orders of the customer (closed as Submitted and Fulfilled), the products as
    products; the transactions not moved; nothing held back or cleared; verification finds
    no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 1, 1, 0, 0, 0, 0),
        lang["user"]: ("users", 1, 1, 0, 0, 0, 0),
        lang["book"]: ("addresses", 2, 2, 0, 0, 0, 0),
        "salesorder": ("orders", 2, 2, 0, 0, 0, 0),
        "product": ("products", 2, 2, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        2, {"Submitted": 1, "Fulfilled": 1})
    assert all(o["cleared"] == 0 for o in out.values())
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    assert files["transactions"]["taken"] == {}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    expected = _expected_columns(lang)
    assert set(tables) == set(expected)
    for entry, cols in expected.items():
        assert {c["target"]: c.get("source") for c in tables[entry]["columns"]} == cols, entry
        assert not tables[entry].get("owner")                 # no owner column read
        # an order's currency is written by its name ('US Dollar'): no ISO code the org's
        # currencies are found by, so it stays a link left with its reason (the base)
        assert [u["target"] for u in tables[entry].get("unresolved_lookups") or []] == (
            ["transactioncurrencyid"] if tables[entry]["target"] == "salesorder" else [])
    first, last = lang["address"][1], lang["address"][2]
    assert tables[lang["book"]]["source_key"] == f"key({first}+{last})"
    assert tables[lang["user"]]["source_key"] == "key(Name)"
    assert tables["salesorder"]["source_key"] == f"key({lang['status']})"
    assert tables["product"]["source_key"] == "key(Slug)"
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables[lang["book"]]["lookups"]} == {
        "parentcustomerid": ("account", lang["company"])}
    assert {lk["target"]: (lk["table"], lk.get("source"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["customer"]), "pricelevelid": ("pricelevel", None)}
    assert {lk["target"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid", "defaultuomscheduleid"}
    assert [u["source"] for u in mapping.get("unmatched_sources") or []] == ["transactions"]

    staged = run_dir / "staged"
    user = pl.read_parquet(staged / f"{lang['user']}.parquet")
    assert user.select("emailaddress1", "lastname").to_dicts() == [
        {"emailaddress1": "customer@example.com", "lastname": "Customer"}]
    book = pl.read_parquet(staged / f"{lang['book']}.parquet").sort("__source_row")
    assert {c: book.row(0, named=True)[c] for c in ADDRESS} == OTTO
    assert book["lastname"].to_list() == ["Octavius", "Twist"]
    assert book["address1_country"].to_list() == ["United States", "United Kingdom"]
    assert book["__ref__parentcustomerid_account"].to_list() == ["Oscorp", None]
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts["name"].to_list() == ["Oscorp"]
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    for row in orders.to_dicts():
        assert {c: row[c] for c in SHIPPED} == SHIPPED
        assert (row["name"], row["totalamount"]) == ("Payload order", 74.99)
        # both orders link to the one customer contact, by the user's name
        assert row["__ref__customerid_contact"].endswith(user["__source_id"][0].split(":")[-1])
    assert orders["statuscode"].to_list() == [100001, 3]      # completed, processing
    if lang["shipto_name"]:
        assert set(orders["shipto_name"].to_list()) == {lang["shipto_name"][1]}
    else:
        assert "shipto_name" not in orders.columns
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.select("name", "productnumber", "price", "quantityonhand",
                           "quantitydecimal").to_dicts() == [
        {"name": "Hat", "productnumber": "hat", "price": 25.0, "quantityonhand": 0.0,
         "quantitydecimal": 0},
        {"name": "Tshirt", "productnumber": "tshirt", "price": 49.99, "quantityonhand": 0.0,
         "quantitydecimal": 0}]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for entry, cols in expected.items():
        extra = {"salesorder": {"customerid", "pricelevelid"}, lang["book"]: {"parentcustomerid"},
                 "product": {"defaultuomid", "defaultuomscheduleid"}}.get(entry, set())
        assert set(verified[entry]) == set(cols) | extra, entry
    assert not any(n for cols in verified.values() for n in cols.values())
