"""keys95's public data sets run end to end from their parameters files, decisions only
(issue 13): DataHub's S&P 500 companies list and Microsoft Fabric's Contoso Energy
maintenance requests. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def _refinery_account(client: Any) -> None:
    """The org's account for the refinery, as its admin sets it up before the cases (the
    parameters bind every case's customer to it)."""
    client.create("accounts", {"name": "Contoso Energy"})


def test_sp500_companies_load_as_accounts_with_ticker_and_industry(tmp_path: Path) -> None:
    """The 503 companies load as accounts: the name headed 'Security' (a decision), the
    ticker, the GICS sector as Dynamics' industry (decided values), all read back. The day a
    company joined the index is no creation date (decided out); the headquarters' "City,
    State" and the year founded have no column the engine fills: left in the export."""
    run_dir = run_public("datahub-sp500-companies", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("constituents", 503, 503, 0, 0, 0)}
    companies = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert "overriddencreatedon" not in companies.columns
    msft = companies.filter(pl.col("tickersymbol") == "MSFT").to_dicts()[0]
    assert (msft["name"], msft["industrycode"]) == ("Microsoft", 7)
    assert companies["industrycode"].null_count() == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == {"name", "tickersymbol", "industrycode"}
    assert not any(n for cols in verified.values() for n in cols.values())
    assert inventory_files(run_dir)["constituents"]["migrated"]


def test_contoso_energy_maintenance_requests_load_as_cases(tmp_path: Path) -> None:
    """The 5,000 work orders load as cases under the org's refinery account (a decision: the
    requests are the refinery's own), titled by their equipment, their type, priority and
    status codes as decided (955 with status 5 resolved), the commitment date as resolve-by,
    all read back. The technicians are no users of the org: the cases go to the fallback
    owner, and Technicians.csv is matched against the org's users, not loaded."""
    run_dir = run_public("fabric-contoso-energy-maintenance", tmp_path, _refinery_account)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "incident": ("MaintenanceRequests", 5000, 5000, 0, 0, 0, 955)}   # resolved
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    first = cases.filter(
        pl.col("__source_id") == "1b6430c6-d6fc-46ef-a21d-c3ab8535070f").to_dicts()[0]
    assert (first["title"], first["casetypecode"], first["prioritycode"], first["statuscode"],
            first["resolveby"]) == ("R408", 3, 3, 5, "2024-09-02T00:00:00Z")
    assert cases.filter(pl.col("statuscode") == 5).height == 955
    assert cases["__ref__customerid_account"].null_count() == 0
    verified = verified_columns(run_dir)
    assert {"title", "casetypecode", "prioritycode", "statuscode", "resolveby", "customerid",
            "ownerid"} <= set(verified["incident"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert files["MaintenanceRequests"]["migrated"]
    assert not files["Technicians"]["migrated"] and files["Technicians"]["reason"]
