"""Intake reads real-world exports without hand-editing and reports what it had to guess."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.number_values import (
    guess_number_format,
    number_expr,
    parse_numbers,
    whole_number_expr,
)
from d365migrate.intake.read import Export, read_export, read_table_bytes
from d365migrate.intake.values import (
    EMAIL,
    FALSE,
    TRUE,
    ValueFormat,
    boolean_expr,
    datetime_expr,
    guess_date_formats,
    infer_column,
    infer_types,
    parse_dates,
)

DATA = Path(__file__).parent / "data" / "intake"


@pytest.fixture(scope="module")
def fixtures() -> Export:
    return read_export(DATA)


def _problems(exp: Export, file: str) -> list[str]:
    return [p.problem for p in exp.problems if p.file == file]


# ------------------------------------------------------------------ encodings

@pytest.mark.parametrize(("source", "encoding", "bom", "expected"), [
    ("utf8_bom", "utf-8-sig", True, "José Núñez"),
    ("utf8_semicolon", "utf-8", False, "Łódź Sp. z o.o."),
    ("utf16_tab", "utf-16-le", True, "Łukasz Wójcik"),
    ("utf16be_nobom", "utf-16-be", False, "Ärger"),
    ("cp1252", "cp1252", False, "“Café” – Crème"),
    ("latin1", "latin-1", False, "© Müller"),
])
def test_encodings(fixtures: Export, source: str, encoding: str, bom: bool,
                   expected: str) -> None:
    g = fixtures.guesses[source]
    assert (g.encoding, g.bom) == (encoding, bom)
    values = {v for col in fixtures.tables[source].iter_columns() for v in col.to_list()}
    assert expected in values


def test_cp1250_polish_is_not_read_as_western() -> None:
    data = "imie;miasto\nŁukasz;Łódź\nZofia;Kraków\nPaweł;Gdańsk\n".encode("cp1250")
    exp = read_table_bytes(data, "pl.csv")
    assert exp.guesses["pl"].encoding == "cp1250"
    assert exp.tables["pl"]["imie"].to_list() == ["Łukasz", "Zofia", "Paweł"]


def test_mostly_utf8_file_keeps_utf8_and_reports_the_bad_line() -> None:
    data = ("id,name\n1,José\n2,Zoë\n".encode() + "3,Müller\n".encode("cp1252")
            + "4,Łukasz\n".encode())
    exp = read_table_bytes(data, "mixed.csv")
    assert exp.guesses["mixed"].encoding == "utf-8"
    assert exp.tables["mixed"]["name"].to_list() == ["José", "Zoë", "Müller", "Łukasz"]
    assert [(p.line, p.severity) for p in exp.problems] == [(4, "warning")]


# ------------------------------------------------------------------ dialects

@pytest.mark.parametrize(("source", "delimiter", "skip"), [
    ("utf8_bom", ",", 0), ("utf8_semicolon", ";", 0), ("utf16_tab", "\t", 0),
    ("preamble_pipe", "|", 1),
])
def test_dialect_sniffing(fixtures: Export, source: str, delimiter: str, skip: int) -> None:
    g = fixtures.guesses[source]
    assert (g.delimiter, g.skip_rows) == (delimiter, skip)
    assert g.parser == "fast"


def test_quoted_multiline_and_escaped_quotes(fixtures: Export) -> None:
    df = fixtures.tables["utf8_bom"]
    assert df["notes"].to_list() == ["Line one\nLine two, with comma", 'He said "hi"', None]
    assert df.columns[0] == "id"  # BOM stripped from the first header
    assert all(dtype == pl.Utf8 for dtype in df.dtypes)


def test_single_quote_dialect() -> None:
    exp = read_table_bytes(b"id;name\n1;'Smith; John'\n2;'Doe'\n", "q.csv")
    assert exp.guesses["q"].quotechar == "'"
    assert exp.tables["q"]["name"].to_list() == ["Smith; John", "Doe"]


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(("values", "formats", "first"), [
    (["2024-03-05T14:22:00Z", "2024-12-31T23:59:59Z"], ["%Y-%m-%dT%H:%M:%SZ"],
     dt.datetime(2024, 3, 5, 14, 22)),
    (["2024-03-05", "2024-12-31"], ["%Y-%m-%d"], dt.datetime(2024, 3, 5)),
    (["03/05/2024", "12/31/2024"], ["%m/%d/%Y"], dt.datetime(2024, 3, 5)),
    (["05/03/2024", "31/12/2024"], ["%d/%m/%Y"], dt.datetime(2024, 3, 5)),
    (["05.03.2024 14:22", "31.12.2024 08:00"], ["%d.%m.%Y %H:%M"],
     dt.datetime(2024, 3, 5, 14, 22)),
    (["02/24/26", "12/31/25"], ["%m/%d/%y"], dt.datetime(2026, 2, 24)),
    (["02/23/26 08:55 PM", "12/31/25 11:00 AM"], ["%m/%d/%y %I:%M %p"],
     dt.datetime(2026, 2, 23, 20, 55)),
    (["2024-03-05T14:22:00+02:00", "2024-12-31T23:59:59+00:00"], ["%Y-%m-%dT%H:%M:%S%:z"],
     dt.datetime(2024, 3, 5, 12, 22)),
])
def test_date_forms(values: list[str], formats: list[str], first: dt.datetime) -> None:
    s = pl.Series("d", values + [None, "not a date"])
    parsed = parse_dates(s)
    assert parsed.formats == formats
    assert parsed.values[0] == first
    assert parsed.failed["row"].to_list() == [3]


def test_mixed_formats_in_one_column_and_ambiguity(fixtures: Export) -> None:
    g = fixtures.guesses["mixed_dates"]
    assert set(g.date_formats["when"]) == {"%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S",
                                           "%Y-%m-%d"}
    assert "ambiguous" in g.ambiguous_dates
    parsed = parse_dates(fixtures.tables["mixed_dates"]["when"], g.date_formats["when"])
    assert parsed.failed.height == 0
    formats, _, ambiguous = guess_date_formats(pl.Series(["01/02/2024", "03/04/2024"]),
                                               dayfirst=True)
    assert formats == ["%d/%m/%Y"] and ambiguous


def test_file_level_date_guesses(fixtures: Export) -> None:
    assert fixtures.guesses["us_money"].date_formats == {
        "Close": ["%m/%d/%y"], "Modified": ["%m/%d/%y %I:%M %p"]}
    assert fixtures.guesses["utf8_semicolon"].date_formats["Gründung"] == ["%d.%m.%Y"]
    assert fixtures.guesses["utf16_tab"].date_formats["Since"] == ["%d/%m/%y"]


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize(("values", "expected", "decimal"), [
    (["1,234.50", "12,000", "7.25"], [1234.5, 12000.0, 7.25], "."),
    (["1.234,56", "987.654,00", "12,50"], [1234.56, 987654.0, 12.5], ","),
    (["€ 1 234,50", "€ 99,90", "€ 12 000,00"], [1234.5, 99.9, 12000.0], ","),
    (["$1,234.50", "(250.00)", "$1,000,000.00"], [1234.5, -250.0, 1_000_000.0], "."),
    (["1'234.50", "CHF 99.90"], [1234.5, 99.9], "."),
])
def test_number_forms(values: list[str], expected: list[float], decimal: str) -> None:
    parsed = parse_numbers(pl.Series("n", values + ["n/a"]))
    assert parsed.decimal == decimal
    assert parsed.values.to_list()[:-1] == pytest.approx(expected)
    assert parsed.failed["value"].to_list() == ["n/a"]


def test_decimal_separator_guess_recorded(fixtures: Export) -> None:
    assert fixtures.guesses["utf8_semicolon"].decimal_separator == ","
    assert fixtures.guesses["us_money"].decimal_separator == "."
    assert fixtures.guesses["cp1252"].number_formats["Montant"] == {"decimal": ",",
                                                                    "thousands": " "}


def test_infer_types_on_sample_export(tmp_path: Path) -> None:
    write_sample_export(tmp_path, seed=3, only={"contacts", "companies", "users"})
    exp = read_export(tmp_path)
    types = infer_types(exp.tables["contacts"])
    assert types["email"] == "email"
    assert types["phone"] == "phone"
    assert types["created_at"] == "datetime"
    assert types["cf_linkedin_url"] == "url"
    assert types["cf_interests"] == "multiselect"
    assert types["contact_id"] == "integer"
    company_types = infer_types(exp.tables["companies"])
    assert company_types["cf_renewal_date"] == "date"
    assert company_types["cf_partner"] == "boolean"
    assert company_types["annual_revenue"] == "decimal"
    assert infer_types(exp.tables["users"])["active"] == "boolean"


# ------------------------------------------------------------------ malformed input

def test_ragged_rows_are_reported_and_read(fixtures: Export) -> None:
    df = fixtures.tables["ragged"]
    assert df.height == 5
    assert df["email"].to_list() == ["ann@x.com", None, "cy@x.com", "di@x.com", "ed@x.com"]
    lines = [(p.line, p.severity) for p in fixtures.problems if p.file == "ragged.csv"]
    assert lines == [(3, "error"), (4, "error"), (5, "warning")]


def test_broken_quote_is_contained(fixtures: Export) -> None:
    df = fixtures.tables["broken_quote"]
    assert df["id"].to_list() == ["1", "2", "3", "4", "5"]
    assert df["comment"][3] == "multi\nline ok"
    probs = [p for p in fixtures.problems if p.file == "broken_quote.csv"]
    assert [p.line for p in probs] == [3] and "unclosed quote" in probs[0].problem


def test_binary_junk_and_non_tables(fixtures: Export) -> None:
    assert fixtures.tables["binary_junk"]["id"].to_list() == ["1", "3"]
    assert [p.line for p in fixtures.problems if p.file == "binary_junk.csv"] == [3]
    assert "image" not in fixtures.tables
    assert "PNG" in _problems(fixtures, "image.csv")[0]
    # the rest of the export was still read
    assert {"utf8_bom", "cp1252", "ragged"} <= set(fixtures.tables)


def test_duplicate_and_blank_headers() -> None:
    exp = read_table_bytes(b"id,name,name,\n1,a,b,c\n", "h.csv")
    assert exp.tables["h"].columns == ["id", "name", "name_2", "column_4"]
    assert len(exp.problems) == 2


# ------------------------------------------------------------------ containers

def _hash_tree(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_zip_input_and_attachments(tmp_path: Path) -> None:
    src = tmp_path / "export"
    counts = write_sample_export(src, seed=5, only={"users", "companies", "attachments"})
    archive = tmp_path / "smartdesk.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in sorted(src.rglob("*")):
            zf.write(p, "SmartDesk Export/" + p.relative_to(src).as_posix())
    before = _hash_tree(tmp_path)
    exp = read_export(archive)
    assert _hash_tree(tmp_path) == before  # raw export untouched
    assert set(exp.tables) == {"users", "companies", "attachments"}
    assert exp.tables["companies"].height == counts["companies"]
    path = exp.tables["attachments"]["path"][0]
    data = exp.read_bytes(path)
    assert data is not None and len(data) == exp.file_size(path)


def test_xlsx_workbook_sheet_per_object(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["Id", "Name", "Created", "Amount", "Active"])
    ws.append([1, "José", dt.datetime(2024, 3, 5, 14, 22), 1234.5, True])
    ws.append([2, "Zoë", dt.datetime(2024, 3, 6), 99, False])
    accounts = wb.create_sheet("Accounts")
    accounts.append(["Id", "Name"])
    accounts.append(["A1", "Acme"])
    wb.create_sheet("Empty")
    path = tmp_path / "crm.xlsx"
    wb.save(path)
    exp = read_export(path, overrides={"Accounts": {"source": "companies"}})
    assert set(exp.tables) == {"Contacts", "companies"}
    df = exp.tables["Contacts"]
    assert df["Name"].to_list() == ["José", "Zoë"]
    assert df["Created"].to_list() == ["2024-03-05 14:22:00", "2024-03-06"]
    assert exp.guesses["Contacts"].format == "xlsx"
    assert exp.guesses["Contacts"].column_types["Amount"] == "decimal"
    assert exp.guesses["companies"].overridden == []


def test_overrides_win(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes("x;y\n1,5;01/02/2024\n".encode("cp1252"))
    exp = read_export(tmp_path, overrides={
        "a": {"delimiter": ";", "encoding": "latin-1", "decimal_separator": ",",
              "date_formats": {"y": "%d/%m/%Y"}},
        "exclude": ["ignored*"],
    })
    g = exp.guesses["a"]
    assert g.encoding == "latin-1" and g.delimiter == ";"
    assert g.date_formats["y"] == ["%d/%m/%Y"]
    assert g.decimal_separator == ","
    assert {"encoding", "delimiter", "date_formats", "decimal_separator"} <= set(g.overridden)
    parsed = parse_dates(exp.tables["a"]["y"], g.date_formats["y"])
    assert parsed.values[0] == dt.datetime(2024, 2, 1)


# ------------------------------------------------------------------ value typing (values.py)

def _typed(values: list[str | None], expr) -> list:  # noqa: ANN001 - a polars expression maker
    return pl.DataFrame({"v": values}, schema={"v": pl.Utf8}).select(
        expr(pl.col("v")).alias("v"))["v"].to_list()


@pytest.mark.parametrize(("text", "decimal", "thousands", "expected"), [
    ("1.234,56", ",", ".", 1234.56),
    ("1.234.567,5", ",", ".", 1234567.5),
    ("1\u00a0234,56", ",", " ", 1234.56),           # NBSP groups
    ("1\u202f234,56", ",", ".", 1234.56),           # narrow NBSP groups in any locale
    ("1 234 567", ".", None, 1234567.0),
    ("1'234.50", ".", "'", 1234.5),                 # Swiss apostrophe
    ("1,234.50", ".", ",", 1234.5),
    ("€ 1.234,56", ",", ".", 1234.56),
    ("1.234,56 EUR", ",", ".", 1234.56),
    ("$1,234.50", ".", None, 1234.5),
    ("CHF 99.90", ".", None, 99.9),
    ("(1,234.50)", ".", ",", -1234.5),              # accounting negative
    ("(1.234,50)", ",", ".", -1234.5),
    ("-12,5", ",", None, -12.5),
    ("12,5-", ",", None, -12.5),                    # trailing minus
    ("+7", ".", None, 7.0),
    (",5", ",", None, 0.5),
    ("1.5E+07", ".", None, 15_000_000.0),
    # a value not written in the column's format is not read another way
    ("1,5", ".", ",", None),
    ("1.234,5", ".", ",", None),
    ("1234.56", ",", ".", None),
    ("12,34,567", ".", ",", None),
    ("n/a", ".", None, None),
    ("", ".", None, None),
])
def test_number_expr_forms(text: str, decimal: str, thousands: str | None,
                           expected: float | None) -> None:
    out = _typed([text], lambda e: number_expr(e, decimal, thousands))[0]
    assert out == (pytest.approx(expected) if expected is not None else None)


def test_whole_numbers_are_never_rounded() -> None:
    assert _typed(["12", "12.0", "12.7", "1.234", "1,234", "abc"],
                  lambda e: whole_number_expr(e, ".", None)) == [12, 12, None, None, 1234, None]
    assert _typed(["1.234", "12,7", "1.234.567"],
                  lambda e: whole_number_expr(e, ",", ".")) == [1234, None, 1234567]


@pytest.mark.parametrize(("values", "decimal", "thousands"), [
    (["3.100", "89.400", "800"], ",", "."),         # only dots in groups of three: grouping
    (["3,100", "89,400", "800"], ".", ","),
    (["0.125", "1.250", "2.500"], ".", None),       # a lone 0 before the dot: decimals
    (["3100", "1.250", "800"], ".", None),          # long numbers ungrouped: dots are decimals
])
def test_number_guess_without_a_telling_value(values: list[str], decimal: str,
                                              thousands: str | None) -> None:
    dec, th, share, _ = guess_number_format(pl.Series(values))
    assert (dec, th, share) == (decimal, thousands, 1.0)


def test_export_settles_undecided_number_columns(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_text("id;revenue\n1;1.234,56\n2;99,90\n")
    (tmp_path / "leads.csv").write_text("id;budget\n1;3.100\n2;1.250\n3;12.500\n")
    (tmp_path / "rates.csv").write_text("id;rate\n1;1.085\n2;1.250\n")
    exp = read_export(tmp_path)
    assert exp.guesses["leads"].number_formats["budget"] == {"decimal": ",", "thousands": "."}
    assert exp.guesses["rates"].value_format("rate") == ValueFormat(None, ",", ".")
    us = tmp_path / "us"
    us.mkdir()
    (us / "companies.csv").write_text("id,revenue\n1,1234.56\n2,99.9\n")
    (us / "rates.csv").write_text("id,rate\n1,1.085\n2,1.250\n")
    assert read_export(us).guesses["rates"].value_format("rate").decimal == "."


def test_value_format_of_a_column() -> None:
    exp = read_table_bytes(b"id;amount;when;n\n1;1.234,56;03.04.2024;12\n"
                           b"2;7,5;13.04.2024;7\n", "t.csv")
    g = exp.guesses["t"]
    assert g.value_format("amount") == ValueFormat(None, ",", ".")
    assert g.value_format("when") == ValueFormat(("%d.%m.%Y",), ",", None)
    assert g.value_format("n").decimal == ","  # an integer column takes the file's separator


@pytest.mark.parametrize(("text", "formats", "expected"), [
    ("2024-03-05T14:22:00Z", None, dt.datetime(2024, 3, 5, 14, 22)),
    ("2024-03-05T14:22:00+02:00", None, dt.datetime(2024, 3, 5, 12, 22)),  # to UTC
    ("05.03.2024 14:22:05", ["%d.%m.%Y %H:%M:%S"], dt.datetime(2024, 3, 5, 14, 22, 5)),
    ("03.04.2024", ["%d.%m.%Y"], dt.datetime(2024, 4, 3)),
    ("04/03/2024", ["%m/%d/%Y"], dt.datetime(2024, 4, 3)),
    ("04/03/2024", ["%d/%m/%Y"], dt.datetime(2024, 3, 4)),
    ("03/05/2024 02:22 PM", None, dt.datetime(2024, 3, 5, 14, 22)),
    ("5 Mar 2024", None, dt.datetime(2024, 3, 5)),
    ("2024-03-05", ["%d.%m.%Y"], None),             # not the column's format: null
    ("04/03/2024 10:00", ["%m/%d/%Y"], None),
    ("31.02.2024", ["%d.%m.%Y"], None),
])
def test_datetime_expr_forms(text: str, formats: list[str] | None,
                             expected: dt.datetime | None) -> None:
    assert _typed([text], lambda e: datetime_expr(e, formats))[0] == expected


@pytest.mark.parametrize(("yes", "no"), [
    ("true", "false"), ("Yes", "No"), ("Y", "N"), ("1", "0"), ("t", "f"), ("ja", "nein"),
    ("Oui", "Non"), ("sí", "no"), ("si", "no"), ("TAK", "NIE"), ("sim", "não"),
    ("wahr", "falsch"), ("vrai", "faux"),
])
def test_boolean_words(yes: str, no: str) -> None:
    assert _typed([yes, no, f" {yes} ", "maybe", None], boolean_expr) == [
        True, False, True, None, None]
    if yes != "1":  # a 0/1 column is typed a number; staging still reads it as yes/no
        assert infer_column(pl.Series([yes, no, yes, no])) == {"type": "boolean"}


def test_one_list_of_yes_no_words() -> None:
    assert {"ja", "oui", "sí", "tak", "sim", "wahr", "vrai"} <= TRUE
    assert {"nein", "non", "no", "nie", "não", "falsch", "faux"} <= FALSE
    assert not TRUE & FALSE


@pytest.mark.parametrize(("text", "ok"), [
    ("ann@example.com", True), ("o'brien+crm@mail.example.co.uk", True),
    ("ann@example", False), ("ann example.com", False), ("@example.com", False),
])
def test_email_form(text: str, ok: bool) -> None:
    assert bool(re.match(EMAIL, text)) is ok


def test_parse_numbers_reports_values_outside_the_column_format() -> None:
    parsed = parse_numbers(pl.Series(["1.234,56", "7,5", "1234.56"]), ",", ".")
    assert parsed.values.to_list()[:2] == pytest.approx([1234.56, 7.5])
    assert parsed.failed.to_dicts() == [{"row": 2, "value": "1234.56"}]
