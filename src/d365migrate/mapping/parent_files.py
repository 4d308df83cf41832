"""Two files of one table, one naming the other's rows: the parents' file first.

A shop's catalogue comes as products and their variants (Saleor's product_product and
product_productvariant), each variant naming its product by id. Both fill Dataverse's
product table, and a variant's parent (``parentproductid``) must exist before the variant is
written, and must be a product family: Microsoft's "Create and manage product families,
products, and bundles" says a child names its parent family in ``Product.ParentProductId``
and "a product or bundle can't be set as a parent". So the file whose rows the other names
is the table's first file (loaded first), and its records are made product families
(``productstructure`` 2), said in the map for the analyst to confirm.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from d365migrate.intake.discover import Discovery

__all__ = ["PRODUCT_FAMILY", "parents_first", "with_product_families"]

#: A link must match more than this share of its rows to say one file names the other's.
MIN_LINK_RATE = 0.5
#: ``productstructure``: 2 Product Family (1 Product, 3 Product Bundle).
PRODUCT_FAMILY = 2


def _names_rows_of(discovery: Discovery, source: str, other: str) -> bool:
    return any(r.kind == "id" and r.target_source == other and r.match_rate > MIN_LINK_RATE
               for r in discovery.links_from(source))


def parents_first(discovery: Discovery, ranked: Sequence[str]) -> str:
    """The file to fill a table first among ``ranked`` (best first, all of one kind and
    keyed): the best, unless its rows name another's rows by id and that one names none of
    the best's: then that one, whose records must be there before the rows naming them."""
    best = ranked[0]
    for other in ranked[1:]:
        if _names_rows_of(discovery, best, other) and not _names_rows_of(discovery, other,
                                                                         best):
            return other
    return best


def with_product_families(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The product entries whose rows another product entry names as parents, each made a
    file of product families: a constant ``productstructure`` 2 with its reason (a file of
    rows naming their own file's rows as parents is left as it is: which of its rows are
    families is a row's matter, and Dataverse refuses a plain product as a parent, each such
    row failing with that reason)."""
    by_source = {str(e.get("source")): e for e in entries
                 if e.get("target") == "product" and e.get("source")}
    for entry in list(by_source.values()):
        for lk in entry.get("lookups") or []:
            parent = by_source.get(str(lk.get("references") or "").rpartition(".")[0])
            if lk.get("target") != "parentproductid" or parent is None or parent is entry \
                    or any(c.get("target") == "productstructure"
                           for c in parent.get("columns") or []):
                continue
            parent.setdefault("columns", []).append({
                "target": "productstructure", "source": None, "transform": "constant",
                "value": PRODUCT_FAMILY, "confidence": 0.9,
                "reason": (f"the rows of '{entry['source']}' name these as their parent "
                           f"product ('{lk['source']}'): in Dynamics 365 a product's parent "
                           "is a product family (a product or bundle can't be a parent), so "
                           "these load as product families (Product Structure: Product "
                           "Family)")})
    return entries
