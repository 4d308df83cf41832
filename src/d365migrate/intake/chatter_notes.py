"""Messages where the export holds no tickets: notes on the records they are on.

A file named "messages" reads as a help desk's ticket messages. But Odoo keeps every
record's chatter (comments on an order, a lead, a task, an event) in one ``mail.message``
model, and its export of them sits beside sales orders or projects, with no tickets: those
messages are remarks written on records, D365's notes (annotations attached to the record),
not e-mails of a case. Where any file of the export is tickets, messages stay ticket
messages. Nor is a message sent or received (a direction, a sender and a recipient: Twilio's
text messages): that is a communication, not a remark written on a record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from d365migrate.intake.kinds import col_norm

__all__ = ["messages_as_notes"]


#: Columns of a message that went somewhere: its direction, or its sender and recipient.
_SENT = frozenset({"direction", "directioncode", "inbound", "outbound"})
_FROM, _TO = frozenset({"from", "sender", "fromnumber", "fromaddress"}), \
    frozenset({"to", "recipient", "tonumber", "toaddress"})


def _sent(columns: Sequence[str]) -> bool:
    norm = {col_norm(c) for c in columns}
    return bool(norm & _SENT) or bool(norm & _FROM and norm & _TO)


def messages_as_notes(kinds: Mapping[str, str],
                      columns: Mapping[str, Sequence[str]] | None = None
                      ) -> dict[str, tuple[str, str]]:
    """Files of ticket messages in an export with no tickets file: source -> (kind, why);
    a file of messages sent or received (``columns`` says) stays as it is."""
    if "ticket" in kinds.values():
        return {}
    return {source: ("note", "the export holds no tickets: its messages are remarks on the "
                             "records they are on, notes")
            for source, kind in kinds.items() if kind == "ticket_message"
            and not _sent((columns or {}).get(source, ()))}
