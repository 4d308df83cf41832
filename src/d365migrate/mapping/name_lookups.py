"""A lookup by name (``deals.company`` -> ``companies.name``): where an export links records
by the other record's name, not its id, the name resolves to that record's key (for names
that name one record only). The map proposal (:mod:`d365migrate.mapping.propose`) takes it
when discovery found no id link for the column."""

from __future__ import annotations

from typing import Any

from d365migrate.dataverse import tables
from d365migrate.intake.discover import Discovery, Relationship

__all__ = ["name_lookup"]


def name_lookup(discovery: Discovery, rel: Relationship, attr: dict[str, Any],
                table_def: dict[str, Any], ref_table: str) -> tuple[dict[str, Any] | None, str]:
    """A lookup by name (``deals.company`` -> ``companies.name``): it resolves to the
    referenced record's key through a name match, for names that name one record only."""
    nav = tables.navigation(table_def, attr["LogicalName"], ref_table)
    if nav is None:
        return None, f"{attr['LogicalName']} has no navigation property to {ref_table}"
    key = discovery.key_of(rel.target_source) or rel.target_column
    return {"target": attr["LogicalName"], "navigation": nav, "table": ref_table,
            "source": rel.column, "references": f"{rel.target_source}.{key}",
            "fallbacks": [{"source": rel.column, "match": "name",
                           "references": rel.match_columns,
                           **({"part": rel.part} if rel.part else {})}]}, ""
