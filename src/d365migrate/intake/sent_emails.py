"""Files of e-mails sent, told by their delivery times, under a name that names no kind.

A sales-engagement product's e-mails ('emails' of Salesloft, 'mailings' of Outreach) have a
name no object kind claims (an 'emails' file elsewhere is people's addresses), and columns
that reach no kind's threshold. What each row is shows in when it went out and what became
of it: sent, delivered, bounced, opened, clicked, replied to, each a time of its own, beside
whom it went to or what it said. Two such times and a recipient, a sender, a subject or a
body make the rows e-mails sent: activities (an e-mail each). An addresses file (an e-mail,
its type, whether it is primary) has no delivery time; a campaign's figures count sends and
opens, they do not time them.
"""

from __future__ import annotations

import re

from d365migrate.intake.ticket_files import assigned_conversations

__all__ = ["activity_rows", "sent_emails"]

#: A delivery event's time: 'sent_at', 'deliveredAt', 'bounced_at', 'opened_date',
#: 'send_after' (when it is to go out), normalised.
_DELIVERY = re.compile(r"^(sent|send|delivered|bounced|opened|clicked|replied)"
                       r"(at|after|date|on|time|timestamp)$")
#: Whom it went to, who sent it, what it said (normalised).
_MESSAGE = frozenset({"recipient", "recipients", "recipientemail", "recipientemailaddress",
                      "to", "toaddress", "toemail", "from", "fromaddress", "fromemail",
                      "sender", "senderemail", "mailboxaddress", "subject", "body",
                      "bodyhtml", "bodytext", "htmlbody", "textbody"})


def sent_emails(cols: set[str]) -> tuple[str, str] | None:
    """('activity', why) when a file's columns (normalised) time two delivery events of an
    e-mail and name its recipient, sender, subject or body; None otherwise."""
    times = sorted(c for c in cols if _DELIVERY.match(c))
    message = sorted(cols & _MESSAGE)
    if len(times) < 2 or not message:
        return None
    return "activity", (f"its rows are e-mails sent: they time their delivery ("
                        f"{', '.join(times[:3])}) and name {message[0]}: activities (e-mails)")


def activity_rows(cols: set[str]) -> tuple[str, str] | None:
    """What a file's rows are by what happened to them, for a file whose name names no kind:
    a help desk's tickets (:func:`assigned_conversations`) or e-mails sent."""
    return assigned_conversations(cols) or sent_emails(cols)
