"""Records made from a column's distinct values (``intake.records_from_values``): one per
value, spelling variants one record, other columns carried from the first row, and the
decision refused where it names no file or column of the export."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.intake.decided_kinds import decided_kinds
from d365migrate.intake.guard import ExportError
from d365migrate.intake.read import read_export
from d365migrate.verify.inventory import build_inventory, inventory_objects

PEOPLE = ("id,First,Last,Company,Phone\n"
          "1,Ann,Lee,Acme Ltd,111\n"
          "2,Bob,Ray,  acme   LTD ,222\n"
          "3,Cy,Oz,,333\n"
          "4,Di,Po,Globex,444\n"
          "5,Ed,Ko,Acme Ltd,111\n")


def _export(tmp_path: Path, decision: dict) -> object:
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    return read_export(tmp_path, {"records_from_values": decision})


def test_one_record_per_distinct_value_first_spelling_kept(tmp_path: Path) -> None:
    exp = _export(tmp_path, {"companies": {"file": "people.csv", "column": "Company",
                                           "with": ["Phone"], "object": "account"}})
    made = exp.tables["companies"]
    assert made.to_dict(as_series=False) == {"Company": ["Acme Ltd", "Globex"],
                                             "Phone": ["111", "444"]}
    guess = exp.guesses["companies"]
    assert guess.file == "the Company values of people.csv"
    assert guess.derived["first_rows"] == [1, 4]
    assert (guess.derived["rows"], guess.derived["filled"]) == (5, 4)
    # Acme's rows give 111 and 222: one record whose rows disagree on Phone
    assert guess.derived["differ"] == {"Phone": 1}
    assert exp.tables["people"].height == 5  # the file itself is untouched


def test_one_record_per_different_combination_of_several_columns(tmp_path: Path) -> None:
    """The contact person named on each order line: a record is its company and its name
    together, made from the rows that fill them all, keyed by them (no decision of keys)."""
    (tmp_path / "lines.csv").write_text(
        "Order,Customer,Last,First,Phone\n"
        "1,Acme Ltd,Lee,Ann,111\n"
        "2,ACME  ltd,lee,ann,222\n"     # the same person, spelled otherwise
        "3,Acme Ltd,Ray,Bob,333\n"
        "4,Globex,Lee,Ann,444\n"        # another Ann Lee, at another company
        "5,Globex,,Cy,555\n", encoding="utf-8")   # no last name: no record
    decision = {"people": {"file": "lines.csv", "columns": ["Customer", "Last", "First"],
                           "with": ["Phone"], "object": "contact"}}
    exp = read_export(tmp_path, {"records_from_values": decision})
    made = exp.tables["people"]
    assert made.to_dict(as_series=False) == {
        "Customer": ["Acme Ltd", "Acme Ltd", "Globex"], "Last": ["Lee", "Ray", "Lee"],
        "First": ["Ann", "Bob", "Ann"], "Phone": ["111", "333", "444"]}
    guess = exp.guesses["people"]
    assert guess.file == "the Customer, Last and First values of lines.csv"
    assert (guess.derived["filled"], guess.derived["first_rows"]) == (4, [1, 3, 4])
    assert guess.derived["differ"] == {"Phone": 1}
    assert "combination of lines.csv's Customer, Last and First" in decided_kinds(
        exp, {"records_from_values": decision})["people"][1]
    from d365migrate.intake.discover import discover

    found = {o.source: o for o in discover(exp).objects}["people"]
    assert found.key_candidates[0]["columns"] == ["Customer", "Last", "First"]
    assert found.primary_key is None


def test_the_made_table_is_the_decided_object_and_counted_apart(tmp_path: Path) -> None:
    decision = {"companies": {"file": "people.csv", "column": "Company", "object": "account"}}
    exp = _export(tmp_path, decision)
    kinds = decided_kinds(exp, {"records_from_values": decision})
    assert kinds["companies"][0] == "account"
    assert "records_from_values" in kinds["companies"][1]
    odd = {"companies": {**decision["companies"], "object": "widget"}}
    with pytest.raises(ExportError, match="'widget' is no kind of record"):
        decided_kinds(exp, {"records_from_values": odd})

    class Obj:
        def __init__(self, source: str, name: str, rows: int) -> None:
            self.source, self.name, self.rows = source, name, rows

    objects = inventory_objects([Obj("people", "contact", 5), Obj("companies", "account", 2)],
                                lambda s: exp.guesses[s].file,
                                {s: g.to_dict() for s, g in exp.guesses.items()})
    stage = {"contact": {"source": "people", "source_rows": 5},
             "account": {"source": "companies", "source_rows": 2}}
    inv = build_inventory(objects, stage, [])
    assert [f["source"] for f in inv["files"]] == ["people"]
    assert inv["rows"] == 5 and inv["rows_taken"] == 5   # the export's rows, not the made
    made = inv["made_from_values"][0]
    assert (made["column"], made["values"], made["taken"], made["filled"]) == (
        "Company", 2, {"account": 2}, 4)
    left = build_inventory(objects, {"contact": stage["contact"]}, [])["made_from_values"][0]
    assert not left["migrated"] and "name account in the parameters' objects" in left["reason"]


@pytest.mark.parametrize(("decision", "words"), [
    ({"c": {"file": "nope.csv", "column": "Company", "object": "account"}},
     "intake.records_from_values.c: the export has no file 'nope.csv'"),
    ({"c": {"file": "people.csv", "column": "Firm", "object": "account"}},
     "people.csv has no column 'Firm'"),
    ({"people": {"file": "people.csv", "column": "Company", "object": "account"}},
     "the export already has a table 'people'"),
    ({"c": {"file": "people.csv", "column": "Company"}}, "expected {file: <file>"),
    ({"c": {"file": "people.csv", "column": "Company", "with": ["Fax"],
            "object": "account"}}, "has no column 'Fax' to carry"),
    ({"c": {"file": "people.csv", "column": "Company", "columns": ["Last"],
            "object": "contact"}}, "or columns: [<column>, ...] instead of column"),
    ({"c": {"file": "people.csv", "columns": ["Company", "Surname"], "object": "contact"}},
     "people.csv has no column 'Surname'"),
    ({"c": {"file": "people.csv", "columns": ["Last", "Last"], "object": "contact"}},
     "a column is named twice"),
])
def test_a_decision_naming_nothing_of_the_export_is_refused(tmp_path: Path, decision: dict,
                                                            words: str) -> None:
    with pytest.raises(ExportError, match="records_from_values|has no column|expected"
                       ) as err:
        _export(tmp_path, decision)
    assert words in str(err.value)


def test_a_decided_source_takes_the_transform_of_its_column_type() -> None:
    """``product.price: {source: MSRP}`` reads a number (the org's Money column), without
    the analyst naming a transform; a text column stays text; a named transform wins."""
    from d365migrate.mapping.column_decisions import column_kind, decide_column

    def mapping() -> dict:
        return {"tables": [{"target": "product", "source": "products",
                            "columns": [], "unmapped": ["MSRP", "Line"]}]}

    defs = {"product": {"Attributes": [{"LogicalName": "price", "AttributeType": "Money"},
                                       {"LogicalName": "description",
                                        "AttributeType": "Memo"}]}}
    kind = column_kind(mapping(), "product.price", defs.__getitem__)
    assert kind == "Money"
    price = decide_column(mapping(), "product.price", {"source": "MSRP"}, kind)
    assert price["tables"][0]["columns"][0]["transform"] == "decimal"
    text = decide_column(mapping(), "product.description", {"source": "Line"},
                         column_kind(mapping(), "product.description", defs.__getitem__))
    assert text["tables"][0]["columns"][0]["transform"] == "text"
    named = decide_column(mapping(), "product.price", {"source": "MSRP", "transform": "text"},
                          kind)
    assert named["tables"][0]["columns"][0]["transform"] == "text"
    assert column_kind(mapping(), "quote.name", defs.__getitem__) is None  # not moved


def test_a_name_column_that_links_nowhere_is_told_how_to_make_its_records() -> None:
    """The contacts' 'Company' of a people-only export: the reason names the decision that
    makes one account per name; not where the export has accounts, nor for a column of
    numbers, nor for a lookup to a kind that cannot be made."""
    from d365migrate.intake.records_from_values import made_records_hint

    hint = made_records_hint("Contacts", "Company", {"account", "contact"}, {"contact"},
                             "string")
    assert hint == ("; the export has no file of account records: to make one per distinct "
                    "value of 'Company' and link to it, decide intake: {records_from_values: "
                    "{<name>: {file: Contacts, column: Company, object: account}}}")
    assert made_records_hint("Contacts", "Company", {"account"}, {"contact", "account"},
                             "string") == ""
    assert made_records_hint("Contacts", "Size", {"account"}, {"contact"}, "integer") == ""
    assert made_records_hint("Tasks", "Owner", {"systemuser"}, {"task"}, "string") == ""
