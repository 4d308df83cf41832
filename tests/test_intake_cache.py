"""The run's intake cache: a later step takes each export file as read before (same bytes,
same options) instead of parsing and inferring it again, with exactly the same tables,
guesses and problems; the export is still walked and read under every guard (issue 15)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake import read
from d365migrate.intake.read import Export, read_export

OVERRIDES = {"contacts": {"date_formats": {"created_at": "%Y-%m-%dT%H:%M:%SZ"}},
             "exclude": ["campaigns.csv"]}


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    write_sample_export(folder, seed=7, scale=0.3)
    # a file with defects: a ragged row and a row with a broken quote (problems per line)
    (folder / "messy.csv").write_text('id;name;amount\n1;Ann;3,5\n2;Bob\n3;"Cy;4,0\n4;Di;1,25\n',
                                      encoding="utf-8")
    return folder


def snapshot(exp: Export) -> dict[str, Any]:
    return {"tables": {k: v.to_dicts() for k, v in exp.tables.items()},
            "dtypes": {k: dict(v.schema) for k, v in exp.tables.items()},
            "guesses": exp.guesses_dict(), "problems": [p.to_dict() for p in exp.problems],
            "files": exp.files}


def test_cached_read_is_the_read(export: Path, tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "run" / "intake_cache"
    plain = snapshot(read_export(export, OVERRIDES))
    assert plain["problems"], "the messy file gives problems to compare"
    cold = snapshot(read_export(export, OVERRIDES, cache=cache))
    assert cold == plain
    assert any(cache.glob("*.parquet")) and any(cache.glob("*.columns.json"))

    def no(*_: Any, **__: Any) -> Any:
        raise AssertionError("parsed or inferred again despite the cache")
    monkeypatch.setattr(read, "read_csv_bytes", no)
    monkeypatch.setattr(read, "infer_columns", no)  # a table's columns typed at once
    warm = snapshot(read_export(export, OVERRIDES, cache=cache))
    assert warm == plain
    # every cache file is inside the folder given, nothing beside the export
    assert all(cache in p.parents for p in (tmp_path / "run").rglob("*") if p.is_file())
    assert not [p for p in export.rglob("*") if "intake_cache" in str(p)]


def test_changed_bytes_or_options_are_read_again(export: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    read_export(export, OVERRIDES, cache=cache)
    contacts = export / "contacts.csv"
    text = contacts.read_text(encoding="utf-8")
    contacts.write_text(text.replace("\n", "\nX-NEW,", 1).split("\n", 2)[0] + "\n"
                        + text.split("\n", 1)[1], encoding="utf-8")
    again = read_export(export, OVERRIDES, cache=cache)
    assert snapshot(again) == snapshot(read_export(export, OVERRIDES))
    other = {**OVERRIDES, "messy": {"decimal_separator": "."}}
    assert snapshot(read_export(export, other, cache=cache)) == \
        snapshot(read_export(export, other))


def test_guards_still_run_on_the_original(export: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    read_export(export, OVERRIDES, cache=cache)
    # over a limit now: not read, though its earlier read is in the cache
    small = {**OVERRIDES, "limits": {"max_table_bytes": 200}}
    exp = read_export(export, small, cache=cache)
    assert "contacts" not in exp.tables
    assert any("max_table_bytes" in p.problem for p in exp.problems)
    # a file replaced by a link out of the export is refused, cache or not
    outside = tmp_path / "secret.csv"
    outside.write_bytes((export / "messy.csv").read_bytes())
    (export / "messy.csv").unlink()
    os.symlink(outside, export / "messy.csv")
    exp = read_export(export, OVERRIDES, cache=cache)
    assert "messy" not in exp.tables
    assert snapshot(exp) == snapshot(read_export(export, OVERRIDES))


def test_a_damaged_entry_is_read_again(export: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    want = snapshot(read_export(export, OVERRIDES, cache=cache))
    for p in cache.glob("*.parquet"):
        p.write_bytes(b"not parquet")
    for p in cache.glob("*.columns.json"):
        p.write_text("{", encoding="utf-8")
    assert snapshot(read_export(export, OVERRIDES, cache=cache)) == want


def test_run_context_reads_through_the_run_folder_cache(tmp_path: Path) -> None:
    from d365migrate.run.context import RunContext
    from engagements import demo_parameters

    params = demo_parameters(tmp_path, "cache", seed=None)
    write_sample_export(tmp_path / "runs" / "cache" / "export", seed=7, scale=0.2)
    ctx = RunContext.open(params, tmp_path / "runs" / "cache" / "r1")
    assert ctx.export.tables
    assert ctx.folder.intake_cache.parent == ctx.run_dir
    assert any(ctx.folder.intake_cache.glob("*.parquet"))
    assert pl.read_parquet(next(ctx.folder.intake_cache.glob("*.parquet"))).height > 0
