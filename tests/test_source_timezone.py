"""Date-times an export writes without a zone are read in the export's own zone (issue 13,
'calls, emails, meetings keep their original timestamps'): an admin panel exports in its
user's zone, so a call at 09:00 in Berlin is 08:00 UTC in the org, not 09:00 UTC. Set by
``source: {timezone: Europe/Berlin}``; absent, such times are UTC as before. A time written
with its offset keeps it, Unix time is UTC, a calendar date is never shifted. Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.intake.values import datetime_expr
from d365migrate.run.parameters import ParametersError, load_parameters
from engagements import run_steps

TIMES = ["2024-03-01 09:00:00", "2024-07-01 09:00:00", "2024-07-01T09:00:00+02:00",
         "1709280000", "2024-03-31 02:30:00"]


def read(zone: str | None) -> list[str | None]:
    df = pl.DataFrame({"t": TIMES})
    return df.select(datetime_expr(pl.col("t"), None, zone).dt.strftime("%Y-%m-%dT%H:%M")
                     ).to_series().to_list()


def test_times_without_a_zone_are_read_in_the_exports_zone() -> None:
    assert read(None) == ["2024-03-01T09:00", "2024-07-01T09:00", "2024-07-01T07:00",
                          "2024-03-01T08:00", "2024-03-31T02:30"]
    assert read("Europe/Berlin") == [
        "2024-03-01T08:00",    # winter: UTC+1
        "2024-07-01T07:00",    # summer: UTC+2
        "2024-07-01T07:00",    # its own offset kept, not read twice
        "2024-03-01T08:00",    # Unix time is UTC
        None]                  # 02:30 on the night the clocks go forward never happened


def params(tmp_path: Path, zone: str | None) -> Path:
    export = tmp_path / "export"
    export.mkdir(exist_ok=True)
    (export / "contacts.csv").write_text(
        "id,first_name,last_name,email,created_at,birthday\n"
        "c1,Ann,Lee,ann@example.com,2024-03-01 09:00:00,1980-05-17\n"
        "c2,Bo,Ng,bo@example.com,2024-07-01 18:30:00,1975-12-01\n", encoding="utf-8")
    raw = {"engagement": "tz", "export": str(export), "runs_dir": str(tmp_path / "runs"),
           "objects": ["contact"], "source": {"crm": "Made-up CRM",
                                              **({"timezone": zone} if zone else {})},
           "mapping": {"confirm_as": "analyst"},
           "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
           "destination": {"url": None}}
    path = tmp_path / "parameters.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def test_a_run_reads_the_exports_times_in_its_zone_and_reads_them_back(tmp_path: Path) -> None:
    run_dir = run_steps(params(tmp_path, "Europe/Berlin"), tmp_path / "run")
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert staged["overriddencreatedon"].to_list() == ["2024-03-01T08:00:00Z",
                                                       "2024-07-01T16:30:00Z"]
    # a birthday (DateOnly) is a calendar date: never shifted
    assert staged["birthdate"].to_list() == ["1980-05-17T00:00:00Z", "1975-12-01T00:00:00Z"]
    checked = json.loads((run_dir / "verification.json").read_text())["tables"]["contact"]
    assert checked["matched"] == 2 and checked["columns"]["overriddencreatedon"] == 0


def test_a_zone_that_is_none_is_refused_naming_the_setting(tmp_path: Path) -> None:
    assert load_parameters(params(tmp_path, None)).source_timezone is None
    assert load_parameters(params(tmp_path, "America/New_York")).source_timezone == \
        "America/New_York"
    with pytest.raises(ParametersError, match="source.timezone"):
        load_parameters(params(tmp_path, "Berlin time"))
