"""Cells listing a record's e-mails or phones as JSON (Pipedrive's, Close's) are read one
column a value, the primary first, so the person arrives with them (before: cleared)."""

from __future__ import annotations

import json
from pathlib import Path

from d365migrate.intake.read import read_export


def _cell(items: list[dict]) -> str:
    return '"' + json.dumps(items).replace('"', '""') + '"'


def _export(tmp_path: Path, header: str, rows: list[str]) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "persons.csv").write_text(header + "\n" + "\n".join(rows) + "\n",
                                        encoding="utf-8")
    return folder


def test_each_value_gets_a_column_named_for_its_kind_the_primary_first(tmp_path: Path) -> None:
    rows = [
        "1,Ann," + _cell([{"label": "home", "value": "ann@home.example", "primary": False},
                          {"label": "work", "value": "ann@acme.example", "primary": True}])
        + "," + _cell([{"type": "office", "phone": "+1 555 0100", "country": "US"}]),
        "2,Bob," + _cell([{"label": "work", "value": "bob@acme.example", "primary": True}])
        + ",[]",
        "3,Cy,[]," + _cell([{"type": t, "phone": f"+1 555 01{n:02}"} for n, t in
                            enumerate(("mobile", "office", "fax", "other"), start=1)]),
        "4,Di,,",
    ]
    exp = read_export(_export(tmp_path, "id,name,email,phones", rows))
    df = exp.tables["persons"]
    assert df.columns == ["id", "name", "email", "email 2 (email)", "phones",
                          "phone 2 (phones)", "phone 3 (phones)"]
    assert df["email"].to_list() == ["ann@acme.example", "bob@acme.example", None, None]
    assert df["email 2 (email)"].to_list() == ["ann@home.example", None, None, None]
    assert df["phones"].to_list() == ["+1 555 0100", None, "+1 555 0101", None]
    assert df["phone 3 (phones)"].to_list() == [None, None, "+1 555 0103", None]
    guess = exp.guesses["persons"]
    assert guess.column_types["email"] == "email"
    warning = next(p for p in exp.problems if "labelled values" in p.problem)
    assert warning.file == "persons.csv" and warning.severity == "warning"
    # Cy's fourth number is not read, and the warning says so
    assert "'email', 'phones'" in warning.problem and "1 in 'phones'" in warning.problem


def test_lists_of_records_or_named_links_and_plain_cells_stay_as_they_are(tmp_path: Path) -> None:
    rows = [
        "1,Ann," + _cell([{"id": "c1", "name": "Acme"}]) + ",ann@acme.example,"
        + _cell([{"name": "Google Search", "url": "https://google.example/search?q=Ann"}]),
        "2,Bob," + _cell([{"id": "c2", "name": "Globex"}]) + ",bob@globex.example,[]",
    ]
    exp = read_export(_export(tmp_path, "id,name,companies,email,integration_links", rows))
    df = exp.tables["persons"]
    assert df.columns == ["id", "name", "companies", "email", "integration_links"]
    assert df["companies"][0].startswith("[{")
    assert not any("labelled values" in p.problem for p in exp.problems)


def test_a_column_mostly_of_other_text_is_not_read_as_a_list(tmp_path: Path) -> None:
    rows = [f"{i},P{i},plain text {i}" for i in range(1, 12)]
    rows.append("12,P12," + _cell([{"label": "work", "value": "p@acme.example"}]))
    exp = read_export(_export(tmp_path, "id,name,notes", rows))
    assert exp.tables["persons"]["notes"][-1].startswith("[{")


def test_a_second_and_third_phone_go_to_the_second_and_third_numbers() -> None:
    """'phone 2 (Phone)' (a folded second Phone row) is telephone2, as 'email 2 (Email)' is
    emailaddress2: not the address's phone, which the plain 'phone' reading gave."""
    import polars as pl

    from d365migrate.mapping.suggest import suggest_columns

    tables = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
    contact = json.loads((tables / "contact.json").read_text())
    df = pl.DataFrame({"id": ["1", "2", "3"], "phone (Phone)": ["+1 555 0100"] * 3,
                       "phone 2 (Phone)": ["+1 555 0101"] * 3,
                       "phone 3 (Phone)": ["+1 555 0102"] * 3})
    best = {c: v[0].target for c, v in suggest_columns(df, contact,
                                                        source_object="contacts").items() if v}
    assert best == {"phone (Phone)": "telephone1", "phone 2 (Phone)": "telephone2",
                    "phone 3 (Phone)": "telephone3"}
