"""A map is confirmed only when every column the org requires is filled: the parameters'
``mapping.confirm_as`` refuses as the editor does, naming the object, the column and the
decision that fills it (a value or a column; for a link to a record the export does not
carry, such as a goal's metric, the org's own record by a match)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from d365migrate.dataverse.tables import attribute_type, attributes, label
from d365migrate.load.order import base_unit, in_load_order
from d365migrate.load.preflight import uncovered_required
from d365migrate.mapping.mapfile import MappingError, table_map, unit_name

if TYPE_CHECKING:
    from d365migrate.run.context import RunContext

__all__ = ["require_required_covered"]


def require_required_covered(ctx: RunContext, mapping: dict[str, Any]) -> None:
    """Refuse to confirm (``mapping.confirm_as``) a map that leaves a column the org requires
    with nothing mapped to it, naming the object and the column, as the editor refuses."""
    missing, links = [], []
    in_map = {unit_name(t) for t in mapping["tables"]}  # none for an object the export lacks
    for unit in (u for u in in_load_order(in_map) if base_unit(u) in ctx.params.objects):
        tmap = table_map(mapping, unit)
        if not tmap.get("source"):
            continue  # no file of it in the export: nothing moves, nothing to fill
        table_def = ctx.table_def(tmap["target"])
        attrs = attributes(table_def)
        labels = {n: label(a.get("DisplayName")) for n, a in attrs.items()}
        for c in uncovered_required(tmap, table_def):
            missing.append(f"{unit}.{c}" + (f" ('{labels[c]}')" if labels.get(c) else ""))
            if attribute_type(attrs[c]) == "Lookup":  # a record, not a value
                table = (attrs[c].get("Targets") or ["<table>"])[0]
                links.append(f"{{{unit}.{c}: {{existing: {{table: {table}, match: "
                             "{name: <its name>}}}}")
    if missing:
        raise MappingError(
            f"{ctx.params.source_file}: mapping.confirm_as cannot confirm the map: nothing is "
            f"mapped to the required column(s) {', '.join(missing)}; map a source column to "
            "each in notebooks/02_mapping.ipynb, or fill it in the parameters file "
            "(mapping.decisions.columns: {<object>.<column>: {source: <export column>} or "
            "{value: <text>}}" + ("; a link to a record the org already has: "
                                  f"mapping.decisions.links: {', '.join(links)}"
                                  if links else "") + ")")
