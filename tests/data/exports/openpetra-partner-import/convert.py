"""OpenPetra's partner import spreadsheet (.ods) -> CSV (ours, keys16).

``python convert.py samplePartnerImport100.ods samplePartnerImport100.csv``: the first
sheet, every row with a value, each cell's text as shown, trailing empty cells dropped and
rows padded to the header's width; nothing else changed. The .csv files OpenPetra ships are
copied byte for byte.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
T = "{" + NS["table"] + "}"


def cell_text(cell: ET.Element) -> str:
    """A cell's text as the spreadsheet shows it (paragraphs joined by new lines)."""
    return "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))


def rows(path: str) -> list[list[str]]:
    """The first sheet's rows that hold a value, trailing empty cells dropped."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheet = root.find(".//table:table", NS)
    if sheet is None:
        return []
    out = []
    for row in sheet.iter(T + "table-row"):
        vals: list[str] = []
        for cell in row:
            if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                continue
            n = int(cell.get(T + "number-columns-repeated", "1"))
            vals.extend([cell_text(cell)] * min(n, 200))
        while vals and vals[-1] == "":
            vals.pop()
        if vals:
            out.append(vals)
    return out


if __name__ == "__main__":
    data = rows(sys.argv[1])
    width = len(data[0])
    with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for r in data:
            w.writerow((r + [""] * width)[:width])
