"""Thin WSGI handlers: parse the HTTP request, call the backend, shape the OData response.

All wire errors are ``DataverseError`` subclasses turned into JSON by ``exceptions.render``;
service protection, simulated latency and injected faults wrap every API request here.
"""

from __future__ import annotations

import json
import random
import re
import socket
import threading
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlencode

from werkzeug.exceptions import ClientDisconnected
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response

from . import exceptions as ex
from .batch import ChangeSet, Part, PartResponse, build_batch_response, parse_batch
from .limits import Limits, Protection
from .metadata import LOOKUP_TYPES, Table
from .models import Backend
from .odata import (
    GUID_RE,
    apply_aliases,
    parse_expand,
    parse_key,
    parse_orderby,
    parse_prefer,
    parse_select,
    split_path,
)

API_PREFIX = "/api/data/v9.2"
JSON_TYPE = "application/json; odata.metadata=minimal"
BULK_ACTIONS = {"Microsoft.Dynamics.CRM.CreateMultiple", "Microsoft.Dynamics.CRM.UpdateMultiple",
                "Microsoft.Dynamics.CRM.UpsertMultiple"}
REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request",
           401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
           412: "Precondition Failed", 429: "Too Many Requests", 500: "Internal Server Error",
           503: "Service Unavailable"}
_COOKIE_RE = re.compile(r'pagingcookie="(\d+)"')
# Unbound actions for note files in blocks (PAD attachment-annotation-files.md).
BLOCK_ACTIONS = {"InitializeAnnotationBlocksUpload", "UploadBlock", "CommitAnnotationBlocksUpload",
                 "InitializeAnnotationBlocksDownload", "DownloadBlock"}
SDK_MESSAGE_SETS = {"sdkmessagefilters": "sdkmessagefilterid", "sdkmessages": "sdkmessageid"}


