"""keys441's public export runs end to end from its parameters file, decisions only (issue
13): FreshBooks (cloud accounting and client billing), its records as its two open-source
SDKs replay FreshBooks' API answers in their tests (amcintosh/freshbooks-python-sdk at
5f6f48d4 and freshbooks/freshbooks-nodejs-sdk at 91cfeeed, both MIT) as FreshBooks' list
exports, headed by its web app's labels (tests/data/exports/freshbooks-export-en;
SOURCE.md), on the branch-point engine 17d18fea (session 56, round Z12). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

Four of the five clients load as contacts keyed by their FreshBooks id: names, e-mail,
phones, the primary and secondary addresses as addresses 1 and 2, the internal note as the
description, the signup date as the creation date. Client 56789, whose only name is its
organization (an e-mail address), has no last name and is held back with its reason. The
clients' organizations name no account of the export: the company link is left, counted
(4). Gilbert Milfoil's recorded signup timestamp '2019-09-13 08:16:74' is no date and time:
the field is cleared and listed, the contact loads. The item loads as a product on the
org's own default unit group and unit (the test creates them first) with name, description,
SKU as product number, rate as price and the (empty) inventory as quantity on hand. The
clients' and the item's currency code (CAD for the four other clients, client 56789 among
them, a currency the parameters give the rehearsal org; USD, the org's base, for Johnathan
Appleseed and the item) binds each to the org's currency of that code. Verification finds
no column differing; the fallback owner takes every record, no one queued.

The parameters decide: the keys (Client ID, Item ID); no owner column; the internal note as
description and the inventory as stock on hand, 'Quantity' left unread (measured misses in
both modes); the team file as users (discovery left it unknown on 17d18fea: the measured
file miss; it names it users since session 56); two decimals for quantities; the units; the
hold-back gate for client 56789.

What is NOT read (left unmapped): the clients' language, company industry and size, VAT
name and number and last update; the item's default line quantity and last update. Not
migrated, each listed in the inventory with its reason: the team member (matched as owner,
not created), invoices, payments, projects and time entries (no Sales table).
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

NAME = "freshbooks-export-en"
KINDS = {"clients": ("contact", {"contact": 5}), "items": ("product", {"product": 1}),
         "team": ("user", {}), "invoices": ("unknown", {}), "payments": ("unknown", {}),
         "projects": ("unknown", {}), "time_entries": ("unknown", {})}
COLUMNS = {
    "contact": {"firstname": "First Name", "lastname": "Last Name", "emailaddress1": "Email",
                "telephone1": "Business Phone", "mobilephone": "Mobile Phone",
                "telephone2": "Home Phone", "fax": "Fax", "address1_line1": "Address Line 1",
                "address1_line2": "Address Line 2", "address1_city": "City",
                "address1_stateorprovince": "Province/State", "address1_country": "Country",
                "address1_postalcode": "Postal/Zip Code",
                "address2_line1": "Secondary Address Line 1",
                "address2_line2": "Secondary Address Line 2",
                "address2_city": "Secondary City",
                "address2_stateorprovince": "Secondary Province/State",
                "address2_country": "Secondary Country",
                "address2_postalcode": "Secondary Postal/Zip Code",
                "overriddencreatedon": "Signup Date", "description": "Internal Note"},
    "product": {"name": "Name", "description": "Description", "productnumber": "SKU",
                "price": "Rate", "quantitydecimal": None, "quantityonhand": "Inventory"},
}
#: each file's 'Currency' (an ISO code): the org's currency found by its code
CURRENCY = {"transactioncurrencyid": ("transactioncurrency", "Currency", None)}
LOOKUPS = {
    "contact": CURRENCY,
    "product": {"defaultuomid": ("uom", None, None),
                "defaultuomscheduleid": ("uomschedule", None, None), **CURRENCY},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below; the org's
    admin first sets up the default unit group and unit."""
    def load(name: str, root: Path) -> Any:
        return run_public(name, root, _product_catalogue)
    return runs_once(tmp_path_factory, load)


