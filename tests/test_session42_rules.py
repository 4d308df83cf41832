"""Session 42's rules, each on made-up data: the sponsor report says how the export's files
were read, and the scope page's custom fields come from the field map once there is one."""

from __future__ import annotations

import json
from pathlib import Path

from d365migrate.intake.discover import discover, write_discovery
from d365migrate.intake.read import read_export
from d365migrate.report.sponsor import render_report
from d365migrate.report.sponsor_facts import gather


def _run_folder(tmp_path: Path, lines: list[str]) -> Path:
    export = tmp_path / "export"
    export.mkdir()
    (export / "contacts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    (run / "run.json").write_text(json.dumps({"engagement": "acme", "status": "completed"}),
                                  encoding="utf-8")
    write_discovery(discover(read_export(export)), run / "discovery.json")
    return run


def test_the_sponsor_report_says_how_the_files_were_read(tmp_path: Path) -> None:
    """A header label dropped where rows were written keyed by name: the report the sponsor
    signs names the file and the note, its lines counted, every value escaped."""
    lines = ['"ID";"Имя";"<b>Создано</b>";"Город";"<b>Создано</b>";"Заметка"']
    lines += [f'"{i}";"Name {i}";"user{i}";"City {i}";"note {i}"' for i in range(1, 6)]
    facts = gather(_run_folder(tmp_path, lines))
    assert [(n["file"], n["lines"]) for n in facts.reading or []] == [("contacts.csv", 1)]
    html = render_report(facts)
    assert "How the export's files were read" in html
    assert "keyed by column name" in html and "contacts.csv" in html
    assert "&lt;b&gt;Создано&lt;/b&gt;" in html and "<b>Создано" not in html


def test_a_file_read_as_written_says_so_and_no_discovery_says_nothing(tmp_path: Path) -> None:
    """Every file read as written: one sentence. A run folder without discovery.json (a run
    that stopped before it): no claim either way."""
    (tmp_path / "a").mkdir()
    clean = _run_folder(tmp_path / "a", ["id,name", "1,Ann", "2,Bo"])
    facts = gather(clean)
    assert facts.reading == []
    assert "Every file was read as written." in render_report(facts)
    (clean / "discovery.json").unlink()
    facts = gather(clean)
    assert facts.reading is None
    html = render_report(facts)
    assert "files were read" not in html and "read as written" not in html


def test_the_scope_lists_the_maps_custom_columns_once_there_is_a_map(tmp_path: Path) -> None:
    """Before the map, every column with no standard field by name is a candidate (a file in
    another language: all of them); once the map is settled the page lists the map's manifest
    only, and the grade counts those."""
    import polars as pl

    from d365migrate.intake.profile import profile_export
    from d365migrate.mapping.manifest import build_manifest, read_manifest
    from d365migrate.report.scope import render_scope_html

    export_dir = tmp_path / "export"
    export_dir.mkdir()
    (export_dir / "contacts.csv").write_text(
        "Имя,Фамилия,Город,Телефон,cf_hobby\n"
        + "".join(f"Анна{i},Иванова{i},Москва,+7 900 000 00 0{i},chess\n" for i in range(5)),
        encoding="utf-8")
    export = read_export(export_dir)
    disc = discover(export)
    profile = profile_export(export, disc)
    assert len(disc.custom_fields) == 5  # every column: no standard field by its name
    before = render_scope_html(disc, profile)
    assert "candidates, before the field map" in before
    assert "<b>5</b>candidates, until the field map decides" in before

    manifest = build_manifest(None, export.tables, None)
    assert manifest["source_column"].to_list() == ["cf_hobby"]
    after = render_scope_html(disc, profile, manifest=manifest)
    assert "the field map&#39;s manifest" in after or "the field map's manifest" in after
    assert "<b>1</b>to pre-create (the field map" in after
    assert "<code>cf_hobby</code>" in after and "<code>Город</code>" not in after
    from d365migrate.report.scope import complexity_grade
    rules = {r["rule"]: r["value"] for r in complexity_grade(disc, profile, 1)["rules"]}
    assert rules["Custom fields to pre-create"] == "1"

    empty = read_manifest(tmp_path / "none.json", missing_ok=True)
    assert empty.height == 0 and isinstance(empty, pl.DataFrame)
    none = render_scope_html(disc, profile, manifest=empty)
    assert "The field map sends no column to a new custom column." in none
    assert "<b>0</b>to pre-create" in none
