"""Events a business runs, and the tickets they sell: no meetings, no support cases.

A file named "events" reads as calendar entries (meetings, D365's appointments). But an
event a business organises for the public (a fair, a conference, a fundraising dinner:
Odoo's ``event.event``, CiviCRM's Event) has places to fill: a seat limit ('seats_max',
'Max Participants') or registrations ('Is Online Registration'). No meeting carries those:
such a file is the business's events, in D365 Sales a campaign (of type Event). The
"tickets" such events sell (Odoo's ``event.event.ticket``: Free, Standard, VIP, each with
its seats and sale dates) are admissions, not support cases: a tickets file with seat
columns is named no kind, and its reason says what it holds. An events file that another
file registers people for (a 'Registrations' file whose 'Event' column names its events)
is the business's events too: nobody registers for a meeting (a venue says nothing: Zoho's
meetings have one; Odoo's calendar meetings sit beside registrations for other events).

The people such events bring (a file named for their part: speakers, attendees, guests,
delegates, registrants) are people outside the business, contacts, when the file holds
them (an e-mail and a name) rather than links to an event or meeting (no column naming
one) and none of them signs in (no staff column): Baserow's Speakers, with a 'Role' of
Founder & CEO, read as the CRM's users by their e-mail, role and name.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.header_readings import vocabulary_columns
from d365migrate.intake.kinds import col_norm, name_word_split
from d365migrate.intake.person_files import STAFF_COLUMNS

__all__ = ["event_kinds", "event_people", "signed_up_events"]

#: Words of a column that counts an event's places or its sign-ups.
_PLACES = frozenset({"seat", "seats", "registration", "registrations", "capacity"})
#: A meeting's 'Participants' or 'Attendees' are who takes part; with a limit they count
#: places ('Max Participants', 'attendee_limit').
_PEOPLE = frozenset({"participant", "participants", "attendee", "attendees"})
_LIMITS = frozenset({"max", "maximum", "limit", "min", "minimum"})
#: Words of a file's name saying its rows sign people up for something.
_SIGN_UPS = frozenset({"registration", "registrations", "enrollment", "enrollments",
                       "enrolment", "enrolments", "booking", "bookings", "signup", "signups"})
#: Words of a file's name saying its people come to an event, and what they do there.
_EVENT_PEOPLE = frozenset({"speaker", "speakers", "attendee", "attendees", "guest", "guests",
                           "delegate", "delegates", "registrant", "registrants", "panelist",
                           "panelists", "presenter", "presenters", "participant",
                           "participants"})
#: Words of a column linking a row to an event or a meeting (an attendance row, not a person).
_OCCASIONS = frozenset({"event", "events", "meeting", "meetings", "appointment", "activity",
                        "session", "sessions", "calendar"})
_EMAILS = frozenset({"email", "emailaddress", "mail"})
_NAMES = frozenset({"name", "fullname", "firstname", "lastname", "displayname"})


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


def event_people(columns: Mapping[str, list[str]], kinds: Mapping[str, str]
                 ) -> dict[str, tuple[str, str]]:
    """Files of the people an event brings, named user or no kind: source -> (contact, why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        role = set(name_word_split(source)) & _EVENT_PEOPLE
        # the headers as written, and read through the vocabulary ('Courriel', 'Nombre')
        normed = {col_norm(c) for c in columns[source]} | (
            vocabulary_columns(columns[source]) if role else frozenset())
        if kind not in ("user", "unknown") or not role or normed & STAFF_COLUMNS \
                or any(set(name_word_split(c)) & _OCCASIONS for c in columns[source]):
            continue
        named = _role_name(columns[source])
        if not (normed & _EMAILS and normed & _NAMES) and named is None:
            continue
        what = "an e-mail and a name" if normed & _EMAILS else f"'{named}'"
        out[source] = ("contact", f"its people are an event's {sorted(role)[0]} ({what}, no "
                                  "sign-in): people outside the business, contacts")
    return out


#: A role's word in a column's name, in the common languages, and a plain name's.
_ROLE_WORDS = frozenset({"participant", "participante", "partecipante", "teilnehmer",
                         "deelnemer", "attendee", "speaker", "guest", "delegate",
                         "registrant", "panelist", "presenter"})
_NAME_WORDS = frozenset({"name", "nom", "nombre", "nome", "naam", "navn", "namn"})


def _role_name(columns: list[str]) -> str | None:
    """A column naming the file's people by their part ('Participant name', 'Nom du
    participant'): without an e-mail, that says the rows are the people themselves
    (Mobilizon's participant list: name, status, registration date, message), not links."""
    for c in columns:
        words = {w.rstrip("s") if w.endswith("s") and w[:-1] in _ROLE_WORDS else w
                 for w in name_word_split(c)}
        if words & _ROLE_WORDS and words & _NAME_WORDS:
            return c
    return None


def signed_up_events(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                     ) -> dict[str, tuple[str, str]]:
    """Events files named activity that a sign-up file's event column names (nearly all its
    values a unique column's of the events file): source -> (campaign, why)."""
    sign_ups = [(s, c) for s, df in tables.items() if set(name_word_split(s)) & _SIGN_UPS
                for c in df.columns if set(name_word_split(c)) & {"event", "events"}]
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        df = tables[source]
        if not sign_ups or kind != "activity" or df.height == 0 \
                or not set(name_word_split(source)) & {"event", "events"}:
            continue
        own = {v for c in df.columns if df[c].n_unique() == df.height
               for v in df[c].cast(pl.Utf8).drop_nulls().to_list()}
        for other, column in sign_ups:
            named = tables[other][column].cast(pl.Utf8).drop_nulls().unique().to_list()
            if named and sum(v in own for v in named) >= 0.9 * len(named):
                out[source] = ("campaign", f"people sign up for its events ('{other}' names "
                               "them): events the business runs, a campaign, not meetings")
                break
    return out
