"""AdventureWorks OLTP (microsoft/sql-server-samples, adventure-works/oltp-install-script) ->
one CSV per table, as an admin panel exports a database: headers the column names of the
table's CREATE TABLE statement in instawdb.sql (computed columns included: the data files
carry them), values as the headerless data file gives them (split by the FIELDTERMINATOR
and ROWTERMINATOR its BULK INSERT statement names; an empty field is empty), foreign keys
as the ids. A file's name is its table's name without the schema.

Mechanical cut, to keep the export small ("first" = lowest ids): Customer keeps its first
100 rows with a StoreID and no PersonID and its first 100 rows with a PersonID; Store the
stores kept customers name; BusinessEntityContact the contacts of kept stores; EmailAddress
and PersonPhone the rows of the persons kept customers, store contacts and sales people
name; BusinessEntityAddress the rows of kept stores and those persons, Address the
addresses they name; Product its first 200 rows with FinishedGoodsFlag 1 (made for sale);
SpecialOfferProduct the rows of kept products. Every other table taken is whole.

    python convert.py /path/to/oltp-install-script OUTDIR
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

TABLES = ["Customer", "Store", "SalesPerson", "SalesTerritory", "SalesPersonQuotaHistory",
          "SpecialOffer", "SpecialOfferProduct", "Currency", "EmailAddress", "PersonPhone",
          "PhoneNumberType", "Address", "BusinessEntityAddress", "AddressType",
          "StateProvince", "CountryRegion", "BusinessEntityContact", "ContactType", "Product",
          "ProductSubcategory", "ProductCategory", "Department", "Vendor"]
CUT = 200
TERM = {r"\t": "\t", "0x0a": "\n", r"\n": "\n", "+|": "+|", r"&|\n": "&|\n"}


def schema(sql: str) -> tuple[dict[str, list[str]], dict[str, tuple[str, str]]]:
    """Each table's column names and its data file's field and row terminators."""
    cols: dict[str, list[str]] = {}
    for m in re.finditer(r"CREATE TABLE \[\w+\]\.\[(\w+)\]\((.*?)\n\) ON", sql, re.S):
        cols[m.group(1)] = re.findall(r"^\s*\[(\w+)\]", m.group(2), re.M)
    terms: dict[str, tuple[str, str]] = {}
    for m in re.finditer(r"BULK INSERT \[\w+\]\.\[(\w+)\].*?FIELDTERMINATOR\s*=\s*'([^']*)'"
                         r".*?ROWTERMINATOR\s*=\s*'([^']*)'", sql, re.S):
        terms[m.group(1)] = (TERM[m.group(2)], TERM[m.group(3)])
    return cols, terms


def read(folder: Path, table: str, cols: list[str], terms: tuple[str, str]) -> list[dict]:
    text = (folder / f"{table}.csv").read_text(encoding="utf-8-sig")
    field, row = terms
    rows = [r for r in text.split(row) if r.strip("\r\n")]
    out = []
    for r in rows:
        vals = r.split(field)
        assert len(vals) == len(cols), (table, len(vals), len(cols), r[:80])
        out.append(dict(zip(cols, vals, strict=True)))
    return out


def main(src: str, outdir: str) -> None:
    folder = Path(src)
    cols, terms = schema((folder / "instawdb.sql").read_text(encoding="utf-8").replace("\r", ""))
    t = {name: read(folder, name, cols[name], terms[name]) for name in TABLES}

    def ids(rows: list[dict], col: str) -> set[str]:
        return {r[col] for r in rows if r[col]}

    cust = sorted(t["Customer"], key=lambda r: int(r["CustomerID"]))
    stores_c = [r for r in cust if r["StoreID"] and not r["PersonID"]][:CUT // 2]
    people_c = [r for r in cust if r["PersonID"]][:CUT // 2]
    t["Customer"] = sorted(stores_c + people_c, key=lambda r: int(r["CustomerID"]))
    stores = ids(t["Customer"], "StoreID")
    t["Store"] = [r for r in t["Store"] if r["BusinessEntityID"] in stores]
    t["BusinessEntityContact"] = [r for r in t["BusinessEntityContact"]
                                  if r["BusinessEntityID"] in stores]
    persons = (ids(t["Customer"], "PersonID") | ids(t["BusinessEntityContact"], "PersonID")
               | ids(t["SalesPerson"], "BusinessEntityID"))
    for name in ("EmailAddress", "PersonPhone"):
        t[name] = [r for r in t[name] if r["BusinessEntityID"] in persons]
    t["BusinessEntityAddress"] = [r for r in t["BusinessEntityAddress"]
                                  if r["BusinessEntityID"] in persons | stores]
    addresses = ids(t["BusinessEntityAddress"], "AddressID")
    t["Address"] = [r for r in t["Address"] if r["AddressID"] in addresses]
    products = sorted(t["Product"], key=lambda r: int(r["ProductID"]))
    t["Product"] = [r for r in products if r["FinishedGoodsFlag"] == "1"][:CUT]
    kept = ids(t["Product"], "ProductID")
    t["SpecialOfferProduct"] = [r for r in t["SpecialOfferProduct"] if r["ProductID"] in kept]
    for name in TABLES:
        with open(Path(outdir) / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols[name])
            w.writerows([[r[c] for c in cols[name]] for r in t[name]])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
