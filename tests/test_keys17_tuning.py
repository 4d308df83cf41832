"""Rules added after measuring keys17's four exports held out (issue 13, session 13), on
made-up data so they run where the public data is absent: SAP's data-dictionary field names
and table names, dates of eight digits, a '<kind>_history' table of versioned records, a
software version that looks like a phone number, a list's membership rows, names of billing
documents and payments, a bank account."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import list_membership, name_kind
from d365migrate.intake.not_sales import not_sales_word, supplier_file
from d365migrate.intake.profile import profile_export
from d365migrate.intake.read import Export
from d365migrate.intake.values import datetime_expr, is_compact_date
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, top


def _found(tables: dict[str, pl.DataFrame]) -> dict:
    return {o.source: o for o in discover(Export(root=Path("."), tables=tables)).objects}


def _customers() -> pl.DataFrame:
    return pl.DataFrame({
        "KUNNR": ["0000100001", "0000100002", "0000100003"],
        "NAME1": ["Brauerei Hansa", "Müller Maschinenbau", "Kaffeerösterei Nord"],
        "LAND1": ["DE", "DE", "AT"], "ORT01": ["Bremen", "Stuttgart", "Linz"],
        "PSTLZ": ["28195", "70173", "4020"], "REGIO": ["04", "08", "04"],
        "STRAS": ["Am Markt 1", "Königstraße 12", "Hauptplatz 3"],
        "TELF1": ["+49 421 123456", "+49 711 987654", "+43 732 55501"],
        "TELFX": ["+49 421 123457", "+49 711 987655", "+43 732 55502"],
        "KNURL": ["www.hansa.example", "www.mueller.example", "www.nord.example"],
        "ERDAT": ["20190315", "20200102", "20211130"],
    })


def test_sap_field_names_read_as_the_columns_they_are() -> None:
    sugg = suggest_columns(_customers(), DEFS["account"], source_object="KNA1")
    want = {"NAME1": "name", "LAND1": "address1_country", "ORT01": "address1_city",
            "PSTLZ": "address1_postalcode", "REGIO": "address1_stateorprovince",
            "STRAS": "address1_line1", "TELF1": "telephone1", "TELFX": "fax",
            "KNURL": "websiteurl", "ERDAT": "overriddencreatedon"}
    assert {c: top(sugg, c) for c in want} == want
    items = pl.DataFrame({
        "VBELN": ["0000004711", "0000004711", "0000004712"], "POSNR": ["000010", "000020",
                                                                      "000010"],
        "MATNR": ["M-100", "M-200", "M-100"], "ARKTX": ["Pump", "Valve", "Pump"],
        "KWMENG": ["2", "5", "1"], "NETPR": ["120.00", "15.50", "118.00"],
        "MWSBP": ["45.60", "14.73", "22.42"]})
    sugg = suggest_columns(items, DEFS["salesorderdetail"], source_object="VBAP")
    assert top(sugg, "KWMENG") == "quantity"
    assert top(sugg, "NETPR") == "priceperunit"
    assert top(sugg, "MWSBP") == "tax"
    assert top(sugg, "ARKTX") in ("productdescription", "description",
                                  "salesorderdetailname")
    # a name that merely starts like one of SAP's is not read so
    other = pl.DataFrame({"ortho": ["a", "b", "c"], "stras_note": ["x", "y", "z"]})
    sugg = suggest_columns(other, DEFS["account"], source_object="things")
    assert top(sugg, "ortho") != "address1_city"
    assert top(sugg, "stras_note") != "address1_line1"


def test_eight_digits_year_first_under_a_date_name_are_dates() -> None:
    assert is_compact_date(["20111201", "19991231", ""])
    assert not is_compact_date(["20111341"])          # no 13th month
    assert not is_compact_date(["20033080", "20111201"])   # an id among them
    parsed = pl.DataFrame({"v": ["20111201", "2011-12-02", "1479463600"]}).select(
        datetime_expr(pl.col("v"))).to_series().to_list()
    assert parsed == [datetime(2011, 12, 1), datetime(2011, 12, 2),
                      datetime(2016, 11, 18, 10, 6, 40)]
    # the same digits under a name that says no date are no date
    df = pl.DataFrame({"name": ["A", "B", "C"], "created_date": ["20190315", "20200102",
                                                                 "20211130"],
                       "external_ref": ["20190315", "20200102", "20211130"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="companies")
    assert top(sugg, "created_date") == "overriddencreatedon"
    assert top(sugg, "external_ref") != "overriddencreatedon"


def test_sap_table_names_name_their_kinds() -> None:
    assert name_kind("KNA1")[0] == "account"
    assert name_kind("sap_mara_data")[0] == "product"
    assert name_kind("sap_vbak_data")[0] == "order"
    assert name_kind("VBAP")[0] == "order_line"
    assert name_kind("sap_lfa1_data")[0] is None       # suppliers: no kind
    vendors = _customers().rename({"KUNNR": "LIFNR"})
    found = _found({"sap_kna1_data": _customers(), "sap_lfa1_data": vendors})
    assert found["sap_kna1_data"].name == "account"
    # the vendor master has a customer's columns, but holds suppliers
    assert found["sap_lfa1_data"].name == "unknown"
    assert "suppliers" in (supplier_file("sap_lfa1_data") or "")


def test_a_table_of_hundreds_of_columns_profiles() -> None:
    # SAP's tables: over a hundred numeric columns (their bounds numbers), then a date's
    wide = pl.DataFrame({**{f"f{i:03d}": ["1", "2", "3"] for i in range(150)},
                         "ERDAT": ["2011-12-01", "2012-01-05", "2013-02-07"]})
    export = Export(root=Path("."), tables={"KNA1": wide})
    profile = profile_export(export, discover(export))
    assert profile.columns.height == 151


def test_a_history_table_of_versioned_records_holds_the_records() -> None:
    versions = pl.DataFrame({
        "id": ["acme", "acme", "globex"], "last_updated_at": ["2021-07-27", "2021-07-28",
                                                               "2021-07-28"],
        "agent_name": ["Acme", "Acme Corp", "Globex"], "agent_planlevel": ["Gold", "Gold",
                                                                          "Silver"]})
    log = pl.DataFrame({
        "id": ["h1", "h2", "h3"], "account_id": ["acme", "acme", "globex"],
        "field": ["Name", "Phone", "Name"], "old_value": ["Acme", "", "Globex Inc"],
        "new_value": ["Acme Corp", "555-0100", "Globex"]})
    assert _found({"account_history": versions})["account_history"].name == "account"
    assert _found({"account_history": log})["account_history"].name != "account"


def test_a_software_version_is_no_phone_number() -> None:
    visitors = pl.DataFrame({
        "id": ["v1", "v2", "v3", "v4", "v5"],
        "last_browser_version": ["87.0.4280", "85.0.4183", "13.1.1", "88.0.4324",
                                 "89.0.4389"]})
    sugg = suggest_columns(visitors, DEFS["contact"], source_object="people")
    assert top(sugg, "last_browser_version") is None
    # a silent name of phone numbers still is the phone
    visitors = visitors.with_columns(misc=pl.Series(["555-0100", "555-0101", "555-0102",
                                                     "555-0103", "555-0104"]))
    sugg = suggest_columns(visitors.drop("last_browser_version"), DEFS["contact"],
                           source_object="people")
    assert top(sugg, "misc") == "telephone1"


def test_a_lists_membership_rows_are_no_records_of_their_own() -> None:
    rows = pl.DataFrame({
        "contact_lookup_id": ["l1", "l2", "l3"], "contact_id": ["c1", "c1", "c2"],
        "mailing_list_id": ["m1", "m2", "m1"], "name": ["Newsletter", "Events",
                                                        "Newsletter"],
        "owner_id": ["u1", "u1", "u1"], "unsubscribed": ["false", "false", "true"]})
    assert list_membership("contact_mailing_list_membership", rows.columns) == (
        "list", "contact")
    found = _found({"contact_mailing_list_membership": rows})
    assert found["contact_mailing_list_membership"].name == "unknown"
    # a list's people with their names are still the people
    assert list_membership("list_member", ["first_name", "last_name", "email"]) is None


def test_payments_and_credit_notes_are_no_activities_nor_notes() -> None:
    assert name_kind("balance_transaction_data")[0] is None
    assert name_kind("credit_note_data")[0] is None
    assert name_kind("SupportTicketsExport")[0] == "ticket"   # whole words still name
    assert name_kind("account_notes")[0] == "note"
    assert not_sales_word("credit_note_data")[0] == "creditnote"
    assert not_sales_word("balance_transaction_data")[0] == "transaction"
    notes = pl.DataFrame({"id": ["cn1", "cn2"], "amount": ["50", "100"],
                          "memo": ["", "Damaged"], "invoice_id": ["in1", "in2"],
                          "status": ["issued", "issued"]})
    assert _found({"credit_note_data": notes})["credit_note_data"].name == "unknown"


def test_a_bank_account_is_no_parent_account() -> None:
    customers = pl.DataFrame({
        "id": ["cus_1", "cus_2", "cus_3"], "name": ["Acme", "Globex", "Initech"],
        "bank_account_id": ["ba_1", "ba_2", "ba_3"]})
    sugg = suggest_columns(customers, DEFS["account"], source_object="customers")
    assert top(sugg, "bank_account_id") != "parentaccountid"
    parents = customers.drop("bank_account_id").with_columns(
        parent_account_id=pl.Series(["", "cus_1", "cus_1"]))
    sugg = suggest_columns(parents, DEFS["account"], source_object="customers")
    assert top(sugg, "parent_account_id") == "parentaccountid"
