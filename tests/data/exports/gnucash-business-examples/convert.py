"""GnuCash's business import examples -> CSVs with one header row (ours; see SOURCE.md):

    python convert.py SRC_DIR OUT_DIR

SRC_DIR holds ``customers_import.csv`` and ``invoice.csv`` from GnuCash's ``doc/examples``
(commits in SOURCE.md). GnuCash's importers skip lines starting with ``#`` and blank lines;
an export in the same format would not write them:
- customers_import.csv: those lines dropped, every other line (the header
  ``id,company,name,...`` included) byte for byte;
- invoice.csv has no header row (the invoice/bill importer reads 22 fields by position): the
  22 technical field names of the importer's regular expression (dialog-bi-import-gui.c,
  named groups ``id``, ``date_opened``, ``owner_id``... ``accu_splits``, as GnuCash's guide
  names them) are written as its first line; the rows follow byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

INVOICE_FIELDS = ["id", "date_opened", "owner_id", "billing_id", "notes", "date", "desc",
                  "action", "account", "quantity", "price", "disc_type", "disc_how",
                  "discount", "taxable", "taxincluded", "tax_table", "date_posted",
                  "due_date", "account_posted", "memo_posted", "accu_splits"]


def main(src_dir: str, out_dir: str) -> None:
    """Write both files into OUT_DIR."""
    src, out = Path(src_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lines = (src / "customers_import.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    (out / "customers_import.csv").write_text("".join(kept), encoding="utf-8", newline="")
    rows = (src / "invoice.csv").read_text(encoding="utf-8")
    (out / "invoice.csv").write_text(",".join(INVOICE_FIELDS) + "\n" + rows, encoding="utf-8",
                                     newline="")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
