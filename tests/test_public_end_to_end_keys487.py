"""keys487's public exports run end to end from their parameters files, decisions only
(issue 13): SAP CAP's bookshop sample, its own records -- the initial data SAP ships with
SAP-samples/cloud-cap-samples at ef8702ac (Apache-2.0): five books ('Wuthering Heights', 'Jane
Eyre', 'The Raven', 'Eleonora', 'Catweazle'), four authors, two orders with three items -- as
an admin's export of its Fiori list pages, headed by their i18n labels, in English, German
and French (tests/data/exports/cap-bookshop-export-{en,de,fr}; SOURCE.md), on the
branch-point engine 2bd4a745 (session 60, round Z27). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, with the org's default
unit group and unit made first as tests/test_public_end_to_end_session12.py's
``_product_catalogue`` makes them).

The five books load as products keyed by the book's ID, in every language: the ID as the
product ID, the (localized) title as the name, the price (the German and French '11,11' read
as 11.11), the stock as the quantity on hand (the French file labels it 'Action'), the
(localized) description, two decimals, the org's default unit group and unit. Nothing is held
back, skipped or failed; no owner is named: none queued.

The parameters decide: the books file a product list in German and French (discovery left it
unknown there: the measured file miss); the authors (discovery named them staff), the orders
(a CAP user as buyer, no customer file, no price list) and their items not loaded; the key
(the book's ID); no owner column; each product column by its label; two product decimals in
the org's default unit; the gate (nothing held back).

What is NOT read (left unmapped): the book's author, genre and currency symbol; authors.csv,
orders.csv and order_items.csv whole.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

EXPORTS = Path(__file__).parent / "data" / "exports"
# per language: the labels of title, stock, price, description; the unread book columns;
# the titles the run stages (localized from Books.texts where CAP has one)
LANGS = {
    "en": (("Title", "Stock", "Price", "Description"), ["Author", "Genre", "Currency"],
           ["Wuthering Heights", "Jane Eyre", "The Raven", "Eleonora", "Catweazle"]),
    "de": (("Titel", "Bestand", "Preis", "Beschreibung"), ["Autor", "Genre", "Währung"],
           ["Sturmhöhe", "Jane Eyre", "The Raven", "Eleonora", "Catweazle"]),
    "fr": (("Titre", "Action", "Prix", "Description"), ["Auteur", "Genre", "Devise"],
           ["Les Hauts de Hurlevent", "Jane Eyre", "The Raven", "Eleonora", "Catweazle"]),
}
UNREAD = {"authors", "orders", "order_items"}
# ID, price, stock, decimals: the same in every language
NUMBERS = [("201", 11.11, 12.0, 2), ("207", 12.34, 11.0, 2), ("251", 13.13, 333.0, 2),
           ("252", 14.0, 555.0, 2), ("271", 150.0, 22.0, 2)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each export run once (from its parameters file alone), the org's units made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


@pytest.mark.parametrize("lang", list(LANGS))
def test_cap_bookshop_books_load_as_products(runs: Callable[[str], Path], lang: str) -> None:
    """The five books load as products in the language's labels and number format; the
    authors, orders and items stay in CAP; nothing is held back, fails or differs."""
    name = f"cap-bookshop-export-{lang}"
    (title, stock, price, descr), unread_columns, titles = LANGS[lang]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "product": ("books", 5, 5, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "books": ("product", {"product": 5}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"product"}
    product = tables["product"]
    assert (product["source"], product["source_key"]) == ("books", "key(ID)")
    assert {c["target"]: c["source"] for c in product["columns"]} == {
        "productnumber": "ID", "name": title, "price": price, "quantityonhand": stock,
        "description": descr, "quantitydecimal": None}
    assert product["unmapped"] == unread_columns
    assert [(lk["target"], lk["table"], lk["existing"]["match"]["name"])
            for lk in product["lookups"]] == [("defaultuomid", "uom", "Primary Unit"),
                                              ("defaultuomscheduleid", "uomschedule",
                                               "Default Unit")]
    assert not product.get("owner")

    for kind in ("quarantine", "skipped", "failed", "cleared"):
        assert not _issues(run_dir, kind, "product"), kind

    staged = pl.read_parquet(run_dir / "staged" / "product.parquet").sort("__source_row")
    assert staged["name"].to_list() == titles
    assert staged.select(["productnumber", "price", "quantityonhand",
                          "quantitydecimal"]).rows() == NUMBERS
    # the description as the export writes it, whole (quotes, the German and French texts)
    with (EXPORTS / name / "books.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="," if lang == "en" else ";"))
    assert staged["description"].to_list() == [r[descr] for r in rows]
    assert staged["__via__defaultuomid"].to_list() == ["existing"] * 5

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["product"]) == {"productnumber", "name", "price", "quantityonhand",
                                        "description", "quantitydecimal", "defaultuomid",
                                        "defaultuomscheduleid"}
    assert not any(v for table in verified.values() for v in table.values())
