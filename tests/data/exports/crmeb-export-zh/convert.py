"""CRMEB Java's admin Excel exports (products, orders) of the demo records its install SQL ships.

Built for round Z9 (session 55, keys433). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub crmeb/crmeb_java holding commit
7e18030058355f7143edc19dcb1dd72457d2da54 (2026-01-12); files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the demo records of the install script crmeb/sql/Crmeb_v1.4.sql (INSERT INTO ...):
  eb_store_product (11), eb_category, eb_store_order (45), eb_store_order_info (45),
  eb_store_pink (4).
- Files and columns: crmeb-service ExcelServiceImpl.exportProduct() / exportOrder() with
  ProductExcelVo / OrderExcelVo, written by ExportUtil.exportExecl() (hutool ExcelWriter):
  row 1 the merged title ('商品导出' / '订单导出'), row 2 the merged
  '生成时间:yyyy-MM-dd HH:mm:ss', row 3 the header aliases (bold), then every cell a string.
  File names '商品导出_' / '订单导出_' + yyyyMMddHHmmss + a random 9-digit number: here the
  time is fixed at the commit's time (2026-01-12 15:01:57, +08:00) and the random part at
  its lower bound 111111111, so a rerun gives the same bytes.
- Filters as the admin pages send them: products type 1 ('出售中': is_show 1, is_recycle 0,
  is_del 0; StoreProductServiceImpl.getAdminList, ordered sort desc, id desc); orders status
  'all', type 2 (every order not deleted by the back office, newest id first;
  StoreOrderServiceImpl.getAdminList, formatOrder1, getStatus, getPayType, getOrderTypeStr).
- Values: price '￥' + the decimal; the category names of cate_id joined by ','; the order's
  product names (eb_store_order_info.info JSON productName) joined by ','.
"""
import argparse
import io
import json
import os
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

COMMIT = "7e18030058355f7143edc19dcb1dd72457d2da54"
SQL = "crmeb/sql/Crmeb_v1.4.sql"
NOW = "2026-01-12 15:01:57"
STAMP = "20260112150157"
RANDOM = "111111111"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def columns(sql, table):
    m = re.search(r"CREATE TABLE `" + table + r"`\s*\((.*?)\n\)", sql, re.S)
    return re.findall(r"^\s*`(\w+)`\s", m.group(1), re.M)


