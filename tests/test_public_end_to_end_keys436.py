"""keys436's public exports run end to end from their parameters files, decisions only
(issue 13): SFlight, SAP's CAP flight reference app (SAP-samples/cap-sflight at c948c233,
Apache-2.0), its fixed data (db/data: 728 passengers, 50 travel agencies, 49 supplements,
4,133 travels; 9,153 bookings and 5 airlines) as Fiori Elements' "Export to Spreadsheet"
writes the tables (one sheet 'SAPUI5 Spreadsheet Export', a field with @Common.Text shown
'Text (ID)'), headed in English, German and French (tests/data/exports/sflight-export-*;
SOURCE.md), on the branch-point engine c5cbeb44 (session 55, round Z10). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through ``run_public``).

In each language the passengers load as contacts, keyed by their 'Name (ID)' column
('Buchholm (000001)'); the agencies as accounts (name, address, phone, e-mail, web site);
the supplements as products on the org's default unit group and unit (description as name
and description, the id column as product number, the list price); the travels as sales
orders (the 'Description (TravelID)' column as name and number, total price, starting date,
status) of their passenger, linked by the passenger's own 'Name (ID)' text, on the price
list the org's admin set up; 1,664 accepted or rejected travels closed after the load.
Nothing held back, skipped or failed; no one queued as owner; verification finds no column
differing. Values the e-mail and phone checks refuse are cleared and reported, each with
its reason: 27 passengers' e-mail addresses whose local part is not ASCII
('hendrik.d´oultrement@...', 'lothar.müller@...': internationalized addresses, refused
by the engine's check), the agencies' four e-mail addresses that are no addresses
('info@travel-from-walldorf') and one phone that is none ("'+44 609-896-Moore").

The parameters decide: the travels, agencies and supplements files' objects (discovery named
them unknown: the measured file misses, which left propose with none of the agencies' and
supplements' columns) and the bookings file as unknown in en and fr (discovery read it as
activities); the keys; no owner column; the agencies' columns (unread by propose), the
products' and orders' names, numbers and amounts; the travel status' options (Open,
Offen, Ouverte -> New; Accepted, Genehmigt, Acceptée -> In Progress; Canceled, Abgelehnt,
Rejetée -> No Money, Dynamics' canceled status) and, in en where the map also reads it as
the order's state, the states; the links (the order's customer, price list, unit group,
unit).

What is NOT read (left unmapped): the bookings (a travel's flights) and the airlines whole;
the travels' agency, end date and booking fee; in de the supplements' currency code
('Währungscode': every price is in EUR), which in en and fr ('Currency Code', EUR, added to
the org beside its base) binds each supplement to the org's euro; the passengers' and
agencies' countries are moved as their ISO codes.
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

# per language: the files (source -> kind, taken), the columns per table, the keys, the
# order status column's label, the supplements' currency code column (read: a link to the
# org's currency; de's is left unmapped)
LANGS: dict[str, dict[str, Any]] = {
    "en": {
        "files": {"Passenger": ("contact", {"contact": 728}),
                  "Travel Agency": ("account", {"account": 50}),
                  "Supplement": ("product", {"product": 49}),
                  "Travels": ("order", {"salesorder": 4133}),
                  "Bookings": ("unknown", {}),
                  "SAPUI5 Spreadsheet Export": ("unknown", {})},     # Airline.xlsx
        "contact": ["First name", "Last Name", "Title", "Street", "Postal Code", "City",
                    "Country Code", "Phone Number", "EMail Address"],
        "account": ["Agency Name", "Street", "Postal Code", "City", "Country Code",
                    "Phone Number", "EMail Address", "Web Address"],
        "product": ["Description", "Supplement", "Price"],
        "salesorder": ["Travel", "Total Price", "Starting Date", "Travel Status"],
        "keys": {"contact": "Customer", "account": "Agency", "product": "Supplement",
                 "salesorder": "Travel"},
        "statecode": True, "currency": ("Currency Code", True)},
    "de": {
        "files": {"Passagier": ("contact", {"contact": 728}),
                  "Veranstalter": ("account", {"account": 50}),
                  "Zusatz": ("product", {"product": 49}),
                  "Reisen": ("order", {"salesorder": 4133}),
                  "SAPUI5 Spreadsheet Export": ("unknown", {}),      # Buchungen.xlsx
                  "Fluggesellschaft": ("unknown", {})},
        "contact": ["Vorname", "Nachname", "Titel", "Straße", "Postleitzahl", "Ort",
                    "Ländercode", "Telefonnummer", "E-Mail-Addresse"],
        "account": ["Agenturname", "Straße", "Postleitzahl", "Ort", "Ländercode",
                    "Telefonnummer", "E-Mail-Addresse", "Web-Adresse"],
        "product": ["Beschreibung", "Zusatz-ID", "Preis"],
        "salesorder": ["Reise", "Gesamtpreis", "Startdatum", "Reisestatus"],
        "keys": {"contact": "Kunde", "account": "Agentur", "product": "Zusatz-ID",
                 "salesorder": "Reise"},
        "statecode": False, "currency": ("Währungscode", False)},
    "fr": {
        "files": {"Passager": ("contact", {"contact": 728}),
                  "Travel Agency": ("account", {"account": 50}),
                  "Supplément": ("product", {"product": 49}),
                  "Voyages": ("order", {"salesorder": 4133}),
                  "Réservations": ("unknown", {}),
                  "SAPUI5 Spreadsheet Export": ("unknown", {})},     # Airline.xlsx
        # the app's own fr labels: the e-mail under 'Numéro de téléphone', the web address
        # under 'Adresse e-mail'
        "contact": ["Prénom", "Last Name", "Titre", "Rue", "Code postal", "Ville",
                    "Code pays", "Phone Number", "Numéro de téléphone"],
        "account": ["Nom de l'agence", "Rue", "Code postal", "Ville", "Code pays",
                    "Phone Number", "Numéro de téléphone", "Adresse e-mail"],
        "product": ["Description", "Supplément.", "Prix"],
        "salesorder": ["Voyage", "Prix total", "Date de début", "Statut du voyage"],
        "keys": {"contact": "Client", "account": "Agence", "product": "Supplément.",
                 "salesorder": "Voyage"},
        "statecode": False, "currency": ("Currency Code", True)},
}
CONTACT = ["firstname", "lastname", "salutation", "address1_line1", "address1_postalcode",
           "address1_city", "address1_country", "telephone1", "emailaddress1"]
ACCOUNT = ["name", "address1_line1", "address1_postalcode", "address1_city",
           "address1_country", "telephone1", "emailaddress1", "websiteurl"]


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on, the default unit group
    and unit the products are counted in."""
    client.create("pricelevels", {"name": "SFlight prices"})
    group = client.create("uomschedules", {"name": "Default Unit",
                                           "baseuomname": "Primary Unit"})
    client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                           "uomscheduleid@odata.bind": f"/uomschedules({group})"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_sflight_passengers_agencies_supplements_and_travels_load(
        runs: Callable[[str], Path], lang: str) -> None:
    """The passengers, agencies, supplements and travels load, each travel linked to its
    passenger; the export's bad e-mails and phone are cleared with their reason; the
    bookings and airlines stay; verification finds no column differing."""
    want = LANGS[lang]
    run_dir = runs(f"sflight-export-{lang}")
    out = assert_true_counts(run_dir)
    src = {kind: next(s for s, (k, taken) in want["files"].items() if kind in taken)
           for kind in ("contact", "account", "product", "salesorder")}
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": (src["contact"], 728, 728, 0, 0, 0, 0, 0),
        "account": (src["account"], 50, 50, 0, 0, 0, 0, 0),
        "product": (src["product"], 49, 49, 0, 0, 0, 0, 0),
        # the accepted (838) and rejected (826) travels closed after the load
        "salesorder": (src["salesorder"], 4133, 4133, 0, 0, 0, 0, 1664)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == want["files"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account", "product", "salesorder"}
    cols = {t: {c["target"]: c.get("source") for c in tables[t].get("columns", [])}
            for t in tables}
    assert cols["contact"] == dict(zip(CONTACT, want["contact"], strict=True))
    assert cols["account"] == dict(zip(ACCOUNT, want["account"], strict=True))
    desc, number, price = want["product"]
    assert cols["product"] == {"name": desc, "description": desc, "productnumber": number,
                               "price": price, "productstructure": None,
                               "quantitydecimal": None}
    travel, total, start, status = want["salesorder"]
    assert cols["salesorder"] == {
        "name": travel, "ordernumber": travel, "totalamount": total,
        "requestdeliveryby": start, "statuscode": status,
        **({"statecode": status} if want["statecode"] else {})}
    for target, key in want["keys"].items():
        assert tables[target]["source_key"] == f"key({key})"
        assert not tables[target].get("owner")          # the export names no one
    customer = want["keys"]["contact"]
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", customer, customer),
        "pricelevelid": ("pricelevel", None, None)}
    # the supplements' currency code (EUR): the org's euro, found by its code (en, fr)
    code, read = want["currency"]
    currency = {"transactioncurrencyid": ("transactioncurrency", code, None, {
        "table": "transactioncurrency", "by": "isocurrencycode"})} if read else {}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"), lk["existing"])
            for lk in tables["product"]["lookups"]} == {
        "defaultuomid": ("uom", None, None, {"table": "uom", "match": {"name": "Primary Unit"}}),
        "defaultuomscheduleid": ("uomschedule", None, None, {
            "table": "uomschedule", "match": {"name": "Default Unit"}}),
        **currency}
    assert tables["product"]["unmapped"] == ([] if read else [code])
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        s: k for s, (k, taken) in want["files"].items() if not taken}

    for kind in ("quarantine", "skipped", "failed"):
        for target in tables:
            path = run_dir / kind / f"{target}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0
    # the values the checks refuse, cleared and reported
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.height == 27
    assert set(cleared["target"].to_list()) == {"emailaddress1"}
    # their local part is not ASCII ('hendrik.d´oultrement@...', 'lothar.müller@...')
    assert sorted(next(ch for ch in v if ord(ch) > 127)
                  for v in cleared["value"].to_list()) == ["´"] * 13 + ["ü"] * 14
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert sorted(zip(cleared["target"].to_list(), cleared["value"].to_list(),
                      strict=True)) == [
        ("emailaddress1", "info@essen.sap/150596"), ("emailaddress1", "info@tours.it/Adventure/"),
        ("emailaddress1", "info@travel-from-walldorf"), ("emailaddress1", "info@windy.sap/rsc/"),
        ("telephone1", "'+44 609-896-Moore")]
    for target in ("product", "salesorder"):
        path = run_dir / "cleared" / f"{target}.csv"
        assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    staged = run_dir / "staged"
    people = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    first = people.row(0, named=True)
    assert {c: first[c] for c in CONTACT} == {
        "firstname": "Theresia", "lastname": "Buchholm", "salutation": "Mrs.",
        "address1_line1": "Lerchenstr. 82", "address1_postalcode": "71116",
        "address1_city": "Gaertringen", "address1_country": "DE",
        "telephone1": "+49-341-184709",
        "emailaddress1": "theresia.buchholm@flight.example.de"}
    prinz = people.row(607, named=True)                  # CustomerID 000608
    assert (prinz["firstname"], prinz["lastname"]) == ("Benjamin", "Prinz")
    agency = pl.read_parquet(staged / "account.parquet").sort("__source_row").row(
        0, named=True)
    assert {c: agency[c] for c in ACCOUNT} == {
        "name": "Sunshine Travel", "address1_line1": "134 West Street",
        "address1_postalcode": "54323", "address1_city": "Rochester",
        "address1_country": "US", "telephone1": "+1 901-632-5620",
        "emailaddress1": "info@sunshine-travel.sap",
        "websiteurl": "http://www.sunshine-travel.sap"}
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 49
    cocoa = products.row(0, named=True)
    choc = {"en": "Hot Chocolate", "de": "Heiße Schokolade", "fr": "Chocolat chaud"}[lang]
    assert (cocoa["name"], cocoa["productnumber"], cocoa["price"]) == (
        choc, f"{choc} (BV-0001)", 2.3)
    if read:   # every supplement bound to the org's euro by its code
        assert set(zip(products["__ref__transactioncurrencyid"].to_list(),
                       products["__via__transactioncurrencyid"].to_list(), strict=True)) == {
            ('existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}',
             "existing")}
    else:
        assert "__ref__transactioncurrencyid" not in products.columns
    orders = pl.read_parquet(staged / "salesorder.parquet")
    assert orders.height == 4133
    assert sorted(orders["statuscode"].value_counts().rows()) == [
        (1, 2469), (3, 838), (4, 826)]
    one = orders.filter(pl.col("ordernumber") == "Business Trip for Christine, Pierre (1)")
    one = one.row(0, named=True)
    assert (one["totalamount"], one["requestdeliveryby"], one["statuscode"]) == (
        900.0, "2025-02-14T00:00:00Z", 1)
    # travel 1's customer: 'Prinz (000608)', the passenger of that key
    assert one["__ref__customerid_contact"] == prinz["__source_id"]
    assert orders["__ref__customerid_contact"].null_count() == 0
    assert orders["__ref__customerid_contact"].is_in(people["__source_id"]).all()

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account", "product", "salesorder"}
    assert set(verified["salesorder"]) == set(cols["salesorder"]) | {"customerid",
                                                                     "pricelevelid"}
    assert set(verified["product"]) == set(cols["product"]) | {
        "defaultuomid", "defaultuomscheduleid", *currency}
    assert not any(n for c in verified.values() for n in c.values())
