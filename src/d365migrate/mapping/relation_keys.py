"""A relation column written by the key it is exported by, read as the relation.

Odoo's import-compatible export writes a relation as ``<field>/id`` (the related record's
external id) or ``<field>/.id`` (its database id): ``country_id/id`` is the country,
``partner_id/id`` the customer, ``user_id/id`` the salesperson. Read with the suffix, the
column's words end in a second 'id' and its '/' splits it into two alternatives, one of
them 'id' alone; read without it, it is the field it names.

Other CRMs write a relation the same way with a dot or an 'importId': Axelor's
``partner.importId`` (the partner's import id), ``primaryCity.name`` (the city, by its
name), ``currency.code``, ``mainPartner_importId``, ``userImportId``; a Salesforce data
export's ``Account.Name`` and ``Owner.Email``. A key that identifies the record (id,
importId, externalId) leaves the field's id (``partner_id``); a key that names it (name,
code, email...) the field itself (``primaryCity``), which is what the column holds.
"""

from __future__ import annotations

import re

from d365migrate.mapping.vocabulary import source_words

__all__ = ["localized_field", "relation_key", "relation_words", "sub_document_field",
           "without_relation_key"]

_RELATION_KEY = re.compile(r"/\.?id$", re.IGNORECASE)
#: '<field>.<key>': one identifier, a dot, the linked record's key (no spaces: 'No. of
#: Employees' and 'Rev. Offre' are words with a full stop)
_DOTTED = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)\.(_?[A-Za-z][A-Za-z0-9]*)$")   # MongoDB's '_id'
#: '<field>_importId', '<field>ImportId': the record an import file links by its import id
_IMPORT_ID = re.compile(r"(?<=[A-Za-z0-9])_?import_?id$", re.IGNORECASE)
#: keys that identify the linked record, and keys that name it
_ID_KEYS = {"id", "importid", "externalid", "uuid", "guid"}
#: '<field>.<language>': a localized field's value in one language (commercetools' 'name.en',
#: 'description.de-DE'); the languages the exports are written in, as ISO 639-1 codes
_LOCALIZED = re.compile(r"^(?:[A-Za-z][A-Za-z0-9_]*\.)*([A-Za-z][A-Za-z0-9_]*)\."
                        r"(en|de|fr|es|it|nl|pt|pl|ru|sv|da|fi|cs|ja|zh|ko|tr)(?:[-_][A-Za-z]{2})?$")
#: records a '<record>.number' names by their number (an address's or a phone's number is
#: its own part: 'address.number' is a house number)
_NUMBERED_RECORDS = {"customer", "account", "contact", "client", "company", "vendor",
                     "supplier", "partner", "order", "invoice", "quote", "opportunity",
                     "project", "lead", "ticket", "case", "product", "item"}
_NAME_KEYS = {"name", "fullname", "code", "alpha2code", "alpha3code", "isocode", "email",
              "username", "label", "title",
              "mail"}   # LDAP's word, LiveChat's 'requester.mail': the requester, by e-mail


def without_relation_key(name: str) -> str:
    """``country_id/id`` -> ``country_id``, ``partner.importId`` -> ``partner_id``,
    ``primaryCity.name`` -> ``primaryCity``: the relation, not the key it is written by."""
    name = _RELATION_KEY.sub("", name.strip())
    m = _DOTTED.match(name)
    if m and m.group(2).lower() == "number" and m.group(1).lower() in _NUMBERED_RECORDS:
        return m.group(1)   # xTuple's 'customer.number': the customer, by its number
    if m and m.group(2).lower() == m.group(1).lower() + "number" \
            and m.group(1).lower() in _NUMBERED_RECORDS:
        # e-conomic's 'customer.customerNumber': the customer's own number, its key there
        return _with_id(m.group(1))
    if m and m.group(2).lower().lstrip("_") in _ID_KEYS | _NAME_KEYS \
            and not m.group(1).lower().endswith("address"):   # Twinfield's 'address.name'
        field, key = m.group(1), m.group(2).lower().lstrip("_")
        return _with_id(field) if key in _ID_KEYS else field
    if _IMPORT_ID.search(name):
        return _with_id(_IMPORT_ID.sub("", name))
    return name


def _with_id(field: str) -> str:
    """The field's id column name ('partner' -> 'partner_id'; 'country_id' stays)."""
    return field if re.search(r"(?:_id|[a-z0-9]Id)$", field) else f"{field}_id"


def relation_key(name: str) -> str | None:
    """The key a '<field>.<key>' relation is written by, lower-cased ('user.email' ->
    'email'), or None for a name that is no such path."""
    m = _DOTTED.match(name.strip())
    return m.group(2).lower().lstrip("_") if m else None


def relation_words(name: str) -> tuple[list[str], bool]:
    """:func:`source_words` of the relation ``name`` names: (words, custom)."""
    return source_words(without_relation_key(name))


def sub_document_field(name: str) -> list[str]:
    """The field of a sub-document written by its path (a MongoDB export's
    ``links.website``, ``location.city``): the words after the last dot, [] for a name
    that is no such path or is a relation written by its key (``partner.importId``)."""
    m = _DOTTED.match(name.strip())
    if not m or m.group(2).lower().lstrip("_") in _ID_KEYS | _NAME_KEYS:
        return []
    return source_words(m.group(2))[0]


def localized_field(name: str) -> list[str]:
    """The field of a localized value written with its language (commercetools'
    ``name.en``, ``lineItems.name.de-DE``): the words of the field, [] for other names."""
    m = _LOCALIZED.match(name.strip())
    return source_words(m.group(1))[0] if m else []
