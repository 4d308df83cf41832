"""Activity parties: who sent, received or attended an email, a call or a meeting.

Staging keeps each activity's addresses with their role (``__parties``: ``{mask, address}``,
the mask being ``participationtypemask``: 1 From, 2 To, 3 Cc, 4 Bcc, 5 Required attendee,
6 Optional attendee, 7 Organizer). At load each address is resolved to one record by its
email address, trimmed and case-insensitively, in this order of preference: a contact
(``emailaddress1/2/3``), a user (``internalemailaddress``), an account, a lead
(``emailaddress1``); only a match to exactly one record counts. An address that matches none
(or several) is kept as ``addressused`` without a party id, so no recipient is lost
(reference: "Added 2026-11-30", activity parties).

The parties go in the create request as a deep insert (``<table>_activity_parties``,
PAD ``webapi/create-entity-web-api.md`` "Create related table rows in one operation").
``bulk-operations.md`` documents no deep insert for ``CreateMultiple``, and the activity party
table takes no create of its own (its table reference lists RetrieveMultiple only: parties
are written through their activity), so a table whose rows carry parties is created by
``$batch`` change sets of POSTs (the loader's ``$batch`` path): one request each against the
request count, up to 1,000 records, paced by their execution time like a bulk message.
Parties are sent on create only: an update (a re-run) leaves the parties the record was
created with, so nothing is duplicated; a party changed in SmartDesk since the first run is
not changed in the org (known limit: no documented Web API operation replaces an activity's
parties).

What the org is read for: the ids and email columns of the contacts, accounts and leads the
migration loaded (the source-id column is set) and of every user; one paged query per table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from d365migrate.dataverse import DataverseClient
from d365migrate.load.reads import query

#: Tables an address may resolve to, in order of preference, with their email columns and
#: whether only the records the migration loaded count (users: every user of the org).
PARTY_TABLES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("contact", ("emailaddress1", "emailaddress2", "emailaddress3"), True),
    ("systemuser", ("internalemailaddress",), False),
    ("account", ("emailaddress1",), True),
    ("lead", ("emailaddress1",), True),
)


def address_key(address: str) -> str:
    """How addresses compare: trimmed, case-insensitive."""
    return address.strip().lower()


def party_navigation(table: str) -> str:
    """The collection of an activity's parties (``email_activity_parties``)."""
    return f"{table}_activity_parties"


@dataclass
class PartyIndex:
    """Email address -> the records that have it, per table, as read from the org."""

    entity_sets: dict[str, str] = field(default_factory=dict)
    by_address: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    @classmethod
    def read(cls, client: DataverseClient, table_defs: Mapping[str, dict[str, Any]],
             source_id_column: str) -> PartyIndex:
        """One paged query per table of ``PARTY_TABLES`` in ``table_defs``: the id and the
        email columns (of the records the migration loaded, for all but users); the tables
        are read in parallel."""
        index = cls()
        reads: list[tuple[str, str, list[str], str | None]] = []
        for table, columns, loaded_only in PARTY_TABLES:
            table_def = table_defs.get(table)
            if table_def is None:
                continue
            names = {a.get("LogicalName") for a in table_def.get("Attributes") or []}
            emails = [c for c in columns if c in names]
            if not emails:
                continue
            pk = table_def["PrimaryIdAttribute"]
            flt = None
            if loaded_only:
                if source_id_column not in names:
                    continue  # the migration loaded nothing into it
                flt = f"{source_id_column} ne null"
            index.entity_sets[table] = table_def["EntitySetName"]
            reads.append((table, pk, emails, flt))

        def read(job: tuple[str, str, list[str], str | None]) -> list[dict[str, Any]]:
            table, pk, emails, flt = job
            return list(query(client, index.entity_sets[table], select=[pk, *emails],
                              filter=flt))

        with ThreadPoolExecutor(max_workers=max(1, len(reads)),
                                thread_name_prefix="parties") as pool:
            for (table, pk, emails, _), records in zip(reads, pool.map(read, reads),
                                                       strict=True):
                found = index.by_address.setdefault(table, {})
                for rec in records:
                    for c in emails:
                        if rec.get(c) and str(rec[c]).strip():
                            found.setdefault(address_key(str(rec[c])), set()).add(rec[pk])
        return index

    def resolve(self, address: str) -> tuple[str, str] | str:
        """``(table, id)`` of the one record with this address, by preference; else why
        not: ``"unmatched"`` or ``"ambiguous"`` (several records of the first table that has
        it; a less preferred table is not tried then)."""
        key = address_key(address)
        for table, _, _ in PARTY_TABLES:
            ids = self.by_address.get(table, {}).get(key)
            if not ids:
                continue
            if len(ids) == 1:
                return table, next(iter(ids))
            return "ambiguous"
        return "unmatched"

    def party(self, mask: int, address: str) -> tuple[dict[str, Any], str]:
        """One party's body and how it was settled (a table, or unmatched/ambiguous)."""
        found = self.resolve(address)
        if isinstance(found, tuple):
            table, rid = found
            return {f"partyid_{table}@odata.bind": f"/{self.entity_sets[table]}({rid})",
                    "participationtypemask": int(mask)}, table
        return {"addressused": address.strip(), "participationtypemask": int(mask)}, found


class PartyBodies:
    """The parties of one table's records for its create requests, counted as they land.

    ``bodies(source_id, parties)`` is what the loader adds to a create body; ``landed``
    counts the parties of the records a create made (a refused record's are not counted).
    """

    def __init__(self, index: PartyIndex, table: str) -> None:
        self.index = index
        self.navigation = party_navigation(table)
        self._pending: dict[str, Counter[str]] = {}
        self.by_outcome: Counter[str] = Counter()

    def bodies(self, source_id: str, parties: Iterable[Mapping[str, Any]] | None
               ) -> dict[str, Any]:
        out: list[dict[str, Any]] = []
        tally: Counter[str] = Counter()
        for p in parties or []:
            if not p or not p.get("address"):
                continue
            body, outcome = self.index.party(p["mask"], p["address"])
            out.append(body)
            tally[outcome] += 1
        self._pending[source_id] = tally
        return {self.navigation: out} if out else {}

    def landed(self, source_ids: Iterable[str]) -> None:
        for s in source_ids:
            self.by_outcome.update(self._pending.pop(s, Counter()))

    @property
    def counts(self) -> dict[str, Any]:
        """For ``load/<unit>.json``: parties resolved to a record (and to which table) and
        parties kept as the address used (no record, or several records with it)."""
        tables = {t: n for t, n in self.by_outcome.items()
                  if t not in ("unmatched", "ambiguous")}
        return {"resolved": sum(tables.values()),
                "as_address": self.by_outcome["unmatched"] + self.by_outcome["ambiguous"],
                "resolved_by_table": dict(sorted(tables.items())),
                "ambiguous": self.by_outcome["ambiguous"]}

