"""keys330's public exports run end to end from their parameters files, decisions only
(issue 13): react-admin's Posters Galore demo (marmelab/react-admin at 051f511b, MIT; the
retail back office of a poster shop), the records of its own data generator
(examples/data-generator, run with a fixed faker seed and clock: 900 customers, 600 orders,
73 invoices, 130 posters, 316 reviews) as the demo's list Export buttons write them, headed
by the demo's own labels in English and French (tests/data/exports/posters-galore-export-en,
-fr; SOURCE.md), written on the branch-point engine 54005a21 (session 48, round V). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers the map
reads for each table, the customer link's header). In both languages the 900 customers load
as contacts (names, e-mail, street, zip code, city, state, birthday), the 600 orders as sales
orders (number and name from the order's reference, the day placed, delivery fees, tax,
total, status), each linked to its customer by the generator's customer id, on the price
list the org's admin set up, and the 130 posters as products (title as name and number,
price, description, stock) on the org's default unit group and unit (the test creates both
first); the 527 delivered orders are closed as fulfilled and the 51 cancelled ones as
canceled, the 22 still 'ordered' stay new; nothing is held back and verification finds no
column differing. The parameters decide the three keys (the generator's ids), the order's
number and name, its date, delivery fees and tax (branch-point 54005a21 left the date, fees
and tax unread and put 'Total ex taxes' on the tax), the poster's name and number
('Reference' was unread in French), the product's quantity decimals (0), the customer link,
the price list, the unit group and unit, the order statuses and, in French, the customer's
state ('Etat', unread by 54005a21).

What is NOT read (left unmapped by the engine), in both languages:
- the customers' id (the key), first and last visit, has-ordered flag, latest purchase,
  newsletter flag, segments, order count, total spent and avatar URL;
- the orders' id (the key), total before tax ('Total ex taxes'), tax rate and returned
  flag;
- the posters' id (the key), category id, width, height, thumbnail and image URLs and
  units sold;
- the invoices and reviews files: named unknown, not moved (no Sales table);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

import csv
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
from test_public_exports import _export_dir

#: Penny Lind, customer 6 (row 7), the first who ordered, as staged (e-mail lower-cased)
PENNY = {"firstname": "Penny", "lastname": "Lind", "emailaddress1": "penny_lind19@gmail.com",
         "address1_line1": "236 Janick Throughway", "address1_postalcode": "36316-2273",
         "address1_city": "Cordieview", "address1_stateorprovince": "IL",
         "birthdate": "2026-06-29T16:14:03Z"}
#: order 0, the file's first, as staged
ORDER_0 = {"ordernumber": "M6KVAZ1M", "name": "M6KVAZ1M", "submitdate": "2026-02-01T18:50:28Z",
           "freightamount": 4.92, "totaltax": 122.02, "totalamount": 1138.84,
           "statuscode": 100001}
#: poster 0, the file's first, as staged
POSTER_0 = {"name": "Cat Nose", "productnumber": "Cat Nose", "price": 25.87,
            "quantityonhand": 65.0, "quantitydecimal": 0}
KINDS = {"customers": ("contact", {"contact": 900}), "orders": ("order", {"salesorder": 600}),
         "products": ("product", {"product": 130}), "invoices": ("unknown", {}),
         "reviews": ("unknown", {})}

# per language: the columns each table's map reads (target: header), the customer link's
# header (bound by the customers' 'Id')
LANGS: dict[str, dict[str, Any]] = {
    "posters-galore-export-en": {
        "contact": {"firstname": "First name", "lastname": "Last name",
                    "emailaddress1": "Email", "address1_line1": "Address",
                    "address1_postalcode": "Zipcode", "address1_city": "City",
                    "address1_stateorprovince": "State", "birthdate": "Birthday"},
        "salesorder": {"ordernumber": "Reference", "name": "Reference", "submitdate": "Date",
                       "freightamount": "Delivery fees", "totaltax": "Taxes",
                       "totalamount": "Total", "statuscode": "Status"},
        "product": {"name": "Reference", "productnumber": "Reference", "price": "Price",
                    "description": "Description", "quantityonhand": "Stock",
                    "quantitydecimal": None},
        "customer": "Customer"},
    "posters-galore-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom", "emailaddress1": "Email",
                    "address1_line1": "Rue", "address1_postalcode": "Code postal",
                    "address1_city": "Ville", "address1_stateorprovince": "Etat",
                    "birthdate": "Anniversaire"},
        "salesorder": {"ordernumber": "Référence", "name": "Référence", "submitdate": "Date",
                       "freightamount": "Delivery fees", "totaltax": "Taxes",
                       "totalamount": "Total", "statuscode": "Etat"},
        "product": {"name": "Référence", "productnumber": "Référence", "price": "Prix",
                    "description": "Description", "quantityonhand": "Stock",
                    "quantitydecimal": None},
        "customer": "Client"},
}


def _catalogue_and_price_list(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    orders (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Posters Galore prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory,
                     lambda n, d: run_public(n, d, _catalogue_and_price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_posters_galore_customers_orders_and_posters_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """900 customers load as contacts, 600 orders as sales orders each linked to its
    customer, 130 posters as products, as counted, nothing held back; records field by
    field; delivered orders closed as fulfilled, cancelled ones as canceled; invoices and
    reviews not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 900, 900, 0, 0, 0, 0),
        "salesorder": ("orders", 600, 600, 0, 0, 0, 0),
        "product": ("products", 130, 130, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        578, {"Fulfilled": 527, "Canceled": 51})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder", "product"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert table["source_key"] == "key(Id)"
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["customer"], "Id"),
        "pricelevelid": ("pricelevel", None, None)}
    assert {lk["target"]: lk["table"] for lk in tables["product"]["lookups"]} == {
        "defaultuomid": "uom", "defaultuomscheduleid": "uomschedule"}
    status = next(c for c in tables["salesorder"]["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"ordered": 1, "delivered": 100001, "cancelled": 4}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert {c: contacts.row(6, named=True)[c] for c in PENNY} == PENNY
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert {c: orders.row(0, named=True)[c] for c in ORDER_0} == ORDER_0
    assert sorted(orders["statuscode"].value_counts().rows()) == [
        (1, 22), (4, 51), (100001, 527)]
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert {c: products.row(0, named=True)[c] for c in POSTER_0} == POSTER_0
    # every order bound to the contact of its customer id (the customers file holds ids
    # 0-899 in order: customer n is row n + 1)
    folder = _export_dir(name)
    assert folder is not None
    with (folder / "orders.csv").open(encoding="utf-8", newline="") as fh:
        customer_ids = [int(r[lang["customer"]]) for r in csv.DictReader(fh)]
    ids = contacts["__source_id"].to_list()
    assert orders["__ref__customerid_contact"].to_list() == [ids[c] for c in customer_ids]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {"customerid",
                                                                     "pricelevelid"}
    assert set(verified["product"]) == set(lang["product"]) | {"defaultuomid",
                                                               "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())
