"""Learning from corrections (issue 13): an analyst's corrections are kept per engagement and
proposed first for the customer's next export; the shared vocabulary grows only through a
reviewed patch."""

from __future__ import annotations

import functools
import hashlib
import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate import cli
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.editor import MappingEditor
from d365migrate.mapping.learned import (
    Learned,
    keep_proposal,
    learn_from_confirmation,
    load_learned,
)
from d365migrate.mapping.mapfile import MappingError, confirm
from d365migrate.mapping.propose import Proposal, propose_mapping
from d365migrate.mapping.suggest import _suggest
from d365migrate.mapping.vocabulary import load_vocabulary
from d365migrate.mapping.vocabulary_review import apply_patch, installed_vocabulary
from d365migrate.runfolder import EngagementFolder

DEFS = load_table_defs(Path(__file__).parent / "data" / "tables")
OBJECTS = ["account", "contact"]
ANALYST = "Ada Analyst"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The customer's export, and its re-export: companies' columns in another order, three
    of them in other case."""
    root = tmp_path_factory.mktemp("learning")
    first = root / "export-1"
    write_sample_export(first, seed=7, scale=0.1)
    again = root / "export-2"
    shutil.copytree(first, again)
    df = pl.read_csv(again / "companies.csv", infer_schema_length=0)
    df = df.rename({"phone": "Phone", "state": "STATE", "industry": "Industry"})
    df.select(list(reversed(df.columns))).write_csv(again / "companies.csv")
    return first, again


@functools.cache
def _read(export: Path) -> tuple[Export, Any]:
    """An export read and discovered once per module (the tests never change one in place)."""
    export_ = read_export(export)
    return export_, discover(export_)


def _propose(export: Path, folder: EngagementFolder | None) -> Proposal:
    export, found = _read(export)
    proposal = propose_mapping(export, found, DEFS, OBJECTS, source_id_column="new_sid",
                               learned=load_learned(folder) if folder else None)
    if folder is not None:
        keep_proposal(folder, proposal.mapping, found, proposal.learned)
    return proposal


def _account(mapping: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in mapping["tables"] if t["target"] == "account")


def _column(entry: dict[str, Any], source: str) -> dict[str, Any] | None:
    return next((c for c in entry["columns"] if c["source"] == source), None)


def _corrected(tmp: Path, export: Path, *, widget: bool = False) -> EngagementFolder:
    """An engagement whose analyst confirmed the first export's map with 3 corrections."""
    folder = EngagementFolder(tmp / "runs" / "acme")
    proposal = _propose(export, folder)
    editor = MappingEditor(proposal.mapping, _read(export)[0].tables, DEFS, folder.mapping)
    editor.set_target("account", "phone", "telephone2")          # mapped elsewhere
    editor.set_target("account", "state", None)                  # unmapped
    editor.set_choice_value("account", "industry", "Finance", 16)  # a choice value decided
    if widget:  # confirmed as in the notebook: name typed, Confirm pressed
        editor.widget  # noqa: B018 - builds the UI
        editor.name.value = ANALYST
        editor._on_confirm()
        assert "3 correction(s) kept for this customer's next export" in editor.message
    else:
        editor.confirm(ANALYST)
    assert len(editor.learned) == 3
    return folder


def test_a_confirmation_keeps_each_correction_and_no_customer_value(tmp_path, exports):
    first, _ = exports
    folder = _corrected(tmp_path, first, widget=True)
    kept = {(c["what"], c["column"]): c for c in load_learned(folder).corrections}
    assert set(kept) == {("column", "phone"), ("column", "state"), ("choice", "industry")}
    phone = kept[("column", "phone")]
    assert {k: phone[k] for k in ("unit", "kind", "format", "proposed", "chosen", "by")} == {
        "unit": "account", "kind": "account", "format": "phone", "proposed": "telephone1",
        "chosen": "telephone2", "by": ANALYST}
    assert len(phone["at"]) == 10  # the confirmation's date, 2026-11-30
    assert kept[("column", "state")]["proposed"] == "address1_stateorprovince"
    assert kept[("column", "state")]["chosen"] is None
    choice = kept[("choice", "industry")]
    assert (choice["target"], choice["value"], choice["proposed"], choice["chosen"]) == (
        "industrycode", "Finance", None, 16)
    # no value of the export is kept but the choice label the analyst mapped
    text = folder.learned.read_text(encoding="utf-8")
    companies = _read(first)[0].tables["companies"]
    values = {str(v) for col in companies.columns for v in companies[col].drop_nulls()
              if len(str(v)) >= 5} - {"Finance"}
    assert values and not [v for v in values if v in text]


