"""keys39's public exports run end to end from their parameters files, decisions only
(issue 13): Apache Fineract's sample tenant. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public


def test_fineract_clients_load_as_contacts_and_the_bank_stays_behind(tmp_path: Path) -> None:
    """Fineract's 7 clients (its 'client' file: people, a given, a family and a whole
    name) load as contacts, each read back; their loan officers ('staff_id') are the staff
    file's people, named so in the owner queue, and with no user in the org the records go
    to the fallback owner. The app's logins are matched as users, never loaded as contacts;
    groups, offices, the loan, the products and the code lists stay in Fineract, each with
    its reason."""
    run_dir = run_public("fineract-sample-data", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("m_client", 7, 7, 0, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert list(zip(people["firstname"], people["lastname"], strict=True))[:3] == [
        ("Smith", "R"), ("Johnson", "D"), ("Williams", "G")]
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert dict(zip(queue["email"], queue["person"], strict=True)) == {
        "1": "A, Aliya", "2": "M, Mary"}
    assert set(queue["resolution"]) == {
        "assigned to fallback owner avery.admin@contoso.example"}
    assert sorted(queue["records"].cast(pl.Int64).to_list()) == [1, 6]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("m_appuser", "m_staff"):
        assert not files[name]["taken"] and "users are not created" in files[name]["reason"]
    for name in ("m_group", "m_group_client", "m_office", "m_loan", "m_product_loan",
                 "m_savings_product", "m_code", "m_code_value"):
        assert not files[name]["taken"] and files[name]["reason"], name
