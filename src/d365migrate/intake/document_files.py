"""A project's licence or read-me beside its data is a document, not a table.

A folder of CSVs often carries ``LICENSE.txt`` or ``README.txt`` (``.txt`` is read as a
table when tab-separated). Only the word alone, or followed by a separator, names such a
document ('LICENSE', 'LICENSE-MIT.txt', 'README_de.txt'): a table whose name merely begins
with those letters ('Licenses.csv' of a software-asset tracker, 'Licensees.csv') is data
and is read like any other. So is a table file of such a name: a licence or read-me is plain
text, never a '.csv' or a workbook (Lemon Squeezy's 'license_keys.csv' is its customers'
licence keys, data).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

__all__ = ["is_document_name"]

_DOCUMENT = re.compile(r"(LICEN[CS]E|README)([-_. ].*)?")


def is_document_name(name: str) -> bool:
    """True when a file's name (without its extension) is a licence's or read-me's, and the
    file is plain text (no extension, '.txt', '.md')."""
    path = PurePosixPath(name)
    return path.suffix.lower() in _PLAIN and _DOCUMENT.fullmatch(path.stem.upper()) is not None


#: A document's extensions: plain text.
_PLAIN = frozenset({"", ".txt", ".md", ".rst"})
