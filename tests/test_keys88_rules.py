"""Rules added after measuring keys88's held-out export (issue 13: Copper CRM's records as
its API writes them), on made-up data so they run where the public data is absent: a file
named for where records come from or why they ended ('customer_sources', 'loss_reasons')
lists the options of a field, no customers; an id whose head noun is a source, an origin or
a reason ('customer_source_id') points at such a list, no customer; a customer's source is
a lead's lead source; 'monetary_value' is what a deal (or a lead) is worth; an address
written as one JSON object is read part by part, one labelled e-mail object as the address,
and a list of phone numbers as the record's phone."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.choice_files import choice_list
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_file_of_sources_or_reasons_lists_options_no_customers() -> None:
    for name in ("customer_sources", "lead_sources", "loss_reasons", "Lead Origins"):
        assert choice_list(name, ["id", "name"]), name
    # a file of records that carry more than a list row's columns stays records
    assert choice_list("customer_sources", ["id", "name", "email", "phone"]) is None
    assert choice_list("sources", ["id", "name"]) is None   # one word: no field named
    tables = {"customer_sources": pl.DataFrame({"id": ["11", "12", "13"],
                                                "name": ["Advertising", "Cold Call", "Email"]}),
              "companies": pl.DataFrame({"id": ["1", "2"], "name": ["Globex", "Initech"],
                                         "email_domain": ["globex.example", "initech.example"]})}
    found = {o.source: o.name for o in discover(Export(Path("."), tables)).objects}
    assert found == {"customer_sources": "unknown", "companies": "account"}


def test_a_source_or_reason_id_is_no_customer_and_a_customers_source_a_lead_source() -> None:
    deals = pl.DataFrame({"id": ["7", "8", "9"], "name": ["Copiers", "Chairs", "Keyboards"],
                          "company_id": ["1", "1", "2"],
                          "customer_source_id": ["11", "12", "11"],
                          "loss_reason_id": ["21", None, "22"],
                          "monetary_value": ["250000.0", "75000.0", "50000.0"]})
    sugg = suggest_columns(deals, dict(DEFS["opportunity"]), source_object="opportunities")
    assert _top(sugg, "customer_source_id") is None
    assert _top(sugg, "loss_reason_id") is None
    assert _top(sugg, "company_id") in ("parentaccountid", "customerid")
    assert _top(sugg, "monetary_value") == "estimatedvalue"
    leads = pl.DataFrame({"id": ["5", "6"], "first_name": ["Sam", "Andrew"],
                          "last_name": ["Summers", "Sung"],
                          "customer_source_id": ["11", "12"],
                          "monetary_value": ["5000", "2500"]})
    sugg = suggest_columns(leads, dict(DEFS["lead"]), source_object="leads")
    assert _top(sugg, "customer_source_id") == "leadsourcecode"
    assert _top(sugg, "monetary_value") == "estimatedamount"


def test_an_address_object_is_read_part_by_part_and_one_email_object_as_its_address() -> None:
    from d365migrate.intake.address_objects import spread_address_objects
    from d365migrate.intake.value_lists import spread_value_lists

    people = pl.DataFrame({
        "id": ["1", "2", "3"],
        "address": ['{"street":"1 Main St","city":"Springfield","state":"IL",'
                    '"postal_code":"62701","country":null}',
                    '{"street":"2 High St","city":"Shelbyville","state":"IL",'
                    '"postal_code":"62565","country":null}', None],
        # a linked record's object (an id, a name) is no address
        "company": ['{"id": 7, "name": "Globex"}', '{"id": 8, "name": "Initech"}', None],
        "email": ['{"email":"ann@x.example","category":"work"}',
                  '{"email":"bo@x.example","category":"home"}', None]})

    class _Guess:
        file = "people.csv"

    class _Exp:
        tables = {"people": people}
        guesses = {"people": _Guess()}
        problems: list = []
        _cache_keys: dict = {}

    exp = _Exp()
    spread_value_lists(exp)
    spread_address_objects(exp)
    df = exp.tables["people"]
    assert df.columns == ["id", "address street", "address city", "address state",
                          "address postal_code", "company", "email"]
    assert df["address city"].to_list() == ["Springfield", "Shelbyville", None]
    assert df["email"].to_list() == ["ann@x.example", "bo@x.example", None]
    assert df["company"][0] == '{"id": 7, "name": "Globex"}'
    sugg = suggest_columns(df, dict(DEFS["contact"]), source_object="people")
    assert _top(sugg, "address street") == "address1_line1"
    assert _top(sugg, "address postal_code") == "address1_postalcode"
    assert _top(sugg, "email") == "emailaddress1"


def test_a_list_of_phone_numbers_is_the_records_phone() -> None:
    people = pl.DataFrame({"id": ["1", "2"], "last_name": ["Ames", "Bo"],
                           "phone_numbers": ["4153554776", "4152225466"]})
    sugg = suggest_columns(people, dict(DEFS["contact"]), source_object="people")
    assert _top(sugg, "phone_numbers") == "telephone1"


def test_a_page_of_a_list_is_no_labelled_value() -> None:
    from d365migrate.intake.value_lists import _values

    assert _values('{"email":"ann@x.example","category":"work"}') == ["ann@x.example"]
    # Intercom's contact notes: a page of a list, its address no value of the contact's
    assert _values('{"type":"list","data":[],"url":"/contacts/63ea/notes"}') is None