class _ChangeSetFailed(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


class _DropConnection(Exception):
    """Simulated transient network failure: the server closes the socket."""


class EmulatorApp:
    """The WSGI application returned by ``create_app``."""

    def __init__(self, backend: Backend, *, token: str | None = None,
                 limits: Limits | None = None, seed: int = 0) -> None:
        self.backend = backend
        self.token = token
        self.limits = limits or backend.limits
        self.protection = Protection(self.limits)
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()

    # -- WSGI entry ------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        try:
            response = self.handle(request)
        except _DropConnection:
            sock = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                start_response("500 Internal Server Error", [("Connection", "close")])
                return [b""]
            response = self._error(ex.ServiceUnavailable())
        return response(environ, start_response)

    def handle(self, request: Request) -> Response:
        path = request.path
        if path.startswith("/_emulator/"):
            return self._emulator_endpoint(request, path[len("/_emulator/"):])
        if not (path == API_PREFIX or path.startswith(API_PREFIX + "/")):
            return self._error(ex.ResourceNotFound(path.strip("/").split("/")[0] or "/"))
        user = self._authenticate(request)
        if isinstance(user, Response):
            return user
        started = time.perf_counter()
        try:
            self.protection.admit(user)
        except ex.DataverseError as exc:
            return self._error(exc)
        exec_ms = 0.0
        try:
            try:
                self._maybe_fault()
            except ex.DataverseError as exc:
                return self._error(exc)
            self.backend.take_write_count()
            response = self.dispatch(request, path[len(API_PREFIX):].lstrip("/"))
            writes = self.backend.take_write_count()
            simulated = self.limits.latency_ms + self.limits.record_cost_ms * writes
            elapsed = (time.perf_counter() - started) * 1000
            if simulated > elapsed:
                time.sleep((simulated - elapsed) / 1000)
            exec_ms = max(elapsed, simulated)
        finally:
            self.protection.release(user, exec_ms)
        requests_left, time_left = self.protection.remaining(user)
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

    def _authenticate(self, request: Request) -> str | Response:
        header = request.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not value or \
                (self.token is not None and value != self.token):
            resp = self._error(ex.Unauthorized())
            resp.headers["WWW-Authenticate"] = (
                "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/"
                f"authorize, resource_id={request.host_url}")
            return resp
        return value

    # -- helpers ---------------------------------------------------------------------------
    def _base(self, request: Request) -> str:
        return request.host_url + API_PREFIX.lstrip("/") + "/"

    def _json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None
              ) -> Response:
        resp = Response(json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
                        status=status, content_type=JSON_TYPE)
        resp.headers["OData-Version"] = "4.0"
        resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    def _empty(self, status: int = 204, headers: dict[str, str] | None = None) -> Response:
        resp = Response(status=status)
        resp.headers["OData-Version"] = "4.0"
        resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    def _error(self, exc: ex.DataverseError) -> Response:
        status, headers, body = ex.render(exc)
        resp = Response(body, status=status)
        for k, v in headers.items():
            resp.headers[k] = v
        resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
        return resp

    def _body(self, request: Request) -> Any:
        try:
            raw = request.get_data(cache=True)
        except ClientDisconnected:
            raise ex.PayloadError("The request body could not be read.") from None
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ex.PayloadError(f"Error identified in Payload provided by the user: the "
                                  f"body is not valid JSON ({exc}).") from None

    @staticmethod
    def _prefer(request: Request) -> dict[str, str]:
        return parse_prefer(", ".join(request.headers.getlist("Prefer")))

    @staticmethod
    def _wants_annotations(prefer: dict[str, str]) -> bool:
        value = prefer.get("odata.include-annotations")
        return value is not None and ("*" in value or "FormattedValue" in value
                                      or "lookuplogicalname" in value)

    # -- emulator-only endpoints -----------------------------------------------------------
    def _emulator_endpoint(self, request: Request, name: str) -> Response:
        try:
            if name == "reset" and request.method == "POST":
                body = self._body(request) or {}
                self.backend.reset(keep_custom_metadata=bool(
                    isinstance(body, dict) and body.get("keep_custom_metadata")))
                self.protection = Protection(self.limits)
                return self._json({"reset": True, "tables": self.backend.stats()})
            if name == "stats" and request.method == "GET":
                return self._json(self.backend.stats())
            raise ex.ResourceNotFound(name)
        except ex.DataverseError as exc:
            return self._error(exc)

    # -- dispatch --------------------------------------------------------------------------
    def dispatch(self, request: Request, rel: str) -> Response:
        try:
            self.backend.refresh_metadata()
            return self._route(request, rel)
        except ex.DataverseError as exc:
            return self._error(exc)

    def _route(self, request: Request, rel: str) -> Response:
        method = request.method
        if rel == "":
            return self._service_document(request)
        if rel == "$batch":
            if method != "POST":
                raise ex.MethodNotAllowed(method, rel)
            return self._batch(request)
        if rel == "$metadata":
            return self._csdl(request)
        segs = split_path(rel)
        head, key_text = segs[0]
        if head == "WhoAmI":
            if method != "GET":
                raise ex.MethodNotAllowed(method, rel)
            body = {"@odata.context": self._base(request) +
                    "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
                    **self.backend.who_am_i()}
            return self._json(body)
        if head == "EntityDefinitions":
            return self._metadata(request, segs)
        if head in ("WinOpportunity", "LoseOpportunity") and len(segs) == 1:
            if method != "POST":
                raise ex.MethodNotAllowed(method, rel)
            self.backend.close_opportunity(head, self._body(request))
            return self._empty()
        if head in BLOCK_ACTIONS and len(segs) == 1 and key_text is None:
            if method != "POST":
                raise ex.MethodNotAllowed(method, rel)
            return self._block_action(request, head)
        if head in SDK_MESSAGE_SETS and len(segs) == 1:
            if method != "GET":
                raise ex.MethodNotAllowed(method, rel)
            return self._sdk_messages(request, head, key_text)
        if head == "CreateEntities" and method == "POST" and len(segs) == 1:
            body = self._body(request)
            entities = body.get("Entities") if isinstance(body, dict) else None
            if not isinstance(entities, list) or not entities:
                raise ex.PayloadError("CreateEntities needs a non-empty 'Entities' collection.")
            with self.backend.atomic():
                ids = [self.backend.create_table(e) for e in entities]
            return self._json({"@odata.context": self._base(request) +
                               "$metadata#Microsoft.Dynamics.CRM.CreateEntitiesResponse",
                               "EntityIds": ids})
        table = self.backend.table_for_set(head)
        if key_text is None:
            if len(segs) == 1:
                if method == "GET":
                    return self._retrieve_multiple(request, table)
                if method == "POST":
                    return self._create(request, table)
                raise ex.MethodNotAllowed(method, rel)
            action = segs[1][0]
            if len(segs) == 2 and action in BULK_ACTIONS and method == "POST":
                return self._bulk(request, table, action.rsplit(".", 1)[1])
            if len(segs) == 2 and action == "$count" and method == "GET":
                resp = Response(str(self.backend.count(table.entity_set)),
                                content_type="text/plain")
                resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
                return resp
            raise ex.ResourceNotFound(action)
        key = self._key(key_text)
        if len(segs) == 1:
            if method == "GET":
                return self._retrieve(request, table, key)
            if method == "PATCH":
                return self._patch(request, table, key)
            if method == "DELETE":
                self.backend.delete_record(table.entity_set, key)
                return self._empty()
            raise ex.MethodNotAllowed(method, rel)
        prop = segs[1][0]
        if len(segs) == 3 and segs[2][0] == "$ref":
            if method == "DELETE":
                self.backend.clear_lookup(table.entity_set, key, prop)
                return self._empty()
            if method == "PUT":
                body = self._body(request)
                self.backend.update_record(table.entity_set, key,
                                           {f"{prop}@odata.bind": body.get("@odata.id")},
                                           if_match="*")
                return self._empty()
            raise ex.MethodNotAllowed(method, rel)
        if len(segs) == 2:
            return self._property(request, table, key, prop)
        raise ex.ResourceNotFound(segs[-1][0])

    def _key(self, text: str) -> str | dict[str, Any]:
        try:
            return parse_key(text)
        except ex.DataverseError:
            raise
        except Exception:  # noqa: BLE001 - any parse failure is a bad key
            raise ex.QueryError(f"Bad key '{text}'.") from None

    def _service_document(self, request: Request) -> Response:
        base = self._base(request)
        value = [{"name": t.entity_set, "kind": "EntitySet", "url": t.entity_set}
                 for t in self.backend.catalog.tables.values()]
        value += [{"name": s, "kind": "EntitySet", "url": s} for s in SDK_MESSAGE_SETS]
        return self._json({"@odata.context": base + "$metadata", "value": value})

    def _csdl(self, request: Request) -> Response:
        """A small CSDL document: entity types with their structural properties."""
        edm = {"String": "Edm.String", "Memo": "Edm.String", "Integer": "Edm.Int32",
               "BigInt": "Edm.Int64", "Decimal": "Edm.Decimal", "Money": "Edm.Decimal",
               "Double": "Edm.Double", "DateTime": "Edm.DateTimeOffset",
               "Boolean": "Edm.Boolean", "Picklist": "Edm.Int32", "State": "Edm.Int32",
               "Status": "Edm.Int32", "Uniqueidentifier": "Edm.Guid", "Virtual": "Edm.String",
               "EntityName": "Edm.String"}
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
               '<edmx:DataServices><Schema Namespace="Microsoft.Dynamics.CRM" '
               'Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">']
        for t in self.backend.catalog.tables.values():
            out.append(f'<EntityType Name="{t.logical}"><Key><PropertyRef '
                       f'Name="{t.primary_id}"/></Key>')
            for a in t.attributes.values():
                if a.type in LOOKUP_TYPES:
                    out.append(f'<Property Name="_{a.logical}_value" Type="Edm.Guid"/>')
                elif a.type in edm:
                    out.append(f'<Property Name="{a.logical}" Type="{edm[a.type]}"/>')
            for nav in t.navigations.values():
                out.append(f'<NavigationProperty Name="{nav.name}" '
                           f'Type="mscrm.{nav.target}"/>')
            out.append("</EntityType>")
        out.append('<EntityContainer Name="System">')
        for t in self.backend.catalog.tables.values():
            out.append(f'<EntitySet Name="{t.entity_set}" EntityType="mscrm.{t.logical}"/>')
        out.append("</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>")
        resp = Response("".join(out), content_type="application/xml")
        resp.headers["OData-Version"] = "4.0"
        resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
        return resp

    # -- records ---------------------------------------------------------------------------
    def _entity_id(self, request: Request, table: Table, rid: str) -> str:
        return f"{self._base(request)}{table.entity_set}({rid})"

    def _refs(self, request: Request) -> dict[str, tuple[str, str]] | None:
        return request.environ.get("dataverse.refs")

    def _create(self, request: Request, table: Table) -> Response:
        body = self._body(request)
        prefer = self._prefer(request)
        rid = self.backend.create_record(table.entity_set, body, refs=self._refs(request))
        headers = {"OData-EntityId": self._entity_id(request, table, rid)}
        if "return" in prefer and prefer["return"] == "representation":
            select = parse_select(request.args.get("$select"))
            record = self.backend.retrieve_record(
                table.entity_set, rid, select=select,
                expand=parse_expand(request.args.get("$expand")),
                annotations=self._wants_annotations(prefer))
            payload = {"@odata.context": f"{self._base(request)}$metadata#{table.entity_set}"
                                         "/$entity", **record}
            headers["Preference-Applied"] = "return=representation"
            return self._json(payload, 201, headers)
        return self._empty(204, headers)

    def _patch(self, request: Request, table: Table, key: str | dict[str, Any]) -> Response:
        body = self._body(request)
        prefer = self._prefer(request)
        rid, _created = self.backend.update_record(
            table.entity_set, key, body, if_match=request.headers.get("If-Match"),
            if_none_match=request.headers.get("If-None-Match"), refs=self._refs(request))
        headers = {"OData-EntityId": self._entity_id(request, table, rid)}
        if prefer.get("return") == "representation":
            record = self.backend.retrieve_record(
                table.entity_set, rid, select=parse_select(request.args.get("$select")),
                annotations=self._wants_annotations(prefer))
            payload = {"@odata.context": f"{self._base(request)}$metadata#{table.entity_set}"
                                         "/$entity", **record}
            headers["Preference-Applied"] = "return=representation"
            return self._json(payload, 201 if _created else 200, headers)
        return self._empty(204, headers)

    def _retrieve(self, request: Request, table: Table, key: str | dict[str, Any]) -> Response:
        prefer = self._prefer(request)
        record = self.backend.retrieve_record(
            table.entity_set, key, select=parse_select(request.args.get("$select")),
            expand=parse_expand(request.args.get("$expand")),
            annotations=self._wants_annotations(prefer))
        payload = {"@odata.context": f"{self._base(request)}$metadata#{table.entity_set}"
                                     "/$entity", **record}
        etag_value = record.get("@odata.etag")
        headers = {"ETag": etag_value} if etag_value else {}
        if request.headers.get("If-None-Match") and \
                request.headers.get("If-None-Match") == etag_value:
            return self._empty(304)
        return self._json(payload, 200, headers)

    def _retrieve_multiple(self, request: Request, table: Table) -> Response:
        args = request.args
        for unsupported in ("$skip", "$apply", "$search", "fetchXml", "savedQuery", "userQuery"):
            if unsupported in args:
                raise ex.QueryError(f"The query parameter '{unsupported}' is not supported"
                                    + (" by Dataverse." if unsupported == "$skip" else
                                       " by the emulator."))
        prefer = self._prefer(request)
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
            page_size=page_size, offset=offset, annotations=self._wants_annotations(prefer))
        base = self._base(request)
        payload: dict[str, Any] = {"@odata.context": f"{base}$metadata#{table.entity_set}"}
        if count:
            payload["@odata.count"] = page.count
        payload["value"] = page.rows
        headers = {}
        applied = []
        if page_size:
            applied.append(f"odata.maxpagesize={page_size}")
        if self._wants_annotations(prefer):
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
        return self._json(payload, 200, headers)

    def _property(self, request: Request, table: Table, key: str | dict[str, Any],
                  prop: str) -> Response:
        method = request.method
        if prop in table.navigations and method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key,
                                                  expand=[(prop, dict(request.args))])
            value = record.get(prop)
            if value is None:
                return self._empty(204)
            return self._json(value)
        if prop in table.collections and method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key, select=[],
                                                  expand=[(prop, dict(request.args))])
            return self._json({"value": record.get(prop, [])})
        attr = table.by_selectable(prop)
        if attr is None:
            raise ex.PropertyNotFound(prop, table.logical)
        if method == "GET":
            record = self.backend.retrieve_record(table.entity_set, key, select=[prop])
            return self._json({"@odata.context": f"{self._base(request)}$metadata#"
                                                 f"{table.entity_set}({record[table.primary_id]})"
                                                 f"/{prop}", "value": record.get(prop)})
        if method == "PUT":
            body = self._body(request)
            self.backend.update_record(table.entity_set, key, {prop: body.get("value")},
                                       if_match="*")
            return self._empty()
        if method == "DELETE":
            self.backend.update_record(table.entity_set, key, {prop: None}, if_match="*")
            return self._empty()
        raise ex.MethodNotAllowed(method, prop)

    def _bulk(self, request: Request, table: Table, action: str) -> Response:
        self.backend.require_message(table, action)  # an unregistered message fails first
        body = self._body(request)
        base = self._base(request)
        if action == "CreateMultiple":
            ids = self.backend.create_multiple(table.entity_set, body)
            return self._json({"@odata.context": f"{base}$metadata#Microsoft.Dynamics.CRM."
                                                 "CreateMultipleResponse", "Ids": ids})
        if action == "UpdateMultiple":
            self.backend.update_multiple(table.entity_set, body)
            return self._empty()
        # The UpsertMultiple reference: "returns 204 NoContent. The UpsertMultipleResponse
        # complex type is not returned." Callers look ids up by their key.
        self.backend.upsert_multiple(table.entity_set, body)
        return self._empty()

    # -- note files in blocks -------------------------------------------------------------
    def _block_action(self, request: Request, action: str) -> Response:
        """The five block actions; response shapes follow attachment-annotation-files.md."""
        body = self._body(request)
        context = f"{self._base(request)}$metadata#Microsoft.Dynamics.CRM.{action}Response"
        if action == "InitializeAnnotationBlocksUpload":
            token = self.backend.initialize_annotation_blocks_upload(body)
            return self._json({"@odata.context": context, "FileContinuationToken": token})
        if action == "UploadBlock":
            self.backend.upload_block(body)
            return self._empty()
        if action == "CommitAnnotationBlocksUpload":
            aid, size = self.backend.commit_annotation_blocks_upload(body)
            return self._json({"@odata.context": context, "AnnotationId": aid,
                               "FileSizeInBytes": size})
        if action == "InitializeAnnotationBlocksDownload":
            info = self.backend.initialize_annotation_blocks_download(body)
            return self._json({"@odata.context": context, **info})
        data = self.backend.download_block(body)
        return self._json({"@odata.context": context, "Data": data})

    # -- sdkmessagefilters / sdkmessages ---------------------------------------------------
    def _sdk_messages(self, request: Request, entity_set: str, key_text: str | None
                      ) -> Response:
        """Read-only message registrations: how a client learns which bulk messages exist."""
        args = request.args
        select = parse_select(args.get("$select"))
        filter_text = args.get("$filter")
        if filter_text:
            filter_text = apply_aliases(filter_text, args)
        if key_text is not None:
            key = self._key(key_text)
            if not isinstance(key, str) or not GUID_RE.match(key):
                raise ex.QueryError(f"Bad key '{key_text}'.")
            filter_text = f"{SDK_MESSAGE_SETS[entity_set]} eq {key}"
        top = None
        if "$top" in args:
            try:
                top = max(0, int(args["$top"]))
            except ValueError:
                raise ex.QueryError(f"Invalid value '{args['$top']}' for $top.") from None
        rows = self.backend.retrieve_sdk_messages(
            entity_set, select=select, filter=filter_text,
            orderby=parse_orderby(args.get("$orderby")), top=top, expand=args.get("$expand"))
        context = f"{self._base(request)}$metadata#{entity_set}"
        if select:
            context += f"({','.join(select)})"
        if key_text is not None:
            if not rows:
                raise ex.ObjectDoesNotExist(entity_set[:-1], str(key_text))
            return self._json({"@odata.context": context + "/$entity", **rows[0]})
        payload: dict[str, Any] = {"@odata.context": context}
        if str(args.get("$count", "")).lower() == "true":
            payload["@odata.count"] = len(rows)
        payload["value"] = rows
        return self._json(payload)

    # -- metadata --------------------------------------------------------------------------
    def _metadata(self, request: Request, segs: list[tuple[str, str | None]]) -> Response:
        from .metadata_views import MetadataViews

        return MetadataViews(self, request).handle(segs)

    # -- $batch ----------------------------------------------------------------------------
    def _batch(self, request: Request) -> Response:
        items = parse_batch(request.get_data(), request.headers.get("Content-Type", ""))
        total = sum(len(i.parts) if isinstance(i, ChangeSet) else 1 for i in items)
        if total > self.limits.max_batch_requests:
            raise ex.BatchError(f"The number of requests in the batch ({total}) exceeds the "
                                f"limit of {self.limits.max_batch_requests}.")
        user = self._authenticate(request)
        if isinstance(user, str) and total > 1:
            self.protection.add_requests(user, total - 1)
        continue_on_error = "odata.continue-on-error" in self._prefer(request)
        outer_headers = {k: v for k, v in request.headers.items()
                         if k.lower() in ("authorization", "prefer")}
        results: list[PartResponse | list[PartResponse]] = []
        refs: dict[str, tuple[str, str]] = {}
        # "When an error occurs for a request within a batch, the error for that request will
        # be returned for the batch request" (execute-batch-operations-using-web-api.md): the
        # batch answers with the failing request's status unless continue-on-error was asked
        status = 200
        for item in items:
            if isinstance(item, ChangeSet):
                responses: list[PartResponse] = []
                try:
                    with self.backend.atomic():
                        for part in item.parts:
                            resp = self._run_part(request, part, outer_headers, refs)
                            if resp.status_code >= 400:
                                raise _ChangeSetFailed(resp)
                            responses.append(_part_response(resp, part.content_id))
                except _ChangeSetFailed as failed:
                    for part in item.parts:
                        if part.content_id:
                            refs.pop(part.content_id, None)
                    results.append(_part_response(failed.response, None))
                    if not continue_on_error:
                        status = failed.response.status_code
                        break
                    continue
                results.append(responses)
            else:
                resp = self._run_part(request, item, outer_headers, refs)
                results.append(_part_response(resp, item.content_id))
                if resp.status_code >= 400 and not continue_on_error:
                    status = resp.status_code
                    break
        body, ctype = build_batch_response(results)
        resp = Response(body, status=status, content_type=ctype)
        resp.headers["OData-Version"] = "4.0"
        resp.headers["x-ms-dop-hint"] = str(self.limits.dop_hint)
        return resp

    def _run_part(self, request: Request, part: Part, outer_headers: dict[str, str],
                  refs: dict[str, tuple[str, str]]) -> Response:
        url = part.url
        if url.startswith("$"):
            ref, _, rest = url[1:].partition("/")
            if ref not in refs:
                return self._error(ex.BatchError(f"Content-ID reference '${ref}' was not "
                                                 "found."))
            entity, rid = refs[ref]
            table = self.backend.table(entity)
            url = f"{table.entity_set}({rid})" + (f"/{rest}" if rest else "")
        if "://" in url:
            url = url.split("://", 1)[1]
            url = url[url.find("/"):] if "/" in url else "/"
        if not url.startswith("/"):
            url = f"{API_PREFIX}/{url}"
        path, _, query = url.partition("?")
        headers = {**outer_headers, **part.headers}
        builder = EnvironBuilder(path=path, query_string=query, method=part.method,
                                 headers=headers, data=part.body,
                                 base_url=request.host_url)
        environ = builder.get_environ()
        environ["dataverse.refs"] = refs
        sub = Request(environ)
        resp = self.dispatch(sub, path[len(API_PREFIX):].lstrip("/"))
        if part.content_id and resp.status_code < 400:
            entity_id = resp.headers.get("OData-EntityId")
            if entity_id:
                m = re.search(r"/([A-Za-z0-9_]+)\(([0-9a-fA-F-]{36})\)$", entity_id)
                if m:
                    table = self.backend.table_for_set(m.group(1))
                    refs[part.content_id] = (table.logical, m.group(2))
        return resp


def _part_response(resp: Response, content_id: str | None) -> PartResponse:
    headers = {k: v for k, v in resp.headers.items()
               if k.lower() not in ("content-length", "x-ms-dop-hint")}
    return PartResponse(resp.status_code, REASONS.get(resp.status_code, "OK"), headers,
                        resp.get_data(), content_id)
