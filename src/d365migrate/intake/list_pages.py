"""A REST API's page of a list, written in one cell: the records it lists, and where.

An API that nests a record's related records writes them as a page of a list rather than a
bare JSON list: Intercom's ``{"type": "contact.list", "contacts": [{"type": "contact", "id":
"5fd1"}]}`` or ``{"type": "list", "data": [], "url": "/contacts/63ea/notes", "total_count":
0, "has_more": false}``, Stripe's ``{"object": "list", "data": [...], "url":
"/v1/customers/cus_1/sources", "has_more": false}``. Such a cell is its list: the records
it holds are read as a JSON list is (one record a link, several no lookup), and its
address ends in the collection the records live in (``notes``, ``companies``), which names
what they are. An object with a list beside fields of its own (an address's lines beside
its city) is no page: only a page's paging and type fields may stand beside its list.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import polars as pl

__all__ = ["PAGE_FIELDS", "json_object", "page_items", "page_collection", "unwrap_pages"]

#: The fields a page of a list has beside the list itself: its type, address and paging.
PAGE_FIELDS = frozenset({"type", "object", "url", "href", "_href", "total_count", "count",
                         "has_more", "next", "previous", "next_page", "prev_page", "total",
                         "pages", "page", "per_page", "limit", "offset"})
#: The keys a page's address is given under.
_ADDRESS = ("url", "href", "_href")


def json_object(text: str) -> dict | None:
    """The JSON object a cell holds ('{...}'), None for any other text."""
    text = text.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        obj = json.loads(text)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) else None


def _page(text: str) -> tuple[dict, list] | None:
    """The page and its list, None when ``text`` is no page of a list."""
    obj = json_object(text)
    if obj is None or "id" in obj:
        return None
    lists = [v for k, v in obj.items() if k not in PAGE_FIELDS]
    if len(lists) != 1 or not isinstance(lists[0], list):
        return None
    return obj, lists[0]


def page_items(text: str | None) -> str | None:
    """The records a page lists, as a compact JSON list; None when the cell is no page."""
    found = _page(str(text or ""))
    if found is None:
        return None
    return json.dumps(found[1], ensure_ascii=False, separators=(",", ":"))


def page_collection(text: str) -> str | None:
    """The collection a page's address ends in (``notes`` of '/contacts/63ea/notes'), None
    when the cell is no page or gives no such address."""
    found = _page(text)
    if found is None:
        return None
    address = next((found[0][k] for k in _ADDRESS if isinstance(found[0].get(k), str)), "")
    if not address.startswith(("http://", "https://", "/")):
        return None
    parts = [p for p in urlparse(address).path.split("/") if p]
    last = parts[-1].lower() if parts else ""
    return last if re.fullmatch(r"[a-z][a-z_]*", last) else None


def unwrap_pages(text: pl.Expr) -> pl.Expr:
    """Each cell that is a page of a list read as that list; any other cell as it is."""
    return pl.when(text.str.starts_with("{") & text.str.ends_with("}")).then(
        pl.coalesce(text.map_elements(page_items, return_dtype=pl.Utf8,
                                      skip_nulls=True), text)).otherwise(text)
