"""Rebuild the Openbravo F&B sample-data export (see SOURCE.md): ours, not Openbravo's code.

``python convert.py SAMPLEDATA_DIR OUT_DIR`` reads the tables SOURCE.md names from
Openbravo's sample-data folder (``referencedata/sampledata/F_B_International_Group``), one
XML file per database table as Openbravo's ``export.sample.data`` writes it
(``<data><C_BPARTNER><NAME><![CDATA[...]]></NAME>...</C_BPARTNER>...</data>``), and writes
one CSV per table (``C_BPARTNER.xml`` -> ``C_BPARTNER.csv``), as a table export lays it
out: the header is every column the file gives that table, in the order first met; each
record element is a row, in file order; a value is the column's text as written (CDATA
unwrapped), a column a record lacks (Openbravo leaves out NULLs) is an empty cell.
Nothing else is changed or added.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TABLES = ("C_BPARTNER", "AD_USER", "C_BPARTNER_LOCATION", "C_LOCATION", "C_BP_GROUP")


def convert_table(source: Path, out: Path) -> int:
    """Write one table's CSV; return its rows."""
    root = ET.parse(source).getroot()
    columns: list[str] = []
    rows: list[dict[str, str]] = []
    for record in root:
        if not isinstance(record.tag, str):
            continue
        row = {}
        for field in record:
            if field.tag not in columns:
                columns.append(field.tag)
            row[field.tag] = field.text or ""
        rows.append(row)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def convert(source: Path, out: Path) -> dict[str, int]:
    """Write the CSVs of TABLES; return rows per table."""
    out.mkdir(parents=True, exist_ok=True)
    return {t: convert_table(source / f"{t}.xml", out / f"{t}.csv") for t in TABLES}


if __name__ == "__main__":
    for name, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{name}: {count}")
