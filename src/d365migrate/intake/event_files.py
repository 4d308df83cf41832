"""Events a business runs, and the tickets they sell: no meetings, no support cases.

A file named "events" reads as calendar entries (meetings, D365's appointments). But an
event a business organises for the public (a fair, a conference, a fundraising dinner:
Odoo's ``event.event``, CiviCRM's Event) has places to fill: a seat limit ('seats_max',
'Max Participants') or registrations ('Is Online Registration'). No meeting carries those:
such a file is the business's events, in D365 Sales a campaign (of type Event). The
"tickets" such events sell (Odoo's ``event.event.ticket``: Free, Standard, VIP, each with
its seats and sale dates) are admissions, not support cases: a tickets file with seat
columns is named no kind, and its reason says what it holds.
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.intake.kinds import name_word_split

__all__ = ["event_kinds"]

#: Words of a column that counts an event's places or its sign-ups.
_PLACES = frozenset({"seat", "seats", "registration", "registrations", "capacity"})
#: A meeting's 'Participants' or 'Attendees' are who takes part; with a limit they count
#: places ('Max Participants', 'attendee_limit').
_PEOPLE = frozenset({"participant", "participants", "attendee", "attendees"})
_LIMITS = frozenset({"max", "maximum", "limit", "min", "minimum"})


def _places(columns: list[str]) -> str | None:
    """The first column that counts places or sign-ups, if any."""
    for c in columns:
        words = set(name_word_split(c))
        if words & _PLACES or (words & _PEOPLE and words & _LIMITS):
            return c
    return None


def event_kinds(columns: Mapping[str, list[str]], kinds: Mapping[str, str]
                ) -> dict[str, tuple[str, str]]:
    """Files whose seat or registration columns settle their kind: source -> (kind, why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        words = set(name_word_split(source))
        col = _places(list(columns[source]))
        if col is None:
            continue
        if kind == "activity" and words & {"event", "events"}:
            out[source] = ("campaign", f"its events have places to fill ('{col}'): events "
                                       "the business runs, a campaign, not meetings")
        elif kind == "ticket" and words & {"event", "events", "admission", "admissions"}:
            out[source] = ("unknown", f"its tickets are admissions with places ('{col}') to "
                                      "an event, not support cases")
    return out
