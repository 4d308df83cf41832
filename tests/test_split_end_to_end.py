"""The sample export with its contacts split in three files (one with its columns in another
order, one repeating a contact of the first) and its activities in two, through every step
into the emulator: one source per table, every row counted per file, and a report that says
where the contacts came from."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.report.safe_files import read_csv
from d365migrate.report.sponsor import write_report
from d365migrate.verify.rollback import rollback_run
from engagements import demo_parameters, run_steps

PARTS = ("contacts.csv", "contacts_2.csv", "contacts_3.csv")


def split(export: Path, name: str, files: list[str], *, reorder: int | None = None,
          repeat: bool = False) -> list[int]:
    """``name``.csv cut into ``files`` (the part ``reorder`` with its columns reversed; the
    last repeating the first part's second row); returns each file's rows."""
    df = pl.read_csv(export / f"{name}.csv", infer_schema=False)
    (export / f"{name}.csv").unlink()
    cut = [round(i * df.height / len(files)) for i in range(len(files) + 1)]
    heights = []
    for i, file in enumerate(files):
        part = df.slice(cut[i], cut[i + 1] - cut[i])
        if repeat and i == len(files) - 1:
            part = pl.concat([part, df.slice(1, 1)])
        if i == reorder:
            part = part.select(list(reversed(part.columns)))
        part.write_csv(export / file, line_terminator="\n")
        heights.append(part.height)
    return heights


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    root = tmp_path_factory.mktemp("split")
    export = root / "runs" / "split" / "export"
    write_sample_export(export, seed=7, scale=0.1)
    heights = split(export, "contacts", list(PARTS), reorder=1, repeat=True)
    split(export, "activities", ["activities.csv", "activities_2.csv"])
    return root, heights


@pytest.fixture(scope="module")
def first_run(project: tuple[Path, list[int]], monkeypatch_module: pytest.MonkeyPatch) -> Path:
    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    root, _ = project
    params = demo_parameters(root, "split", seed=None)
    run_dir = run_steps(params, root / "runs" / "split" / "run-1")
    write_report(run_dir)
    return run_dir


def test_contacts_are_one_source_of_three_files(first_run: Path,
                                                project: tuple[Path, list[int]]):
    _, heights = project
    found = json.loads((first_run / "discovery.json").read_text())
    contacts = [o for o in found["objects"] if o["name"] == "contact"]
    assert len(contacts) == 1
    assert [(f["file"], f["rows"]) for f in contacts[0]["files"]] == list(
        zip(PARTS, heights, strict=True))
    assert contacts[0]["rows"] == sum(heights)
    activities = [o for o in found["objects"] if o["source"] == "activities"]
    assert [f["file"] for f in activities[0]["files"]] == ["activities.csv",
                                                             "activities_2.csv"]
    scope = (first_run / "scope.html").read_text()
    assert f"contacts (one table in 3 files: contacts.csv {heights[0]:,} rows, contacts_2.csv " \
        f"{heights[1]:,} rows, contacts_3.csv {heights[2]:,} rows)" in scope
    mapping = yaml.safe_load((first_run / "mapping.yml").read_text())
    sources = {t["source"] for t in mapping["tables"]}
    assert "contacts_2" not in sources and "activities_2" not in sources
    # the analyst confirming the map sees which files feed each source
    (entry,) = [t for t in mapping["tables"] if t["source"] == "contacts"]
    assert entry["source_files"] == [f"{name} ({n:,} rows)"
                                     for name, n in zip(PARTS, heights, strict=True)]
    assert all(len(t["source_files"]) == 2 for t in mapping["tables"]
               if t["source"] == "activities")
    assert not any("source_files" in t for t in mapping["tables"]
                   if t["source"] not in ("contacts", "activities"))


def test_reconciliation_balances_per_object_and_per_file(first_run: Path,
                                                         project: tuple[Path, list[int]]):
    _, heights = project
    rec = json.loads((first_run / "reconciliation.json").read_text())
    for name, o in rec["objects"].items():
        assert o["balanced"], name
        assert o["source"] == o["loaded"] + o["quarantined"] + o["failed"] + o["skipped"], name
        assert o["verified"] == o["loaded"], name
    contact = rec["objects"]["contact"]
    assert contact["loaded"] > 0 and contact["verified_by"] == "every mapped field"
    assert contact["source"] == sum(heights)
    assert [f["file"] for f in contact["files"]] == list(PARTS)
    assert [f["rows"] for f in contact["files"]] == heights
    for f in contact["files"]:
        assert f["balanced"] and f["rows"] == f["loaded"] + f["quarantined"] + f["failed"] \
            + f["skipped"], f
    assert sum(f["loaded"] for f in contact["files"]) == contact["loaded"]
    # the page a person reads counts each file too, as the json does
    page = (first_run / "reconciliation.html").read_text()
    assert "Source rows by file" in page and ", ".join(PARTS) in page
    for f in contact["files"]:
        assert "".join(f"<td>{v}</td>" for v in ("contact", f["file"], f["rows"], f["loaded"])) \
            in page
    routed = [o for o in rec["objects"].values() if o["source_object"] == "activities"]
    assert routed and all(len(o["files"]) == 2 for o in routed)
    inventory = json.loads((first_run / "inventory.json").read_text())
    (entry,) = [f for f in inventory["files"] if f["source"] == "contacts"]
    assert [(p["file"], p["rows"], p["not_taken"]) for p in entry["parts"]] == [
        (name, n, 0) for name, n in zip(PARTS, heights, strict=True)]


def test_issues_name_each_rows_own_file_and_row(first_run: Path,
                                                project: tuple[Path, list[int]]):
    _, heights = project
    sizes = dict(zip(PARTS, heights, strict=True))
    frames = [read_csv(first_run / kind / "contact.csv", infer_schema=False)
              for kind in ("quarantine", "skipped", "cleared")
              if (first_run / kind / "contact.csv").exists()]
    lines = pl.concat([f.select("file", "row") for f in frames if f.height])
    assert set(lines["file"].to_list()) <= set(PARTS) and lines.height
    assert all(1 <= int(r) <= sizes[f] for f, r in lines.iter_rows())
    skipped = read_csv(first_run / "skipped" / "contact.csv", infer_schema=False)
    repeated = skipped.filter(pl.col("file") == "contacts_3.csv")
    assert repeated.height == 1
    assert repeated["row"].to_list() == [str(heights[2])]
    assert repeated["reason"].to_list() == ["duplicate source id; contacts.csv row 2 kept"]


def test_the_sponsor_report_says_the_contacts_came_from_three_files(
        first_run: Path, project: tuple[Path, list[int]]):
    _, heights = project
    html = (first_run / "report.html").read_text()
    assert "Contacts (people) came from 3 files of the export, counted as one: contacts.csv (" \
        f"{heights[0]:,} rows), contacts_2.csv ({heights[1]:,} rows) and contacts_3.csv " \
        f"({heights[2]:,} rows)." in html
    # rows not moved are named by their own file and row, each file with its own rows
    assert "contacts.csv, row 8; contacts_3.csv, row 7" in html
    # an entry that took rows of one file only does not say it came from several
    assert "Notes from the activity history came from" not in html


def test_a_delta_run_finds_nothing_new_and_rollback_removes_what_was_made(
        first_run: Path, project: tuple[Path, list[int]]):
    root, _ = project
    params = root / "parameters" / "split.yml"
    second = run_steps(params, root / "runs" / "split" / "run-2")
    rec = json.loads((second / "reconciliation.json").read_text())
    for name, o in rec["objects"].items():
        assert o["created"] == 0 and o["balanced"], name
    assert rollback_run(second, progress=False)["complete"]
    result = rollback_run(first_run, progress=False)
    assert result["complete"]
    assert sum(t["deleted"] for t in result["tables"].values()) > 0
