"""The accuracy scorer's key count: a source id is right left unmapped, a record's own
number right where the answer key names the column it fills (issue 13)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.mapping.accuracy import accuracy, format_accuracy, load_table_defs

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

ACCOUNTS = pl.DataFrame({
    "Account No": ["ACC1", "ACC2", "ACC3", "ACC4"],
    "Account Name": ["Contoso", "Fabrikam", "Northwind", "Litware"],
    "Website": ["contoso.com", "fabrikam.com", "northwind.com", "litware.com"],
})


@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def _key(named: object) -> dict:
    columns = {"Account Name": "name", "Website": "websiteurl"}
    if named is not ...:
        columns = {"Account No": named, **columns}
    return {"objects": {"Accounts": {"table": "account", "key": "Account No",
                                     "columns": columns}}}


@pytest.mark.parametrize("use_values", [False, True], ids=["suggest", "propose"])
def test_own_number_mapped_where_the_key_names_it_counts_right(defs, use_values) -> None:
    report = accuracy(_key("accountnumber"), {"Accounts": ACCOUNTS}, defs,
                      use_values=use_values)
    assert report["counts"]["keys"] == "1/1", report["objects"]["Accounts"]["misses"]
    assert "source keys right 1/1" in format_accuracy("k.yml", report)


@pytest.mark.parametrize("use_values", [False, True], ids=["suggest", "propose"])
def test_key_mapped_where_the_key_wants_it_unmapped_counts_wrong(defs, use_values) -> None:
    for named in (None, ...):   # listed as unmapped, or not listed at all
        report = accuracy(_key(named), {"Accounts": ACCOUNTS}, defs, use_values=use_values)
        assert report["counts"]["keys"] == "0/1"
        assert {"column": "Account No", "expected": None, "got": "accountnumber"} in \
            report["objects"]["Accounts"]["misses"]
