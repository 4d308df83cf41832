"""keys423's public export runs end to end from its parameters file, decisions only
(issue 13): Appsmith (appsmithorg/appsmith at 38c9bc0a, Apache-2.0; the low-code platform
for internal apps), the fixed records it ships for its Table widgets -- the Anvil Table's
sixteen sample people (tbl_contacts), the Cypress suite's five food orders (tbl_orders), its
five Select-demo people (tbl_users) and ten employees (tbl_employees) -- as the Table
widget's "Download as CSV" writes them (headers = the data's keys; English only;
tests/data/exports/appsmith-export-en; SOURCE.md), on the branch-point engine d4b1bc50
(session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

What loads: the sixteen employers named by the sample people ('TechCorp' ...) as accounts
made from the Company values; the sixteen sample people as contacts of them (name, title,
phone, e-mail, registration date as created-on); the five demo people as contacts (their
gender codes 1 and 2 as Male and Female, the third code left empty); the orders' five
customers as contacts made from the orders' userName values with their e-mail; four of the
five orders as sales orders of their customer on the price list the org's admin set up (the
test creates it first), each named and numbered by its id, with its amount. The fifth order
(row 5, Ryan Holmes's) repeats row 4's id 7434532 and is skipped as a duplicate source id,
reported with its reason; its customer is made all the same (from the userName values). The
employees file is the company's own staff: named users, not moved. No owner column; nothing
held back; verification finds no column differing.

The parameters decide: the two records-from-values tables (customers, companies); the keys
(an order's id: the map took the customer's name for a natural key; a sample person's
e-mail); no owner column (the map read the orders' userName as the owner: a measured miss);
the order's name and number from its id (the map took the dish ordered: a measured miss);
the sample people's created-on from 'Registration date' (a measured miss); a made
customer's last name from its userName; the gender options; the customer link by e-mail
(naming userName is refused on this engine once the key is the id: the defect in
MEASUREMENTS.md), the employer link by name; the price list.

What is NOT read (left unmapped): the orders' image (a data URL) and dish (productName:
the order line's product; the export has no line file); the demo people's id (their key),
role code and age; every column of the employees file (not moved).
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

NAME = "appsmith-export-en"
KINDS = {"tbl_contacts": ("contact", {"contact": 16}),
         "tbl_users": ("contact", {"contact_2": 5}),
         "tbl_orders": ("order", {"salesorder": 5}),
         "tbl_employees": ("user", {})}
COLUMNS = {
    "account": {"name": "Company"},
    "contact": {"lastname": "Name", "jobtitle": "Title", "telephone1": "Phone number",
                "emailaddress1": "Email", "overriddencreatedon": "Registration date"},
    "contact_2": {"lastname": "name", "emailaddress1": "email", "gendercode": "gender"},
    "contact_3": {"lastname": "userName", "emailaddress1": "email"},
    "salesorder": {"totalamount": "orderAmount", "name": "id", "ordernumber": "id"},
}
KEYS = {"account": "Company", "contact": "key(Email)", "contact_2": "id",
        "contact_3": "userName", "salesorder": "key(id)"}
LOOKUPS = {
    "contact": {"parentcustomerid": ("account", "Company", None)},
    "salesorder": {"customerid": ("contact", "email", "email"),
                   "pricelevelid": ("pricelevel", None, None)},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on (Dynamics holds an order
    only with one)."""
    client.create("pricelevels", {"name": "Appsmith prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _entries(run_dir: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {str(t.get("name") or t["target"]): t for t in mapping["tables"]}, mapping


def test_appsmith_counts_kinds_and_map(runs: Callable[[str], Path]) -> None:
    """Every file and made table loads as decided, the duplicate order skipped with its
    reason, the employees not moved; the map reads exactly the decided columns."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "account": ("companies", 16, 16, 0, 0, 0, 0, 0),
        "contact": ("tbl_contacts", 16, 16, 0, 0, 0, 0, 0),
        "contact_2": ("tbl_users", 5, 5, 0, 0, 0, 0, 0),
        "contact_3": ("customers", 5, 5, 0, 0, 0, 0, 0),
        "salesorder": ("tbl_orders", 5, 4, 0, 1, 0, 0, 0)}
    assert out["salesorder"]["skipped_reasons"] == [
        {"reason": "duplicate source id; first row kept", "rows": 1}]
    skipped = pl.read_csv(run_dir / "skipped" / "salesorder.csv", infer_schema=False)
    assert skipped.select("file", "row").rows() == [("tbl_orders.csv", "5")]
    assert skipped["reason"].to_list() == ["duplicate source id; row 4 kept"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    tables, mapping = _entries(run_dir)
    assert set(tables) == set(COLUMNS)
    for unit, columns in COLUMNS.items():
        table = tables[unit]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns, unit
        assert table["source_key"] == KEYS[unit], unit
        assert not table.get("owner"), unit                  # no owner column read
        assert not table.get("unresolved_lookups"), unit
        assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
                for lk in table.get("lookups", [])} == LOOKUPS.get(unit, {}), unit
    assert set(tables["salesorder"]["unmapped"]) == {"image", "productName", "userName"}
    assert set(tables["contact_2"]["unmapped"]) == {"role", "id", "age"}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("tbl_employees", "user")]


def test_appsmith_records_as_staged_and_verified(runs: Callable[[str], Path]) -> None:
    """The staged values carry the export's (names, titles, dates, codes, amounts) and every
    link points at the record it names; verification finds no column differing."""
    run_dir = runs(NAME)
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    assert accounts["name"].to_list()[:3] == ["TechCorp", "Innovate Ltd", "Web Solutions"]
    assert accounts.height == accounts["name"].n_unique() == 16

    people = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert len(people) == 16
    john = people[0]
    assert (john["lastname"], john["jobtitle"], john["telephone1"], john["emailaddress1"],
            john["overriddencreatedon"], john["__ref__parentcustomerid_account"]) == (
        "John Doe", "Software Engineer", "(555) 123-4567", "john.doe@techcorp.com",
        "2023-01-15T00:00:00Z", "TechCorp")
    nina = people[-1]
    assert (nina["lastname"], nina["overriddencreatedon"][:10],
            nina["__ref__parentcustomerid_account"]) == ("Nina Patel", "2024-04-10", "AgriTech")
    # every employer link names an account the run made
    assert {p["__ref__parentcustomerid_account"] for p in people} == set(
        accounts["__source_id"].to_list())

    demo = pl.read_parquet(staged / "contact_2.parquet")
    assert demo.select("lastname", "gendercode").rows() == [
        ("Alice Johnson", 2), ("Bob Smith", 1), ("Charlie Brown", None),
        ("Diana Prince", 2), ("Evan Williams", 1)]

    customers = pl.read_parquet(staged / "contact_3.parquet")
    assert customers.select("lastname", "emailaddress1").rows() == [
        ("Michael Lawson", "michael.lawson@reqres.in"),
        ("Lindsay Ferguson", "lindsay.ferguson@reqres.in"),
        ("Tobias Funke", "tobias.funke@reqres.in"),
        ("Byron Fields", "byron.fields@reqres.in"),
        ("Ryan Holmes", "ryan.holmes@reqres.in")]

    orders = pl.read_parquet(staged / "salesorder.parquet")
    assert orders.select("name", "ordernumber", "totalamount",
                         "__ref__customerid_contact").rows() == [
        ("2381224", "2381224", 4.99, "customers:Michael Lawson"),
        ("2736212", "2736212", 9.99, "customers:Lindsay Ferguson"),
        ("6788734", "6788734", 19.99, "customers:Tobias Funke"),
        ("7434532", "7434532", 4.99, "customers:Byron Fields")]
    # each order's customer is a made customer (not a sample person of the same name)
    assert set(orders["__ref__customerid_contact"].to_list()) <= set(
        customers["__source_id"].to_list())

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    for kind in ("quarantine", "unresolved_links"):
        for path in (run_dir / kind).glob("*.csv"):
            assert len(path.read_text().splitlines()) <= 1, path
    verified = verified_columns(run_dir)
    assert {t: set(c) for t, c in verified.items()} == {
        "account": {"name"},
        "contact": set(COLUMNS["contact"]) | {"parentcustomerid"},
        "contact_2": set(COLUMNS["contact_2"]),
        "contact_3": set(COLUMNS["contact_3"]),
        "salesorder": set(COLUMNS["salesorder"]) | {"customerid", "pricelevelid"}}
    assert not any(n for cols in verified.values() for n in cols.values())
