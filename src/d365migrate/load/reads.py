"""Many small queries in one request: the per-50-ids reads of a step as one ``$batch`` of GETs.

Looking records up by a list of ids takes one query per 50 ids (a longer ``or`` of ids makes
the URL too long). A thousand such queries one after another cost a thousand round trips and
a thousand requests against the service-protection request count. Sent as the parts of one
``$batch`` (outside any change set, where GET is allowed: PAD ``execute-batch-operations-
using-web-api.md``) they are one request (``api-limits.md``: a batch "will avoid the number of
requests limit"), and one round trip, at most 1,000 queries a batch.

Each part answers for itself; a part that fails raises its error. A part with more than a page
(it cannot, at 50 ids a query, unless a filter matches many records) is followed by its
``@odata.nextLink`` as ordinary GETs. Transient failures and 429s of the batch are retried as
``DataverseClient.send`` retries one request.

Every request here is metered (``budget.metered``): it waits for room in the window copy the
writers pace to and is charged to it, so reads beside a phase's closes and loads neither push
the server over its limit nor wait out a 429.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

from d365migrate.dataverse import MAX_BATCH_OPERATIONS, BatchOperation, DataverseClient
from d365migrate.dataverse.errors import TransientError
from d365migrate.load.budget import metered

PAGE = {"Prefer": "odata.maxpagesize=5000"}


def _batch(client: DataverseClient, ops: list[BatchOperation]) -> list[Any]:
    attempt = 0
    while True:
        try:
            with metered(client):
                return client.execute_batch(ops, continue_on_error=True)
        except TransientError as exc:
            attempt += 1
            if attempt >= client.retry.max_attempts:
                raise
            client.retry.sleep(client.retry.delay(attempt, exc))


def query_each(client: DataverseClient, entity_set: str, select: list[str],
               filters: list[str]) -> Iterator[dict[str, Any]]:
    """Every record any of ``filters`` matches (one query each), read in ``$batch`` requests
    of up to 1,000 queries; one filter goes as one ordinary query."""
    if len(filters) <= 1:
        for flt in filters:
            yield from query(client, entity_set, select=select, filter=flt)
        return
    ops = [BatchOperation("GET", f"{entity_set}?" + urlencode(
        {"$select": ",".join(select), "$filter": flt}, quote_via=quote), headers=PAGE)
        for flt in filters]
    for i in range(0, len(ops), MAX_BATCH_OPERATIONS):
        for result in _batch(client, ops[i:i + MAX_BATCH_OPERATIONS]):
            if result.error is not None:
                raise result.error
            body = result.body if isinstance(result.body, dict) else {}
            yield from body.get("value", [])
            link = body.get("@odata.nextLink")
            while link:
                with metered(client):
                    page = client.send("GET", link, headers=PAGE).json()
                yield from page.get("value", [])
                link = page.get("@odata.nextLink")


def query(client: DataverseClient, entity_set: str, *, select: list[str],
          filter: str | None = None) -> Iterator[dict[str, Any]]:
    """``DataverseClient.query`` (every page, ``@odata.nextLink`` followed unchanged), each
    page metered."""
    first = {"$select": ",".join(select)}
    if filter:
        first["$filter"] = filter
    params: dict[str, str] | None = first
    url: str | None = entity_set
    while url:
        with metered(client):
            body = client.send("GET", url, params=params, headers=PAGE).json()
        params = None
        yield from body.get("value", [])
        url = body.get("@odata.nextLink")


__all__ = ["query", "query_each"]
