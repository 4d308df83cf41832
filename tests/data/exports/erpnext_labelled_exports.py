"""ERPNext's demo records (the CSVs of tests/data/exports/erpnext-demo) written as Frappe's
Data Import "Export" (frappe/core/doctype/data_import/exporter.py) writes them for a user
whose language is not English: each header is the field's label passed through Frappe's
``_()``, a child table's field "<_(label)> (<_(table label)>)", the name column ``_("ID")``,
and the file is named by ``_(doctype)`` (``build_csv_response(..., _(self.doctype))``).

Ours, not Frappe's: a mechanical converter shared by erpnext-export-<lang> (keys134; see
their SOURCE.md). Usage::

    python erpnext_labelled_exports.py DEMO_DIR SRC LANG OUT_DIR

DEMO_DIR is erpnext-demo (its six CSVs); SRC holds ``erpnext-<lang>.po`` and
``frappe-<lang>.po``: the entries of ERPNext's ``erpnext/locale/<lang>.po`` and Frappe's
``frappe/locale/<lang>.po`` for the labels below, copied verbatim from the stored files
(SOURCE.md names their commits). ``_()`` reads the translations of every installed app,
Frappe's first, then ERPNext's over them (``frappe.translate.get_translations_from_apps``),
so ERPNext's wins where both have the label; a label neither translates stays in English, as
Frappe leaves it. Values are not translated (the export writes stored values as they are).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from po_files import read_po  # one .po reader for the converters (run from this folder)

DOCTYPES = ["Customer", "Supplier", "Lead", "Contact", "Address", "User"]
CHILD_TABLE_LABEL = "Links"     # the Dynamic Link table of Contact and Address


def translations(src: Path, lang: str) -> dict[str, str]:
    """Frappe's entries, then ERPNext's over them (the order ``_()`` merges them)."""
    tr = read_po((src / f"frappe-{lang}.po").read_text(encoding="utf-8"))
    tr.update(read_po((src / f"erpnext-{lang}.po").read_text(encoding="utf-8")))
    return tr


def _header(label: str, tr: dict[str, str]) -> str:
    if label.endswith(f" ({CHILD_TABLE_LABEL})"):
        field = label[: -len(CHILD_TABLE_LABEL) - 3]
        return f"{tr.get(field, field)} ({tr.get(CHILD_TABLE_LABEL, CHILD_TABLE_LABEL)})"
    return tr.get(label, label)


def convert(demo: Path, src: Path, lang: str, out: Path) -> dict[str, int]:
    tr = translations(src, lang)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for doctype in DOCTYPES:
        with (demo / f"{doctype}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header = [_header(h, tr) for h in rows[0]]
        name = tr.get(doctype, doctype).replace(" ", "_") + ".csv"
        with (out / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows[1:])
        counts[name] = len(rows) - 1
    return counts


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])))
