"""A product's parent is a product family.

Microsoft's "Create and manage product families, products, and bundles" (Dynamics 365 Sales
developer guide): a child product family, product or bundle names its parent family in
``Product.ParentProductId``; "a product or bundle can't be set as a parent", so a product or
a bundle has no children (``productstructure``: 1 Product, 2 Product Family, 3 Product
Bundle). The page names no error code for the refusal: the emulator answers with the
platform's generic invalid-argument error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import exceptions as ex

__all__ = ["FAMILY", "check_product_parent"]

FAMILY = 2  # productstructure: Product Family


def check_product_parent(entity: str, data: dict[str, Any], changed: set[str],
                         load: Callable[[str, str], dict[str, Any] | None]) -> None:
    """Refuse a product whose parent (set in this write) is not a product family."""
    if entity != "product" or "parentproductid" not in changed:
        return
    parent_id = data.get("_parentproductid_value")
    if parent_id is None:
        return
    parent = load("product", str(parent_id)) or {}
    if parent.get("productstructure", 1) != FAMILY:
        raise ex.ParentNotProductFamily(str(parent_id))
