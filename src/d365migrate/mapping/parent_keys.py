"""A link found by another unique column of its parent than the parent's key.

Discovery finds a link wherever a column's values are the values of a unique column of
another file: its ids, or its e-mails (FreeScout's conversations name their customer by the
customer's e-mail; Chatwoot's by the contact's). The load finds a parent by its key only (the
source id it was written with), so a link whose values are the parent's e-mails, read as
ids, named no parent at all: every row moved without it, "not in the org". Such a link is
written as the parent's key, found through that column, as a link decided ``by:`` a column
is: a value naming one parent resolves to its key, one naming several to none (counted).
"""

from __future__ import annotations

from typing import Any

from d365migrate.intake.found import Discovery, Relationship

__all__ = ["by_parent_key"]


def by_parent_key(lookup: dict[str, Any], rel: Relationship, discovery: Discovery
                  ) -> dict[str, Any]:
    """``lookup`` referencing its parent's key, found by the relationship's column, when
    that column is not the key (module docstring); else unchanged."""
    key = discovery.key_of(rel.target_source)
    if rel.kind == "polymorphic" or not key or rel.target_column == key:
        return lookup
    found = {"source": lookup["source"], "match": "name", "references": rel.target_column,
             **({"part": rel.part} if rel.part else {})}
    return {**lookup, "references": f"{rel.target_source}.{key}",
            "fallbacks": [found, *lookup.get("fallbacks", [])]}