def test_freshbooks_clients_and_items_load(runs: Callable[[str], Path]) -> None:
    """Four clients and the item load; client 56789 (no last name) is held back with its
    reason; the organizations' links are left and a malformed signup date cleared, both
    counted; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("clients", 5, 4, 1, 0, 0, 0),
        "product": ("items", 1, 1, 0, 0, 0, 0)}
    # the clients' organizations name no account of the export: the link left, counted
    assert out["contact"]["links_left"] == {"parentcustomerid": 4}
    assert out["contact"]["cleared_fields"] == {"overriddencreatedon": 1}
    assert not out["product"]["links_left"] and not out["product"]["cleared_fields"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    for name in ("invoices", "payments", "projects", "time_entries"):
        assert files[name]["reason"].startswith("not migrated"), name
    assert "users are not created" in files["team"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == set(COLUMNS)
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == \
            COLUMNS[target], target
        assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
                for lk in table.get("lookups", [])} == LOOKUPS[target], target
        assert not table.get("owner"), target             # no owner column read
    assert tables["contact"]["source_key"] == "key(Client ID)"
    assert tables["product"]["source_key"] == "key(Item ID)"
    # the file's order (session 56: the 2-letter 'Language' code, 'en', is nobody's name: no
    # longer offered as an owner column, so no longer listed last)
    assert tables["contact"]["unmapped"] == [
        "Client ID", "Organization", "Language", "Company Industry", "Company Size",
        "VAT Name", "VAT Number", "Last Updated"]
    assert tables["product"]["unmapped"] == ["Item ID", "Last Updated", "Quantity"]
    for table in tables.values():
        assert [lk["existing"] for lk in table["lookups"]
                if lk["target"] == "transactioncurrencyid"] == [
            {"table": "transactioncurrency", "by": "isocurrencycode"}]

    quarantine = pl.read_csv(run_dir / "quarantine" / "contact.csv", infer_schema=False)
    assert quarantine.height == 1
    assert quarantine.row(0)[1] == "4" and quarantine.row(0)[3] == "lastname"
    assert "last name is required" in quarantine.row(0)[5]
    assert pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False).height == 0
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert [(r[1], r[3], r[6], r[7]) for r in cleared.rows()] == [
        ("3", "Signup Date", "2019-09-13 08:16:74",
         "'2019-09-13 08:16:74' is not a date and time")]
    for target in COLUMNS:
        path = run_dir / "skipped" / f"{target}.csv"
        if path.exists():
            assert pl.read_csv(path, infer_schema=False).height == 0, target

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select(["firstname", "lastname", "emailaddress1", "address1_line1",
                            "address1_city", "address1_postalcode", "address1_country",
                            "description", "overriddencreatedon"]).rows() == [
        ("Gordon", "Shumway", "gordon.shumway@americancyanamid.com", "123 Huron St",
         "Torono", "M5T 2B3", "Canada", "I like cats", "2020-10-31T15:25:34Z"),
        ("Willie", "Tanner", "will.tanner@americancyanamid.com", "123 Huron St", "Torono",
         "M5T 2B3", "Canada", "Please don't", "2020-10-17T05:25:34Z"),
        ("Gilbert", "Milfoil", "gmilfoil@usaf.com", None, None, None, "USA", "redacted",
         None),
        ("Johnathan", "Appleseed", "jappleseed@gmail.com", "1655 Dupont St. W.", None, None,
         None, None, "2019-11-18T16:14:18Z")]
    assert contacts["__via__left__parentcustomerid"].to_list() == [True] * 4

    def currency(code: str) -> str:
        return (f'existing:{{"match": {{"isocurrencycode": "{code}"}}, '
                '"table": "transactioncurrency"}')
    # the three Canadian clients in CAD, Johnathan Appleseed in USD (the org's base)
    assert contacts["__ref__transactioncurrencyid"].to_list() == [
        currency("CAD"), currency("CAD"), currency("CAD"), currency("USD")]
    assert contacts["__via__transactioncurrencyid"].to_list() == ["existing"] * 4
    products = pl.read_parquet(staged / "product.parquet")
    assert products.select(["__ref__transactioncurrencyid",
                            "__via__transactioncurrencyid"]).rows() == [
        (currency("USD"), "existing")]
    assert products.select(["name", "description", "productnumber", "price",
                            "quantitydecimal", "quantityonhand"]).rows() == [
        ("Monkeys", "monkey descriptor", "FB0192374221", 1234.0, 2, None)]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    for target in COLUMNS:
        assert set(verified[target]) == set(COLUMNS[target]) | set(LOOKUPS[target]), target
    assert not any(n for cols in verified.values() for n in cols.values())