def tuples(text):
    """The values of one MySQL VALUES (...) list: strings unescaped, NULL as None."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            j, buf = i + 1, []
            while text[j] != "'":
                if text[j] == "\\":
                    j += 1
                    buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(text[j], text[j]))
                else:
                    buf.append(text[j])
                j += 1
            out.append("".join(buf))
            i = j + 1
        elif c in ", ":
            i += 1
        else:
            j = i
            while j < n and text[j] not in ",":
                j += 1
            tok = text[i:j].strip()
            out.append(None if tok == "NULL" else tok)
            i = j
    return out


def rows(sql, table):
    cols = columns(sql, table)
    out = []
    for line in sql.splitlines():
        if line.startswith(f"INSERT INTO `{table}` VALUES ("):
            vals = tuples(line[line.index("(") + 1:line.rindex(")")])
            assert len(vals) == len(cols), (table, len(vals), len(cols))
            out.append(dict(zip(cols, vals, strict=True)))
    return out


def status_str(o):
    paid, status, refund = o["paid"] == "1", int(o["status"]), int(o["refund_status"])
    deleted, sysdel = o["is_del"] == "1", o["is_system_del"] == "1"
    ship = int(o["shipping_type"])
    live = not deleted and not sysdel
    if not paid and status == 0 and refund == 0 and live:
        return "未支付"
    if paid and status == 0 and refund == 0 and ship == 1 and live:
        return "未发货"
    if paid and status == 1 and refund == 0 and ship == 1 and live:
        return "待收货"
    if paid and status == 2 and refund == 0 and live:
        return "待评价"
    if paid and status == 3 and refund == 0 and live:
        return "交易完成"
    if paid and status == 0 and refund == 0 and ship == 2 and live:
        return "待核销"
    if paid and refund == 1 and live:
        return "申请退款"
    if paid and refund == 3 and live:
        return "退款中"
    value = ""
    if paid and refund == 2 and live:
        value = "已退款"
    if deleted or sysdel:
        value = "已删除"
    return value


def pay_type_str(p):
    return {"weixin": "微信支付", "yue": "余额支付", "alipay": "支付宝支付"}.get(p, "其他支付")


def order_type_str(o, pinks):
    fmt = "[{}订单]{}"
    t = fmt.format("普通", "")
    if o["verify_code"]:
        t = fmt.format("核销", "")
    if o["seckill_id"] is not None and int(o["seckill_id"]) > 0:
        t = fmt.format("秒杀", "")
    if o["bargain_id"] is not None and int(o["bargain_id"]) > 0:
        t = fmt.format("砍价", "")
    if o["combination_id"] is not None and int(o["combination_id"]) > 0:
        pink = pinks.get(o["pink_id"])
        if pink is not None:
            s = int(pink["status"])
            t = fmt.format("拼团", "已完成" if s == 2 else "未完成" if s == 3 else "正在进行中")
    if int(o["type"]) == 1:
        t = fmt.format("视频号", "")
    return t


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path, title, header, data):
    """One sheet ('sheet1') as hutool's ExcelWriter leaves it: the merged title row, the merged
    generation-time row, the bold header row, the data rows (every cell a string)."""
    width = len(header)
    lines = [[title], [f"生成时间:{NOW}"], header] + data
    body = []
    for r, row in enumerate(lines):
        style = 1 if r < 3 else 0
        cells = "".join(
            f'<c r="{col(c)}{r + 1}" t="inlineStr" s="{style}"><is><t>{escape(v)}</t></is></c>'
            for c, v in enumerate(row))
        body.append(f'<row r="{r + 1}">{cells}</row>')
    last = col(width - 1)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetFormatPr defaultRowHeight="15"/><cols>'
        f'<col min="1" max="{width}" width="22" customWidth="1"/></cols>'
        "<sheetData>" + "".join(body) + "</sheetData>"
        f'<mergeCells count="2"><mergeCell ref="A1:{last}1"/><mergeCell ref="A2:{last}2"/>'
        "</mergeCells></worksheet>")
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font>'
            '<font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" '
            'fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" '
            'borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>'),
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    sql = show(a.gitdir, SQL)
    excel = show(a.gitdir, "crmeb/crmeb-service/src/main/java/com/zbkj/service/service/"
                 "impl/ExcelServiceImpl.java")

    def aliases(method):
        block = excel[excel.index(f"public String {method}("):]
        block = block[:block.index("return ExportUtil.exportExecl")]
        return re.findall(r'^\s*aliasMap\.put\("(\w+)", "([^"]+)"\);', block, re.M)

    # products: type 1 (出售中), sort desc, id desc
    cats = {c["id"]: c["name"] for c in rows(sql, "eb_category")}
    prods = [p for p in rows(sql, "eb_store_product")
             if p["is_show"] == "1" and p["is_recycle"] == "0" and p["is_del"] == "0"]
    prods.sort(key=lambda p: (int(p["sort"]), int(p["id"])), reverse=True)
    pal = aliases("exportProduct")
    assert [k for k, _ in pal] == ["storeName", "cateName", "price", "stock", "sales",
                                   "browse"], pal
    pdata = []
    for p in prods:
        names = [cats[i] for i in p["cate_id"].split(",") if i.strip() and cats.get(i.strip())]
        pdata.append([p["store_name"], ",".join(names), "￥" + p["price"], p["stock"],
                      p["sales"], p["browse"] or "0"])
    write_xlsx(os.path.join(a.out, f"商品导出_{STAMP}{RANDOM}.xlsx"), "商品导出",
               [v for _, v in pal], pdata)

    # orders: status all, type 2 (全部订单), not deleted by the back office, id desc
    infos = {}
    for i in rows(sql, "eb_store_order_info"):
        infos.setdefault(i["order_id"], []).append(json.loads(i["info"])["productName"])
    pinks = {p["id"]: p for p in rows(sql, "eb_store_pink")}
    orders = [o for o in rows(sql, "eb_store_order") if o["is_system_del"] == "0"]
    orders.sort(key=lambda o: int(o["id"]), reverse=True)
    oal = aliases("exportOrder")
    assert [k for k, _ in oal] == ["orderId", "payPrice", "createTime", "productName",
                                   "statusStr", "payTypeStr", "orderType", "realName"], oal
    odata = []
    for o in orders:
        odata.append([o["order_id"], o["pay_price"], o["create_time"],
                      ",".join(infos.get(o["id"], [])), status_str(o),
                      pay_type_str(o["pay_type"]), order_type_str(o, pinks), o["real_name"]])
    write_xlsx(os.path.join(a.out, f"订单导出_{STAMP}{RANDOM}.xlsx"), "订单导出",
               [v for _, v in oal], odata)


if __name__ == "__main__":
    main()
