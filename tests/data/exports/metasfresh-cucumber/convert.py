"""metasfresh's Cucumber test fixtures (the ``metasfresh contains <table>:`` steps of its
``.feature`` files) -> one CSV per table, as a database tool's table export gives them (see
SOURCE.md). Ours; the data is not committed.

    python convert.py FEATURES_DIR OUT_DIR

FEATURES_DIR holds the feature files (any depth); they are read in sorted path order. Each
step ``metasfresh contains C_BPartners:`` (and its variants) is followed by a Gherkin table
whose header names metasfresh's columns. A header is made a column name as metasfresh's
database has it: the fixture's ``OPT.`` prefix is dropped; a reference given by another
record's handle or code (``C_BPartner_ID.Identifier``, ``C_UOM_ID.X12DE355``) is named by
its column (``C_BPartner_ID``; ``C_Currency.ISO_Code`` -> ``C_Currency_ID``); the fixture's
record handle (``Identifier``) is the table's id column (``C_BPartner_ID``). A record gets a
number as its id, as metasfresh's database gives it (1000001 up, one sequence per table),
and a reference to a record made earlier in the same feature file takes that record's
number; any other reference keeps the fixture's text (seed data such as ``540024``, a
warehouse's handle). Columns are the union of the headers in order of first use; a record
lacks the columns its table did not give (empty). A column spelled in two cases
(``deliveryRule``, ``DeliveryRule``) is one column, spelled as metasfresh spells it; the
order's ``paymentTerm`` (the payment term by its name) is ``C_PaymentTerm_ID``. As the
fixtures' step code does (``DataTableRow.suggestValueAndName``), a business partner or
product without Name or Value takes the other, and without either its handle (the step adds
the time of the run, left out here); a user without Name takes its handle. Other values are
untouched (``null`` stays). A user's passwords (test values) are left out.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

STEP = re.compile(
    r"^\s*(?:Given|And|When|Then|But|\*)\s+metasfresh contains ([A-Za-z_]+)(.*?):?\s*$")
TABLES = {  # the step's table word -> the table exported
    "C_BPartners": "C_BPartner",
    "C_BPartner_Locations": "C_BPartner_Location",
    "AD_Users": "AD_User",
    "C_Orders": "C_Order",
    "C_OrderLines": "C_OrderLine",
    "M_Products": "M_Product",
}
ORDER = ["C_BPartner", "C_BPartner_Location", "AD_User", "C_Order", "C_OrderLine", "M_Product"]
REFS = {"C_BPartner_ID": "C_BPartner", "Bill_BPartner_ID": "C_BPartner",
        "DropShip_BPartner_ID": "C_BPartner", "C_BPartner_Location_ID": "C_BPartner_Location",
        "Bill_Location_ID": "C_BPartner_Location", "DropShip_Location_ID": "C_BPartner_Location",
        "AD_User_ID": "AD_User", "Bill_User_ID": "AD_User", "C_Order_ID": "C_Order",
        "M_Product_ID": "M_Product"}


NAMED = {"C_BPartner": ("Name", "Value"), "M_Product": ("Name", "Value"), "AD_User": ("Name",)}
SKIP = {"Password", "ProcurementPassword"}  # a user's (test) passwords are left out
ALIAS = {"paymentTerm": "C_PaymentTerm_ID", "deliveryRule": "DeliveryRule"}


def column(table: str, head: str) -> str:
    head = head.strip()
    if head in ALIAS:
        return ALIAS[head]
    if head.startswith("OPT."):
        head = head[4:]
    if head == "Identifier":
        return f"{table}_ID"
    if "." in head:
        head = head.split(".", 1)[0]
        if not head.endswith("_ID"):
            head += "_ID"
    return head


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main(src: str, out: str) -> None:
    rows: dict[str, list[dict[str, str]]] = {t: [] for t in ORDER}
    cols: dict[str, list[str]] = {t: [] for t in ORDER}
    seq = {t: 1000000 for t in ORDER}
    for path in sorted(Path(src).rglob("*.feature")):
        lines = path.read_text(encoding="utf-8").splitlines()
        ids: dict[str, dict[str, str]] = {t: {} for t in ORDER}
        i = 0
        while i < len(lines):
            m = STEP.match(lines[i])
            i += 1
            table = TABLES.get(m.group(1)) if m else None
            if table is None:
                continue
            while i < len(lines) and lines[i].strip().startswith("#"):
                i += 1
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append(cells(lines[i]))
                i += 1
            if not block:
                continue
            head = [column(table, h) for h in block[0]]
            for c in head + list(NAMED.get(table, ())):
                if c not in cols[table] and c not in SKIP:
                    cols[table].append(c)
            key = f"{table}_ID"
            for values in block[1:]:
                rec = dict(zip(head, values, strict=False))
                names = NAMED.get(table, ())
                given = next((rec[c] for c in names if rec.get(c)), rec.get(key))
                for c in names:
                    if given and not rec.get(c):
                        rec[c] = given
                for c, v in rec.items():
                    if c != key and c in REFS and v in ids[REFS[c]]:
                        rec[c] = ids[REFS[c]][v]
                seq[table] += 1
                handle = rec.get(key)
                rec[key] = str(seq[table])
                if handle:
                    ids[table][handle] = rec[key]
                rows[table].append(rec)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for table in ORDER:
        head = cols[table]
        if f"{table}_ID" in head:
            head.remove(f"{table}_ID")
        head.insert(0, f"{table}_ID")
        with (dest / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(head)
            for rec in rows[table]:
                w.writerow([rec.get(c, "") for c in head])
        print(f"{table}.csv: {len(rows[table])} rows x {len(head)} columns")


if __name__ == "__main__":
    main(*sys.argv[1:3])
