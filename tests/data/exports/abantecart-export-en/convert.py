"""Build AbanteCart's admin list exports (customers, orders, products, brands).

AbanteCart (abantecart/abantecart-src, OSL-3.0) loads a fixed demo shop with
``public_html/install/abantecart_sample_data.sql``: customers, their orders, a
catalogue of products and their brands (manufacturers). Its admin data export
(System > Data > Import/Export) writes raw table.column names in every language,
so each file here is instead the admin list view (jqGrid) of that object, headed
by the column strings of the admin language files, cells as the grid's
``listing_grid`` controller prints them (check boxes and switches as the
language's text, links as their text, thumbnails and action buttons left out).

Usage::

    python convert.py --lang en SRC OUTDIR

SRC is a folder holding the files named in SOURCE.md under their repository paths
(``git show c31db569:PATH``). Python 3, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

LANG_DIRS = {
    "en": ("english", "public_html/admin/language/english"),
    "es": ("spanish", "public_html/extensions/default_spanish/admin/language/spanish"),
    "it": ("italian", "public_html/extensions/default_italian/admin/language/italian"),
}
SAMPLE = "public_html/install/abantecart_sample_data.sql"
SCHEMA = "public_html/install/abantecart_database.sql"
SPANISH_INSTALL = "public_html/extensions/default_spanish/install.php"


def sql_values(text: str, start: int) -> tuple[list[list[object]], int]:
    """Parse the VALUES tuples of a MySQL INSERT from ``start``; return rows and end."""
    rows: list[list[object]] = []
    i = start
    n = len(text)
    row: list[object] | None = None
    while i < n:
        c = text[i]
        if c == ";" and row is None:
            return rows, i
        if c == "(" and row is None:
            row = []
            i += 1
            continue
        if row is not None:
            if c == "'":
                buf = []
                i += 1
                while i < n:
                    ch = text[i]
                    if ch == "\\":
                        nxt = text[i + 1]
                        buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                        i += 2
                        continue
                    if ch == "'":
                        if i + 1 < n and text[i + 1] == "'":
                            buf.append("'")
                            i += 2
                            continue
                        break
                    buf.append(ch)
                    i += 1
                row.append("".join(buf))
                i += 1
                continue
            if c == ")":
                rows.append(row)
                row = None
                i += 1
                continue
            if c in ", \t\r\n":
                i += 1
                continue
            m = re.compile(r"[^,)\s]+(?:\s*\+\s*INTERVAL\s+\d+\s+\w+)?").match(text, i)
            token = m.group(0)
            if token.upper() == "NULL":
                row.append(None)
            elif re.fullmatch(r"-?\d+", token):
                row.append(int(token))
            elif re.fullmatch(r"-?\d+\.\d+", token):
                row.append(token)
            else:
                row.append(token)
            i = m.end()
            continue
        i += 1
    return rows, i


def table_columns(schema: str, table: str) -> list[str]:
    m = re.search(r"CREATE TABLE `" + re.escape(table) + r"` \((.*?)\n\)", schema, re.S)
    cols = []
    for line in m.group(1).splitlines():
        mm = re.match(r"\s*`(\w+)`", line)
        if mm:
            cols.append(mm.group(1))
    return cols


def inserts(sql: str, schema: str, table: str) -> list[dict[str, object]]:
    """Every row the file's INSERTs into ``table`` hold, as dicts."""
    out: list[dict[str, object]] = []
    pat = re.compile(r"INSERT INTO `" + re.escape(table) + r"`\s*(\((.*?)\))?\s*VALUES", re.S)
    for m in pat.finditer(sql):
        if m.group(2):
            cols = re.findall(r"`(\w+)`", m.group(2))
        else:
            cols = table_columns(schema, table)
        rows, _ = sql_values(sql, m.end())
        for r in rows:
            out.append(dict(zip(cols, r, strict=True)))
    return out


def load_lang(src: Path, lang: str, files: list[str]) -> dict[str, str]:
    """The definitions of the language's main file then ``files`` (later ones win)."""
    name, folder = LANG_DIRS[lang]
    defs: dict[str, str] = {}
    for f in [name, *files]:
        p = src / folder / (f + ".xml")
        root = ET.parse(p).getroot()
        for d in root.iter("definition"):
            key = (d.findtext("key") or "").strip()
            defs[key] = d.findtext("value") or ""
    return defs


def get(defs: dict[str, str], key: str) -> str:
    return defs.get(key, key)


def number_format(value: float, places: int, dec: str, thou: str) -> str:
    s = f"{abs(value):,.{places}f}"
    s = s.replace(",", "\0").replace(".", dec).replace("\0", thou)
    return ("-" if round(value, places) < 0 else "") + s


def money_display(value: str, defs: dict[str, str]) -> str:
    """utils.php moneyDisplayFormat('no_round') with the default currency's 2 places."""
    v = float(value)
    places = 2
    if v != round(v, places):
        frac = repr(v).split(".")[1]
        places = max(places, len(frac))
    return number_format(v, places, get(defs, "decimal_point") or ".", get(defs, "thousand_point"))


