"""keys336's public exports run end to end from their parameters files, decisions only
(issue 13): Thelia (thelia/thelia at 87d27639, GPL-3.0-or-later; open-source e-commerce on
Symfony and Propel), the fixed demo records its `thelia:demo:import` command stores (10
customers, 65 orders; the clock pinned at the commit's time) as its admin exports
"Customers" and "Orders" write them in CSV, values in English, French, German and Spanish
(tests/data/exports/thelia-export-en, -fr, -de, -es; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the four languages (the header row is the same in all four:
Thelia's export aliases; ``LANGS`` gives each language's status names and titles). In every
language the ten customers load as contacts, the 65 orders as sales orders, each bound to
the contact whose ref it names (by Thelia's customer ref) and to the price list the org's
admin set up (the test creates it); nothing is held back and verification finds no column
differing; no owner column (the fallback owner, no one queued). The statuses as decided: 4
not paid orders stay Pending, 12 paid or processing are In Progress (closed as Submitted),
41 sent Complete (Fulfilled), 8 canceled or refunded No Money (Canceled). The parameters
decide the keys (the refs), Thelia's swapped name aliases ('last_name' holds the first name),
the title as the salutation (not the job title the engine reads in en, fr, es), the
cellphone, the newsletter id left unread, the order's number and name (its ref), date,
amounts, ship-to (delivery) and bill-to (invoice) addresses, the status (not the state),
the customer link and the price list.

What the run reads: the customer's e-mail, sign-up date (as created on), names, title,
street lines, zip code, city, country, phone and cellphone; the order's ref (number and
name), date, discount, shipping cost, tax, total, status, both addresses (street lines, zip
code, city, country, phone), its customer; its currency code (EUR, added to the org beside its
base) binds it to the org's euro.

What is NOT read (left unmapped), in every language:
- customer: the ref (the key only), discount (percent), newsletter subscription id (by
  decision), company (empty: an unresolved link to an account, counted as left);
- order: coupons, total excluding taxes, total taxed price (equal to the total here), the
  delivery and payment modules' names, delivery and invoice refs, both addressees' titles,
  companies, first and last names, shipping tax and its rule's title, the line tax's title.
"""

from __future__ import annotations

from collections import Counter
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

#: the contact columns the map reads (target: header), every language
CONTACT_COLS = {"emailaddress1": "email", "overriddencreatedon": "sign_up_date",
                "firstname": "last_name", "lastname": "first_name", "salutation": "title",
                "address1_line1": "address1", "address1_line2": "address2",
                "address1_line3": "address3", "address1_postalcode": "zipcode",
                "address1_city": "city", "address1_country": "country",
                "telephone1": "phone", "mobilephone": "cellphone"}
#: the order columns the map reads (target: header), every language
ORDER_COLS = {"ordernumber": "ref", "name": "ref", "submitdate": "date",
              "discountamount": "discount", "freightamount": "shipping_cost",
              "totaltax": "total_taxes", "totalamount": "total_including_taxes",
              "statuscode": "status"} | {
    f"{to}_{field}": f"{side}_{header}"
    for to, side in (("shipto", "delivery"), ("billto", "invoice"))
    for field, header in (("line1", "address_1"), ("line2", "address_2"),
                          ("line3", "address_3"), ("postalcode", "zip_code"),
                          ("city", "city"), ("country", "country"), ("telephone", "phone"))}
#: the customers' first names in file order (Thelia's ids 1-10)
FIRST_NAMES = ["thelia", "Yasmine", "Kenji", "Sofia", "Mohamed", "Wei", "Liam", "Greta",
               "Arjun", "Carla"]
STATUS_CODES = [2, 3, 3, 100001, 4, 4]   # not paid, paid, processing, sent, canceled, refunded

