"""keys549's public export runs end to end from its parameters file, decisions only
(issue 13): jshERP (华夏ERP, the Chinese inventory, sales, purchase and finance program for
small businesses), its own records -- the demo rows of its install script at 69ca5d23
(GPL-3.0; tenant 63): 3 customers ('客户1'...), 3 suppliers, 1 member, 9 products in 12
barcode rows ('衣服' in four variants), 2 sales-out and 3 purchase-in bills, 4 handlers, 2
users -- headed by its export templates' and list screens' Chinese labels ('名称*',
'基本条码*', '单据编号', '收款优惠'; tests/data/exports/jsherp-export-zh; SOURCE.md), on the
branch-point engine 3a01c1f8 (session 65, round Z41). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit, and the price list 'jshERP prices'.

The customers load as accounts keyed by their name: phones, e-mail, fax, address, note,
enabled as active. The member loads as a contact keyed by the card number: the one-cell name
as last name, mobile, active. The product rows load as products keyed by barcode on the
org's default unit group and unit: name, the barcode as the product number (each of 衣服's
four variants its own), the sales price as the list price, the purchase price as the cost,
note, active. The sales-out bills load as sales orders keyed and named by the bill number,
of the exported customer '客户1' (by name) on the org's price list: the bill's date (China
time, read as UTC+8) as submitted and fulfilled, the discount given, other charges. Nothing
held back, skipped, failed or cleared; no owner queued; verification finds no column
differing. The org is set up in yuan (base_currency CNY).

The parameters decide: the two files discovery named unknown (会员信息 a contact, 销售出库 an
order: measured misses), the keys, no owner column (the bill's operator is no user of the
rehearsal org: the fallback owner), the enabled flag '状态*' as the state (1 active, 0
inactive; a measured miss: read as the status reason), the member's one-cell name (a measured
miss) and, since the file's kind had to be decided, its phones, e-mail and note, the
purchase price as the cost (a measured miss), the barcode as the product number (the map
took the name, four times the same for 衣服's variants), the sales price as the price, the
weight, the order's name, number, dates, discount amount and rate (measured misses), other
charges and note, no order status from the bill's approval, the customer by name, the org's
price list and units, the source's time zone, the org's currency, and a quarantine gate of 0%.

What is NOT read (left unmapped): a customer's contact person, opening receivable, tax
number, tax rate, bank and bank account, list position; a member's card number (the key);
a product's specification, model, colour, category, shelf life, units and second barcode,
variant attributes, retail and lowest prices, tracking flags, shelf, manufacturer, custom
fields and opening stock; a bill's linked order, product summary, operator, quantity, totals
(computed by Dynamics), settlement account, deposit, payment, debt, salespeople and approval
status; and the files 供应商信息 (suppliers), 采购入库 (purchase-in bills), 经手人
(handlers) and 用户 (users: matched, not created).
"""

from __future__ import annotations

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
from test_public_end_to_end_session12 import _product_catalogue

NAME = "jsherp-export-zh"
PRICES = "jshERP prices"
ACCOUNT = {"name": "名称*", "telephone3": "手机号码", "telephone1": "联系电话",
           "emailaddress1": "电子邮箱", "fax": "传真", "address1_line1": "地址",
           "description": "备注", "statecode": "状态*"}
CONTACT = {"lastname": "联系人", "mobilephone": "手机号码", "telephone1": "联系电话",
           "emailaddress1": "电子邮箱", "description": "备注", "statecode": "状态*"}
PRODUCT = {"name": "名称*", "productnumber": "基本条码*", "price": "销售价",
           "standardcost": "采购价", "stockweight": "基础重量(kg)", "description": "备注",
           "statecode": "状态*", "productstructure": None, "quantitydecimal": None,
           # since session 65 the map reads the purchase price as the current cost too
           "currentcost": "采购价"}
ORDER = {"name": "单据编号", "ordernumber": "单据编号", "submitdate": "单据日期",
         "datefulfilled": "单据日期", "discountamount": "收款优惠",
         "discountpercentage": "优惠率", "freightamount": "其它费用", "description": "备注"}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


