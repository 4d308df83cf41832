"""Rules added after measuring keys42's held-out exports (issue 13), on made-up data so they
run where the public data is absent: a file name that groups ('Contacts by company') names
its records before the 'by', goals grouped by a record that is no person are no Dynamics
goals, a name joining a kind with a noun that names none ('Products and services') names
that kind, 'Street Line 1' is the first street line, and an amount whose name says what it
counts ('Amount (licenses / hours)') is no money."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import name_kind, name_words
from d365migrate.intake.name_phrases import joined_kind
from d365migrate.mapping.count_units import counts_things
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_grouping_name_names_its_records_before_the_by() -> None:
    assert name_kind("Contacts by company")[0] == "contact"   # was the company (head)
    assert name_kind("Deals per region")[0] == "deal"
    # no records before the 'by': read as before (a user link's column)
    assert name_kind("Created By User")[0] == "user"
    assert name_kind("QuantityPerUnit") == name_kind("Quantity Unit")


def test_goals_grouped_by_a_record_that_is_no_person_are_no_dynamics_goals() -> None:
    # a goal is a user's or a team's (Goal Owner): targets per account or product are not
    assert name_kind("Goals by account") == (None, "")
    assert name_kind("Goals per product") == (None, "")
    assert name_kind("Goals by owner")[0] == "goal"
    assert name_kind("Goals by quarter")[0] == "goal"
    kind, *_ = classify_table("Goals by account", ["id", "Revenue target", "Account"], "id")
    assert kind == "unknown"


def test_a_kind_joined_with_a_noun_naming_none_names_that_kind() -> None:
    for name in ("Products and services", "Products & Services", "products_and_services"):
        assert name_kind(name) == ("product", "partial"), name
    # two kinds joined say nothing sure
    words = name_words("Companies and contacts")
    assert joined_kind("Companies and contacts", words, name_kind) == (None, "")
    kind, *_ = classify_table("Products and services",
                              ["id", "Name", "Description", "Type", "Price", "Price unit"],
                              "id")
    assert kind == "product"


def test_street_line_numbered_as_a_line_is_that_street_line() -> None:
    df = pl.DataFrame({"Name": ["Acme", "Globex"],
                       "Street Line 1": ["1 Main Street", "2 High Street"],
                       "Street Line 2": ["Suite 4", "Floor 2"],
                       "City": ["Oslo", "Rome"]})
    for table in ("account", "contact"):
        sugg = suggest_columns(df, DEFS[table])
        assert _top(sugg, "Street Line 1") == "address1_line1", table
        assert _top(sugg, "Street Line 2") == "address1_line2", table


def test_an_amount_that_says_what_it_counts_is_no_money() -> None:
    assert counts_things(["amount", "licenses", "hours"])
    assert not counts_things(["price", "per", "hour"])          # money per hour
    assert not counts_things(["billable", "hours", "amount"])   # the money for the hours
    assert not counts_things(["price", "unit"])                 # Odoo's unit price
    df = pl.DataFrame({"Account": ["Acme", "Globex"],
                       "Amount (licenses / hours)": ["5", "40"]})
    sugg = suggest_columns(df, DEFS["opportunity"])
    assert _top(sugg, "Amount (licenses / hours)") is None
    money = pl.DataFrame({"Account": ["Acme", "Globex"], "Amount (EUR)": ["5000", "400"]})
    assert _top(suggest_columns(money, DEFS["opportunity"]), "Amount (EUR)") == "estimatedvalue"
    line = pl.DataFrame({"product_id": ["Desk", "Chair"], "price_unit": ["120.5", "40"],
                         "product_uom_qty": ["2", "4"]})
    assert _top(suggest_columns(line, DEFS["salesorderdetail"]), "price_unit") == "priceperunit"
