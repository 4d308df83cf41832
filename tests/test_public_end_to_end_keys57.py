"""keys57's public export run end to end from its parameters file, decisions only (issue
13): SinergiaCRM's demo data as its Spanish (es_ES) list-view export writes it. Same harness
as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    outcomes,
    run_public,
    verified_columns,
)


def test_sinergiacrm_spanish_accounts_contacts_grants_cases_notes(tmp_path: Path) -> None:
    """The 50 accounts load with both their addresses read from SinergiaCRM's Spanish labels
    ('Dirección principal - Calle' the first address's street, 'Dirección alternativa' the
    second), their industries as decided; the 200 contacts with their organisation (by its
    name), the 50 grants as opportunities of their convening organisation with the amount
    asked for ("€25.000,00": 25000), the 50 cases with their account (by id) and the 50 notes
    on theirs. A name two accounts share links to neither: counted, as in SuiteCRM's demo.
    Leads, bugs, calls, meetings and tasks stay out, each with its reason."""
    run_dir = run_public("sinergiacrm-demo-es", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("Accounts", 50, 50, 0, 0, 0, 0),
        "contact": ("Contacts", 200, 200, 0, 0, 0, 0),
        "opportunity": ("Opportunities", 50, 50, 0, 0, 0, 12),   # won and lost
        "incident": ("Cases", 50, 50, 0, 0, 0, 35),              # closed, rejected, duplicate
        "note": ("Notes", 50, 50, 0, 0, 0, 0)}
    folder = _export_dir("sinergiacrm-demo-es")
    assert folder is not None
    accounts = pl.read_csv(folder / "Accounts.csv", infer_schema=False)
    shared = {n for n, c in Counter(accounts["Nombre"].to_list()).items() if c > 1}
    for obj, file, column in (("contact", "Contacts.csv", "Organización"),
                              ("opportunity", "Opportunities.csv", "Organización convocante")):
        names = pl.read_csv(folder / file, infer_schema=False)[column].to_list()
        assert out[obj]["unresolved_lookups"] == sum(n in shared for n in names) > 0, obj
    assert (out["contact"]["unresolved_lookups"], out["opportunity"]["unresolved_lookups"]) \
        == (66, 18)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    tables = {t["target"]: t for t in mapping["tables"] if t.get("source")}
    cols = {(t, c["source"], c["target"]) for t, e in tables.items() for c in e["columns"]
            if c.get("source")}
    # the engine's own reading of the Spanish labels (no decision names these)
    assert {("account", "Nombre", "name"),
            ("account", "Dirección principal - Calle", "address1_line1"),
            ("account", "Dirección principal - Código postal", "address1_postalcode"),
            ("account", "Dirección alternativa - Población", "address2_city"),
            ("account", "Industria", "industrycode"),
            ("contact", "Tel. casa", "telephone2"), ("contact", "Móvil", "mobilephone"),
            ("incident", "Asunto", "title"), ("incident", "Estado", "statuscode"),
            ("annotation", "Nota", "notetext")} <= cols
    links = {(t, lk["source"], lk["target"]) for t, e in tables.items()
             for lk in e.get("lookups", [])}
    assert {("incident", "ID de Cuenta", "customerid"), ("annotation", "ID Padre", "objectid"),
            ("contact", "Organización", "parentcustomerid"),
            ("opportunity", "Organización convocante", "customerid")} <= links
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert staged["industrycode"].null_count() == int((accounts["Industria"] == "Otro").sum())
    by_id = dict(zip(accounts["ID"].to_list(), accounts["Industria"].to_list(), strict=True))
    decided = {"Química": 24, "Fabricación": 12, "Sanidad": 11, "Seguros": 20}
    for sid, code in zip(staged["__source_id"].to_list(), staged["industrycode"].to_list(),
                         strict=True):
        if by_id[sid] in decided:
            assert code == decided[by_id[sid]], (by_id[sid], code)
    # SinergiaCRM's Spanish display dates ("29/04/2026 11:08") are the creation times
    assert set(staged["overriddencreatedon"].unique()) == {"2026-04-29T11:08:00Z"}
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    first = deals.filter(pl.col("__source_row") == 1).to_dicts()[0]
    assert (first["estimatedvalue"], first["estimatedclosedate"], first["stepname"]) == (
        25000.0, "2027-03-09T00:00:00Z", "Propuesta de Valor")
    assert deals.group_by("statecode").len().sort("statecode")["len"].sum() == 50
    verified = verified_columns(run_dir)   # every value read back matched
    assert verified["account"] and not any(n for c in verified.values() for n in c.values())
    assert (run_dir / "report.html").is_file()
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Leads", "Bugs", "Calls", "Meetings", "Tasks"):
        assert not files[name]["taken"] and files[name]["reason"], name
