"""A Customer lookup whose values name companies and people alike: one lookup per table.

Dataverse's Customer columns (an opportunity's Potential Customer, a case's customer) point
at an account or a contact. When discovery finds a column's ids in both the companies' and
the people's files (a polymorphic link: half the opportunities a company's, half a
person's), the map binds each row through the lookup of the table its id is in, as an
activity's regarding record is bound; one lookup alone would leave the other half of the
rows without their customer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from d365migrate.dataverse import tables
from d365migrate.intake.found import Discovery

__all__ = ["with_customer_tables"]


def with_customer_tables(entries: list[dict[str, Any]], discovery: Discovery,
                         table_defs: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``entries`` (the map's tables) with a lookup added for each further table a
    polymorphic link of a lookup's column reaches, where the column can point at it."""
    table_of: dict[str, str] = {}
    for e in entries:
        table_of.setdefault(str(e.get("source")), str(e.get("target")))
    for e in entries:
        td = table_defs.get(str(e.get("target")))
        if td is None:
            continue
        targets_of = {str(a.get("LogicalName")): set(a.get("Targets") or [])
                      for a in tables.unwrap(td).get("Attributes") or []}
        for lk in list(e.get("lookups") or []):
            have = {x["table"] for x in e["lookups"] if x["source"] == lk["source"]}
            for rel in discovery.links_from(str(e["source"]), lk["source"]):
                table = table_of.get(rel.target_source)
                if rel.kind != "polymorphic" or table is None or table in have \
                        or table not in targets_of.get(lk["target"], set()):
                    continue
                nav = tables.navigation(td, lk["target"], table)
                if nav is None:
                    continue
                e["lookups"].append({**lk, "navigation": nav, "table": table,
                                     "references": rel.to, "fallbacks": []})
                have.add(table)
    return entries
