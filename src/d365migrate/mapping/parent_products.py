"""The product a product's variant belongs to: its parent product.

A store's variants (Saleor's product_productvariant, Shopify's product variants) are
products of their own (a SKU, a name such as 'XL', a price) with a column naming the
product they are a version of: 'product' or 'product_id', holding that product's id. On
the product table that column is the variant's parent (parentproductid), never the
variant's own name: the name is a word, the link a number. The file's own key is left to
the key rules (a products file's 'product_id' is its own id).
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.targets import Attr

__all__ = ["parent_product_candidates"]

#: A product column's names that link its parent product (words).
_PARENT_NAMES = (("product",), ("product", "id"))
_CONFIDENCE = 0.9


def parent_product_candidates(table: str, p: Profile, names: Mapping[str, Attr],
                              cands: list[tuple[float, str, str]]
                              ) -> list[tuple[float, str, str]]:
    """``cands`` with the parent product first when column ``p`` of a product links one."""
    if table != "product" or "parentproductid" not in names or tuple(
            p.words) not in _PARENT_NAMES or p.kind != "int":
        return cands
    why = (f"'{p.name}' holds the ids of the products these rows are versions of (variants): "
           f"{names['parentproductid'].describe()}, not the row's own name")
    return [(_CONFIDENCE, "parentproductid", why),
            *(c for c in cands if c[1] not in ("name", "parentproductid"))]
