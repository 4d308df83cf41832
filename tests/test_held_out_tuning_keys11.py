"""Rules added after measuring keys11's held-out exports (Zoho CRM as Airbyte reads it,
Django-CRM's industry pack, Salesforce Easy Spaces; issue 13), on made-up data so they run
where the public data is absent:

- a column whose values say whether the record was saved ('save': Zoho's ``$state``) is no
  state or province and no status (mapping/value_signs.py, mapping/suggest.py);
- an empty JSON list or object ('[]', '{}') is no value (mapping/sourcecols.py);
- a file named for invoices or bills is no Sales object (intake/not_sales.py);
- a side's bare 'code' is its postal code (``Billing_Code`` on a quote: the bill-to postal
  code) (mapping/party_address.py);
- a lead's ``title`` whose values read as phrases is its topic, beside the person's names
  too (mapping/lead_names.py); a lead's stage is its status (mapping/data/synonyms.yml);
- a call's direction read by the engine from a column not named 'direction' (Zoho's
  ``Call_Type``) gives the call its direction and status (mapping/history.py);
- words: a closing date, a closed-on date, a carrier, a venue, a quantity in stock, a
  product's sales start and end, a quote's valid-till date and stage, an SO number, a
  lead's opportunity amount, a call's type, a case's type before its reason, an
  assistant's phone
  (mapping/data/synonyms.yml).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.intake.read import Export
from d365migrate.mapping.lead_names import topics
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_saved_flag_is_no_state_nor_status() -> None:
    leads = pl.DataFrame({"id": ["1", "2", "3"], "Last_Name": ["Ng", "Lee", "Ruiz"],
                          "Company": ["Acme", "Globex", "Initech"],
                          "$state": ["save", "save", "save"], "State": ["NJ", "MI", "LA"]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="Leads")
    assert _top(sugg, "State") == "address1_stateorprovince"
    assert _top(sugg, "$state") is None
    cases = pl.DataFrame({"id": ["1", "2"], "Subject": ["Login fails", "Wrong VAT"],
                          "$state": ["save", "save"], "Status": ["Escalated", "New"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="Cases")
    assert _top(sugg, "Status") == "statuscode"
    assert _top(sugg, "$state") is None
    # a record's lifecycle states still keep a state off the province (as before)
    accounts = pl.DataFrame({"id": ["a1", "a2"], "name": ["Acme", "Globex"],
                             "state": ["active", "closed"]})
    assert _top(suggest_columns(accounts, DEFS["account"], source_object="accounts"),
                "state") != "address1_stateorprovince"


def test_an_empty_json_list_is_no_value() -> None:
    cases = pl.DataFrame({"id": ["1", "2"], "Subject": ["Login fails", "Wrong VAT"],
                          "Description": [None, None], "Comments": ["[]", "[]"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="Cases")
    # both are empty: the column named the description keeps it, in the file's order
    assert _top(sugg, "Description") == "description"
    assert _top(sugg, "Comments") != "description"


def test_invoices_and_bills_are_no_sales_object() -> None:
    assert not_sales_word("Invoices")[0] == "invoice"
    assert not_sales_word("bill_data")[0] == "bill"
    assert not_sales_word("quote_data") is None and not_sales_word("Sales_Orders") is None
    invoices = pl.DataFrame({"id": ["i1", "i2"], "Subject": ["Price change", "Renewal"],
                             "Status": ["Created", "Paid"], "Due_Date": ["2022-04-01",
                                                                        "2022-05-01"],
                             "Invoice_Date": ["2022-03-22", "2022-04-01"],
                             "Grand_Total": ["303", "120"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."),
                                                       {"Invoices": invoices})).objects}
    assert kinds == {"Invoices": "unknown"}


def test_a_sides_bare_code_is_its_postal_code() -> None:
    quotes = pl.DataFrame({"id": ["q1", "q2"], "Subject": ["Price change", "Renewal"],
                           "Billing_City": ["New Orleans", "Chicago"],
                           "Billing_Code": ["70116", "60632"],
                           "Shipping_Code": ["57105", "44805"]})
    sugg = suggest_columns(quotes, DEFS["quote"], source_object="Quotes")
    assert (_top(sugg, "Billing_Code"), _top(sugg, "Shipping_Code")) == (
        "billto_postalcode", "shipto_postalcode")
    accounts = pl.DataFrame({"id": ["a1", "a2"], "Account_Name": ["Acme", "Globex"],
                             "Billing_Code": ["70116", "60632"]})
    assert _top(suggest_columns(accounts, DEFS["account"], source_object="Accounts"),
                "Billing_Code") == "address1_postalcode"


def test_a_leads_title_of_phrases_is_its_topic_and_its_stage_its_status() -> None:
    leads = pl.DataFrame({
        "title": ["Brand refresh for a retail chain", "Studio for a young professional",
                  "Monthly bookkeeping retainer enquiry from a clinic"],
        "first_name": ["Nora", "Marcus", "Malik"], "last_name": ["Fitz", "Ilunga", "Jo"],
        "stage": ["New enquiry", "Qualified", "Lost pitch"]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="leads")
    assert _top(sugg, "title") == "subject"
    assert _top(sugg, "stage") == "statuscode"
    people = leads.with_columns(pl.Series("title", ["Marketing Director", "Head of Sales",
                                                    "VP of Engineering"]))
    assert _top(suggest_columns(people, DEFS["lead"], source_object="leads"),
                "title") == "jobtitle"
    assert not topics(["Head of Customer Success", "Director of Business Development"])


def test_a_calls_type_gives_its_direction_and_status() -> None:
    calls = pl.DataFrame({"id": ["c1", "c2", "c3"],
                          "Subject": ["Follow up", "Incoming call", "Call back"],
                          "Call_Type": ["Outbound", "Inbound", "Outbound"],
                          "Call_Start_Time": ["2022-03-22T09:00:00+02:00",
                                              "2022-03-22T10:00:00+02:00",
                                              "2022-03-23T11:00:00+02:00"]})
    ex = Export(Path("."), {"Calls": calls})
    mapping = propose_mapping(ex, discover(ex), {"phonecall": dict(DEFS["phonecall"])},
                              ["phonecall"], source_id_column="new_sourceid").mapping
    entry = next(t for t in mapping["tables"] if t["target"] == "phonecall")
    cols = {c["target"]: c for c in entry["columns"]}
    assert cols["directioncode"]["source"] == "Call_Type"
    assert cols["directioncode"]["values"] == {"Inbound": False, "Outbound": True}
    assert cols["statuscode"]["source"] == "Call_Type"
    assert cols["statuscode"]["values"] == {"Inbound": 4, "Outbound": 2}   # received, made


def test_zoho_and_django_words() -> None:
    deals = pl.DataFrame({"id": ["d1", "d2"], "Deal_Name": ["Chemel", "Benton"],
                          "Closing_Date": ["2021-08-04", "2021-08-05"],
                          "closed_on": ["2021-08-01", "2021-08-02"]})
    sugg = suggest_columns(deals, DEFS["opportunity"], source_object="Deals")
    assert (_top(sugg, "Closing_Date"), _top(sugg, "closed_on")) == (
        "estimatedclosedate", "actualclosedate")
    quotes = pl.DataFrame({"id": ["q1", "q2"], "Subject": ["Price change", "Renewal"],
                           "Carrier": ["FedEX", "DHL"], "Valid_Till": ["2023-03-31",
                                                                      "2023-04-30"],
                           "Quote_Stage": ["Negotiation", "Draft"]})
    sugg = suggest_columns(quotes, DEFS["quote"], source_object="Quotes")
    assert (_top(sugg, "Carrier"), _top(sugg, "Valid_Till"), _top(sugg, "Quote_Stage")) == (
        "shippingmethodcode", "expireson", "statuscode")
    orders = pl.DataFrame({"id": ["o1", "o2"], "Subject": ["Price change", "Renewal"],
                           "SO_Number": ["4970762000000809185", "4970762000000809186"]})
    assert _top(suggest_columns(orders, DEFS["salesorder"], source_object="Sales_Orders"),
                "SO_Number") == "ordernumber"
    products = pl.DataFrame({"id": ["p1", "p2"], "Product_Name": ["RDBMS", "Integration"],
                             "Qty_in_Stock": ["20", "-1"],
                             "Sales_Start_Date": ["2022-03-31", "2021-08-04"],
                             "Sales_End_Date": ["2022-07-30", "2025-08-16"]})
    sugg = suggest_columns(products, DEFS["product"], source_object="Products")
    assert (_top(sugg, "Qty_in_Stock"), _top(sugg, "Sales_Start_Date"),
            _top(sugg, "Sales_End_Date")) == ("quantityonhand", "validfromdate", "validtodate")
    events = pl.DataFrame({"id": ["e1", "e2"], "Event_Title": ["Webinar", "Demo"],
                           "Venue": ["Online", "Head office"]})
    assert _top(suggest_columns(events, DEFS["appointment"], source_object="Events"),
                "Venue") == "location"
    calls = pl.DataFrame({"id": ["c1", "c2"], "Subject": ["Follow up", "Demo"],
                          "Call_Type": ["Outbound", "Inbound"]})
    assert _top(suggest_columns(calls, DEFS["phonecall"], source_object="Calls"),
                "Call_Type") == "directioncode"
    contacts = pl.DataFrame({"id": ["c1", "c2"], "Last_Name": ["Ng", "Lee"],
                             "Assistant": ["Ann", "Bo"], "Asst_Phone": ["555-0101", "555-0102"]})
    sugg = suggest_columns(contacts, DEFS["contact"], source_object="Contacts")
    assert (_top(sugg, "Assistant"), _top(sugg, "Asst_Phone")) == ("assistantname",
                                                                   "assistantphone")
    leads = pl.DataFrame({"first_name": ["Nora", "Malik"], "last_name": ["Fitz", "Jo"],
                          "opportunity_amount": ["18000", "1500"]})
    assert _top(suggest_columns(leads, DEFS["lead"], source_object="leads"),
                "opportunity_amount") == "estimatedamount"
    cases = pl.DataFrame({"id": ["1", "2"], "Subject": ["Login fails", "Wrong VAT"],
                          "Case_Reason": ["Complex functionality", "User error"],
                          "Type": ["Feature Request", "Problem"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="Cases")
    assert _top(sugg, "Type") == "casetypecode"
    assert _top(sugg, "Case_Reason") != "casetypecode"
