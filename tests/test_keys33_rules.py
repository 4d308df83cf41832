"""Rules added after measuring keys33's exports held out (Bigcapital's sample sheets,
Frappe Books' Export Wizard files, GnuCash's import examples, Ekylibre's French labels), on
made-up data so they run where the public data is absent: a second header row of field keys
is no record; a 'Role' of customer or supplier makes partners, not users; a sale's items are
order lines; glued address shorthand ('addr1', 'shipaddr3'); a product's sell and cost
price, sell description and rate; a personal phone; a line's position; an account's full
name; French labels of a place, a start, an end, a length, a due date, a state, a unit price
before tax and an article."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.dialect import Problem
from d365migrate.intake.discover import discover
from d365migrate.intake.guess import IntakeGuess
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export, read_table_bytes
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def test_a_second_header_row_of_field_keys_is_no_record() -> None:
    """Frappe Books writes its field labels, then a row of '<Schema>.<field>' keys: the row
    is header, the records follow; a row of ordinary values stays a record."""
    from d365migrate.intake.key_header_rows import key_row
    data = (b"Name,Default Account,Rate,UOM\r\n"
            b"Party.name,Party.defaultAccount,Party.rate,UOMConversionItem.uom\r\n"
            b"Roy Rolston,Debtors,69,\r\nMary,Debtors,4999,\r\n")
    df, guess, problems = _read(data)
    assert df["Name"].to_list() == ["Roy Rolston", "Mary"]
    assert guess.rows == 2
    assert any("second header row" in p.problem and p.line == 2 for p in problems)
    # a first record that only looks dotted is kept: its cells do not spell the labels
    kept, _, _ = _read(b"Name,Site\nAcme.com,www.Acme\nMary,x\n")
    assert kept.height == 2
    assert not key_row(["Name", "Version"], ["Party.name", "3.2"])


def _read(data: bytes) -> tuple[pl.DataFrame, IntakeGuess, list[Problem]]:
    exp = read_table_bytes(data, "party.csv")
    return exp.tables["party"], exp.guesses["party"], exp.problems


def test_a_role_of_customer_or_supplier_makes_partners_not_users() -> None:
    parties = pl.DataFrame({
        "Name": ["Roy Rolston", "Le Socials", "Maxwell", "Mary"],
        "Role": ["Customer", "Supplier", "Both", "Customer"],
        "Email": ["roy@example.com", "hello@socials.example", "max@example.com", None],
        "Phone": ["+91 8364-764417", None, "+91 9065-184842", "+91 6578-469775"],
    })
    assert _kinds({"party": parties})["party"] == "account"
    staff = parties.with_columns(pl.Series("Role", ["Admin", "Agent", "Agent", "Viewer"]))
    assert _kinds({"party": staff})["party"] == "user"   # an application's staff stay users


def test_a_sales_items_are_order_lines() -> None:
    for name in ("sale_items", "SaleLines", "sales_items"):
        assert name_kind(name)[0] == "order_line"
    assert name_kind("items")[0] == "product"


def test_glued_address_shorthand_and_bookkeeping_words() -> None:
    customers = pl.DataFrame({
        "company": ["Good Company", "Average Company"],
        "addr1": ["1 Rich drive", "50 Poor Avenue"], "addr2": ["Suite 4", None],
        "addr3": ["Building B", None], "shipaddr1": ["2 Canyon Way", None],
        "shipaddr2": ["Dock 3", None], "shipaddr3": ["Gate 7", None],
        "Personal Phone Number": ["811-603-2235", "449-780-9999"],
        "Full Name": ["Good Company Ltd", "Average Company plc"],
    })
    sugg = suggest_columns(customers.drop("company"), DEFS["account"],
                           source_object="customers")
    assert [_top(sugg, c) for c in ("addr1", "addr2", "addr3")] == [
        "address1_line1", "address1_line2", "address1_line3"]
    assert [_top(sugg, c) for c in ("shipaddr1", "shipaddr2", "shipaddr3")] == [
        "address2_line1", "address2_line2", "address2_line3"]
    assert _top(sugg, "Personal Phone Number") == "telephone2"
    assert _top(sugg, "Full Name") == "name"
    items = pl.DataFrame({
        "Item Name": ["Azithromycin", "Amoxicillin"], "Sell Price": ["1000", "1200"],
        "Cost Price": ["800", "900"], "Sell Description": ["Tablets, 500 mg", "Syrup"],
    })
    sugg = suggest_columns(items, DEFS["product"], source_object="items")
    assert _top(sugg, "Sell Price") == "price"
    assert _top(sugg, "Cost Price") == "standardcost"
    assert _top(sugg, "Sell Description") == "description"
    rated = pl.DataFrame({"Item Name": ["Dry-Cleaning", "Electricity"], "Rate": ["69", "6000"]})
    assert _top(suggest_columns(rated, DEFS["product"], source_object="item"),
                "Rate") == "price"
    lines = pl.DataFrame({"Position": ["1", "2"], "Quantity": ["1.0", "10.0"],
                          "Rate": ["84.0", "12.5"]})
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="order_lines")
    assert _top(sugg, "Position") == "lineitemnumber"
    assert _top(sugg, "Rate") == "priceperunit"


def test_french_labels_of_events_tasks_and_lines() -> None:
    events = pl.DataFrame({
        "Nom": ["Réunion de chantier", "Visite client"],
        "Lieu": ["Bordeaux", "Pessac"],
        "Débuté le": ["2014-09-30 17:19:32", "2014-10-02 08:00:00"],
        "Arrêté le": ["2014-09-30 18:19:32", "2014-10-02 10:00:00"],
        "Durée (en minutes)": ["60", "120"],
    })
    sugg = suggest_columns(events, DEFS["appointment"], source_object="évènements")
    assert _top(sugg, "Lieu") == "location"
    assert _top(sugg, "Débuté le") == "scheduledstart"
    assert _top(sugg, "Arrêté le") == "scheduledend"
    assert _top(sugg, "Durée (en minutes)") == "scheduleddurationminutes"
    tasks = pl.DataFrame({"Nom": ["Appeler le client", "Plan de fumure"],
                          "Échéance": ["2015-06-26 20:50:00", "2015-06-04 08:50:00"],
                          "État": ["todo", "done"]})
    sugg = suggest_columns(tasks, DEFS["task"], source_object="tâches")
    assert _top(sugg, "Échéance") == "scheduledend"
    assert _top(sugg, "État") in ("statecode", "statuscode")
    lines = pl.DataFrame({"PU HT": ["1.0", "1.56"], "Article": ["10", "18"],
                          "Quantité": ["1.0", "10.0"], "Montant HT": ["1.0", "15.6"]})
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="lignes")
    assert _top(sugg, "PU HT") == "priceperunit"
    assert _top(sugg, "Article") == "productid"
