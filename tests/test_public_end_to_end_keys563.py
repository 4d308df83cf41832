"""keys563's public export runs end to end from its parameters file, decisions only
(issue 13): Toast, its own records -- the seed database of Toast's own example
loyalty-program provider (toasttab/Loyalty-API-example-implementation at 2e32af98,
Apache-2.0): 5 guests' loyalty accounts and 14 rewards -- headed by the records' field
names, lists as '<list>.<field>' ('availableRewards.id'), in English
(tests/data/exports/toast-export-en; SOURCE.md), on the branch-point engine df5dbcc6
(session 66, round Z44). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up.

The guests' loyalty accounts load as contacts keyed by the loyalty card number: first and
last name, e-mail, phone, and 'active' (true for all) as the Active state. The rewards stay
out (discount offers, no Sales table). Nothing held back, skipped or failed; no owner queued;
verification finds no column differing.

The parameters decide: rewards.csv as unknown (discovery named it product by its name: the
measured file miss), the key (the card 'number'), no owner column (no file names an owner of
the guests: the fallback owner), and a quarantine gate of 0%. Every column of the loyalty
accounts was right in both modes when measured, so no column decision is needed.

What is NOT read (left unmapped): the card number as a value (it is the key), the points
balance ('points') and the rewards each guest holds ('availableRewards.id',
'availableRewards.quantity'): no Dataverse column; rewards.csv (no Sales table).
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

NAME = "toast-export-en"
CONTACT = {"firstname": "first_name", "lastname": "last_name", "emailaddress1": "email",
           "telephone1": "phone", "statecode": "active"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_toast_guests_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The loyalty accounts load as active contacts keyed by card number; the rewards stay
    out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("loyalty_accounts", 5, 5, 0, 0, 0, 0, 0)}
    assert out["contact"]["skipped_reasons"] == []
    assert (out["contact"]["closed"], out["contact"]["closed_as"]) == (0, {})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "loyalty_accounts": ("contact", {"contact": 5}, True),
        "rewards": ("unknown", {}, False)}
    assert files["rewards"]["reason"].startswith(
        "not migrated: set to unknown in the parameters file")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    t = tables["contact"]
    assert (t["source"], t["source_key"]) == ("loyalty_accounts", "key(number)")
    assert {c["target"]: c["source"] for c in t["columns"]} == CONTACT
    assert not t.get("lookups") and not t.get("owner")
    assert set(t["unmapped"]) == {"number", "points", "availableRewards.id",
                                  "availableRewards.quantity"}
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("rewards", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "contact"), kind

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts["__source_row"].to_list() == [1, 2, 3, 4, 5]
    # placeholder and film-character guests of the provider's seed
    assert contacts.select(["firstname", "lastname", "statecode"]).rows() == [
        ("james", "smith", 0), ("john", "johnson", 0), ("jack", "williams", 0),
        ("Hans", "Gruber", 0), ("John", "McClane", 0)]
    emails = contacts["emailaddress1"].to_list()
    assert len(set(emails)) == 5 and all("@" in e for e in emails)
    phones = contacts["telephone1"].to_list()
    assert all(isinstance(p, str) and len(p) == 10 and p.isdigit() for p in phones)
    assert "mobilephone" not in contacts.columns

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
