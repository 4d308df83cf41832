"""Messages where the export holds no tickets: notes on the records they are on.

A file named "messages" reads as a help desk's ticket messages. But Odoo keeps every
record's chatter (comments on an order, a lead, a task, an event) in one ``mail.message``
model, and its export of them sits beside sales orders or projects, with no tickets: those
messages are remarks written on records, D365's notes (annotations attached to the record),
not e-mails of a case. Where any file of the export is tickets, messages stay ticket
messages. Nor is a message sent or received (a direction, a sender and a recipient: Twilio's
text messages): that is a communication, not a remark written on a record; and one with a
subject besides (a mailbox's messages: Nylas') is an e-mail, an activity.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from d365migrate.intake.kinds import col_norm

__all__ = ["messages_as_notes"]


#: Columns of a message that went somewhere: its direction, or its sender and recipient.
_SENT = frozenset({"direction", "directioncode", "inbound", "outbound"})
#: A message's subject line: with a sender and a recipient, an e-mail's.
_SUBJECT = frozenset({"subject", "emailsubject", "subjectline"})
_FROM, _TO = frozenset({"from", "sender", "fromnumber", "fromaddress"}), \
    frozenset({"to", "recipient", "tonumber", "toaddress"})


def _sent(columns: Sequence[str]) -> bool:
    norm = {col_norm(c) for c in columns}
    return bool(norm & _SENT) or bool(norm & _FROM and norm & _TO)


def _mailed(columns: Sequence[str]) -> bool:
    """A sender, a recipient and a subject: an e-mail's columns."""
    norm = {col_norm(c) for c in columns}
    return bool(norm & _FROM and norm & _TO and norm & _SUBJECT)


def messages_as_notes(kinds: Mapping[str, str],
                      columns: Mapping[str, Sequence[str]] | None = None
                      ) -> dict[str, tuple[str, str]]:
    """Files of ticket messages in an export with no tickets file: source -> (kind, why);
    e-mails (a sender, a recipient and a subject, ``columns`` says) are activities; other
    messages sent or received stay as they are."""
    if "ticket" in kinds.values():
        return {}
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        cols = (columns or {}).get(source, ())
        if kind != "ticket_message":
            continue
        if _mailed(cols):
            out[source] = ("activity", "the export holds no tickets, and each message has a "
                                       "sender, a recipient and a subject: e-mails, activities")
        elif not _sent(cols):
            out[source] = ("note", "the export holds no tickets: its messages are remarks on "
                                   "the records they are on, notes")
    return out
