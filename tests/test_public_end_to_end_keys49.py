"""keys49's public export runs end to end from its parameters file, decisions only (issue
13): Sage Intacct's ledgers as the Fivetran connector lands them. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import polars as pl

from test_public_end_to_end import inventory_files, objects, run_public


def _text(html: str) -> str:
    html = re.sub(r"<style.*?</style>", "", html, flags=re.S)
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def test_sage_intacct_ledgers_load_nothing_and_say_why(tmp_path: Path) -> None:
    """Asked for customers and their people, the run finds neither in Sage Intacct's
    ledgers: the chart of accounts ('gl_account': ledger accounts, not customers), invoices,
    bills, their lines, journal batches and lines all stay behind, each with its reason.
    Nothing loads, the reconciliation balances with nothing to count, the verification
    finds no difference, and the report says the export held none of the kinds asked for
    (not that its counts fail to add up)."""
    run_dir = run_public("sage-intacct-fivetran", tmp_path)
    assert objects(run_dir) == {}
    assert json.loads((run_dir / "verification.json").read_text())["ok"]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    assert inventory["objects_not_in_export"] == ["account", "contact"]
    assert inventory["rows"] == 65 and inventory["rows_taken"] == 0
    files = inventory_files(run_dir)
    assert len(files) == 7 and not any(f["taken"] for f in files.values())
    assert "chart of accounts, not customers" in files["sage_intacct__gl_account"]["reason"]
    for name in ("sage_intacct__ar_invoice", "sage_intacct__ar_invoice_item"):
        assert "invoices: the bills of sales" in files[name]["reason"], name
    for name in ("sage_intacct__ap_bill", "sage_intacct__ap_bill_item"):
        assert "what the business owes its suppliers" in files[name]["reason"], name
    for name in ("sage_intacct__gl_batch", "sage_intacct__gl_detail"):
        assert files[name]["reason"].startswith("not migrated"), name
    assert not (run_dir / "staged").exists() or not list((run_dir / "staged").iterdir())
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    report = _text((run_dir / "report.html").read_text(encoding="utf-8"))
    assert "The export holds none of the kinds of record this run was asked to move" in report
    assert "The export's files (65 rows in 7 files) are not moved as records" in report
    assert "Nothing was to move" in report
    assert "do not add up" not in report and "not ready for sign-off" not in report
