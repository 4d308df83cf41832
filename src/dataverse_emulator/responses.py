"""Thin WSGI handlers: parse the HTTP request, call the backend, shape the OData response.

Requests are routed by the table in ``urls.py``; responses are built by ``wire.Wire``. All
wire errors are ``DataverseError`` subclasses turned into JSON by ``exceptions.render``;
service protection, simulated latency and injected faults wrap every API request here.
"""

from __future__ import annotations

import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, urlencode

from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from . import urls
from .actions import ActionViews
from .batch_views import REASONS, BatchViews
from .identity import (
    IDENTITY_KEY,
    Bypass,
    Identities,
    Identity,
    RequestLog,
    check_bypass,
    parse_bypass,
)
from .limits import Limits, Protection
from .metadata import Table
from .metadata_views import MetadataViews, csdl_document
from .models import Backend
from .odata import (
    apply_aliases,
    parse_expand,
    parse_key,
    parse_orderby,
    parse_select,
    split_path,
)
from .urls import BLOCK_ACTIONS, BULK_ACTIONS, SDK_MESSAGE_SETS, Call, EntityCall, Route
from .wire import API_PREFIX, JSON_TYPE, Wire, base_url, preferences, read_body, wants_annotations

__all__ = ["EmulatorApp", "API_PREFIX", "JSON_TYPE", "BULK_ACTIONS", "BLOCK_ACTIONS",
           "SDK_MESSAGE_SETS", "REASONS"]

_COOKIE_RE = re.compile(r'pagingcookie="(\d+)"')
# A server that can close a connection without replying puts a callable under this key
# (``server.py``); it raises, and the server drops the socket.
DROP_KEY = "dataverse_emulator.drop_connection"


class _DropConnection(Exception):
    """Simulated transient network failure: the server closes the socket."""


