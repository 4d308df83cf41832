"""keys260's public exports run end to end from their parameters files, decisions only
(issue 13): EGroupware's own addressbook CSV export (importexport's "export-addressbook-csv"
definition) of the four contacts its test suite creates, in German, Japanese and Greek
(tests/data/exports/egroupware-export-de, -ja, -el), and keys265's Czech, Bulgarian,
Traditional Chinese, French and Spanish (-cs, -bg, -zh-tw, -fr, -es-es), and keys273's
Russian, Italian, Ukrainian and Korean (-ru, -it, -uk, -ko: rows one field short of the
header, read since session 41 without the header's repeat). Same harness as
tests/test_public_end_to_end.py.

Each parameters file names each contact's EGroupware id as its key (a decision: the engine
leaves it unmapped); what else arrives is what the engine reads."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
)

FILE = "egw_export_addressbook-2026-08-22"


def _run(name: str, tmp_path: Path) -> dict:
    """The one file loads whole as contacts: ContactEntryTest's 'Test Guy' and the three users
    (Boss, Secretary, Other User) with their e-mails."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert set(inventory_files(run_dir)) == {FILE}
    assert outcomes(out) == {"contact": (FILE, 4, 4, 0, 0, 0)}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rows = {r["firstname"]: r for r in contacts.to_dicts()}
    assert sorted((r["firstname"], r["lastname"]) for r in rows.values()) \
        == [("Boss", "User"), ("Other", "User"), ("Secretary", "User"), ("Test", "Guy")]
    for login in ("boss", "secretary", "other"):
        assert rows[login.capitalize()]["emailaddress1"] == f"{login}@example.org"
    guy = rows["Test"]
    assert (guy["mobilephone"], guy["telephone2"]) == ("555-4321", "66 12 34 56")
    # the organisation is a name on the contact; no account is moved, so no parent arrives
    assert "parentcustomerid" not in contacts.columns
    return guy


def test_egroupware_export_de_loads_contacts(tmp_path: Path) -> None:
    """German: Test Guy arrives with his salutation and birthday."""
    guy = _run("egroupware-export-de", tmp_path)
    assert (guy["salutation"], guy["birthdate"][:10]) == ("Mr", "1995-07-28")


def test_egroupware_export_ja_loads_contacts(tmp_path: Path) -> None:
    """Japanese: as German, Test Guy arrives with his salutation (the prefix 'プレフィックス',
    now read) and birthday ('誕生日')."""
    guy = _run("egroupware-export-ja", tmp_path)
    assert (guy["salutation"], guy["birthdate"][:10]) == ("Mr", "1995-07-28")


def test_egroupware_export_el_loads_contacts(tmp_path: Path) -> None:
    """Greek: as German, Test Guy arrives with his salutation ('Πρόθεμα') and birthday (the
    birthday 'Ημέρα Γενεθλίων', now read)."""
    guy = _run("egroupware-export-el", tmp_path)
    assert (guy["salutation"], guy["birthdate"][:10]) == ("Mr", "1995-07-28")


# keys265 (session 40, round N): the family in four more languages, the keys260 converter's
# language argument, unchanged (tests/data/exports/egroupware-export-cs, -bg, -zh-tw, -fr and
# -es-es). Each parameters file is egroupware-export-de's with its language's key label
# (cs's without it: no map entry takes its file).


def _loaded(name: str, tmp_path: Path) -> tuple[list[dict], dict]:
    """The one file loads whole as contacts; the rows in the file's order (Test Guy, then
    Boss, Secretary and Other User, whose e-mails arrive) and Test Guy's."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert set(inventory_files(run_dir)) == {FILE}
    assert outcomes(out) == {"contact": (FILE, 4, 4, 0, 0, 0)}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rows = sorted(contacts.to_dicts(), key=lambda r: r["__source_row"])
    assert [r["lastname"] for r in rows] == ["Guy", "User", "User", "User"]
    assert [r["emailaddress1"] for r in rows[1:]] \
        == ["boss@example.org", "secretary@example.org", "other@example.org"]
    assert "parentcustomerid" not in contacts.columns
    guy = rows[0]
    assert (guy["mobilephone"], guy["birthdate"][:10]) == ("555-4321", "1995-07-28")
    return rows, guy


def test_egroupware_export_fr_loads_contacts(tmp_path: Path) -> None:
    """French: as German, Test Guy arrives with his salutation and birthday."""
    guy = _run("egroupware-export-fr", tmp_path)
    assert (guy["salutation"], guy["birthdate"][:10]) == ("Mr", "1995-07-28")


def test_egroupware_export_bg_loads_contacts(tmp_path: Path) -> None:
    """Bulgarian: the full name 'Име' was read as the first name, each first name arriving
    as the whole name, and the prefix ('Префикс') unread, until session 41's engine
    (fa9f8131): the first name ('Първо име') and Test Guy's salutation arrive."""
    rows, guy = _loaded("egroupware-export-bg", tmp_path)
    assert [r["firstname"] for r in rows] == ["Test", "Boss", "Secretary", "Other"]
    assert (guy["telephone2"], guy["salutation"]) == ("66 12 34 56", "Mr")


