"""keys22's general rules, on made-up files (issue 13, held out on Salesforce.org's data sets).

A word other trades use for other things ('program') names a campaign only beside a column
typical of one other than a date; a file its name calls no price list is one only with a
name and a price list's mark (a currency, the standard flag), not by dates, a name and a
description alone, which any dated record has.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.price_lists import price_list_columns
from d365migrate.intake.primary_flags import primary_flag
from d365migrate.intake.read import Export
from d365migrate.mapping.link_decisions import rule_of
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.through import through_values
from test_association_links import DEFS


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


# -- an association file's primary rows (Salesforce's OpportunityContactRole.IsPrimary) --

#: g1's donor is its second row (marked); g2's rows are all soft credits (none marked);
#: g3 has one marked row of two
ROLES = pl.DataFrame({"gift_id": ["g1", "g1", "g2", "g2", "g3", "g3"],
                      "contact_id": ["p2", "p1", "p3", "p1", "p3", "p2"],
                      "is_primary": ["false", "true", "false", "false", "true", "false"]})
THROUGH = {"source": "gift_roles", "from": "gift_id", "to": "contact_id", "order_by": None}


def test_the_marked_row_is_the_link_and_a_record_with_none_marked_has_none() -> None:
    ids = pl.Series(["g1", "g2", "g3"])
    values, stats = through_values(ids, {**THROUGH, "prefer": "is_primary"},
                                   {"gift_roles": ROLES}, "opportunity")
    assert values.to_list() == ["p1", None, "p3"]
    assert stats["used"] == 2
    assert stats["not_used"] == {
        "no row for its opportunity is marked is_primary": 2,
        "another row for the same opportunity was used (the one marked is_primary, or "
        "none; among several, the first in the file)": 2}
    # without the mark, the first row in the file, as before
    plain, _ = through_values(ids, THROUGH, {"gift_roles": ROLES}, "opportunity")
    assert plain.to_list() == ["p2", "p3", "p3"]


def test_a_file_that_marks_no_row_at_all_falls_back_to_the_first() -> None:
    unmarked = ROLES.with_columns(pl.lit("false").alias("is_primary"))
    values, _ = through_values(pl.Series(["g1", "g2"]), {**THROUGH, "prefer": "is_primary"},
                               {"gift_roles": unmarked}, "opportunity")
    assert values.to_list() == ["p2", "p3"]


def test_the_map_proposes_the_association_by_its_primary_flag() -> None:
    assert primary_flag(["Id", "Role", "IsPrimary"], {"IsPrimary": "boolean"}) == "IsPrimary"
    assert primary_flag(["Id", "Primary"], {"Primary": "string"}) is None  # no true/false
    frames = {"contacts": pl.DataFrame({"id": ["p1", "p2", "p3"],
                                        "first_name": ["Ann", "Bo", "Cy"],
                                        "last_name": ["Ames", "Berg", "Cole"],
                                        "email": ["a@x.example", "b@x.example",
                                                  "c@x.example"]}),
              "deals": pl.DataFrame({"deal_id": ["g1", "g2", "g3"],
                                     "deal_name": ["Gala", "Drive", "Appeal"],
                                     "amount": ["100", "200", "300"]}),
              "deal_contact": ROLES.rename({"gift_id": "deal_id"})}
    ex = Export(Path("."), frames)
    mapping = propose_mapping(ex, discover(ex), DEFS, ["contact", "opportunity"],
                              source_id_column="new_sourceid").mapping
    deal = next(t for t in mapping["tables"] if t.get("source") == "deals")
    (lk,) = [lk for lk in deal["lookups"] if lk.get("through")]
    assert lk["through"]["prefer"] == "is_primary"
    assert rule_of(lk["through"]) in lk["reason"]


def test_a_name_and_a_text_without_a_subject_are_no_email_template() -> None:
    """A test object's 'Name' and 'C1_text__c' read as a template's name and body, and the
    inventory said 'rebuild as e-mail templates'; a template is a subject and a text."""
    kind, evidence = _kind("Widgets__c", ["Id", "Name", "RecordTypeId", "W_text__c",
                                          "W_textarea__c", "W_url__c"])
    assert kind == "unknown" and any("no subject" in e for e in evidence)
    kind, _ = _kind("Mailings", ["Id", "Name", "Subject", "Body"])
    assert kind == "email_template"
