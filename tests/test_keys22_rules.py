"""keys22's general rules, on made-up files (issue 13, held out on Salesforce.org's data sets).

A word other trades use for other things ('program') names a campaign only beside a column
typical of one other than a date; a file its name calls no price list is one only with a
name and a price list's mark (a currency, the standard flag), not by dates, a name and a
description alone, which any dated record has.
"""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
from d365migrate.intake.price_lists import price_list_columns


def _kind(source: str, columns: list[str]) -> tuple[str, list[str]]:
    kind, _conf, _scores, evidence = classify_table(source, columns, primary_key="Id")
    return kind, evidence


def test_a_charitys_programs_are_no_campaigns() -> None:
    kind, evidence = _kind("Program__c", ["Id", "Name", "Description__c", "StartDate__c",
                                          "EndDate__c", "Status__c", "Audience__c"])
    assert kind == "unknown"
    assert any("program" in e and "charity" in e for e in evidence)


def test_marketing_programs_stay_campaigns() -> None:
    # a channel and a type (Marketo's programs) say marketing; so does a qualified name
    assert _kind("crm_program_data", ["id", "name", "channel", "type", "start_date",
                                      "end_date", "status"])[0] == "campaign"
    assert _kind("marketing_programs", ["id", "name", "start_date", "end_date",
                                        "status"])[0] == "campaign"


def test_dated_records_with_a_name_are_no_price_lists() -> None:
    for source in ("Cohort__c", "Grant_Round__c"):
        kind, _ = _kind(source, ["Id", "Name", "Description__c", "StartDate__c",
                                 "EndDate__c", "Status__c"])
        assert kind != "price_list", source


def test_a_price_list_by_its_columns_keeps_its_currency_or_standard_flag() -> None:
    assert price_list_columns({"name", "startdate", "enddate", "currencyisocode"})
    assert price_list_columns({"name", "isstandard"})
    assert not price_list_columns({"name", "startdate", "enddate", "description"})
    assert not price_list_columns({"startdate", "enddate", "currency"})   # a pledge's
    kind, _ = _kind("Season", ["Id", "Name", "Description", "ValidFrom", "ValidTo",
                               "CurrencyIsoCode", "IsActive"])
    assert kind == "price_list"
