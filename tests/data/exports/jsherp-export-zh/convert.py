"""Build jshERP's (华夏ERP) exports in Simplified Chinese from its install script's demo rows.

    python convert.py GITDIR OUTDIR

GITDIR: a git directory holding jishenghua/jshERP at commit 69ca5d23 (the `fetch` tool's
mirror). Reads jshERP-boot/docs/jsh_erp.sql at that commit with `git show` and writes, as
UTF-8 CSV (comma, LF, Python's csv quoting), the files jshERP's back office exports or lists:
客户信息, 供应商信息, 会员信息 (SupplierService.exportExcel), 商品信息
(MaterialService.exportExcel), 销售出库, 采购入库 (the bill lists' columns, SaleOutList.vue,
PurchaseInList.vue), 经手人 (PersonList.vue), 用户 (UserList.vue). Standard library only; a
rerun gives the same bytes. See SOURCE.md.
"""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

COMMIT = "69ca5d23033b7e8e4bca5c3ac713d3f3d10b8e2a"
SQL = "jshERP-boot/docs/jsh_erp.sql"
TENANT = "63"  # the demo tenant (login 'jsh'): the back office shows its rows only


def read_sql(gitdir: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{SQL}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def parse_values(text: str) -> list:
    """One INSERT's VALUES (...) as a list: strings, None for null."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "'":
            buf, i = [], i + 1
            while text[i] != "'":
                if text[i] == "\\":
                    nxt = text[i + 1]
                    buf.append({"0": "\0", "n": "\n", "r": "\r", "t": "\t"}.get(nxt, nxt))
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            out.append("".join(buf))
            i += 1
        elif text.startswith("null", i):
            out.append(None)
            i += 4
        else:
            i += 1
    return out


def tables(sql: str) -> dict[str, list[dict]]:
    cols: dict[str, list[str]] = {}
    for m in re.finditer(r"CREATE TABLE `(\w+)` \((.*?)\) ENGINE", sql, re.S):
        cols[m.group(1)] = [c for c in re.findall(r"^\s+`(\w+)`", m.group(2), re.M)]
    rows: dict[str, list[dict]] = {}
    for m in re.finditer(r"INSERT INTO `(\w+)` VALUES \((.*)\);\r?$", sql, re.M):
        vals = parse_values(m.group(2))
        rows.setdefault(m.group(1), []).append(dict(zip(cols[m.group(1)], vals, strict=True)))
    return rows


def live(rows: list[dict]) -> list[dict]:
    return [r for r in rows if (r.get("delete_flag") or r.get("delete_Flag") or "0") != "1"
            and r.get("tenant_id") == TENANT]


def bit(v: str | None) -> bool:
    return v not in (None, "\0", "0")


def dec(v: str | None, places: int) -> str:
    if v is None or v == "":
        return ""
    q = Decimal(1).scaleb(-places)
    return str(Decimal(v).quantize(q, rounding=ROUND_HALF_UP))


def plain(v: str | Decimal | None) -> str:
    """A BigDecimal as the list's JSON shows it: no trailing zeros ('44', '12.5')."""
    if v is None or v == "":
        return ""
    d = Decimal(v).normalize()
    return format(d, "f")


def sort_key(r: dict):
    # 'order by sort asc, id desc': MySQL puts null sorts first
    return (r.get("sort") is not None, r.get("sort") or "", -int(r["id"]))


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def suppliers(t: dict, out: Path) -> None:
    rows = sorted(live(t["jsh_supplier"]), key=sort_key)
    for kind, fname in (("客户", "客户信息"), ("供应商", "供应商信息")):
        begin = "期初应收" if kind == "客户" else "期初应付"
        header = ["名称*", "联系人", "手机号码", "联系电话", "电子邮箱", "传真", begin,
                  "纳税人识别号", "税率(%)", "开户行", "账号", "地址", "备注", "排序", "状态*"]
        data = []
        for s in rows:
            if s["type"] != kind:
                continue
            need = s["begin_need_get"] if kind == "客户" else s["begin_need_pay"]
            data.append([s["supplier"], s["contacts"], s["telephone"], s["phone_num"], s["email"],
                         s["fax"], dec(need, 2), s["tax_num"], dec(s["tax_rate"], 2),
                         s["bank_name"], s["account_number"], s["address"], s["description"],
                         s["sort"], "1" if bit(s["enabled"]) else "0"])
        write(out, fname, header, data)
    header = ["会员卡号*", "联系人", "手机号码", "联系电话", "电子邮箱", "备注", "排序", "状态*"]
    data = [[s["supplier"], s["contacts"], s["telephone"], s["phone_num"], s["email"],
             s["description"], s["sort"], "1" if bit(s["enabled"]) else "0"]
            for s in rows if s["type"] == "会员"]
    write(out, "会员信息", header, data)


def materials(t: dict, out: Path) -> None:
    units = {u["id"]: u for u in live(t["jsh_unit"])}
    cats = {c["id"]: c for c in live(t["jsh_material_category"])}
    exts = live(t["jsh_material_extend"])
    depots = sorted(live(t["jsh_depot"]),
                    key=lambda d: (d["sort"] is not None, d["sort"] or "", int(d["id"])))
    other: dict[str, dict] = {}
    for me in exts:  # getOtherMaterialList: a second unit's barcode (no sku), first per material
        if me["default_flag"] == "0" and not me["sku"]:
            other.setdefault(me["material_id"], me)
    header = ("名称*,规格,型号,颜色,类别,基础重量(kg),保质期(天),基本单位*,副单位,"
              "基本条码*,副条码,比例,多属性,采购价,零售价,销售价,最低售价,状态*,"
              "序列号,批号,仓位货架,制造商,自定义1,自定义2,自定义3,备注").split(",")
    header += [d["name"] for d in depots]
    pairs = []
    for m in live(t["jsh_material"]):
        for me in exts:
            if me["material_id"] == m["id"] and (me["default_flag"] == "1" or me["sku"]):
                pairs.append((m, me))
    pairs.sort(key=lambda p: (-int(p[0]["id"]), -int(p[1]["default_flag"] or 0), int(p[1]["id"])))
    data = []
    for m, me in pairs:
        u = units.get(m["unit_id"])
        o = other.get(m["id"])
        c = cats.get(m["category_id"])
        data.append([m["name"], m["standard"], m["model"], m["color"], c["name"] if c else "",
                     dec(m["weight"], 3), m["expiry_num"] or "", me["commodity_unit"],
                     o["commodity_unit"] if o else "", me["bar_code"], o["bar_code"] if o else "",
                     plain(u["ratio"]) if u else "", me["sku"], dec(me["purchase_decimal"], 3),
                     dec(me["commodity_decimal"], 3), dec(me["wholesale_decimal"], 3),
                     dec(me["low_decimal"], 3), "1" if bit(m["enabled"]) else "0",
                     m["enable_serial_number"], m["enable_batch_number"], m["position"], m["mfrs"],
                     m["other_field1"], m["other_field2"], m["other_field3"], m["remark"]]
                    + ["0" for _ in depots])  # no initial stock rows in the demo data
    write(out, "商品信息", header, data)


def bills(t: dict, out: Path) -> None:
    orgs = {s["id"]: s for s in t["jsh_supplier"]}
    users = {u["id"]: u for u in t["jsh_user"]}
    accounts = {a["id"]: a for a in t["jsh_account"]}
    persons = {p["id"]: p for p in t["jsh_person"]}
    mats = {m["id"]: m for m in t["jsh_material"]}
    items = live(t["jsh_depot_item"])
    status = {"0": "未审核", "1": "已审核", "9": "审核中"}
    heads = live(t["jsh_depot_head"])
    for sub, fname, party, pay, due, done, st2, st3, salesman in (
            ("销售", "销售出库", "客户", "收款优惠", "待收金额", "本次收款",
             "完成出库", "部分出库", True),
            ("采购", "采购入库", "供应商", "付款优惠", "待付金额", "本次付款",
             "完成入库", "部分入库", False)):
        header = [party, "单据编号", "关联订单", "商品信息", "单据日期", "操作员", "数量",
                  "金额合计", "含税合计", "优惠率", pay, "其它费用", due, "结算账户",
                  "扣除订金", done, "本次欠款"]
        header += (["销售人员"] if salesman else []) + ["备注", "状态"]
        data = []
        for h in sorted((h for h in heads if h["sub_type"] == sub), key=lambda h: -int(h["id"])):
            lines = [i for i in items if i["header_id"] == h["id"]]
            names = ",".join(" ".join([mats[i["material_id"]]["name"],
                                       mats[i["material_id"]]["standard"] or "",
                                       mats[i["material_id"]]["model"] or "",
                                       mats[i["material_id"]]["color"] or ""])
                             for i in lines)
            count = sum((Decimal(i["oper_number"] or 0) for i in lines), Decimal(0))
            z = lambda v: Decimal(v) if v not in (None, "") else Decimal(0)  # noqa: E731
            total = abs(z(h["total_price"]))
            last = z(h["discount_last_money"])
            other = z(h["other_money"])
            deposit = z(h["deposit"])
            change = abs(z(h["change_amount"]))
            debt = last + other - (deposit + change)
            number = h["number"] + ("[订]" if h["link_number"] else "")
            acc = accounts.get(h["account_id"])
            org = orgs.get(h["organ_id"])
            sm = ",".join(persons[p]["name"]
                          for p in re.findall(r"\[(\d+)\]", h["sales_man"] or "") if p in persons)
            st = {"2": st2, "3": st3}.get(h["status"], status.get(h["status"], ""))
            row = [org["supplier"] if org else "", number, h["link_number"], names,
                   h["oper_time"], users[h["creator"]]["username"], plain(count), plain(total),
                   f"{z(h['discount_money']) + last:.2f}",
                   (plain(h["discount"]) + "%") if z(h["discount"]) else "",
                   plain(h["discount_money"]), plain(h["other_money"]),
                   f"{last + other - deposit:.2f}" if (last + other - deposit) else "0",
                   acc["name"] if acc else "", plain(deposit), plain(change), plain(debt)]
            row += ([sm] if salesman else []) + [h["remark"], st]
            data.append(row)
        write(out, fname, header, data)


def people(t: dict, out: Path) -> None:
    rows = sorted(live(t["jsh_person"]), key=sort_key)
    write(out, "经手人", ["姓名", "类型", "排序", "状态"],
          [[p["name"], p["type"], p["sort"], "启用" if bit(p["enabled"]) else "禁用"]
           for p in rows])
    roles = {f"[{r['id']}]": r["name"] for r in t["jsh_role"] if r["delete_flag"] != "1"}
    ub = {}
    for b in t["jsh_user_business"]:
        if b["type"] == "UserRole":
            ub.setdefault(b["key_id"], b["value"])
    rels = {r["user_id"]: r for r in t["jsh_orga_user_rel"] if r["delete_flag"] != "1"}
    orgs = {o["id"]: o for o in t["jsh_organization"] if o["delete_flag"] != "1"}
    users = [u for u in t["jsh_user"] if u["tenant_id"] == TENANT and u["Status"] != "1"]

    def seq(u):
        s = (rels.get(u["id"]) or {}).get("user_blng_orga_dspl_seq")
        return (s is not None, s or "", -int(u["id"]))
    data = []
    for u in sorted(users, key=seq):
        rel = rels.get(u["id"]) or {}
        org = orgs.get(rel.get("orga_id"))
        utype = ("租户" if u["id"] == u["tenant_id"]
                 else "超管" if u["tenant_id"] is None else "普通")
        data.append([u["login_name"], u["username"], utype, roles.get(ub.get(u["id"]), ""),
                     org["org_abr"] if org else "", "是" if u["leader_flag"] == "1" else "否",
                     u["phonenum"], rel.get("user_blng_orga_dspl_seq"),
                     {"0": "启用", "2": "禁用"}.get(u["Status"], "")])
    write(out, "用户", ["登录名称", "用户姓名", "用户类型", "角色", "机构", "是否经理",
                      "电话号码", "排序", "状态"], data)


def main() -> None:
    gitdir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    t = tables(read_sql(gitdir))
    suppliers(t, out)
    materials(t, out)
    bills(t, out)
    people(t, out)


if __name__ == "__main__":
    main()
