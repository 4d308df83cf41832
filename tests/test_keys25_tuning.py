"""Rules tuned on keys25's exports (Oracle's sample sales schemas, SAP HANA's and SAP CAP's
demo data), on made-up data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.found import table_and_column
from d365migrate.intake.kinds import name_kind, person_columns_of_account
from d365migrate.intake.read import Export
from d365migrate.intake.values import datetime_expr
from d365migrate.mapping.glued_readings import glued_reading
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.vocabulary import load_vocabulary
from tuning_support import DEFS
from tuning_support import top as _top


def test_oracle_prints_of_a_timestamp_are_read() -> None:
    stamps = pl.DataFrame({"t": ["03-MAR-19 09.15.00.125000 AM", "11-DEC-21 04.05.06.5 PM",
                                 "28-JUN-2022 23.59.01.123456789"]})
    got = stamps.select(datetime_expr(pl.col("t")))["t"].to_list()
    assert got == [dt.datetime(2019, 3, 3, 9, 15, 0, 125000),
                   dt.datetime(2021, 12, 11, 16, 5, 6, 500000),
                   dt.datetime(2022, 6, 28, 23, 59, 1, 123456)]
    orders = pl.DataFrame({"ORDER_ID": ["1", "2", "3"], "CUSTOMER_ID": ["7", "7", "8"],
                           "ORDER_DATE": stamps["t"]})
    assert _top(suggest_columns(orders, DEFS["salesorder"], source_object="orders"),
                "ORDER_DATE") == "submitdate"


def test_words_glued_in_capitals_are_read_apart() -> None:
    vocab = load_vocabulary()
    assert glued_reading("faxnumber", vocab) == ("fax", "number")
    assert glued_reading("createdat", vocab) == ("created", "at")
    assert glued_reading("username", vocab) is None    # one word: a sign-in name
    assert glued_reading("qwzxvbnm", vocab) is None     # no words of the vocabulary
    partners = pl.DataFrame({"PARTNERID": ["p1", "p2", "p3"],
                             "COMPANYNAME": ["Alpha Tools", "Beta Parts", "Gamma Mills"],
                             "FAXNUMBER": ["+49 30 1234567", "", "+1 415 5550100"],
                             "HISTORY.CREATEDAT": ["2019-04-01", "2019-05-02", "2020-01-03"]})
    sugg = suggest_columns(partners, DEFS["account"], source_object="partners")
    assert _top(sugg, "FAXNUMBER") == "fax"
    assert _top(sugg, "HISTORY.CREATEDAT") == "overriddencreatedon"
    # in mixed case the writer could mark the words and did not: 'Username' is one word
    people = pl.DataFrame({"id": ["1", "2", "3"], "First Name": ["Ann", "Bo", "Cy"],
                           "Username": ["ann.l", "bo.e", "cy.k"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="people"),
                "Username") != "ownerid"


def test_a_customers_file_of_people_named_with_its_own_word_is_contacts() -> None:
    cols = ["CUSTOMER_ID", "CUST_FIRST_NAME", "CUST_LAST_NAME", "CITY", "CUST_EMAIL",
            "CREDIT_LIMIT"]
    assert person_columns_of_account(cols) == ["CUST_FIRST_NAME", "CUST_LAST_NAME"]
    assert classify_table("customers", cols, "CUSTOMER_ID",
                          frozenset({"CUSTOMER_ID"}))[0] == "contact"
    # a bill's recipient is someone else's name: no person of the row's own
    assert person_columns_of_account(["id", "billing_first_name", "billing_last_name"]) is None


def test_information_in_a_table_name_says_nothing() -> None:
    assert name_kind("product_information")[0] == "product"
    assert name_kind("customer_info")[0] == "account"


def test_line_numbers_urgency_catalogue_and_account_manager_words() -> None:
    lines = pl.DataFrame({"ORDER_ID": ["1", "1", "2", "2"], "LINE_ITEM_ID": ["1", "2", "1", "2"],
                          "PRODUCT_ID": ["5", "6", "5", "7"], "QUANTITY": ["2", "1", "4", "1"]})
    assert _top(suggest_columns(lines, DEFS["salesorderdetail"], source_object="order_items"),
                "LINE_ITEM_ID") == "lineitemnumber"
    items = pl.DataFrame({"SALESORDERID": ["50", "50", "51"], "SALESORDERITEM": ["10", "20", "10"],
                          "QUANTITY": ["1", "2", "3"]})
    assert _top(suggest_columns(items, DEFS["salesorderdetail"], source_object="items"),
                "SALESORDERITEM") == "lineitemnumber"
    products = pl.DataFrame({"id": ["1", "2"], "name": ["Desk", "Lamp"],
                             "catalog_url": ["https://shop.example/desk",
                                             "https://shop.example/lamp"]})
    assert _top(suggest_columns(products, DEFS["product"], source_object="products"),
                "catalog_url") == "producturl"
    cases = pl.DataFrame({"ID": ["c1", "c2", "c3"], "title": ["No power", "Noise", "Broken"],
                          "urgency_code": ["H", "M", "L"]})
    assert _top(suggest_columns(cases, DEFS["incident"], source_object="incidents"),
                "urgency_code") == "prioritycode"
    people = pl.DataFrame({"CUSTOMER_ID": ["1", "2", "3", "4"],
                           "CUST_LAST_NAME": ["Li", "Ek", "Oz", "Um"],
                           "ACCOUNT_MGR_ID": ["145", "147", "145", "147"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="customers"),
                "ACCOUNT_MGR_ID") == "ownerid"


def test_files_named_with_dots_and_a_customer_who_is_a_person() -> None:
    # CAP names its files '<namespace>-<Entity>': dots in the file's name, none in the
    # column's; the customers are people and no companies file is there
    people = pl.DataFrame({"ID": ["9001", "9002", "9003"],
                           "firstName": ["Ann", "Bo", "Cy"], "lastName": ["Li", "Ek", "Oz"],
                           "email": ["ann@example.org", "bo@example.org", "cy@example.org"]})
    cases = pl.DataFrame({"ID": ["c1", "c2", "c3", "c4"],
                          "customer_ID": ["9001", "9002", "9002", "9003"],
                          "title": ["No power", "Noise", "Broken", "Leak"]})
    export = Export(Path("."), {"acme.help-Customers": people, "acme.help-Cases": cases})
    found = discover(export)
    assert {o.source: o.name for o in found.objects} == {
        "acme.help-Customers": "contact", "acme.help-Cases": "ticket"}
    [link] = found.links_from("acme.help-Cases", "customer_ID")
    assert (link.source, link.column) == ("acme.help-Cases", "customer_ID")
    assert (link.target_source, link.target_column) == ("acme.help-Customers", "ID")
    tables = ["contact", "incident"]
    proposal = propose_mapping(export, found, {t: dict(DEFS[t]) for t in tables}, tables,
                               source_id_column="new_sourceid")
    entry = next(t for t in proposal.mapping["tables"] if t["target"] == "incident")
    assert [(lk["source"], lk["table"]) for lk in entry["lookups"]] == [("customer_ID",
                                                                          "contact")]
    assert table_and_column("acme.help-Cases.customer_ID") == ("acme.help-Cases",
                                                               "customer_ID")
    assert table_and_column("contacts.links.website") == ("contacts", "links.website")


def test_a_part_of_a_tickets_file_named_after_it_is_its_messages() -> None:
    cases = pl.DataFrame({"ID": ["c1", "c2", "c3"], "title": ["No power", "Noise", "Leak"],
                          "status_code": ["N", "I", "C"], "customer_ID": ["7", "8", "7"]})
    talk = pl.DataFrame({"ID": ["m1", "m2", "m3"], "up__ID": ["c1", "c2", "c2"],
                         "timestamp": ["2024-01-02T10:00:00Z", "2024-01-03T11:00:00Z",
                                       "2024-01-03T12:00:00Z"],
                         "author": ["Ann Li", "Bo Ek", "Ann Li"],
                         "message": ["Is it plugged in?", "Which noise?", "A hum."]})
    export = Export(Path("."), {"acme.desk-Tickets": cases,
                                "acme.desk-Tickets.conversation": talk})
    kinds = {o.source: o.name for o in discover(export).objects}
    assert kinds == {"acme.desk-Tickets": "ticket",
                     "acme.desk-Tickets.conversation": "ticket_message"}
    # a file of its own name, not a part of the tickets' file, keeps its kind
    export = Export(Path("."), {"acme.desk-Tickets": cases, "conversation": talk})
    assert {o.source: o.name for o in discover(export).objects}["conversation"] == "ticket"
