"""Build OXID eShop's admin list exports (users, orders, products) in one language.

Usage: convert.py --lang en|de SRC OUT

SRC holds these files of OXID-eSales/oxideshop_ce at commit 80f11a92 (2022-08-11, b-6.5.x:
the last commit under GPL-3.0, before e20a7161 put the shop under a non-commercial licence;
the acceptance-test data were removed later, in a014d0f1), at their repository paths:

- tests/Acceptance/Admin/testSql/demodata_PE_CE.sql: the records the shop's admin
  acceptance tests load (users, orders, articles). Read are its ``REPLACE INTO`` rows of
  ``oxuser``, ``oxorder`` and ``oxarticles``.
- source/Application/views/admin/<lang>/lang.php: the admin's labels (OXID CE ships the
  admin in German and English only).

OXID has no CSV export of users or orders; each file is the admin list view, columns as
its template (source/Application/views/admin/tpl/*_list.tpl) prints them:

- users.csv (user_list.tpl): A (active: the list shows a tick for oxactive = 1, written
  here as 1 / 0), Name (``oxlname oxfname``, '-kein Name-' for an empty last name),
  E-mail (oxusername, ``oxtruncate:21:"...":true``), Street, ZIP, City, Phone (oxfon),
  Cust No. Sorted as UserList's default (oxusername ascending). The shop's admin user is
  not among them: the file only updates the one the installer made from its own input.
- orders.csv (order_list.tpl): Order Time (oxorderdate), Payment Date (oxpaid), Order No.,
  First Name (oxbillfname), Last Name (oxbilllname); every folder (the list's 'all'
  choice), newest first (OrderList: oxorderdate, descending). Dates through
  ``oxformdate``: no ``sLocalDateFormat`` is configured, so ISO ('Y-m-d H:i:s') in both
  languages, an empty date as '0000-00-00 00:00:00'.
- products.csv (article_list.tpl): A (oxactive 1 / 0), Prod. No. (oxartnum), Title
  (oxtitle; the English shop language is language 1, oxtitle_1), Short Description
  (oxshortdesc(_1), ``oxtruncate:45:"..":true``). Parent articles only (variants are
  listed under their parent), in the file's order (no default sorting).
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

SQL = "tests/Acceptance/Admin/testSql/demodata_PE_CE.sql"
LANG = "source/Application/views/admin/{}/lang.php"
LANG_SUFFIX = {"de": "", "en": "_1"}  # shop language 0 is German, 1 English


def read_lang(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    return {k: v.replace("\\'", "'") for k, v in
            re.findall(r"'([A-Za-z0-9_]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", text)}


def parse_values(body: str) -> list[list[str | None]]:
    """The tuples of an SQL VALUES list: strings unquoted, NULL as None."""
    rows: list[list[str | None]] = []
    i, n = 0, len(body)
    row: list[str | None] | None = None
    while i < n:
        c = body[i]
        if c == "(" and row is None:
            row = []
            i += 1
        elif c == ")" and row is not None:
            rows.append(row)
            row = None
            i += 1
        elif c == "'" and row is not None:
            j, buf = i + 1, []
            while True:
                if body[j] == "\\":
                    buf.append(body[j + 1])
                    j += 2
                elif body[j] == "'" and j + 1 < n and body[j + 1] == "'":
                    buf.append("'")
                    j += 2
                elif body[j] == "'":
                    break
                else:
                    buf.append(body[j])
                    j += 1
            row.append("".join(buf))
            i = j + 1
        elif row is not None and re.match(r"[-0-9A-Za-z.]", c):
            m = re.match(r"[-0-9A-Za-z._]+", body[i:])
            assert m
            tok = m.group(0)
            row.append(None if tok.upper() == "NULL" else tok)
            i += len(tok)
        elif c == ";" and row is None:
            break
        else:
            i += 1
    return rows


def table_rows(sql: str, table: str) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for m in re.finditer(rf"REPLACE INTO `{table}` \(([^)]*)\) VALUES", sql):
        cols = [c.strip().strip("`").lower() for c in m.group(1).split(",")]
        for r in parse_values(sql[m.end():]):
            out.append(dict(zip(cols, r, strict=True)))
    return out


def truncate(s: str, length: int, etc: str) -> str:  # Smarty truncate, break_words=true
    return s if len(s) <= length else s[:length - len(etc)] + etc


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANG_SUFFIX))
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang = read_lang(a.src / LANG.format(a.lang))
    sql = (a.src / SQL).read_text(encoding="utf-8")
    a.out.mkdir(parents=True, exist_ok=True)

    def t(ident: str) -> str:
        return lang[ident]

    users = sorted(table_rows(sql, "oxuser"), key=lambda u: u["oxusername"] or "")
    header = [t(x) for x in ("GENERAL_ACTIVTITLE", "GENERAL_NAME", "GENERAL_EMAIL",
                             "GENERAL_STREET", "USER_LIST_ZIP", "USER_LIST_PLACE",
                             "GENERAL_TELEPHONE", "USER_LIST_CUSTOMERNUM")]
    rows = [[u["oxactive"] or "0", f"{u['oxlname'] or '-kein Name-'} {u['oxfname']}",
             truncate(u["oxusername"] or "", 21, "..."), u["oxstreet"] or "", u["oxzip"] or "",
             u["oxcity"] or "", u["oxfon"] or "", u["oxcustnr"] or ""] for u in users]
    write(a.out / "users.csv", header, rows)

    orders = sorted(table_rows(sql, "oxorder"), key=lambda o: o["oxorderdate"] or "",
                    reverse=True)
    header = [t(x) for x in ("ORDER_LIST_ORDERTIME", "ORDER_LIST_PAID", "GENERAL_ORDERNUM",
                             "ORDER_LIST_CUSTOMERFNAME", "ORDER_LIST_CUSTOMERLNAME")]
    rows = [[o["oxorderdate"] or "", o["oxpaid"] or "0000-00-00 00:00:00",
             o["oxordernr"] or "", o["oxbillfname"] or "", o["oxbilllname"] or ""]
            for o in orders]
    write(a.out / "orders.csv", header, rows)

    sfx = LANG_SUFFIX[a.lang]
    arts = [r for r in table_rows(sql, "oxarticles") if not r.get("oxparentid")]
    header = [t(x) for x in ("GENERAL_ACTIVTITLE", "GENERAL_ARTNUM", "GENERAL_ARTICLE_OXTITLE",
                             "GENERAL_SHORTDESC")]
    rows = [[r["oxactive"] or "0", r["oxartnum"] or "", r.get("oxtitle" + sfx) or "",
             truncate(re.sub(r"<[^>]*>", "", r.get("oxshortdesc" + sfx) or ""), 45, "..")]
            for r in arts]
    write(a.out / "products.csv", header, rows)


if __name__ == "__main__":
    main()
