"""The map editor: its logic as plain methods, and its widgets driven as a browser would."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.mapping.editor import AMBER, GREEN, RED, UNMAPPED, MappingEditor, confidence_colour
from d365migrate.mapping.mapfile import (
    MappingError,
    MappingNotConfirmed,
    confirm,
    load_mapping,
    require_confirmed,
)

TABLES_DIR = Path(__file__).parent / "data" / "tables"
DEFS = {"account": json.loads((TABLES_DIR / "account.json").read_text())}
TABLES = {"companies": pl.DataFrame({
    "company_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
    "name": [" Contoso ", "Fabrikam", None, "Litware", "Adatum", "Tailspin"],
    "employees": ["10", "1,200", "x", None, "", "7"],
    "industry": ["Accounting", "Fintech", "Accounting", None, "Brokers", "Fintech"],
    "website": ["contoso.com", None, "fabrikam.com", "", None, None],
    "owner_email": ["a@x.com"] * 6,
    "parent_id": [None, "c1", None, None, None, None],
})}


def proposed() -> dict:
    return {"version": 1, "status": "proposed", "confirmed_by": None, "confirmed_at": None,
            "content_hash": None, "source_id_column": "new_smartdeskid", "tables": [{
                "target": "account", "source": "companies", "source_key": "company_id",
                "confidence": 0.9, "reason": "name",
                "owner": {"source": "owner_email", "match": "email", "confidence": 0.9},
                "columns": [
                    {"target": "name", "source": "name", "transform": "text",
                     "confidence": 0.95, "reason": "same name"},
                    {"target": "numberofemployees", "source": "employees",
                     "transform": "integer", "confidence": 0.6, "reason": "similar"},
                    {"target": "industrycode", "source": "industry", "transform": "choice",
                     "confidence": 0.3, "reason": "guess",
                     "values": {"Accounting": 1, "Brokers": 4, "Fintech": None}},
                ],
                "lookups": [{"target": "parentaccountid", "navigation": "parentaccountid",
                             "table": "account", "source": "parent_id",
                             "references": "companies.company_id", "confidence": 0.7}],
                "unmapped": ["company_id", "website"]}]}


@pytest.fixture
def editor(tmp_path) -> MappingEditor:
    return MappingEditor(proposed(), TABLES, DEFS, tmp_path / "mapping.yml")


# -- logic -----------------------------------------------------------------------------------
def test_preview_shows_values_before_and_after_the_transform(editor):
    assert editor.preview("account", "employees") == [
        ("10", 10), ("1,200", 1200), ("x", None), ("7", 7)]
    assert editor.preview("account", "name")[0] == (" Contoso ", "Contoso")
    assert editor.preview("account", "industry")[:2] == [("Accounting", 1), ("Fintech", None)]
    editor.set_transform("account", "employees", "decimal")
    assert editor.preview("account", "employees")[1] == ("1,200", 1200.0)
    assert editor.preview("account", "website") == [("contoso.com", "contoso.com"),
                                                    ("fabrikam.com", "fabrikam.com")]


def test_preview_reads_the_column_as_intake_guessed_it(tmp_path):
    """With the export's guesses, '1.200' in a European file previews as 1200, as staging will
    stage it, not as 1.2."""
    from d365migrate.intake.read import read_table_bytes

    data = "company_id;name;employees\nc1;Contoso;1.200\nc2;Fabrikam;15.000\nc3;Adatum;7\n"
    export = read_table_bytes(data.encode("cp1252"), "companies.csv",
                              {"*": {"decimal_separator": ","}})
    editor = MappingEditor(proposed(), export.tables, DEFS, tmp_path / "mapping.yml",
                           guesses=export.guesses)
    assert editor.preview("account", "employees") == [("1.200", 1200), ("15.000", 15000),
                                                      ("7", 7)]


def test_set_target_maps_unmaps_and_moves(editor):
    assert "websiteurl" in editor.target_options("account")
    assert "ownerid" not in editor.target_options("account")  # owners have their own key
    editor.set_target("account", "website", "websiteurl")
    entry = editor.entry("account", "website")
    assert (entry["target"], entry["transform"], entry["confidence"]) == ("websiteurl",
                                                                         "text", 1.0)
    assert "website" not in editor.unmapped_columns("account")
    assert editor.uncovered_required("account") == []
    assert editor.set_target("account", "website", "name") == ["name"]
    assert editor.entry("account", "name") is None
    assert editor.unmapped_columns("account") == ["name"]
    editor.set_target("account", "website", UNMAPPED)
    assert editor.uncovered_required("account") == ["name"]
    editor.set_target("account", "name", "name")
    assert editor.uncovered_required("account") == []


def test_choice_targets_propose_values_by_label(editor):
    editor.set_target("account", "industry", "customertypecode")
    assert editor.entry("account", "industry")["values"] == {
        "Accounting": None, "Brokers": None, "Fintech": None}
    editor.set_target("account", "industry", "industrycode")
    assert editor.entry("account", "industry")["values"]["Accounting"] == 1
    editor.set_choice_value("account", "industry", "Fintech", 6)
    assert "account.industrycode: no option decided for 'Fintech'" not in editor.outstanding()
    editor.set_transform("account", "industry", "text")
    assert "values" not in editor.entry("account", "industry")


def test_lookups_owner_and_key_are_not_edited_here(editor):
    assert editor.role("account", "parent_id") == "lookup"
    assert editor.role("account", "owner_email") == "owner"
    assert editor.role("account", "company_id") == "key"
    with pytest.raises(MappingError, match="lookup column"):
        editor.set_target("account", "parent_id", "name")
    with pytest.raises(MappingError, match="not a column that can be set"):
        editor.set_target("account", "website", "accountid")
    with pytest.raises(MappingError, match="not mapped"):
        editor.set_transform("account", "website", "text")


def test_save_after_confirmation_puts_the_map_back_to_proposed(tmp_path):
    path = tmp_path / "mapping.yml"
    ed = MappingEditor(confirm(proposed(), "Ana"), TABLES, DEFS, path)
    ed.save()
    require_confirmed(load_mapping(path))  # unchanged content stays confirmed
    ed.set_target("account", "website", "websiteurl")
    ed.save()
    saved = load_mapping(path)
    assert saved["status"] == "proposed" and saved["confirmed_by"] is None
    assert saved["previous_confirmation"]["by"] == "Ana"
    with pytest.raises(MappingNotConfirmed):
        require_confirmed(saved)
    ed.confirm("Ben Reviewer")
    again = load_mapping(path)
    require_confirmed(again)
    assert again["confirmed_by"] == "Ben Reviewer" and "previous_confirmation" not in again
    assert confidence_colour(0.8) == GREEN and confidence_colour(0.5) == AMBER
    assert confidence_colour(0.49) == RED


# -- widgets ----------------------------------------------------------------------------------
def test_widget_rows_are_coloured_by_confidence(editor):
    ui = editor.widget
    assert ui.children[0].titles == ("account",)
    assert editor.controls("account", "name")["confidence"].style.background == GREEN
    assert editor.controls("account", "employees")["confidence"].style.background == AMBER
    assert editor.controls("account", "industry")["confidence"].style.background == RED
    assert editor.controls("account", "name")["target"].value == "name"
    assert editor.controls("account", "website")["target"].value == UNMAPPED
    assert editor.controls("account", "website")["transform"].disabled
    assert "lookup -&gt; parentaccountid" in editor.controls("account", "parent_id")[
        "fixed"].value
    assert "1,200" in editor.controls("account", "employees")["preview"].value


def test_widget_edits_update_the_map_and_the_preview(editor):
    editor.widget  # noqa: B018
    row = editor.controls("account", "employees")
    row["transform"].value = "decimal"
    assert editor.entry("account", "employees")["transform"] == "decimal"
    assert "1200.0" in row["preview"].value
    web = editor.controls("account", "website")
    web["target"].value = "websiteurl"
    assert editor.entry("account", "website")["target"] == "websiteurl"
    assert web["confidence"].style.background == GREEN and not web["transform"].disabled
    web["target"].value = "name"  # takes the target from the name column
    assert editor.controls("account", "name")["target"].value == UNMAPPED
    assert "name unmapped" in editor.status.value
    assert "Unmapped source columns:</b> name" in editor._summaries["account"].value
    web["target"].value = UNMAPPED
    assert "Required targets not covered:</b> name" in editor._summaries["account"].value
    assert "account.name: required, nothing mapped to it" in editor.status.value
    editor.controls("account", "name")["target"].value = "name"
    assert "Required targets not covered:</b> none" in editor._summaries["account"].value
    fintech = editor.controls("account", "industry")["choices"]["Fintech"]
    assert fintech.value is None
    fintech.value = 6
    assert editor.entry("account", "industry")["values"]["Fintech"] == 6
    assert "Fintech" not in editor.status.value


def test_save_and_confirm_buttons(editor):
    editor.widget  # noqa: B018
    editor.save_button.click()
    assert load_mapping(editor.path)["status"] == "proposed"
    editor.confirm_button.click()  # no name yet
    assert "needs the name" in editor.status.value
    assert load_mapping(editor.path)["status"] == "proposed"
    editor.name.value = "Ana Analyst"
    editor.confirm_button.click()
    saved = load_mapping(editor.path)
    require_confirmed(saved)
    assert saved["confirmed_by"] == "Ana Analyst" and saved["confirmed_at"]
    assert "confirmed by Ana Analyst" in editor.status.value
    editor.controls("account", "website")["target"].value = "websiteurl"
    assert "not confirmed" in editor.status.value
    editor.save_button.click()
    assert load_mapping(editor.path)["status"] == "proposed"


def test_stage_tab_decides_stages(tmp_path):
    mapping = proposed()
    mapping["stages"] = [{"pipeline_id": "3", "pipeline_name": "Renewals", "stage_id": "301",
                          "stage_name": "Renewal Due", "salesstage": 0, "state": 0,
                          "closeprobability": 60, "stepname": "Renewal Due",
                          "decided": False, "reason": "no name match"}]
    ed = MappingEditor(mapping, TABLES, DEFS, tmp_path / "m.yml")
    assert ed.widget.children[0].titles == ("account", "stages")
    assert "stage 'Renewal Due' of pipeline 'Renewals' is undecided" in ed.outstanding()
    ctl = ed.stage_controls("3", "301")
    ctl["salesstage"].value = 3
    assert ed.mapping["stages"][0]["salesstage"] == 3 and ed.mapping["stages"][0]["decided"]
    assert "decided" in ctl["decided"].value and "undecided" not in ctl["decided"].value


def test_deal_states_tab_decides_the_deals_own_open_won_lost(tmp_path):
    mapping = proposed()
    mapping["stages"] = [{"pipeline_id": "3", "pipeline_name": "Sales", "stage_id": "301",
                          "stage_name": "Proposal", "salesstage": 2, "state": 0,
                          "closeprobability": 60, "stepname": "Proposal",
                          "decided": True, "reason": "name matches"}]
    mapping["deal_states"] = [{"value": "lost", "state": 2, "statuscode": None,
                               "decided": False, "reason": "says lost but not why"}]
    ed = MappingEditor(mapping, TABLES, DEFS, tmp_path / "m.yml")
    assert ed.widget.children[0].titles == ("account", "stages", "deal states")
    assert "the deals' own state 'lost' is undecided" in ed.outstanding()
    ctl = ed.deal_state_controls("lost")
    ctl["statuscode"].value = 5
    (state,) = ed.mapping["deal_states"]
    assert (state["state"], state["statuscode"], state["decided"]) == (2, 5, True)
    assert ed.outstanding() == [] or all("'lost'" not in o for o in ed.outstanding())
    assert "undecided" not in ctl["decided"].value


def test_stage_fed_columns_are_not_offered(tmp_path):
    from d365migrate.mapping.decisions import add_stages_to_mapping, stage_map

    defs = {"opportunity": json.loads((TABLES_DIR / "opportunity.json").read_text())}
    deals = pl.DataFrame({"deal_id": ["d1"], "name": ["A"], "stage_id": ["101"]})
    mapping = {"status": "proposed", "source_id_column": "new_smartdeskid", "tables": [
        {"target": "opportunity", "source": "deals", "source_key": "deal_id",
         "columns": [{"target": "name", "source": "name", "transform": "text"},
                     {"target": "stepname", "source": "stage_id", "transform": "text"}]}]}
    pipelines = pl.DataFrame({"pipeline_id": ["1"], "pipeline_name": ["Sales"],
                              "stage_id": ["101"], "stage_name": ["Proposal"],
                              "stage_order": ["1"], "probability": ["50"], "is_won": ["FALSE"],
                              "is_lost": ["FALSE"]})
    ed = MappingEditor(add_stages_to_mapping(mapping, stage_map(pipelines)), {"deals": deals},
                       defs, tmp_path / "m.yml")
    assert ed.role("opportunity", "stage_id") == "unmapped"
    options = ed.target_options("opportunity")
    assert "salesstage" not in options and "stepname" not in options and "name" in options
    with pytest.raises(MappingError, match="not a column that can be set"):
        ed.set_target("opportunity", "stage_id", "stepname")
    assert ed.widget.children[0].titles == ("opportunity", "stages")


def test_confirm_is_refused_while_a_required_column_has_nothing_mapped(editor):
    editor.set_target("account", "name", UNMAPPED)
    assert editor.uncovered_required("account") == ["name"]
    with pytest.raises(MappingError, match="required column.*account.name"):
        editor.confirm("Ana Analyst")
    assert editor.mapping["status"] != "confirmed"
    editor.set_target("account", "name", "name")
    assert editor.confirm("Ana Analyst")["status"] == "confirmed"
