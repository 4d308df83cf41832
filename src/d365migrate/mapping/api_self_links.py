"""A REST API's address of one record is no web site.

A connector or client reading a REST API often keeps each record's own address under a
bare ``url``: Zendesk's ``https://<desk>.zendesk.com/api/v2/organizations/6130869157658.json``,
GitHub's ``https://api.github.com/repos/o/r/issues/1``. Read by its name, a bare ``url``
of a company or a person is its web site (``websiteurl``); its values say otherwise: an
endpoint of the API (a path through ``api`` or a version such as ``v2``, or an ``api.``
host) ending in one record's id, with or without ``.json``, is where a program reads the
record, never a page anyone visits; so are the records' own pages in the program, every
one on the program's host (Quaderno's 'permalink'). Such a column fits no web address
column; it stays in the source, as the record's own id does. Asked by the suggestion engine
(``mapping/column_scores.py``) for each web address column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlparse

__all__ = ["api_record_addresses"]

#: A path segment that names an API or its version ('api', 'v2', 'v1.1').
_API_SEGMENT = re.compile(r"^(api|v\d+(\.\d+)?)$")
#: A record's id as the last segment: a number, a UUID or a hex object id (Mongo's 24).
_RECORD_ID = re.compile(r"^(\d+|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{24})$")
#: A collection's name in a path ('invitees', 'routing_forms') and a record's token in it.
_COLLECTION = re.compile(r"^[a-z][a-z_-]*s$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$|^[A-Z0-9_-]{8,}$")
#: Share of a column's filled cells that must be such addresses.
_SHARE = 0.9


def _record_address(value: str) -> bool:
    """True for one record's address on a REST API: '.../api/v2/users/65.json'."""
    text = value.strip()
    if not text.startswith(("http://", "https://")) or " " in text:
        return False
    url = urlparse(text)
    parts = [p for p in url.path.split("/") if p]
    if len(parts) < 2:
        return False
    last = re.sub(r"\.(json|xml)$", "", parts[-1].lower())
    api_host = url.netloc.lower().startswith("api.")
    on_api = api_host or any(_API_SEGMENT.match(p.lower()) for p in parts[:-1])
    # on an API's own host, a collection's name then any token is a record (Calendly's
    # 'https://api.calendly.com/scheduled_events/EV301/invitees/INV001')
    return on_api and bool(_RECORD_ID.match(last)) or api_host and bool(
        _COLLECTION.match(parts[-2]) and _TOKEN.match(parts[-1]))


def _one_site_pages(filled: Sequence[str]) -> bool:
    """True for three or more distinct pages of one site, each its own path: the records'
    pages in the program they come from (Quaderno's 'permalink' .../billing/0079dd8f), where
    each company's own web site would stand on its own host."""
    urls = [urlparse(v.strip()) for v in filled if v.strip().startswith(("http://", "https://"))]
    if len(urls) < 3 or len(urls) < len(filled):
        return False
    paths = {u.path.rstrip("/") for u in urls}
    return len({u.netloc.lower() for u in urls}) == 1 and len(paths) == len(urls) \
        and "" not in paths


def api_record_addresses(values: Sequence[str], pages: bool = True) -> bool:
    """True when (nearly) every filled cell is one record's address on a REST API, or
    (``pages``: where the column would be a party's web site, not a product's page on the
    store's own site) each is its own page of one site (the source program's)."""
    filled = [str(v) for v in values if str(v).strip()]
    if not filled:
        return False
    return sum(_record_address(v) for v in filled) >= _SHARE * len(filled) \
        or (pages and _one_site_pages(filled))
