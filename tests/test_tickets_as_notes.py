"""An org without the Case table (no Customer Service): each ticket becomes a note on its
company, else its contact, holding the ticket's fields and its whole thread in order; the
messages are accounted for as kept in those notes; the map, the preflight and the
reconciliation say where tickets went. The same run shows each deal keeping its pipeline in
the choice column the map proposal adds to opportunity.

A sample export (scale 0.3) goes through the real steps into the embedded emulator started
without the ``incident`` table (``destination.without_tables``, as ``d365migrate emulator
--without-tables incident``); the org is read back and compared with the export.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.dataverse.tables import label
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.load.identity import record_id
from d365migrate.mapping.mapfile import load_mapping
from d365migrate.run.context import RunContext, write_run_json
from d365migrate.staging.threads import ticket_thread
from engagements import demo_parameters, run_steps

ENGAGEMENT = "nocases"


def test_a_thread_is_listed_oldest_first_and_cut_with_a_count_when_too_long() -> None:
    tickets = pl.DataFrame({"id": ["T1", "T2"], "title": ["Printer", "Login"],
                            "status": ["Open", None]})
    messages = pl.DataFrame({"mid": ["m3", "m1", "m2", "m4"], "ticket": ["T1", "T1", "T1", "X"],
                             "sent": ["2024-01-03", "2024-01-01", "2024-01-02", "2024-01-01"],
                             "from": ["a@x", "b@x", "a@x", "c@x"],
                             "body": ["third", "first", "second", "other"]})
    spec = {"title": "title", "fields": ["status"],
            "thread": {"source": "msgs", "ticket": "ticket", "order": "sent", "key": "mid",
                       "body": "body", "people": ["from"]}}
    texts = ticket_thread(tickets, "id", spec, {"msgs": messages}).to_list()
    assert texts[0].startswith("Ticket T1: Printer\nstatus: Open\n")
    assert texts[0].index("first") < texts[0].index("second") < texts[0].index("third")
    assert "2024-01-01 | from: b@x\nfirst" in texts[0] and "other" not in texts[0]
    assert "Thread: 0 message(s)" in texts[1] and "status" not in texts[1]
    cut = ticket_thread(tickets, "id", spec, {"msgs": messages}, max_text=270).to_list()[0]
    assert len(cut) <= 270 and "first" in cut and "second" not in cut
    assert "(2 more message(s) did not fit in one note)" in cut


def parameters(root: Path) -> Path:
    raw = yaml.safe_load(demo_parameters(root, ENGAGEMENT, seed=None).read_text())
    choices = raw["mapping"]["decisions"]["choices"]
    for key in [k for k in choices if k.startswith("incident.")]:
        choices.pop(key)  # no case columns to decide: tickets go to notes
    raw["destination"] = {**raw["destination"], "without_tables": ["incident"]}
    path = root / "parameters" / f"{ENGAGEMENT}.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory,
            monkeypatch_module: pytest.MonkeyPatch) -> Path:
    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    root = tmp_path_factory.mktemp("nocases")
    write_sample_export(root / "runs" / ENGAGEMENT / "export", seed=5, scale=0.3)
    params = parameters(root)
    run_dir = root / "runs" / ENGAGEMENT / "run-1"
    first = RunContext.open(params, run_dir)
    write_run_json(first.folder, first.params, first.destination, status="running",
                   notebooks=[])
    return run_steps(params, run_dir, reconcile=False)


def context(run_dir: Path) -> RunContext:
    return RunContext.open(run_dir.parents[2] / "parameters" / f"{ENGAGEMENT}.yml", run_dir)


def test_the_map_routes_tickets_to_notes_and_folds_their_messages(run_dir: Path) -> None:
    mapping = load_mapping(run_dir / "mapping.yml")
    assert mapping["ticket_routing"] == "notes"
    entry = next(t for t in mapping["tables"] if t.get("name") == "incident")
    assert entry["target"] == "annotation"
    assert [lk["navigation"] for lk in entry["lookups"]] == ["objectid_account",
                                                            "objectid_contact"]
    messages = next(t for t in mapping["tables"] if t.get("name") == "case_email")
    assert messages["folded_into"] == "incident"
    findings = pl.read_csv(run_dir / "preflight.csv")
    assert findings.filter(pl.col("message").str.contains("tickets go to notes")).height == 1


def test_each_ticket_is_one_note_with_its_fields_and_whole_thread(run_dir: Path) -> None:
    export = run_dir.parents[1] / ENGAGEMENT / "export"
    tickets = pl.read_csv(export / "tickets.csv", infer_schema=False)
    messages = pl.read_csv(export / "ticket_messages.csv", infer_schema=False)
    phase = json.loads((run_dir / "phases" / "incident.json").read_text())
    assert phase["balanced"] and phase["loaded"] > 0
    ctx = context(run_dir)
    notes = {n["annotationid"]: n for n in ctx.client.query(
        "annotations", select=["annotationid", "subject", "notetext", "_objectid_value"])}
    accounts = {a["new_smartdeskid"]: a["accountid"] for a in ctx.client.query(
        "accounts", select=["accountid", "new_smartdeskid"])}
    contacts = {c["new_smartdeskid"]: c["contactid"] for c in ctx.client.query(
        "contacts", select=["contactid", "new_smartdeskid"])}
    checked = 0
    for t in tickets.unique("ticket_id", keep="first").iter_rows(named=True):
        note = notes.get(record_id("incident", t["ticket_id"].strip()))
        if note is None:
            continue
        checked += 1
        parent = accounts.get((t["company_id"] or "").strip()) or \
            contacts.get((t["contact_id"] or "").strip())
        assert note["_objectid_value"] == parent, t["ticket_id"]
        text = note["notetext"]
        if t["description"] and t["description"].strip():
            assert t["description"].strip() in text
        thread = messages.filter(pl.col("ticket_id").str.strip_chars() == t["ticket_id"].strip())
        bodies = [b.strip() for b in thread.sort("sent_at", "message_id")["body"].to_list()
                  if b and b.strip()]
        at = [text.index(b) for b in bodies]
        assert at == sorted(at), t["ticket_id"]  # the whole thread, oldest first
        assert f"Thread: {thread.height} message(s)" in text
    assert checked == phase["loaded"]
    ctx.client.close()


def test_messages_are_accounted_for_inside_the_notes_and_nothing_else_moves(
        run_dir: Path) -> None:
    phase = json.loads((run_dir / "phases" / "case_email.json").read_text())
    assert phase["balanced"] and phase["loaded"] == 0
    assert phase["skipped"] == phase["source"] > 0
    skipped = pl.read_csv(run_dir / "skipped" / "case_email.csv")
    assert skipped["reason"].str.contains("kept in its ticket's note").all()


def test_each_deal_keeps_its_pipeline_in_a_choice_column(run_dir: Path) -> None:
    """The map proposal adds a pipeline choice column to opportunity (one option a pipeline,
    created from the manifest); every loaded deal carries its pipeline's option."""
    export = run_dir.parents[1] / ENGAGEMENT / "export"
    pipes = pl.read_csv(export / "pipelines.csv", infer_schema=False)
    deals = pl.read_csv(export / "deals.csv", infer_schema=False)
    ctx = context(run_dir)
    column = ctx.client.entity_definition("opportunity")
    options = next(a for a in column["Attributes"]
                   if a["LogicalName"] == "new_smartdeskpipeline")
    assert options["AttributeType"] == "Picklist"
    names = dict(pipes.select("pipeline_id", "pipeline_name").unique().iter_rows())
    label_of = {o["Value"]: label(o["Label"]) for o in options["OptionSet"]["Options"]}
    assert sorted(label_of.values()) == sorted(set(names.values()))
    loaded = {r["new_smartdeskid"]: r.get("new_smartdeskpipeline") for r in ctx.client.query(
        "opportunities", select=["new_smartdeskid", "new_smartdeskpipeline"])}
    checked = 0
    for d in deals.unique("deal_id", keep="first").iter_rows(named=True):
        option = loaded.get(d["deal_id"].strip())
        if option is not None:
            checked += 1
            assert label_of[option] == names[d["pipeline_id"].strip()], d["deal_id"]
    assert checked == len(loaded) > 0
    ctx.client.close()


def test_the_scope_document_says_tickets_become_notes(run_dir: Path) -> None:
    html = (run_dir / "scope.html").read_text(encoding="utf-8")
    assert "holding the ticket&#39;s fields and its whole thread" in html or \
        "holding the ticket's fields and its whole thread" in html
    assert "Inside its ticket" in html and "SmartDesk pipeline" in html


def test_the_reconciliation_shows_tickets_landing_in_notes(run_dir: Path) -> None:
    from d365migrate.verify.reconcile import write_reconciliation

    ctx = context(run_dir)
    data = write_reconciliation(ctx)
    ctx.client.close()
    assert data["objects"]["incident"]["table"] == "annotation"
    assert data["objects"]["case_email"]["skipped_reasons"][0]["reason"].startswith(
        "kept in its ticket's note")
    assert data["balanced"]
    html = (run_dir / "reconciliation.html").read_text(encoding="utf-8")
    assert "annotation" in html and "kept in its ticket" in html
