"""Session 41's rules (issue 13, round N tuned in-sample): file names that name their kind
in more languages, and the emulator's post-office boxes. Most fail on 2cf0971b."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


@pytest.mark.parametrize(("name", "kind"), [
    ("Tiers", "account"),                  # French third parties (Tryton's parties), whole
    ("Terceros", "account"),               # Spanish
    ("Relaties", "account"),               # Dutch relations
    ("Potencjalni_Klienci", "lead"),       # Polish potential customers, read whole
    ("egw_export_addressbook-2026-08-22", "contact"),   # an address book: its people
    ("บัตรเข้าชม HD", "ticket"),             # Thai ticket, Frappe Helpdesk's 'HD' prefix
    ("ಟಿಕೆಟ್ಗಳು", "ticket"),                 # Kannada tickets
    ("ಘಟಕಗಳು", "account"),                  # Kannada units: GLPI's entities
])
def test_file_names_name_their_kind(name: str, kind: str) -> None:
    assert name_kind(name)[0] == kind


def test_tiers_names_accounts_only_as_the_whole_name() -> None:
    """'account_tiers' are levels of accounts (Salesloft's), no file of accounts."""
    assert name_kind("account_tiers")[0] is None
    assert name_kind("Klienci")[0] == "account"   # customers stay accounts


@pytest.mark.parametrize(("label", "english"), [
    ("Symbol giełdowy", ("ticker", "symbol")),
    ("Status Potencjalnego Klienta", ("lead", "status")),
    ("Stato di fatturazione", ("billing", "state")),        # 'Stato' alone: a country
    ("Firma - stát", ("business", "state")),
    ("Улица (личен адрес)", ("home", "street")),
    ("电话（个人）", ("home", "phone")),
    ("Гар утасны дугаар", ("mobile", "phone")),
    ("القرار بواسطة", ("resolution", "by")),
])
def test_round_n_labels_read(label: str, english: tuple[str, ...]) -> None:
    # Mongolian is told by the harvest's words: its file's other headers say the language
    neighbours = ["Нэр", "Овог", "Аж үйлдвэр"] if "Гар" in label else []
    readings = foreign_readings(label, [label, *neighbours])
    assert readings and readings[0][0] == english


@pytest.mark.parametrize("table", ["account", "contact", "lead"])
def test_emulator_tables_hold_post_office_boxes(table: str) -> None:
    """Microsoft's account, contact and lead tables have Address 1/2: Post Office Box
    (String, 20): without them an export's PO boxes never reached the emulator's org."""
    attrs = {a["LogicalName"]: a for a in json.loads(
        (TABLES / f"{table}.json").read_text(encoding="utf-8"))["Attributes"]}
    for n in (1, 2):
        box = attrs[f"address{n}_postofficebox"]
        assert (box["SchemaName"], box["AttributeType"], box["MaxLength"]) == (
            f"Address{n}_PostOfficeBox", "String", 20)
        assert box["DisplayName"]["UserLocalizedLabel"]["Label"] == \
            f"Address {n}: Post Office Box"


def test_a_po_box_is_proposed_against_the_emulator() -> None:
    defs = load_table_defs(TABLES)
    df = pl.DataFrame({"First Name": ["Ann", "Bo"], "Mailing PO Box": ["12", "14"],
                       "Other PO Box": ["7", "9"]})
    got = suggest_columns(df, defs["contact"], source_object="Contacts")
    assert got["Mailing PO Box"][0].target == "address1_postofficebox"
    assert got["Other PO Box"][0].target == "address2_postofficebox"


def test_rows_keyed_by_name_read_under_their_names(tmp_path: Path) -> None:
    """EGroupware writes each row as a map from label to value: a label two fields share
    ('Создано': created, created by) is kept once, at its first place, holding the later
    field's value; the rows are one field short of the header. Read without the header's
    later repeat, each value stands under its own name, and a warning says why."""
    from d365migrate.intake.read import read_export

    lines = ['"ID";"Имя";"Создано";"Город";"Создано";"Заметка"']
    lines += [f'"{i}";"Name {i}";"user{i}";"City {i}";"note {i}"' for i in range(1, 6)]
    (tmp_path / "contacts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export = read_export(tmp_path)
    df = export.tables["contacts"]
    assert df.columns == ["ID", "Имя", "Создано", "Город", "Заметка"]
    assert df.row(0) == ("1", "Name 1", "user1", "City 1", "note 1")
    assert any("keyed by column name" in p.problem and "'Создано'" in p.problem
               for p in export.problems)


def test_a_header_without_repeats_is_left_alone(tmp_path: Path) -> None:
    """A header wider than its rows but repeating no name: the rows leave out trailing
    fields (wide_headers), no column is dropped."""
    from d365migrate.intake.read import read_export

    lines = ["id,name,city,notes"] + [f"{i},Name {i},City {i}" for i in range(1, 6)]
    (tmp_path / "people.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export = read_export(tmp_path)
    assert export.tables["people"].columns == ["id", "name", "city", "notes"]
    assert not any("keyed by column name" in p.problem for p in export.problems)


def test_the_scope_says_how_the_files_were_read(tmp_path: Path) -> None:
    """The scope page lists intake's reading notes, one row a file and note with its lines
    counted (a label dropped from a header, here), escaped; a file read as written says so."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.profile import profile_export
    from d365migrate.intake.read import read_export
    from d365migrate.report.reading import reading_notes
    from d365migrate.report.scope import render_scope_html

    lines = ['"ID";"Имя";"<b>Создано</b>";"Город";"<b>Создано</b>";"Заметка"']
    lines += [f'"{i}";"Name {i}";"user{i}";"City {i}";"note {i}"' for i in range(1, 6)]
    (tmp_path / "contacts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export = read_export(tmp_path)
    disc = discover(export)
    notes = reading_notes(disc.problems)
    assert [(n["file"], n["lines"], n["first_line"]) for n in notes] == [("contacts.csv", 1, 1)]
    html = render_scope_html(disc, profile_export(export, disc))
    assert "How the files were read" in html and "keyed by column name" in html
    assert "&lt;b&gt;Создано&lt;/b&gt;" in html and "<b>Создано" not in html

    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "people.csv").write_text("id,name\n1,Ann\n2,Bo\n", encoding="utf-8")
    export = read_export(clean)
    disc = discover(export)
    html = render_scope_html(disc, profile_export(export, disc))
    assert "Every file was read as written." in html
