"""Links into a file the map splits between tables.

A file of companies and people together (Odoo's and Axelor's partners, CiviCRM's contacts:
:mod:`d365migrate.mapping.party_split`) goes to two tables: its companies' rows to accounts,
its people's to contacts. A link into that file (a deal's ``partner.importId``, a contact's
``mainPartner_importId`` or ``Current Employer``) names a row of one of them: it must go to
the table that holds that row, not to whichever table the file was placed in last. So:

- the table a link is proposed to is the one holding most of the rows its values name
  (:meth:`SplitHomes.order`), among those the lookup can point at;
- each lookup into such a file reads only its own table's rows (``parent_where``: the
  routing of that table's entry), and the other table of the split gets a lookup of its own
  where the column can point at it too (a deal's customer is a company or a person): the
  loader binds the first that resolves, and a value naming a row of neither is counted.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.dataverse import tables as dv
from d365migrate.intake.found import Relationship
from d365migrate.intake.json_cells import read_part
from d365migrate.mapping.party_split import PartySplit
from d365migrate.staging.references import split_reference

__all__ = ["SplitHomes", "restrict_to_splits"]

#: The tables a file of companies and people is split between, in the order a tie goes.
SPLIT_TABLES = ("account", "contact")


@dataclass
class SplitHomes:
    """Which table of a split file holds the rows a link's values name; and the table of a
    further file of a kind (``further``: its name -> its table, mapping/more_files.py), the
    one a link into its rows goes to (a price naming the second products file's variants)."""

    frames: Mapping[str, pl.DataFrame]
    parties: Mapping[str, PartySplit]
    further: Mapping[str, str] = field(default_factory=dict)
    _cache: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)

    def __contains__(self, source: object) -> bool:
        return source in self.parties or source in self.further

    def order(self, rel: Relationship) -> list[str]:
        """The split's tables, the one holding most of the rows ``rel``'s values name first
        (a tie: accounts first)."""
        key = (rel.source, rel.column, rel.to)
        if key not in self._cache:
            self._cache[key] = self._order(rel)
        return self._cache[key]

    def _order(self, rel: Relationship) -> list[str]:
        if rel.target_source not in self.parties:
            return [self.further[rel.target_source]]
        split = self.parties[rel.target_source]
        target = self.frames[rel.target_source]
        frame = self.frames[rel.source]
        values = frame.select(read_part(frame, rel.column, "id").cast(pl.Utf8)
                              .str.strip_chars()).to_series().drop_nulls()
        named = []
        for i, table in enumerate(SPLIT_TABLES):
            rows = split.rows(target, table)
            if rel.target_column not in rows.columns:
                continue
            ids = rows[rel.target_column].cast(pl.Utf8).str.strip_chars().drop_nulls()
            named.append((-int(values.is_in(ids.implode()).sum()), i, table))
        return [table for _, _, table in sorted(named)]


def restrict_to_splits(entries: list[dict[str, Any]], parties: Mapping[str, PartySplit],
                       table_defs: Mapping[str, Mapping[str, Any]],
                       sources: list[str]) -> list[dict[str, Any]]:
    """The entries with each lookup into a split file reading its own table's rows only
    (``parent_where``), and a lookup to the split's other table beside it where the column
    can point there too (see the module)."""
    out = copy.deepcopy(entries)
    for entry in out:
        # a history entry is named for its unit ('note'), its target the table ('annotation')
        td = table_defs.get(str(entry.get("target"))) or table_defs.get(str(entry.get("name")))
        if td is None or not entry.get("lookups"):
            continue
        lookups: list[dict[str, Any]] = []
        for lk in entry["lookups"]:
            ref_source, _ = split_reference(str(lk.get("references") or ""), sources)
            split = parties.get(ref_source)
            if split is None or lk.get("through") or lk.get("existing") \
                    or lk.get("table") not in SPLIT_TABLES:
                lookups.append(lk)
                continue
            lookups.append({**lk, "parent_where": split.where(lk["table"])})
            for other in SPLIT_TABLES:
                nav = dv.navigation(dict(td), lk["target"], other)
                if other == lk["table"] or nav is None or any(
                        x["navigation"] == nav for x in entry["lookups"]):
                    continue
                lookups.append({**lk, "table": other, "navigation": nav,
                                "parent_where": split.where(other),
                                "reason": f"{lk.get('reason') or ''}; where the row it names "
                                          f"is one of '{ref_source}''s {other} rows"
                                          .lstrip("; ")})
        entry["lookups"] = lookups
    return out
