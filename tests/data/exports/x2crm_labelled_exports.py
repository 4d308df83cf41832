"""X2CRM's sample data (protected/data/dummy_data.sql) written as its Reports module's
"Rows and Columns" report exports it to CSV for a user whose language is German, French,
Spanish, Italian, Dutch, Portuguese, Polish, Russian, Greek, Japanese, Chinese, Korean,
Hebrew or Persian: one file per
module, every field of the module chosen as a column, the header row each field's label as X2
shows it.

X2's report export (modules/reports/components/reports/X2RowsAndColumnsReport.php,
``getFormattedColumnHeaders``) heads each column with ``X2Model::getAttributeLabel``: the
field's ``attributeLabel`` of the ``x2_fields`` table (each module's data/install.sql
inserts them) through ``Yii::t(<module>, label)`` (X2Model::translatedAttributeLabel),
which X2MessageSource looks up in ``protected/messages/<lang>/<module>.php``, then in
``common.php``, and leaves in English when neither translates it.

Ours, not X2CRM's: a mechanical converter, shared by x2crm-export-de, -fr and -es (keys107)
and -it, -nl and -pt (keys113) and -pl, -ru, -el and -ja (keys123) and -zh-cn, -ko, -he
and -fa (keys135; see their SOURCE.md). Usage::

    mkdir -p SRC/modules SRC/messages/LANG
    G="git -C <X2CRM clone> show <commit>:x2engine/protected"
    $G/data/dummy_data.sql > SRC/dummy_data.sql
    for m in accounts contacts opportunities actions services products quotes marketing; do
        $G/modules/$m/data/install.sql > SRC/modules/$m.sql
        $G/messages/LANG/$m.php > SRC/messages/LANG/$m.php
    done
    $G/messages/LANG/common.php > SRC/messages/LANG/common.php
    python x2crm_labelled_exports.py SRC LANG OUT_DIR    # LANG: de fr es ... zh_cn ko he fa

The rows are the dump's rows of each module's table, parsed as x2crm-demo/convert.py parses
them; the columns are the table's columns that X2 defines as fields of the module (x2_fields
rows of its modelName), in the dump's order; the others (no field, so no report column) are
left out. Values as the dump holds them (NULL an empty cell): the report's own rendering of
values (dates, links, dropdowns) is not reproduced.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

# table -> (X2 model, module: the Yii::t category and the install.sql holding its fields)
MODULES = {
    "accounts": ("Accounts", "accounts"),
    "contacts": ("Contacts", "contacts"),
    "opportunities": ("Opportunity", "opportunities"),
    "actions": ("Actions", "actions"),
    "services": ("Services", "services"),
    "products": ("Product", "products"),
    "quotes": ("Quote", "quotes"),
    "campaigns": ("Campaign", "marketing"),
}


def _demo_converter():  # x2crm-demo's SQL tuple parser, beside this file
    path = Path(__file__).resolve().parent / "x2crm-demo" / "convert.py"
    spec = importlib.util.spec_from_file_location("x2crm_demo_convert", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_PHP_STRING = r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\""


def read_messages(php: str) -> dict[str, str]:
    """The ``'English' => 'translation'`` pairs of an X2 message file."""
    out: dict[str, str] = {}
    pair = re.compile(rf"(?:{_PHP_STRING})\s*=>\s*(?:{_PHP_STRING})")
    for m in pair.finditer(php):
        key = m.group(1) if m.group(1) is not None else m.group(2)
        val = m.group(3) if m.group(3) is not None else m.group(4)
        key = re.sub(r"\\(['\\])", r"\1", key)
        val = re.sub(r"\\(['\\])", r"\1", val)
        out[key] = val
    return out


def field_labels(sql: str, model: str, parse) -> dict[str, str]:
    """fieldName -> attributeLabel of the x2_fields rows of ``model`` in an install.sql."""
    labels: dict[str, str] = {}
    sql = re.sub(r"/\*.*?\*/", " ", sql, flags=re.S)   # accounts' /* sales and marketing... */
    # MySQL reads "..." as a string too (actions' fields are written so): each INSERT's "..."
    # becomes '...' (up to the statement's end, a ';' closing a line)
    dq = re.compile(r'"((?:[^"\\]|\\.)*)"')
    for m in re.finditer(r"INSERT INTO `?x2_fields`?\s*\(([^)]*)\)\s*VALUES", sql):
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        end = re.compile(r";\s*$", re.M).search(sql, m.end())
        stmt = dq.sub(lambda q: "'" + q.group(1).replace("'", "\\'") + "'",
                      sql[m.end():end.end() if end else len(sql)])
        rows, _ = parse(stmt, 0)
        for r in rows:
            rec = dict(zip(cols, r, strict=True))
            if rec["modelName"] == model:
                labels[rec["fieldName"]] = rec["attributeLabel"]
    return labels


def convert(src: Path, lang: str, out: Path) -> dict[str, tuple[int, int]]:
    demo = _demo_converter()
    sql = (src / "dummy_data.sql").read_text(encoding="utf-8")
    common = read_messages((src / "messages" / lang / "common.php").read_text(encoding="utf-8"))
    tables = {}
    for m in re.finditer(r"INSERT INTO `x2_(\w+)` \(([^)]*)\) VALUES", sql):
        rows, _ = demo._values(sql, m.end())
        if m.group(1) in MODULES:
            tables[m.group(1)] = ([c.strip().strip("`") for c in m.group(2).split(",")], rows)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, tuple[int, int]] = {}
    for table, (model, module) in MODULES.items():
        labels = field_labels((src / "modules" / f"{module}.sql").read_text(encoding="utf-8"),
                              model, demo._values)
        msgs = read_messages((src / "messages" / lang / f"{module}.php")
                             .read_text(encoding="utf-8"))
        columns, rows = tables[table]
        keep = [i for i, c in enumerate(columns) if c in labels]

        def tr(label: str, msgs: dict[str, str] = msgs) -> str:
            return msgs.get(label) or common.get(label) or label

        with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([tr(labels[columns[i]]) for i in keep])
            for r in rows:
                if len(r) != len(columns):
                    raise ValueError(f"{table}: {len(r)} values for {len(columns)} columns")
                w.writerow(["" if r[i] is None else r[i] for i in keep])
        counts[table] = (len(rows), len(keep))
    return counts


if __name__ == "__main__":
    for name, (n, k) in convert(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])).items():
        print(f"{name}.csv: {n} rows, {k} columns")
