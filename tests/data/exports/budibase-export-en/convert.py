"""Budibase's sample data (the four tables a new app's "Sample Data" source holds) as its
table CSV export writes them.

Built for round Z8 (session 54, keys422). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory holding commit 41e90fd8293cc22e3c2e28b39aa2a09aa4ff0bab of
GitHub Budibase/budibase (e.g. the `fetch` tool's mirror of github:kp-forks/budibase, a
fork whose newest commit it is: the merge of Budibase's pull request #19523); files are
read with `git show`. No TypeScript is run: the object literals are read as data.

Rules (nothing here is invented data):
- Tables and rows: packages/server/src/db/defaultData/datasource_bb_default.ts (the four
  tables' schemas: Inventory, Employees, Jobs, Expenses, in DEFAULT_TABLES' order) and the
  rows of inventoryImport.ts, employeeImport.ts, jobsImport.ts, expensesImport.ts, as
  buildDefaultDocs() imports them (api/controllers/table/utils.ts importToRows): an
  ARRAY (multi-select) field given one string becomes a one-element list; the AUTO_ID
  column counts 1, 2, ... in the import order. The import stamps "Created At" and
  "Updated At" with the time the app is created; the recorded values the files carry
  (2022-11-10) are kept, so a rerun gives the same bytes.
- Export: the data grid's Export button with no selection, filter or sort calls the views
  export (api/controllers/view/views.ts exportView): headers are the table schema's keys
  in their order, relationship (LINK) columns dropped (rows/utils.ts cleanExportRows);
  rows pass outputProcessing (utilities/rowProcessor/index.ts: a DATETIME that ignores
  time zones is written as new Date(value + "Z").toISOString() without the "Z", other
  DATETIMEs as toISOString()). api/controllers/view/exporters.ts csv(): every header in
  double quotes; a list or object cell is JSON.stringify(value) in double quotes, another
  defined value its toString() in double quotes ('"' doubled), an absent value an empty
  cell; "," between cells, "\\n" between rows, no final newline, no byte order mark.
- Row order: the export lists the rows in their document-id order (random ids made at
  import); here they follow the import order (the AUTO_ID column's order).
- File names: the builder downloads every table as "export.csv"; each file here is named
  after its table (Inventory.csv, Employees.csv, Jobs.csv, Expenses.csv).
- Language: Budibase's builder is in English only, and these headers are the sample
  tables' own column names (data, not interface labels): one export, en.
"""
import argparse
import datetime
import json
import os
import re
import subprocess

COMMIT = "41e90fd8293cc22e3c2e28b39aa2a09aa4ff0bab"
BASE = "packages/server/src/db/defaultData/"
SCHEMAS = BASE + "datasource_bb_default.ts"
IMPORTS = {"inventoryImport": BASE + "inventoryImport.ts",
           "employeeImport": BASE + "employeeImport.ts",
           "jobsImport": BASE + "jobsImport.ts",
           "expensesImport": BASE + "expensesImport.ts"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


# --- a reader of JavaScript object literals (the subset these files use) -----------------
TOKEN = re.compile(r"""
    (?P<ws>\s+|//[^\n]*)
  | (?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<spread>\.\.\.)
  | (?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)
  | (?P<punct>[{}\[\]:,])
""", re.X)


class Spread(str):
    """A `...NAME` entry of an object literal."""


def tokens(text, pos):
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot read at {pos}: {text[pos:pos + 40]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind != "ws":
            yield kind, m.group(kind)


def js_string(lit):
    if lit[0] == "'":
        lit = '"' + lit[1:-1].replace('\\"', '"').replace('"', '\\"') + '"'
    return json.loads(lit)


def parse_value(it):
    kind, val = next(it)
    return value_of(kind, val, it)


def value_of(kind, val, it):
    if kind == "str":
        return js_string(val)
    if kind == "num":
        return float(val) if any(c in val for c in ".eE") else int(val)
    if kind == "name":
        return {"null": None, "true": True, "false": False}.get(val, val)
    if val == "[":
        out = []
        while True:
            kind, val = next(it)
            if val == "]":
                return out
            if val == ",":
                continue
            out.append(value_of(kind, val, it))
    if val == "{":
        out = {}
        while True:
            kind, val = next(it)
            if val == "}":
                return out
            if val == ",":
                continue
            if kind == "spread":
                _, name = next(it)
                out[Spread(name)] = None
                continue
            key = js_string(val) if kind == "str" else val
            _, colon = next(it)
            assert colon == ":", (key, colon)
            out[key] = parse_value(it)
    raise ValueError(f"unexpected {val!r}")


def literal_after(text, head):
    """The object or array literal that follows `head` (e.g. 'export const X = ')."""
    i = text.index(head) + len(head)
    return parse_value(tokens(text, i))


def expand(schema, consts):
    out = {}
    for key, field in schema.items():
        if isinstance(key, Spread):
            out.update(expand(consts[str(key)], consts))
        else:
            out[key] = field
    return out


# --- what Budibase does to the rows ----------------------------------------------------
def js_iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_date(text):
    """new Date(text) for the ISO forms these rows hold (a trailing Z or none: UTC here)."""
    t = text[:-1] if text.endswith("Z") else text
    return datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S.%f")


def output_value(field, value):
    if field.get("type") == "FieldType.DATETIME" and isinstance(value, str):
        if field.get("ignoreTimezones"):
            return js_iso(parse_date(value + "Z" if not value.endswith("Z") else value))[:-1]
        return js_iso(parse_date(value))
    return value


def js_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def cell(value):
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        text = js_text(value)
    return '"' + text.replace('"', '""') + '"'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gitdir")
    ap.add_argument("out")
    args = ap.parse_args(argv)
    src = show(args.gitdir, SCHEMAS)
    consts = {"AUTO_COLUMNS": literal_after(src, "const AUTO_COLUMNS: TableSchema = ")}
    order = re.search(r"DEFAULT_TABLES: Table\[\] = \[([^\]]*)\]", src).group(1)
    schema_names = re.findall(r"DEFAULT_(\w+)_TABLE_SCHEMA", order)
    imports = dict(re.findall(r"tableImport\(\s*DEFAULT_(\w+)_TABLE_SCHEMA,\s*(\w+)\s*\)", src))
    os.makedirs(args.out, exist_ok=True)
    for short in schema_names:
        table = literal_after(src, f"export const DEFAULT_{short}_TABLE_SCHEMA: Table = ")
        schema = expand(table["schema"], consts)
        data_name = imports[short]
        rows = literal_after(show(args.gitdir, IMPORTS[data_name]),
                             f"export const {data_name} = ")
        headers = [k for k, f in schema.items() if f.get("type") != "FieldType.LINK"]
        lines = [",".join(f'"{h}"' for h in headers)]
        for number, row in enumerate(rows, start=1):
            row = dict(row)
            for key, field in schema.items():
                if field.get("type") == "FieldType.ARRAY" and row.get(key) \
                        and not isinstance(row[key], list):
                    row[key] = [row[key]]
                if field.get("subtype") == "AutoFieldSubType.AUTO_ID":
                    row[key] = number
            lines.append(",".join(cell(output_value(schema[h], row.get(h))) for h in headers))
        path = os.path.join(args.out, f"{table['name']}.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write("\n".join(lines))
        print(f"{path}: {len(rows)} rows, {len(headers)} columns")


if __name__ == "__main__":
    main()