def date_short(stamp: str, fmt: str) -> str:
    y, m, d = stamp[:10].split("-")
    return fmt.replace("d", d).replace("m", m).replace("Y", y)


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def order_statuses(src: Path, schema: str, lang: str) -> dict[int, str]:
    if lang == "en":
        rows = inserts(schema, schema, "ac_order_statuses")
        return {r["order_status_id"]: r["name"] for r in rows if r["language_id"] == 1}
    if lang == "es":
        text = (src / SPANISH_INSTALL).read_text(encoding="utf-8")
        block = text[text.index("table('order_statuses')"):]
        block = block[:block.index('");')]
        pat = r"\((\d+),\s*\"\s*\.\s*\$new_language_id\s*\.\s*\",\s*'([^']*)'\)"
        return {int(a): b for a, b in re.findall(pat, block)}
    # default_italian's install.sql is empty: no order status is named in Italian
    return {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=sorted(LANG_DIRS), required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    src, out, lang = a.src, a.out, a.lang
    out.mkdir(parents=True, exist_ok=True)
    sql = (src / SAMPLE).read_text(encoding="utf-8")
    schema = (src / SCHEMA).read_text(encoding="utf-8")

    groups = {i + 1: r["name"] for i, r in enumerate(inserts(schema, schema, "ac_customer_groups"))}
    currencies = {r["code"]: r for r in inserts(schema, schema, "ac_currencies")}
    customers = inserts(sql, schema, "ac_customers")
    orders = inserts(sql, schema, "ac_orders")
    products = inserts(sql, schema, "ac_products")
    pdesc = {r["product_id"]: r for r in inserts(sql, schema, "ac_product_descriptions")
             if r["language_id"] == 1}
    to_store = {r["product_id"] for r in inserts(sql, schema, "ac_products_to_stores")
                if r["store_id"] == 0}
    brands = inserts(sql, schema, "ac_manufacturers")

    # customers.csv: Sales > Customers (sale/customer), sorted by date added, newest first
    d = load_lang(src, lang, ["common/header", "sale/customer"])
    placed = {}
    for o in orders:
        if int(o["order_status_id"]) > 0:
            placed[o["customer_id"]] = placed.get(o["customer_id"], 0) + 1
    rows = []
    for c in sorted(customers, key=lambda r: (r["date_added"], r["customer_id"]), reverse=True):
        rows.append([
            c["customer_id"], f"{c['firstname']} {c['lastname']}", c["email"],
            groups.get(c["customer_group_id"], ""),
            get(d, "text_enabled") if c["status"] else get(d, "text_disabled"),
            get(d, "text_yes") if c["approved"] else get(d, "text_no"),
            placed.get(c["customer_id"], 0), c["date_added"],
        ])
    write(out / "customers.csv",
          [get(d, k) for k in ("column_id", "column_name", "column_email", "column_group",
                               "column_status", "column_approved", "text_order",
                               "column_date_added")], rows)

    # orders.csv: Sales > Orders (sale/order), order id descending, status > 0
    d = load_lang(src, lang, ["common/header", "sale/order"])
    statuses = order_statuses(src, schema, lang)
    rows = []
    for o in sorted(orders, key=lambda r: int(r["order_id"]), reverse=True):
        if int(o["order_status_id"]) <= 0:
            continue
        cur = currencies[o["currency"]]
        total = round(float(o["total"]) * float(o["value"]), int(cur["decimal_place"]))
        number = number_format(total, int(cur["decimal_place"]), get(d, "decimal_point"),
                               get(d, "thousand_point"))
        money = cur["symbol_left"] + number + cur["symbol_right"]
        rows.append([o["order_id"], html.unescape(f"{o['firstname']} {o['lastname']}"),
                     statuses.get(int(o["order_status_id"]), ""),
                     date_short(o["date_added"], get(d, "date_format_short")), money])
    write(out / "orders.csv",
          [get(d, k) for k in ("column_order", "column_name", "column_status",
                               "column_date_added", "column_total")], rows)

    # products.csv: Catalog > Products (catalog/product), last modified first
    d = load_lang(src, lang, ["catalog/product"])
    rows = []
    for p in sorted(products, key=lambda r: (r["date_modified"], r["product_id"]), reverse=True):
        if p["product_id"] not in to_store or p["product_id"] not in pdesc:
            continue
        price = get(d, "text_call_to_order") if p["call_to_order"] else money_display(p["price"], d)
        rows.append([html.unescape(pdesc[p["product_id"]]["name"]), p["model"], p["sku"], price,
                     int(p["quantity"]),
                     get(d, "text_enabled") if p["status"] else get(d, "text_disabled")])
    write(out / "products.csv",
          [get(d, k) for k in ("column_name", "column_model", "column_sku", "column_price",
                               "column_quantity", "column_status")], rows)

    # manufacturers.csv: Catalog > Brands (catalog/manufacturer), sort order then name
    d = load_lang(src, lang, ["catalog/manufacturer"])
    counts: dict[int, int] = {}
    for p in products:
        counts[p["manufacturer_id"]] = counts.get(p["manufacturer_id"], 0) + 1
    rows = [[html.unescape(b["name"]), counts.get(b["manufacturer_id"], 0), b["sort_order"]]
            for b in sorted(brands, key=lambda r: (r["sort_order"], r["name"]))]
    write(out / "manufacturers.csv",
          [get(d, k) for k in ("column_name", "column_products", "column_sort_order")], rows)


if __name__ == "__main__":
    main()
