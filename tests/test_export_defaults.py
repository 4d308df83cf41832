"""`d365migrate suggest` proposes every kind of records an export holds, and timestamps with
offsets are typed as date-times (issue 13)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.cli import main
from d365migrate.intake.values import datetime_expr, infer_column


@pytest.mark.parametrize(("values", "utc_hour"), [
    (["2024-03-01T10:00:00+02:00", "2024-03-02T11:30:00-05:00", "", None], 8),
    (["2022-09-06 12:27:21.000000+00:00", "2022-09-07 08:00:00.000000+00:00"], 12),
    (["2024-03-01 10:00:00+0200", "2024-03-01 12:00:00+0200"], 8),
])
def test_iso_timestamps_with_offsets_are_datetimes_in_utc(values: list, utc_hour: int):
    info = infer_column(pl.Series("at", values))
    assert info["type"] == "datetime"
    parsed = pl.select(datetime_expr(pl.lit(pl.Series(values)), info["formats"])).to_series()
    assert parsed[0] is not None and parsed[0].tzinfo is None    # naive UTC, as staged
    assert parsed[0].hour == utc_hour


def test_blank_cells_are_no_evidence_of_a_type():
    assert infer_column(pl.Series("x", ["", " ", None]))["type"] == "empty"


def test_suggest_proposes_every_kind_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]):
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    export = tmp_path / "export"
    export.mkdir()
    pl.DataFrame({"account_id": ["a1", "a2", "a3"], "name": ["Acme", "Globex", "Initech"],
                  "city": ["Paris", "Lyon", "Nice"]}).write_csv(export / "accounts.csv")
    pl.DataFrame({"contact_id": ["c1", "c2", "c3"], "first_name": ["Ann", "Bo", "Cy"],
                  "last_name": ["Lee", "Ng", "Ota"], "account_id": ["a1", "a2", "a3"],
                  "email": ["ann@acme.example", "bo@globex.example", "cy@initech.example"]}
                 ).write_csv(export / "contacts.csv")
    pl.DataFrame({"task_id": ["t1", "t2", "t3"], "subject": ["Call back", "Send", "Plan"],
                  "due_date": ["2024-03-01", "2024-03-02", "2024-03-03"],
                  "contact_id": ["c1", "c2", "c3"]}).write_csv(export / "tasks.csv")
    pl.DataFrame({"meeting_id": ["m1", "m2", "m3"], "title": ["Kick-off", "Review", "Demo"],
                  "start_time": ["2024-03-01T10:00:00+02:00", "2024-03-02T10:00:00+02:00",
                                 "2024-03-03T10:00:00+02:00"],
                  "contact_id": ["c1", "c2", "c3"]}).write_csv(export / "meetings.csv")
    out = tmp_path / "mapping.yml"
    assert main(["suggest", str(export), "--out", str(out)]) == 0
    mapping = yaml.safe_load(out.read_text(encoding="utf-8"))
    placed = {(t.get("name") or t["target"]): t["source"] for t in mapping["tables"]
              if t.get("source")}
    assert placed == {"account": "accounts", "contact": "contacts", "task": "tasks",
                      "appointment": "meetings"}
    assert "appointment  <- meetings" in capsys.readouterr().out
