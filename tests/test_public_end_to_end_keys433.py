"""keys433's public export runs end to end from its parameters file, decisions only
(issue 13): CRMEB Java (crmeb/crmeb_java at 7e180300, Apache-2.0; the Chinese e-commerce
shop and back office), the demo records of its install SQL (11 products on sale, 26 orders
the back office has not deleted) as its back office's Excel exports write them
(ExcelServiceImpl through hutool's ExcelWriter: a merged title row and a merged '生成时间' row
above the Chinese header; tests/data/exports/crmeb-export-zh; SOURCE.md). Held out on the
branch-point engine d3222a02 (session 55, round Z9), asserted since round Z9's tuning
(engine c5cbeb44). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through ``run_public``).

On d3222a02 the reader took each workbook's title row for its header and the parameters took
the columns by position, skipping the generation-time and header lines as rows, and the
prices ('￥229.60', the full-width yen sign) were cleared, not read. Now the reader skips the
two title lines itself (discovery warns '2 row(s) before the header skipped' for each
workbook), the columns are the real Chinese headers, and the prices read as numbers. The 11
products load on the org's default unit group and unit (name and, as the key, product
number: the product's name; price; units in stock); four buyers load as contacts made from
the orders' buyer names (用户姓名: CRMEB's users have no export), and the 26 orders as sales
orders of their buyer (by name) on the price list the org's admin set up, with their number
(name and order number), amount paid and creation time (the submit date). Nothing skipped,
cleared, held back or failed; no one queued as owner; verification finds no column differing.

The parameters decide: the buyers made from values of 用户姓名; the keys (the order number,
the product name); no owner column; the buyer's name as the contact's last name and the
order number as the order's name (both required, which the map leaves empty); the creation
time as the submit date, not the record's created-on (where the map puts it); the order
status left unread (the map proposes it; the demo's statuses have no decided option); the
products' structure and whole units; the links (buyer by name, price list, unit group and
unit). The map takes the products' name, price and stock and the orders' number and amount
paid by itself.

What is NOT read (left unmapped): the products' category (商品分类), units sold (销量) and
page views (浏览量); the orders' product names (商品信息), status (订单状态), payment method
(支付方式) and order type (订单类型).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    _export_dir,
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
PRODUCT = {"name": "商品名称", "productnumber": "商品名称", "price": "价格",
           "quantityonhand": "库存", "productstructure": None, "quantitydecimal": None}
ORDER = {"name": "订单号", "ordernumber": "订单号", "totalamount": "实际支付金额",
         "submitdate": "创建时间"}


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


def _sheet(file: str) -> list[dict[str, object]]:
    """The workbook's rows under its header (the fourth line: title, generation time,
    header), as CRMEB wrote them, read apart from the engine."""
    folder = _export_dir(NAME)
    assert folder is not None
    ws = openpyxl.load_workbook(folder / f"{file}.xlsx", read_only=True).active
    title, generated, header, *rows = ws.iter_rows(values_only=True)
    assert title[0] in ("商品导出", "订单导出") and str(generated[0]).startswith("生成时间")
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_crmeb_products_buyers_and_orders_load(runs: Callable[[str], Path]) -> None:
    """The reader skips the two title lines above each header (warned), the products (their
    '￥' prices read as numbers), the buyers made from the orders and the orders load under
    the real Chinese headers; nothing skipped, cleared or held back; verification finds no
    column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("buyers", 4, 4, 0, 0, 0, 0, 0),
        "product": (PRODUCTS, 11, 11, 0, 0, 0, 0, 0),
        "salesorder": (ORDERS, 26, 26, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in (PRODUCTS, ORDERS)} == {
        PRODUCTS: ("product", {"product": 11}), ORDERS: ("order", {"salesorder": 26})}

    # the title and generation-time lines skipped by the reader, each workbook warned
    discovery = json.loads((run_dir / "discovery.json").read_text())
    assert sorted((p["file"], p["problem"], p["severity"]) for p in discovery["problems"]) == [
        (f"{f}.xlsx#sheet1", "2 row(s) before the header skipped", "warning")
        for f in (PRODUCTS, ORDERS)]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product", "salesorder"}
    for target, columns in (("contact", {"lastname": "用户姓名"}), ("product", PRODUCT),
                            ("salesorder", ORDER)):
        assert {c["target"]: c["source"] for c in tables[target].get("columns", [])} == columns
        assert not tables[target].get("owner")          # the exports name no one
    assert tables["product"]["source_key"] == "key(商品名称)"
    assert tables["salesorder"]["source_key"] == "key(订单号)"
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", "用户姓名", "用户姓名"),
        "pricelevelid": ("pricelevel", None, None)}
    assert set(tables["product"]["unmapped"]) == {"商品分类", "销量", "浏览量"}
    assert set(tables["salesorder"]["unmapped"]) == {"商品信息", "订单状态", "支付方式", "订单类型"}
    assert not mapping.get("unmatched_sources")

    for target in ("contact", "product", "salesorder"):
        for kind in ("quarantine", "skipped", "cleared"):
            issues = pl.read_csv(run_dir / kind / f"{target}.csv", infer_schema=False)
            assert issues.height == 0, (target, kind)

    staged = run_dir / "staged"
    buyers = pl.read_parquet(staged / "contact.parquet")
    assert sorted(buyers["lastname"].to_list()) == sorted(["丹丹", "月月", "哈哈", "张"])

    # the prices ('￥229.60') read as numbers, every product as the workbook gives it
    goods = _sheet(PRODUCTS)
    assert len(goods) == 11 and all(str(g["价格"]).startswith("￥") for g in goods)
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row").to_dicts()
    assert [(p["name"], p["productnumber"], p["price"], p["quantityonhand"])
            for p in products] == [(g["商品名称"], g["商品名称"],
                                    float(str(g["价格"]).removeprefix("￥")),
                                    float(str(g["库存"]))) for g in goods]
    first = products[0]     # sort desc, id desc: product 93
    assert first["name"] == "谜秀100棉渐变蓝吊染A字连衣裙女2025夏季新款女度假风褶皱仙女裙"
    assert (first["price"], first["quantityonhand"]) == (229.6, 13.0)
    assert (products[1]["price"], products[2]["price"]) == (107.0, 270.6)

    sold = _sheet(ORDERS)
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row").to_dicts()
    assert len(orders) == len(sold) == 26
    assert [(o["ordernumber"], o["totalamount"], o["__ref__customerid_contact"])
            for o in orders] == [(s["订单号"], float(str(s["实际支付金额"])), s["用户姓名"])
                                 for s in sold]
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
