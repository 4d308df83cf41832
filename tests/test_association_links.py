"""Links held in association tables (issue 13), on made-up data: a file of nothing but the ids
it joins fills a lookup of one side (a deal's customer = its contact, a contact's company),
proposed with its reason, one row per record by a documented rule, every row of the file
accounted and every link that points nowhere counted."""

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
from d365migrate.run.gates import link_outcomes
from d365migrate.staging.stage import stage_table
from d365migrate.verify.inventory import build_inventory
from engagements import run_steps

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "opportunity")}

COMPANIES = pl.DataFrame({"id": ["c1", "c2", "c3"], "name": ["Acme", "Globex", "Initech"]})
CONTACTS = pl.DataFrame({"id": ["p1", "p2", "p3", "p4"],
                         "first_name": ["Ann", "Bo", "Cy", "Di"],
                         "last_name": ["Ames", "Berg", "Cole", "Dunn"],
                         "email": ["ann@a.example", "bo@b.example", "cy@c.example",
                                   "di@d.example"]})
DEALS = pl.DataFrame({"deal_id": ["d1", "d2", "d3"], "deal_name": ["Web", "Print", "Audit"],
                      "amount": ["100", "200", "300"]})
#: d1 twice (the later row wins), d2 names a contact the export lacks, d9 no deal of it.
DEAL_CONTACT = pl.DataFrame({"deal_id": ["d1", "d1", "d2", "d9"],
                             "contact_id": ["p1", "p2", "p404", "p1"],
                             "updated_at": ["2024-03-01 10:00:00", "2024-05-01 09:00:00",
                                            "2024-01-01 00:00:00", "2024-01-01 00:00:00"]})
#: no date column: the first row of p1 wins; p3's company is not in the export; one blank.
CONTACT_COMPANY = pl.DataFrame({"contact_id": ["p1", "p1", "p2", "p3", None],
                                "company_id": ["c1", "c2", "c3", "c404", "c1"]})
FRAMES = {"companies": COMPANIES, "contacts": CONTACTS, "deals": DEALS,
          "deal_contact": DEAL_CONTACT, "contact_company": CONTACT_COMPANY}


def table_def(name: str) -> dict:
    return DEFS[name]


def proposal() -> dict:
    ex = Export(Path("."), dict(FRAMES))
    return propose_mapping(ex, discover(ex), DEFS, ["account", "contact", "opportunity"],
                           source_id_column="new_sourceid").mapping


def through_lookup(mapping: dict, unit: str, column: str) -> dict:
    (lk,) = [lk for lk in table_map(mapping, unit)["lookups"] if lk["target"] == column]
    return lk


def test_the_map_proposes_links_through_association_files_with_their_reason():
    mapping = proposal()
    deal = through_lookup(mapping, "opportunity", "customerid")
    assert deal["through"] == {"source": "deal_contact", "from": "deal_id",
                               "to": "contact_id", "order_by": "updated_at"}
    assert deal["navigation"] == "customerid_contact" and deal["required"] is True
    assert "one row per opportunity: the latest by updated_at" in deal["reason"]
    contact = through_lookup(mapping, "contact", "parentcustomerid")
    assert contact["through"]["order_by"] is None and not contact.get("required")
    assert "the first in the file" in contact["reason"]
    assert {a["source"] for a in mapping["associations"]} == {"deal_contact",
                                                               "contact_company"}
    # the association files are never records of their own
    assert {t["source"] for t in mapping["tables"]} == {"companies", "contacts", "deals"}


def test_one_row_per_record_by_the_rule_and_every_row_accounted():
    mapping = confirm(proposal(), "analyst")
    staged = stage_table(mapping, "opportunity", dict(FRAMES), {"deals": "deals.csv"})
    nav = "customerid_contact"
    refs = dict(zip(staged.staged["__source_id"].to_list(),
                    staged.staged["__ref__" + nav].to_list(), strict=True))
    assert refs == {"d1": "p2"}  # the later of d1's two rows
    # required: a deal whose contact is not in the export, or that has none, is quarantined
    reasons = dict(zip(staged.quarantined["source_id"].to_list(),
                       staged.quarantined["reason"].to_list(), strict=True))
    assert reasons == {"d2": "no customerid: 'p404' is not a contact of the export",
                       "d3": "no customerid: the export names no contact for it (the cell is "
                             "empty)"}
    through = staged.lookup_stats[nav]["through"]
    assert through["rows"] == 4 and through["used"] == 2
    assert through["used"] + sum(through["not_used"].values()) == through["rows"]
    assert through["not_used"] == {
        "its deal_id names no opportunity record of this run": 1,
        "another row for the same opportunity was used (the latest by updated_at)": 1}


