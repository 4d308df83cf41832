"""The route table of the Web API, as moto's ``urls.py``: (methods, pattern, handler name).

A request goes to the first route whose pattern matches and whose methods include its
method. A resource that answers 405 to other methods ends with a ``_method_not_allowed``
route for any method; one without (``CreateEntities``, ``$count``, the bulk actions) lets
other methods fall through to the routes below it.

``ROOT_ROUTES`` match the raw path below ``/api/data/v9.2/``. The others match the path's
*shape*: its segments (``odata.split_path``) joined by ``/``, each name with ``%``, ``/``,
``(`` and ``)`` percent-encoded and a key written as ``()`` whatever its text, so
``accounts(name='a/b')/primarycontactid`` has the shape ``accounts()/primarycontactid``.
``SERVICE_ROUTES`` are tried first; then the entity set named by the first segment is looked
up (an unknown one is a 404 whatever the method) and its key parsed, and ``ENTITY_ROUTES``
are tried. ``EMULATOR_ROUTES`` match the name below ``/_emulator/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .metadata import Table

ANY = None


@dataclass
class Call:
    """What routing learnt about a request's path: the relative path and its segments."""

    rel: str
    segs: list[tuple[str, str | None]]


@dataclass
class EntityCall(Call):
    """A path below an entity set: the table and the parsed key of its first segment."""

    table: Table
    key: str | dict[str, Any] | None


@dataclass(frozen=True)
class Route:
    methods: frozenset[str] | None  # None: any method
    pattern: re.Pattern[str]
    handler: str  # the name of an ``EmulatorApp`` method taking (request, Call)

    def matches(self, method: str, text: str) -> bool:
        return (self.methods is None or method in self.methods) and \
            self.pattern.fullmatch(text) is not None


def route(methods: str | None, pattern: str, handler: str) -> Route:
    """``route("GET PATCH", r"...", "_handler")``; ``methods`` ``ANY`` for every method."""
    return Route(None if methods is None else frozenset(methods.split()),
                 re.compile(pattern, re.DOTALL), handler)


def find(routes: list[Route], method: str, text: str) -> Route | None:
    return next((r for r in routes if r.matches(method, text)), None)


def path_shape(segs: list[tuple[str, str | None]]) -> str:
    """The text ``SERVICE_ROUTES`` and ``ENTITY_ROUTES`` match (see the module docstring)."""
    return "/".join(_escape(name) + ("()" if key is not None else "") for name, key in segs)


def _escape(name: str) -> str:
    return name.replace("%", "%25").replace("/", "%2F").replace("(", "%28").replace(")", "%29")


def _alternatives(names: list[str] | set[str]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(names)) + ")"


BULK_ACTIONS = {"Microsoft.Dynamics.CRM.CreateMultiple", "Microsoft.Dynamics.CRM.UpdateMultiple",
                "Microsoft.Dynamics.CRM.UpsertMultiple"}
# Unbound actions for note files in blocks (PAD attachment-annotation-files.md).
BLOCK_ACTIONS = {"InitializeAnnotationBlocksUpload", "UploadBlock", "CommitAnnotationBlocksUpload",
                 "InitializeAnnotationBlocksDownload", "DownloadBlock"}
SDK_MESSAGE_SETS = {"sdkmessagefilters": "sdkmessagefilterid", "sdkmessages": "sdkmessageid"}

_KEY = r"(?:\(\))?"  # an optional key on a segment: its text is not part of the shape
_SET = r"[^/()]+"  # an entity set name (or any other segment name)
_SEGMENT = r"[^/]+"  # any one segment, with or without a key

ROOT_ROUTES = [
    route(ANY, r"", "_service_document"),
    route("POST", r"\$batch", "_batch"),
    route(ANY, r"\$batch", "_method_not_allowed"),
    route(ANY, r"\$metadata", "_csdl"),
]

SERVICE_ROUTES = [
    route("GET", rf"WhoAmI{_KEY}(?:/.*)?", "_who_am_i"),
    route(ANY, rf"WhoAmI{_KEY}(?:/.*)?", "_method_not_allowed"),
    route(ANY, rf"EntityDefinitions{_KEY}(?:/.*)?", "_metadata"),
    route("POST", rf"(?:WinOpportunity|LoseOpportunity){_KEY}", "_close_opportunity"),
    route(ANY, rf"(?:WinOpportunity|LoseOpportunity){_KEY}", "_method_not_allowed"),
    route("POST", rf"(?:FulfillSalesOrder|CancelSalesOrder){_KEY}", "_close_salesorder"),
    route(ANY, rf"(?:FulfillSalesOrder|CancelSalesOrder){_KEY}", "_method_not_allowed"),
    route("POST", rf"(?:WinQuote|CloseQuote){_KEY}", "_close_quote"),
    route(ANY, rf"(?:WinQuote|CloseQuote){_KEY}", "_method_not_allowed"),
    route("POST", rf"CloseIncident{_KEY}", "_close_incident"),
    route(ANY, rf"CloseIncident{_KEY}", "_method_not_allowed"),
    route("GET", rf"organizations{_KEY}", "_organizations"),
    route(ANY, rf"organizations{_KEY}(?:/.*)?", "_method_not_allowed"),
    route("POST", _alternatives(BLOCK_ACTIONS), "_block_action"),
    route(ANY, _alternatives(BLOCK_ACTIONS), "_method_not_allowed"),
    route("GET", _alternatives(set(SDK_MESSAGE_SETS)) + _KEY, "_sdk_messages"),
    route(ANY, _alternatives(set(SDK_MESSAGE_SETS)) + _KEY, "_method_not_allowed"),
    route("POST", rf"CreateEntities{_KEY}", "_create_entities"),
]

ENTITY_ROUTES = [
    # <set>
    route("GET", _SET, "_retrieve_multiple"),
    route("POST", _SET, "_create"),
    route(ANY, _SET, "_method_not_allowed"),
    # <set>/<bound action or $count>
    route("POST", rf"{_SET}/{_alternatives(BULK_ACTIONS)}{_KEY}", "_bulk"),
    route("GET", rf"{_SET}/\$count{_KEY}", "_count"),
    route(ANY, rf"{_SET}/.+", "_second_segment_not_found"),
    # <set>(<key>)
    route("GET", rf"{_SET}\(\)", "_retrieve"),
    route("PATCH", rf"{_SET}\(\)", "_patch"),
    route("DELETE", rf"{_SET}\(\)", "_delete"),
    route(ANY, rf"{_SET}\(\)", "_method_not_allowed"),
    # <set>(<key>)/<single-valued navigation>/$ref
    route("DELETE", rf"{_SET}\(\)/{_SEGMENT}/\$ref{_KEY}", "_delete_ref"),
    route("PUT", rf"{_SET}\(\)/{_SEGMENT}/\$ref{_KEY}", "_put_ref"),
    route(ANY, rf"{_SET}\(\)/{_SEGMENT}/\$ref{_KEY}", "_method_not_allowed"),
    # <set>(<key>)/<property or navigation>
    route(ANY, rf"{_SET}\(\)/{_SEGMENT}", "_property"),
    route(ANY, rf"{_SET}\(\)/.+", "_last_segment_not_found"),
]

EMULATOR_ROUTES = [
    route("POST", r"reset", "_reset"),
    route("GET", r"stats", "_stats"),
    route("GET", r"requests", "_requests"),
]

ALL_ROUTES = [*ROOT_ROUTES, *SERVICE_ROUTES, *ENTITY_ROUTES, *EMULATOR_ROUTES]
