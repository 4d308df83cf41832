"""Rules added after measuring keys16's three exports held out (issue 13, session 13), on
made-up data so they run where the public data is absent: a template named for another kind
of record is a blueprint, no e-mail template; a 'Title' of one form of address on every row
is the salutation; 'PostCode' is the postal code."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.blueprints import blueprint
from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import kind_of_word, name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_signs import honorifics
from tuning_support import DEFS, top


def test_a_template_named_for_other_records_is_no_email_template() -> None:
    for name in ("TaskTemplate", "action_plan_template", "quote_templates"):
        assert name_kind(name) == (None, ""), name
    # e-mail templates keep their kind, also under a campaign's or a mail word
    for name in ("EmailTemplate", "templates", "mail_template", "campaign_template"):
        assert name_kind(name)[0] == "email_template", name
    assert blueprint(["task", "template"], "email_template", kind_of_word)
    assert not blueprint(["welcome", "template"], "email_template", kind_of_word)
    assert not blueprint(["task", "template"], "task", kind_of_word)


def test_a_file_of_task_templates_is_left_unknown_with_its_reason() -> None:
    steps = pl.DataFrame({
        "id": ["t1", "t2", "t3"], "templateId": ["p1", "p1", "p1"],
        "subject": ["Send the brochure", "Follow-up call", "Meet the buyer"],
        "daysFromStart": ["1", "5", "9"], "priority": ["High", "Normal", "Normal"],
        "sendEmail": ["true", "false", "false"],
    })
    mails = pl.DataFrame({"id": ["m1", "m2"], "name": ["Welcome", "Renewal"],
                          "subject": ["Welcome aboard", "Time to renew"],
                          "body": ["<p>Hello</p>", "<p>Your plan ends soon</p>"]})
    found = {o.source: o for o in discover(Export(root=Path("."), tables={
        "FollowUpTaskTemplates": steps, "EmailTemplates": mails})).objects}
    assert found["FollowUpTaskTemplates"].name == "unknown"
    assert any("blueprints" in e for e in found["FollowUpTaskTemplates"].evidence)
    assert found["EmailTemplates"].name == "email_template"


def test_one_form_of_address_in_a_title_column_is_the_salutation() -> None:
    assert honorifics(("Mr",), titled=True)
    assert not honorifics(("Mr",))            # a name that says no title: two needed
    assert not honorifics(("M",), titled=True)  # a size 'M' is no form of address
    people = pl.DataFrame({"FirstName": ["Lloyd", "Hart", "Joey", "Ann"],
                           "FamilyName": ["Dalton", "Julian", "Smith", "Lee"],
                           "Title": ["Mr", "Mr", "Mr", ""],
                           "Language": ["FR", "FR", "FR", "FR"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="partners")
    assert top(sugg, "Title") == "salutation"
    assert top(sugg, "Language") != "salutation"
    # a job title stays a job title
    staff = people.with_columns(pl.Series("Title", ["CEO", "Buyer", "Engineer", "Analyst"]))
    assert top(suggest_columns(staff, DEFS["contact"], source_object="partners"),
               "Title") == "jobtitle"


def test_post_code_is_the_postal_code() -> None:
    df = pl.DataFrame({"FirstName": ["Hashim", "Theodore"], "FamilyName": ["Pate", "Cross"],
                       "Street": ["Hauptstraße 17", "Lindenstraße 7"],
                       "PostCode": ["35900", "62173"], "City": ["Germersheim", "Geesthacht"]})
    assert top(suggest_columns(df, DEFS["contact"], source_object="partners"),
               "PostCode") == "address1_postalcode"
    assert top(suggest_columns(df.rename({"PostCode": "Post Code"}), DEFS["contact"],
                               source_object="partners"), "Post Code") == "address1_postalcode"


def test_a_first_name_in_the_first_column_is_no_key_by_position() -> None:
    from d365migrate.intake.discover import primary_key

    # ninety different first names among a hundred people: nine in ten unique, yet ten
    # people would be dropped as duplicates if the first name keyed the file
    people = pl.DataFrame({
        "FirstName": [f"Given{i}" for i in range(90)] + ["Given0"] * 10,
        "FamilyName": [f"Family{i}" for i in range(100)],
        "Email": [f"person{i}@example.org" for i in range(100)],
    })
    assert primary_key("partners", people) == "Email"
    # an id-like first column still keys the file, and any first column not a person's name
    ids = people.insert_column(0, pl.Series("Ref", [f"R{i}" for i in range(100)]))
    assert primary_key("partners", ids) == "Ref"
