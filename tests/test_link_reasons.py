"""Why a lookup column is left out says what was wrong: a link into a table the map loads,
whose values mostly name records missing from the export, is a low match, not a table "this
map does not load" (Close's contacts name companies the export holds one of three of)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from d365migrate.report.sponsor_facts import COLUMN_REASONS


def test_a_link_matching_too_few_records_says_so(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "companies.csv").write_text(
        "company_id,company_name,website\nC1,Acme,acme.example\nC2,Globex,globex.example\n"
        "C3,Initech,initech.example\n", encoding="utf-8")
    (export / "contacts.csv").write_text(
        "contact_id,first_name,last_name,email,company_id\n" + "".join(
            f"P{i},Ann{i},Lee{i},ann{i}@x{i}.example,{c}\n"
            for i, c in enumerate(["C1", "C7", "C8", "C9", "C1", "C6"])), encoding="utf-8")
    out = tmp_path / "mapping.yml"
    subprocess.run([sys.executable, "-m", "d365migrate.cli", "suggest", str(export), "--out",
                    str(out)], check=True, capture_output=True)
    tables = {t["target"]: t for t in yaml.safe_load(out.read_text())["tables"]}
    why = tables["contact"]["unmapped_reasons"]["company_id"]
    assert "only 33% of its values name a record of companies.company_id" in why
    assert "does not load" not in why
    sponsor = next(text for rx, text in COLUMN_REASONS if rx.search(why))
    assert sponsor.startswith("it names other records, but fewer than half of its values")
