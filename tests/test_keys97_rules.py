"""Rules added after measuring keys97's held-out exports (issue 13: X2CRM's import samples
and OroCRM's sales import/export templates), on made-up data so they run where the public
data is absent: a file named for its records before 'import' or 'export' holds those
records (a template after either word is the file's layout, no e-mail template); numbered
address blocks and list entries ('Address 2 Street', 'Phones 1 Phone') are that block's or
entry's column; a related record's field named after its relation ('Customer Account Account
name') links that record; a lead's 'Lead name' beside its person's names is its topic; a
case's 'name' of numbers beside its subject is its number; the words 'quote amount',
'complete date' and a case's 'impact'."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.numbered_blocks import block_target
from d365migrate.mapping.relation_paths import related_field
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_file_named_for_its_records_before_import_or_export() -> None:
    assert name_kind("lead_export_template")[0] == "lead"
    assert name_kind("lead_import_exist_contact")[0] == "lead"   # leads naming a contact
    assert name_kind("contacts_export_by_owner")[0] == "contact"
    assert name_kind("meetings-importAnalyzerTest") == ("activity", "partial")   # as before
    assert name_kind("export_template")[0] is None     # the columns say what the rows are
    assert name_kind("import_template")[0] is None
    # a template named otherwise is still what it was
    assert name_kind("email_template")[0] == "email_template"
    assert name_kind("task_template")[0] is None        # a blueprint for tasks


def test_an_export_template_of_deals_by_its_columns() -> None:
    deals = pl.DataFrame({"Opportunity name": ["Roof repair", "New boiler"],
                          "Expected close date": ["2025-03-01", ""],
                          "Probability": ["40", ""], "Close revenue": ["", "1200"],
                          "Owner Username": ["admin", "admin"]})
    found = {o.source: o.name for o in discover(
        Export(Path("."), {"export_template": deals})).objects}
    assert found["export_template"] == "deal"


def test_numbered_address_blocks_and_list_entries() -> None:
    assert block_target("Address 1 Street") == (True, "address1_line1")
    assert block_target("Address 1 Street 2") == (True, "address1_line2")
    assert block_target("Address 2 Street") == (True, "address2_line1")   # never line 2
    assert block_target("Address 2 Label") == (True, "address2_name")
    assert block_target("Address 1 State Combined code") == (True, "address1_stateorprovince")
    assert block_target("Address 1 Country ISO2 code") == (True, "address1_country")
    assert block_target("Address 1 First name") == (True, None)   # the addressee
    assert block_target("Phones 2 Phone") == (True, "telephone2")
    assert block_target("Emails 1 Email") == (True, "emailaddress1")
    assert block_target("Partner Emails 1 Email") == (True, None)   # another record's
    assert block_target("email_1") == (False, None)   # beside 'email': the vocabulary's
    assert block_target("Address Line 1") == (False, None)
    assert block_target("City") == (False, None)
    leads = pl.DataFrame({
        "First name": ["Ana", "Bo"], "Last name": ["Lima", "Chen"],
        "Lead name": ["Roof for the depot", "Boiler swap"], "Company name": ["Acme", "Brix"],
        "Address 1 Street": ["1 Main Road", "2 Side Street"], "Address 1 Street 2": ["Unit 4", ""],
        "Address 1 First name": ["Ana", "Bo"], "Address 2 Street": ["9 Dock Lane", ""],
        "Address 2 City": ["Leeds", ""], "Address 3 City": ["York", ""],
        "Phones 1 Phone": ["585-255-1127", "585-255-1128"],
        "Phones 2 Phone": ["978-242-1314", ""]})
    sugg = suggest_columns(leads, DEFS["lead"], source_object="leads")
    assert _top(sugg, "Address 1 Street") == "address1_line1"
    assert _top(sugg, "Address 1 Street 2") == "address1_line2"
    assert _top(sugg, "Address 2 Street") == "address2_line1"
    assert _top(sugg, "Address 2 City") == "address2_city"
    assert _top(sugg, "Address 3 City") is None            # a lead has two address blocks
    assert _top(sugg, "Address 1 First name") is None
    assert _top(sugg, "Phones 1 Phone") == "telephone1"
    assert _top(sugg, "Phones 2 Phone") == "telephone2"
    assert _top(sugg, "Lead name") == "subject"             # beside the person's names


def test_a_related_records_field_after_its_relation() -> None:
    assert related_field(["customer", "account", "account", "name"]) == ["account", "name"]
    assert related_field(["lead", "lead", "name"]) == ["lead", "name"]
    assert related_field(["address", "1", "1"]) == ["address", "1", "1"]
    assert related_field(["first", "name"]) == ["first", "name"]
    deals = pl.DataFrame({"Opportunity name": ["Roof repair", "New boiler"],
                          "Customer Account Account name": ["Acme", "Brix"],
                          "Owner Username": ["admin", "admin"]})
    sugg = suggest_columns(deals, DEFS["opportunity"], source_object="opportunities")
    assert _top(sugg, "Customer Account Account name") in ("customerid", "parentaccountid")


def test_x2crm_words_and_a_cases_numbered_name() -> None:
    deals = pl.DataFrame({"name": ["One", "Two"], "quoteAmount": ["123.00", "0.00"],
                          "salesStage": ["Won", "Lost"]})
    assert _top(suggest_columns(deals, DEFS["opportunity"], source_object="opportunity"),
                "quoteAmount") == "estimatedvalue"
    actions = pl.DataFrame({"subject": ["Call back", "Send offer"],
                            "completeDate": ["2014/09/15 13:21:37", "2014/09/16 10:00:00"]})
    assert _top(suggest_columns(actions, DEFS["task"], source_object="actions"),
                "completeDate") == "actualend"
    cases = pl.DataFrame({"id": ["1000", "1001"], "name": ["1000", "1001"],
                          "subject": ["Lost wifi connection", "Lost demo password"],
                          "impact": ["2 - Critical", "3 - Moderate"]})
    sugg = suggest_columns(cases, DEFS["incident"], source_object="services")
    assert _top(sugg, "impact") == "prioritycode"   # no priority of its own beside it
    assert _top(sugg, "name") != "customerid"   # numbers name no person: the case's number
    ranked = cases.with_columns(priority=pl.Series(["High", "Low"]))
    assert _top(suggest_columns(ranked, DEFS["incident"], source_object="services"),
                "impact") != "prioritycode"      # beside a priority (ServiceNow's)
    assert block_target("Address 1 - PO Box") == (False, None)   # read by the vocabulary
    assert related_field(["billing", "address", "address", "1"]) == [
        "billing", "address", "address", "1"]   # no record's kind said twice
