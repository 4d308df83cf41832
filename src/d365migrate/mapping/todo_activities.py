"""A CRM's to-dos kept among its activities: the tasks of an export with no tasks file.

Pipedrive and Odoo keep no tasks file: a to-do is an activity with a due date (Pipedrive's
``activities``: type task, deadline, call...; Odoo's ``mail.activity``: the planned
activities, a summary and a deadline each). Dynamics 365 keeps to-dos in its task table.
When an export has no file of tasks, the task entry takes the activities file's rows whose
type says a to-do, or, with no type column, a whole file of planned activities: a due date
and no start or end time (a meeting has those; a to-do is due, not held).
"""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm

__all__ = ["spans", "DUE_COLUMNS", "TIMED_COLUMNS", "todo_columns"]

#: Columns saying when a to-do is due (normalised).
DUE_COLUMNS = frozenset({"duedate", "dueat", "due", "duedatetime", "deadline",
                         "datedeadline", "deadlinedate", "duetime", "dueon"})
#: Columns of something held at a time: a meeting's or a call's start and end (normalised).
TIMED_COLUMNS = frozenset({"start", "startdate", "starttime", "startat", "startdatetime",
                           "startson", "end", "enddate", "endtime", "endat", "enddatetime",
                           "fromdate", "todate", "scheduledstart", "scheduledend",
                           "actualstart", "actualend", "duration", "durationminutes"})


_STARTS = frozenset({"start", "startdate", "starttime", "startat", "startdatetime", "fromdate",
                     "scheduledstart", "actualstart"})
_ENDS = frozenset({"end", "enddate", "endtime", "endat", "enddatetime", "todate",
                   "scheduledend", "actualend"})


def spans(columns: list[str]) -> bool:
    """Whether the rows start and end (a start column and an end column): meetings or
    calls held over a time, no to-dos."""
    norm = {col_norm(c) for c in columns}
    return bool(norm & _STARTS) and bool(norm & _ENDS)


def todo_columns(columns: list[str]) -> list[str]:
    """The due-date column of a file of planned activities (a due date and no start, end or
    duration), as a list of one; [] otherwise."""
    norm = {c: col_norm(c) for c in columns}
    if any(n in TIMED_COLUMNS for n in norm.values()):
        return []
    return [c for c, n in norm.items() if n in DUE_COLUMNS][:1]
