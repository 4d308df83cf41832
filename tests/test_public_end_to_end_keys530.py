"""keys530's public export runs end to end from its parameters file, decisions only
(issue 13): Asaas, its own records -- the Asaas API v3 responses the MIT PHP client
tio-jobs/asaas-php (at eeb00e7f) fixes for its tests: 3 customers (the placeholder people
'Fulano de Tal', 'Ciclano de Tal', 'Teste Usuario') and 10 charges ('payments' in the API:
credit-card installments, Pix and boleto bills of a sandbox account) -- headed by the API's
field names ('mobilePhone', 'cpfCnpj', 'creditCard.creditCardBrand'), in English
(tests/data/exports/asaas-export-en; SOURCE.md), on the branch-point engine 11ccb0bc
(session 64, round Z38). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs nothing set up first.

The customers load as contacts keyed by Asaas's id: the whole name (as last name), e-mail,
mobile phone, country, creation date and the free notes ('observations', as the
description). Nothing held back, skipped, failed or cleared; no owner queued (the fallback
owner); verification finds no column differing.

The parameters decide: the customers file is contacts (discovery names it an account by its
name, the measured propose misses), the key (id), no owner column (the export names no one),
the whole name as the last name Dynamics requires, 'observations' as the description (a
measured miss in both modes), and a quarantine gate of 0%.

What is NOT read (left unmapped): a customer's id (the source key), cpfCnpj (the CPF tax
id), personType, deleted, notificationDisabled, canDelete, canEdit, foreignCustomer and
groups; payments.csv (the charges: bills and their settlement, no Sales table; discovery
leaves it unrecognised and the scope document lists it for the migration team).
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

NAME = "asaas-export-en"
CONTACT = {"lastname": "name", "emailaddress1": "email", "mobilephone": "mobilePhone",
           "address1_country": "country", "overriddencreatedon": "dateCreated",
           "description": "observations"}
UNREAD = {"id", "cpfCnpj", "personType", "deleted", "notificationDisabled", "canDelete",
          "canEdit", "foreignCustomer", "groups"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    path = run_dir / kind / f"{table}.csv"
    return pl.read_csv(path, infer_schema=False).to_dicts() if path.exists() else []


def test_asaas_customers_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The customers load as contacts (the decided kind); the charges stay out; nothing held
    back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("contact", {"contact": 3}, True),
        "payments": ("unknown", {}, False)}
    assert files["payments"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert (contact["source"], contact["source_key"]) == ("customers", "key(id)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == UNREAD
    assert not contact.get("lookups")
    assert not contact.get("owner")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("payments", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "contact"), kind

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged["__source_id"].n_unique() == 3   # one record per Asaas id
    assert staged.select(["lastname", "address1_country", "overriddencreatedon",
                          "description"]).rows() == [
        ("Fulano de Tal", "Brasil", "2023-10-03T00:00:00Z", None),
        ("Ciclano de Tal", "Brasil", "2023-10-02T00:00:00Z", None),
        ("Teste Usuario", "Brasil", "2023-12-27T00:00:00Z", "Test fixture")]
    # e-mails and mobile numbers checked by their shape, never literally
    assert all("@" in e for e in staged["emailaddress1"].to_list())
    assert all(m.isdigit() and len(m) == 11 for m in staged["mobilephone"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
