"""keys33's public exports run end to end from their parameters files, decisions only
(issue 13): Frappe Books' parties, written by its Export Wizard with a second header row of
field keys. Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_frappe_books_parties_load_as_accounts_without_the_key_row(tmp_path: Path) -> None:
    """The 210 parties (customers, suppliers, one both) load as accounts; the row of field
    keys under the labels ('Party.name') is header, so no account is named 'Party.name' and
    no source row is lost or invented; the items stay out with their reason."""
    run_dir = run_public("frappe-books-dummy", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"account": (210, 210, 0, 0, 0)}
    assert out["account"]["source_object"] == "party"
    accounts = {r["name"]: r for r in
                pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()}
    assert "Party.name" not in accounts and len(accounts) == 210
    roy = accounts["Roy Rolston"]
    assert (roy["emailaddress1"], roy["telephone1"]) == (
        "roy-rolston@partiesunited.co", "+91 8364-764417")
    assert accounts["Le Socials"]["emailaddress1"] == "le-socials_172@yahoo.co.in"
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["item"]["taken"] and files["item"]["reason"]
