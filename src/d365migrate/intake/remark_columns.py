"""A 'note' column beside a name is the record's remark, not a note's text.

A note is a remark about another record: its text, the record it is on, who wrote it. A
file of records of their own that carry a remark each has a name beside its 'note' (Zammad's
groups: id, name, a signature, note 'Standard Group/Pool for Tickets.', who made the row):
the note column describes the record. Discovery's note signature counts a 'note' column as a
note's body; beside a name, with nothing linking the row to the record it would be on, that
column is no evidence of a note.
"""

from __future__ import annotations

from collections.abc import Set

__all__ = ["REMARKS", "remark_of_named_record"]

#: A record's remark column (normalised).
REMARKS = frozenset({"note", "notes", "remark", "remarks", "comment", "comments"})
#: A record's own name (normalised).
_NAMES = frozenset({"name", "title", "label", "displayname"})
#: Columns that put a note on another record, or hold a note's text by another word.
_NOTE_MARKS = frozenset({"body", "content", "notebody", "notetext", "notecontent", "text",
                         "parenttype", "objecttype", "parentid", "recordid", "objectid",
                         "regardingobjectid", "entityid", "entitytype"})


def remark_of_named_record(cols: Set[str]) -> bool:
    """Whether a file's only evidence of a note is a remark column beside its own name
    (``cols``: normalised column names)."""
    return bool(cols & REMARKS) and bool(cols & _NAMES) and not cols & _NOTE_MARKS
