"""Calendars: files whose columns say their rows are meetings, whatever else they carry.

Outlook and Yahoo! write a calendar as 'Subject', 'Start Date', 'Start Time', 'End Date',
'End Time', 'All day event', 'Meeting Organizer', 'Required Attendees'... (German Outlook:
'Betreff', 'Beginnt am', 'Endet am', 'Ganztägiges Ereignis', 'Erforderliche Teilnehmer').
A subject, a priority and a description read as a support case's, a start and a due date
as a to-do's; but no case or to-do has an end and an all-day flag, or attendees: a file that
says when its rows start and end, and whether they last all day or who attends, is a
calendar, its rows appointments (an activity each; the map routes them as meetings). A
file with a due date beside them is a board's cards or to-dos (Wekan's: start, end,
members, due): no meeting falls due.
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.kinds import col_norm, name_kind

__all__ = ["calendar_columns", "calendar_kinds"]

#: Whole headers (folded: lower-case ASCII letters and digits) that say when a row starts,
#: in English and the common European languages (Outlook's own titles among them).
_START = frozenset({
    "start", "starts", "startdate", "starttime", "startdatetime", "startson", "startsat",
    "begin", "begins", "beginn", "begindate", "begintime", "beginntam", "beginntum",
    "debut", "datededebut", "heurededebut", "commence", "inicio", "fechadeinicio",
    "fechadecomienzo", "horadeinicio", "horadecomienzo", "comienzo", "inizio", "datainizio",
    "orainizio", "begindatum", "begintijd", "startdatum", "startzeit", "datadeinicio",
    "dtstart"})
#: ... when it ends.
_END = frozenset({
    "end", "ends", "enddate", "endtime", "enddatetime", "endson", "endsat", "ende",
    "endetam", "endetum", "enddatum", "endzeit", "fin", "datedefin", "heuredefin",
    "fechadefin", "horadefin", "fine", "datafine", "orafine", "einddatum", "eindtijd",
    "datadetermino", "horadetermino", "datadefim", "dtend"})
#: Words a folded header holds when it says a row lasts all day.
_ALL_DAY = ("allday", "ganztag", "journeeentiere", "toutelajournee", "todoeldia",
            "giornataintera", "tuttoilgiorno", "heledag", "diainteiro", "diatodo")
#: ... when it names who attends or organises a meeting.
_PEOPLE = ("attendee", "teilnehmer", "participant", "partecipant", "deelnemer",
           "asistente", "organizer", "organiser", "organisateur", "organizador",
           "organizzatore", "organisator", "besprechungsplanung")


#: ... when it falls due: a to-do's or a card's, never a meeting's (folded).
_DUE = frozenset({"due", "duedate", "dueon", "dueat", "deadline"})


def calendar_columns(columns: list[str]) -> tuple[str, str, str] | None:
    """(start, end, all-day or attendees column) when the columns are a calendar's, else
    None: a start and an end, and an all-day flag or who attends."""
    folded = {c: col_norm(c) for c in columns}
    start = next((c for c, f in folded.items() if f in _START), None)
    end = next((c for c, f in folded.items() if f in _END), None)
    third = next((c for c, f in folded.items() if any(w in f for w in _ALL_DAY)), None) or \
        next((c for c, f in folded.items() if any(w in f for w in _PEOPLE)), None)
    if any(col_norm(c) in _DUE or "duedate" in content_columns([c]) for c in columns):
        return None   # a board's cards start, end, have members, and fall due (Wekan's)
    return (start, end, third) if start and end and third else None


def calendar_kinds(columns: Mapping[str, list[str]], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """Files taken for cases, to-dos or nothing whose columns are a calendar's (and whose
    name names no other kind): source -> ('activity', why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        if kind not in ("ticket", "task", "unknown") or name_kind(source)[0] not in (
                None, "activity"):
            continue
        found = calendar_columns(list(columns[source]))
        if found:
            out[source] = ("activity", f"its rows start and end ('{found[0]}', '{found[1]}') "
                                       f"and say '{found[2]}': a calendar's entries, meetings")
    return out
