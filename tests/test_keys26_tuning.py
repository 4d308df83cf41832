"""keys26's general rules, each on made-up data (issue 13), after the held-out measure of
three help desks' exports: a reference written as a path to the other record's field
('org_id->name') is that reference; 'TN' is a case's number; 'assigned_to_id' the owner; a
'priority_id'/'state_id' is the choice, its values read through the export's own list file
of those ids; a file listing a field's options ('ContactType') is no record; an own row id
does not stop a file of ids from being an association; contracts and key/value storage are
no Sales records."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.choice_files import choice_list
from d365migrate.intake.discover import _joined_ids, classify_table, discover
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.not_sales import not_sales_word
from d365migrate.intake.path_columns import without_path
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _table(name: str) -> dict:
    return dict(tables.unwrap(json.loads((TABLES / f"{name}.json").read_text("utf-8"))))


def _target(df: pl.DataFrame, table: str, column: str, source: str = "records") -> str | None:
    got = suggest_columns(df, _table(table), source_object=source).get(column) or []
    return got[0].target if got else None


def test_a_path_column_is_the_reference_it_starts_with() -> None:
    assert without_path("org_id->name") == "org_id"
    assert without_path("manager_id -> friendlyname") == "manager_id"
    assert without_path("Name") == "Name"
    assert without_path("->name") == "->name"      # nothing before the arrow: no path
    assert col_norm("account_id->name") == "accountid"


def test_a_path_column_of_names_is_the_contacts_account() -> None:
    df = pl.DataFrame({"id": ["7", "8", "9"], "last": ["Ray", "Lee", "Moss"],
                       "organization_id->name": ["Acme Ltd", "Globex", "Acme Ltd"]})
    assert _target(df, "contact", "organization_id->name", "people") == "parentcustomerid"


def test_a_path_column_links_by_name_in_the_proposed_map() -> None:
    companies = pl.DataFrame({"id": ["1", "2"], "name": ["Acme Ltd", "Globex"]})
    people = pl.DataFrame({"id": ["7", "8", "9"], "first_name": ["Al", "Bo", "Cy"],
                           "name": ["Ray", "Lee", "Moss"],
                           "organization_id->name": ["Acme Ltd", "Globex", "Acme Ltd"]})
    export = Export(Path("."), {"Company": companies, "Person": people})
    proposal = propose_mapping(export, discover(export),
                               {t: _table(t) for t in ("account", "contact")},
                               ["account", "contact"], source_id_column="new_sourceid")
    (contact,) = [t for t in proposal.mapping["tables"] if t.get("source") == "Person"]
    links = {lk["source"]: lk["target"] for lk in contact["lookups"]}
    assert links.get("organization_id->name") == "parentcustomerid"


def test_tn_is_the_case_number_and_assigned_to_id_its_owner() -> None:
    df = pl.DataFrame({"id": ["1", "2"], "tn": ["2024010110000012", "2024010110000013"],
                       "title": ["Printer jam", "No network"],
                       "assigned_to_id": pl.Series([None, None], dtype=pl.Utf8)})
    assert _target(df, "incident", "tn", "ticket") == "ticketnumber"
    assert _target(df, "incident", "assigned_to_id", "ticket") == "ownerid"
    df = df.with_columns(pl.Series("assigned_to_id", ["4", "5"]))
    assert _target(df, "incident", "assigned_to_id", "ticket") == "ownerid"


def test_priority_and_state_ids_are_the_case_choices_not_an_address() -> None:
    df = pl.DataFrame({"id": ["1", "2"], "title": ["a", "b"], "ticket_priority_id": ["3", "1"],
                       "ticket_state_id": ["1", "4"]})
    assert _target(df, "incident", "ticket_priority_id", "ticket") == "prioritycode"
    assert _target(df, "incident", "ticket_state_id", "ticket") == "statuscode"
    people = pl.DataFrame({"id": ["1", "2"], "lastname": ["Ray", "Lee"], "state_id": ["12", "9"]})
    assert _target(people, "contact", "state_id", "partner") != "statuscode"   # a province


def test_a_choice_written_as_ids_of_a_list_file_reads_the_lists_names() -> None:
    cases = pl.DataFrame({"id": ["1", "2", "3", "4"], "title": ["a", "b", "c", "d"],
                          "priority_id": ["1", "2", "3", "2"]})
    ranks = pl.DataFrame({"id": ["1", "2", "3"], "name": ["1 high", "2 normal", "3 low"],
                          "valid_id": ["1", "1", "1"]})
    export = Export(Path("."), {"cases": cases, "case_priority": ranks})
    proposal = propose_mapping(export, discover(export), {"incident": _table("incident")},
                               ["incident"], source_id_column="new_sourceid")
    (case,) = [t for t in proposal.mapping["tables"] if t.get("source") == "cases"]
    (col,) = [c for c in case["columns"] if c["source"] == "priority_id"]
    labels = {v: k for k, v in tables.option_labels(
        tables.attributes(_table("incident"))["prioritycode"]).items()}
    assert {k: labels.get(v) for k, v in col["values"].items()} == {
        "1": "high", "2": "normal", "3": "low"}


def test_a_file_listing_a_fields_options_is_no_record() -> None:
    assert choice_list("ContactType", ["id", "name"])
    assert choice_list("ticket_priority", ["id", "name", "valid_id", "create_time"])
    assert choice_list("contact_types", ["id", "name", "email"]) is None   # people's columns
    assert choice_list("Contacts", ["id", "name"]) is None
    kind, _, _, evidence = classify_table("CompanyCategory", ["id", "name"], primary_key="id")
    assert kind == "unknown" and any("values of a field" in e for e in evidence)


def test_an_own_row_id_does_not_hide_an_association() -> None:
    assert _joined_ids("lnkPersonToTeam", ["id", "person_id", "team_id"]) == [
        "person_id", "team_id"]
    assert _joined_ids("people", ["id", "person_id", "name"]) == []


def test_contracts_and_key_value_storage_are_no_sales_records() -> None:
    assert not_sales_word("CustomerContract")[0] == "contract"
    assert not_sales_word("xml_storage")[0] == "storage"
    assert not_sales_word("Contacts") is None