# per language: the status names (Thelia's order, as above) and the titles (1, 2) as read
LANGS: dict[str, dict[str, Any]] = {
    "thelia-export-en": {
        "status": ["Not paid", "Paid", "Processing", "Sent", "Canceled", "Refunded"],
        "titles": ("Mister", "Misses"), "country": "France metropolitan"},
    "thelia-export-fr": {
        "status": ["Non payée", "Payée", "Traitement", "Envoyée", "Annulée", "Remboursé"],
        "titles": ("Monsieur", "Madame"), "country": "France métropolitaine"},
    "thelia-export-de": {
        "status": ["Nicht bezahlt", "Bezahlt", "Bearbeitung", "Gesendet", "Storniert",
                   "Zrückerstattet"],
        "titles": ("Herr", "Frau"), "country": "Frankreich"},
    "thelia-export-es": {
        "status": ["No pagados", "Pagado", "Procesando", "Enviado", "Cancelado", "Reembolsado"],
        "titles": ("Señor", "Señora"), "country": "Francia"},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list."""
    client.create("pricelevels", {"name": "Thelia prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_thelia_customers_and_orders_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The ten customers load as contacts, the 65 orders as sales orders of the contact
    their customer ref names; statuses as decided; nothing held back; verification finds
    no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customer", 10, 10, 0, 0, 0, 0),
        "salesorder": ("order", 65, 65, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        61, {"Submitted": 12, "Fulfilled": 41, "Canceled": 8})
    assert out["contact"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customer": ("contact", {"contact": 10}), "order": ("order", {"salesorder": 65})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    contact, order = tables["contact"], tables["salesorder"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT_COLS
    assert {c["target"]: c["source"] for c in order["columns"]} == ORDER_COLS
    assert contact["source_key"] == order["source_key"] == "key(ref)"
    assert not contact.get("owner") and not order.get("owner")   # no owner column read
    # the company, empty in every record, is a link left unresolved
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        ("company", "parentcustomerid")]
    assert {lk["target"]: (lk["table"], lk.get("source")) for lk in order["lookups"]} == {
        "customerid": ("contact", "customer_ref"), "pricelevelid": ("pricelevel", None),
        # the order's currency code (EUR): the org's euro, found by its code
        "transactioncurrencyid": ("transactioncurrency", "currency")}
    assert [(lk.get("by"), lk["existing"]) for lk in order["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        (None, {"table": "transactioncurrency", "by": "isocurrencycode"})]
    assert not order.get("unresolved_lookups")
    status = next(c for c in order["columns"] if c["target"] == "statuscode")
    assert status["values"] == dict(zip(lang["status"], STATUS_CODES, strict=True))
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["firstname"].to_list() == FIRST_NAMES     # the swapped alias, decided
    assert contacts["lastname"][1] == "Benali"
    assert contacts["salutation"].to_list() == [lang["titles"][i % 2] for i in range(10)]
    assert set(contacts["address1_country"].to_list()) == {lang["country"]}
    assert contacts["mobilephone"][0] == "0601020304"
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row").to_dicts()
    assert len({r["__source_id"] for r in orders}) == 65
    assert dict(Counter(r["statuscode"] for r in orders)) == {2: 4, 3: 12, 100001: 41, 4: 8}
    first = orders[0]   # the newest order first, as Thelia exports them
    assert (first["ordernumber"], first["name"], first["submitdate"], first["totalamount"],
            first["totaltax"], first["freightamount"], first["discountamount"]) == (
        "ORD000000000009", "ORD000000000009", "2026-08-19T18:44:00Z", 1076.4, 179.4, 0.0, 0.0)
    assert (first["shipto_line1"], first["billto_city"]) == ("21 rue du Taur", "Toulouse")
    # each order's customer: Thelia's customers[index % 10], the order's ref the index + 1
    names = dict(zip(contacts["__source_id"].to_list(), FIRST_NAMES, strict=True))
    assert all(names[r["__ref__customerid_contact"]]
               == FIRST_NAMES[(int(r["ordernumber"][3:]) - 1) % 10] for r in orders)
    # every order bound to the org's euro by its code
    assert {(r["__ref__transactioncurrencyid"], r["__via__transactioncurrencyid"])
            for r in orders} == {
        ('existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}',
         "existing")}

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT_COLS)
    assert set(verified["salesorder"]) == set(ORDER_COLS) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
