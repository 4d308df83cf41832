"""keys448's public export runs end to end from its parameters file, decisions only
(issue 13): the "Acme" invoicing dashboard of the Next.js Learn course (vercel/next-learn at
914a3342, MIT; dashboard/final-example), the placeholder data the course seeds (6 customers,
13 invoices) as the dashboard's Customers and Invoices tables show them (English headings,
amounts '$1,234.56', dates 'Dec 6, 2022'; tests/data/exports/acme-export-en; SOURCE.md), on
the branch-point engine ecf15401 (session 56, round Z14). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

The six customers load as contacts keyed by their e-mail: the whole name ('Delba de
Oliveira') as the last name, the e-mail as the first e-mail address, as the map reads them;
nothing held back, skipped, cleared or flagged; no one queued as owner; verification finds
no column differing. The invoices are not loaded: the file is reported unmatched (Dataverse
invoices are not in the emulator: no Sales table).

The parameters decide: the customers file as contacts (discovery named it an account, which
the held-out files figure accepts, but the proposed map then filled account and left a
contact's name and e-mail unread: the two measured propose misses); the key (the e-mail:
the tables show no id).

What is NOT read (left unmapped): the customers' Total Invoices, Total Pending and Total
Paid (figures the table computes from the invoices); the file invoices.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "acme-export-en"
INTAKE = {"customers.csv": {"object": "contact"}}
KINDS = {"customers": ("contact", {"contact": 6}), "invoices": ("unknown", {})}
CONTACT = {"lastname": "Name", "emailaddress1": "Email"}


def test_acme_discovery_alone_names_customers_an_account(tmp_path: Path) -> None:
    """Without the intake line, discovery names the customers an account and the invoices
    unknown at the branch point (what the parameters decide for the customers)."""
    objects = discovered_without_intake(NAME, tmp_path, INTAKE)
    assert {o["source"]: o["name"] for o in objects} == {
        "customers": "account", "invoices": "unknown"}


def test_acme_customers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The six customers load as contacts keyed by their e-mail; the invoices stay in the
    dashboard; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("customers", 6, 6, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == CONTACT
    assert table["source_key"] == "key(Email)"
    assert not table.get("owner")                        # the export names no owner
    assert not table.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "invoices": "unknown"}

    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.select(list(CONTACT)).rows() == [     # the Customers table's order: by name
        ("Amy Burns", "amy@burns.com"), ("Balazs Orban", "balazs@orban.com"),
        ("Delba de Oliveira", "delba@oliveira.com"), ("Evil Rabbit", "evil@rabbit.com"),
        ("Lee Robinson", "lee@robinson.com"), ("Michael Novotny", "michael@novotny.com")]
    assert staged["__source_id"].n_unique() == 6
    assert not set(staged.columns) & {"Total Invoices", "Total Pending", "Total Paid"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
