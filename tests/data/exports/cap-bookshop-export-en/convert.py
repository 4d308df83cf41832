"""Render SAP's CAP bookshop sample (SAP-samples/cloud-cap-samples) as an admin export of
its Fiori list pages, in one language (en, de or fr: the languages its _i18n files ship).

    python convert.py --lang LANG GITDIR [OUTDIR]

GITDIR: a git directory holding commit ef8702ac (e.g. the fetch tool's mirror of
github:SAP-samples/cloud-cap-samples). Reads the sample's initial data (db/data/*.csv), the
UI.LineItem annotations of its Fiori apps (bookstore/app/common.cds, orders/app/fiori.cds)
and the i18n bundles the bookstore merges (bookstore, orders, reviews, bookstore/app), and
writes books.csv, authors.csv, orders.csv and order_items.csv. Standard library only;
deterministic (a rerun gives the same bytes).
"""
import argparse
import csv
import io
import subprocess
from pathlib import Path

COMMIT = "ef8702acf804ed98ce0e7374caa1e9df05e82820"
DATA = {
    "books": "bookshop/db/data/sap.capire.bookshop-Books.csv",
    "texts": "bookshop/db/data/sap.capire.bookshop-Books.texts.csv",
    "authors": "bookshop/db/data/sap.capire.bookshop-Authors.csv",
    "genres": "bookshop/db/data/sap.capire.bookshop-Genres.csv",
    "currencies": "common/data/sap.common-Currencies.csv",
    "orders": "orders/db/data/sap.capire.orders-Orders.csv",
    "items": "orders/db/data/sap.capire.orders-Orders.Items.csv",
}
I18N_DIRS = ["bookstore/_i18n", "orders/_i18n", "reviews/_i18n", "bookstore/app/_i18n"]
# per language: CSV delimiter, decimal separator, date pattern (the Fiori medium date)
LOCALE = {
    "en": (",", ".", "{mon_en} {d}, {y}"),
    "de": (";", ",", "{dd}.{mm}.{y}"),
    "fr": (";", ",", "{dd}/{mm}/{y}"),
}
MON_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def read_csv(gitdir, path):
    text = git_show(gitdir, path)
    delim = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delim))


def read_props(gitdir, path):
    try:
        text = git_show(gitdir, path)
    except subprocess.CalledProcessError:
        return {}
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        out[k.strip()] = v.strip().replace("''", "'")
    return out


def bundle(gitdir, lang):
    """CAP's merged i18n bundle: the language's texts over the default (en) texts."""
    merged = {}
    for code in ["en", lang] if lang != "en" else ["en"]:
        for d in I18N_DIRS:
            merged.update(read_props(gitdir, f"{d}/i18n_{code}.properties"))
    return merged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALE))
    ap.add_argument("gitdir")
    ap.add_argument("outdir", nargs="?", default=".")
    a = ap.parse_args()
    lang, out = a.lang, Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    t = bundle(a.gitdir, lang)
    delim, dec, datepat = LOCALE[lang]

    def num(v):
        return v.replace(".", dec) if v else ""

    def date(v):
        if not v:
            return ""
        y, m, d = v[:10].split("-")
        return datepat.format(y=y, mm=m, dd=d, d=int(d), mon_en=MON_EN[int(m) - 1])

    def write(name, header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        (out / name).write_bytes(buf.getvalue().encode("utf-8"))

    books = read_csv(a.gitdir, DATA["books"])
    texts = {(r["ID"], r["locale"]): r for r in read_csv(a.gitdir, DATA["texts"])}
    authors = read_csv(a.gitdir, DATA["authors"])
    author_name = {r["ID"]: r["name"] for r in authors}
    genre_name = {r["ID"]: r["name"] for r in read_csv(a.gitdir, DATA["genres"])}
    symbol = {r["code"]: r["symbol"] for r in read_csv(a.gitdir, DATA["currencies"])}

    # Books list page (common.cds UI.LineItem: ID shown as its title, author, genre, stock,
    # price, currency symbol), with the semantic key ID and the description of the object page
    rows = []
    for b in books:
        loc = texts.get((b["ID"], lang), {})
        rows.append([b["ID"], loc.get("title") or b["title"], author_name.get(b["author_ID"], ""),
                     genre_name.get(b["genre_ID"], ""), b["stock"], num(b["price"]),
                     symbol.get(b["currency_code"], b["currency_code"]),
                     loc.get("descr") or b["descr"]])
    write("books.csv", [t["ID"], t["Title"], t["Author"], t["Genre"], t["Stock"], t["Price"],
                        t["Currency"], t["Description"]], rows)

    # Authors list page (common.cds UI.LineItem: ID shown as the name, the life dates and places)
    write("authors.csv", [t["ID"], t["Name"], t["DateOfBirth"], t["DateOfDeath"],
                          t["PlaceOfBirth"], t["PlaceOfDeath"]],
          [[r["ID"], r["name"], date(r["dateOfBirth"]), date(r["dateOfDeath"]),
            r["placeOfBirth"], r["placeOfDeath"]] for r in authors])

    # Orders list page (orders/app/fiori.cds UI.LineItem: OrderNo, buyer, currency, createdAt)
    orders = read_csv(a.gitdir, DATA["orders"])
    order_no = {r["ID"]: r["OrderNo"] for r in orders}
    write("orders.csv", [t["OrderNo"], t["Customer"], t["Currency"], t["Date"]],
          [[r["OrderNo"], r["buyer"], symbol.get(r["currency_code"], r["currency_code"]),
            date(r["createdAt"])] for r in orders])

    # Order Items table of the order's object page (UI.LineItem: product ID, title, unit price,
    # quantity), each row headed by its order's number (the page it was exported from)
    items = read_csv(a.gitdir, DATA["items"])
    write("order_items.csv", [t["OrderNo"], t["ProductID"], t["ProductTitle"], t["UnitPrice"],
                              t["Quantity"]],
          [[order_no[r["up__ID"]], r["product_ID"], r["title"], num(r["price"]), r["quantity"]]
           for r in items])


if __name__ == "__main__":
    main()
