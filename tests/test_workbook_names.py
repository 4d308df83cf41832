"""A workbook's one sheet named in the user's language is read by its file's name."""

from __future__ import annotations

from pathlib import Path

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import read_export
from test_default_sheet_names import _book

_LEADS = [["ID", "Vardas", "Pavardė", "El. paštas", "Statusas"],
          *[[f"id{i}", f"Vardas{i}", f"Pavardė{i}", f"p{i}@example.com", "Naujas"]
            for i in range(5)]]


def test_one_sheet_in_another_language_is_named_by_its_workbook(tmp_path: Path) -> None:
    _book(tmp_path / "Export_Lead.xlsx", {"Potencialūs klientai": _LEADS})
    found = {o.source: o.name for o in discover(read_export(tmp_path)).objects}
    assert found == {"Potencialūs klientai": "lead"}   # the sheet keeps its name


_PLAIN = [["Kodas", "Aprašas"], *[[f"K{i}", f"Tekstas {i}"] for i in range(5)]]


def test_the_file_names_only_its_one_sheet_that_names_no_kind(tmp_path: Path) -> None:
    """Columns that say nothing: the kind comes from the names alone. One sheet: the
    workbook's name; two sheets: neither; a sheet naming its kind: its own name."""
    one, two, own = (tmp_path / x for x in ("one", "two", "own"))
    for d in (one, two, own):
        d.mkdir()
    _book(one / "Export_Lead.xlsx", {"Potencialūs klientai": _PLAIN})
    _book(two / "Export_Lead.xlsx", {"Potencialūs klientai": _PLAIN, "Vadybininkai": _PLAIN})
    _book(own / "Export_Lead.xlsx", {"Contacts": _PLAIN})
    kinds = [{o.source: o.name for o in discover(read_export(d)).objects}
             for d in (one, two, own)]
    assert kinds[0] == {"Potencialūs klientai": "lead"}
    assert "lead" not in kinds[1].values()
    assert kinds[2] == {"Contacts": "contact"}


def test_harvested_kind_words_read_with_an_inflections_ending() -> None:
    assert name_kind("Zákazníkov") == ("account", "partial")   # 'zákazník' + 'ov'
    assert name_kind("Kasutajate") == ("user", "partial")      # 'kasutaja' + 'te'
    assert name_kind("Asiakkaat")[0] == "account"
    # no longer word begun by one: four letters or more past it
    assert name_kind("Zákazníkovia")[0] is None
