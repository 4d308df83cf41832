"""A program's own name for what a file holds, written after its label: Odoo names an export
download '<model description> (<model>)', the description in the user's language and the
model in the program's own words ('ContattoOpportunità (crm.lead)', 'Etapy CRM
(crm.stage)'). Where the label names no kind plainly (a translated word that may mean two
things: Italian 'contatto' is a contact, and Odoo's Italian word for a lead), the technical
name decides: it is the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["technical_kind"]

#: a dotted technical name: a module, then the model's words ('crm.lead', 'sale.order.line')
_DOTTED = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")


def technical_kind(text: str, name_kind: Callable[[str], tuple[str | None, str]]
                   ) -> str | None:
    """The kind a bracketed technical name names exactly ('crm.lead' -> lead: the model's
    words after its module), else None."""
    text = text.strip()
    if not _DOTTED.fullmatch(text):
        return None
    kind, how = name_kind("_".join(text.split(".")[1:]))
    return kind if how == "exact" else None
