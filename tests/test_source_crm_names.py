"""What the tool writes into the org and shows people names the export's CRM (issue 13):
``source: {crm: HubSpot}`` gives the org "HubSpot ID" columns, a "HubSpot pipeline" column,
custom columns "Migrated from HubSpot ..." and deals "closed in HubSpot". Logical names stay
(``new_smartdeskid``): a later run finds its columns and keys by them, whatever the label,
and creates or renames nothing. Runs against the in-process emulator."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import pytest
import yaml

from d365migrate.cli import main
from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load import closes
from d365migrate.load.closes import Close, close_action
from d365migrate.load.delta import UnitDelta
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.mapping.manifest import (
    MANIFEST_SCHEMA,
    apply_manifest,
    attribute_definition,
    named_for,
    read_manifest,
    write_manifest,
)
from d365migrate.mapping.pipelines import LABEL
from d365migrate.run.context import RunContext
from d365migrate.run.runner import ensure_export
from dataverse_emulator import create_app
from engagements import demo_parameters, run_steps

COLUMN = "new_smartdeskid"
TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def label(value: dict[str, Any] | None) -> str | None:
    return ((value or {}).get("LocalizedLabels") or [{}])[0].get("Label")


class Recorder:
    """Every metadata write a client sends (method, path): creates, renames, deletes."""

    def __init__(self, client: DataverseClient) -> None:
        self.writes: list[tuple[str, str]] = []
        send = client.send

        def recording(method: str, path: str, *a: Any, **kw: Any) -> Any:
            if method != "GET" and path.startswith("EntityDefinitions"):
                self.writes.append((method, path))
            return send(method, path, *a, **kw)

        client.send = recording  # type: ignore[method-assign]


def org(tmp_path: Path) -> DataverseClient:
    app = create_app(str(tmp_path / "org.sqlite"))
    return DataverseClient("https://org.example.crm.dynamics.com", StaticToken(),
                           transport=httpx.WSGITransport(app=app))


def source_id_labels(client: DataverseClient, table: str) -> tuple[Any, ...]:
    td = client.entity_definition(table)
    attr = next(a for a in td["Attributes"] if a["LogicalName"] == COLUMN)
    key = next(k for k in td["Keys"] if k["KeyAttributes"] == [COLUMN])
    return label(attr["DisplayName"]), label(attr["Description"]), label(key["DisplayName"])


def test_the_source_id_column_and_key_are_labelled_in_the_crm_s_name(tmp_path):
    client = org(tmp_path)
    ensure_source_id_column(client, client.entity_definition("account"), COLUMN,
                            source_crm="HubSpot")
    assert source_id_labels(client, "account") == (
        "HubSpot ID", "Id of the record in HubSpot; keys idempotent migration loads.",
        "HubSpot ID key")
    # a later run under another name finds both by logical name: nothing created or renamed
    seen = Recorder(client)
    made: list[dict[str, str]] = []
    ensure_source_id_column(client, client.entity_definition("account"), COLUMN, made,
                            source_crm="Pipedrive")
    assert (seen.writes, made) == ([], [])
    assert source_id_labels(client, "account")[0] == "HubSpot ID"
    # without a name: the default CRM, as before
    ensure_source_id_column(client, client.entity_definition("contact"), COLUMN)
    assert source_id_labels(client, "contact")[0] == "SmartDesk ID"


def test_a_closed_deal_or_case_says_which_crm_it_closed_in():
    def table(name: str) -> dict[str, Any]:
        td = json.loads((TABLES / f"{name}.json").read_text())
        return td.get("value", td)

    rid = "00000000-0000-0000-0000-000000000001"
    won = close_action(table("opportunity"), Close("d1", rid, 1, 3), {"name": "Big deal"},
                       "HubSpot")
    assert won is not None
    assert won.body["OpportunityClose"]["subject"] == "Big deal closed in HubSpot"
    lost = close_action(table("opportunity"), Close("d1", rid, 2, 4), {"name": "Big deal"})
    assert lost is not None
    assert lost.body["OpportunityClose"]["subject"] == "Big deal closed in SmartDesk"
    case = close_action(table("incident"), Close("c1", rid, 1, 5), {"title": "Printer"},
                        "Zendesk")
    assert case is not None
    assert case.body["IncidentResolution"]["subject"] == "Printer resolved in Zendesk"


def manifest() -> pl.DataFrame:
    rows = [{"object": "deal", "source_table": "deals", "source_column": "pipeline",
             "target_table": "opportunity", "label": LABEL, "source_type": "choice",
             "dataverse_type": "Picklist", "logical_name": "new_smartdeskpipeline",
             "schema_name": "new_SmartDeskPipeline", "options": json.dumps(
                 [{"label": "Sales", "value": 100000000}]), "defined": True, "create": True},
            {"object": "company", "source_table": "companies", "source_column": "cf_tier",
             "target_table": "account", "label": "Tier", "source_type": "text",
             "dataverse_type": "String", "logical_name": "new_tier",
             "schema_name": "new_Tier", "max_length": 100, "defined": True, "create": True}]
    return pl.DataFrame([{k: r.get(k) for k in MANIFEST_SCHEMA} for r in rows],
                        schema=MANIFEST_SCHEMA)


def test_custom_columns_are_labelled_and_described_in_the_crm_s_name(tmp_path):
    assert LABEL == "SmartDesk pipeline"  # what the proposal writes, not knowing the CRM
    client = org(tmp_path)
    out = apply_manifest(client, manifest(), "HubSpot")
    assert out["created"] == 2
    attrs = {a["LogicalName"]: a for a in client.entity_definition("opportunity")["Attributes"]}
    pipeline = attrs["new_smartdeskpipeline"]
    assert label(pipeline["DisplayName"]) == "HubSpot pipeline"
    assert label(pipeline["Description"]) == "Migrated from HubSpot deal.pipeline"
    tier = next(a for a in client.entity_definition("account")["Attributes"]
                if a["LogicalName"] == "new_tier")
    assert (label(tier["DisplayName"]), label(tier["Description"])) == (
        "Tier", "Migrated from HubSpot company.cf_tier")
    # a second run, named otherwise: found by logical name, nothing created or renamed
    seen = Recorder(client)
    again = apply_manifest(client, manifest(), "Pipedrive")
    assert (again["created"], again["existing"], seen.writes) == (0, 2, [])
    # the manifest a person reviews says the same
    paths = write_manifest(manifest(), tmp_path / "m", crm="HubSpot")
    assert read_manifest(paths["csv"])["label"].to_list() == ["HubSpot pipeline", "Tier"]
    assert json.loads(paths["json"].read_text())[0]["label"] == "HubSpot pipeline"
    # a label a person changed stays; the default CRM changes nothing
    edited = manifest().with_columns(pl.lit("Sales process").alias("label"))
    assert named_for(edited, "HubSpot")["label"].to_list() == ["Sales process"] * 2
    assert named_for(manifest())["label"].to_list() == [LABEL, "Tier"]
    body = attribute_definition(named_for(manifest(), "Zoho").row(0, named=True), "Zoho")
    assert (label(body["DisplayName"]), body["SchemaName"]) == (
        "Zoho pipeline", "new_SmartDeskPipeline")  # the schema name stays


def test_records_gone_from_the_export_are_deleted_in_its_crm(tmp_path, capsys):
    from d365migrate.cli import _print_delta
    from d365migrate.load.deletions import DeletionDecisions
    from d365migrate.load.delta import Delta
    from d365migrate.report.safe_files import read_csv
    from d365migrate.runfolder import RunFolder, write_json

    d = UnitDelta("account", deleted=[{"source_id": "7"}])
    assert d.records()["change"].to_list() == ["deleted in SmartDesk"]
    folder = RunFolder(tmp_path / "run")
    write_json(folder.run_json, {"source_crm": "HubSpot"})  # as the run records it
    delta = Delta(folder, None, full=True, reason="first run", decisions=DeletionDecisions())
    delta.units["account"] = d
    data = delta.write()
    assert data["source_crm"] == "HubSpot"
    assert "because they were deleted in HubSpot" in data["deleted_cannot_be_restored"]
    assert read_csv(folder.delta_records("account"))["change"].to_list() == [
        "deleted in HubSpot"]
    _print_delta(data)
    assert "1 record(s) deleted in HubSpot wait for a decision" in capsys.readouterr().out


def test_discover_names_the_crm_it_is_told(tmp_path, capsys):
    export = tmp_path / "export"
    export.mkdir()
    (export / "companies.csv").write_text(
        "company_id,name,domain\n1,Acme,acme.example\n2,Globex,globex.example\n",
        encoding="utf-8")
    assert main(["discover", str(export), "--out", str(tmp_path / "out"),
                 "--crm", "HubSpot"]) == 0
    page = (tmp_path / "out" / "scope.html").read_text(encoding="utf-8")
    assert "Migration scope: HubSpot" in page and "SmartDesk" not in page
    assert main(["discover", str(export), "--out", str(tmp_path / "out2")]) == 0
    assert "Migration scope: SmartDesk" in (tmp_path / "out2" / "scope.html").read_text(
        encoding="utf-8")
    with pytest.raises(SystemExit):  # a name, not markup (as the parameters' source.crm)
        main(["discover", str(export), "--out", str(tmp_path / "out3"), "--crm", "<b>x</b>"])
    assert "source.crm must be the CRM's name" in capsys.readouterr().err


OBJECTS = ["account", "contact", "opportunity"]


def hubspot_engagement(root: Path, crm: str) -> Path:
    params = demo_parameters(root, "hub", seed=7, scale=0.05, objects=OBJECTS,
                             source={"crm": crm})
    raw = yaml.safe_load(params.read_text())
    choices = raw["mapping"]["decisions"]["choices"]
    raw["mapping"]["decisions"]["choices"] = {
        k: v for k, v in choices.items() if k.partition(".")[0] in OBJECTS}
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    return params


def test_a_run_writes_the_crm_s_name_into_the_org_and_a_rerun_renames_nothing(
        tmp_path, monkeypatch):
    subjects: list[str] = []
    real = closes.close_action

    def spy(*a: Any, **kw: Any) -> Any:
        action = real(*a, **kw)
        if action is not None:
            subjects.append(action.body["OpportunityClose"]["subject"])
        return action

    monkeypatch.setattr(closes, "close_action", spy)
    params = hubspot_engagement(tmp_path, "HubSpot")
    first = run_steps(params, tmp_path / "runs" / "hub" / "run-1", reconcile=False)
    assert subjects and all(s.endswith(" closed in HubSpot") for s in subjects)
    ctx = RunContext.open(params, first)
    try:
        client = ctx.client
        assert source_id_labels(client, "opportunity")[0] == "HubSpot ID"
        attrs = {a["LogicalName"]: a for a in
                 client.entity_definition("opportunity")["Attributes"]}
        assert label(attrs["new_smartdeskpipeline"]["DisplayName"]) == "HubSpot pipeline"
        custom = [a for n, a in attrs.items() if n.startswith("new_") and n != COLUMN]
        assert custom and all(label(a["Description"]).startswith("Migrated from HubSpot ")
                              for a in custom)
    finally:
        ctx.client.close()
    created = json.loads((first / "run.json").read_text())["schema_created"]
    assert {c["kind"] for c in created} >= {"column", "key"}
    # the same engagement, its CRM now named otherwise: every column and key is found by
    # its logical name; no metadata write at all, and the org's labels are as they were
    params = hubspot_engagement(tmp_path, "Pipedrive")
    writes: list[tuple[str, str]] = []
    send = DataverseClient.send

    def recording(self: DataverseClient, method: str, path: str, *a: Any, **kw: Any) -> Any:
        if method != "GET" and path.startswith("EntityDefinitions"):
            writes.append((method, path))
        return send(self, method, path, *a, **kw)

    monkeypatch.setattr(DataverseClient, "send", recording)
    second = run_steps(params, tmp_path / "runs" / "hub" / "run-2", reconcile=False)
    assert writes == []
    assert "schema_created" not in json.loads((second / "run.json").read_text())
    ctx = RunContext.open(params, second)
    try:
        assert source_id_labels(ctx.client, "account")[0] == "HubSpot ID"
    finally:
        ctx.client.close()


def test_the_reconciliation_page_counts_each_file_of_a_source_read_from_several(tmp_path):
    """reconciliation.json had each file's counts; the page showed the first file's name
    beside the rows of all three."""
    from types import SimpleNamespace

    from d365migrate.runfolder import RunFolder
    from d365migrate.verify.reconcile import render_reconciliation

    def row(name: str, file: str, source: int, **extra: Any) -> dict[str, Any]:
        return {"object": name, "table": name, "file": file, "source": source,
                "loaded": source - 1, "quarantined": 1, "failed": 0, "skipped": 0,
                "verified": source - 1, "balanced": True, "skipped_reasons": [], **extra}

    parts = [{"file": "contacts.csv", "rows": 5, "loaded": 5, "quarantined": 0, "failed": 0,
              "skipped": 0, "balanced": True},
             {"file": "contacts_2.csv", "rows": 3, "loaded": 2, "quarantined": 1,
              "failed": 0, "skipped": 0, "balanced": True}]
    data = {"run_dir": "runs/x/run-1", "engagement": "x", "balanced": True,
            "destination": {"url": "emulator", "kind": "embedded-emulator"},
            "objects": {"account": row("account", "companies.csv", 4),
                        "contact": row("contact", "contacts.csv", 8, files=parts)}}
    page = render_reconciliation(SimpleNamespace(folder=RunFolder(tmp_path)), data)
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "contacts.csv, contacts_2.csv" in text  # the object's row names every file
    assert "Source rows by file" in text
    assert "contact contacts.csv 5 5 0 0 0 True" in text
    assert "contact contacts_2.csv 3 2 1 0 0 True" in text
    assert "companies.csv 4" in text and "account companies.csv" not in \
        text.split("Source rows by file")[1]  # a source of one file: no per-file rows


def test_the_map_lists_the_files_a_source_is_read_from_outside_what_is_confirmed():
    from d365migrate.mapping.mapfile import (
        confirm,
        content_hash,
        require_confirmed,
        with_source_files,
    )

    mapping = {"source_id_column": COLUMN, "tables": [
        {"target": "contact", "source": "contacts", "columns": []},
        {"target": "account", "source": "companies", "columns": []}]}
    files = {"contacts": [{"file": "contacts.csv", "rows": 1200},
                          {"file": "contacts_2.csv", "rows": 3}],
             "companies": [{"file": "companies.csv", "rows": 9}]}
    listed = with_source_files(mapping, files)
    contact, account = listed["tables"]
    assert list(contact) == ["target", "source", "source_files", "columns"]
    assert contact["source_files"] == ["contacts.csv (1,200 rows)", "contacts_2.csv (3 rows)"]
    assert "source_files" not in account  # one file: nothing to list
    assert "source_files" not in mapping["tables"][0]  # the map given is left as it was
    # intake's, not the map's: listing (or relisting) the files needs no new confirmation
    confirmed = confirm(mapping, "Analyst")
    assert content_hash(with_source_files(confirmed, files)) == confirmed["content_hash"]
    require_confirmed(with_source_files(confirmed, {"contacts": files["contacts"][:1]}))
    assert "source_files" not in with_source_files(listed, {})["tables"][0]


def test_suggest_names_the_crm_and_lists_a_split_source_s_files(tmp_path, capsys,
                                                                   monkeypatch):
    from d365migrate.demo.sample_export import write_sample_export

    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    export = tmp_path / "export"
    write_sample_export(export, seed=7, scale=0.03)
    contacts = pl.read_csv(export / "contacts.csv", infer_schema=False)
    (export / "contacts.csv").unlink()
    contacts.head(10).write_csv(export / "contacts.csv")
    contacts.slice(10).write_csv(export / "contacts_2.csv")
    out = tmp_path / "map" / "mapping.yml"
    assert main(["suggest", str(export), "--out", str(out), "--crm", "HubSpot",
                 "--objects", "account,contact,opportunity"]) == 0
    assert "for HubSpot's fields" in capsys.readouterr().out
    manifest = json.loads((out.parent / "custom_fields_manifest.json").read_text())
    labels = {r["logical_name"]: r["label"] for r in manifest}
    assert labels["new_smartdeskpipeline"] == "HubSpot pipeline"
    (entry,) = [t for t in yaml.safe_load(out.read_text())["tables"]
                if t["target"] == "contact"]
    assert entry["source_files"] == ["contacts.csv (10 rows)",
                                     f"contacts_2.csv ({contacts.height - 10:,} rows)"]


def test_a_deal_deactivated_because_it_was_deleted_in_the_crm_closes_in_its_name(
        tmp_path, monkeypatch):
    from d365migrate.load.deletions import DeletionDecisions, settle_deleted
    from d365migrate.load.ledger import Ledger

    subjects: list[str] = []
    real = closes.close_action

    def spy(*a: Any, **kw: Any) -> Any:
        action = real(*a, **kw)
        subjects.append(action.body["OpportunityClose"]["subject"])
        return action

    monkeypatch.setattr(closes, "close_action", spy)
    client = org(tmp_path)
    td = ensure_source_id_column(client, client.entity_definition("opportunity"), COLUMN)
    client.create("opportunities", {"name": "Old deal", COLUMN: "D1"})
    deleted = [{"source_id": "D1"}]
    settle_deleted(client, td, "opportunity", deleted,
                   DeletionDecisions.parse({"opportunity": "deactivate"}), column=COLUMN,
                   ledger=Ledger(tmp_path / "ledger.jsonl"), before=pl.DataFrame(
                       {"__source_id": ["D1"], "name": ["Old deal"]}), source_crm="HubSpot")
    assert deleted[0]["outcome"] == "deactivated"
    assert subjects == ["Old deal closed in HubSpot"]
