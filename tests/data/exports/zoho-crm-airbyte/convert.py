"""Turn Airbyte's Zoho CRM connector records (JSONL) into one CSV per Zoho module.

Usage: python convert.py RECORDS.jsonl OUT_DIR

Mechanical, as a CSV destination with root-level flattening writes a stream: each record's
``data`` becomes a row; the columns are its top-level fields in the order they first
appear in the stream; nested objects and lists (``Owner``, ``Account_Name``,
``Product_Details``...) are JSON text, null an empty cell, numbers and true/false as JSON
writes them. No value is edited, no row or column dropped. The file is named after the
Zoho module the stream reads (``incremental_sales__orders_zoho_crm_stream`` ->
``Sales_Orders.csv``), the name Zoho's own export gives the module's file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from airbyte_records import main  # noqa: E402  (every rule but the file's name is there)

PREFIX, SUFFIX = "incremental_", "_zoho_crm_stream"


def module_name(stream: str) -> str:
    """``incremental_price__books_zoho_crm_stream`` -> ``Price_Books``."""
    core = stream.removeprefix(PREFIX).removesuffix(SUFFIX)
    return "_".join(part.capitalize() for part in core.split("__"))


if __name__ == "__main__":
    main(*sys.argv[1:3], file_name=module_name)
