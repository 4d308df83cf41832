"""Files that list the choices of a field: 'ContactType', 'ticket_priority', 'case_status'.

A tool's own lists (iTop's ContactType: "Manager", "Support Agent"...; a help desk's
ticket types, priorities and states) are exported like any table. Named for a kind
('contact'), such a file was taken for records of it ('ContactType' for accounts, by its
name column). Its name ends in a word saying its rows are values of a field (type, category,
status, priority, role...) and its columns are nothing but a row's id and what a list row
carries (a name or label, a description, an order, a colour, a validity flag, when and by
whom it was written): each row is one option of a choice, no record of the map. Such a file
is left unknown with that reason (the options are decided in the map, not loaded).
"""

from __future__ import annotations

from d365migrate.intake.kinds import col_norm, name_word_split

__all__ = ["LIST_ROW_COLUMNS", "VALUE_WORDS", "choice_list"]

#: Last words of a file name that make its rows values of a field (lower case).
VALUE_WORDS = frozenset({"type", "types", "category", "categories", "kind", "kinds",
                         "status", "statuses", "state", "states", "priority", "priorities",
                         "role", "roles", "level", "levels", "severity", "severities",
                         # where records come from, why they ended: 'customer_sources',
                         # 'lead_sources', 'loss_reasons' (Copper's, Pipedrive's lists)
                         "source", "sources", "origin", "origins", "reason", "reasons"})
#: Columns a list's row carries beside its id (normalised).
LIST_ROW_COLUMNS = frozenset({
    "name", "label", "title", "value", "description", "comment", "comments", "code", "key",
    "sortorder", "order", "position", "sequence", "rank", "color", "colour", "icon",
    "isdefault", "default", "active", "isactive", "valid", "validid", "createby",
    "createtime", "changeby", "changetime", "createdat", "updatedat", "created", "modified",
    "createdon", "modifiedon", "createdby", "modifiedby"})
_NAMES = frozenset({"name", "label", "title", "value"})


def choice_list(source: str, columns: list[str]) -> str | None:
    """Why a file lists the options of a field (its name's last word says values of a field,
    after another word; its columns are an id, a name and what list rows carry), or None."""
    words = [w for w in name_word_split(source) if not w.isdigit()]
    if len(words) < 2 or words[-1] not in VALUE_WORDS:
        return None
    cols = [col_norm(c) for c in columns]
    own_id = "".join(words) + "id"
    rest = [c for c in cols if c not in ("id", own_id)]
    if not rest or not set(rest) & _NAMES or not set(rest) <= LIST_ROW_COLUMNS:
        return None
    return (f"'{source}' lists the values of a field ('{words[-1]}' after "
            f"'{' '.join(words[:-1])}'): each row an option named by its "
            f"{next(c for c in columns if col_norm(c) in _NAMES)}, with nothing a record "
            "carries; the options are decided in the map, not loaded")
