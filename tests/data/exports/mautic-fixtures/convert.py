"""Mautic's data fixtures (app/bundles/*/DataFixtures/ORM/fake*.csv) -> one CSV per table.

Run: python convert.py SRC_DIR OUT_DIR, SRC_DIR holding the fixture CSVs of mautic/mautic
commit 24271492a83834e2dd68d9a2c63b61f689a661ac. Each fixture file is the rows its loader
(Load*Data.php) inserts into one Mautic table; it is written under that table's name with an
``id`` column first numbering its rows 1, 2... in file order, as the inserts would. Every
other cell is copied as it stands (``NULL`` too), read as PHP's fgetcsv reads the fixture
(a backslash escapes a quote inside a quoted cell: ``s:4:\\"body\\"`` is ``s:4:"body"``).
``companies_leads`` is the link table LoadLeadData.php fills by its own rule: contact
number n (0-based) joins company number (n's last digit) when that digit is 3 or less.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

TABLES = {  # fixture file -> Mautic table
    "fakeleaddata.csv": "leads",
    "fakecompanydata.csv": "companies",
    "fakecategorydata.csv": "categories",
    "fakecategorizedleadlistdata.csv": "lead_lists",
    "fakeemaildata.csv": "emails",
    "fakeformdata.csv": "forms",
    "fakefielddata.csv": "form_fields",
    "fakeactiondata.csv": "form_actions",
    "fakeresultdata.csv": "form_results_1_kaleidosco",
    "fakeresult2data.csv": "form_results_2_kaleidosco",
    "fakepagedata.csv": "pages",
    "fakepagehitdata.csv": "page_hits",
}


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, escapechar="\\"))
    return rows[0], [r for r in rows[1:] if r]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    print(path.name, len(rows))


def main(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, table in TABLES.items():
        header, rows = _read(src / name)
        if any(len(r) != len(header) for r in rows):
            raise ValueError(f"{name}: a row without its header's number of cells")
        _write(dst / f"{table}.csv", ["id", *header],
               [[str(i), *r] for i, r in enumerate(rows, 1)])
        counts[table] = len(rows)
    links = [[str(n % 10 + 1), str(n + 1)] for n in range(counts["leads"])
             if n % 10 <= 3 and n % 10 < counts["companies"]]
    _write(dst / "companies_leads.csv", ["company_id", "lead_id"], links)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
