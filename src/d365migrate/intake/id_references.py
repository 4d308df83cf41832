"""What the other files call a file's records: ids named for a kind that point into it.

A file whose name says nothing (``file_07.csv``) but whose ids the deals' ``org_id``, the
notes' ``person_id`` or the tickets' ``assignee_id`` hold is a file of organisations, people
or users: the export's own columns name it. Each such column is matched to the file whose
primary key holds nearly all its values; small integer ids (1, 2, 3) fit many files at once,
so among several such files the one whose columns fit the column's kind best is taken, and
none when two fit it equally. The item column of a sale's lines names products, whatever its
word (:mod:`.line_items`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import polars as pl

from d365migrate.intake.kinds import kind_of_word, name_word_split
from d365migrate.intake.line_items import sold_item_columns
from d365migrate.intake.path_columns import without_path
from d365migrate.intake.remarks import without_remark

__all__ = ["pointing_kind", "pointed_kinds"]

#: The share of a column's values a file's key must hold for the column to point into it.
MIN_HELD = 0.9
#: Kinds an id column may name a file as (a 'field_id' or 'type_id' names a setting).
_RECORD_KINDS = frozenset({"account", "contact", "lead", "deal", "pipeline", "task",
                           "activity", "note", "attachment", "user", "ticket",
                           "ticket_message", "campaign", "product", "price_list", "quote",
                           "order", "email_template", "workflow", "competitor", "territory",
                           "goal"})

#: Words before 'account' that make it a ledger account of an accounting system's books.
_BOOKS = frozenset({"ar", "ap", "receivable", "receivables", "payable", "payables", "income",
                    "expense", "asset", "liability", "gl", "ledger", "cogs", "bank", "cash",
                    "deposit", "tax", "clearing", "equity", "revenue", "discount"})


#: The little words of "the id of the ..." in the Romance languages ('ID du produit').
_OF = frozenset({"de", "du", "des", "del", "della", "di", "da", "do", "la", "le", "l"})


def pointing_kind(column: str) -> str | None:
    """The kind an id column names ('org_id', 'AccountId', 'Contact ID', 'assigned_user_id',
    'fk_user_author' -> account, account, contact, user, user), or None."""
    words = name_word_split(without_path(without_remark(column)))
    if len(words) >= 2 and words[0] == "fk":
        words = words[1:]
    elif len(words) >= 2 and words[-1] == "id":
        words = words[:-1]
        if len(words) >= 2 and words[-1] in ("ref", "reference"):
            words = words[:-1]   # Clover's line 'orderRef.id': the order's, by reference
    elif len(words) >= 3 and words[0] == "id" and words[1] in _OF:
        words = [w for w in words[2:] if w not in _OF]   # French 'ID du produit'
    else:
        return None
    # the head noun ('message_type_id' names a type), or the two last words as one
    # ('sales_person_id', 'account_manager_id': a user who sells, no person or account)
    kind = (len(words) > 1 and kind_of_word("".join(words[-2:]))) or kind_of_word(words[-1])
    if kind == "account" and set(words[:-1]) & _BOOKS:
        return None   # 'bank_account_id', 'ar_account_id': a ledger account of the books
    return kind if kind in _RECORD_KINDS else None


def _values(s: pl.Series) -> pl.Series:
    """A column's distinct values as trimmed text, empty ones left out."""
    v = s.drop_nulls().cast(pl.Utf8).str.strip_chars()
    return v.filter(v != "").unique()


def pointed_kinds(tables: Mapping[str, pl.DataFrame], keys: Mapping[str, str | None],
                  open_files: set[str], fit: Callable[[str, str], float]
                  ) -> dict[str, tuple[str, list[str]]]:
    """File -> (the kind other files' id columns name it, those columns as 'file.column'),
    for the files of ``open_files`` (those whose names name no kind). ``fit(file, kind)`` is
    how well a file fits a kind (its name and columns), to choose among files that all hold
    the values: a column pointing into a file named for its kind names no other file."""
    held = {f: _values(tables[f][k]) for f in tables
            if (k := keys.get(f)) is not None and k in tables[f].columns}
    votes: dict[str, dict[str, list[str]]] = {}
    for source, df in tables.items():
        sold = sold_item_columns(source, df.columns, keys.get(source))   # a line's item
        for column in df.columns:
            kind = pointing_kind(column) or ("product" if column in sold else None)
            if kind is None or column == keys.get(source):
                continue
            values = _values(df[column])
            if values.len() == 0:
                continue
            fits = [f for f, ids in held.items() if f != source and ids.len()
                    and values.is_in(ids.implode()).sum() >= MIN_HELD * values.len()]
            if len(fits) > 1:
                continue
            if fits and fits[0] in open_files:
                votes.setdefault(fits[0], {}).setdefault(kind, []).append(f"{source}.{column}")
    out: dict[str, tuple[str, list[str]]] = {}
    for f, by_kind in votes.items():
        ranked = sorted(by_kind.items(), key=lambda kv: -len(kv[1]))
        if len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1]):
            out[f] = ranked[0]
    return out
