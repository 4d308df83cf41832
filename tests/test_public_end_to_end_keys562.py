"""keys562's public export runs end to end from its parameters file, decisions only
(issue 13): Dropbox Sign (formerly HelloSign), its own records -- the example responses of
Dropbox Sign's own API v3 OpenAPI repository (hellosign/hellosign-openapi at ad21451f,
Apache-2.0): 6 accounts (the team's users), 7 signature requests, their 10 signatures (one
signer each; the same fictional signers again and again), 2 templates and 2 bulk send jobs --
headed by the API's field names ('signer_email_address', 'signer_name', 'quotas.documents_left'),
in English (tests/data/exports/dropbox-sign-export-en; SOURCE.md), on the branch-point engine
4aaf9d07 (session 66, round Z43). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``); the org needs no set-up.

The signers load as contacts keyed by their e-mail address: the first of each person's
signature rows (6 distinct people of 10 rows) with the e-mail and the one-cell name (as last
name); the 4 later rows of a signer already met are skipped as duplicates of the key (true:
the same person signing another request), none quarantined. Nothing failed or cleared; no
owner queued; verification finds every loaded column as staged.

The parameters decide: signatures.csv as contacts (discovery named it unknown: a measured
miss), accounts.csv as users (named companies: a measured miss; users are matched, not
created), signature_requests.csv as unknown (named e-mail templates: a measured miss), the
signer's e-mail as the key, no owner column (the fallback owner), the signer's name as the
last name (mapped to nothing: a measured miss in both modes), and neither the role signed as
('signer_role') as a job title nor one signature's progress ('status_code') as the
contact's status (the measured suggest misses).

What is NOT read (left unmapped): a signature's request id, signature id, signing order,
signed/viewed/reminded times, PIN and SMS flags, role and status; accounts.csv (users,
matched not created), signature_requests.csv and bulk_send_jobs.csv (unknown, no Sales
table) and templates.csv (e-mail templates, rebuilt in Dynamics by hand).
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

NAME = "dropbox-sign-export-en"
CONTACT = {"emailaddress1": "signer_email_address", "lastname": "signer_name"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_dropbox_sign_signers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The signers load as contacts, one per e-mail (repeated signers skipped as duplicate
    keys); users, requests, templates and bulk sends stay out; nothing differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("signatures", 10, 6, 0, 4, 0, 0, 0)}
    assert out["contact"]["skipped_reasons"] == [
        {"reason": "duplicate source id; first row kept", "rows": 4}]
    assert (out["contact"]["closed"], out["contact"]["closed_as"]) == (0, {})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "accounts": ("user", {}, False),
        "bulk_send_jobs": ("unknown", {}, False),
        "signature_requests": ("unknown", {}, False),
        "signatures": ("contact", {"contact": 10}, True),
        "templates": ("email_template", {}, False)}
    assert files["accounts"]["reason"].startswith("matched to Dynamics 365 users")
    assert files["templates"]["reason"] == "not migrated: rebuild as Dynamics 365 email templates"
    assert files["signature_requests"]["reason"].startswith(
        "not migrated: set to unknown in the parameters file")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    t = tables["contact"]
    assert (t["source"], t["source_key"]) == ("signatures", "key(signer_email_address)")
    assert {c["target"]: c["source"] for c in t["columns"]} == CONTACT
    assert not t.get("lookups") and not t.get("owner")
    assert {"signature_request_id", "signature_id", "order", "signed_at", "last_viewed_at",
            "last_reminded_at", "has_pin", "has_sms_auth", "signer_role",
            "status_code"} == set(t["unmapped"])
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("accounts", "user"), ("bulk_send_jobs", "unknown"), ("signature_requests", "unknown"),
        ("templates", "email_template")]

    for kind in ("quarantine", "failed", "cleared"):
        assert not _issues(run_dir, kind, "contact"), kind
    skipped = _issues(run_dir, "skipped", "contact")
    assert [(r["row"], r["reason"]) for r in skipped] == [
        ("4", "duplicate source id; row 3 kept"), ("8", "duplicate source id; row 5 kept"),
        ("9", "duplicate source id; row 6 kept"), ("10", "duplicate source id; row 3 kept")]

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert contacts["__source_row"].to_list() == [1, 2, 3, 5, 6, 7]
    emails = contacts["emailaddress1"].to_list()
    assert len(set(emails)) == 6 and all("@" in e for e in emails)
    # the one-cell name as the last name (fictional signers of the API's examples)
    assert contacts["lastname"].to_list() == [
        "George Jetson", "Jane Jetson", "John Doe", "Jack", "Jill", "George"]
    assert "jobtitle" not in contacts.columns and "statuscode" not in contacts.columns

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
