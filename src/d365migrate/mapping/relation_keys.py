"""A relation column written by the key it is exported by, read as the relation.

Odoo's import-compatible export writes a relation as ``<field>/id`` (the related record's
external id) or ``<field>/.id`` (its database id): ``country_id/id`` is the country,
``partner_id/id`` the customer, ``user_id/id`` the salesperson. Read with the suffix, the
column's words end in a second 'id' and its '/' splits it into two alternatives, one of
them 'id' alone; read without it, it is the field it names.
"""

from __future__ import annotations

import re

from d365migrate.mapping.vocabulary import source_words

__all__ = ["relation_words", "without_relation_key"]

_RELATION_KEY = re.compile(r"/\.?id$", re.IGNORECASE)


def without_relation_key(name: str) -> str:
    """``country_id/id`` -> ``country_id``: the relation, not the key it is written by."""
    return _RELATION_KEY.sub("", name.strip())


def relation_words(name: str) -> tuple[list[str], bool]:
    """:func:`source_words` of the relation ``name`` names: (words, custom)."""
    return source_words(without_relation_key(name))
