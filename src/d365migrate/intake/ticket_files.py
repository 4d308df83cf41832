"""Help-desk files under names that name no kind: conversations assigned to an agent, and
the messages written on them.

A help desk calls its tickets what it likes (Helpy's "topics", a portal's "requests",
"threads"); what they have in common is their shape: each row is assigned to an agent, has
a status (new, open, pending, closed) and came in through a channel (e-mail, web, phone).
No other record of a CRM carries all three: a task has an assignee and a status but no
channel, a campaign a channel and a status but no assignee. Their messages ("posts",
"replies") are rows of text whose parent id is named for the tickets' file ('topic_id' in
a file beside "topics").
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
                    "bodytext", "htmlbody", "textbody", "comment", "reply"})


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


def ticket_messages(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                    ) -> dict[str, str]:
    """Files no kind was found for whose rows are text written on a ticket: a text column
    and an id column named for a file found to be tickets ('topic_id' beside "topics").
    Returns source -> why."""
    tickets = {w: s for s, k in kinds.items() if k == "ticket" for w in name_words(s)[-1:]}
    out: dict[str, str] = {}
    for source, df in tables.items():
        if kinds.get(source) != "unknown" or not {col_norm(c) for c in df.columns} & _TEXTS:
            continue
        for column in df.columns:
            parent = tickets.get(_parent_word(column) or "")
            if parent and parent != source:
                out[source] = (f"its rows are text written on a ticket ('{column}' names the "
                               f"tickets of '{parent}'): the tickets' messages")
                break
    return out
