"""keys34's public exports run end to end from their parameters files, decisions only
(issue 13): Baserow's Contract Management template. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_baserow_contract_parties_and_their_contacts(tmp_path: Path) -> None:
    """The 10 parties load as accounts and the 15 contacts as contacts, each contact under
    the party it represents; the contracts, their types and the employees stay out with
    their reason."""
    run_dir = run_public("baserow-contract-management", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"account": (10, 10, 0, 0, 0),
                                         "contact": (15, 15, 0, 0, 0)}
    accounts = {r["name"]: r for r in
                pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()}
    krankton = accounts["Krankton LLC"]
    assert (krankton["telephone1"], krankton["emailaddress1"]) == (
        "828.395.3046", "hello@kranktonllc.com")
    contacts = {r["lastname"]: r for r in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    theodora = contacts["Theodora Rojas"]
    assert (theodora["jobtitle"], theodora["emailaddress1"]) == (
        "Manager", "theodora@company.com")
    assert "accountrolecode" not in theodora   # no option of a role at an account fits
    # each contact under the party it represents, found by the party's name
    assert theodora["__ref__parentcustomerid_account"] == "3"   # Krankton LLC's row id
    assert out["contact"]["unresolved_lookups"] == 0
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for left in ("Contracts", "Contract types", "Employees"):
        assert not files[left]["taken"] and files[left]["reason"]
