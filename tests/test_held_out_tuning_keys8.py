"""Rules added after measuring keys8's held-out exports (Odoo's CRM demo as Odoo's
import-compatible export writes it, Salesforce sample apps' data trees and a Salesforce
report export; issue 13), on made-up data so they run where the public data is absent:

- a CSV whose header is wider than most rows, with rows as wide as it after it, is a header
  over rows that leave out their trailing empty fields, not a preamble (intake/dialect.py);
- a relation written by its key (``country_id/id``, ``partner_id/.id``) is the relation
  (mapping/relation_keys.py);
- a lead's person named whole in one column is the lead's own last name, and its ``name``
  then the topic; beside first and last names ``name`` stays the person's (lead_names.py);
- Odoo's and others' words: a function (job position), street2, an expected revenue, a
  deadline (an activity's due date, a deal's expected close), a summary, res_id (the related
  record), a partner (the customer) (mapping/data/synonyms.yml);
- a file name's trailing bracketed part ('Activity (mail.activity)', 'Deals (2)') is read
  apart when the words before it name a kind exactly; a Salesforce custom object named for a
  field word ('Property__c') holds records, not field definitions (intake/kinds.py);
- of two files of one kind, the one with its records' ids is the table's source before a
  larger one without (a report of the same records) (mapping/propose.py);
- a lookup's "<source>.<key>" splits at the dot after a source the export has: a source's
  name may hold dots ('UTM Campaign (utm.campaign)') (staging/references.py).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.staging.references import split_reference
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_header_wider_than_most_rows_is_no_preamble(tmp_path: Path) -> None:
    (tmp_path / "people_report.csv").write_text(
        "Org: Name,Org: Kind,Person: Given,Person: Family,Person: Mail\n"
        "Acme,Client,Ann,Lee,ann@acme.test\n"
        "Acme,Client,Bo,Ng,bo@acme.test\n"
        "Globex,Prospect\nInitech,Client\nUmbrella,Prospect\nHooli,Client\nVandelay,Client\n",
        encoding="utf-8")
    df = read_export(tmp_path).tables["people_report"]
    assert df.columns == ["Org: Name", "Org: Kind", "Person: Given", "Person: Family",
                          "Person: Mail"]
    assert df.height == 7
    assert df["Person: Given"].to_list()[:3] == ["Ann", "Bo", None]


def test_odoo_style_lead_columns() -> None:
    leads = pl.DataFrame({
        "id": ["x.l1", "x.l2", "x.l3"],
        "name": ["Forty chairs", "Website redesign", "Annual maintenance"],
        "contact_name": ["Ann Lee", "Bo Ng", "Cy Oz"],
        "partner_name": ["Acme Ltd", "Globex SA", "Initech"],
        "function": ["Buyer", "CTO", "Office manager"],
        "street2": ["Unit 4", "Floor 2", "Suite 9"],
        "country_id/id": ["base.de", "base.fr", "base.it"],
        "expected_revenue": ["1200", "56000", "800"],
        "date_deadline": ["2031-05-01", "2031-06-15", "2031-07-30"],
    })
    sugg = suggest_columns(leads, DEFS["lead"], source_object="prospects")
    assert _top(sugg, "name") == "subject"
    assert _top(sugg, "contact_name") == "lastname"
    assert _top(sugg, "partner_name") == "companyname"
    assert _top(sugg, "function") == "jobtitle"
    assert _top(sugg, "street2") == "address1_line2"
    assert _top(sugg, "country_id/id") == "address1_country"
    assert _top(sugg, "expected_revenue") == "estimatedamount"
    assert _top(sugg, "date_deadline") == "estimatedclosedate"
    # beside first and last names (Salesforce's leads) a lead's name stays the person's
    leads = pl.DataFrame({"Id": ["l1", "l2", "l3"], "FirstName": ["Ann", "Bo", "Cy"],
                          "LastName": ["Lee", "Ng", "Oz"], "Name": ["Ann Lee", "Bo Ng", "Cy Oz"],
                          "Company": ["Acme", "Globex", "Initech"]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="leads")
    assert _top(sugg, "Name") != "subject"


def test_an_activitys_summary_deadline_and_related_record() -> None:
    todo = pl.DataFrame({"id": ["a1", "a2", "a3"], "res_id": ["x.l1", "x.l2", "x.l1"],
                         "summary": ["Call back", "Send the offer", "Book a visit"],
                         "date_deadline": ["2031-05-01", "2031-05-03", "2031-05-09"]})
    sugg = suggest_columns(todo, DEFS["task"], source_object="todos")
    assert _top(sugg, "summary") == "subject"
    assert _top(sugg, "date_deadline") == "scheduledend"
    assert _top(sugg, "res_id") == "regardingobjectid"
    notes = pl.DataFrame({"id": ["n1", "n2", "n3"], "res_id": ["x.l1", "x.l2", "x.l3"],
                          "body": ["<p>Asked for prices</p>", "<p>Wants a demo</p>", "<p>Hi</p>"]})
    assert _top(suggest_columns(notes, DEFS["annotation"], source_object="notes"),
                "res_id") == "objectid"


def test_a_bracketed_tail_of_a_file_name_is_read_apart() -> None:
    assert name_kind("Task (project.task)") == ("task", "exact")
    assert name_kind("Contacts (2)") == ("contact", "exact")
    assert name_kind("Activity (mail.activity)")[0] == "activity"


def test_a_salesforce_custom_object_named_for_a_field_word_holds_records() -> None:
    cols = ["Id", "Name", "Street__c", "Price__c", "Rooms__c", "Agent__c", "Status__c"]
    assert name_kind("Property__c") == (None, "")
    assert classify_table("Property__c", cols, "Id")[0] != "custom_field"
    # a list of field definitions is still one
    assert classify_table("properties", ["name", "label", "type", "fieldType", "groupName"],
                          "name")[0] == "custom_field"


def test_a_keyed_file_is_the_source_before_a_larger_report_of_the_same_records() -> None:
    keyed = pl.DataFrame({"Id": ["c1", "c2"], "FirstName": ["Ann", "Bo"],
                          "LastName": ["Lee", "Ng"], "Email": ["ann@a.test", "bo@a.test"]})
    report = pl.DataFrame({"First Name": ["Ann", "Bo", "Ann", "Bo"],
                           "Last Name": ["Lee", "Ng", "Lee", "Ng"],
                           "Email": ["ann@a.test", "bo@a.test", "ann@a.test", "bo@a.test"]})
    ex = Export(Path("."), {"Contact": keyed, "contacts_report": report})
    kinds = {o.source: o.name for o in discover(ex).objects}
    assert kinds == {"Contact": "contact", "contacts_report": "contact"}
    mapping = propose_mapping(ex, discover(ex), {"contact": dict(DEFS["contact"])},
                              ["contact"], source_id_column="new_sourceid").mapping
    assert next(t for t in mapping["tables"] if t["target"] == "contact")["source"] == "Contact"


def test_a_lookups_reference_splits_after_a_source_with_dots_in_its_name() -> None:
    sources = {"Campaign (utm.campaign)", "deals"}
    assert split_reference("Campaign (utm.campaign).id", sources) == (
        "Campaign (utm.campaign)", "id")
    assert split_reference("deals.deal.id", sources) == ("deals", "deal.id")
    assert split_reference("people.id", sources) == ("people", "id")
