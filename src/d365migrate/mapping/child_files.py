"""A file of one record's parts or remarks: the word before them names their parent.

In 'estimate_line' or 'order_item' the word before the line's noun names the record the
lines belong to, and so it does in 'task_comments', 'ticket_notes', 'deal_attachments' or
'conversation_replies': there '<parent>_id' (the task's id) is the link to the parent, not
the row's own id, which the file's own words ('comment_id') would name. So in a file of the
tasks or follow-ups done on a record ('ticket_task', 'project_task', GLPI's TicketTask and
TicketFollowup): 'ticket_id' there is the ticket the task is on.
"""

from __future__ import annotations

__all__ = ["CHILD_NOUNS", "parent_word_before"]

#: Nouns (singular) of a file's rows that belong to another record, named just before them.
CHILD_NOUNS = frozenset({"line", "item", "detail", "comment", "note", "message", "reply",
                         "attachment", "task", "followup"})


def parent_word_before(words: list[str], i: int) -> bool:
    """True when ``words[i]`` (a file name's words, singular) names the parent of the rows
    the next word names ('task' in 'task comment')."""
    return i + 1 < len(words) and words[i + 1] in CHILD_NOUNS
