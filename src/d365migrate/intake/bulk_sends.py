"""A file of messages that carries a mass mailing's counters is a newsletter's sends: campaigns.

phpList keeps its campaigns in a table it calls 'message': a subject and a body, like an
e-mail's, and beside them what only a send to whole lists has: when sending may begin (an
embargo) and began, how many were processed, viewed and bounced. Taken by its name for a
conversation's messages (then notes), each newsletter would load as a remark. Three groups
of such counters or schedules, and no column naming the one person a row is about (a list
member's own send: :mod:`d365migrate.intake.send_tracking`), make the rows campaigns.
"""

from __future__ import annotations

from d365migrate.intake.send_tracking import PERSON_REF_COLUMNS

__all__ = ["BULK_GROUPS", "MESSAGE_KINDS", "bulk_send_columns"]

#: What a send to many has, by group (normalised column names; one column a group counts).
BULK_GROUPS: dict[str, frozenset[str]] = {
    "bounces": frozenset({"bouncecount", "bounces", "bounced", "hardbounces", "softbounces",
                          "bouncerate"}),
    "views": frozenset({"viewed", "views", "viewcount", "opens", "opened", "opencount",
                        "uniqueopens", "openrate"}),
    "clicks": frozenset({"clicks", "clickcount", "uniqueclicks", "clickrate"}),
    "unsubscribes": frozenset({"unsubscribed", "unsubscribes", "unsubscribecount",
                               "unsubscriberate"}),
    "schedule": frozenset({"embargo", "sendstart", "sendstartedat", "sendat", "scheduledat",
                           "scheduled"}),
    "reach": frozenset({"processed", "delivered", "recipients", "recipientcount", "sentcount",
                        "emailssent", "totalsent"}),
}
#: The kinds a message-like file is taken for by its name or its subject and body.
MESSAGE_KINDS = ("ticket_message", "note", "activity", "email_template")


def bulk_send_columns(cols: set[str]) -> list[str]:
    """One column for each group of :data:`BULK_GROUPS` the (normalised) columns hold, when
    three groups or more and no column names the person a row is about; else []."""
    if cols & PERSON_REF_COLUMNS:
        return []
    found = [min(cols & names) for names in BULK_GROUPS.values() if cols & names]
    return found if len(found) >= 3 else []
