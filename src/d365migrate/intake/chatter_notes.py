"""Messages where the export holds no tickets: notes on the records they are on.

A file named "messages" reads as a help desk's ticket messages. But Odoo keeps every
record's chatter (comments on an order, a lead, a task, an event) in one ``mail.message``
model, and its export of them sits beside sales orders or projects, with no tickets: those
messages are remarks written on records, D365's notes (annotations attached to the record),
not e-mails of a case. Where any file of the export is tickets, messages stay ticket
messages.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["messages_as_notes"]


def messages_as_notes(kinds: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Files of ticket messages in an export with no tickets file: source -> (kind, why)."""
    if "ticket" in kinds.values():
        return {}
    return {source: ("note", "the export holds no tickets: its messages are remarks on the "
                             "records they are on, notes")
            for source, kind in kinds.items() if kind == "ticket_message"}
