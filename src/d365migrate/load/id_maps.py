"""When the load may forget a table's source-id map.

The load keeps, per table, the map of source ids to the org's record ids (``id_maps`` in
``run.steps.load_step``): the lookups of later phases bind through it. Kept for the whole load,
every table's map stays in memory to the end (about 150 MiB at a million rows), though most
are read by no phase after a point. The phases run in ``load.order`` order and each names the
tables its lookups point into, so a map can go once no later phase points into its table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["drop_maps_read_no_more", "tables_each_reads"]


def tables_each_reads(lookups: Mapping[str, list[Mapping[str, Any]]], targets: list[str]
                      ) -> list[set[str]]:
    """Per phase, in load order: the tables its lookups point into (``lookups``: unit -> the
    map entry's lookups)."""
    return [{str(lk["table"]) for lk in lookups.get(t) or []} for t in targets]


def drop_maps_read_no_more(id_maps: dict[str, Any], reads: list[set[str]], done: int
                           ) -> list[str]:
    """Forget the map of every table no phase after the ``done``-th points into (a phase
    still ending behind holds its own references to what it counted against); the tables
    dropped, in order."""
    later = set().union(*reads[done + 1:])
    gone = [t for t in id_maps if t not in later]
    for table in gone:
        del id_maps[table]
    return gone
