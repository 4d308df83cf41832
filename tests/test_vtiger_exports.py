"""vtiger's list-view export as written (tests/data/exports/vtiger-export-en, issue 13's
round J): a header joined by '", "', references as '<Module>::::<name>', and dates day first
that only some columns show (intake/file_parsers.py, module_refs.py, date_order.py)."""

from __future__ import annotations

from pathlib import Path

from d365migrate.intake.date_order import export_date_order, in_export_order
from d365migrate.intake.read import read_export
from d365migrate.intake.values import parse_dates

CONTACTS = ('"First Name", "Last Name", "Organization Name", "Created Time"\n'
            '"Ann","Lee","Accounts::::EDFG Group Limited","04-01-2018 10:17:31"\n'
            '"Bo","Ng","Accounts::::t3M Invest A/S","04-01-2018 10:17:31"\n'
            '"Cy","Oh","","04-01-2018 10:17:31"\n')
DEALS = ('"Opportunity Name", "Related To", "Expected Close Date"\n'
         '"Deal A","Accounts::::vtiger","26-08-2006"\n'
         '"Deal B","Contacts::::Ann Lee","09-06-2006"\n')


def _read(tmp_path: Path, files: dict[str, str]):   # noqa: ANN202 - an Export
    for name, text in files.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    return read_export(tmp_path)


def test_a_header_joined_by_quote_comma_space_is_read_without_its_quotes(tmp_path: Path
                                                                         ) -> None:
    export = _read(tmp_path, {"Contacts": CONTACTS})
    assert export.tables["Contacts"].columns == ["First Name", "Last Name",
                                                 "Organization Name", "Created Time"]


def test_one_modules_references_are_read_as_the_names_they_hold(tmp_path: Path) -> None:
    export = _read(tmp_path, {"Contacts": CONTACTS, "Opportunities": DEALS})
    assert export.tables["Contacts"]["Organization Name"].to_list() == [
        "EDFG Group Limited", "t3M Invest A/S", None]
    # two modules in one column: which table each row links to is the module's to say
    assert export.tables["Opportunities"]["Related To"].to_list() == [
        "Accounts::::vtiger", "Contacts::::Ann Lee"]
    said = [p.problem for p in export.problems]
    assert any("Accounts record's name after vtiger's 'Accounts::::' mark" in p for p in said)
    assert any("Accounts, Contacts" in p for p in said)


def test_an_ambiguous_date_column_takes_the_order_the_export_shows(tmp_path: Path) -> None:
    export = _read(tmp_path, {"Contacts": CONTACTS, "Opportunities": DEALS})
    assert export.guesses["Contacts"].date_formats["Created Time"] == ["%d-%m-%Y %H:%M:%S"]
    infos = [{"a": {"formats": ["%d/%m/%Y"]}}, {"b": {"formats": ["%m/%d/%Y"],
                                                      "ambiguous": True}}]
    order = export_date_order(infos)
    assert order == {"/": "d"}
    assert in_export_order(["%m/%d/%Y %H:%M"], order) == ["%d/%m/%Y %H:%M"]
    assert in_export_order(["%d/%m/%Y"], order) is None          # already so
    assert in_export_order(["%m-%d-%Y"], order) is None          # the export says nothing
    # columns that disagree decide nothing
    assert export_date_order(infos + [{"c": {"formats": ["%m/%d/%Y"]}}]) == {}


def test_the_dates_load_day_first(tmp_path: Path) -> None:
    export = _read(tmp_path, {"Contacts": CONTACTS, "Opportunities": DEALS})
    got = parse_dates(export.tables["Contacts"]["Created Time"],
                      export.guesses["Contacts"].date_formats["Created Time"]).values
    assert got.dt.month().to_list() == [1, 1, 1] and got.dt.day().to_list() == [4, 4, 4]


def test_slashed_dates_follow_the_exports_other_file(tmp_path: Path) -> None:
    """'/' reads month first where nothing tells; a day above 12 in another file tells."""
    alone = tmp_path / "alone"
    alone.mkdir()
    ambiguous = "Name,Created\nA,04/01/2018\nB,05/02/2018\n"
    export = _read(alone, {"Tasks": ambiguous})
    assert export.guesses["Tasks"].date_formats["Created"] == ["%m/%d/%Y"]
    both = tmp_path / "both"
    both.mkdir()
    export = _read(both, {"Tasks": ambiguous, "Deals": "Name,Close\nX,26/08/2006\n"})
    assert export.guesses["Tasks"].date_formats["Created"] == ["%d/%m/%Y"]
    assert "Created" in export.guesses["Tasks"].ambiguous_dates   # still said to the analyst
