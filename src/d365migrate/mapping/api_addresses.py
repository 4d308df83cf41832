"""A link written as the linked record's API address names the table it points at.

A connector reading a REST API often writes a lookup as the linked record's address and id:
Salesloft's ``{"_href": "https://api.salesloft.com/v2/people/6502956", "id": 6502956}``.
Read by its name alone, such a column says little ('person', 'recipient', 'called_person',
'associated_with', 'booked_by_user', 'note', 'action_details'); its address says plainly
which collection the record lives in: ``people`` (contacts), ``users`` (system users),
``accounts``, ``notes``. The collection is the path's segment just before the record's id.
A collection the vocabulary does not know (``cadences``, ``email_details``, ``imports``)
is a link to something that is no table here: ``"?"``, so the column is never read as text
(a note's description, an e-mail's recipients). A page of a list of related records
(Intercom's ``{"type": "list", "data": [], "url": "/contacts/63ea/notes"}``: intake/
list_pages.py) names its collection as the address's last segment: the contact's notes are
notes, never the contact's description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlparse

from d365migrate.intake.list_pages import json_object, page_collection
from d365migrate.mapping.vocabulary import Vocabulary

__all__ = ["ADDRESS_KEYS", "addressed_table"]

#: The keys a record's JSON gives its own API address under.
ADDRESS_KEYS = ("_href", "href", "url", "self", "_self", "link")
#: A list of one numeric id: '[1]'.
_ONE_ID = re.compile(r"^\[\s*\d+\s*\]$")
#: Share of a column's filled cells whose addresses must name one collection.
_SHARE = 0.9


def _collection(value: str) -> str | None:
    """The collection of the record a JSON cell addresses ('people' of '.../v2/people/65'),
    None when the cell is no JSON object with an API address ending in the record's id."""
    obj = json_object(value)
    if obj is None:
        return None
    if "id" not in obj:
        return page_collection(value)   # a page of a list: '/contacts/63ea/notes'
    address = next((obj[k] for k in ADDRESS_KEYS if isinstance(obj.get(k), str)), None)
    if not address or not address.startswith(("http://", "https://", "/")):
        return None
    parts = [p for p in urlparse(address).path.split("/") if p]
    if len(parts) < 2 or parts[-1] != str(obj["id"]):
        return None
    return parts[-2].lower()


def _entity(word: str, table: str, vocab: Vocabulary) -> str:
    """The table a word names (``table`` for the file's own kind), ``"?"`` for none."""
    words = [w for w in re.split(r"[^a-z0-9]+", word.lower()) if w]
    target = vocab.entity("".join(words)) or (vocab.entity(words[-1]) if len(words) == 1
                                              else None)
    return "?" if not target else table if target == "_self" else target


def addressed_table(values: Sequence[str], table: str, vocab: Vocabulary,
                    words: Sequence[str] = ()) -> str | None:
    """The table a column's JSON links point at by their API addresses (``table`` itself for
    the file's own kind); ``"?"`` for a collection no table holds. Cells that are lists of
    one numeric id (Outreach's ``"account": [1]``), or objects with an id and no address,
    are links too: to the table the column's name (``words``) names, else ``"?"``. None when
    the cells are no such links (most columns)."""
    if not values or not str(values[0]).lstrip().startswith(("{", "[")):
        return None
    if all(_ONE_ID.match(str(v).strip()) for v in values):
        return _entity(words[-1], table, vocab) if words else "?"
    found = [_collection(str(v)) for v in values]
    named = [c for c in found if c]
    if not named or len(named) < _SHARE * len(found):
        return None
    collection = max(set(named), key=named.count)
    if named.count(collection) < _SHARE * len(named):
        return None
    return _entity(collection, table, vocab)
