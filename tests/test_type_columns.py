"""A note's or an activity's record written as two columns, the table and the id (CiviCRM's
'Note Entity' civicrm_contact beside 'Note Entity ID'; 'entity_table' / 'entity_id'; Odoo's
'res_model' / 'res_id'), issue 13. Made-up data.

Small integer ids of every table coincide, so the id alone says nothing of its table: the
table is read from the type column's values, each naming a file of the export (by its name,
else its kind), and the note attaches to that record (``objectid``), the activity is
regarding it (``regardingobjectid``), reaching the account or the contact that row became
where the file is split between them.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.type_columns import named_files, type_column
from d365migrate.mapping.propose import propose_mapping
from test_split_links import CONTACTS, _project, _verified

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

#: Ids 1-7 like the contacts': by their ids alone the notes name activities as well.
ACTIVITIES = pl.DataFrame({
    "Activity ID": [str(i) for i in range(1, 8)],
    "activity_type": ["Meeting", "Phone Call", "Meeting", "Email", "Phone Call", "Meeting",
                      "Email"],
    "Subject": [f"Follow-up {i}" for i in range(1, 8)],
    "Activity Date": [f"2020-01-0{i} 10:00:00" for i in range(1, 8)]})
NOTES = pl.DataFrame({
    "Note ID": ["1", "2", "3", "4", "5"],
    "Note Entity": ["crm_contact"] * 5,
    "Note Entity ID": ["3", "1", "5", "2", "7"],   # people 3, 5, 7; organisations 1, 2
    "Note": ["Call back in May", "Annual gala sponsor", "Prefers e-mail",
             "Board meeting minutes", "Moved to Oslo"],
    "Subject": ["Call", "Gala", "E-mail", "Board", "Moved"]})


def _parents(run_dir: Path) -> dict[str, dict[str, str]]:
    """Per staged note, the table its ``objectid`` names and the source id named."""
    staged = pl.read_parquet(run_dir / "staged" / "note.parquet")
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    entry = next(t for t in mapping["tables"] if t.get("name") == "note")
    out: dict[str, dict[str, str]] = {}
    for lk in entry["lookups"]:
        for sid, ref in staged.select("__source_id", "__ref__" + lk["navigation"]).iter_rows():
            if ref is not None and lk["target"] == "objectid":
                out.setdefault(sid, {})[lk["table"]] = ref
    return out


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_type_column_beside_an_id_and_the_files_its_values_name() -> None:
    assert type_column(NOTES.columns, "Note Entity ID") == "Note Entity"
    assert type_column(["entity_table", "entity_id", "note"], "entity_id") == "entity_table"
    assert type_column(["res_model_id/id", "res_id", "summary"], "res_id") == "res_model_id/id"
    assert type_column(["commentableType", "commentableId"], "commentableId") == \
        "commentableType"
    assert type_column(["Note", "Note ID"], "Note") is None   # no id word: no id column
    kinds = {"Contact": "contact", "Activity": "activity", "LeadOpportunity (crm.lead)": "lead",
             "deals": "deal", "GroupContact": "unknown"}
    assert named_files(pl.Series(["civicrm_contact", "civicrm_contact", "crm.lead",
                                  "Opportunity", "civicrm_pledge"]), kinds) == {
        "civicrm_contact": "Contact", "crm.lead": "LeadOpportunity (crm.lead)",
        "Opportunity": "deals"}
    # words that name no file on most rows: no type column
    assert named_files(pl.Series(["Home", "Work", "Home", "Lead"]), kinds) == {}


def test_notes_attach_to_the_record_their_type_column_names_not_the_ids_lookalike(
        root: Path) -> None:
    export = Export(Path("."), {"Contact": CONTACTS, "Activity": ACTIVITIES, "Note": NOTES})
    rels = [r for r in discover(export).relationships if r.source == "Note"]
    assert [(r.to, r.kind, r.via) for r in rels] == [
        ("Contact.Contact ID", "polymorphic", "Note Entity")]
    run_dir = _project(root, "civinotes", {"Contact.csv": CONTACTS, "Activity.csv": ACTIVITIES,
                                           "Note.csv": NOTES}, ["account", "contact", "note"],
                       {"columns": {"account.customertypecode": None}})
    # each note on the account or the contact its row of the contacts file became
    assert _parents(run_dir) == {
        "1": {"contact": "3"}, "2": {"account": "1"}, "3": {"contact": "5"},
        "4": {"account": "2"}, "5": {"contact": "7"}}
    _verified(run_dir, "note", "objectid")
    out = json.loads((run_dir / "reconciliation.json").read_text())["objects"]
    assert (out["note"]["source"], out["note"]["loaded"], out["note"]["unresolved_lookups"]) \
        == (5, 5, 0)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    note = next(t for t in mapping["tables"] if t["target"] == "annotation")
    assert {(lk["table"], lk["where"]["column"], tuple(lk["where"]["in"]))
            for lk in note["lookups"]} == {("account", "Note Entity", ("crm_contact",)),
                                           ("contact", "Note Entity", ("crm_contact",))}


def test_an_activity_is_regarding_the_record_its_type_column_names() -> None:
    people = CONTACTS.filter(pl.col("Contact Type") == "Individual").drop("Contact Type")
    deals = pl.DataFrame({"Deal ID": ["1", "2", "3"], "Deal Name": ["Gala", "Audit", "Fund"],
                          "Amount": ["100", "200", "300"],
                          "Stage": ["Qualify", "Propose", "Propose"],
                          "Close Date": ["2020-02-01", "2020-03-01", "2020-04-01"]})
    calls = ACTIVITIES.with_columns(
        pl.Series("entity_table", ["crm_deal", "crm_contact", "crm_deal", "crm_contact",
                                   "crm_contact", "crm_deal", "crm_contact"]),
        pl.Series("entity_id", ["1", "3", "2", "4", "5", "3", "7"]))
    export = Export(Path("."), {"contacts": people, "deals": deals, "activities": calls})
    defs = {t: json.loads((TABLES / f"{t}.json").read_text())
            for t in ("contact", "opportunity", "phonecall", "appointment")}
    mapping = propose_mapping(export, discover(export), defs,
                              ["contact", "opportunity", "phonecall", "appointment"],
                              source_id_column="new_sourceid").mapping
    for unit in ("phonecall", "appointment"):
        entry = next(t for t in mapping["tables"] if t.get("name") == unit)
        assert {(lk["table"], tuple(lk["where"]["in"])) for lk in entry["lookups"]
                if lk["target"] == "regardingobjectid"} == {
            ("contact", ("crm_contact",)), ("opportunity", ("crm_deal",))}, unit