def test_an_optional_link_through_an_association_loads_and_counts_what_points_nowhere():
    mapping = confirm(proposal(), "analyst")
    staged = stage_table(mapping, "contact", dict(FRAMES), {"contacts": "contacts.csv"})
    nav = "parentcustomerid_account"
    assert staged.staged.height == 4  # optional: every contact loads
    refs = dict(zip(staged.staged["__source_id"].to_list(),
                    staged.staged["__ref__" + nav].to_list(), strict=True))
    assert refs == {"p1": "c1", "p2": "c3", "p3": None, "p4": None}
    assert staged.lookup_stats[nav]["orphan"] == 1 and staged.lookup_stats[nav]["empty"] == 1
    # at load: p3's company names nothing of the export, counted, never 0
    counts, rows = link_outcomes(staged.staged, table_map(mapping, "contact")["lookups"],
                                 lambda t: {"c1", "c2", "c3"}, CONTACTS, "contacts.csv")
    assert counts["parentcustomerid"] == {"named": 3, "unresolved": 1}
    assert rows["value"].to_list() == ["c404"]
    assert "names no account of the export" in rows["reason"][0]
    summary = {"contact": {"source": "contacts", "source_rows": 4,
                           "lookups": staged.lookup_stats}}
    inv = build_inventory([{"source": "contact_company", "kind": "unknown", "rows": 5},
                           {"source": "contacts", "kind": "contact", "rows": 4}], summary, [])
    assoc = inv["files"][0]
    assert assoc["taken"] == {} and assoc["migrated"] is False
    assert assoc["linked"] == {"contact to its account": 3}
    assert assoc["reason"].startswith("association table, never loaded as records: 3 row(s) "
                                      "link each contact to its account; ")
    assert assoc["not_taken"] == 2
    assert "1 row(s) not used: another row for the same contact was used (the first in " \
           "the file)" in assoc["reason"]
    assert "no contact_id or no company_id" in assoc["reason"]
    assert inv["rows"] == inv["rows_taken"] + inv["rows_linked"] + inv["rows_not_taken"]


def test_a_decision_binds_or_overrides_an_association_link():
    mapping = proposal()
    bound = apply_decisions(mapping, {"links": {"opportunity.customerid": {
        "to": "contact", "through": {"source": "deal_contact", "order_by": None},
        "when_missing": "empty"}}}, table_def=table_def)
    lk = through_lookup(bound, "opportunity", "customerid")
    assert lk["through"] == {"source": "deal_contact", "from": "deal_id", "to": "contact_id",
                             "order_by": None}
    assert not lk.get("required") and "the first in the file" in lk["reason"]
    staged = stage_table(confirm(bound, "analyst"), "opportunity", dict(FRAMES),
                         {"deals": "deals.csv"})
    assert staged.staged.height == 3  # when_missing: empty, allowed for ApplicationRequired
    refs = dict(zip(staged.staged["__source_id"].to_list(),
                    staged.staged["__ref__customerid_contact"].to_list(), strict=True))
    assert refs == {"d1": "p1", "d2": None, "d3": None}
    with pytest.raises(MappingError, match="name the columns of nowhere"):
        apply_decisions(mapping, {"links": {"opportunity.customerid": {
            "to": "contact", "through": "nowhere"}}}, table_def=table_def)


