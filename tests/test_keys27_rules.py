"""Rules added after measuring keys27's exports held out (Admidio, FrontAccounting, Akaunting),
on made-up frames so they run where the public data is absent: a calendar file named in
German (or Spanish, Italian, Dutch) is appointments, an event's begin and headline are its
start and subject, a creation timestamp written noun first is the created-on; the shorthand of
small-business ERPs (ord_date, stk_code, curr_code, debtor_no) and their stock master; a
sales order's delivery address, recipient, freight and reference; a line's quantity sent; a
second phone; and a 'transactions' file is no activity."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_activity_files_named_in_other_languages_route_by_name() -> None:
    assert route_by_name("Termine") == "appointment"        # German plural
    assert route_by_name("Afspraken") == "appointment"      # Dutch
    assert route_by_name("citas") == "appointment"          # Spanish
    assert route_by_name("appuntamenti") == "appointment"   # Italian
    assert route_by_name("Aufgaben") == "task"
    assert route_by_name("Anrufe") == "phonecall"
    assert route_by_name("Notizen") == "activity_note"
    assert route_by_name("Mitglieder") is None              # members: no activity


def test_event_begin_headline_and_noun_first_creation() -> None:
    df = pl.DataFrame({
        "ev_id": ["1", "2", "3"],
        "ev_begin": ["2026-03-01 17:00:00", "2026-03-08 17:00:00", "2026-04-02 09:00:00"],
        "ev_end": ["2026-03-01 19:00:00", "2026-03-08 19:00:00", "2026-04-02 12:00:00"],
        "ev_headline": ["Spring party", "Board meeting", "Tennis course"],
        "ev_timestamp_create": ["2025-11-02 10:11:12", "2025-11-03 08:00:00",
                                "2025-12-24 16:30:00"],
    })
    sugg = suggest_columns(df, DEFS["appointment"], source_object="events")
    assert _top(sugg, "ev_begin") == "scheduledstart"
    assert _top(sugg, "ev_end") == "scheduledend"
    assert _top(sugg, "ev_headline") == "subject"
    assert _top(sugg, "ev_timestamp_create") == "overriddencreatedon"


def test_erp_shorthand_on_sales_orders_and_lines() -> None:
    orders = pl.DataFrame({
        "order_no": ["1", "2", "3"],
        "debtor_no": ["7", "8", "7"],
        "reference": ["001/2025", "002/2025", "003/2025"],
        "ord_date": ["2025-05-07", "2025-05-08", "2025-05-09"],
        "delivery_address": ["1 High St, Leeds", "Hafenweg 3, Kiel", "1 High St, Leeds"],
        "deliver_to": ["Northwind Ltd", "Kieler Werft", "Northwind Ltd"],
        "freight_cost": ["12.5", "0", "7"],
    })
    sugg = suggest_columns(orders, DEFS["salesorder"], source_object="sales_orders")
    assert _top(sugg, "reference") == "ordernumber"
    assert _top(sugg, "ord_date") == "submitdate"
    assert _top(sugg, "delivery_address") == "shipto_line1"
    assert _top(sugg, "deliver_to") == "shipto_name"
    assert _top(sugg, "freight_cost") == "freightamount"
    lines = pl.DataFrame({
        "id": ["1", "2", "3"], "order_no": ["1", "1", "2"],
        "stk_code": ["A-100", "B-200", "A-100"], "qty_sent": ["2", "0", "5"],
        "quantity": ["2", "1", "5"], "unit_price": ["300", "80", "300"],
    })
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="order_lines")
    assert _top(sugg, "stk_code") == "productid"
    assert _top(sugg, "qty_sent") == "quantityshipped"


def test_erp_item_code_currency_and_second_phone() -> None:
    items = pl.DataFrame({"stock_code": ["A-100", "B-200"], "name": ["Pump", "Valve"],
                          "price": ["300", "80"]})
    sugg = suggest_columns(items, DEFS["product"], source_object="items")
    assert _top(sugg, "stock_code") == "productnumber"
    customers = pl.DataFrame({"name": ["Northwind Ltd", "Kieler Werft"],
                              "curr_code": ["GBP", "EUR"]})
    sugg = suggest_columns(customers, DEFS["account"], source_object="customers")
    assert _top(sugg, "curr_code") == "transactioncurrencyid"
    people = pl.DataFrame({"first_name": ["Ann", "Bo"], "last_name": ["Lee", "Ek"],
                           "phone": ["+44 113 496 0000", "+49 431 000000"],
                           "phone2": ["+44 113 496 0001", "+49 431 000001"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="persons")
    assert _top(sugg, "phone2") == "telephone2"


def test_stock_master_is_products_and_transactions_no_activity() -> None:
    assert name_kind("stock_master") == ("product", "exact")
    assert name_kind("StockItems")[0] == "product"
    assert name_kind("transactions") == (None, "")          # money in or out, no action
    assert name_kind("Transactions") == (None, "")
    assert name_kind("actions")[0] == "activity"            # still an activity


def test_debtors_are_customers_and_an_order_names_its_debtor() -> None:
    """A small-business ERP's customers are its debtors (FrontAccounting's
    'debtors_master'); an order's 'debtor_no' is its customer."""
    assert name_kind("debtors_master") == ("account", "exact")
    debtors = pl.DataFrame({
        "debtor_no": ["7", "8", "9"],
        "name": ["Northwind Ltd", "Kieler Werft", "Lyon Textiles"],
        "address": ["1 High St, Leeds", "Hafenweg 3, Kiel", "2 Rue Neuve, Lyon"],
        "curr_code": ["GBP", "EUR", "EUR"]})
    orders = pl.DataFrame({
        "order_no": ["1", "2", "3", "4"], "debtor_no": ["7", "8", "7", "9"],
        "reference": ["001/2025", "002/2025", "003/2025", "004/2025"],
        "ord_date": ["2025-05-07", "2025-05-08", "2025-05-09", "2025-05-10"],
        "total": ["10", "20", "30", "40"]})
    mapped = proposed_targets(Export(Path("."), {"debtors_master": debtors,
                                                 "sales_orders": orders}),
                              DEFS, ["account", "salesorder"])
    assert mapped["debtors_master"]["curr_code"][0].target == "transactioncurrencyid"
    assert mapped["sales_orders"]["debtor_no"][0].target == "customerid"
