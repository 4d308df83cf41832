"""keys89's public export runs end to end from its parameters file, decisions only (issue
13): the volunteer-management sample data of Microsoft's Nonprofit Accelerator for
Dataverse, one CSV per table headed with Dataverse's own labels, ids and links as GUIDs,
choices as option numbers. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

SCHEDULING = ("Bookable Resource", "Bookable Resource Category",
              "Bookable Resource Category Assn", "Characteristic",
              "Bookable Resource Characteristic", "Project Team Member")


def _refs(run_dir: Path, table: str) -> dict[str, int]:
    staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
    return {c.removeprefix("__ref__"): staged[c].drop_nulls().len() for c in staged.columns
            if c.startswith("__ref__")}


def _bound_later(run_dir: Path) -> dict[str, dict[str, int]]:
    """Per object, the links bound once the table they name had loaded (load/<object>.json)."""
    return {p.stem: b for p in sorted((run_dir / "load").glob("*.json"))
            if (b := json.loads(p.read_text()).get("bound_later"))}


def test_volunteer_package_people_load_and_scheduling_stays(tmp_path: Path) -> None:
    """The volunteer package's 36 accounts (organisations and households) and 83 contacts
    (constituents, 79 under their account by its GUID) load, every record read back, with
    no lookup left unresolved; the 28 accounts' Primary Contact is bound once the contacts
    have loaded; every column reads back from the org as it was sent. Each record keeps its
    export's state (all active). The bookable resources, their roles and skills, the
    volunteer projects and their team members stay in the source, each with its reason
    (discovery recognises no Sales records in them)."""
    run_dir = run_public("d365-volunteer-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Account", 36, 36, 0, 0, 0, 0),
                                       "contact": ("Contact", 83, 83, 0, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "account") == {"primarycontactid": 28}
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 79}   # by GUID
    assert _bound_later(run_dir) == {"account": {"primarycontactid": 28}}
    verified = verified_columns(run_dir)   # every column read back as it was sent
    assert verified["contact"]["parentcustomerid"] == 0
    assert verified["account"]["primarycontactid"] == 0
    assert all(n == 0 for cols in verified.values() for n in cols.values()), verified
    for table in ("account", "contact"):
        staged = pl.read_parquet(run_dir / "staged" / f"{table}.parquet")
        assert set(staged["statecode"]) == {0}, table
    files = inventory_files(run_dir)
    assert files["Account"]["migrated"] and files["Contact"]["migrated"]
    for name in ("Project", *SCHEDULING):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_iati_package_people_grants_and_appeals_load_and_aid_tables_stay(
        tmp_path: Path) -> None:
    """The IATI package's 36 accounts, 83 contacts (79 under their account by GUID), 3
    opportunities (each its account, its contact and its potential customer by GUID) and 9
    appeals as campaigns load, every record and column read back, no lookup unresolved; the
    28 Primary Contacts are bound once the contacts have loaded. The campaigns keep their
    own Campaign Code (codename) and Actual Start Date (actualstart, 3 of them), not the
    accelerator's 'Start Date'; the opportunities are open and qualifying (one decision:
    their Status Reason 1, Dataverse's 'In Progress', is an open stage). The 30 grant-making,
    fundraising and IATI files stay in the source with their reasons: among them the
    programme's contact roles (a link, no people), the budget and indicator values (no
    price lists) and the designation plan (no product)."""
    run_dir = run_public("d365-nonprofit-iati", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {"account": ("Account", 36, 36, 0, 0, 0, 0),
                                       "contact": ("Contact", 83, 83, 0, 0, 0, 0),
                                       "campaign": ("Campaign", 9, 9, 0, 0, 0, 0),
                                       "opportunity": ("Opportunity", 3, 3, 0, 0, 0, 0)}
    assert all(o["unresolved_lookups"] == 0 for o in out.values())
    assert _refs(run_dir, "opportunity") == {"parentaccountid": 3, "parentcontactid": 3,
                                             "customerid_account": 3}
    assert _refs(run_dir, "contact") == {"parentcustomerid_account": 79}
    assert _bound_later(run_dir) == {"account": {"primarycontactid": 28}}
    verified = verified_columns(run_dir)
    assert all(n == 0 for cols in verified.values() for n in cols.values()), verified
    campaigns = pl.read_parquet(run_dir / "staged" / "campaign.parquet")
    assert campaigns["codename"].to_list()[:2] == ["ONLINEUR", "EMAIL-RES-ED"]
    assert campaigns["actualstart"].drop_nulls().len() == 3
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert set(deals["statecode"]) == {0} and set(deals["salesstage"]) == {0}
    files = inventory_files(run_dir)
    moved = {"Account", "Contact", "Opportunity", "Campaign"}
    assert all(files[n]["migrated"] for n in moved)
    left = {n: f for n, f in files.items() if n not in moved}
    assert len(left) == 30
    assert all(not f["migrated"] and f["reason"] for f in left.values())
    assert "association between them" in left["Delivery Framework Contact"]["reason"]
