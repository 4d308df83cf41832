"""Lay out OpenSTAManager's CSV import example files (see SOURCE.md): ours, not OSM's code.

``python convert.py OSM_DIR OUT_DIR`` reads, for each import OSM offers, the rows its
``getExample()`` returns (``modules/<module>/src/Import/CSV.php`` under OSM_DIR, a checkout
of devcode-it/openstamanager) and writes them as OSM's "download example" action does
(``CSVImporter::createExample``): a UTF-8 byte-order mark, then each row through PHP's
``fputcsv`` with ``;`` as separator, into ``example-<title in lower case>.csv``, the name
``modules/import/actions.php`` gives it. Values are untouched.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# module folder -> the import's Italian title (update/2_5.php, zz_imports_lang)
IMPORTS = {
    "anagrafiche": "Anagrafiche",
    "articoli": "Articoli",
    "partitario": "Piano dei conti",
    "preventivi": "Preventivi",
    "impianti": "Impianti",
    "interventi": "Attività",
    "listini_cliente": "Listini cliente",
}


def example_rows(php: str) -> list[list[str]]:
    """The list of rows of single-quoted strings ``getExample()`` returns."""
    body = php[php.index("function getExample"):]
    body = body[body.index("return [") + len("return "):]
    rows: list[list[str]] = []
    depth, row, i = 0, None, 0
    while i < len(body):
        ch = body[i]
        if ch == "[":
            depth += 1
            if depth == 2:
                row = []
        elif ch == "]":
            if depth == 2 and row is not None:
                rows.append(row)
                row = None
            depth -= 1
            if depth == 0:
                break
        elif ch == "'":
            j, out = i + 1, []
            while body[j] != "'":
                if body[j] == "\\" and body[j + 1] in "'\\":
                    j += 1
                out.append(body[j])
                j += 1
            if row is not None:
                row.append("".join(out))
            i = j
        i += 1
    return rows


def fputcsv(fields: list[str], sep: str = ";") -> str:
    """One line as PHP's fputcsv writes it (enclosure ``"``, escape ``\\``)."""
    out = []
    for f in fields:
        if re.search(r'[;"\\\n\r\t ]', f) or sep in f:
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return sep.join(out) + "\n"


def convert(osm: Path, out: Path) -> list[Path]:
    """Write one example file per import; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for module, title in IMPORTS.items():
        php = (osm / "modules" / module / "src" / "Import" / "CSV.php").read_text(encoding="utf-8")
        target = out / f"example-{title.lower()}.csv"
        with target.open("w", encoding="utf-8", newline="") as fh:
            fh.write("\ufeff")
            for row in example_rows(php):
                fh.write(fputcsv(row))
        written.append(target)
    return written


if __name__ == "__main__":
    for p in convert(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
