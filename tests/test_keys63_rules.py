"""Rules added after measuring keys63's held-out exports (issue 13: Help Scout's and
Capsule CRM's recorded API lists, the JSON flattened into ``parent.child`` columns), on
made-up frames so they run where the public data is absent: a flattened record's
``<record>.id`` links that record's file, a nested record's or a maker's type is not the
row's type, a case's ``type`` whose values are channels is its origin, a deal's milestone
is its stage and an entry date the created-on date."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why
from tuning_support import DEFS, top


def test_a_flattened_records_id_links_its_file(tmp_path) -> None:
    export = Export(root=tmp_path, tables={
        "conversations": pl.DataFrame({
            "id": ["9001", "9002", "9003", "9004"], "number": ["11", "12", "13", "14"],
            "subject": ["Printer", "Login", "Refund", "Invoice"],
            "status": ["active", "closed", "pending", "active"],
            "customer.id": ["701", "702", "701", "703"],
            "customer.email": ["a@x.example", "b@y.example", "a@x.example", "c@z.example"]}),
        "customers": pl.DataFrame({
            "id": ["701", "702", "703"], "firstName": ["Ann", "Bob", "Cy"],
            "lastName": ["Lee", "Ray", "Poe"]})})
    links = {(r.from_, r.to) for r in discover(export).relationships}
    assert ("conversations.customer.id", "customers.id") in links


def test_a_nested_records_type_or_a_makers_type_is_not_the_cases_type() -> None:
    df = pl.DataFrame({
        "id": ["1", "2", "3", "4"], "subject": ["a", "b", "c", "d"],
        "customer.id": ["7", "8", "7", "9"],
        "customer.type": ["customer"] * 4,
        "createdBy.type": ["user", "customer", "user", "customer"],
        "createdByType": ["user", "customer", "user", "customer"]})
    sugg, why = suggest_columns_why(df, DEFS["incident"], source_object="conversations")
    for col in ("customer.type", "createdBy.type", "createdByType"):
        assert not sugg[col], col
    assert "nests" in why["customer.type"]
    # a type with no nesting and no maker is untouched: an account's Customer / Partner
    acc = pl.DataFrame({"name": ["A", "B", "C"], "type": ["Customer", "Partner", "Customer"]})
    assert top(suggest_columns(acc, DEFS["account"], source_object="companies"),
               "type") == "customertypecode"


def test_a_cases_type_of_channels_is_its_origin() -> None:
    df = pl.DataFrame({"id": ["1", "2", "3"], "subject": ["a", "b", "c"],
                       "type": ["email", "phone", "email"]})
    assert top(suggest_columns(df, DEFS["incident"], source_object="conversations"),
               "type") == "caseorigincode"
    zd = pl.DataFrame({"id": ["1", "2", "3"], "subject": ["a", "b", "c"],
                       "type": ["question", "problem", "question"]})
    assert top(suggest_columns(zd, DEFS["incident"], source_object="tickets"),
               "type") == "casetypecode"


def test_a_deals_milestone_is_its_stage_and_an_entry_date_its_creation() -> None:
    deals = pl.DataFrame({"id": ["1", "2"], "name": ["Consulting", "Design"],
                          "milestone": ["Bid", "Won"], "value": ["500.00", "900.00"]})
    assert top(suggest_columns(deals, DEFS["opportunity"], source_object="opportunities"),
               "milestone") == "stepname"
    notes = pl.DataFrame({"id": ["1", "2"], "note": ["Called", "Wrote"],
                          "entryDate": ["2009-09-11T16:07:49Z", "2009-09-12T10:00:00Z"]})
    assert top(suggest_columns(notes, DEFS["annotation"], source_object="notes"),
               "entryDate") == "overriddencreatedon"
