"""A column decided in the parameters file (mapping/column_decisions.py, keys109): it may carry
its choice options, and the export column the proposal had for it is listed unmapped, with
why, rather than dropping out of the map."""

from __future__ import annotations

from d365migrate.mapping.column_decisions import decide_column


def _mapping() -> dict:
    return {"tables": [{"target": "incident", "source": "issues", "columns": [
        {"target": "casetypecode", "source": "Kategorie", "transform": "choice",
         "values": {"Printing": 2}},
        {"target": "title", "source": "Thema", "transform": "text"}],
        "unmapped": ["Tracker"], "unmapped_reasons": {"Tracker": "no column"}}]}


def test_a_decided_choice_column_keeps_its_options_and_lists_what_it_replaced() -> None:
    m = decide_column(_mapping(), "incident.casetypecode",
                      {"source": "Tracker", "transform": "choice",
                       "values": {"Bug": 2, "Feature request": 3}})
    t = m["tables"][0]
    col = next(c for c in t["columns"] if c["target"] == "casetypecode")
    assert col["source"] == "Tracker" and col["values"] == {"Bug": 2, "Feature request": 3}
    assert "Tracker" not in t["unmapped"]          # mapped now
    assert t["unmapped"] == ["Kategorie"]
    assert "'Tracker' decided" in t["unmapped_reasons"]["Kategorie"]


def test_a_decision_without_options_and_a_source_still_used_lists_nothing() -> None:
    m = _mapping()
    m["tables"][0]["columns"].append({"target": "description", "source": "Kategorie",
                                      "transform": "text"})
    m = decide_column(m, "incident.casetypecode", {"source": "Tracker", "transform": "choice"})
    t = m["tables"][0]
    col = next(c for c in t["columns"] if c["target"] == "casetypecode")
    assert "values" not in col
    assert t["unmapped"] == []                      # Kategorie still fills the description


def test_a_decided_choice_column_with_options_needs_no_transform_where_the_org_says_choice(
        ) -> None:
    """Fortnox's order 'Cancelled' decided to the order's status with its options: the org
    says the column is a choice (Status), so the options make it one without `transform:`;
    a text column given options stays text."""
    fill = {"source": "Cancelled", "values": {"true": 4, "false": 1}}
    m = decide_column(_mapping(), "incident.statuscode", dict(fill), attribute_kind="Status")
    col = next(c for c in m["tables"][0]["columns"] if c["target"] == "statuscode")
    assert (col["transform"], col["values"]) == ("choice", {"true": 4, "false": 1})
    m = decide_column(_mapping(), "incident.title", dict(fill), attribute_kind="String")
    assert next(c for c in m["tables"][0]["columns"] if c["target"] == "title")[
        "transform"] == "text"
