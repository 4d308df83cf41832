"""Tickets as notes, for an org without the Case table (no Customer Service licence).

Split from :mod:`d365migrate.mapping.history`: the ticket unit becomes one note per ticket on
its company, else its contact, holding the ticket's fields and its whole thread, so nothing
of the support history is lost where no incident table exists."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.intake.discover import Discovery

#: An entry of the map (a unit's table, file and columns), as ``mapping.history`` builds it.
Entry = dict[str, Any]
TableEntry = Callable[[str, str, dict[str, Any], pl.DataFrame, Mapping[str, str]], Entry]

TICKET_NOTE_REASON = ("the org has no Case table (no Customer Service): each ticket becomes a "
                      "note on its company, else its contact, holding the ticket's fields and "
                      "its whole thread in order")
FOLDED_REASON = ("kept in its ticket's note: the org has no Case table, so each ticket and "
                 "its whole thread are one note on its company or contact")
TITLE_WORDS = ("title", "subject", "name", "summary")
ORDER_WORDS = ("sent_at", "sent", "created_at", "created", "date", "timestamp", "time")
BODY_WORDS = ("body", "text", "message", "content")


def _first(columns: list[str], words: tuple[str, ...]) -> str | None:
    lower = {c.lower(): c for c in columns}
    return next((lower[w] for w in words if w in lower), None)


def tickets_as_notes(frames: Mapping[str, pl.DataFrame], discovery: Discovery,
                     note_def: dict[str, Any], chosen: Mapping[str, str],
                     table_entry: TableEntry) -> list[Entry]:
    """The ``incident`` unit as notes (``ticket_routing: notes``): the largest ticket object,
    each ticket a note whose subject is its title and whose text is its fields and its
    thread (``staging.threads``), on its company (``objectid_account``), else its contact."""
    for source in discovery.sources("ticket"):
        df = frames[source]
        entry = table_entry("incident", source, note_def, df, chosen)
        key = entry["source_key"]
        table_of_source = {src: table for table, src in chosen.items()}
        parents: list[Entry] = []
        linked: set[str] = set()
        for table in ("account", "contact"):
            links = [r for r in discovery.links_from(source) if r.kind == "id"
                     and table_of_source.get(r.target_source) == table and r.match_rate > 0.5]
            nav = tables.navigation(note_def, "objectid", table)
            if links and nav:
                linked.add(links[0].column)
                parents.append({"target": "objectid", "navigation": nav, "table": table,
                                "source": links[0].column, "references": links[0].to,
                                "fallbacks": [], "required": True,
                                "confidence": links[0].match_rate,
                                "reason": f"the note sits on the ticket's {table}"})
        title = _first(df.columns, TITLE_WORDS)
        fields = [c for c in df.columns if c not in {key, title, *linked}]
        thread: dict[str, Any] = {}
        for msgs in discovery.sources("ticket_message"):
            link = next((r for r in discovery.links_from(msgs) if r.target_source == source
                         and r.kind == "id"), None)
            if link is None:
                continue
            mdf = frames[msgs]
            body = _first(mdf.columns, BODY_WORDS)
            order = _first(mdf.columns, ORDER_WORDS)
            mkey = discovery.key_of(msgs)
            thread = {"source": msgs, "ticket": link.column, "order": order, "body": body,
                      "key": mkey,
                      "people": [c for c in mdf.columns
                                 if c not in {link.column, order, body, mkey}
                                 and not c.lower().endswith("_id")]}
            break
        created = [c for c in entry["columns"] if c["target"] == "overriddencreatedon"]
        entry["columns"] = ([{"target": "subject", "source": title, "transform": "text",
                              "confidence": 0.9, "reason": "the ticket's title"}]
                            if title else []) + [
            {"target": "notetext", "source": None, "transform": "ticket_thread",
             "title": title, "fields": fields, "thread": thread, "confidence": 0.9,
             "reason": "the ticket's fields, then every message of its thread, oldest "
                       "first"}] + created
        entry["lookups"] = parents
        entry.update(target="annotation", name="incident", routed_as="notes",
                     reason=TICKET_NOTE_REASON, confidence=0.9)
        entry["unmapped"] = []
        entry.pop("unmapped_reasons", None)
        return [entry]
    return []


def messages_in_notes(discovery: Discovery, frames: Mapping[str, pl.DataFrame]
                      ) -> list[Entry]:
    """The ``case_email`` unit where tickets became notes: its rows are inside those notes,
    so each is accounted for as kept there (skipped, with that reason), none loaded alone."""
    for source in discovery.sources("ticket_message"):
        key = discovery.key_of(source) or frames[source].columns[0]
        return [{"name": "case_email", "target": "email", "source": source,
                 "source_key": key, "confidence": 0.9, "columns": [], "lookups": [],
                 "unmapped": [], "folded_into": "incident", "folded_reason": FOLDED_REASON,
                 "reason": FOLDED_REASON}]
    return []
