"""``mapping.decisions.columns``: a target column filled by the analyst's decision.

Kept apart from :mod:`d365migrate.mapping.decisions` (stages, choices) because it is about
one column of the map, not about the values of a column."""
from __future__ import annotations

from typing import Any

from d365migrate.dataverse.tables import attribute_type
from d365migrate.mapping.clock_durations import CLOCKS
from d365migrate.mapping.mapfile import TRANSFORM_BY_TYPE, MappingError, unit_name
from d365migrate.mapping.minor_units import with_minor_units
from d365migrate.mapping.number_bands import BANDS

__all__ = ["decide_column"]


#: The transforms a column's own type gives a decided source when the decision names none
#: (``product.price: {source: MSRP}`` reads a number): choices and links have decisions of
#: their own, so text stays the default for the rest.
TYPED = {"integer", "decimal", "datetime", "boolean"}


def decide_column(mapping: dict[str, Any], key: str, fill: Any,
                  attribute_kind: str | None = None, *, linked: bool = False
                  ) -> dict[str, Any]:
    """``mapping.decisions.columns``: a column nothing in the proposal fills (a required one,
    a lead's Topic), filled from an export column (``{source: company_name}``) or with a
    value the map sets (``{value: SmartDesk lead}``); replaces what the map had for it.
    ``null`` maps the column to nothing (hashed or meaningless values, no option for any),
    its lookups too (a creator's id read as a lead's contact): the export columns they read
    are listed unmapped, as every column not moved is; ``linked``: the links decisions bind
    that column (``mapping.decisions.links``), and the link they bound stays.

    ``{value: null}`` (or an empty text) fixes the column as empty: the same as ``null``, so
    it follows the one rule the links' ``when_missing: empty`` follows
    (:mod:`d365migrate.mapping.link_decisions`): where
    Dataverse requires it (SystemRequired) or it names the record, staging refuses the map;
    an ApplicationRequired column loads empty (the Web API accepts it; a person editing the
    record is asked for it), never one row at a time by the suite.

    ``{source: sku, else: id}`` (or a list of columns) reads the first of them that is not
    empty: a required column some rows leave empty filled from another of their columns
    (staging/fallbacks.py). ``{source: Tracker, transform: choice, values: {Bug: 2}}``
    decides a choice column with its options (``transform`` may be left out where the org
    says the column is a choice). ``attribute_kind``: the target's type in the
    org (``Money``), whose transform a decided source takes when the decision names none.
    The export column the proposal had for it is listed unmapped, with why."""
    unit, _, column = key.partition(".")
    if not column or not (fill is None or isinstance(fill, dict)
                          and len(set(fill) & {"source", "value"}) == 1):
        raise MappingError(f"mapping.decisions.columns.{key}: expected <object>.<column>: "
                           "{source: <export column>}, {value: <text>} or null (not mapped)")
    tmap = next((t for t in mapping["tables"] if unit_name(t) == unit), None)
    if tmap is None:
        return mapping  # an object this run does not move
    if fill is not None and "value" in fill and fill["value"] in (None, ""):
        fill = None  # fixed as empty: mapped to nothing, its links too
    if fill is None:  # mapped to nothing: its source column stays in the export, unmapped
        gone = [c for c in tmap.get("columns", []) if c.get("target") == column]
        if not linked:  # a link the parameters bound is not the proposal's to drop
            gone += [lk for lk in tmap.get("lookups", []) if lk.get("target") == column]
            tmap["lookups"] = [lk for lk in tmap.get("lookups", [])
                               if lk.get("target") != column]
        lengths = {c.get("source") for c in gone if column.endswith("durationminutes")}
        # an end computed from a length left out goes with it (Sellsy's seconds): no end
        # said, rather than one the length would have put wrong
        tmap["columns"] = [c for c in tmap.get("columns", []) if c.get("target") != column
                           and not (c.get("plus_minutes") and c["plus_minutes"] in lengths)]
        still = {c.get("source") for c in tmap["columns"] + tmap["lookups"]} | {
            (tmap.get("owner") or {}).get("source")}  # read for another column still
        for c in gone:
            if c.get("source") and c["source"] not in (tmap.get("unmapped") or []) \
                    and c["source"] not in still:
                tmap.setdefault("unmapped", []).append(c["source"])
                tmap.setdefault("unmapped_reasons", {})[c["source"]] = (
                    f"not mapped to {column}, decided in the parameters file")
        return mapping
    kept = [c for c in tmap.get("columns", []) if c.get("target") != column]
    replaced = [c.get("source") for c in tmap.get("columns", []) if c.get("target") == column]
    if "source" in fill:
        divide = fill.get("divide_by")
        if divide is not None and (not isinstance(divide, int | float) or divide <= 0):
            raise MappingError(f"mapping.decisions.columns.{key}.divide_by: a number above 0 "
                               f"(1000000 for an amount in millionths), not {divide!r}")
        clock = fill.get("clock")  # a length on a clock face: mapping/clock_durations.py
        if clock is not None and clock not in CLOCKS:
            raise MappingError(f"mapping.decisions.columns.{key}.clock: one of "
                               f"{', '.join(CLOCKS)} (a clock face's parts, or a number's unit), "
                               f"not {clock!r}")
        band = fill.get("band")  # '11-50' as 11: mapping/number_bands.py
        if band is not None and band not in BANDS:
            raise MappingError(f"mapping.decisions.columns.{key}.band: one of "
                               f"{', '.join(BANDS)} (a band's lower bound), not {band!r}")
        others = fill.get("else") or []
        others = [others] if isinstance(others, str) else others
        if not isinstance(others, list) or not all(isinstance(o, str) and o for o in others):
            raise MappingError(f"mapping.decisions.columns.{key}.else: an export column, or "
                               f"a list of them, read where '{fill['source']}' is empty")
        entry = {"target": column, "source": str(fill["source"]),
                 **({"else": others} if others else {}),
                 "transform": fill.get("transform", "decimal" if divide else typed
                                       if (typed := TRANSFORM_BY_TYPE.get(attribute_kind or ""))
                                       in TYPED or (typed == "choice" and isinstance(
                                           fill.get("values"), dict)) else "text"),
                 **({"divide_by": divide} if divide else {}),
                 **({"clock": clock} if clock else {}),
                 **({"band": band} if band else {}),
                 # a choice column's options, decided with it (the choices: decisions are
                 # applied before columns:, to the column the proposal had)
                 **({"values": {str(k): v for k, v in fill["values"].items()}}
                    if isinstance(fill.get("values"), dict) else {}),
                 "reason": "decided in the parameters file"
                           + (f"; divided by {divide:,}" if divide else "")
                           + (f"; where it is empty, {' else '.join(others)}" if others
                              else "")}
    else:
        entry = {"target": column, "source": None, "transform": "constant",
                 "value": fill["value"], "reason": "a value decided in the parameters file"}
    tmap["columns"] = [*kept, entry]
    _list_replaced(tmap, column, entry["source"], replaced)
    with_minor_units([tmap])   # a number in cents or millionths is never loaded as it is
    for read in [entry["source"], *(entry.get("else") or [])]:
        # mapped now, its fallbacks too (Rocket.Chat's 'username' where 'name' is empty:
        # read for some rows, no column left in the export)
        if read and read in (tmap.get("unmapped") or []):
            tmap["unmapped"] = [c for c in tmap["unmapped"] if c != read]
            (tmap.get("unmapped_reasons") or {}).pop(read, None)
    return mapping


