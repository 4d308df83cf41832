"""Appsmith's own table records as its Table widget's "Download as CSV" writes them.

Built for round Z8 (session 54, keys423). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory holding commit 38c9bc0afc7a6eea0ed1695c15cf3efe966ae23a of GitHub
appsmithorg/appsmith (Apache-2.0; 2024-10-31, "fix: datasource name not reflecting in schema
pane (#37131)"). The upstream repository is too large for the mirror tool; its fork
bonitasoft-labs/appsmith holds this commit as the head of its release branch. Files are read
with `git show COMMIT:PATH`; nothing else is read.

Rules (nothing here is invented data):
- Rows: the fixed records Appsmith ships for its Table widgets:
  * tbl_contacts.csv: app/client/src/modules/ui-builder/ui/wds/WDSTableWidget/constants/data.ts
    DEFAULT_DATA (sixteen people with their company, title, phone, e-mail and registration
    date): the sample data a new Table widget of Appsmith's Anvil editor shows
    (config/defaultsConfig.ts: tableData: DEFAULT_DATA). That widget has no download, so the
    rows are written as the classic Table widget (TableWidgetV2) bound to the same data
    downloads them, its date column ('Registration date', typed Date by getColumnType, with no
    input or output format) set to Plain text as Appsmith's own download spec does with its
    auto-typed columns, so the cell is the raw '2023-01-15'.
  * tbl_orders.csv: app/client/cypress/fixtures/TestDataSet1.json "TableInput" (five food
    orders: id, image, email, userName, productName, orderAmount), the table whose CSV
    download TableV2Filter2_2_Spec.ts "1. Verify Full table data - download csv" checks.
  * tbl_users.csv: app/client/cypress/fixtures/Table/DemoTableData.ts demoTableDataForSelect
    (five people: role, id, name, email, age, gender; role and gender are codes, the role
    a Select column labelled by TableV2Filter1_1_Spec.ts: 10 Software Engineer, 20 Product
    Manager, 30 UX Designer). The download writes the raw value, not the label.
  * tbl_employees.csv: app/client/cypress/fixtures/
    tableV2FilteringWithPrimaryColumnJSObjectWidthData.ts initData (ten employees), in the
    column order of the table that shows them
    (app/client/cypress/fixtures/tableV2FilteringWithPrimaryColumn.json: Table1.columnOrder).
- Columns: a Table widget makes one column per key of its data, in order of first appearance
  (widget/utilities.ts getAllTableColumnKeys), labelled by the key itself
  (getDefaultColumnProperties: label = id); a DSL's columnOrder reorders them.
- Cells: app/client/src/widgets/TableWidgetV2/component/header/actions/Utilities.ts
  transformTableDataIntoCsv and Download.tsx downloadDataAsCSV: the header row is the
  visible columns' labels; each cell is the row's value (transformDataPureFn: null -> '',
  numbers and strings as they are), a string's first '\n' replaced by a space, a string
  holding a comma wrapped in double quotes (no escaping of inner quotes); cells joined by the
  widget's delimiter (default ','), every line ending in '\n' (the last one too), numbers as
  JavaScript prints them (4.99, 120000). The file name is the widget's name + '.csv'; the
  widgets are named here by Appsmith's own convention (tbl_<thing>, as its partial-export
  fixture's tbl_userInfo), since every test names its one table Table1.
- Language: Appsmith's editor and widgets are English only (no translation catalogues); the
  headers are the data's keys in any case. One export: en.
"""
import argparse
import json
import os
import re
import subprocess

COMMIT = "38c9bc0afc7a6eea0ed1695c15cf3efe966ae23a"
ORDERS = "app/client/cypress/fixtures/TestDataSet1.json"
USERS = "app/client/cypress/fixtures/Table/DemoTableData.ts"
EMPLOYEES = "app/client/cypress/fixtures/tableV2FilteringWithPrimaryColumnJSObjectWidthData.ts"
EMPLOYEES_DSL = "app/client/cypress/fixtures/tableV2FilteringWithPrimaryColumn.json"
CONTACTS = "app/client/src/modules/ui-builder/ui/wds/WDSTableWidget/constants/data.ts"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def js_literal(text):
    """A JavaScript array literal of plain objects (unquoted keys, trailing commas) as JSON."""
    text = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text)


def js_str(value):
    """A cell as Array.prototype.join writes it (null and undefined: empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def cell(value):
    """transformTableDataIntoCsv: the first newline becomes a space; a comma quotes."""
    if isinstance(value, str):
        value = value.replace("\n", " ", 1)
        if "," in value:
            return f'"{value}"'
    return js_str(value)


def columns_of(rows, order=None):
    keys = []
    for row in rows:
        for k in row:
            if k not in keys:
                keys.append(k)
    if order:
        keys = [k for k in order if k in keys] + [k for k in keys if k not in order]
    return keys


def write(out, name, rows, order=None, delimiter=","):
    cols = columns_of(rows, order)
    lines = [delimiter.join(c for c in cols if c)]
    for row in rows:
        lines.append(delimiter.join(cell(row.get(c)) for c in cols))
    data = "".join(line + "\n" for line in lines)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    return len(rows)


def table_widget(dsl, name):
    stack = [dsl["dsl"]]
    while stack:
        w = stack.pop()
        if w.get("widgetName") == name:
            return w
        stack.extend(w.get("children") or [])
    raise KeyError(name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    ts = show(a.gitdir, CONTACTS)
    contacts = js_literal(ts[ts.index("["):ts.rindex("]") + 1])

    orders = json.loads(show(a.gitdir, ORDERS))["TableInput"]

    ts = show(a.gitdir, USERS)
    users = js_literal(ts[ts.index("{{") + 2:ts.rindex("}}")])

    ts = show(a.gitdir, EMPLOYEES)
    body = ts[ts.index("initData"):]
    employees = json.loads(body[body.index("["):body.rindex("]") + 1])
    table = table_widget(json.loads(show(a.gitdir, EMPLOYEES_DSL)), "Table1")

    for name, rows, order, delim in (
            ("tbl_contacts.csv", contacts, None, ","),
            ("tbl_orders.csv", orders, None, ","),
            ("tbl_users.csv", users, None, ","),
            ("tbl_employees.csv", employees, table["columnOrder"], table.get("delimiter") or ",")):
        print(name, write(a.out, name, rows, order, delim))


if __name__ == "__main__":
    main()
