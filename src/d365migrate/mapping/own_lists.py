"""A column of the source's own list where the vocabulary names a closed choice column.

A store's 'product_type' is its own list of types (Spree's Kitchen Appliance, Air
Treatment, Garment Care...; Saleor's ids 17 to 24 of its product types file), not
Dataverse's product type (Sales Inventory, Miscellaneous Charges, Services, Flat Fees,
codes 1 to 4): a closed classification of how Sales prices and stocks a product, which a
shop's categories never are. Taken as that choice, every value would need a value map to
options that mean something else. So for such a closed choice a column whose values name
none of its options (and, whole numbers, are none of its codes) is left out of it.

Other choices stay open to a value map: a case's type, a priority or a sales stage of the
source's own words (Jira's, Redmine's, SuiteCRM's) still says the Dataverse choice.

No choice at all takes a column of JSON documents: an API connector's nested object
(Intercom's conversation 'source', its first message: type, subject, body, author) is a
record's data, never one option, though its words ('email', 'conversation') may contain an
option's label. Such a column is read by what its name says elsewhere, or left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.targets import Attr

__all__ = ["CLOSED_CHOICES", "documents", "own_list"]

#: Choice columns whose options classify how Sales treats a record, never a source's own
#: categories (logical names).
CLOSED_CHOICES = frozenset({"producttypecode"})


def documents(values: Sequence[str]) -> bool:
    """Whether every value is a JSON object or list holding an object (a nested document,
    not a list of words: '["ON_SITE", "HYBRID"]' is a multi-select's options)."""
    return bool(values) and str(values[0]).lstrip().startswith(("{", "[")) \
        and all(_document(str(v)) for v in values)


@lru_cache(maxsize=4096)
def _document(value: str) -> bool:
    text = value.strip()
    if not text.startswith(("{", "[")):
        return False
    try:
        obj = json.loads(text)
    except ValueError:
        return False
    return isinstance(obj, dict) or isinstance(obj, list) and any(
        isinstance(x, dict) for x in obj)


def own_list(p: Profile, a: Attr, overlap: float) -> str:
    """Why the column is a list of the source's own rather than closed choice ``a`` ('' when
    it may be the choice); ``overlap`` is the share of its values naming the options."""
    if overlap == 0 and documents(p.values):
        return "its values are JSON documents (a record's nested data), no option"
    if a.logical not in CLOSED_CHOICES or overlap > 0 or not p.values:
        return ""
    if p.kind == "int" and {v.strip() for v in p.values} & set(a.codes):
        return ""
    return (f"its values ({', '.join(p.values[:3])}) name none of the choice's options "
            f"({', '.join(a.options)}): a list of the source's own")