@pytest.mark.public
def test_jsherp_customers_member_products_and_sales_load(
        runs: Callable[[str], Path]) -> None:
    """The customers as accounts, the member as a contact, the product rows as products by
    barcode, the sales-out bills as sales orders of their customer; the other files stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "account": ("客户信息", 3, 3, 0, 0, 0, 0, 0, 0),
        "contact": ("会员信息", 1, 1, 0, 0, 0, 0, 0, 0),
        "product": ("商品信息", 12, 12, 0, 0, 0, 0, 0, 0),
        "salesorder": ("销售出库", 2, 2, 0, 0, 0, 0, 0, 0)}
    assert not any(out[t]["closed_as"] or out[t]["links_left"] for t in out)
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "客户信息": ("account", {"account": 3}, True),
        "会员信息": ("contact", {"contact": 1}, True),
        "商品信息": ("product", {"product": 12}, True),
        "销售出库": ("order", {"salesorder": 2}, True),
        "供应商信息": ("unknown", {}, False),
        "采购入库": ("unknown", {}, False),
        "经手人": ("unknown", {}, False),
        "用户": ("user", {}, False)}
    assert files["用户"]["reason"].startswith("matched to Dynamics 365 users")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "product", "salesorder"}
    for target, columns, key in (("account", ACCOUNT, "名称*"), ("contact", CONTACT, "会员卡号*"),
                                 ("product", PRODUCT, "基本条码*"),
                                 ("salesorder", ORDER, "单据编号")):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert table["source_key"] == f"key({key})"
        assert not table.get("owner")                    # no owner column decided
    assert {"联系人", "期初应收", "纳税人识别号", "开户行", "账号"} <= set(
        tables["account"]["unmapped"])
    assert {"零售价", "最低售价", "型号", "类别", "多属性", "仓库1"} <= set(
        tables["product"]["unmapped"])
    assert {"操作员", "金额合计", "含税合计", "本次收款", "本次欠款", "状态"} <= set(
        tables["salesorder"]["unmapped"])
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "account": {}, "contact": {},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        "salesorder": {"customerid": ("account", "客户"), "pricelevelid": ("pricelevel", None)}}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == sorted([
        ("供应商信息", "unknown"), ("采购入库", "unknown"), ("经手人", "unknown"),
        ("用户", "user")])

    for kind in ("quarantine", "skipped", "failed", "cleared", "flags"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    accounts = _staged(run_dir, "account")
    assert accounts.select(["name", "telephone1", "statecode"]).rows() == [
        ("客户3", None, 0), ("客户2", None, 0), ("客户1", "12345678", 0)]
    contact = _staged(run_dir, "contact")
    assert contact.select(["lastname", "statecode"]).rows() == [("小曹", 0)]
    assert contact["mobilephone"][0].isdigit() and len(contact["mobilephone"][0]) == 11
    products = _staged(run_dir, "product")
    assert products["currentcost"].to_list() == products["standardcost"].to_list()
    assert products.select(["name", "productnumber", "price", "standardcost",
                            "statecode"]).rows() == [
        ("衣服", "1014", 14.0, 12.0, 0), ("衣服", "1015", 14.0, 12.0, 0),
        ("衣服", "1016", 14.0, 12.0, 0), ("衣服", "1017", 14.0, 12.0, 0),
        ("商品200", "1009", 22.0, 11.0, 0), ("商品test1", "1000", 22.0, 11.0, 0),
        ("序列号商品测试", "1008", 15.0, 12.0, 0), ("商品17", "1006", 30.0, 20.0, 0),
        ("商品8", "1004", 20.0, 10.0, 0), ("商品3", "1003", 14.0, 8.0, 0),
        ("商品2", "1002", 15.0, 10.0, 0), ("商品1", "1001", 15.0, 11.0, 0)]
    assert products["productnumber"].n_unique() == 12    # every barcode its own product
    assert products["description"].to_list()[4] == "aaaabbbbb"
    orders = _staged(run_dir, "salesorder")
    assert "totalamount" not in orders.columns and "statuscode" not in orders.columns
    assert orders.select(list(ORDER)).rows() == [
        ("XSCK00000000652", "XSCK00000000652", "2021-07-06T15:45:24Z", "2021-07-06T15:45:24Z",
         0.0, None, 0.0, None),
        # '[订]': the list's mark of a bill made from a sales order, as exported
        ("XSCK00000000634[订]", "XSCK00000000634[订]", "2021-06-01T16:22:54Z",
         "2021-06-01T16:22:54Z", 0.0, None, 0.0, None)]
    # both bills are of the customer '客户1', found by its name
    first = accounts.filter(pl.col("name") == "客户1")["__source_id"].to_list()
    assert orders["__via__customerid_account"].to_list() == ["name"] * 2
    assert orders["__ref__customerid_account"].to_list() == first * 2
    assert all(PRICES in r for r in orders["__ref__pricelevelid"].to_list())

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert not any(v for table in verified.values() for v in table.values())
