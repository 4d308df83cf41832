"""The hostile corpus (tests/hostile/make_corpus.py): every broken or hostile variant of the
sample export gives its expected outcome - a named error, a problem naming file (and line),
or a clean read - with no traceback, no hang, and nothing read from outside the export."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.read import ExportError, read_export

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
    assert len(corpus.CASES) >= 30
    assert len({c.name for c in corpus.CASES}) == len(corpus.CASES)


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