def test_the_re_export_gets_the_corrections_first_and_another_engagement_does_not(
        tmp_path, exports):
    first, again = exports
    folder = _corrected(tmp_path, first)
    proposal = _propose(again, folder)
    account = _account(proposal.mapping)
    said = f"as confirmed by {ANALYST} on "
    phone = _column(account, "Phone")
    assert phone is not None and phone["target"] == "telephone2"
    assert said in phone["reason"] and "for this customer" in phone["reason"]
    assert "the engine proposed telephone1" in phone["reason"]
    assert _column(account, "STATE") is None and "STATE" in account["unmapped"]
    assert said in account["unmapped_reasons"]["STATE"]
    industry = _column(account, "Industry")
    assert industry is not None and industry["values"]["Finance"] == 16
    assert said in industry["reason"]
    assert [a["applied"] for a in proposal.learned] == [True, True, True]
    # still a proposal: a person confirms it before anything moves
    assert proposal.mapping["status"] == "proposed" and proposal.mapping["confirmed_by"] is None
    # a different engagement (another customer) gets the engine's own proposal
    other = _account(_propose(again, EngagementFolder(tmp_path / "runs" /
                                                                   "globex")).mapping)
    assert _column(other, "Phone")["target"] == "telephone1"
    assert phone["confidence"] > _column(other, "Phone")["confidence"]  # ranked above it
    assert _column(other, "STATE")["target"] == "address1_stateorprovince"
    assert _column(other, "Industry")["values"]["Finance"] is None
    assert not (tmp_path / "runs" / "globex" / "learned.yml").exists()


def test_confirming_the_learned_proposal_learns_nothing_new_and_going_back_forgets(
        tmp_path, exports):
    first, again = exports
    folder = _corrected(tmp_path, first)
    proposal = _propose(again, folder)
    assert learn_from_confirmation(folder, confirm(proposal.mapping, "Bob")) == []
    assert len(load_learned(folder).corrections) == 3
    assert {c["by"] for c in load_learned(folder).corrections} == {ANALYST}
    # the analyst puts the phone back where the engine had it: the correction is forgotten
    editor = MappingEditor(proposal.mapping, _read(again)[0].tables, DEFS, folder.mapping)
    editor.set_target("account", "Phone", "telephone1")
    editor.confirm("Bob")
    assert [(c["column"], c.get("forgotten")) for c in editor.learned] == [("phone", True)]
    assert {c["column"] for c in load_learned(folder).corrections} == {"state", "industry"}


def test_a_column_whose_values_changed_kind_is_left_to_the_engine(tmp_path, exports):
    """The fingerprint: a correction made for phone numbers is not applied to a column of
    the same name that now holds email addresses."""
    first, again = exports
    folder = _corrected(tmp_path, first)
    changed = tmp_path / "export-3"
    shutil.copytree(again, changed)
    df = pl.read_csv(changed / "companies.csv", infer_schema_length=0)
    df = df.with_columns(pl.format("desk{}@example.com", pl.int_range(pl.len())).alias("Phone"))
    df.write_csv(changed / "companies.csv")
    proposal = _propose(changed, folder)
    phone = next(a for a in proposal.learned if a.get("column") == "phone")
    assert not phone["applied"] and "email" in phone["why"]
    assert (_column(_account(proposal.mapping), "Phone") or {}).get("target") != "telephone2"


def test_the_mapping_step_learns_from_confirm_as_and_proposes_it_next_time(tmp_path, exports):
    from d365migrate.run import steps
    from d365migrate.run.context import RunContext

    first, again = exports

    def context(export: Path, run: str, decisions: dict[str, Any]) -> RunContext:
        params = tmp_path / f"{run}.yml"
        params.write_text(yaml.safe_dump({
            "engagement": "acme", "export": str(export), "objects": OBJECTS,
            "runs_dir": str(tmp_path / "runs"),
            "mapping": {"confirm_as": ANALYST, "decisions": decisions}}), encoding="utf-8")
        return RunContext.open(params, tmp_path / "runs" / "acme" / run)

    ctx = context(first, "run-1", {"choices": {"account.industrycode": {"Finance": 16}}})
    steps.mapping_step(ctx)
    kept = load_learned(ctx.engagement).corrections
    assert [(c["what"], c["value"], c["chosen"], c["by"]) for c in kept] == [
        ("choice", "Finance", 16, ANALYST)]
    # the customer's next export: a new proposal (no map kept for it), no decision given
    ctx.engagement.mapping.unlink()
    ctx2 = context(again, "run-2", {})
    mapping = steps.mapping_step(ctx2)
    industry = _column(_account(mapping), "Industry")
    assert industry["values"]["Finance"] == 16
    assert f"as confirmed by {ANALYST}" in industry["reason"]
    assert mapping["status"] == "confirmed"  # by confirm_as, as the parameters say


