"""coreBOS's test database (``database/coreBOSTests.sql`` of tsolucio/coreBOSTests) as the
CSV files coreBOS's own Export (the list view's "Export" action, vtiger CRM's export) gives,
one file per module.

Ours. The MySQL dump is read (``CREATE TABLE`` for each table's columns, ``INSERT INTO ...
VALUES`` for its rows, MySQL's escapes resolved by ../mysql_values.py). For each kept module
(MODULES) the module's fields are read from the dump's own ``vtiger_field`` rows (those
present, presence 0 or 2), in block and sequence order, each column headed by the field's
label (``fieldlabel``), as the export heads it. Each record not deleted (``vtiger_crmentity``
``deleted`` 0) is one row, in record id order, its values joined from the field's table
(``tablename``) on the record id. As the export does, an owner (uitype 52/53) is written as
the user's ``user_name`` (or the group's name), a reference to another record (uitype 10, 51,
57, 59, 68, 75) as that record's name (``vtiger_entityname``'s name fields), every other value
as stored (dates ``YYYY-MM-DD``, times ``YYYY-MM-DD hh:mm:ss``, check boxes ``0``/``1``,
multi-select ``a |##| b``), NULL empty. Left out: the campaign relation status (a related
list's column, not a module field) and the ticket comments (a related table).

    python convert.py /path/to/coreBOSTests.git COMMIT OUT
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the exports' shared scripts
from mysql_values import values_list  # noqa: E402

PATH = "database/coreBOSTests.sql"
MODULES = ["Accounts", "Contacts", "Leads", "HelpDesk", "Products", "Vendors"]
SKIP_FIELDS = {"campaignrelstatus", "comments"}
OWNER = {"52", "53"}
REFERENCE = {"10", "51", "57", "59", "68", "73", "75", "76", "78", "80", "81"}
CREATE = re.compile(r"CREATE TABLE `(\w+)` \((.*?)\n\)", re.S)
INSERT = re.compile(r"^INSERT INTO `(\w+)` VALUES\s*", re.M)


def read_tables(text: str) -> dict[str, list[dict[str, str | None]]]:
    """Every table's rows as dicts of column -> value."""
    columns = {m.group(1): [ln.strip().split()[0].strip("`")
                            for ln in m.group(2).split("\n") if ln.strip().startswith("`")]
               for m in CREATE.finditer(text)}
    tables: dict[str, list[dict[str, str | None]]] = {}
    for m in INSERT.finditer(text):
        cols = columns[m.group(1)]
        rows, _ = values_list(text, m.end())
        assert all(len(r) == len(cols) for r in rows), m.group(1)
        tables.setdefault(m.group(1), []).extend(dict(zip(cols, r, strict=True)) for r in rows)
    return tables


def main(repo: str, commit: str, out: str) -> None:
    """Write each kept module's export to ``out/<Module>.csv``."""
    text = subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{PATH}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    t = read_tables(text)
    tabid = {r["name"]: r["tabid"] for r in t["vtiger_tab"]}
    index: dict[str, dict[str, dict[str, str | None]]] = {}

    def row_of(table: str, key: str, rid: str) -> dict[str, str | None]:
        if table not in index:
            index[table] = {}
            for r in t.get(table, []):
                index[table].setdefault(str(r[key]), r)
        return index[table].get(rid, {})

    entity = {r["modulename"]: r for r in t["vtiger_entityname"]}
    crm = {r["crmid"]: r for r in t["vtiger_crmentity"]}
    owners = {r["id"]: r["user_name"] for r in t["vtiger_users"]}
    owners.update({r["groupid"]: r["groupname"] for r in t.get("vtiger_groups", [])})

    def name_of(rid: str | None) -> str:
        if not rid or rid == "0" or rid not in crm:
            return ""
        e = entity[crm[rid]["setype"]]
        rec = row_of(e["tablename"], e["entityidfield"], rid)
        return " ".join(str(rec.get(f) or "") for f in e["fieldname"].split(",")).strip()

    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    for module in MODULES:
        fields = sorted((f for f in t["vtiger_field"]
                         if f["tabid"] == tabid[module] and f["presence"] in ("0", "2")
                         and f["fieldname"] not in SKIP_FIELDS),
                        key=lambda f: (int(f["block"] or 0), int(f["sequence"] or 0)))
        base = entity[module]
        keys = {f["tablename"]: base["entityidfield"] for f in fields}
        keys["vtiger_crmentity"] = "crmid"
        for tb in keys:
            if tb != "vtiger_crmentity" and t.get(tb) and base["entityidfield"] not in t[tb][0]:
                keys[tb] = next(c for c in t[tb][0] if c.endswith("id"))
        ids = sorted(int(r["crmid"]) for r in t["vtiger_crmentity"]
                      if r["setype"] == module and r["deleted"] == "0")
        with (dest / f"{module}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([f["fieldlabel"] for f in fields])
            for rid in map(str, ids):
                out_row = []
                for f in fields:
                    v = row_of(f["tablename"], keys[f["tablename"]], rid).get(f["columnname"])
                    if f["uitype"] in OWNER:
                        v = owners.get(v or "", "")
                    elif f["uitype"] in REFERENCE:
                        v = name_of(v)
                    out_row.append("" if v is None else v)
                w.writerow(out_row)


if __name__ == "__main__":
    main(*sys.argv[1:4])
