"""A record's parent written as two columns: the parent's id, and beside it the table (or
type) that id is in.

CiviCRM writes a note's record as ``Note Entity`` (``civicrm_contact``) and ``Note Entity
ID``; its database as ``entity_table`` / ``entity_id``; Odoo as ``res_model`` (``crm.lead``)
/ ``res_id``; Rails as ``commentable_type`` / ``commentable_id``; SuiteCRM as
``parent_type`` / ``parent_id``. The id alone says nothing of its table: small integer ids
of every table coincide (a contact's 73 is also an activity's 73), so the table is read from
the type column's values, each naming a file of the export by its name (``civicrm_contact``:
the ``Contact`` file; ``crm.lead``: ``LeadOpportunity (crm.lead)``) or by its kind
(``Opportunity``: the deals file), not guessed from which file's ids the values happen to
match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm, normalize_name, object_kind_from_word

__all__ = ["named_files", "type_column"]

#: Words a type column's name adds to the id column's stem ('entity' -> 'entity_table').
_TYPE_WORDS = ("", "type", "table", "model", "kind", "class", "object")
#: Type columns named apart from their id column (a file's one parent, whatever its name).
_STANDALONE = ("objecttype", "parenttype")
#: Share of a type column's non-empty rows whose value must name a file of the export.
_NAMED_SHARE = 0.5


def _stem(column: str) -> str:
    """A column's normalised name without its trailing id words ('Note Entity ID' ->
    'noteentity'; Odoo's 'res_model_id/id', a relation written by its id -> 'resmodel')."""
    n = col_norm(column)
    while n.endswith("id") and len(n) > 2:
        n = n[:-2]
    return n


def type_column(columns: Iterable[str], id_column: str) -> str | None:
    """The column beside ``id_column`` named for the table its ids are in: the id column's
    name without its id word, alone or with a type word ('Note Entity' of 'Note Entity ID',
    'entity_table' of 'entity_id', 'res_model' of 'res_id'); None when there is none."""
    stem = _stem(id_column)
    if not stem or col_norm(id_column) == stem:
        return None  # no id word: no id column
    wanted = {stem + w for w in _TYPE_WORDS} | set(_STANDALONE)
    for c in columns:
        if c != id_column and _stem(c) != "" and (col_norm(c) in wanted
                                                  or _stem(c) in wanted - {stem}):
            return c
    return None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w]


def _names(value: str, source: str) -> bool:
    """Whether a type value names ``source`` by its name: the same words ('Contact',
    'contacts'), the model in its brackets ('LeadOpportunity (crm.lead)': 'crm.lead'), or
    the value's last word ('civicrm_contact': 'contact')."""
    value_n = normalize_name(value)
    model = re.search(r"\(([^()]+)\)\s*$", source)
    words = _words(value)
    return value_n == normalize_name(source) or bool(
        model and normalize_name(model.group(1)) == value_n) or bool(
        words and normalize_name(words[-1]) == normalize_name(re.sub(r"\s*\([^()]*\)\s*$", "",
                                                                     source)))


def _named(value: str, kinds: Mapping[str, str]) -> str | None:
    """The one file ``value`` names, by its name, else by its kind (the value's last word:
    'crm.model_crm_lead' -> lead), else None."""
    by_name = [s for s in kinds if _names(value, s)]
    if len(by_name) == 1:
        return by_name[0]
    words = _words(value)
    kind = object_kind_from_word(words[-1]) if words else "unknown"
    of_kind = [s for s, k in kinds.items() if k == kind]
    return of_kind[0] if kind != "unknown" and len(of_kind) == 1 and not by_name else None


def named_files(values: pl.Series, kinds: Mapping[str, str]) -> dict[str, str]:
    """Each value of a type column that names a file of the export -> that file
    (``kinds``: each file's kind); {} unless such values are on most of its rows (a column
    of other words, 'Home', 'Work', is no type column)."""
    text = values.cast(pl.Utf8).str.strip_chars().drop_nulls()
    text = text.filter(text != "")
    if text.len() == 0:
        return {}
    out = {v: s for v in text.unique().to_list() if (s := _named(v, kinds)) is not None}
    named = int(text.is_in(list(out)).sum()) if out else 0
    return out if named >= _NAMED_SHARE * text.len() else {}