def test_cli_suggest_proposes_an_engagements_corrections_first(tmp_path, exports, capsys):
    first, again = exports
    folder = _corrected(tmp_path, first)
    out = tmp_path / "suggested.yml"
    assert cli.main(["suggest", str(again), "--out", str(out), "--objects", "account",
                     "--engagement", str(folder.root)]) == 0
    assert "3 correction(s) learned for this customer applied first" in capsys.readouterr().out
    account = _account(yaml.safe_load(out.read_text(encoding="utf-8")))
    assert _column(account, "Phone")["target"] == "telephone2"
    assert yaml.safe_load(folder.proposal.read_text(encoding="utf-8"))["mapping"]["tables"]


# -- the shared vocabulary ---------------------------------------------------------------------
def _learned_engagement(root: Path, name: str, target: str) -> Path:
    folder = EngagementFolder(root / name)
    learned = Learned()
    learned.upsert({"what": "column", "unit": "account", "table": "account", "kind": "account",
                    "column": "debitorkennung", "format": "string", "proposed": None,
                    "chosen": target, "transform": "text", "by": "x", "at": "2026-11-30"})
    learned.upsert({"what": "column", "unit": "account", "table": "account", "kind": "account",
                    "column": "tier", "format": "string", "proposed": None,
                    "chosen": "new_tier", "transform": "text", "by": "x", "at": "2026-11-30"})
    learned.save(folder.learned)
    return folder.root


KUNDEN = pl.DataFrame({"id": [str(i) for i in range(6)], "name": list("ABCDEF"),
                       "Debitorkennung": [f"K{i}" for i in range(6)]})


def _kunden_target(vocab_path: str | None) -> str | None:
    vocab = load_vocabulary.__wrapped__(vocab_path)
    got, _ = _suggest(KUNDEN, DEFS["account"], "companies", None, vocab, "id")
    return got["Debitorkennung"][0].target if got["Debitorkennung"] else None


def test_vocabulary_candidates_are_a_patch_and_change_nothing_until_applied(tmp_path, capsys):
    installed = installed_vocabulary()
    before = hashlib.sha256(installed.read_bytes()).hexdigest()
    engagements = [_learned_engagement(tmp_path, "a", "accountnumber"),
                   _learned_engagement(tmp_path, "b", "accountnumber"),
                   _learned_engagement(tmp_path, "c", "description")]
    patch = tmp_path / "vocabulary-patch.yml"
    assert cli.main(["vocabulary", "propose", *map(str, engagements), "--out",
                     str(patch)]) == 0
    assert "data/synonyms.yml is unchanged" in capsys.readouterr().out
    candidates = yaml.safe_load(patch.read_text(encoding="utf-8"))["candidates"]
    by_target = {c["target"]: c for c in candidates}
    assert set(by_target) == {"accountnumber", "description"}  # new_tier: one customer's column
    assert by_target["accountnumber"] == {
        "column": "debitorkennung", "table": "account", "target": "accountnumber",
        "engagements": 2, "chose_otherwise": {"description": 1}, "vocabulary_now": [],
        "accept": True}
    assert by_target["description"]["accept"] is False
    for e in engagements:  # no engagement name in a file meant for the shared vocabulary
        assert f"/{e.name}" not in patch.read_text(encoding="utf-8")
    # proposing changed nothing: the installed vocabulary and every engagement's suggestions
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == before
    assert _kunden_target(None) is None
    # a person applies it to a copy; the copy reads as the engine would read it
    copy = tmp_path / "synonyms.yml"
    assert cli.main(["vocabulary", "apply", str(patch), "--to", str(copy), "--reviewed-by",
                     "Rita Reviewer"]) == 0
    assert _kunden_target(str(copy)) == "accountnumber"
    assert "reviewed by Rita Reviewer" in copy.read_text(encoding="utf-8")
    assert _kunden_target(None) is None  # the installed one changes only by a commit
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == before
    with pytest.raises(MappingError, match="installed vocabulary"):
        apply_patch(patch, installed, "Rita Reviewer")


