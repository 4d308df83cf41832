"""keys366's public export run end to end from its parameters file, decisions only (issue
13): iDempiere (idempiere/idempiere at 11ddd3b2, GPL-2.0; open-source ERP with CRM, a
Compiere/ADempiere descendant), the GardenWorld demo tenant's records its own migration
scripts insert (11 business partners, 28 products) as its window toolbar's CSV export
(GridTabCSVExporter) writes them (Export_C_BPartner.csv, Export_M_Product.csv: headed by
ColumnName, which no language changes; tests/data/exports/idempiere-export-en; SOURCE.md),
written on the branch-point engine 99edcc1e (session 51, round Z). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The business partners load as accounts (name, search key as account number, credit limit,
number of employees): 10 of the 11 rows, the second 'Store North' row (the same search key
and the same cells as the first: two partners iDempiere's workshop script inserts alike) is
skipped as a duplicate source id; the search key 'Chemical Product, inc' is longer than an
account number may be (20 characters) and is cleared, the account loading without it. The
28 products load as products on the org's own default unit group and unit (the test creates
them first, as the org's admin would): name, search key as product number, volume, weight
(empty for the ten resources, which set none), stocked flag as stock item. Nothing is held
back or fails; verification finds no column differing. The parameters decide: both keys
(the search key, Value), the stocked flag as the stock item, whole-unit quantities, the
units.

What the run reads: the partners' Value, Name, SO_CreditLimit, NumberEmployees; the
products' Value, Name, Volume, Weight, IsStocked.

What is NOT read (left unmapped by the engine):
- partners: IsActive, IsSummary, the role flags (IsCustomer, IsVendor, IsProspect,
  IsEmployee, IsSalesRep), IsOneTime, IsTaxExempt, AD_Language, SOCreditStatus, the computed
  figures (TotalOpenBalance, ActualLifeTimeValue, PotentialLifeTimeValue, AcqusitionCost,
  SalesVolume, ShareOfCustomer), FlatDiscount, DocumentCopies, IsDiscountPrinted, SendEMail,
  ShelfLifeMinPct;
- products: IsActive, IsSummary, ProductType, IsPurchased, IsSold, IsBOM, IsDropShip,
  IsSelfService, IsWebStoreFeatured, Discontinued, the shelf sizes, UnitsPerPallet, the
  guarantee days, IsExcludeAutoDelivery and the two BOM print flags;
- no owner column (the fallback owner, no one queued).
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
from test_public_end_to_end_session12 import _product_catalogue

NAME = "idempiere-export-en"
ACCOUNT_COLUMNS = {"accountnumber": "Value", "name": "Name", "creditlimit": "SO_CreditLimit",
                   "numberofemployees": "NumberEmployees"}
PRODUCT_COLUMNS = {"statecode": "IsActive",  # session 64: the product's active flag, its state
                   "productnumber": "Value", "name": "Name", "stockvolume": "Volume",
                   "stockweight": "Weight", "isstockitem": "IsStocked",
                   "quantitydecimal": None}
ACCOUNTS = ["Wood, Inc", "Color, Inc", "Chrome, Inc", "Chemical Product, inc",
            "Store Central", "Store East", "Store North", "Store South", "Store West",
            "Agri-Tech"]
#: the ten resources (ProductType R): no volume or weight set
RESOURCES = {"Fertilizer Plant", "Assembly Area", "Paint Area", "Chrome Subcontract Area",
             "Inspection Area", "Furniture Plant", "Packing Production Line", "Mixed Area",
             "Dry Area", "Fertilizer Inspection Area"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def test_idempiere_partners_and_products_load(runs: Callable[[str], Path]) -> None:
    """The business partners load as accounts (the duplicate row skipped), the products as
    products on the org's units, as counted, nothing held back; verification finds no
    column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("Export_C_BPartner", 11, 10, 0, 1, 0, 0, 1),
        "product": ("Export_M_Product", 28, 28, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "Export_C_BPartner": ("account", {"account": 11}),
        "Export_M_Product": ("product", {"product": 28})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product"}
    account, product = tables["account"], tables["product"]
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT_COLUMNS
    assert {c["target"]: c["source"] for c in product["columns"]} == PRODUCT_COLUMNS
    assert account["source_key"] == product["source_key"] == "key(Value)"
    header = {name: pl.read_csv(_export(name), infer_schema=False, n_rows=1).columns
              for name in ("Export_C_BPartner", "Export_M_Product")}
    assert set(account["unmapped"]) == set(header["Export_C_BPartner"]) - set(
        ACCOUNT_COLUMNS.values())
    assert set(product["unmapped"]) == set(header["Export_M_Product"]) - set(
        PRODUCT_COLUMNS.values())
    assert not account.get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in product["lookups"]} == {
        "defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)}
    for table in tables.values():
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")

    skipped = pl.read_csv(run_dir / "skipped" / "account.csv", infer_schema=False)
    assert skipped["row"].to_list() == ["8"]
    assert skipped["reason"].to_list() == ["duplicate source id; row 7 kept"]
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert cleared.select("column", "target", "value").rows() == [
        ("Value", "accountnumber", "Chemical Product, inc")]

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == ACCOUNTS
    numbers = dict(accounts.select("name", "accountnumber").rows())
    assert numbers["Store Central"] == "10000000"
    assert numbers["Chemical Product, inc"] is None      # cleared: longer than 20
    assert numbers["Agri-Tech"] == "Agri-Tech"
    assert set(accounts["creditlimit"].to_list()) == {0.0}
    assert set(accounts["numberofemployees"].to_list()) == {0}

    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 28
    assert products["productnumber"].n_unique() == 28
    assert products.select("productnumber", "name").row(0) == ("PBackLeg", "Assembly Back Leg")
    assert products.select("productnumber", "name").row(-1) == ("ASSET-Computers", "Computers")
    assert products["isstockitem"].sum() == 13
    empty = set(products.filter(pl.col("stockweight").is_null())["name"].to_list())
    assert empty == RESOURCES
    assert set(products["stockvolume"].drop_nulls().to_list()) == {0.0}
    assert set(products["quantitydecimal"].to_list()) == {0}
    assert set(products["__via__defaultuomid"].to_list()) == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT_COLUMNS)
    assert set(verified["product"]) == set(PRODUCT_COLUMNS) | {
        "defaultuomid", "defaultuomscheduleid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def _export(name: str) -> Path:
    """An export file of the folder (the data files, git-ignored)."""
    return Path(__file__).parent / "data" / "exports" / NAME / f"{name}.csv"
