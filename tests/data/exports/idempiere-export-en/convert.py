"""iDempiere's window exports (toolbar "Export", CSV) of GardenWorld records in its repository.

Built for round Z (session 51, keys366). Usage:

    python convert.py --lang en IDEMPIERE OUT

IDEMPIERE: files of GitHub idempiere/idempiere at 11ddd3b2b249fb8c8866a3c3a0040d09d6de427b
under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the GardenWorld demo client's (AD_Client_ID 11) records that iDempiere's own
  PostgreSQL migration scripts insert (the rest of GardenWorld lives in the seed database
  dump, which is not in the repository): business partners (C_BPartner) of
  migration-historic/352a-353a/postgresql/366_FRLiberoWorkShop.sql and
  migration/i9/postgresql/202203022152_IDEMPIERE-4297.sql, products (M_Product) of
  366_FRLiberoWorkShop.sql and migration/i7.1z/postgresql/202004091706_IDEMPIERE-4207.sql.
  Taken as they are, in file order. (The one GardenWorld order the scripts insert, C_Order
  200002 of migration/i7.1z/postgresql/202010031628_IDEMPIERE-4297.sql, is a purchase
  order, IsSOTrx 'N', whose identifying and total columns the exporter would skip as
  read-only: no orders file.)
- Files and columns: GridTabCSVExporter (org.adempiere.base/src/org/adempiere/impexp), the
  window toolbar's CSV export, heads each column by its ColumnName (a lookup as
  ColumnName[Value]/[Name], resolved through the referenced record). Columns here: the
  record's own (non-lookup) fields the inserts set (a field an insert leaves out, as the
  resource products' volume and shelf sizes, is an empty cell); lookup fields are left
  out because their referenced records (groups, price lists, users...) are in the seed
  dump, not in the repository. The exporter skips read-only fields and buttons
  (getFields): left out here are the columns the generated model classes X_C_BPartner and
  X_M_Product set with set_ValueNoCheck (not updateable, so read-only on a saved record:
  SO_CreditUsed, IsVerified). Field-level read-only flags and SeqNoGrid live in the seed
  dump: the order is the insert's. Files are named as the exporter suggests (getSuggestedFileName:
  Export_<TableName>.csv). The header is language-independent: only --lang en.
- Cells as the exporter's cell processors write them: Y/N flags (FmtBool("Y","N")),
  amounts with the en_US amount format without grouping ('0.00'), integers plain, list
  codes as stored (a list column's header has no [..] suffix: resolveColumnName).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF), as SuperCSV's STANDARD_PREFERENCE.
"""
import argparse
import csv
import os
import re

LANGS = ("en",)

# (output file, table, source scripts, [(column, kind)]); kind: s text, b Y/N, a amount,
# i integer
FILES = [
    ("Export_C_BPartner.csv", "C_BPartner", [
        "migration-historic/352a-353a/postgresql/366_FRLiberoWorkShop.sql",
        "migration/i9/postgresql/202203022152_IDEMPIERE-4297.sql",
    ], [
        ("Value", "s"), ("Name", "s"), ("IsActive", "b"), ("IsSummary", "b"),
        ("IsCustomer", "b"), ("IsVendor", "b"), ("IsProspect", "b"), ("IsEmployee", "b"),
        ("IsSalesRep", "b"), ("IsOneTime", "b"), ("IsTaxExempt", "b"),
        ("AD_Language", "s"), ("SOCreditStatus", "s"), ("SO_CreditLimit", "a"),
        ("TotalOpenBalance", "a"), ("ActualLifeTimeValue", "a"),
        ("PotentialLifeTimeValue", "a"), ("AcqusitionCost", "a"), ("SalesVolume", "i"),
        ("NumberEmployees", "i"), ("ShareOfCustomer", "i"), ("FlatDiscount", "a"),
        ("DocumentCopies", "i"), ("IsDiscountPrinted", "b"), ("SendEMail", "b"),
        ("ShelfLifeMinPct", "i"),
    ]),
    ("Export_M_Product.csv", "M_Product", [
        "migration-historic/352a-353a/postgresql/366_FRLiberoWorkShop.sql",
        "migration/i7.1z/postgresql/202004091706_IDEMPIERE-4207.sql",
    ], [
        ("Value", "s"), ("Name", "s"), ("IsActive", "b"), ("IsSummary", "b"),
        ("ProductType", "s"), ("IsStocked", "b"), ("IsPurchased", "b"), ("IsSold", "b"),
        ("IsBOM", "b"), ("IsDropShip", "b"), ("IsSelfService", "b"),
        ("IsWebStoreFeatured", "b"), ("Discontinued", "b"), ("Volume", "i"),
        ("Weight", "i"), ("ShelfWidth", "i"), ("ShelfHeight", "i"), ("ShelfDepth", "i"),
        ("UnitsPerPallet", "i"), ("GuaranteeDays", "i"), ("GuaranteeDaysMin", "i"),
        ("IsExcludeAutoDelivery", "b"), ("IsInvoicePrintDetails", "b"),
        ("IsPickListPrintDetails", "b"),
    ]),
]

TOKEN = re.compile(r"\s*(?:'((?:[^']|'')*)'|(NULL)|(-?[0-9.]+)|(TO_TIMESTAMP)\s*\(|(\))|(,))",
                   re.I)


def parse_values(text):
    """The values of one VALUES (...) tuple: strings, numbers, NULL, TO_TIMESTAMP(s, f)."""
    out, pos, in_ts = [], 0, False
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("cannot parse: " + text[pos:pos + 40])
        pos = m.end()
        s, null, num, ts, close, comma = m.groups()
        if comma or close:
            if close and in_ts:
                in_ts = False
            continue
        if ts:
            in_ts, ts_args = True, 0
            continue
        if in_ts:
            ts_args += 1
            if ts_args == 1:
                out.append(s)
            continue
        out.append(None if null else (s.replace("''", "'") if s is not None else num))
    return out


def read_rows(path, table):
    pat = re.compile(r"^INSERT INTO " + table + r" \(([^)]*)\) VALUES \((.*)\)\s*;?\s*$", re.I)
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = pat.match(line.strip())
            if not m:
                continue
            cols = [c.strip().lower() for c in m.group(1).split(",")]
            vals = parse_values(m.group(2))
            if len(cols) != len(vals):
                raise ValueError("column/value count differs in " + path)
            rec = dict(zip(cols, vals, strict=True))
            if rec.get("ad_client_id") == "11":
                rows.append(rec)
    return rows


def cell(value, kind):
    if value is None:
        return ""
    if kind == "a":
        return f"{float(value):.2f}"
    if kind == "i":
        return str(int(float(value)))
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("idempiere")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, table, scripts, fields in FILES:
        rows = []
        for script in scripts:
            rows += read_rows(os.path.join(a.idempiere, script), table)
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([col for col, _ in fields])
            for rec in rows:
                w.writerow([cell(rec.get(col.lower()), kind) for col, kind in fields])
        print(name, len(rows))


if __name__ == "__main__":
    main()
