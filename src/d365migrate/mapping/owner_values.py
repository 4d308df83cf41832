"""A column no word of its header read whose values are the export's own users: the owner.

Redmine's Korean issues head their assignee '담당자', Chinese '指派给', Arabic 'المحال اليه':
words no list of ours may hold. Yet every value is a user the export's users file names
('Dave Lopper': its first and last name; a login; an e-mail). Dynamics owns a record by a
user, and the export names one: where the map found no owner and exactly one unread column
holds only the users' names, that column is the owner, matched as owners are (by e-mail,
else by full name through the users file). Two such columns (an author and an assignee)
leave the choice to the analyst: which one owns the record is a decision, not a reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import polars as pl

from d365migrate.intake.kinds import name_word_split
from d365migrate.intake.values import FALSE, TRUE

__all__ = ["owner_by_values", "user_names", "users_of"]

#: The share of a column's different values that must be the users' names.
SHARE = 0.9
#: A user's row's first text cells, paired into a full name ('Dave' + 'Lopper').
_NAME_CELLS = 6
#: Words of a header saying what a user did to the record, other than owning it: the user
#: who cancelled, closed, changed or deleted it is no owner.
_ACTS = frozenset({"canceled", "cancelled", "canceler", "canceller", "closed", "resolved",
                   "updated", "modified", "deleted", "removed", "rejected", "edited",
                   "cancellation"})
#: A GUID: an id, whatever file it also stands in.
_GUID = re.compile(r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", re.I)
#: Yes/no words: a flag's value ('true' in a users file's 'is_default'), no one's name.
_FLAGS = frozenset(w.casefold() for w in TRUE | FALSE)


def user_names(frames: Iterable[pl.DataFrame]) -> frozenset[str]:
    """Every name a users file gives its users: each cell, and each two of a row's first
    text cells joined by a space, either way round (a first and a last name)."""
    out: set[str] = set()
    for df in frames:
        # a name, a login, an e-mail is one user's: a column whose values repeat (an admin
        # flag's 'Yes', a status) names no one
        text = [c for c in df.columns if df[c].dtype == pl.Utf8
                and df[c].drop_nulls().n_unique() >= 0.8 * max(df[c].drop_nulls().len(), 1)]
        for row in df.select(text).iter_rows():
            # a name, a login, an e-mail has letters; an id ('4') names a row, not a person
            # (a web address names a page, the user's own API record's too: no person)
            cells = [c for c in (str(v).strip() for v in row if v is not None)
                     if any(ch.isalpha() for ch in c) and "://" not in c
                     and c.casefold() not in _FLAGS]
            out.update(c.casefold() for c in cells)
            first = cells[:_NAME_CELLS]
            out.update(f"{a} {b}".casefold() for a in first for b in first if a != b)
    return frozenset(out)


def owner_by_values(df: pl.DataFrame, unread: Iterable[str], names: frozenset[str]
                    ) -> tuple[str, list[str]] | None:
    """(column, its first values) when exactly one of the ``unread`` columns holds only the
    users' ``names`` (module docstring), else None."""
    if not names:
        return None
    found: list[tuple[str, list[str], bool]] = []
    for col in unread:
        if col not in df.columns or df[col].dtype != pl.Utf8:
            continue
        acted = bool(set(name_word_split(col.lower())) & _ACTS)
        values = [v.strip() for v in df[col].drop_nulls().unique(maintain_order=True).to_list()
                  if v.strip()]
        if not all(any(ch.isalpha() for ch in v) for v in values):
            continue   # ids and numbers: a link's, no user's name
        if all(len(v) <= 2 for v in values):
            continue   # codes ('en', 'US'): a language's or a country's, no one's name
        if all(_GUID.match(v) for v in values):
            continue   # ids (solidtime's 'organization_id'): a record's, no one's name
        if not values or df[col].drop_nulls().len() < 2:
            continue
        known = [v for v in values if v.casefold() in names]
        if len(known) >= SHARE * len(values):
            found.append((col, known[:3], acted))
    # who cancelled or changed the record (Calendly's 'cancellation.canceled_by', erxes'
    # 'Modified by') is no owner, and beside another user column the choice stays open
    return found[0][:2] if len(found) == 1 and not found[0][2] else None


def users_of(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str],
             but: str | None = None) -> frozenset[str]:
    """The names of the users the export's users files hold, ``but`` the file whose owner is
    sought: a users file's own login column matches its own users (Helpy's users, moved as
    contacts, took their 'login' for their owner)."""
    return user_names(df for source, df in tables.items()
                      if kinds.get(source) == "user" and source != but)
