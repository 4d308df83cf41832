"""A small Dataverse Web API client on httpx: the one place requests are sent and retried.

It takes ``transport=`` so tests run it on ``httpx.MockTransport`` or on the in-process
emulator (``httpx.WSGITransport``), and the same code reaches a real org over HTTPS.
"""

from __future__ import annotations

import base64
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from d365migrate.dataverse.auth import BearerAuth, TokenProvider
from d365migrate.dataverse.batch import (
    BatchOperation,
    BatchResult,
    encode_batch,
    parse_batch_response,
    read_change_set,
    read_each,
)
from d365migrate.dataverse.errors import (
    AuthenticationError,
    ConnectionLost,
    DataverseError,
    TransientError,
    classify,
)
from d365migrate.dataverse.limits import (
    MAX_UPLOAD_FILE_BYTES,
    NOTE_BLOCK_BYTES,
    ServiceProtection,
)
from d365migrate.dataverse.outage import DEFAULT_MAX_OUTAGE_SECONDS, Outage, is_outage

log = logging.getLogger(__name__)
BULK_MESSAGES = ("CreateMultiple", "UpdateMultiple", "UpsertMultiple")
# schema changes: never carry the record writes' optional headers (``write_headers``)
METADATA_PATHS = ("EntityDefinitions", "RelationshipDefinitions", "GlobalOptionSetDefinitions")
API_PATH = "/api/data/v9.2/"
ODATA_HEADERS = {
    "Accept": "application/json",
    "OData-MaxVersion": "4.0",
    "OData-Version": "4.0",
}


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter; ``Retry-After`` wins when the server sends it.

    ``max_attempts`` bounds answers that say "later" (429, a busy server); a destination that
    does not answer at all is waited for by time instead, up to ``max_outage_seconds``
    (``outage.Outage``). ``sleep`` and ``clock`` are the test seams."""

    max_attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    max_outage_seconds: float = DEFAULT_MAX_OUTAGE_SECONDS
    clock: Callable[[], float] = time.monotonic

    def delay(self, attempt: int, error: TransientError) -> float:
        if error.retry_after is not None:
            return min(self.max_delay, error.retry_after)
        return self.rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** attempt))


_WAIT = threading.local()


def start_server_wait() -> None:
    """Start timing, on this thread, how long the server took to answer (see
    ``server_wait``)."""
    _WAIT.seconds, _WAIT.exchanges = 0.0, 0


def server_wait() -> float | None:
    """Seconds, summed over the exchanges this thread made since ``start_server_wait``,
    from a request's last byte sent to its answer's headers received: the server's time and
    the network's, without this process's own (encoding, TLS set-up, parsing the answer, a
    busy client's scheduling). The service-protection window copy charges it (``load.window``):
    never less than the server's execution time. None when no exchange was timed (a transport
    without httpcore's trace events, such as ``WSGITransport`` in tests)."""
    return _WAIT.seconds if getattr(_WAIT, "exchanges", 0) else None


def _tracer() -> tuple[dict[str, float], Callable[[str, Any], None]]:
    marks: dict[str, float] = {}

    def trace(event: str, info: Any) -> None:
        if event.endswith("send_request_body.complete"):
            marks["sent"] = time.monotonic()
        elif event.endswith("receive_response_headers.complete"):
            marks["answered"] = time.monotonic()
    return marks, trace


def odata_literal(value: Any) -> str:
    """Render a value for a key segment or $filter: strings quoted with '' escaping."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def key_segment(entity_set: str, key: str | dict[str, Any]) -> str:
    """``accounts(<guid>)`` for a primary key or ``accounts(new_id='A-1')`` for an alternate key."""
    if isinstance(key, dict):
        inner = ",".join(f"{k}={quote(odata_literal(v), safe=chr(39))}" for k, v in key.items())
        return f"{entity_set}({inner})"
    return f"{entity_set}({key})"


class DataverseClient:
    """Typed calls to the Dataverse Web API; transient failures are retried here only."""

    def __init__(self, base_url: str, token: TokenProvider, *,
                 transport: httpx.BaseTransport | None = None,
                 verify: bool | str = True, timeout: float = 120.0,
                 retry: RetryPolicy | None = None, max_connections: int = 64,
                 service_limits: ServiceProtection | None = None) -> None:
        url = base_url.rstrip("/")
        if not url.endswith(API_PATH.rstrip("/")):
            url += API_PATH.rstrip("/")
        self.base_url = url + "/"
        self.retry = retry or RetryPolicy()
        self.outage = Outage(self.retry.max_outage_seconds, where=httpx.URL(url).host or url,
                             clock=self.retry.clock, base_delay=self.retry.base_delay,
                             rng=self.retry.rng)
        self._token_source: str | None = getattr(token, "source", None)
        self.last_dop_hint: int | None = None
        # the user's service-protection limits the loaders pace to (``load.budget``); None:
        # the documented ones
        self.service_limits = service_limits
        # optional parameters every write carries (the bulk-load bypass headers, set by
        # ``dataverse.identities.use_bypass``); reads never carry them
        self.write_headers: dict[str, str] = {}
        self._http = httpx.Client(
            base_url=self.base_url, auth=BearerAuth(token), transport=transport, verify=verify,
            timeout=timeout, headers=ODATA_HEADERS,
            limits=httpx.Limits(max_connections=max_connections,
                                max_keepalive_connections=max_connections),
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DataverseClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport -----------------------------------------------------------------------
    def _request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """One attempt, any status: a lost connection is the only error raised here."""
        if self.write_headers and method != "GET" and not url.startswith(METADATA_PATHS):
            kw["headers"] = {**self.write_headers, **(kw.get("headers") or {})}
        marks, trace = _tracer()
        kw["extensions"] = {**(kw.get("extensions") or {}), "trace": trace}
        try:
            response = self._http.request(method, url, **kw)
            if "sent" in marks and "answered" in marks and hasattr(_WAIT, "seconds"):
                _WAIT.seconds += marks["answered"] - marks["sent"]
                _WAIT.exchanges += 1
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            lost = ConnectionLost(f"{type(exc).__name__}: {exc}", request=f"{method} {url}")
            if is_outage(lost):
                lost.outage = self.outage
            raise lost from exc
        if response.status_code not in (502, 503, 504) or "Retry-After" in response.headers:
            self.outage.answered()
        hint = response.headers.get("x-ms-dop-hint")
        if hint and hint.isdigit():
            self.last_dop_hint = int(hint)
        return response

    def send_once(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """One attempt: raise the classified error, never retry (the loader decides)."""
        response = self._request(method, url, **kw)
        if response.status_code >= 400:
            raise self._error(response)
        return response

    def _error(self, response: httpx.Response) -> DataverseError:
        """``classify``, plus: an error that means the destination is down carries the
        client's ``outage`` (every retry loop waits for it by time, not attempts), and a
        refused static token says where it came from."""
        error = classify(response)
        if isinstance(error, TransientError) and is_outage(error):
            error.outage = self.outage
        elif isinstance(error, AuthenticationError) and response.status_code == 401 \
                and self._token_source:
            error.message += f" (the bearer token from {self._token_source} was refused)"
        return error

    def send(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """Send with retries of transient errors: a 429 or a busy server is waited out
        (Retry-After, else backoff) up to ``max_attempts``; a destination that does not
        answer is waited for up to the outage bound, then ``DestinationUnreachable``."""
        attempt = 0
        waited = 0.0
        while True:
            try:
                return self.send_once(method, url, **kw)
            except TransientError as exc:
                if exc.outage is not None:
                    delay = exc.outage.failed(exc, waited=waited)
                    waited += delay
                    self.retry.sleep(delay)
                    continue
                attempt += 1
                if attempt >= self.retry.max_attempts:
                    raise
                self.retry.sleep(self.retry.delay(attempt, exc))

    # -- records -------------------------------------------------------------------------
    def create(self, entity_set: str, record: dict[str, Any]) -> str:
        """POST a record; return its id from the ``OData-EntityId`` header."""
        response = self.send("POST", entity_set, json=record)
        return entity_id_from_header(response.headers.get("OData-EntityId", ""))

    def retrieve(self, entity_set: str, key: str | dict[str, Any],
                 select: Iterable[str] | None = None) -> dict[str, Any]:
        params = {"$select": ",".join(select)} if select else None
        return self.send("GET", key_segment(entity_set, key), params=params).json()

    def update(self, entity_set: str, key: str | dict[str, Any], values: dict[str, Any]) -> None:
        """PATCH that never creates (``If-Match: *``)."""
        self.send("PATCH", key_segment(entity_set, key), json=values, headers={"If-Match": "*"})

    def upsert(self, entity_set: str, key: str | dict[str, Any], values: dict[str, Any]) -> None:
        self.send("PATCH", key_segment(entity_set, key), json=values)

    def delete(self, entity_set: str, key: str | dict[str, Any]) -> None:
        self.send("DELETE", key_segment(entity_set, key))

    def query(self, entity_set: str, *, select: Iterable[str] | None = None,
              filter: str | None = None, orderby: str | None = None, top: int | None = None,
              expand: str | None = None, page_size: int = 5000) -> Iterator[dict[str, Any]]:
        """Yield every matching record, following ``@odata.nextLink`` unchanged."""
        params: dict[str, str] = {}
        if select:
            params["$select"] = ",".join(select)
        if expand:
            params["$expand"] = expand
        if filter:
            params["$filter"] = filter
        if orderby:
            params["$orderby"] = orderby
        if top is not None:
            params["$top"] = str(top)
        headers = {"Prefer": f"odata.maxpagesize={page_size}"}
        url: str | None = entity_set
        first = True
        while url:
            response = self.send("GET", url, params=params if first else None, headers=headers)
            first = False
            body = response.json()
            yield from body.get("value", [])
            url = body.get("@odata.nextLink")

    def count(self, entity_set: str, id_column: str, filter: str | None = None) -> int:
        """Exact count by paging ids (``$count`` caps at 5,000)."""
        return sum(1 for _ in self.query(entity_set, select=[id_column], filter=filter))

    # -- bulk ----------------------------------------------------------------------------
    def create_multiple(self, entity_set: str, table: str,
                        records: list[dict[str, Any]]) -> list[str]:
        """CreateMultiple: all or nothing on standard tables; returns the new ids in order."""
        targets = [{"@odata.type": f"Microsoft.Dynamics.CRM.{table}", **r} for r in records]
        response = self.send_once(
            "POST", f"{entity_set}/Microsoft.Dynamics.CRM.CreateMultiple", json={"Targets": targets}
        )
        return list(response.json().get("Ids", []))

    def update_multiple(self, entity_set: str, table: str, records: list[dict[str, Any]], *,
                        retry: bool = False) -> None:
        """UpdateMultiple. One attempt by default (the loader's pump owns retries and pacing);
        ``retry`` for callers outside it (closes, second-pass links, restores), so a 429 waits
        out its Retry-After instead of ending the step."""
        targets = [{"@odata.type": f"Microsoft.Dynamics.CRM.{table}", **r} for r in records]
        send = self.send if retry else self.send_once
        send("POST", f"{entity_set}/Microsoft.Dynamics.CRM.UpdateMultiple",
             json={"Targets": targets})

    def upsert_multiple(self, entity_set: str, table: str, key_column: str,
                        records: list[dict[str, Any]]) -> None:
        """UpsertMultiple by an alternate key: safe to resend, never duplicates."""
        targets = [
            {"@odata.type": f"Microsoft.Dynamics.CRM.{table}",
             "@odata.id": key_segment(entity_set, {key_column: r[key_column]}),
             **{k: v for k, v in r.items() if k != key_column}}
            for r in records
        ]
        self.send_once("POST", f"{entity_set}/Microsoft.Dynamics.CRM.UpsertMultiple",
                       json={"Targets": targets})

    def bulk_messages(self, table: str) -> set[str]:
        """Which of CreateMultiple / UpdateMultiple / UpsertMultiple the org has for a table
        (``bulk-operations.md``: not every standard table has them), read from its
        ``sdkmessagefilters``. When that query itself fails (an older org, no read access to
        it) all are assumed: the first bulk call then decides (``BulkMessageUnsupported``)."""
        try:
            rows = list(self.query(
                "sdkmessagefilters", select=["sdkmessagefilterid"],
                expand="sdkmessageid($select=name)",
                filter=f"primaryobjecttypecode eq {odata_literal(table)}"))
        except DataverseError as exc:
            log.info("sdkmessagefilters for %s unreadable (%s): assuming bulk messages", table,
                     exc)
            return set(BULK_MESSAGES)
        names = {(row.get("sdkmessageid") or {}).get("name") for row in rows}
        return {m for m in BULK_MESSAGES if m in names}

    # -- $batch --------------------------------------------------------------------------
    def execute_batch(self, operations: Sequence[BatchOperation], *,
                      continue_on_error: bool = False) -> list[BatchResult]:
        """Send operations in one ``$batch`` request, one attempt (like the bulk calls, the
        caller owns retries).

        By default they form one change set: all or nothing, like CreateMultiple. A failure
        raises the exception ``classify`` gives for the operation that failed, with its
        ``operation_index`` and ``content_id`` when the answer names it. With
        ``continue_on_error`` they go as separate requests with ``Prefer:
        odata.continue-on-error``: each succeeds or fails alone, and failures come back as
        ``BatchResult.error`` instead of being raised. At most 1,000 operations a batch.
        """
        if not operations:
            return []
        body, content_type = encode_batch(operations, self.base_url,
                                          change_set=not continue_on_error)
        headers = {"Content-Type": content_type}
        if continue_on_error:
            headers["Prefer"] = "odata.continue-on-error"
        response = self._request("POST", "$batch", content=body, headers=headers)
        multipart = response.headers.get("Content-Type", "").lower().startswith("multipart/")
        if not multipart:  # refused whole: throttled, unauthorised, malformed
            if response.status_code >= 400:
                raise self._error(response)
            raise DataverseError(f"$batch answered {response.status_code} without parts",
                                 status=response.status_code, request="POST $batch")
        items = parse_batch_response(response.content, response.headers["Content-Type"])
        if continue_on_error:
            return read_each(items, operations, self.base_url)
        return read_change_set(items, operations, self.base_url)

    # -- notes with files ----------------------------------------------------------------
    def upload_note(self, record: dict[str, Any], data: bytes, *,
                    max_plain_bytes: int = MAX_UPLOAD_FILE_BYTES,
                    block_size: int = NOTE_BLOCK_BYTES) -> str:
        """Create a note (annotation) with a file; return its id.

        A file whose Base64 text fits ``max_plain_bytes`` (``organization.maxuploadfilesize``,
        which limits the Base64 size) goes as ``documentbody`` in one POST. A larger one goes in
        blocks (``attachment-annotation-files.md``): ``InitializeAnnotationBlocksUpload`` with
        the note as ``Target`` (it must carry its own new ``annotationid``), ``UploadBlock`` per
        block of at most ``block_size`` bytes with a Base64 ``BlockId`` of equal length for
        every block, and ``CommitAnnotationBlocksUpload`` with the ``BlockList`` in file order.
        """
        text = base64.b64encode(data).decode("ascii")
        fields = {k: v for k, v in record.items() if k != "documentbody"}
        if len(text) <= max_plain_bytes:
            return self.create("annotations", {**fields, "documentbody": text})
        if block_size <= 0:
            raise ValueError("block_size must be positive")
        target = {**fields, "annotationid": fields.get("annotationid") or str(uuid.uuid4()),
                  "@odata.type": "Microsoft.Dynamics.CRM.annotation"}
        target.setdefault("mimetype", "application/octet-stream")
        started = self.send("POST", "InitializeAnnotationBlocksUpload", json={"Target": target})
        token = started.json()["FileContinuationToken"]
        block_ids: list[str] = []
        for offset in range(0, len(data), block_size):
            # a GUID's text: 36 bytes, so every BlockId has the same length, as required
            block_id = base64.b64encode(str(uuid.uuid4()).encode("ascii")).decode("ascii")
            block = base64.b64encode(data[offset:offset + block_size]).decode("ascii")
            self.send("POST", "UploadBlock", json={
                "BlockId": block_id, "BlockData": block, "FileContinuationToken": token})
            block_ids.append(block_id)
        committed = self.send("POST", "CommitAnnotationBlocksUpload", json={
            "Target": target, "BlockList": block_ids, "FileContinuationToken": token})
        body = committed.json() if committed.content else {}
        return str(body.get("AnnotationId") or target["annotationid"])

    # -- metadata ------------------------------------------------------------------------
    def who_am_i(self) -> dict[str, Any]:
        return self.send("GET", "WhoAmI").json()

    def entity_definition(self, table: str) -> dict[str, Any]:
        """Table metadata with attributes, many-to-one relationships and keys."""
        return self.send(
            "GET", f"EntityDefinitions(LogicalName='{table}')",
            params={"$expand": "Attributes,ManyToOneRelationships,Keys"},
        ).json()

    def create_attribute(self, table: str, definition: dict[str, Any]) -> None:
        self.send("POST", f"EntityDefinitions(LogicalName='{table}')/Attributes", json=definition)

    def create_key(self, table: str, schema_name: str, columns: list[str],
                   label: str | None = None) -> None:
        body = {
            "SchemaName": schema_name,
            "KeyAttributes": columns,
            "DisplayName": {"LocalizedLabels": [{"Label": label or schema_name,
                                                 "LanguageCode": 1033}]},
        }
        self.send("POST", f"EntityDefinitions(LogicalName='{table}')/Keys", json=body)

    def delete_attribute(self, table: str, column: str) -> None:
        """Delete a custom column (its key, if any, must be deleted first)."""
        self.send("DELETE", f"EntityDefinitions(LogicalName='{table}')/Attributes"
                            f"(LogicalName='{column}')")

    def delete_key(self, table: str, key: str) -> None:
        """Delete an alternate key by its logical name."""
        self.send("DELETE", f"EntityDefinitions(LogicalName='{table}')/Keys(LogicalName='{key}')")


def entity_id_from_header(value: str) -> str:
    """``.../accounts(0000-...)`` -> the guid."""
    if "(" not in value:
        raise DataverseError(f"no record id in OData-EntityId header {value!r}")
    return value[value.rindex("(") + 1 : value.rindex(")")]
