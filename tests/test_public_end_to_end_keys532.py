"""keys532's public export runs end to end from its parameters file, decisions only
(issue 13): Classy (now GoFundMe Pro), its own records -- the ten offline donations that
Classy publishes as the sample of its Bulk Offline Donations Postman collection in
classy-org/postman-collections (MIT) at 48b010cc: 10 transactions to four campaigns and their
10 supporters -- headed by the Classy API's field names ('member_email_address',
'billing_postal_code', 'items.product_name'), in English
(tests/data/exports/classy-export-en; SOURCE.md), on the branch-point engine 11ccb0bc
(session 64, round Z38). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``); the org needs no set-up: no loaded record carries an amount or a currency.

The supporters load as contacts keyed by their e-mail (the sample has no supporter id):
first and last name, e-mail, and the billing address as the contact's first address
(street, suite, city, state, ZIP code kept as text -- '04020' keeps its zero --, country).
Nothing held back, skipped, failed or cleared; no owner queued; verification finds no
column differing. The supporters' names are generated sample names (SOURCE.md): this test
checks them by their shape only.

The parameters decide: supporters.csv as contacts (discovery named it no kind: the measured
file miss), the key (member_email_address), no owner column (the export names no one: the
fallback owner), and the first and last name and the six billing-address columns (the
measured propose misses: the run proposed no contact map for the unnamed file), and a
quarantine gate of 0%.

What is NOT read (left unmapped): the member's whole name (member_name: first and last are
given apart; suggest's measured miss read it as the owner); transactions.csv (payments
received offline, with the campaign id, the item and the payment type: no Sales table).
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

NAME = "classy-export-en"
CONTACT = {"emailaddress1": "member_email_address", "firstname": "billing_first_name",
           "lastname": "billing_last_name", "address1_line1": "billing_address1",
           "address1_line2": "billing_address2", "address1_city": "billing_city",
           "address1_stateorprovince": "billing_state",
           "address1_postalcode": "billing_postal_code", "address1_country": "billing_country"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once, from its parameters file alone."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_classy_supporters_load(runs: Callable[[str], Path]) -> None:
    """The supporters load as contacts with their billing address; the transactions stay
    out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("supporters", 10, 10, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "supporters": ("contact", {"contact": 10}, True),
        "transactions": ("unknown", {}, False)}
    assert "payment transactions" in files["transactions"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert (contact["source"], contact["source_key"]) == (
        "supporters", "key(member_email_address)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert not contact.get("lookups")
    assert contact["unmapped"] == ["member_name"]
    assert not contact.get("owner")

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "contact"), kind

    staged = _staged(run_dir, "contact")
    assert staged.height == 10
    assert staged.select(["address1_city", "address1_stateorprovince", "address1_postalcode",
                          "address1_country"]).rows() == [
        ("Madison", "WI", "53706", "US"), ("Madison", "WI", "53706", "US"),
        ("South Pablo", "CO", "65019", "US"), ("Trantowborough", "DC", "19660", "US"),
        ("Wolfburgh", "AL", "21850", "US"), ("Michaleport", "WY", "64765", "US"),
        ("Russellside", "SD", "04020", "US"), ("Nicoletteport", "PA", "17499", "US"),
        ("South Dillonport", "MA", "14316", "US"), ("East Lulabury", "KY", "98861", "US")]
    assert staged["address1_line2"].to_list() == [
        None, "Unit 4", "Suite 900", "Api. 983", None, "Apt 193", "Apt 664", None,
        "Suite 316", None]
    assert all(street.split()[0].isdigit() for street in staged["address1_line1"].to_list())
    # generated sample names: by shape only
    for first, last, email in staged.select(["firstname", "lastname", "emailaddress1"]).rows():
        assert first and last and first[0].isupper() and last[0].isupper()
        assert email.count("@") == 1 and email.endswith("@example.com")

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(v for table in verified.values() for v in table.values())
