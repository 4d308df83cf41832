"""Build Yotpo's exports (en) from the recorded API responses of YotpoLtd/yotpo-ruby.

Usage: python3 convert.py GITDIR OUTDIR

GITDIR is a git directory of github.com/YotpoLtd/yotpo-ruby holding commit COMMIT (pull
request #66's head, "V3 Additional Endpoints"). Writes reviews.csv, purchases.csv,
products.csv, orders.csv and LICENSE into OUTDIR. Standard library only; a rerun gives the
same bytes. See SOURCE.md.
"""

from __future__ import annotations

import base64
import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "a2e4bd2ed2b930d15b42a4216a82597d0a240982"

# (file, where the records are) in the order read; first record of an id wins
REVIEWS = [
    "spec/fixtures/get_product_reviews.json",
    "spec/cassettes/get_review.yml",
    "spec/cassettes/get_product_reviews.yml",
    "spec/cassettes/create_review.yml",
    "spec/cassettes/create_review_trusted_vendor.yml",
]
PURCHASES = ["spec/fixtures/get_list_of_purchases.json", "spec/cassettes/get_purchases.yml"]
PRODUCTS = ["spec/cassettes/get_products.yml", "spec/cassettes/find_product.yml"]
ORDERS = ["spec/cassettes/get_orders.yml", "spec/cassettes/find_order.yml"]


def show(gitdir: str, path: str) -> str:
    out = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{COMMIT}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def _single_quoted(lines: list[str], i: int, first: str) -> str:
    """A YAML single-quoted scalar starting on line i (after 'string: '), folded."""
    text = first[1:]
    parts: list[str] = []
    while True:
        # the scalar ends at a quote not doubled
        j = 0
        end = -1
        while j < len(text):
            if text[j] == "'":
                if j + 1 < len(text) and text[j + 1] == "'":
                    j += 2
                    continue
                end = j
                break
            j += 1
        if end >= 0:
            parts.append(text[:end])
            break
        parts.append(text)
        i += 1
        text = lines[i].strip()
    # folding: a line break is a space, an empty line a newline
    out = ""
    for k, part in enumerate(parts):
        if k == 0:
            out = part
        elif part == "":
            out += "\n"
        else:
            out += ("" if out.endswith("\n") else " ") + part
    return out.replace("''", "'")


def response_bodies(text: str) -> list[str]:
    """The response bodies of a VCR cassette (request bodies skipped)."""
    lines = text.split("\n")
    bodies = []
    in_response = False
    for i, line in enumerate(lines):
        if line.startswith("- request:"):
            in_response = False
        elif line.startswith("  response:"):
            in_response = True
        if not in_response or not line.startswith("      string: "):
            continue
        value = line[len("      string: "):]
        if value.startswith("'"):
            bodies.append(_single_quoted(lines, i, value))
        elif value.startswith("!binary"):
            chunk = []
            for nxt in lines[i + 1:]:
                if not nxt.startswith("        "):
                    break
                chunk.append(nxt.strip())
            bodies.append(base64.b64decode("".join(chunk)).decode("utf-8"))
    return bodies


def documents(gitdir: str, path: str) -> list[dict]:
    text = show(gitdir, path)
    if path.endswith(".json"):
        return [json.loads(text)]
    return [json.loads(b) for b in response_bodies(text) if b.strip().startswith("{")]


def flatten(record: dict, prefix: str = "") -> dict:
    """Nested objects joined by '.'; lists left out, except a review's products (its first
    product, the one reviewed)."""
    row: dict = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(flatten(value, name + "."))
        elif isinstance(value, list):
            if key == "products" and value and isinstance(value[0], dict):
                first = {k: v for k, v in value[0].items() if k != "Location_idx"}
                row.update(flatten(first, name + "."))
        else:
            row[name] = value
    return row


def cell(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def collect(gitdir: str, paths: list[str], pick, key: str) -> list[dict]:
    rows: list[dict] = []
    seen: set = set()
    for path in paths:
        for doc in documents(gitdir, path):
            for record in pick(doc):
                if record[key] in seen:
                    continue
                seen.add(record[key])
                rows.append(flatten(record))
    return rows


def write(path: Path, rows: list[dict]) -> None:
    columns: list[str] = []
    for row in rows:
        for name in row:
            if name not in columns and any(cell(r.get(name)) != "" for r in rows):
                columns.append(name)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(columns)
        for row in rows:
            out.writerow([cell(row.get(c)) for c in columns])


def _reviews(doc: dict) -> list[dict]:
    resp = doc.get("response", {})
    if "reviews" in resp:
        return resp["reviews"]
    return [resp["review"]] if "review" in resp else []


def _purchases(doc: dict) -> list[dict]:
    return doc.get("response", {}).get("purchases", [])


def _products(doc: dict) -> list[dict]:
    return doc.get("products") or ([doc["product"]] if "product" in doc else [])


def _orders(doc: dict) -> list[dict]:
    return doc.get("orders") or ([doc["order"]] if "order" in doc else [])


def main() -> None:
    gitdir, outdir = sys.argv[1], Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    write(outdir / "reviews.csv", collect(gitdir, REVIEWS, _reviews, "id"))
    write(outdir / "purchases.csv", collect(gitdir, PURCHASES, _purchases, "id"))
    write(outdir / "products.csv", collect(gitdir, PRODUCTS, _products, "yotpo_id"))
    write(outdir / "orders.csv", collect(gitdir, ORDERS, _orders, "yotpo_id"))
    (outdir / "LICENSE").write_bytes(show(gitdir, "LICENSE.txt").encode("utf-8"))


if __name__ == "__main__":
    main()
