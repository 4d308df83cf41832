"""keys322's public exports run end to end from their parameters files, decisions only
(issue 13): Aimeos (aimeos/aimeos-core at 72b23df5 with its admin panel
aimeos/ai-admin-jqadm at d46f65dc, LGPL-3.0; open-source e-commerce), the fixed records of
aimeos-core's unit-test setup data (three customers, four orders of customer 1, three
suppliers) as the admin panel's customer, order and supplier lists show them, headed by its
own labels in English, German, French and Spanish (tests/data/exports/aimeos-export-en,
-de, -fr, -es; SOURCE.md), written on the branch-point engine 1eff826f (session 47, round U).
Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the id and customer-id headers, the company header). In every
language the three customers load as contacts (status, the salutation code as the
salutation and, beside it, the academic title as the suffix since session 48 (held out:
the title as the salutation; in French 'Titre' heads both: the code is read), names,
address, phone, fax, e-mail, web site, birthday; the two without a name of their own under
their label, by decision)
and the four orders as sales orders (number: Aimeos's order id, name: its invoice number,
status from the delivery status, delivery costs, rebate, tax, the payment address as the
bill-to address), each linked to customer 1 by its customer id, on the price list the org's
admin set up (the test creates it); the disabled customer is closed as inactive, the
delivered orders as fulfilled, the dispatched one as submitted (in progress); nothing is
held back and verification finds no column differing.

The parameters decide: the order list is orders (the engine reads it as people in en, de,
fr: its columns are mostly the payment address), in French the customer list is contacts
too; both keys (Aimeos's ids), the customers' last name (else their label: Dynamics requires
one), postal code and fax, the order's number, name, status, amounts and bill-to address,
the customer link, the price list, the customers' status values; per language the columns
the engine leaves (de: 'Adresse 3', 'Ländercode'; fr: 'Adresse 3', 'État_2', 'Identifiant
du pays', the status; es: 'Domicilio 1-3', 'Estado_2') and the ones it reads wrongly (de,
es: the payment date as the creation date; de, fr: the rebate as a percentage; de: the
editor as the owner), left out.

What is NOT read (left unmapped), in every language:
- the customers' login code, label (but as a last name where no name), salutation code
  (mr; in French the academic title instead), VAT id, language, verification date and
  editor; their company name is read as the parent account, a link left unbound (no
  companies file), in French not read at all;
- the orders' channel, pay status and date, ship date (read as datefulfilled in en, empty),
  related order, site, language, price (the products' total), tax flag, customer reference,
  editor, the payment address's salutation, company, VAT id, title, names, language, fax,
  mobile, e-mail and web site (their currency code, EUR, added to the org beside its base,
  binds each to the org's euro);
- the suppliers file: named unknown, not moved (vendors: no Sales table);
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

#: the customers as staged, every language, in the file's order
CUSTOMERS = {
    "statuscode": [1, 1, 2],
    "salutation": ["mr", None, None],   # the salutation code (since session 48)
    "suffix": ["Dr", None, None],       # the academic title beside it (since session 48)
    "firstname": ["Our", None, None],
    "lastname": ["Unittest", "unitCustomer002", "unitCustomer003"],
    "address1_line1": ["Pickhuben", None, None],
    "address1_line2": ["2-4", None, None],
    "address1_line3": [None, None, None],
    "address1_postalcode": ["20457", None, None],
    "address1_city": ["Hamburg", None, None],
    "address1_stateorprovince": ["Hamburg", None, None],
    "address1_country": ["DE", "DE", "DE"],
    "telephone1": ["055544332211", None, None],
    "fax": ["055544332212", None, None],
    "emailaddress1": ["test@example.com", "test2@example.com", "test3@example.com"],
    "websiteurl": ["www.example.com", None, None],
    "birthdate": ["1999-01-01T00:00:00Z", None, None],
}
#: the orders as staged, every language, in the file's order
ORDERS = {
    "ordernumber": ["1", "2", "3", "4"],
    "name": ["UINV-001", "UINV-002", "UINV-003", "UINV-004"],
    "statuscode": [100001, 100001, 100001, 3],   # delivered Complete, dispatched In Progress
    "freightamount": [1.5, 32.0, 65.0, 5.0],
    "discountamount": [14.5, 5.0, 0.0, 4.5],
    "totaltax": [0.0, 112.4034, 357.4358, 0.0],
    "description": ["This is a comment if an order. It can be added by the user.",
                    "This is another comment.", "This is a bundle basket.",
                    "This is a comment if an order. It can be added by the user."],
    "billto_line1": ["Durchschnitt", "Königallee", "Königallee", "Durchschnitt"],
    "billto_line2": ["1", "1", "1", "2"],
    "billto_line3": [None, None, None, None],
    "billto_postalcode": ["20146"] * 4,
    "billto_city": ["Hamburg"] * 4,
    "billto_stateorprovince": ["Hamburg"] * 4,
    "billto_country": ["DE"] * 4,
    "billto_telephone": ["055544332211", "055544332211", "055544332211", "055544332212"],
    "datefulfilled": [None] * 4,
}
KINDS = {"customers": ("contact", {"contact": 3}), "orders": ("order", {"salesorder": 4}),
         "suppliers": ("unknown", {})}

# per language: the columns each table's map reads (target: header), the key header (the
# id), the orders' customer-id header, the company header (a link left unbound; None: not
# read), the orders' currency header
LANGS: dict[str, dict[str, Any]] = {
    "aimeos-export-en": {
        "contact": {"statuscode": "Status", "salutation": "Salutation", "suffix": "Title",
                    "firstname": "First name",
                    "lastname": "Last name", "address1_line1": "Address 1",
                    "address1_line2": "Address 2", "address1_line3": "Address 3",
                    "address1_postalcode": "Postal", "address1_city": "City",
                    "address1_stateorprovince": "State", "address1_country": "Country ID",
                    "telephone1": "Telephone", "fax": "Facsimile", "emailaddress1": "Email",
                    "websiteurl": "Web site", "birthdate": "Birthday"},
        "salesorder": {"ordernumber": "ID", "name": "Invoice no.", "statuscode": "Ship status",
                       "freightamount": "Costs", "discountamount": "Rebate", "totaltax": "Tax",
                       "description": "Comment", "billto_line1": "Street",
                       "billto_line2": "House number", "billto_line3": "Floor",
                       "billto_postalcode": "Zip code", "billto_city": "City",
                       "billto_stateorprovince": "State", "billto_country": "Country",
                       "billto_telephone": "Telephone", "datefulfilled": "Ship date"},
        "id": "ID", "customer": "Customer ID", "company": "Company", "currency": "Currency",
        "status": {"Enabled": 1, "Disabled": 2},
        "ship": {"delivered": 100001, "dispatched": 3}},
    "aimeos-export-de": {
        "contact": {"statuscode": "Status", "salutation": "Anrede", "suffix": "Titel",
                    "firstname": "Vorname",
                    "lastname": "Nachname", "address1_line1": "Adresse 1",
                    "address1_line2": "Adresse 2", "address1_line3": "Adresse 3",
                    "address1_postalcode": "PLZ", "address1_city": "Ort",
                    "address1_stateorprovince": "Bundesland", "address1_country": "Ländercode",
                    "telephone1": "Telefon", "fax": "Fax", "emailaddress1": "E-Mail",
                    "websiteurl": "Webseite", "birthdate": "Geburtstag"},
        "salesorder": {"ordernumber": "ID", "name": "Rechnung Nr.",
                       "statuscode": "Lieferstatus", "freightamount": "Kosten",
                       "discountamount": "Rabatt", "totaltax": "Steuer",
                       "description": "Kommentar", "billto_line1": "Straße",
                       "billto_line2": "Hausnummer", "billto_line3": "Etage",
                       "billto_postalcode": "Postleitzahl", "billto_city": "Ort",
                       "billto_stateorprovince": "Bundesland", "billto_country": "Land",
                       "billto_telephone": "Telefon",
                       # since session 47's words ('Lieferdatum': the ship date), empty
                       "datefulfilled": "Lieferdatum"},
        "id": "ID", "customer": "Kunden-ID", "company": "Firma", "currency": "Währung",
        "status": {"Verfügbar": 1, "Deaktiviert": 2},
        "ship": {"Ausgeliefert": 100001, "Versandt": 3}},
    "aimeos-export-fr": {
        # 'Titre' heads the salutation code and the title: the first is read
        "contact": {"statuscode": "État", "salutation": "Titre", "firstname": "Prénom",
                    "lastname": "Nom", "address1_line1": "Adresse 1",
                    "address1_line2": "Adresse 2", "address1_line3": "Adresse 3",
                    "address1_postalcode": "Postal", "address1_city": "Ville",
                    # the second 'État' of the header (state), as the reader names it
                    "address1_stateorprovince": "État_2",
                    "address1_country": "Identifiant du pays", "telephone1": "Téléphone",
                    "fax": "Télécopieur", "emailaddress1": "Adresse courriel",
                    "websiteurl": "Site web", "birthdate": "Date de naissance"},
        "salesorder": {"ordernumber": "Identifiant", "name": "Numéro de facture",
                       "statuscode": "Statut de l'expédition", "freightamount": "Coûts",
                       "discountamount": "Remise", "totaltax": "Taxe",
                       "description": "Commentaire", "billto_line1": "Rue",
                       "billto_line2": "Numéro de porte", "billto_line3": "Étage",
                       "billto_postalcode": "Code postal", "billto_city": "Ville",
                       "billto_stateorprovince": "État", "billto_country": "Pays",
                       "billto_telephone": "Téléphone"},
        # the company's name ('Nom de la compagnie') read as the others' since session 50
        "id": "Identifiant", "customer": "Identifiant du client",
        "company": "Nom de la compagnie", "currency": "Devise",
        "status": {"activé": 1, "désactivé": 2},
        "ship": {"livrée": 100001, "expédiée": 3}},
    "aimeos-export-es": {
        "contact": {"statuscode": "Estado", "salutation": "Saludo", "suffix": "Título",
                    "firstname": "Nombre",
                    "lastname": "Apellido", "address1_line1": "Domicilio 1",
                    "address1_line2": "Domicilio 2", "address1_line3": "Domicilio 3",
                    "address1_postalcode": "Postal", "address1_city": "Ciudad",
                    # the second 'Estado' of the header (state), as the reader names it
                    "address1_stateorprovince": "Estado_2",
                    "address1_country": "ID del país", "telephone1": "Teléfono", "fax": "Fax",
                    "emailaddress1": "Correo electrónico", "websiteurl": "Sitio web",
                    "birthdate": "Cumpleaños"},
        "salesorder": {"ordernumber": "Identificacion", "name": "Nº de factura",
                       "statuscode": "Estado del envío", "freightamount": "Costos",
                       "discountamount": "Rebaja", "totaltax": "Impuesto",
                       "description": "Comentarios", "billto_line1": "Calle",
                       "billto_line2": "Número de casa", "billto_line3": "Piso",
                       "billto_postalcode": "Código postal", "billto_city": "Ciudad",
                       "billto_stateorprovince": "Estado", "billto_country": "País",
                       "billto_telephone": "Teléfono"},
        "id": "Identificacion", "customer": "Identificacion del cliente", "company": "Empresa",
        "currency": "Divisa",
        "status": {"habilitado": 1, "deshabilitado": 2},
        "ship": {"entregado": 100001, "enviado": 3}},
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "Aimeos prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_aimeos_customers_and_orders_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The three customers load as contacts and the four orders as sales orders linked to
    customer 1, as counted, nothing held back; records field by field; the disabled
    customer and the orders closed; the suppliers not moved; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0), "salesorder": ("orders", 4, 4, 0, 0, 0, 0)}
    assert out["contact"]["links_left"] == (
        {"parentcustomerid": 1} if lang["company"] else {})   # the company: no file
    assert (out["contact"]["closed"], out["contact"]["closed_as"]) == (1, {"Inactive": 1})
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        4, {"Fulfilled": 3, "Submitted": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == f"key({lang['id']})"
        assert not table.get("owner")                    # no owner column read
    assert not tables["contact"].get("lookups")
    assert [(u["target"], u["source"]) for u in tables["contact"]["unresolved_lookups"]] == (
        [("parentcustomerid", lang["company"])] if lang["company"] else [])
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["customer"], lang["id"]),
        "pricelevelid": ("pricelevel", None, None),
        # the order's currency code (EUR): the org's euro, found by its code
        "transactioncurrencyid": ("transactioncurrency", lang["currency"], None)}
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    columns = {t: {c["target"]: c for c in tables[t]["columns"]} for t in tables}
    assert columns["contact"]["statuscode"]["values"] == lang["status"]
    assert columns["salesorder"]["statuscode"]["values"] == lang["ship"]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    want = {**CUSTOMERS, "salutation": lang.get("salutation", CUSTOMERS["salutation"])}
    assert {c: contacts[c].to_list() for c in lang["contact"]} == {
        c: want[c] for c in lang["contact"]}
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert {c: orders[c].to_list() for c in lang["salesorder"]} == {
        c: ORDERS[c] for c in lang["salesorder"]}
    # every order bound to customer 1 (test@example.com), by Aimeos's customer id
    assert set(orders["__ref__customerid_contact"].to_list()) == {
        contacts["__source_id"][0]}
    # every order bound to the org's euro by its code
    assert orders["__ref__transactioncurrencyid"].to_list() == [
        'existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}'] * 4
    assert orders["__via__transactioncurrencyid"].to_list() == ["existing"] * 4

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
