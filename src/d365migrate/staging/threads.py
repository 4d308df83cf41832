"""A ticket as one note: its fields and its whole thread, in order, as the note's text.

Where the org has no Case table (no Customer Service licence), a ticket cannot become a case
with its messages as emails; it becomes a note (``annotation``) on its company or contact
instead, and nothing of it is lost: the note's text lists the ticket's fields, then every
message of its thread in the order they were sent, each with its time, its people and its
body. The map's column spec (``transform: ticket_thread``) names the columns:

``fields``: the ticket's columns to list, ``label: value`` a line (empty ones left out);
``thread``: ``source`` (the messages object), ``key`` (their id), ``ticket`` (the column
naming their ticket), ``order`` (when sent), ``body`` and ``people`` (the columns shown in a
message's heading line).

A note's text holds at most ``MAX_TEXT`` characters (``notetext``: 100,000 in the annotation
table reference); a longer thread keeps its first messages and says how many did not fit.
"""

from __future__ import annotations

from typing import Any

import polars as pl

MAX_TEXT = 100_000
RULE = "-" * 40


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _message(row: dict[str, Any], spec: dict[str, Any]) -> str:
    head = [_text(row.get(spec.get("order") or "")) or "(no time)"]
    head += [f"{c}: {_text(row.get(c))}" for c in spec.get("people") or [] if _text(row.get(c))]
    return " | ".join(head) + "\n" + (_text(row.get(spec.get("body") or "")) or "(no text)")


def ticket_thread(tickets: pl.DataFrame, key: str, spec: dict[str, Any],
                  tables: dict[str, pl.DataFrame], max_text: int = MAX_TEXT) -> pl.Series:
    """The note text of each row of ``tickets`` (its ``key`` column names the ticket), in
    row order: the fields, then the thread sorted by time (then by message id)."""
    thread = spec.get("thread") or {}
    messages: dict[str, list[dict[str, Any]]] = {}
    source = thread.get("source")
    if source in tables:
        df = tables[source].with_columns(pl.col(thread["ticket"]).cast(pl.Utf8)
                                         .str.strip_chars().alias("__ticket"))
        order = [c for c in (thread.get("order"), thread.get("key")) if c]
        for row in df.sort(order, nulls_last=True).iter_rows(named=True) if order else \
                df.iter_rows(named=True):
            if row["__ticket"]:
                messages.setdefault(row["__ticket"], []).append(row)
    texts: list[str] = []
    for row in tickets.iter_rows(named=True):
        ticket = _text(row.get(key))
        lines = [f"Ticket {ticket}" + (f": {_text(row.get(spec['title']))}"
                                       if spec.get("title") and _text(row.get(spec["title"]))
                                       else "")]
        lines += [f"{c}: {_text(row.get(c))}" for c in spec.get("fields") or []
                  if _text(row.get(c))]
        mine = messages.get(ticket, [])
        lines += ["", f"{RULE}\nThread: {len(mine)} message(s), oldest first"]
        text = "\n".join(lines)
        for i, msg in enumerate(mine):
            part = f"\n{RULE}\n{_message(msg, thread)}"
            rest = len(mine) - i
            note = f"\n{RULE}\n({rest} more message(s) did not fit in one note)"
            if len(text) + len(part) + len(note) > max_text:
                text += note
                break
            text += part
        texts.append(text[:max_text])  # a ticket whose own fields are longer still
    return pl.Series(texts, dtype=pl.Utf8)


__all__ = ["MAX_TEXT", "ticket_thread"]
