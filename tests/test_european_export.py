"""A European export loads exactly like the same export written the US way.

The sample export is rewritten as a German/French admin panel writes it: ';' between
fields, Windows-1252 bytes, '59.579.568,7' for amounts and '18.11.2025' / '01.07.2025 14:22:05'
for dates. Both copies go through the real pipeline into the embedded emulator (one
engagement, one org each); every amount, date and number of every loaded account, contact,
lead and opportunity must come out identical, and the same records must load.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from d365migrate.dataverse.destination import Destination, connect
from d365migrate.demo.sample_export import write_sample_export
from d365migrate.intake.read import read_export
from d365migrate.run.runner import run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
             "04_load.ipynb"]
#: Money and number columns written with decimal commas and '.' thousands.
AMOUNTS = {"annual_revenue", "value", "cf_budget"}
ISO_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})Z$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
US_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
PLAIN_NUMBER = re.compile(r"^(-?)(\d+)(?:\.(\d+))?$")
TABLES = {"account": "accounts", "contact": "contacts", "lead": "leads",
          "opportunity": "opportunities"}
#: Set by the org when a record is written, not by the export.
SYSTEM = {"createdon", "modifiedon", "versionnumber", "timezoneruleversionnumber",
          "utcconversiontimezonecode", "importsequencenumber"}


def european_number(value: str) -> str:
    """'59579568.7' -> '59.579.568,7'; '3100' -> '3.100'."""
    m = PLAIN_NUMBER.match(value)
    assert m, f"sample export amount {value!r} is not a plain number"
    sign, whole, frac = m.groups()
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + frac if frac else "")


def european_value(column: str, value: str) -> str:
    if not value:
        return value
    if column in AMOUNTS:
        return european_number(value)
    if m := ISO_DATETIME.match(value):
        y, mo, d, time = m.groups()
        return f"{d}.{mo}.{y} {time}"
    if m := ISO_DATE.match(value):
        y, mo, d = m.groups()
        return f"{d}.{mo}.{y}"
    if m := US_DATE.match(value):
        mo, d, y = m.groups()
        return f"{d}.{mo}.{y}"
    return value


def write_european_copy(src: Path, dst: Path) -> None:
    """Every CSV of ``src`` as a European export in ``dst``; other files copied as they are."""
    for f in sorted(src.rglob("*")):
        out = dst / f.relative_to(src)
        if f.is_dir():
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        if f.suffix.lower() != ".csv":
            out.write_bytes(f.read_bytes())
            continue
        with f.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        with out.open("w", encoding="cp1252", errors="replace", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows([european_value(c, v) for c, v in zip(header, row, strict=True)]
                             for row in body)


def parameters(root: Path, engagement: str) -> Path:
    return demo_parameters(root, engagement, seed=None)  # the test writes both exports


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("locales")
    write_sample_export(root / "runs" / "us" / "export", seed=7, scale=0.3)
    write_european_copy(root / "runs" / "us" / "export", root / "runs" / "eu" / "export")
    return root


@pytest.fixture(scope="module")
def runs(project: Path, monkeypatch_module: pytest.MonkeyPatch) -> dict[str, Path]:
    """Both exports through the pipeline, each into its own org, each with the map the
    suggestion engine proposes for it (confirmed by the demo parameters' decisions)."""
    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    us = run(parameters(project, "us"), notebooks=NOTEBOOKS, progress=False)
    eu = run(parameters(project, "eu"), notebooks=NOTEBOOKS, progress=False)
    return {"us": us, "eu": eu}


def is_amount_date_or_number(key: str, value: Any) -> bool:
    if key in SYSTEM or key.startswith("_") or "@" in key:
        return False
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(re.match(r"^\d{4}-\d{2}-\d{2}", value))


def org_values(run_dir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Per table: source id -> every amount, date and number the org holds for it."""
    run_json = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with connect(Destination(**run_json["destination"])) as client:
        for table, entity_set in TABLES.items():
            records = {}
            for rec in client.query(entity_set):
                sid = rec.get("new_smartdeskid")
                if sid:
                    records[sid] = {k: v for k, v in rec.items()
                                    if is_amount_date_or_number(k, v)}
            out[table] = records
    return out


def test_european_copy_is_read_as_european(project: Path) -> None:
    exp = read_export(project / "runs" / "eu" / "export")
    companies, deals = exp.guesses["companies"], exp.guesses["deals"]
    assert companies.delimiter == ";" and companies.encoding in ("cp1252", "cp1250")
    assert companies.number_formats["annual_revenue"] == {"decimal": ",", "thousands": "."}
    assert deals.date_formats["close_date"] == ["%d.%m.%Y"]
    assert deals.date_formats["created_at"] == ["%d.%m.%Y %H:%M:%S"]
    # cf_budget holds only '3.100', '89.400', '800': the export's other amounts say ','
    assert exp.guesses["leads"].number_formats["cf_budget"]["decimal"] == ","


def test_both_locales_get_the_same_map(runs: dict[str, Path]) -> None:
    """Value typing is one module: the suggestion engine reads '59.579.568,7' as an amount
    too, so the European export is mapped exactly as the US one."""
    maps = {name: yaml.safe_load((d / "mapping.yml").read_text(encoding="utf-8"))
            for name, d in runs.items()}

    def shape(m: dict[str, Any]) -> dict[str, Any]:
        return {t.get("name") or t["target"]: (t["source"], t.get("source_key"),
                              sorted((c.get("source") or "", c["target"], c.get("transform") or "")
                                     for c in t.get("columns", [])),
                              sorted(lk["navigation"] for lk in t.get("lookups", [])))
                for t in m["tables"]}

    assert shape(maps["eu"]) == shape(maps["us"])
    revenue = [c for t in maps["eu"]["tables"] for c in t["columns"] if c["target"] == "revenue"]
    assert revenue and revenue[0]["source"] == "annual_revenue"


def test_same_records_load_from_both_locales(runs: dict[str, Path]) -> None:
    summaries = {name: json.loads((d / "stage_summary.json").read_text(encoding="utf-8"))
                 for name, d in runs.items()}
    for table in TABLES:
        us, eu = summaries["us"][table], summaries["eu"][table]
        assert (eu["source_rows"], eu["staged"], eu["quarantined"], eu["skipped"]) == (
            us["source_rows"], us["staged"], us["quarantined"], us["skipped"]), table
        loaded = {name: json.loads((d / "load" / f"{table}.json").read_text(encoding="utf-8"))
                  for name, d in runs.items()}
        assert loaded["eu"]["created"] == loaded["us"]["created"] > 0, table
        assert loaded["eu"]["failed"] == loaded["us"]["failed"] == 0, table


def test_every_amount_date_and_number_is_identical(runs: dict[str, Path]) -> None:
    us, eu = org_values(runs["us"]), org_values(runs["eu"])
    for table in TABLES:
        assert set(eu[table]) == set(us[table]) and us[table], table
        for sid, values in us[table].items():
            assert eu[table][sid] == values, (table, sid)
    # the comparison covers what the rewrite changed: amounts and the export's dates
    fields = {k for values in us["account"].values() for k in values}
    assert "revenue" in fields and "overriddencreatedon" in fields
    assert "estimatedclosedate" in {k for v in us["opportunity"].values() for k in v}
    assert any(v.get("estimatedvalue") for v in us["opportunity"].values())
