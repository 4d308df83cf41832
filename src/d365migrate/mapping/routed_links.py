"""A link into a file an entry takes only some rows of reads only those rows.

A users file split by role (mapping/user_roles.py: Zendesk's end users are contacts, its
agents and admins the org's users) feeds the contacts' entry through ``where: {column:
role, in: [end-user]}``. A case's requester resolved against the whole file would find an
admin's row, and the case would fail at load ("its contact is not in the org"): the
admin is no contact and never loads. Read against the rows the contacts' entry takes, the
admin is no contact of the export, and the case is held back at staging with that reason
(a case needs its customer), or takes its account where it has one. Each lookup into a
routed entry's source, to that entry's table, gets the entry's routing as its
``parent_where`` (staging/lookups.py), unless it has one already.
"""

from __future__ import annotations

import copy
from typing import Any

from d365migrate.staging.references import split_reference

__all__ = ["read_routed_rows"]


def read_routed_rows(entries: list[dict[str, Any]], sources: list[str]
                     ) -> list[dict[str, Any]]:
    """The entries with every lookup into a routed entry's rows (same source, same table)
    reading only those rows."""
    taking = [((e.get("source"), e.get("target")), e) for e in entries if e.get("source")]
    counts: dict[tuple[Any, Any], int] = {}
    for pair, _ in taking:
        counts[pair] = counts.get(pair, 0) + 1
    # one routed entry of the table takes the source's rows: two would leave it unsaid which
    routed = {pair: e["where"] for pair, e in taking if e.get("where") and counts[pair] == 1}
    if not routed:
        return entries
    out = copy.deepcopy(entries)
    for entry in out:
        for lk in entry.get("lookups", []):
            if lk.get("parent_where") or lk.get("through") or lk.get("existing") \
                    or not lk.get("references"):
                continue
            ref_source, _ = split_reference(str(lk["references"]), sources)
            where = routed.get((ref_source, lk.get("table")))
            if where is not None:
                lk["parent_where"] = copy.deepcopy(where)
    return out
