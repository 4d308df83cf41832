"""Value maps for any column, decided in the parameters and applied in staging: yes/no words
(inverted ones too), a call's direction, local words for choices, text (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import (
    MappingError,
    apply_decisions,
    require_choices_decided,
    undecided_choices,
)
from d365migrate.mapping.mapfile import confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def contact_map() -> dict:
    return {"version": 1, "status": "proposed", "source_id_column": "new_sourceid",
            "tables": [{"target": "contact", "source": "people", "source_key": "id",
                        "columns": [
                            {"target": "lastname", "source": "last_name", "transform": "text"},
                            {"target": "donotbulkemail", "source": "newsletter",
                             "transform": "boolean"},
                            {"target": "gendercode", "source": "gender", "transform": "choice",
                             "values": {"female": 2, "male": 1, "Frau": None, "Herr": None,
                                        "divers": None}},
                            {"target": "address1_country", "source": "country",
                             "transform": "text"},
                        ], "lookups": [], "owner": None},
                       {"target": "phonecall", "source": "calls", "source_key": "id",
                        "columns": [
                            {"target": "subject", "source": "subject", "transform": "text"},
                            {"target": "directioncode", "source": "direction",
                             "transform": "boolean"}], "lookups": [], "owner": None}]}


PEOPLE = pl.DataFrame({
    "id": ["p1", "p2", "p3", "p4", "p5"],
    "last_name": ["Weber", "Roux", "García", "Klein", "Nowak"],
    # subscribed to the newsletter: the inverse of "do not bulk email"
    "newsletter": ["Ja", "nein", " JA ", "true", "vielleicht"],
    "gender": ["Frau", "Herr", "female", "divers", None],
    "country": ["DE", "FR", "ES", "de", "PL"],
})
CALLS = pl.DataFrame({"id": ["c1", "c2", "c3"], "subject": ["Intro", "Follow-up", "Odd"],
                      "direction": ["Outgoing", "Incoming", "sideways"]})

DECISIONS = {"values": {
    "contact.donotbulkemail": {"Ja": False, "Nein": True, "true": False},
    "contact.gendercode": {"Frau": 2, "Herr": 1, "divers": "female"},
    "contact.country": {"DE": "Germany", "FR": "France"},       # by its source column
    "phonecall.directioncode": {"Outgoing": True, "Incoming": "no"},
}}


def staged(target: str, decisions: dict = DECISIONS):
    mapping = confirm(apply_decisions(contact_map(), decisions), "analyst")
    return stage_table(mapping, target, {"people": PEOPLE, "calls": CALLS},
                       {"people": "people.csv", "calls": "calls.csv"})


def test_local_and_inverted_yes_no_words_and_text():
    result = staged("contact")
    rows = {r["__source_id"]: r for r in result.staged.to_dicts()}
    assert {k: r["donotbulkemail"] for k, r in rows.items()} == {
        "p1": False, "p2": True, "p3": False, "p4": False, "p5": None}
    assert [rows[k]["address1_country"] for k in ("p1", "p2", "p3", "p4")] == [
        "Germany", "France", "ES", "Germany"]                 # compared case-insensitively
    # a word the map does not know is read as written; not yes/no, so the optional field is
    # cleared (the record still moves) and listed with its own text
    assert rows["p5"]["donotbulkemail"] is None and result.quarantined.height == 0
    (bad,) = result.cleared.to_dicts()
    assert (bad["row"], bad["column"], bad["value"]) == (5, "newsletter", "vielleicht")
    assert bad["reason"] == "'vielleicht' is not yes/no"


def test_choice_values_by_option_or_by_a_word_to_read_instead():
    result = staged("contact")
    genders = dict(zip(result.staged["__source_id"], result.staged["gendercode"], strict=True))
    assert genders == {"p1": 2, "p2": 1, "p3": 2, "p4": 2, "p5": None}
    mapping = apply_decisions(contact_map(), DECISIONS)
    assert undecided_choices(mapping) == []
    require_choices_decided(mapping)
    # a value no option fits is left empty, by decision, and no longer blocks the load
    left = apply_decisions(contact_map(), {"values": {"contact.gendercode": {
        "Frau": 2, "Herr": 1, "divers": None}}})
    require_choices_decided(left)
    result = stage_table(confirm(left, "analyst"), "contact", {"people": PEOPLE})
    genders = dict(zip(result.staged["__source_id"], result.staged["gendercode"], strict=True))
    assert genders["p4"] is None and genders["p1"] == 2
    with pytest.raises(MappingError, match="must map to an option value"):
        apply_decisions(contact_map(), {"values": {"contact.gendercode": {"divers": "Herr"}}})


def test_a_calls_direction_from_its_words():
    result = staged("phonecall")
    rows = dict(zip(result.staged["__source_id"], result.staged["directioncode"], strict=True))
    assert rows == {"c1": True, "c2": False, "c3": None}
    assert result.cleared["value"].to_list() == ["sideways"]


def test_value_maps_are_refused_when_they_cannot_apply():
    with pytest.raises(MappingError, match="no column fax in contact"):
        apply_decisions(contact_map(), {"values": {"contact.fax": {"x": "y"}}})
    with pytest.raises(MappingError, match="must map to true or false, not 'maybe'"):
        apply_decisions(contact_map(), {"values": {"contact.donotbulkemail": {"x": "maybe"}}})


def test_without_a_map_the_words_are_read_as_written():
    result = staged("phonecall", {})
    assert result.staged["directioncode"].to_list() == [None, None, None]
    assert result.cleared["value"].to_list() == ["Outgoing", "Incoming", "sideways"]


def test_blank_cells_are_no_choice_value_to_decide():
    people = PEOPLE.with_columns(pl.Series("gender", ["female", "", " ", "male", None]))
    export = Export(Path("."), {"people": people})
    contact = json.loads((TABLES / "contact.json").read_text(encoding="utf-8"))
    mapping = propose_mapping(export, discover(export), {"contact": contact},
                              ["contact"], source_id_column="new_sourceid").mapping
    (gender,) = [c for c in mapping["tables"][0]["columns"] if c["target"] == "gendercode"]
    assert gender["values"] == {"female": 2, "male": 1}


def test_decisions_for_an_object_the_run_does_not_move_have_nothing_to_apply_to():
    """The demo's case decisions in a run without cases (or an org without the Case table,
    tickets going to notes) leave the map as it is; a moved object's unknown column is
    still refused, so a typo is not silently ignored."""
    before = contact_map()
    after = apply_decisions(contact_map(), {
        "choices": {"incident.prioritycode": {"Urgent": 1}},
        "values": {"incident.statuscode": {"Open": 1}}, "keys": {"incident": ["id"]}})
    assert after == before
    with pytest.raises(MappingError, match="no choice column contact.nosuch"):
        apply_decisions(contact_map(), {"choices": {"contact.nosuch": {"x": 1}}})