class EmulatorApp(BatchViews, ActionViews):
    """The WSGI application returned by ``create_app``."""

    def __init__(self, backend: Backend, *, token: str | None = None,
                 limits: Limits | None = None, seed: int = 0,
                 identities: Identities | None = None) -> None:
        self.backend = backend
        self.identities = identities or Identities(token=token)
        self.limits = limits or backend.limits
        self.protection = Protection(self.limits)
        self.request_log = RequestLog()
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self.wire = Wire(self.limits.dop_hint)

    # -- WSGI entry ------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        try:
            response = self.handle(request)
        except _DropConnection:
            drop = environ.get(DROP_KEY)
            if drop is not None:
                drop()  # raises: the server closes the connection without a reply
            sock = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                start_response("500 Internal Server Error", [("Connection", "close")])
                return [b""]
            response = self.wire.error(ex.ServiceUnavailable())
        return response(environ, start_response)

    def handle(self, request: Request) -> Response:
        path = request.path
        if path.startswith("/_emulator/"):
            return self._emulator_endpoint(request, path[len("/_emulator/"):])
        if not (path == API_PREFIX or path.startswith(API_PREFIX + "/")):
            return self.wire.error(ex.ResourceNotFound(path.strip("/").split("/")[0] or "/"))
        user = self._authenticate(request)
        if isinstance(user, Response):
            return user
        request.environ[IDENTITY_KEY] = user
        started = time.perf_counter()
        try:
            self.protection.admit(user.meter_key)
        except ex.DataverseError as exc:
            self.request_log.throttled(user)
            return self.wire.error(exc)
        exec_ms = 0.0
        try:
            try:
                self._maybe_fault()
            except ex.DataverseError as exc:
                return self.wire.error(exc)
            self.backend.take_write_count()
            with self.backend.acting_as(user.user_id):
                response = self.dispatch(request, path[len(API_PREFIX):].lstrip("/"))
            writes = self.backend.take_write_count()
            self._maybe_drop_reply(request, response)
            simulated = self.limits.latency_ms + self.limits.record_cost_ms * writes
            elapsed = (time.perf_counter() - started) * 1000
            if simulated > elapsed:
                time.sleep((simulated - elapsed) / 1000)
            exec_ms = max(elapsed, simulated)
            self.request_log.charged(user, writes, exec_ms)
        finally:
            self.protection.release(user.meter_key, exec_ms)
        requests_left, time_left = self.protection.remaining(user.meter_key)
        response.headers["x-ms-ratelimit-burst-remaining-xrm-requests"] = str(requests_left)
        response.headers["x-ms-ratelimit-time-remaining-xrm-requests"] = f"{time_left:.2f}"
        return response

    def _maybe_fault(self) -> None:
        rate = self.limits.fault_rate
        if rate <= 0:
            return
        with self._rng_lock:
            hit = self._rng.random() < rate
            drop = self._rng.random() < 0.5
        if hit:
            if drop:
                raise _DropConnection()
            raise ex.ServiceUnavailable()

    def _maybe_drop_reply(self, request: Request, response: Response) -> None:
        """``Limits.drop_after_commit_rate``: the work of a write is done and committed, then
        the reply is lost (the socket closes; in-process a 503), as when a connection breaks
        after the server committed. A client that retries must not write twice."""
        rate = self.limits.drop_after_commit_rate
        if rate <= 0 or request.method in ("GET", "HEAD", "OPTIONS") or \
                response.status_code >= 400:
            return
        with self._rng_lock:
            hit = self._rng.random() < rate
        if hit:
            raise _DropConnection()

    def _authenticate(self, request: Request) -> Identity | Response:
        identity = self.identities.authenticate(request.headers.get("Authorization", ""))
        if identity is None:
            resp = self.wire.error(ex.Unauthorized())
            resp.headers["WWW-Authenticate"] = (
                "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/"
                f"authorize, resource_id={request.host_url}")
            return resp
        return identity

    # -- routing ---------------------------------------------------------------------------
    def _handler(self, routes: list[Route], method: str, text: str
                 ) -> Callable[[Request, Any], Response] | None:
        found = urls.find(routes, method, text)
        return None if found is None else getattr(self, found.handler)

    def _emulator_endpoint(self, request: Request, name: str) -> Response:
        try:
            handler = self._handler(urls.EMULATOR_ROUTES, request.method, name)
            if handler is None:
                raise ex.ResourceNotFound(name)
            return handler(request, Call(name, []))
        except ex.DataverseError as exc:
            return self.wire.error(exc)

    def dispatch(self, request: Request, rel: str, *, batch_part: bool = False) -> Response:
        """Route one request (or one part of a ``$batch``) as the caller ``handle`` found;
        the bypass headers are checked against the caller's privileges and recorded."""
        identity: Identity | None = request.environ.get(IDENTITY_KEY)
        bypass = Bypass()
        try:
            bypass = parse_bypass(request.headers)
            if identity is not None:
                check_bypass(identity, bypass)
            self.backend.refresh_metadata()
            response = self._route(request, rel)
        except ex.DataverseError as exc:
            response = self.wire.error(exc)
        if identity is not None:
            self.request_log.record(identity, request.method, rel, bypass,
                                    response.status_code, batch_part=batch_part)
        return response

    def _route(self, request: Request, rel: str) -> Response:
        """The first route of ``urls`` that matches; see there for the order and the shapes."""
        method = request.method
        handler = self._handler(urls.ROOT_ROUTES, method, rel)
        if handler is not None:
            return handler(request, Call(rel, []))
        segs = split_path(rel)
        shape = urls.path_shape(segs)
        handler = self._handler(urls.SERVICE_ROUTES, method, shape)
        if handler is not None:
            return handler(request, Call(rel, segs))
        head, key_text = segs[0]
        table = self.backend.table_for_set(head)
        key = None if key_text is None else self._key(key_text)
        handler = self._handler(urls.ENTITY_ROUTES, method, shape)
        if handler is None:  # not reached: ENTITY_ROUTES ends with catch-alls
            raise ex.ResourceNotFound(segs[-1][0])
        return handler(request, EntityCall(rel, segs, table, key))

    def _key(self, text: str) -> str | dict[str, Any]:
        try:
            return parse_key(text)
        except ex.DataverseError:
            raise
        except Exception:  # noqa: BLE001 - any parse failure is a bad key
            raise ex.QueryError(f"Bad key '{text}'.") from None

    # -- handlers of the route table -------------------------------------------------------
    def _method_not_allowed(self, request: Request, call: Call) -> Response:
        raise ex.MethodNotAllowed(request.method, call.rel)

    def _second_segment_not_found(self, request: Request, call: Call) -> Response:
        raise ex.ResourceNotFound(call.segs[1][0])

    def _last_segment_not_found(self, request: Request, call: Call) -> Response:
        raise ex.ResourceNotFound(call.segs[-1][0])

    def _reset(self, request: Request, call: Call) -> Response:
        body = read_body(request) or {}
        self.backend.reset(keep_custom_metadata=bool(
            isinstance(body, dict) and body.get("keep_custom_metadata")))
        self.protection = Protection(self.limits)
        self.request_log = RequestLog()
        return self.wire.json({"reset": True, "tables": self.backend.stats()})

    def _stats(self, request: Request, call: Call) -> Response:
        return self.wire.json(self.backend.stats())

    def _requests(self, request: Request, call: Call) -> Response:
        """Per user counters and the recent requests with the bypass headers they carried."""
        return self.wire.json(self.request_log.snapshot())

    def _who_am_i(self, request: Request, call: Call) -> Response:
        body = {"@odata.context": base_url(request) +
                "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
                **self.backend.who_am_i()}
        return self.wire.json(body)

    def _create_entities(self, request: Request, call: Call) -> Response:
        body = read_body(request)
        entities = body.get("Entities") if isinstance(body, dict) else None
        if not isinstance(entities, list) or not entities:
            raise ex.PayloadError("CreateEntities needs a non-empty 'Entities' collection.")
        with self.backend.atomic():
            ids = [self.backend.create_table(e) for e in entities]
        return self.wire.json({"@odata.context": base_url(request) +
                               "$metadata#Microsoft.Dynamics.CRM.CreateEntitiesResponse",
                               "EntityIds": ids})

    def _count(self, request: Request, call: EntityCall) -> Response:
        return self.wire.response(str(self.backend.count(call.table.entity_set)),
                                  content_type="text/plain", odata=False)

    def _delete(self, request: Request, call: EntityCall) -> Response:
        self.backend.delete_record(call.table.entity_set, call.key)
        return self.wire.empty()

    def _delete_ref(self, request: Request, call: EntityCall) -> Response:
        self.backend.clear_lookup(call.table.entity_set, call.key, call.segs[1][0])
        return self.wire.empty()

    def _put_ref(self, request: Request, call: EntityCall) -> Response:
        body = read_body(request)
        self.backend.update_record(call.table.entity_set, call.key,
                                   {f"{call.segs[1][0]}@odata.bind": body.get("@odata.id")},
                                   if_match="*")
        return self.wire.empty()

    def _service_document(self, request: Request, call: Call) -> Response:
        base = base_url(request)
        value = [{"name": t.entity_set, "kind": "EntitySet", "url": t.entity_set}
                 for t in self.backend.catalog.tables.values()]
        value += [{"name": s, "kind": "EntitySet", "url": s}
                  for s in (*SDK_MESSAGE_SETS, "organizations")]
        return self.wire.json({"@odata.context": base + "$metadata", "value": value})

    def _csdl(self, request: Request, call: Call) -> Response:
        return self.wire.response(csdl_document(self.backend.catalog),
                                  content_type="application/xml")

    # -- records ---------------------------------------------------------------------------
    def _entity_id(self, request: Request, table: Table, rid: str) -> str:
        return f"{base_url(request)}{table.entity_set}({rid})"

    def _refs(self, request: Request) -> dict[str, tuple[str, str]] | None:
        return request.environ.get("dataverse.refs")

    def _entity(self, request: Request, table: Table, key: str | dict[str, Any],
                prefer: dict[str, str], *, expand: bool = True) -> dict[str, Any]:
        """One record as the body of a response: ``$select``, ``$expand`` (unless not
        ``expand``: a PATCH ignores it) and the annotations ``Prefer`` asks for."""
        record = self.backend.retrieve_record(
            table.entity_set, key, select=parse_select(request.args.get("$select")),
            expand=parse_expand(request.args.get("$expand")) if expand else None,
            annotations=wants_annotations(prefer))
        return {"@odata.context": f"{base_url(request)}$metadata#{table.entity_set}/$entity",
                **record}

    def _create(self, request: Request, call: EntityCall) -> Response:
        table = call.table
        body = read_body(request)
        prefer = preferences(request)
        rid = self.backend.create_record(table.entity_set, body, refs=self._refs(request))
        headers = {"OData-EntityId": self._entity_id(request, table, rid)}
        if prefer.get("return") == "representation":
            headers["Preference-Applied"] = "return=representation"
            return self.wire.json(self._entity(request, table, rid, prefer), 201, headers)
        return self.wire.empty(204, headers)

    def _patch(self, request: Request, call: EntityCall) -> Response:
        table, key = call.table, call.key
        body = read_body(request)
        prefer = preferences(request)
        rid, _created = self.backend.update_record(
            table.entity_set, key, body, if_match=request.headers.get("If-Match"),
            if_none_match=request.headers.get("If-None-Match"), refs=self._refs(request))
        headers = {"OData-EntityId": self._entity_id(request, table, rid)}
        if prefer.get("return") == "representation":
            headers["Preference-Applied"] = "return=representation"
            payload = self._entity(request, table, rid, prefer, expand=False)
            return self.wire.json(payload, 201 if _created else 200, headers)
        return self.wire.empty(204, headers)

    def _retrieve(self, request: Request, call: EntityCall) -> Response:
        table, key = call.table, call.key
        payload = self._entity(request, table, key, preferences(request))
        etag_value = payload.get("@odata.etag")
        headers = {"ETag": etag_value} if etag_value else {}
        if request.headers.get("If-None-Match") and \
                request.headers.get("If-None-Match") == etag_value:
            return self.wire.empty(304)
        return self.wire.json(payload, 200, headers)

    def _retrieve_multiple(self, request: Request, call: EntityCall) -> Response:
        table = call.table
        args = request.args
        for unsupported in ("$skip", "$apply", "$search", "fetchXml", "savedQuery", "userQuery"):
            if unsupported in args:
                raise ex.QueryError(f"The query parameter '{unsupported}' is not supported"
                                    + (" by Dataverse." if unsupported == "$skip" else
                                       " by the emulator."))
        prefer = preferences(request)
        page_size = None
        if "odata.maxpagesize" in prefer:
            try:
                page_size = max(1, int(prefer["odata.maxpagesize"]))
            except ValueError:
                raise ex.QueryError("odata.maxpagesize must be an integer.") from None
        top = None
        if "$top" in args:
            try:
                top = int(args["$top"])
            except ValueError:
                raise ex.QueryError(f"Invalid value '{args['$top']}' for $top.") from None
            if top < 0:
                raise ex.QueryError("$top must not be negative.")
        offset = 0
        token = args.get("$skiptoken")
        if token:
            m = _COOKIE_RE.search(token)
            if not m:
                raise ex.QueryError("The $skiptoken is not valid.")
            offset = int(m.group(1))
        count = str(args.get("$count", "")).lower() == "true"
        filter_text = args.get("$filter")
        if filter_text:
            filter_text = apply_aliases(filter_text, args)
        page = self.backend.retrieve_multiple(
            table.entity_set, select=parse_select(args.get("$select")),
            filter=filter_text, orderby=parse_orderby(args.get("$orderby")),
            top=top, count=count, expand=parse_expand(args.get("$expand")),
            page_size=page_size, offset=offset, annotations=wants_annotations(prefer))
        base = base_url(request)
        payload: dict[str, Any] = {"@odata.context": f"{base}$metadata#{table.entity_set}"}
        if count:
            payload["@odata.count"] = page.count
        payload["value"] = page.rows
        headers = {}
        applied = []
        if page_size:
            applied.append(f"odata.maxpagesize={page_size}")
        if wants_annotations(prefer):
            applied.append(f'odata.include-annotations="{prefer["odata.include-annotations"]}"')
        if applied:
            headers["Preference-Applied"] = ",".join(applied)
        if page.next_offset is not None:
            params = [(k, v) for k, v in args.items(multi=True) if k != "$skiptoken"]
            page_number = (page.next_offset // max(1, len(page.rows))) + 1 if page.rows else 2
            cookie = (f'<cookie pagenumber="{page_number}" pagingcookie="{page.next_offset}" '
                      'istracking="False" />')
            params.append(("$skiptoken", cookie))
            payload["@odata.nextLink"] = f"{base}{table.entity_set}?" + urlencode(
                params, quote_via=quote, safe="$,'()=")
        return self.wire.json(payload, 200, headers)

    def _property(self, request: Request, call: EntityCall) -> Response:
        table, key, prop = call.table, call.key, call.segs[1][0]
        method = request.method
        if prop in table.navigations and method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key,
                                                  expand=[(prop, dict(request.args))])
            value = record.get(prop)
            if value is None:
                return self.wire.empty(204)
            return self.wire.json(value)
        if prop in table.collections and method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key, select=[],
                                                  expand=[(prop, dict(request.args))])
            return self.wire.json({"value": record.get(prop, [])})
        attr = table.by_selectable(prop)
        if attr is None:
            raise ex.PropertyNotFound(prop, table.logical)
        if method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key, select=[prop])
            context = (f"{base_url(request)}$metadata#{table.entity_set}"
                       f"({record[table.primary_id]})/{prop}")
            return self.wire.json({"@odata.context": context, "value": record.get(prop)})
        if method == "PUT":
            body = read_body(request)
            self.backend.update_record(table.entity_set, key, {prop: body.get("value")},
                                       if_match="*")
            return self.wire.empty()
        if method == "DELETE":
            self.backend.update_record(table.entity_set, key, {prop: None}, if_match="*")
            return self.wire.empty()
        raise ex.MethodNotAllowed(method, prop)

    def _bulk(self, request: Request, call: EntityCall) -> Response:
        table, action = call.table, call.segs[1][0].rsplit(".", 1)[1]
        self.backend.require_message(table, action)  # an unregistered message fails first
        body = read_body(request)
        base = base_url(request)
        if action == "CreateMultiple":
            ids = self.backend.create_multiple(table.entity_set, body)
            return self.wire.json({"@odata.context": f"{base}$metadata#Microsoft.Dynamics.CRM."
                                                      "CreateMultipleResponse", "Ids": ids})
        if action == "UpdateMultiple":
            self.backend.update_multiple(table.entity_set, body)
            return self.wire.empty()
        # The UpsertMultiple reference: "returns 204 NoContent. The UpsertMultipleResponse
        # complex type is not returned." Callers look ids up by their key.
        self.backend.upsert_multiple(table.entity_set, body)
        return self.wire.empty()

    # -- metadata --------------------------------------------------------------------------
    def _metadata(self, request: Request, call: Call) -> Response:
        return MetadataViews(self.backend, self.wire, request).handle(call.segs)

# A misspelt handler name in urls.py fails at import, not on the first request that hits it.
_unknown = [r.handler for r in urls.ALL_ROUTES
            if not callable(getattr(EmulatorApp, r.handler, None))]
if _unknown:
    raise ImportError(f"urls.py names handlers EmulatorApp does not have: {_unknown}")
