"""keys520's public export runs end to end from its parameters file, decisions only
(issue 13): Workable, its own records -- the Workable SPI v3 records of Workable's demo
account 'Groove Tech' (from Workable's API documentation) that the MIT Ruby client
rwojsznis/workable keeps as its spec fixtures at 15b1410e: 4 members (the account's admin,
recruiters and a hiring-team member), 3 jobs (Sales Intern, Operations Manager, Office
Manager), the 6 hiring stages (Sourced to Hired) and 3 candidates for the job GROOV005
(Lakita Marrero, Cindy Sawyers, Jj Botha; fictional people) -- headed by the API's field
names ('headline', 'job.title', 'account.name'), in English
(tests/data/exports/workable-export-en; SOURCE.md), on the branch-point engine 3e7d83b2
(session 63, round Z36). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up (a contact requires no customer).

The candidates load as contacts keyed by Workable's candidate id: first and last names (the
just-created candidate, who has only a whole name, with that name as last name), e-mail,
the headline as job title, the profile summary as description, the one-cell address as
street, phone, creation date. Nothing held back, skipped, failed or cleared; no owner
queued (the fallback owner); verification finds no column differing.

The parameters decide: the key (id), no owner column (the candidates name no member), the
last name from 'lastname' and else 'name' (a measured miss: the whole name took the last
name's place; and Dynamics requires a last name the new candidate lacks), the headline as
job title and not the applied-for job's title (a measured miss), the summary as description
(a measured miss), no company link from 'account.name' (the Workable account, the hiring
company itself: a measured miss) and no web site from Workable's back-end profile_url (a
measured miss), and a quarantine gate of 0%. The members' headline and role (measured
misses) need no decision: members are matched, not loaded.

What is NOT read (left unmapped): a candidate's whole name (beside first and last), the
Workable account (subdomain, name), the job applied for (shortcode, title), the hiring
stage, the disqualified and sourced flags, the source domain, updated_at, Workable's mail
relay address, the cover letter and the skills; members.csv (the account's users, matched to
Dynamics users, not created), jobs.csv and stages.csv (recruiting objects, no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "workable-export-en"
CONTACT = {"firstname": "firstname", "lastname": "lastname", "emailaddress1": "email",
           "jobtitle": "headline", "description": "summary", "address1_line1": "address",
           "telephone1": "phone", "overriddencreatedon": "created_at"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone); the org needs no set-up."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_workable_candidates_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The candidates load as contacts (the new one's whole name as last name); the members,
    jobs and hiring stages stay out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("candidates", 3, 3, 0, 0, 0, 0, 0)}
    # the company link from 'account.name' is left out for every row, as decided
    assert out["contact"]["links_left"] == {"parentcustomerid": 3}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "candidates": ("contact", {"contact": 3}, True),
        "members": ("user", {}, False),
        "jobs": ("unknown", {}, False),
        "stages": ("pipeline", {}, False)}
    assert files["members"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert (contact["source"], contact["source_key"]) == ("candidates", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert contact["lookups"] == [] and not contact.get("owner")
    # 'name', the last name's fallback, is read: no column left out (session 66)
    assert "name" not in contact["unmapped"]
    assert {"account.subdomain", "account.name", "job.shortcode", "job.title",
            "stage", "disqualified", "sourced", "domain", "updated_at", "outbound_mailbox",
            "cover_letter", "skills", "profile_url"} <= set(contact["unmapped"])
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("jobs", "unknown"), ("members", "user"), ("stages", "pipeline")]

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "contact"), kind

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.select(["firstname", "lastname", "jobtitle", "overriddencreatedon"]).rows() == [
        ("Lakita", "Marrero", "Operations Manager", "2015-06-26T00:00:00Z"),
        ("Cindy", "Sawyers", "Talented Operations Executive", "2015-07-08T00:00:00Z"),
        (None, "Jj Botha", "Professional Administration Manager", "2015-07-09T10:55:53Z")]
    # e-mails, phones and addresses by their shape: every row an e-mail; the list row of the
    # first candidate carries no address, phone or summary (only the full records do)
    assert all("@" in e for e in staged["emailaddress1"].to_list())
    for col in ("address1_line1", "telephone1", "description"):
        values = staged[col].to_list()
        assert values[0] is None and all(v for v in values[1:]), col
    assert all(a.endswith(", USA") for a in staged["address1_line1"].to_list()[1:])
    assert all(d.startswith("A focussed, results-driven") for d in staged["description"][1:])

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
