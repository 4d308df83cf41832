"""Read back what a run loaded: pages of thousands, paced like the loader.

The records a run wrote are found by their SmartDesk id (the alternate key every record
carries). Their ids, sorted, are cut into ranges of a page each; one request reads a range
(``new_smartdeskid ge 'first' and new_smartdeskid le 'last'``, ``$select`` of the mapped
columns), following ``@odata.nextLink`` when other records fall inside the range. Ranges go
out in parallel under the loader's ``throughput.Controller`` and ``Pump``: the same copy of
the service-protection window (shared with the loader through ``budget_for(client)``), the
same ``Retry-After`` pause for every sender and the same retries of transient errors.
A range costs one request for up to 5,000 records, where ``$filter`` on ids costs one per
50 (the URL's length), so reading back is several times faster than loading.

Ids a range did not return (the org orders strings by its own collation, which may differ
from Python's) are looked up once more by ``eq``, 50 to a query, the queries sent as the
parts of ``$batch`` requests (``load.reads``), before a record counts as missing. Records
keyed by their record id (notes: no source-id column) are read that way from the start.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from d365migrate.dataverse import MAX_BATCH_OPERATIONS, DataverseClient, odata_literal
from d365migrate.load.budget import budget_for
from d365migrate.load.org_records import id_filters
from d365migrate.load.pump import Attempt, Pump
from d365migrate.load.reads import query_each
from d365migrate.load.throughput import Controller

PAGE = 5000  # records a page: Dataverse's largest (odata.maxpagesize)
OnFound = Callable[[list[tuple[str, dict[str, Any]]]], None]


def sort_key(source_id: str) -> str:
    """How the org orders the ids (case-insensitive, as its collation is)."""
    return source_id.lower()


@dataclass
class ReadStats:
    """What reading one table back cost."""

    records: int = 0
    requests: int = 0
    rechecked: int = 0
    throttled_429: int = 0
    retries: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        return {"records": self.records, "requests": self.requests,
                "rechecked": self.rechecked, "throttled_429": self.throttled_429,
                "retries": self.retries, "seconds": round(self.seconds, 3),
                "records_per_second": round(rate, 1)}


@dataclass
class _Ranges:
    """Sorted source ids, handed out a range at a time (the Pump's source)."""

    ids: list[str]
    page: int
    pos: int = 0

    def remaining(self) -> int:
        return len(self.ids) - self.pos

    def take(self, size: int) -> list[str] | None:
        if self.pos >= len(self.ids):
            return None
        part = self.ids[self.pos:self.pos + max(1, min(size, self.page))]
        self.pos += len(part)
        return part


@dataclass
class Reader:
    """Reads records of one table by source id; ``read`` returns source id -> record."""

    client: DataverseClient
    entity_set: str
    column: str
    select: list[str]
    page: int = PAGE
    controller: Controller | None = None
    stats: ReadStats = field(default_factory=ReadStats)
    guid: bool = False  # the column is the record id: read by exact ids, not ranges

    def _range_filter(self, part: list[str]) -> str:
        if len(part) == 1:
            return f"{self.column} eq {odata_literal(part[0])}"
        return (f"{self.column} ge {odata_literal(part[0])} and "
                f"{self.column} le {odata_literal(part[-1])}")

    def _send(self, part: list[str]) -> list[dict[str, Any]]:
        """One range, page by page; one attempt each (the pump owns retries)."""
        rows: list[dict[str, Any]] = []
        headers = {"Prefer": f"odata.maxpagesize={self.page}"}
        url: str | None = self.entity_set
        params: dict[str, str] | None = {"$select": ",".join(self.select),
                                         "$filter": self._range_filter(part)}
        while url:
            body = self.client.send_once("GET", url, params=params, headers=headers).json()
            rows.extend(body.get("value", []))
            url, params = body.get("@odata.nextLink"), None
        return rows

    def read(self, source_ids: Iterable[str], on_found: OnFound | None = None
             ) -> dict[str, dict[str, Any]]:
        """Source id -> record; ``on_found`` gets each page's records as they arrive (in the
        pump's thread, while the next ranges are being read)."""
        wanted = set(source_ids)
        ids = sorted(wanted, key=sort_key)
        found: dict[str, dict[str, Any]] = {}
        started = time.monotonic()
        ctl = self.controller or Controller(chunk_size=self.page, max_chunk=self.page,
                                            budget=budget_for(self.client), writes=False)
        ctl.seed(self.client.last_dop_hint)
        before = (ctl.stats.requests, ctl.stats.throttles)

        def settle(att: Attempt[list[str]]) -> list[list[str]]:
            if att.error is not None:
                raise att.error
            take(att.value)
            return []

        def take(records: list[dict[str, Any]]) -> None:
            batch = [(rec[self.column], rec) for rec in records
                     if rec.get(self.column) in wanted and rec[self.column] not in found]
            found.update(batch)
            if on_found is not None and batch:
                on_found(batch)

        pump: Pump[list[str]] = Pump(ctl, self._send, len)
        if ids and not self.guid:
            pump.run(_Ranges(ids, self.page), settle)
        self.stats.requests += ctl.stats.requests - before[0]
        self.stats.throttled_429 += ctl.stats.throttles - before[1]
        self.stats.retries += pump.retries
        rest = [s for s in ids if s not in found]
        if rest:  # the org's ordering may differ from ours (or ids, not ranges): by id
            self.stats.rechecked += len(rest)
            filters = id_filters(self.column, rest, guid=self.guid)
            # the queries of 50 ids go as $batch requests of up to 1,000 (``load.reads``)
            self.stats.requests += len(filters) if len(filters) == 1 else \
                math.ceil(len(filters) / MAX_BATCH_OPERATIONS)
            take(list(query_each(self.client, self.entity_set, self.select, filters)))
        self.stats.records += len(found)
        self.stats.seconds += time.monotonic() - started
        return found


def read_records(client: DataverseClient, table_def: dict[str, Any], column: str,
                 source_ids: Iterable[str], select: Iterable[str], *, page: int = PAGE,
                 controller: Controller | None = None, on_found: OnFound | None = None
                 ) -> tuple[dict[str, dict[str, Any]], ReadStats]:
    """Source id -> record (``select`` plus the primary id and the source id) for every id
    found, and what it cost."""
    pk = table_def["PrimaryIdAttribute"]
    cols = list(dict.fromkeys([pk, column, *select]))
    reader = Reader(client, table_def["EntitySetName"], column, cols, page, controller,
                    guid=column == pk)
    return reader.read(source_ids, on_found), reader.stats
