"""A link written as another unique column of the parent than its id (issue 13: X2CRM's
contacts name their account by its ``nameId``), on made-up data: found by discovery,
proposed as the lookup by that column, resolved in staging, and decided in the parameters
(``links: {contact.parentcustomerid: {to: account, source: ..., by: ...}}``)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import MappingError, confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import LEFT_PREFIX, stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text()) for n in ("account", "contact")}

#: Firms with a code of their own ('ORB-7'), unique, that is not their id.
FIRMS = pl.DataFrame({"id": ["11", "12", "13", "14"],
                      "name": ["Orbital Ltd", "Quill & Co", "Tern Works", "Vale"],
                      "code": ["ORB-7", "QUI-2", "TER-9", "VAL-4"],
                      "email": ["a@orb.test", "b@quill.test", "c@tern.test", "d@vale.test"]})
#: People naming their firm by its code ('' and a code of no firm: no link, counted).
PEOPLE = pl.DataFrame({
    "id": ["1", "2", "3", "4", "5", "6", "7"],
    "first_name": ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"],
    "last_name": ["Ames", "Bell", "Cole", "Dunn", "Eyre", "Ford", "Gale"],
    "company": ["ORB-7", "orb-7 ", "QUI-2", "TER-9", "", "VAL-4", "TER-9"],
    "email": ["ann@x.test", "bo@x.test", "cy@x.test", "di@x.test", "ed@x.test",
              "flo@x.test", "gus@x.test"]})


def _export(people: pl.DataFrame = PEOPLE) -> Export:
    return Export(Path("."), {"companies": FIRMS, "people": people})


def _proposal(ex: Export) -> dict:
    return propose_mapping(ex, discover(ex), DEFS, ["account", "contact"],
                           source_id_column="new_sourceid").mapping


def test_discovery_finds_a_link_by_a_unique_column_that_is_not_the_id():
    d = discover(_export())
    (rel,) = [r for r in d.relationships if r.from_ == "people.company" and r.match_rate]
    assert (rel.to, rel.kind, rel.rows, rel.matched) == ("companies.code", "name", 6, 6)
    # the same field kept in two files is not a link, nor are blanks a match
    assert not [r for r in d.relationships if r.from_ == "people.email"]


def test_no_link_when_few_values_match_or_two_files_explain_them():
    few = PEOPLE.with_columns(pl.Series("company", ["ORB-7", "x1", "x2", "x3", "x4", "x5",
                                                     "x6"]))
    assert not [r for r in discover(_export(few)).relationships
                if r.from_ == "people.company" and r.match_rate]
    twice = Export(Path("."), {"companies": FIRMS, "people": PEOPLE,
                               "organizations": FIRMS.with_columns(
                                   pl.Series("id", ["91", "92", "93", "94"]))})
    assert not [r for r in discover(twice).relationships
                if r.from_ == "people.company" and r.match_rate]


def test_a_file_copying_several_columns_of_another_is_not_linked_to_it():
    # a report joining each person to their firm: firm code, firm email and firm name all
    # found in the firms file are its rows copied, not links by those columns
    joined = PEOPLE.with_columns(
        pl.Series("firm_mail", ["a@orb.test", "a@orb.test", "b@quill.test", "c@tern.test",
                                "", "d@vale.test", "c@tern.test"]))
    rels = [r for r in discover(_export(joined)).relationships
            if r.source == "people" and r.target_source == "companies" and r.match_rate]
    assert not rels
    # and a name link beside it (the name rule's) leaves the code to be the same firm again
    named = PEOPLE.with_columns(pl.Series("company_name", [
        "Orbital Ltd", "Orbital Ltd", "Quill & Co", "Tern Works", "", "Vale", "Tern Works"]))
    rels = [r for r in discover(_export(named)).relationships
            if r.source == "people" and r.target_source == "companies" and r.match_rate]
    assert [r.to for r in rels] == ["companies.name"]


def test_the_lookup_by_that_column_is_proposed_and_resolved_in_staging():
    ex = _export()
    mapping = _proposal(ex)
    (lk,) = [lk for lk in table_map(mapping, "contact")["lookups"]
             if lk["target"] == "parentcustomerid"]
    assert (lk["table"], lk["source"], lk["references"]) == ("account", "company", "companies.id")
    assert lk["fallbacks"] == [{"source": "company", "match": "name", "references": "code"}]
    staged = stage_table(confirm(mapping, "analyst"), "contact", dict(ex.tables),
                         {"people": "people.csv"})
    refs = dict(zip(staged.staged["__source_id"].to_list(),
                    staged.staged["__ref__" + lk["navigation"]].to_list(), strict=True))
    assert refs == {"1": "11", "2": "11", "3": "12", "4": "13", "5": None, "6": "14",
                    "7": "13"}


def test_a_link_decided_by_a_column_of_the_parent():
    # ids that look like the codes' numbers: a decided 'by' link never matches them as ids
    firms = FIRMS.with_columns(pl.Series("code", ["7", "2", "9", "4"]))
    people = PEOPLE.with_columns(pl.Series("company", ["7", "7", "2", "9", "", "4", "x"]))
    ex = Export(Path("."), {"companies": firms, "people": people})
    mapping = _proposal(ex)
    bound = apply_decisions(mapping, {"links": {"contact.parentcustomerid": {
        "to": "account", "source": "company", "by": "code"}}},
        table_def=lambda n: DEFS[n])
    (lk,) = [lk for lk in table_map(bound, "contact")["lookups"]
             if lk["target"] == "parentcustomerid"]
    assert lk["by"] == "code" and "code of the account records" in lk["reason"]
    staged = stage_table(confirm(bound, "analyst"), "contact", dict(ex.tables),
                         {"people": "people.csv"})
    assert staged.staged["__ref__" + lk["navigation"]].to_list() == [
        "11", "11", "12", "13", None, "14", None]
    assert staged.lookup_stats[lk["navigation"]] == {"by_id": 0, "by_fallback": 5,
                                                     "orphan": 1, "empty": 1}
    with pytest.raises(MappingError, match="has no column 'ticker'"):
        apply_decisions(mapping, {"links": {"contact.parentcustomerid": {
            "to": "account", "source": "company", "by": "ticker"}}},
            table_def=lambda n: DEFS[n])


def test_a_link_the_map_leaves_out_marks_the_records_that_move_without_it():
    # companies named by something no file of the export holds: no link, and the records
    # whose column names one are marked, so the reconciliation counts them (never 0)
    people = PEOPLE.with_columns(pl.Series("company", ["Nox", "Nox", "", None, "Pim", "Qua",
                                                       "Rho"]))
    ex = _export(people)
    mapping = _proposal(ex)
    contact = table_map(mapping, "contact")
    assert [u["target"] for u in contact["unresolved_lookups"]] == ["parentcustomerid"]
    assert "compared them with the unique columns of its 2 files of records" in \
        contact["unmapped_reasons"]["company"]
    staged = stage_table(confirm(mapping, "analyst"), "contact", dict(ex.tables),
                         {"people": "people.csv"})
    assert staged.staged[LEFT_PREFIX + "parentcustomerid"].to_list() == [
        True, True, None, None, True, True, True]


def test_the_report_says_how_many_records_moved_without_a_link_left_out():
    from d365migrate.report.sponsor_facts import columns_not_carried

    why = ("would be the lookup parentcustomerid, but discovery matched none of its values "
           "to a record of the export: it compared them with ...")
    mapping = {"tables": [{"name": "contact", "target": "contact", "unmapped": ["company"],
                           "unmapped_reasons": {"company": why},
                           "unresolved_lookups": [{"source": "company",
                                                   "target": "parentcustomerid"}]}]}
    (said,) = columns_not_carried(mapping, {"contact": {"parentcustomerid": 1148}})
    assert said["reason"].endswith("of each file of records): 1,148 records moved without it")
    assert "holds none" not in said["reason"]


def test_the_reconciliation_counts_links_left_on_records_in_the_org(tmp_path: Path):
    from types import SimpleNamespace

    from d365migrate.report.safe_files import write_csv
    from d365migrate.runfolder import RunFolder
    from d365migrate.verify.reconcile import links_left

    folder = RunFolder(tmp_path)
    folder.staged("contact").parent.mkdir(parents=True, exist_ok=True)
    pl.DataFrame({"__source_id": ["1", "2", "3", "4"],
                  LEFT_PREFIX + "parentcustomerid": [True, None, True, True]}
                 ).write_parquet(folder.staged("contact"))
    failed = folder.issues("failed", "contact")
    failed.parent.mkdir(parents=True, exist_ok=True)
    write_csv(pl.DataFrame({"source_id": ["4"], "reason": ["refused"]}), failed)
    # record 4 failed: it is not in the org, so it moved without nothing
    assert links_left(SimpleNamespace(folder=folder), "contact") == {"parentcustomerid": 2}


def _run(params: Path, run_dir: Path) -> dict:
    """One run by its steps, recorded as succeeded (so that the next one is a delta)."""
    from d365migrate.run import steps
    from d365migrate.run.context import RunContext, write_run_json

    ctx = RunContext.open(params, run_dir)
    for step in (steps.profile_step, steps.mapping_step, steps.stage_step):
        step(ctx)
    steps.load_step(ctx, progress=False)
    data = steps.reconcile_step(ctx)
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="succeeded")
    return data


def test_a_link_by_a_unique_column_moves_in_a_run_and_in_its_delta(tmp_path: Path):
    import yaml

    export = tmp_path / "export"
    export.mkdir()
    FIRMS.with_columns(pl.Series("website", ["orb.test", "quill.test", "tern.test",
                                             "vale.test"])).write_csv(export / "companies.csv")
    PEOPLE.write_csv(export / "contacts.csv")
    params = tmp_path / "params.yml"
    params.write_text(yaml.safe_dump({
        "engagement": "value-links", "export": str(export), "runs_dir": str(tmp_path / "runs"),
        "objects": ["account", "contact"], "destination": {"url": None},
        "mapping": {"confirm_as": "analyst"}}), encoding="utf-8")
    engagement = tmp_path / "runs" / "value-links"
    first = _run(params, engagement / "20261201T000001000000Z")
    assert first["balanced"], first
    staged = pl.read_parquet(engagement / "20261201T000001000000Z" / "staged" / "contact.parquet")
    (nav,) = [c.removeprefix("__ref__") for c in staged.columns if c.startswith("__ref__")]
    assert staged[f"__ref__{nav}"].drop_nulls().len() == 6
    # the export again: Gus moved to Vale, a newcomer at Quill
    people = pl.concat([PEOPLE.with_columns(
        pl.when(pl.col("id") == "7").then(pl.lit("VAL-4")).otherwise(pl.col("company"))
        .alias("company")), pl.DataFrame({"id": ["8"], "first_name": ["Hal"],
                                          "last_name": ["Hunt"], "company": ["QUI-2"],
                                          "email": ["hal@x.test"]})])
    people.write_csv(export / "contacts.csv")
    second_dir = engagement / "20261201T000002000000Z"
    second = _run(params, second_dir)
    assert second["balanced"], second
    contact = second["objects"]["contact"]
    assert (contact["created"], contact["updated"], contact["unchanged"], contact["verified"]) \
        == (1, 1, 6, 8)  # the newcomer created, Gus updated with his new firm
    refs = dict(zip(*[pl.read_parquet(second_dir / "staged" / "contact.parquet")[c].to_list()
                      for c in ("__source_id", f"__ref__{nav}")], strict=True))
    assert (refs["7"], refs["8"]) == ("14", "12")
    verification = json.loads((second_dir / "verification.json").read_text())
    assert verification["tables"]["contact"]["columns"]["parentcustomerid"] == 0