def test_applying_a_candidate_for_a_known_name_keeps_its_other_tables(tmp_path):
    """'company' already names columns of five tables: the reviewed target goes first for
    one table, the others stay."""
    patch = tmp_path / "p.yml"
    patch.write_text(yaml.safe_dump({"candidates": [
        {"column": "company", "table": "lead", "target": "description", "engagements": 3,
         "accept": True},
        {"column": "company", "table": "contact", "target": "jobtitle", "accept": False}]}),
        encoding="utf-8")
    copy = tmp_path / "synonyms.yml"
    applied = apply_patch(patch, copy, "Rita Reviewer")
    assert [c["target"] for c in applied] == ["description"]
    vocab = load_vocabulary.__wrapped__(str(copy))
    assert vocab.columns["company"]["lead"] == ["description", "companyname"]
    assert vocab.columns["company"]["contact"] == ["parentcustomerid"]
    assert vocab.columns["company"]["opportunity"] == ["customerid", "parentaccountid"]
    installed = load_vocabulary()
    assert {k: v for k, v in vocab.columns.items() if k != "company"} == {
        k: v for k, v in installed.columns.items() if k != "company"}


def test_a_file_put_in_another_entry_is_kept_and_proposed_again(tmp_path, exports):
    """The analyst puts another file in an entry (the YAML's source): the next proposal
    takes that file for it, saying why; a confirmation of another map teaches nothing."""
    first, again = exports
    folder = EngagementFolder(tmp_path / "runs" / "acme")
    proposal = _propose(first, folder)
    edited = proposal.mapping
    contact = next(t for t in edited["tables"] if t["target"] == "contact")
    assert contact["source"] == "contacts"
    contact["source"] = "leads"  # this customer's people are in its leads file
    learned = learn_from_confirmation(folder, confirm(edited, ANALYST))
    assert [(c["what"], c["unit"], c["proposed"], c["chosen"]) for c in learned] == [
        ("table", "contact", "contacts", "leads")]
    nxt = next(t for t in _propose(again, folder).mapping["tables"] if t["target"] == "contact")
    assert nxt["source"] == "leads" and f"as confirmed by {ANALYST}" in nxt["reason"]
    other = dict(confirm(proposal.mapping, ANALYST), proposed_at="2020-01-01T00:00:00+00:00")
    assert learn_from_confirmation(folder, other) == []


@pytest.mark.parametrize(("was", "now", "same"), [
    ("phone", "email", False), ("date", "integer", False), ("phone", "phone", True),
    ("integer", "decimal", True), ("date", "datetime", True), ("phone", "integer", True),
    ("email", "empty", True), ("string", "url", True)])
def test_the_fingerprint_compares_kinds_of_values_not_values(was, now, same):
    from d365migrate.mapping.learned import same_kind_of_values

    assert same_kind_of_values(was, now) is same


def test_a_candidate_named_like_a_yaml_word_or_not_in_english_stays_a_name(tmp_path):
    patch = tmp_path / "p.yml"
    patch.write_text(yaml.safe_dump({"candidates": [
        {"column": "no", "table": "account", "target": "accountnumber", "accept": True},
        {"column": "straße", "table": "account", "target": "address1_line1", "accept": True},
        {"column": "x: [y]", "table": "account", "target": "name", "accept": False}]}),
        encoding="utf-8")
    copy = tmp_path / "synonyms.yml"
    apply_patch(patch, copy, "Rita Reviewer")
    vocab = load_vocabulary.__wrapped__(str(copy))
    assert vocab.columns["no"]["account"] == ["accountnumber"]
    assert vocab.columns["straße"]["account"] == ["address1_line1"]
    bad = tmp_path / "bad.yml"
    bad.write_text(yaml.safe_dump({"candidates": [
        {"column": "x: [y]", "table": "account", "target": "name", "accept": True}]}),
        encoding="utf-8")
    with pytest.raises(MappingError, match="not a name"):
        apply_patch(bad, tmp_path / "other.yml", "Rita Reviewer")


def test_a_learned_file_that_is_not_one_is_refused_naming_it(tmp_path):
    folder = EngagementFolder(tmp_path)
    folder.learned.write_text("corrections: 3\n", encoding="utf-8")
    with pytest.raises(MappingError, match="learned.yml"):
        load_learned(folder)
