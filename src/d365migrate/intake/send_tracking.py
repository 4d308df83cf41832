"""A file of one person's sends a row: a marketing list's members and what each was sent.

A campaign's own file counts its sends (recipients, opens, clicks: numbers per campaign). A
list's members with their send tracking (X2CRM's ``list_items``: a contact, the list, when
it was sent, opened, clicked) have the same column names, one person a row. By those names
discovery had named it a campaign, which would load each person's send as a Campaign record.
It is send tracking (rebuilt in Dynamics 365's marketing app, as the scope document says),
not campaigns: named unknown, with a line saying why.
"""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm

__all__ = ["PERSON_REF_COLUMNS", "TRACKING_COLUMNS", "recipient_sends"]

#: Columns naming the one person a row is about (normalised).
PERSON_REF_COLUMNS = frozenset({
    "contactid", "leadid", "subscriberid", "memberid", "recipientid", "personid",
    "prospectid", "customerid", "email", "emailaddress", "recipient", "recipientemail",
    "subscriberemail", "subscriberkey"})
#: A send's tracking, per person: sent, opened, clicked and their times (normalised).
TRACKING_COLUMNS = {
    "sent": ("sent", "sentat", "sentdate", "senttime", "sendtime", "sendat"),
    "opened": ("opened", "openedat", "opendate", "opentime", "firstopened", "lastopened"),
    "clicked": ("clicked", "clickedat", "clickdate", "clicktime", "firstclicked",
                "lastclicked"),
}


def recipient_sends(columns: list[str]) -> list[str]:
    """The person column and the tracking columns of a file whose rows are each one
    person's send (two or more of sent, opened, clicked); [] otherwise."""
    norm = {c: col_norm(c) for c in columns}
    person = next((c for c, n in norm.items() if n in PERSON_REF_COLUMNS), None)
    tracked = [next(c for c, n in norm.items() if n in names)
               for names in TRACKING_COLUMNS.values()
               if any(n in names for n in norm.values())]
    return [person, *tracked] if person and len(tracked) >= 2 else []
