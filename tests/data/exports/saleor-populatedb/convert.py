"""Saleor's populatedb fixture (a Django dumpdata JSON list) -> one CSV per model.

Usage: python convert.py GIT_DIR [COMMIT] [OUT_DIR]

Each kept model becomes ``<app>_<model>.csv`` (Django's table name), rows in fixture
order; columns ``id`` (the record's pk) then the model's fields in the order the first
record lists them. Values untouched: strings as written, numbers as JSON writes them,
true/false as ``True``/``False`` (as Django's admin shows them), null empty, JSON
objects and lists (metadata, rich-text descriptions, many-to-many id lists) as compact
JSON text. Foreign keys are the referenced record's pk, as the database holds them.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

KEEP = [
    "product.product", "product.productvariant", "product.productvariantchannellisting",
    "product.productchannellisting", "product.category", "product.producttype",
    "product.collection", "product.collectionproduct", "channel.channel",
    "warehouse.warehouse", "warehouse.stock", "discount.sale",
    "shipping.shippingmethod", "shipping.shippingzone",
]
PATH = "saleor/static/populatedb_data.json"


def cell(value: object) -> str:
    """A field's value as a CSV cell (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def main(git_dir: str, commit: str = "HEAD", out: str = ".") -> None:
    text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{PATH}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    records = json.loads(text)
    for model in KEEP:
        rows = [r for r in records if r["model"] == model]
        fields = list(rows[0]["fields"])
        for r in rows:
            fields += [f for f in r["fields"] if f not in fields]
        name = model.replace(".", "_")
        with open(Path(out) / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", *fields])
            for r in rows:
                w.writerow([cell(r["pk"]), *(cell(r["fields"].get(f)) for f in fields)])
        print(f"{name}.csv: {len(rows)} rows x {len(fields) + 1} columns")


if __name__ == "__main__":
    main(*sys.argv[1:])