def test_public_exports_association_tables_fill_their_links():
    """Intercom's contact-company history gives each contact its company; HubSpot's
    deal_contact_data each deal its Potential Customer. Their sample rows mostly name records
    the samples lack: every row is accounted and the link that points nowhere counted."""
    from d365migrate.intake.read import read_export
    from test_public_exports import _export_dir

    folders = {n: _export_dir(n) for n in ("intercom-fivetran", "hubspot-fivetran")}
    if None in folders.values():
        pytest.skip("public exports absent (see tests/data/exports/*/SOURCE.md)")
    ex = read_export(folders["intercom-fivetran"])
    mapping = propose_mapping(ex, discover(ex), DEFS, ["account", "contact"],
                              source_id_column="new_sourceid").mapping
    lk = through_lookup(mapping, "contact", "parentcustomerid")
    assert lk["through"] == {"source": "contact_company_history_data", "from": "contact_id",
                             "to": "company_id", "order_by": "contact_updated_at"}
    staged = stage_table(confirm(mapping, "analyst"), "contact", ex.tables)
    stats = staged.lookup_stats["parentcustomerid_account"]
    assert stats["through"]["rows"] == 9 == stats["through"]["used"] + sum(
        stats["through"]["not_used"].values())
    assert (stats["through"]["used"], stats["orphan"]) == (1, 1)  # its company: not in it
    ex = read_export(folders["hubspot-fivetran"])
    mapping = propose_mapping(ex, discover(ex), DEFS, ["account", "contact", "opportunity"],
                              source_id_column="new_sourceid").mapping
    lk = through_lookup(mapping, "opportunity", "customerid")
    assert (lk["through"]["source"], lk["through"]["from"], lk["through"]["to"]) == (
        "deal_contact_data", "deal_id", "contact_id")


RUN_PARAMETERS = """engagement: assoc
export: runs/assoc/export
objects: [account, contact, opportunity]
mapping:
  confirm_as: Test Analyst
  decisions:
    stages: {"Open": {salesstage: 0, state: open}}
gates:
  max_quarantined_percent: null
destination:
  url: null
"""


def test_a_run_links_through_association_files_and_accounts_for_every_row(tmp_path,
                                                                         monkeypatch):
    """Through the real steps into the embedded emulator: contacts get their company, the
    deal with a contact its Potential Customer; the association files' rows are accounted in
    the inventory and the link that points nowhere is in unresolved_links/."""

    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    export = tmp_path / "runs" / "assoc" / "export"
    export.mkdir(parents=True)
    for name, df in FRAMES.items():
        if name == "deals":  # the deals' own stage column drives open/won/lost
            df = df.with_columns(pl.lit("Open").alias("stage"))
        df.write_csv(export / f"{name}.csv")
    (tmp_path / "parameters").mkdir()
    params = tmp_path / "parameters" / "assoc.yml"
    params.write_text(RUN_PARAMETERS, encoding="utf-8")
    run_dir = tmp_path / "runs" / "assoc" / "run-1"
    run_steps(params, run_dir)
    recon = json.loads((run_dir / "reconciliation.json").read_text())
    assert recon["balanced"]
    out = recon["objects"]
    assert (out["contact"]["loaded"], out["contact"]["unresolved_lookups"]) == (4, 1)
    assert (out["opportunity"]["loaded"], out["opportunity"]["quarantined"]) == (1, 2)
    for o in out.values():
        assert o["verified"] == o["loaded"]
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert unresolved["value"].to_list() == ["c404"]
    inv = {f["source"]: f for f in json.loads((run_dir / "inventory.json").read_text())["files"]}
    assert inv["deal_contact"]["linked"] == {"opportunity to its contact": 2}
    assert inv["contact_company"]["linked"] == {"contact to its account": 3}
    assert inv["deal_contact"]["not_taken"] == 2 and inv["contact_company"]["not_taken"] == 2


def test_the_map_listing_names_an_association_link_as_a_person_reads_it():
    """The listing (notebook 02) glued the entry's file to the association's:
    "deals.deal_contact.contact_id"."""
    from d365migrate.run.steps import mapping_table

    rows = mapping_table(proposal()).filter(pl.col("transform") == "lookup")
    by_target = dict(zip(rows["target"], rows["source"], strict=True))
    assert by_target["customerid_contact -> contact"] == (
        "deal_contact.contact_id (association table, by deal_id; the latest by updated_at)")
    assert not [s for s in rows["source"] if s.startswith(("deals.deal_contact",
                                                           "contacts.contact_company"))]
