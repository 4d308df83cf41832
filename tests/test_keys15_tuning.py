"""Rules added after measuring keys15's four exports held out (issue 13; Tine 2.0, opentaps,
Baserow), each on made-up data so it runs where the public data is absent: groupware
shorthand field names (vCard's n_given, adr_one_street, tel_work, org_name, bday), words of
other CRMs and languages (turnover, contract value, the deal's own noun as its name, Ort and
PLZ, an appointment's date, a to-do's percent, OFBiz's statusId and estimated amounts), a
party is the customer side, an offer is a quote, and phone numbers written in blocks are no
numbers."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.values import infer_column
from d365migrate.mapping.shorthand_names import shorthand_readings
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, top


def _suggest(table: str, columns: dict[str, list[str]]) -> dict:
    return suggest_columns(pl.DataFrame(columns), DEFS[table], source_object="records")


def test_groupware_shorthand_reads_as_the_words_it_stands_for() -> None:
    assert shorthand_readings(("n", "given")) == [("first", "name")]
    assert shorthand_readings(("n", "family")) == [("last", "name")]
    assert shorthand_readings(("adr", "one", "street")) == [("address1", "street")]
    assert shorthand_readings(("address", "two", "city")) == [("address2", "city")]
    assert shorthand_readings(("tel", "work")) == [("work", "phone")]
    assert shorthand_readings(("tel", "fax")) == [("fax",)]
    assert shorthand_readings(("org", "unit")) == [("organization", "unit")]
    # a name with no shorthand gets no other reading
    assert shorthand_readings(("first", "name")) == []
    assert shorthand_readings(("n",)) == []


def test_a_vcard_style_address_book_maps_to_the_contact() -> None:
    sugg = _suggest("contact", {
        "n_given": ["Anna", "Jonas", "Lea"], "n_family": ["Berg", "Kraus", "Vogel"],
        "n_middle": ["Maria", "", "Sophie"],
        "org_name": ["Kranbau GmbH", "Elbwerft AG", "Kranbau GmbH"],
        "org_unit": ["Einkauf", "Vertrieb", "Technik"],
        "adr_one_street": ["Hafenstr. 4", "Am Kai 9", "Hafenstr. 4"],
        "adr_one_locality": ["Hamburg", "Kiel", "Hamburg"],
        "adr_one_postalcode": ["20457", "24103", "20457"],
        "adr_one_countryname": ["DE", "DE", "DE"],
        "adr_two_street": ["Lindenweg 2", "Birkenallee 7", "Ulmenstr. 1"],
        "adr_two_locality": ["Pinneberg", "Eckernförde", "Wedel"],
        "tel_work": ["+49 40 1234-10", "+49 431 998-20", "+49 40 1234-11"],
        "tel_cell": ["+49 171 2345678", "+49 160 9876543", "+49 152 1112223"],
        "tel_home": ["+49 4101 55512", "+49 4351 66623", "+49 4103 77734"],
        "tel_fax": ["+49 40 1234-99", "+49 431 998-99", "+49 40 1234-98"],
        "bday": ["1980-03-01", "1975-11-23", "1990-07-14"],
    })
    assert {c: top(sugg, c) for c in sugg} == {
        "n_given": "firstname", "n_family": "lastname", "n_middle": "middlename",
        "org_name": "parentcustomerid", "org_unit": "department",
        "adr_one_street": "address1_line1", "adr_one_locality": "address1_city",
        "adr_one_postalcode": "address1_postalcode", "adr_one_countryname": "address1_country",
        "adr_two_street": "address2_line1", "adr_two_locality": "address2_city",
        "tel_work": "telephone1", "tel_cell": "mobilephone", "tel_home": "telephone2",
        "tel_fax": "fax", "bday": "birthdate"}


def test_words_of_other_crms_for_a_deal() -> None:
    sugg = _suggest("opportunity", {
        "Opportunity": ["Website relaunch", "Catalogue shoot", "Trade fair stand"],
        "Contract Value": ["12000", "4500", "30000"],
        "end_scheduled": ["2026-03-01", "2026-04-15", "2026-05-30"],
    })
    assert top(sugg, "Opportunity") == "name"
    assert top(sugg, "Contract Value") == "estimatedvalue"
    assert top(sugg, "end_scheduled") == "estimatedclosedate"
    sugg = _suggest("opportunity", {"turnover": ["1654784", "165", "90000"],
                                    "estimatedAmount": ["", "", ""],
                                    "estimatedProbability": ["0.2", "0.9", "0.7"]})
    assert top(sugg, "turnover") == "estimatedvalue"
    assert top(sugg, "estimatedProbability") == "closeprobability"
    sugg = _suggest("opportunity", {"estimatedAmount": ["1000000", "20000", "10000"]})
    assert top(sugg, "estimatedAmount") == "estimatedvalue"


def test_german_address_words_and_a_turnover_on_an_account() -> None:
    sugg = _suggest("account", {"name": ["Elbwerft AG", "Kranbau GmbH", "Getränke Nord"],
                                "ort": ["Hamburg", "Wien", "Kiel"],
                                "plz": ["20457", "1130", "24103"],
                                "turnover": ["1200000", "800000", "50000"]})
    assert top(sugg, "ort") == "address1_city"
    assert top(sugg, "plz") == "address1_postalcode"
    assert top(sugg, "turnover") == "revenue"


def test_an_activity_date_a_todo_percent_and_planned_dates() -> None:
    sugg = _suggest("appointment", {"Date": ["2024-07-04", "2024-06-16", "2024-08-10"],
                                    "Notes": ["Lunch with the buyer", "Call", "Visit"]})
    assert top(sugg, "Date") == "scheduledstart"
    sugg = _suggest("task", {"summary": ["Send offer", "Book room", "Call back"],
                             "percent": ["50", "0", "100"],
                             "estimatedStartDate": ["2006-01-30 10:00:00"] * 3,
                             "estimatedCompletionDate": ["2006-01-30 14:00:00"] * 3})
    assert top(sugg, "percent") == "percentcomplete"
    assert top(sugg, "estimatedStartDate") == "scheduledstart"
    assert top(sugg, "estimatedCompletionDate") == "scheduledend"


def test_a_status_id_is_the_status_and_a_party_the_customer() -> None:
    sugg = _suggest("quote", {"quoteName": ["First offer", "Standard offer", "Big quote"],
                              "partyId": ["DemoAccount1", "DemoAccount1", "DemoAccount2"],
                              "statusId": ["QUO_APPROVED", "QUO_APPROVED", "QUO_CREATED"]})
    assert top(sugg, "partyId") == "customerid"
    assert top(sugg, "statusId") == "statuscode"
    sugg = _suggest("incident", {"custRequestName": ["Printer broken", "Login fails", "X"],
                                 "fromPartyId": ["DemoContact1", "DemoContact2", "C3"]})
    assert top(sugg, "fromPartyId") == "customerid"


def test_an_offers_file_is_quotes() -> None:
    frame = pl.DataFrame({"title": ["Hosting", "Hosting", "Mail server"],
                          "description": ["Hosting website", "Hosting 2", "Set up"],
                          "customer": ["Elbphilharmonie", "Schloss", "Schloss"]})
    found = discover(Export(root=Path("."), tables={"Offer": frame}))
    assert {o.source: o.name for o in found.objects} == {"Offer": "quote"}


def test_phone_numbers_in_blocks_are_no_numbers() -> None:
    phones = pl.Series(["+49 149 3876713 6901", "+49 1453 7932 96901", "+49 177 24903939"])
    assert infer_column(phones)["type"] not in ("decimal", "integer", "money")
    # thousands grouped by spaces are still numbers
    assert infer_column(pl.Series(["12 345 678", "1 234,50", "999"]))["type"] == "decimal"
    assert infer_column(pl.Series(["1 234", "2 500", "12 000"]))["type"] in ("decimal",
                                                                              "integer")


def test_a_campaign_runs_from_its_from_date() -> None:
    sugg = _suggest("campaign", {"campaignName": ["Spring mailing", "Fair", "Webinar"],
                                 "fromDate": ["2006-01-01 00:00:00", "2006-03-01 00:00:00",
                                              "2006-05-01 00:00:00"]})
    assert top(sugg, "fromDate") == "actualstart"


def test_party_groups_are_accounts_and_customer_requests_tickets() -> None:
    groups = pl.DataFrame({"partyId": ["Acct1", "Acct2"], "groupName": ["Acme", "Globex"]})
    requests = pl.DataFrame({"custRequestId": ["Case1", "Case2"],
                             "custRequestName": ["Printer broken", "Login fails"],
                             "statusId": ["CRQ_SUBMITTED", "CRQ_COMPLETED"]})
    found = discover(Export(root=Path("."), tables={"PartyGroup": groups,
                                                    "CustRequest": requests}))
    assert {o.source: o.name for o in found.objects} == {"PartyGroup": "account",
                                                         "CustRequest": "ticket"}


def test_a_pipelines_file_of_deals_is_deals_and_one_of_stages_stays_a_pipeline() -> None:
    deals = pl.DataFrame({
        "id": ["1", "2", "3"], "Opportunity": ["Website", "Video", "Landing page"],
        "Company": ["Acme Inc.", "Smile Bros.", "Makers Co."],
        "Stage": ["Qualified", "Follow-Up", "Closed Won"],
        "Expected Close Date": ["2024-11-21", "2024-12-21", "2024-09-27"],
        "Contract Value": ["1000", "12000", "5000"]})
    stages = pl.DataFrame({"id": ["1", "2", "3"], "name": ["Lead in", "Proposal", "Won"],
                           "order_nr": ["1", "2", "3"],
                           "deal_probability": ["10", "50", "100"]})
    found = discover(Export(root=Path("."), tables={"Pipelines": deals,
                                                    "pipeline_stages": stages}))
    kinds = {o.source: o.name for o in found.objects}
    assert kinds == {"Pipelines": "deal", "pipeline_stages": "pipeline"}
