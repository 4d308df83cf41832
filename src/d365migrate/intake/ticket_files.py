"""Help-desk files under names that name no kind: conversations assigned to an agent, and
the messages written on them.

A help desk calls its tickets what it likes (Helpy's "topics", a portal's "requests",
"threads"); what they have in common is their shape: each row is assigned to an agent, has
a status (new, open, pending, closed) and came in through a channel (e-mail, web, phone).
No other record of a CRM carries all three: a task has an assignee and a status but no
channel, a campaign a channel and a status but no assignee. Their messages ("posts",
"replies") are rows of text whose parent id is named for the tickets' file ('topic_id' in
a file beside "topics"), or held in a pair of columns naming the parent's type and id
(Rails' polymorphic ``journalized_type`` "Issue" + ``journalized_id``, beside "issues").
Rows that log hours spent on a ticket (a time entry: hours, a date, a comment) are a
timesheet, not its messages.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm, name_word_split, name_words, normalize_name

__all__ = ["assigned_conversations", "ticket_messages"]

#: The channel a conversation came in through (normalised column names).
_CHANNELS = frozenset({"channel", "channelid", "channeltype", "channelname", "via",
                       "viachannel", "origin", "caseorigin", "sourcechannel", "inboundchannel",
                       "contactchannel"})
#: A message's text (normalised column names).
_TEXTS = frozenset({"body", "content", "message", "text", "messagebody", "messagetext",
                    "bodytext", "htmlbody", "textbody", "comment", "reply", "notes", "note"})
#: Hours spent on the ticket (normalised column names): a time entry, not a message.
_TIME_SPENT = frozenset({"hours", "hoursspent", "spenthours", "timespent", "timeworked",
                         "workedhours", "loggedhours", "billablehours", "minutesspent",
                         "timelogged", "worklog"})


def _assignee(col: str) -> bool:
    """'assigned_user_id', 'assignee', 'assigned_to', 'assigned_agent_id'."""
    return col.startswith(("assigned", "assignee"))


def _status(col: str) -> bool:
    """'status', 'state', 'current_status', 'ticket_status'."""
    return col in ("status", "state") or col.endswith("status")


def assigned_conversations(cols: set[str]) -> tuple[str, str] | None:
    """('ticket', why) when a file's columns (normalised) say each row is assigned to an
    agent, has a status and came in through a channel; None otherwise."""
    assignee = sorted(c for c in cols if _assignee(c))
    status = sorted(c for c in cols if _status(c))
    channel = sorted(cols & _CHANNELS)
    if not (assignee and status and channel):
        return None
    return "ticket", (f"each row is assigned to an agent ({assignee[0]}), has a status "
                      f"({status[0]}) and came in through a channel ({channel[0]}): a help "
                      "desk's tickets")


def _parent_word(column: str) -> str | None:
    """The record an id column names, singular ('topic_id' -> 'topic'), or None."""
    words = name_word_split(column)
    if len(words) < 2 or words[-1] != "id":
        return None
    return normalize_name("".join(words[:-1]))


def _composition_of(source: str, kinds: Mapping[str, str]) -> str | None:
    """The tickets' file a file's name extends by '.<part>' ('x-Incidents.conversation' of
    'x-Incidents'), or None."""
    head, dot, part = source.rpartition(".")
    return head if dot and part and head != source and kinds.get(head) == "ticket" else None


def _typed_parent(df: pl.DataFrame, tickets: Mapping[str, str]) -> tuple[str, str] | None:
    """(column, tickets' file) when a '<x>_type' column names the tickets' record on every
    row ('Issue' beside "issues") and a '<x>_id' column beside it holds the ids."""
    norm = {col_norm(c): c for c in df.columns}
    for n, column in norm.items():
        stem = n[:-len("type")] if n.endswith("type") else ""
        if not stem or stem + "id" not in norm or df[column].dtype != pl.Utf8:
            continue
        values = {v.strip() for v in df[column].drop_nulls().to_list() if v.strip()}
        words = {(name_words(v) or [""])[-1] for v in values}
        if len(words) == 1 and (parent := tickets.get(words.pop())):
            return norm[stem + "id"], parent
    return None


def ticket_messages(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                    ) -> dict[str, str]:
    """Files whose rows are text written on a ticket: no kind found, a text column and an
    id column named for a file found to be tickets ('topic_id' beside "topics"); or, of any
    kind, a text column and a name that is a tickets' file's and a part of it ('<tickets
    file>.conversation', as SAP CAP names a composition); or a text column and a
    '<x>_type' + '<x>_id' pair naming the tickets ("Issue"). Files that log hours spent are
    left alone. Returns source -> why."""
    tickets = {w: s for s, k in kinds.items() if k == "ticket" for w in name_words(s)[-1:]}
    out: dict[str, str] = {}
    for source, df in tables.items():
        if not {col_norm(c) for c in df.columns} & _TEXTS:
            continue
        parent = _composition_of(source, kinds)
        if parent:
            # SAP CAP's '<Entity>.<element>' ('...-Incidents.conversation'): the texts
            # written on each of the parent file's tickets, whatever the element is called
            out[source] = (f"its name is the tickets' file '{parent}' and a part of each "
                           "('.' and the part's name), and its rows are text: the tickets' "
                           "messages")
            continue
        if kinds.get(source) != "unknown" or {col_norm(c) for c in df.columns} & _TIME_SPENT:
            continue   # hours logged on a ticket are a timesheet, not its messages
        typed = _typed_parent(df, tickets)
        if typed and typed[1] != source:
            out[source] = (f"its rows are text written on a ticket ('{typed[0]}' holds ids of "
                           f"the tickets of '{typed[1]}', as its type column says): the "
                           "tickets' messages")
            continue
        for column in df.columns:
            parent = tickets.get(_parent_word(column) or "")
            if parent and parent != source:
                out[source] = (f"its rows are text written on a ticket ('{column}' names the "
                               f"tickets of '{parent}'): the tickets' messages")
                break
    return out
