"""keys380's public exports run end to end from their parameters files, decisions only
(issue 13): Pimcore demo (pimcore/demo at 86981426ab, GPL-3.0; the demo instance of Pimcore,
the open-source PIM / DAM / CMS / e-commerce platform), its install dump's 13 Customer and
11 OnlineShopOrder objects as Pimcore's data-object grid CSV export writes them, headed by
Pimcore's admin labels (pimcore/admin-ui-classic-bundle at 6f42e545) in English, German,
French and Spanish (tests/data/exports/pimcore-demo-export-en, -de, -fr, -es; SOURCE.md), on
the branch-point engine 549b7ff6 (session 51, round Z3). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads for each table, the id, e-mail and company headers). In every language the 13
customers load as contacts (gender, names, e-mail, street, zip, city, country, phone (empty);
in en, de, fr also the object's creation date as the created-on date) and the 11 orders as
sales orders (number and, by decision, name: the order number; state, order date as the
submitted date, comment (empty), total, the billing street, zip, city and country; en, de,
fr also the creation date), each linked by decision to its customer through the order's
customer e-mail (Fred 5 orders, Pebbles 3, Dino 2, Wilma 1), on the price list the org's
admin set up (the test creates it), their currency code (EUR, added to the org beside its
base) binding each to the org's euro; the orders' 'committed' state is decided as submitted
(in progress), so all 11 are closed as Submitted; nothing is held back and verification
finds no column differing.

The parameters decide: both keys (Pimcore's object ids), the order's name (its number: the
map read the object's tree path as the name in en, de, es and French 'Nom', the billing last
name, in fr: the measured misses), the customer link by e-mail (the 'Customer' cell is the
customer object's path behind 'object:', which no customers column holds as written), the
price list and the order state's option.

What is NOT read (left unmapped), in every language:
- the customers' full path, published flag, modification date, active flag, id hash,
  language, newsletter flags; their company (empty) is proposed as the parent account, a
  link left unbound (no companies file); in es the creation date ('Data de creación');
- the orders' full path, published flag, modification date, the two sub-totals (net, gross)
  and the net total, cart id, the 'Customer' relation cell (the e-mail links instead), the
  billing first and last name and company (en, de, es; fr's 'Nom' by decision), the
  customer's e-mail and the payment reference; in es the creation date;
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

KINDS = {"customers": ("contact", {"contact": 13}), "orders": ("order", {"salesorder": 11})}
#: the customers' first names, in the file's order
FIRSTNAMES = ["Fred", "Wilma", "Pebbles", "Dino", "Barney", "Betty", "Bamm-Bamm", "Joe",
              "Pearl", "Tex", "Sam", "Dino", "Barney"]
#: each order's customer (first name), in the file's order
ORDER_CUSTOMERS = ["Dino", "Dino", "Pebbles", "Pebbles", "Pebbles", "Wilma", "Fred", "Fred",
                   "Fred", "Fred", "Fred"]
ORDER_TOTALS = [15495.95, 6145.3575, 31915.07, 4495.95, 88662.14, 35506.14, 3595.95,
                3295.015, 83131.07, 62858.07, 119896.14]


def _langs() -> dict[str, dict[str, Any]]:
    out = {}
    # the customers' 'Active' flag is the contact's state since session 52 (their object's
    # 'Published' beside it yields to it)
    for name, created, first, last, email, phone, ident, active in (
            ("pimcore-demo-export-en", "Creation Date", "Firstname", "Lastname", "Email",
             "Phone", "ID", "Active"),
            ("pimcore-demo-export-de", "Erstellungsdatum", "Vorname", "Nachname", "E-Mail",
             "Telefon", "ID", "Aktiv"),
            ("pimcore-demo-export-fr", "Date de création", "Prénom", "Nom", "E-mail",
             "Téléphone", "Identifiant", "Actif"),
            ("pimcore-demo-export-es", None, "Nombre", "Apellido", "email", "teléfono",
             "ID", "Activo")):
        made = {"overriddencreatedon": created} if created else {}
        out[name] = {
            "contact": {**made, "gendercode": "Gender", "firstname": first, "lastname": last,
                        "emailaddress1": email, "address1_line1": "Street",
                        "address1_postalcode": "Zip", "address1_city": "City",
                        "address1_country": "Country", "telephone1": phone,
                        "statecode": active},
            "salesorder": {**made, "ordernumber": "Ordernumber", "name": "Ordernumber",
                           "statuscode": "OrderState", "submitdate": "Orderdate",
                           "description": "Comment", "totalamount": "TotalPrice",
                           "billto_line1": "Street", "billto_postalcode": "Zip",
                           "billto_city": "City", "billto_country": "Country"},
            "id": ident, "email": email}
    return out


LANGS = _langs()


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "Pimcore prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_pimcore_customers_and_orders_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 13 customers load as contacts and the 11 orders as sales orders linked to their
    customers, as counted, nothing held back; the orders closed as submitted; verification
    finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 13, 13, 0, 0, 0, 0),
        "salesorder": ("orders", 11, 11, 0, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 0}   # the company: empty
    assert out["contact"]["closed"] == 0
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        11, {"Submitted": 11})
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
    assert [(u["target"], u["source"]) for u in tables["contact"]["unresolved_lookups"]] == [
        ("parentcustomerid", "Company")]
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["email"], lang["email"]),
        "pricelevelid": ("pricelevel", None, None),
        # the order's currency code (EUR): the org's euro, found by its code
        "transactioncurrencyid": ("transactioncurrency", "Currency", None)}
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    assert not tables["salesorder"].get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")
    columns = {t: {c["target"]: c for c in tables[t]["columns"]} for t in tables}
    assert columns["contact"]["gendercode"]["values"] == {"female": 2, "male": 1}
    assert columns["salesorder"]["statuscode"]["values"] == {"committed": 3}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["firstname"].to_list() == FIRSTNAMES
    assert contacts["gendercode"].to_list() == [1, 2, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1]
    assert contacts["telephone1"].is_null().all()
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["name"].to_list() == orders["ordernumber"].to_list()
    assert all(n.startswith("ord_") for n in orders["name"].to_list())
    assert orders["statuscode"].to_list() == [3] * 11
    assert orders["totalamount"].to_list() == ORDER_TOTALS
    assert orders["submitdate"].to_list()[0] == "2022-01-27T13:26:49Z"
    first = dict(zip(contacts["__source_id"], contacts["firstname"], strict=True))
    assert [first[r] for r in orders["__ref__customerid_contact"]] == ORDER_CUSTOMERS
    # every order bound to the org's euro by its code
    assert orders["__ref__transactioncurrencyid"].to_list() == [
        'existing:{"match": {"isocurrencycode": "EUR"}, "table": "transactioncurrency"}'] * 11
    assert orders["__via__transactioncurrencyid"].to_list() == ["existing"] * 11

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["salesorder"]) == set(lang["salesorder"]) | {
        "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
