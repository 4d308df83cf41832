"""Links into a table that loads later in the same run: an account's Primary Contact (the
accounts load before the contacts), a contact's Originating Lead.

When the account is sent its contact is not in the org yet, so the link cannot bind. Its
phase's end counts such a link ``awaiting`` (``gates.link_outcomes``): listed in
``unresolved_links/<object>.csv`` with that reason (it is unbound, for now), judged by no
gate yet. Once the later table has loaded, :class:`LaterLinks` binds them
(``load.parents.link_into``, as the second pass within a table does: UpdateMultiple, a
refused chunk one record at a time, each record the org still refuses listed in
``refused_links/<object>.csv`` with the org's reason) and brings the earlier phase's files
up to date, counted as its end would count them now: ``load/<object>.json`` (``links``,
``unresolved_lookups``, ``bound_later`` per link), ``unresolved_links/<object>.csv`` (only
what is still unbound, each with its reason) and ``phases/<object>.json``; then its links
are judged by the gates (a breach stops the run at the end of the later phase, as its own
would). ``reconciliation.json`` and the sponsor's report are written from
those files, and verification expects a link wherever it is not listed as refused.

A run stopped before the later table loaded leaves the files saying ``awaiting``, which is
what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import LoadResult
from d365migrate.load.order import table_rank
from d365migrate.load.parents import link_into, read_refused
from d365migrate.report.safe_files import read_csv, write_csv
from d365migrate.run import gates
from d365migrate.run.context import RunContext
from d365migrate.staging.stage import ISSUE_COLUMNS, SOURCE_ID
from d365migrate.verify.reconcile import link_counts


@dataclass
class _Earlier:
    """A phase whose records name records of a table that loads after it."""

    unit: str
    table_def: dict[str, Any]
    loaded: pl.DataFrame  # its staged records that loaded (the failed ones left out)
    ids: dict[str, str]  # source id -> org id of its records
    lookups: list[dict[str, Any]]
    links_to: dict[str, Mapping[str, str]]  # per table: the records its links were bound to
    file: str


class LaterLinks:
    """The run's links into tables that load later: kept as each phase loads
    (:meth:`keep`), bound as each later table loads (:meth:`bind`)."""

    def __init__(self, ctx: RunContext, units: list[str], tables: list[str],
                 ledger: Ledger) -> None:
        self.ctx, self.units, self.tables, self.ledger = ctx, units, tables, ledger
        self.waiting: list[_Earlier] = []

    def after(self, unit: str) -> set[str]:
        """The tables the run's units after ``unit`` load (a further file of its own table
        too: a contact naming a contact of the second file)."""
        return set(self.tables[self.units.index(unit) + 1:])

    def keep(self, unit: str, table_def: dict[str, Any], staged: pl.DataFrame,
             result: LoadResult, lookups: list[dict[str, Any]],
             links_to: dict[str, Mapping[str, str]], file: str) -> None:
        """A phase has loaded: keep what binding its links into later tables needs."""
        later = self.after(unit)
        if not any(lk["table"] in later for lk in lookups):
            return
        loaded = staged.filter(~pl.col(SOURCE_ID).is_in(result.failed["source_id"].implode()))
        self.waiting.append(_Earlier(unit, table_def, loaded, dict(result.ids), lookups,
                                     dict(links_to), file))

    def bind(self, unit: str, table_def: dict[str, Any], ids: Mapping[str, str],
             settle: Callable[[], None]) -> list[gates.Breach]:
        """``unit`` has loaded (``ids``: its table's records in the org by source id): bind
        the earlier phases' links into its table and bring their files up to date.
        ``settle`` waits for the phase ends still running (they write those files). Returns
        the gates those phases' links now breach: ``unit``'s own end stops the run with
        them, once its files are written too."""
        table = table_def["LogicalName"]
        mine = [e for e in self.waiting if any(lk["table"] == table for lk in e.lookups)]
        if not mine:
            return []
        settle()
        breaches: list[gates.Breach] = []
        still = self.after(unit)
        created = self.ledger.created_records()  # the others' prior links go to the ledger
        for e in mine:
            known = e.links_to.get(table, {})
            linked = link_into(self.ctx.client, e.table_def, e.loaded, e.lookups, table_def,
                               known, ids, e.ids, chunk_size=self.ctx.params.chunk_size,
                               file=e.file, ledger=self.ledger, created={
                                   rid for _, rid in created.get(e.table_def["LogicalName"],
                                                                 [])})
            e.links_to[table] = {**known, **ids}
            if linked.refused:  # with the second pass's own refusals, if any
                path = self.ctx.folder.refused_links(e.unit)
                before = read_csv(path, infer_schema=False).select(ISSUE_COLUMNS) \
                    if path.exists() else pl.DataFrame(schema=ISSUE_COLUMNS)
                write_csv(pl.concat([before.cast(linked.frame().schema), linked.frame()]),
                          path)
            breaches += self._recount(e, still)
        self.waiting = [e for e in self.waiting
                        if any(lk["table"] in still for lk in e.lookups)]
        return breaches

    def _recount(self, e: _Earlier, still: set[str]) -> list[gates.Breach]:
        """The earlier phase's links counted again, as its end counted them, now that
        ``still`` are the tables left to load; its files rewritten and its gates judged."""
        ctx, folder = self.ctx, self.ctx.folder
        source = ctx.read_json(folder.stage_summary)[e.unit]["source"]
        rank = table_rank(e.table_def["LogicalName"])
        links, unbound = gates.link_outcomes(
            e.loaded, e.lookups, lambda t: e.links_to.get(t, {}),
            ctx.export.tables.get(source), e.file,
            gates.cleared_links(folder.issues("flags", e.unit)),
            read_refused(folder.refused_links(e.unit)),
            lambda t: table_rank(t) > rank, awaits=still)
        write_csv(unbound, folder.unresolved_links(e.unit))
        load = ctx.read_json(folder.load_stats(e.unit))
        bound = dict(load.get("bound_later") or {})
        for column, was in (load.get("links") or {}).items():
            now = links.get(column, {})
            made = (was["unresolved"] + was.get("awaiting", 0)) - \
                (now.get("unresolved", 0) + now.get("awaiting", 0))
            if made:
                bound[column] = bound.get(column, 0) + made
        load.update(links=links, unresolved_lookups=sum(n["unresolved"]
                                                        for n in links.values()))
        load.pop("awaiting_links", None)
        awaiting = sum(n.get("awaiting", 0) for n in links.values())
        load.update({"awaiting_links": awaiting} if awaiting else {},
                    **({"bound_later": bound} if bound else {}))
        ctx.write_json(folder.load_stats(e.unit), load)
        phase = ctx.read_json(folder.phase(e.unit))
        phase.pop("awaiting_links", None)
        ctx.write_json(folder.phase(e.unit), {**phase, **link_counts(load)})
        return gates.load_breaches(ctx.params.gates, e.unit, {
            **load, "source": phase["source"], "loaded": phase["loaded"]}, folder)


__all__ = ["LaterLinks"]