def column_kind(mapping: dict[str, Any], key: str, table_def: Any) -> str | None:
    """The org's type of the decided column (``Money``), or None where the object is not
    moved or the org's definitions are not at hand."""
    unit, _, column = key.partition(".")
    tmap = next((t for t in mapping.get("tables") or [] if unit_name(t) == unit), None)
    if tmap is None or table_def is None:
        return None
    try:
        attrs = table_def(tmap["target"]).get("Attributes") or []
    except Exception:  # noqa: BLE001 - a table the org lacks: its own check says so
        return None
    return next((attribute_type(a) for a in attrs if a.get("LogicalName") == column), None)


def _list_replaced(tmap: dict[str, Any], column: str, source: str | None,
                   replaced: list[str | None]) -> None:
    """The export column the proposal had for a decided column, now mapped to nothing: listed
    as unmapped with why (it stays in the export, as every column not moved is listed)."""
    used = {c.get("source") for c in tmap["columns"]} | {
        lk.get("source") for lk in tmap.get("lookups") or []}
    owner = (tmap.get("owner") or {}).get("source")
    for c in replaced:
        if c and c != source and c not in used and c != owner \
                and c not in (tmap.get("unmapped") or []):
            tmap.setdefault("unmapped", []).append(c)
            tmap.setdefault("unmapped_reasons", {})[c] = (
                f"not mapped to {column}: '{source}' decided for it in the parameters file"
                if source else f"not mapped to {column}, decided in the parameters file")
