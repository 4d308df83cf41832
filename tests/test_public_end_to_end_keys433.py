"""keys433's public export runs end to end from its parameters file, decisions only
(issue 13): CRMEB Java (crmeb/crmeb_java at 7e180300, Apache-2.0; the Chinese e-commerce
shop and back office), the demo records of its install SQL (11 products on sale, 26 orders
the back office has not deleted) as its back office's Excel exports write them
(ExcelServiceImpl through hutool's ExcelWriter: a merged title row and a merged '生成时间' row
above the Chinese header; tests/data/exports/crmeb-export-zh; SOURCE.md), on the
branch-point engine d3222a02 (session 55, round Z9). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through ``run_public``).

The reader takes each workbook's title row for its header (columns '商品导出' / '订单导出',
'column_2' ...) and the generation-time line and the real header line for two data rows:
the measured misses. A workbook's header row cannot be moved by the parameters (intake's
skip_rows reads CSV files only), so the parameters take the columns by position and skip
those two lines of each file, each counted skipped with its reason. The 11 products load on
the org's default unit group and unit (name and, as the key, product number: the product's
name; units in stock); their prices ('￥229.60', the full-width yen sign) are not read as
numbers: each price is cleared and reported, the product still loads. Four buyers load as
contacts made from the orders' buyer names (用户姓名: CRMEB's users have no export; the
header label '用户姓名' itself skipped by decision), and the 26 orders as sales orders of
their buyer (by name) on the price list the org's admin set up, with their number (name and
order number), amount paid and creation time. Nothing held back or failed; no one queued as
owner; verification finds no column differing.

The parameters decide: the buyers made from values of 'column_8' (用户姓名); the keys (the
order number, the product name); no owner column; the columns by position (product name,
price, stock; order number, amount, time; the buyer's name as the contact's last name); the
products' structure and whole units; the links (buyer by name, price list, unit group and
unit); the rows to skip (the generation-time and header lines, the header label as a buyer).

What is NOT read (left unmapped): the products' category (商品分类), units sold (销量) and
page views (浏览量); the orders' product names (商品信息), status (订单状态: the demo's
statuses have no decided option), payment method (支付方式) and order type (订单类型).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

NAME = "crmeb-export-zh"
PRODUCTS = "商品导出_20260112150157111111111"
ORDERS = "订单导出_20260112150157111111111"
LINES = ["生成时间:2026-01-12 15:01:57"]
PRODUCT = {"name": "商品导出", "productnumber": "商品导出", "price": "column_3",
           "quantityonhand": "column_4", "productstructure": None, "quantitydecimal": None}
ORDER = {"name": "订单导出", "ordernumber": "订单导出", "totalamount": "column_2",
         "submitdate": "column_3"}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on, the default unit group
    and unit the products are counted in."""
    client.create("pricelevels", {"name": "CRMEB prices"})
    group = client.create("uomschedules", {"name": "Default Unit",
                                           "baseuomname": "Primary Unit"})
    client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                           "uomscheduleid@odata.bind": f"/uomschedules({group})"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_crmeb_products_buyers_and_orders_load(runs: Callable[[str], Path]) -> None:
    """The products, the buyers made from the orders and the orders load; the two lines
    above each header are skipped with their reason; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("buyers", 5, 4, 0, 1, 0, 0, 0),
        "product": (PRODUCTS, 13, 11, 0, 2, 0, 0, 0),
        "salesorder": (ORDERS, 28, 26, 0, 2, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in (PRODUCTS, ORDERS)} == {
        PRODUCTS: ("product", {"product": 13}), ORDERS: ("order", {"salesorder": 28})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder"}
    for target, columns in (("contact", {"lastname": "column_8"}), ("product", PRODUCT),
                            ("salesorder", ORDER)):
        assert {c["target"]: c["source"] for c in tables[target].get("columns", [])} == columns
        assert not tables[target].get("owner")          # the exports name no one
    assert tables["product"]["source_key"] == "key(商品导出)"
    assert tables["salesorder"]["source_key"] == "key(订单导出)"
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", "column_8", "column_8"),
        "pricelevelid": ("pricelevel", None, None)}
    assert not mapping.get("unmatched_sources")

    # the generation-time line and the header line, read as rows, skipped by decision
    for target, header in (("product", "商品名称"), ("salesorder", "订单号")):
        skipped = pl.read_csv(run_dir / "skipped" / f"{target}.csv", infer_schema=False)
        assert skipped["value"].to_list() == LINES + [header]
        assert all("generation-time line" in r for r in skipped["reason"].to_list())
    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped["value"].to_list() == ["用户姓名"]
    for target in ("contact", "product", "salesorder"):
        assert pl.read_csv(run_dir / "quarantine" / f"{target}.csv",
                           infer_schema=False).height == 0

    # the full-width yen sign: every price cleared and reported, the products still load
    cleared = pl.read_csv(run_dir / "cleared" / "product.csv", infer_schema=False)
    assert cleared.height == 11
    assert set(cleared["target"].to_list()) == {"price"}
    assert all(v.startswith("￥") for v in cleared["value"].to_list())
    assert all("is not a number" in r for r in cleared["reason"].to_list())

    staged = run_dir / "staged"
    buyers = pl.read_parquet(staged / "contact.parquet")
    assert sorted(buyers["lastname"].to_list()) == sorted(["丹丹", "月月", "哈哈", "张"])
    products = pl.read_parquet(staged / "product.parquet").to_dicts()
    assert len(products) == 11
    first = products[0]     # sort desc, id desc: product 93
    assert first["name"] == first["productnumber"] == (
        "谜秀100棉渐变蓝吊染A字连衣裙女2025夏季新款女度假风褶皱仙女裙")
    assert (first["price"], first["quantityonhand"]) == (None, 13.0)
    assert all(p["price"] is None for p in products)
    assert sum(p["quantityonhand"] for p in products) > 0
    orders = pl.read_parquet(staged / "salesorder.parquet").to_dicts()
    assert len(orders) == 26
    newest = orders[0]      # newest id first: order 45
    assert (newest["ordernumber"], newest["totalamount"], newest["submitdate"]) == (
        "order96230175066471646892698", 160.72, "2025-06-23T15:45:16Z")
    assert newest["name"] == newest["ordernumber"]
    assert Counter(o["__ref__customerid_contact"] for o in orders) == {
        "月月": 19, "张": 4, "丹丹": 2, "哈哈": 1}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["contact"]) == {"lastname"}
    assert not any(n for cols in verified.values() for n in cols.values())
