"""The order tables load in: parents before the records that point at them.

Rollback deletes in the reverse order, children before parents.

Phases may overlap where nothing depends on the overlap (``waits_for``): the end of one
phase (its closes, its reconciliation) runs while the next phase loads, unless the next
phase's records are in, point at, or take parties from the table whose records it closes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

LOAD_ORDER = ["account", "contact",
              # the Sales catalogue: a product's unit group and unit, a price list before its
              # items; then campaigns (after the price list one may name), before the leads
              # whose Source Campaign (campaignid) points at them
              "uomschedule", "uom", "pricelevel", "product", "productpricelevel", "campaign",
              "lead", "opportunity",
              # the Sales documents: quotes and orders after their customers, opportunities
              # and products, each before its lines (an order may point at its quote)
              "quote", "quotedetail", "salesorder", "salesorderdetail",
              # Sales tables no other record of the load points at: a territory, a goal (their
              # parents: the same table, second pass)
              "territory", "competitor", "goal",
              # cases before the activities and notes that may be regarding them (a task
              # naming its ticket), their own messages after them
              "incident",
              "task", "phonecall", "appointment",
              "email", "note", "activity_note", "attachment", "case_email"]
#: Units of the Sales catalogue and documents (no SmartDesk export has them).
SALES_UNITS = ("uomschedule", "uom", "pricelevel", "product", "productpricelevel", "quote",
               "quotedetail", "salesorder", "salesorderdetail", "campaign", "territory",
               "competitor", "goal")
#: Map entries whose name is not their Dataverse table (several entries fill one table).
UNIT_TABLE = {"note": "annotation", "activity_note": "annotation", "attachment": "annotation",
              "case_email": "email"}


#: A further file of one kind of records, a map entry of its own: ``contact_2`` is the
#: contacts' second file (mapping/more_files.py), loaded right after the first.
_FURTHER = re.compile(r"^(?P<base>[a-z_]+?)_(?P<n>[2-9]|[1-9]\d+)$")


def base_unit(unit: str) -> str:
    """The unit a further file's entry belongs to (``contact_2`` -> ``contact``); any
    other unit is its own."""
    m = _FURTHER.match(unit)
    return m["base"] if m and m["base"] in LOAD_ORDER else unit


def file_number(unit: str) -> int:
    """Which file of its kind a unit loads: 1 for the first (``contact``), 2 for
    ``contact_2``."""
    m = _FURTHER.match(unit)
    return int(m["n"]) if m and m["base"] in LOAD_ORDER else 1


def further_unit(base: str, n: int) -> str:
    """The name of the ``n``-th file's entry of a unit (n >= 2)."""
    return f"{base}_{n}"


def in_load_order(units: Iterable[str]) -> list[str]:
    """The units (further files' too) in load order, each further file after its first;
    a unit the load order does not know is left out."""
    known = [u for u in units if base_unit(u) in LOAD_ORDER]
    return sorted(set(known), key=lambda u: (LOAD_ORDER.index(base_unit(u)), file_number(u)))


def table_of(unit: str) -> str:
    """The Dataverse table a unit of the load fills (``note`` -> ``annotation``,
    ``contact_2`` -> ``contact``)."""
    base = base_unit(unit)
    return UNIT_TABLE.get(base, base)


def table_rank(table: str) -> int:
    """Where a table's last unit loads: rollback deletes the highest first (children
    before parents); a table no unit fills ranks first."""
    ranks = [i for i, unit in enumerate(LOAD_ORDER) if table_of(unit) == table]
    return max(ranks) if ranks else -1


#: Tables an activity's parties resolve to (``load.parties.PARTY_TABLES``): read by a load
#: whose rows carry parties.
PARTY_LOOKUP_TABLES = ("contact", "systemuser", "account", "lead")


def waits_for(tmap: dict[str, Any], closing_table: str, *, closes: int,
              has_parties: bool) -> bool:
    """Whether a unit's load must wait for the end of the phase before it, which fills
    ``closing_table`` and closes ``closes`` of its records. Without closes that end changes
    nothing in the org (it counts and reads back), so nothing waits. With closes: a unit
    that fills that table itself, points at it (a lookup of its map: a task regarding a
    deal waits until the deal is won or lost, as when phases ran one after another), or
    resolves parties to it (``has_parties``: its rows carry activity parties). A unit that
    does none of these loads while the closes run: its records neither are nor point at the
    records being closed, so the closed state cannot change what it writes."""
    if not closes:
        return False
    if tmap["target"] == closing_table:
        return True
    if any(lk["table"] == closing_table for lk in tmap.get("lookups") or []):
        return True
    return has_parties and closing_table in PARTY_LOOKUP_TABLES


#: A Sales document's lines: the document is read-only once closed (a quote once active),
#: its lines with it, so its closes wait until its lines have loaded.
LINES_OF = {"quote": "quotedetail", "salesorder": "salesorderdetail"}


def closes_after(unit: str, units: list[str]) -> str:
    """The unit whose load a unit's closes wait for: the last of its lines' units in
    ``units`` (load order) for a quote's or an order's file, else the unit itself."""
    lines = LINES_OF.get(base_unit(unit))
    after = [u for u in units if lines is not None and base_unit(u) == lines]
    return after[-1] if after else unit