def test_egroupware_export_zh_tw_loads_contacts(tmp_path: Path) -> None:
    """Traditional Chinese: the first names arrive, and Test Guy's salutation (the prefix
    '稱謂(前置)', now read). WRONG (the key: the home phone, telephone2): the home phone
    ('電話', 'phone' alone) is read as the business phone, so his 66 12 34 56 arrives as
    telephone1."""
    rows, guy = _loaded("egroupware-export-zh-tw", tmp_path)
    assert [r["firstname"] for r in rows] == ["Test", "Boss", "Secretary", "Other"]
    assert (guy["telephone1"], guy.get("telephone2")) == ("66 12 34 56", None)
    assert guy["salutation"] == "Mr"


def test_egroupware_export_es_es_loads_contacts(tmp_path: Path) -> None:
    """Spanish (Spain): Test Guy arrives with his salutation and home phone; the first name
    ('Nombre de pila', the given name) arrives since session 41's engine (fa9f8131). (Not in
    test_public_exports.py's BASELINES: the measure's suggest stopped on this export at its
    branch point, MEASUREMENTS.md.)"""
    rows, guy = _loaded("egroupware-export-es-es", tmp_path)
    assert [r["firstname"] for r in rows] == ["Test", "Boss", "Secretary", "Other"]
    assert (guy["salutation"], guy["telephone2"]) == ("Mr", "66 12 34 56")


def test_egroupware_export_cs_loads_contacts(tmp_path: Path) -> None:
    """Czech: discovery named the one file by no kind (nothing loaded, the file listed as
    unrecognised) until session 41's engine (fa9f8131) read 'addressbook' in its name as an
    address book's people: the four contacts load, Test Guy with his salutation and home
    phone."""
    rows, guy = _loaded("egroupware-export-cs", tmp_path)
    assert [r["firstname"] for r in rows] == ["Test", "Boss", "Secretary", "Other"]
    assert (guy["salutation"], guy["telephone2"]) == ("Mr", "66 12 34 56")


# keys273 (session 41, round O): the family in Russian, Italian, Ukrainian and Korean
# (tests/data/exports/egroupware-export-ru, -it, -uk, -ko), each language giving two fields
# one label, so EGroupware writes 60 labels over rows of 59 values (egroupware-export-ru's
# convert.py). Each parameters file is egroupware-export-cs's. Held out on 2cf0971b nothing
# was read (ru's delimiter sniffed as ',', the others' header skipped as a preamble): the
# file was listed as unrecognised. Since session 41's engine (intake/keyed_rows.py) the
# header is read without its later repeat, each value under its own name, and a warning
# says so. Per export: the repeated label, and Test Guy's fields as they arrive.
_KEYS273 = {
    # since the words of session 41's round-O tuning (in-sample, after its figures were
    # taken): the home phone ('Домашний телефон') arrives as the home phone
    "egroupware-export-ru": ("Создано", {
        "salutation": "Mr", "firstname": "Test", "lastname": "Guy", "mobilephone": "555-4321",
        "telephone2": "66 12 34 56"}),
    # the salutation ('Prefisso') read since that tuning; the mobile phone and the private
    # mobile share 'Telefono cellulare': its place holds the private one's value (empty)
    "egroupware-export-it": ("Telefono cellulare", {
        "salutation": "Mr", "firstname": "Test", "lastname": "Guy", "mobilephone": None,
        "telephone2": "66 12 34 56"}),
    # the home phone ('Телефон', phone alone) arrives as the business phone (the key's
    # telephone2)
    "egroupware-export-uk": ("Створено", {
        "salutation": "Mr", "firstname": "Test", "lastname": "Guy", "mobilephone": "555-4321",
        "telephone1": "66 12 34 56"}),
    # the full name and the first name share '이름': its place holds the full name (the later
    # field's value), read as the first name; the salutation, mobile and home phone read
    # since that tuning
    "egroupware-export-ko": ("이름", {
        "salutation": "Mr", "firstname": "Mr Test Guy", "lastname": "Guy",
        "mobilephone": "555-4321", "telephone2": "66 12 34 56"}),
}


@pytest.mark.parametrize("name", list(_KEYS273))
def test_egroupware_rows_keyed_by_label_load(name: str, tmp_path: Path) -> None:
    """Russian, Italian, Ukrainian, Korean: the four contacts load, the users' e-mails where
    read; discovery's problems say the header repeats a label over rows one field short, the
    later repeat not read."""
    repeated, expected = _KEYS273[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": (FILE, 4, 4, 0, 0, 0)}
    assert set(inventory_files(run_dir)) == {FILE}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rows = sorted(contacts.to_dicts(), key=lambda r: r["__source_row"])
    assert [r["lastname"] for r in rows] == ["Guy", "User", "User", "User"]
    guy = rows[0]
    assert {k: guy.get(k) for k in expected} == expected
    assert guy.get("birthdate") is None or guy["birthdate"][:10] == "1995-07-28"
    discovery = json.loads((run_dir / "discovery.json").read_text(encoding="utf-8"))
    warned = [p["problem"] for p in discovery["problems"] if "keyed by column name" in p["problem"]]
    assert len(warned) == 1 and repr(repeated) in warned[0]
