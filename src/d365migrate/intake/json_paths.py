"""A header that is a path into an API's JSON says its field the way a person would.

An SDK that writes an API's records as rows heads each column with the JSON path of the value
(lexoffice's 'emailAddresses.business[0]', 'phoneNumbers.mobile[0]',
'addresses.billing[0].street'). Where a list of values is keyed by kind, the path's last
segment is only the kind and its list index, and the list's name says what the value is: the
business e-mail address, the mobile phone. Read so, 'emailAddresses.business[0]' is
'business email' and 'phoneNumbers.fax[0]' 'fax phone'. A list index anywhere else says
nothing of the field ('addresses.billing[0].city' is the billing address's city).
"""

from __future__ import annotations

import re

from d365migrate.intake.kinds import col_norm

__all__ = ["path_field_name", "path_leaves"]

#: A JSON path of two or more segments, each an identifier with an optional list index.
_PATH = re.compile(r"^[A-Za-z_]\w*(\[\d+\])?(\.[A-Za-z_]\w*(\[\d+\])?)+$")
_INDEX = re.compile(r"\[\d+\]")
#: The last word of a list's name that only says it holds values ('emailAddresses',
#: 'phoneNumbers'): its head word names them.
_CONTAINER = re.compile(r"(?i)(?<=[a-z])(Addresses|Numbers|Address|Number|List|Values)$")


def path_field_name(name: str) -> str:
    """The field a JSON path header names, as words a person would read ('business email' of
    'emailAddresses.business[0]'); ``name`` when it is no JSON path with a list index."""
    if "[" not in name or not _PATH.match(name):
        return name
    segments = name.split(".")
    last = segments[-1]
    if _INDEX.search(last) and len(segments) >= 2:
        kind = _INDEX.sub("", last)
        values = _CONTAINER.sub("", segments[-2]) or segments[-2]
        return " ".join([*(_INDEX.sub("", s) for s in segments[:-2]), kind, values])
    return " ".join(_INDEX.sub("", s) for s in segments)


def path_leaves(columns: list[str]) -> set[str]:
    """The last fields of a file's JSON path headers that restate their parent, normalised
    ('netprice' of lexoffice's 'price.netPrice'): what discovery compares with a kind's
    typical columns beside the whole path. A related record's field ('customers.given_name'
    in GoCardless' payments) is the other record's, no column of the file's own kind."""
    out = set()
    for c in columns:
        if _PATH.match(c):
            *parents, leaf = (_INDEX.sub("", s) for s in c.split("."))
            if _words(leaf) & _words(parents[-1]):
                out.add(col_norm(leaf))
    return out


def _words(segment: str) -> set[str]:
    """A path segment's words: 'netPrice' -> {'net', 'price'}."""
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", segment)}
