"""An activity's parties as one cell: addresses split on a separator, or a JSON list of
the people with their e-mail (Close's meeting ``attendees``: ``[{"email": "a@b.example",
"name": null, "status": "yes", "is_organizer": false}, ...]``), read as their e-mails
rather than written whole as one party's address (Dataverse refuses an address of more than
200 characters, and the list is no address)."""

from __future__ import annotations

from typing import Any

import polars as pl

__all__ = ["party_items"]

_EMAIL_ITEM = r'"email"\s*:\s*"[^"]*@[^"]*"'


def party_items(spec: dict[str, Any]) -> pl.Expr:
    """The cell of ``spec["source"]`` as a list of address texts: the e-mails of a JSON
    list of people, else the text split on the spec's separator (';')."""
    text = pl.col(spec["source"]).cast(pl.Utf8).fill_null("")
    listed = text.str.extract_all(_EMAIL_ITEM).list.eval(
        pl.element().str.extract(r'"([^"]*@[^"]*)"$', 1))
    return pl.when(text.str.contains(r'"email"\s*:')).then(listed) \
        .otherwise(text.str.split(spec.get("split") or ";"))
