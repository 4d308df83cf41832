"""Column names a web application wrote HTML-escaped, read as the text they stand for.

Web CRMs keep their translated labels as HTML ('Date d&#39;échéance', X2CRM's French for
'Due Date'; 'R&amp;D'), and their exports write the label as kept. A name is read through
its character references only when it holds one whole (``&#39;``, ``&#x27;``, ``&amp;``,
with the semicolon): a bare '&' ('R&D', 'P&L') is the name's own.
"""

from __future__ import annotations

import html
import re

__all__ = ["unescaped"]

_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescaped(name: str) -> str:
    """``name`` with its HTML character references decoded ('d&#39;échéance' ->
    "d'échéance"); a name without a whole reference is returned as it is."""
    return html.unescape(name) if "&" in name and _REFERENCE.search(name) else name
