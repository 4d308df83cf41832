"""The hostile corpus (tests/hostile/make_corpus.py): every broken or hostile variant of the
sample export gives its expected outcome - a named error, a problem naming file (and line),
or a clean read - with no traceback, no hang, and nothing read from outside the export.

Staging cases go on through discovery, a proposed and confirmed map and staging: a refusal
naming file and column, or a quarantine, skip, flag or cleared-field line whose reason says
what is wrong (a bad value in an optional column is cleared; the record still moves)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.read import ExportError, read_export
from d365migrate.load.order import table_of
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.decisions import apply_stages, decide_stage, undecided_stages
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.rules import MissingColumn
from d365migrate.staging.stage import stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

_spec = importlib.util.spec_from_file_location(
    "make_corpus", Path(__file__).parent / "hostile" / "make_corpus.py")
corpus = importlib.util.module_from_spec(_spec)
sys.modules["make_corpus"] = corpus
_spec.loader.exec_module(corpus)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "export"
    write_sample_export(out, seed=7, scale=0.2)
    return out


def _everything(exp, disc) -> str:
    """All an export read, as text: tables, guesses, problems, discovery."""
    parts = [json.dumps(exp.guesses_dict(), default=str),
             json.dumps([p.to_dict() for p in exp.problems], default=str),
             json.dumps(disc.to_dict() if hasattr(disc, "to_dict") else repr(disc),
                        default=str)]
    parts += [df.write_csv() for df in exp.tables.values()]
    return "\n".join(parts)


def test_the_corpus_is_big_enough() -> None:
    cases = [*corpus.CASES, *corpus.STAGE_CASES]
    assert len(corpus.CASES) >= 30 and len(corpus.STAGE_CASES) >= 15 and len(cases) >= 60
    assert len({c.name for c in cases}) == len(cases)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", corpus.CASES, ids=lambda c: c.name)
def test_case(case, base: Path, tmp_path: Path) -> None:
    path = corpus.build(case, base, tmp_path)
    if case.outcome == "error":
        with pytest.raises(ExportError, match=case.match) as err:
            read_export(path, case.overrides)
        assert corpus.SECRET not in str(err.value)
        return
    exp = read_export(path, case.overrides)
    disc = discover(exp)
    assert corpus.SECRET not in _everything(exp, disc), "read outside the export"
    if case.outcome == "problem":
        hits = [p for p in exp.problems if re.search(case.match, p.problem)
                and (case.file is None or case.file in p.file)]
        assert hits, [p.to_dict() for p in exp.problems]
        if case.line:
            assert any(p.line for p in hits), hits
    if case.check:
        case.check(exp)
    # Reading an attachment the export lists never leaves it either.
    att = exp.tables.get("attachments")
    if att is not None and "path" in att.columns:
        for rel in att["path"].drop_nulls().to_list():
            data = exp.read_bytes(rel)
            assert data is None or corpus.SECRET.encode() not in data


# --------------------------------------------------------------------------- staging cases

@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def _decided(mapping: dict, defs: dict[str, dict]) -> dict:
    """Every choice value and stage decided, as a person does before staging."""
    for t in mapping["tables"]:
        attrs = {a["LogicalName"]: a for a in defs.get(t["target"], {}).get("Attributes", [])}
        for c in t.get("columns", []):
            if c.get("transform") not in ("choice", "multichoice") or not c.get("values"):
                continue
            options = [o["Value"] for o in (attrs.get(c["target"], {}).get("OptionSet") or {})
                       .get("Options", [])] or [1]
            c["values"] = {k: options[0] if v is None else v for k, v in c["values"].items()}
    for s in undecided_stages(mapping):
        mapping = decide_stage(mapping, s["pipeline_id"], s["stage_id"])
    return mapping


def _stage(case, path: Path, defs: dict[str, dict]):
    exp = read_export(path)
    table = table_of(case.unit)
    proposal = propose_mapping(exp, discover(exp), {table: defs[table]}, [case.unit],
                               source_id_column="new_smartdeskid")
    mapping = _decided(proposal.mapping, defs)
    if case.map_edit:
        mapping = case.map_edit(mapping)
    mapping = confirm(mapping, "corpus")
    tmap = table_map(mapping, case.unit)
    tables = exp.tables
    if mapping.get("stages") and case.unit == "opportunity":
        tables = {**tables, tmap["source"]: apply_stages(tables[tmap["source"]],
                                                         mapping["stages"])}
    source = tmap["source"]
    return stage_table(mapping, case.unit, tables, {source: exp.guesses[source].file},
                       exp.guesses[source], defs[table])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", corpus.STAGE_CASES, ids=lambda c: c.name)
def test_staging_case(case, base: Path, tmp_path: Path, defs: dict[str, dict]) -> None:
    path = corpus.build(case, base, tmp_path)
    if case.outcome == "refused":
        with pytest.raises(MissingColumn, match=case.match) as err:
            _stage(case, path, defs)
        assert case.column in err.value.columns and err.value.file in str(err.value)
        return
    r = _stage(case, path, defs)
    assert r.source_rows == r.staged.height + r.quarantined.height + r.skipped.height
    if case.outcome != "staged":
        lines = {"quarantined": r.quarantined, "skipped": r.skipped,
                 "flagged": r.flagged, "cleared": r.cleared}[case.outcome]
        hits = [x for x in lines.to_dicts() if x["column"] == case.column
                and any(re.search(case.match, part) for part in (x["reason"],
                                                                 *x["reason"].split("; ")))]
        assert len(hits) >= case.count, lines.to_dicts()
        assert all(x["file"].endswith(".csv") and x["row"] for x in hits), hits
    if case.outcome in ("quarantined", "skipped"):  # the row is held back, not staged
        held = {x["source_id"] for x in hits}
        assert not held & set(r.staged["__source_id"].to_list()) or case.outcome == "skipped"
    if case.outcome == "flagged":  # the records still load, their links do not
        assert {x["source_id"] for x in hits} <= set(r.staged["__source_id"].to_list())
        assert {x["action"] for x in hits} == {"link cleared"}
    if case.outcome == "cleared":  # an optional field: the record loads without the value
        rows = r.staged.filter(pl.col("__source_id").is_in([x["source_id"] for x in hits]))
        assert rows.height == len({x["source_id"] for x in hits}) > 0
        assert rows[hits[0]["target"]].null_count() == rows.height
        assert {x["action"] for x in hits} == {"field cleared"}
    if case.check:
        case.check(r)
