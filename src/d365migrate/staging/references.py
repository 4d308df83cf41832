"""A lookup's ``references`` ("<source>.<key column>") split back into its two parts.

A source's name may hold dots itself (Odoo's export names a file "UTM Campaign
(utm.campaign).csv"), so the split is at the dot after a source the export has, not at the
first dot.
"""

from __future__ import annotations

from collections.abc import Container

__all__ = ["split_reference"]


def split_reference(reference: str, sources: Container[str]) -> tuple[str, str]:
    """(source, key column) of ``reference``; the longest known source wins, else the part
    before the first dot."""
    dots = [i for i, ch in enumerate(reference) if ch == "."]
    for i in reversed(dots):
        if reference[:i] in sources:
            return reference[:i], reference[i + 1:]
    head, _, tail = reference.partition(".")
    return head, tail
