"""Rebuild the opentaps CRM demo export (see SOURCE.md): ours, not opentaps' code.

``python convert.py CRMSFADemoData.xml OUT_DIR`` writes one CSV per entity of the OFBiz
entity-engine XML (``<Party .../>`` -> ``Party.csv``), as OFBiz's entity export lays one
entity out: the header is every attribute the file gives that entity, in the order first
met; each element is a row, in file order; a value is the attribute's text as written (XML
entities decoded), an absent attribute an empty cell. Nothing else is changed or added.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def convert(source: Path, out: Path) -> dict[str, int]:
    """Write the CSVs; return rows per entity."""
    root = ET.parse(source).getroot()
    columns: dict[str, list[str]] = {}
    rows: dict[str, list[dict[str, str]]] = {}
    for element in root:
        if not isinstance(element.tag, str):
            continue
        cols = columns.setdefault(element.tag, [])
        for name in element.attrib:
            if name not in cols:
                cols.append(name)
        rows.setdefault(element.tag, []).append(dict(element.attrib))
    out.mkdir(parents=True, exist_ok=True)
    for entity, cols in columns.items():
        with (out / f"{entity}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=cols, restval="")
            writer.writeheader()
            writer.writerows(rows[entity])
    return {entity: len(r) for entity, r in rows.items()}


if __name__ == "__main__":
    for name, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{name}: {count}")
