"""$batch parts dispatched straight to the handlers (``PartRequest``) answer exactly as parts
run through a whole WSGI environ per part (werkzeug's ``EnvironBuilder``, the emulator's
former way): creates, deep inserts with parties, Content-ID references in change sets,
queries, errors that stop a batch or not, a change set rolled back."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response

from dataverse_emulator import create_app
from dataverse_emulator import exceptions as ex
from dataverse_emulator.batch import Part
from dataverse_emulator.identity import IDENTITY_KEY
from dataverse_emulator.responses import EmulatorApp
from dataverse_emulator.wire import API_PREFIX

from .conftest import make_client
from .test_batch import BASE, batch, http_part

CONTACT = "11111111-2222-3333-4444-555555555555"
ACCOUNT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"


def environ_part(self: EmulatorApp, request: Request, part: Part,
                 outer_headers: dict[str, str], refs: dict[str, tuple[str, str]]) -> Response:
    """The former ``BatchViews._run_part``: a WSGI environ and a ``Request`` per part."""
    url = part.url
    if url.startswith("$"):
        ref, _, rest = url[1:].partition("/")
        if ref not in refs:
            return self.wire.error(ex.BatchError(f"Content-ID reference '${ref}' was not "
                                                  "found."))
        entity, rid = refs[ref]
        url = f"{self.backend.table(entity).entity_set}({rid})" + (f"/{rest}" if rest else "")
    if "://" in url:
        url = url.split("://", 1)[1]
        url = url[url.find("/"):] if "/" in url else "/"
    if not url.startswith("/"):
        url = f"{API_PREFIX}/{url}"
    path, _, query = url.partition("?")
    builder = EnvironBuilder(path=path, query_string=query, method=part.method,
                             headers={**outer_headers, **part.headers}, data=part.body,
                             base_url=request.host_url)
    environ = builder.get_environ()
    environ["dataverse.refs"] = refs
    environ[IDENTITY_KEY] = request.environ.get(IDENTITY_KEY)
    resp = self.dispatch(Request(environ), path[len(API_PREFIX):].lstrip("/"), batch_part=True)
    if part.content_id and resp.status_code < 400:
        entity_id = resp.headers.get("OData-EntityId")
        m = re.search(r"/([A-Za-z0-9_]+)\(([0-9a-fA-F-]{36})\)$", entity_id or "")
        if m:
            refs[part.content_id] = (self.backend.table_for_set(m.group(1)).logical, m.group(2))
    return resp


class EnvironParts(EmulatorApp):
    _run_part = environ_part  # type: ignore[assignment]


_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")


def normalised(text: str) -> str:
    """Ids numbered in order of appearance (fresh ids differ between orgs), times blanked."""
    seen: dict[str, str] = {}
    text = _GUID.sub(lambda m: seen.setdefault(m.group(0).lower(), f"<id{len(seen)}>"), text)
    return _TIME.sub("<time>", text)


def batches() -> list[tuple[list, str | None]]:
    email = {"subject": "Hello", "directioncode": True, "email_activity_parties": [
        {"participationtypemask": 1, "partyid_contact@odata.bind": f"/contacts({CONTACT})"},
        {"participationtypemask": 2, "addressused": "nobody@unknown.example"}]}
    return [
        ([http_part("POST", "contacts", {"contactid": CONTACT, "lastname": "Guest",
                                         "emailaddress1": "guest@example.com"}),
          http_part("POST", f"{BASE}accounts", {"accountid": ACCOUNT, "name": "Co"},
                    headers={"Prefer": "return=representation"})], None),
        ([[http_part("POST", "emails", email, "1"),
           http_part("POST", "accounts", {"name": "Ref Co"}, "2"),
           http_part("POST", "contacts", {"lastname": "Child",
                                          "parentcustomerid_account@odata.bind": "$2"}, "3"),
           http_part("PATCH", "$2", {"telephone1": "123"}, "4")]], None),
        ([[http_part("POST", "accounts", {"name": "Rolled back"}, "1"),
           http_part("POST", "accounts", {"bogus": 1}, "2")],
          http_part("GET", "accounts?$select=name,telephone1&$orderby=name&$count=true",
                    headers={"Prefer": 'odata.include-annotations="*"'})],
         "odata.continue-on-error"),
        ([http_part("POST", "accounts", {"name": "x" * 200}),
          http_part("PATCH", "accounts(00000000-0000-0000-0000-000000000001)",
                    {"name": "missing"}, headers={"If-Match": "*"}),
          http_part("GET", "emails?$select=subject&$expand=email_activity_parties("
                           "$select=participationtypemask,addressused,_partyid_value)"),
          http_part("GET", "nosuchset"),
          http_part("DELETE", f"contacts({CONTACT})")], "odata.continue-on-error"),
        ([http_part("POST", "accounts", {"name": "One"}),
          http_part("POST", "accounts", {"bogus": 1}),
          http_part("POST", "accounts", {"name": "Never"})], "return=representation"),
        ([[http_part("POST", "accounts", {"name": "A"}, "1"),
           http_part("PATCH", "$9", {"name": "B"}, "2")],
          http_part("GET", "accounts/$count")], "odata.continue-on-error"),
    ]


@pytest.mark.parametrize("number", range(len(batches())))
def test_parts_answer_as_through_a_wsgi_environ(tmp_path: Path, number: int) -> None:
    answers = []
    for name, cls in (("direct", EmulatorApp), ("environ", EnvironParts)):
        app = create_app(tmp_path / f"{name}.sqlite")
        app.__class__ = cls  # same backend and settings; only how parts are dispatched
        with make_client(app) as client:
            got: list[tuple[int, str, str]] = []
            for items, prefer in batches()[:number + 1]:
                r: httpx.Response = batch(client, items, prefer)
                got.append((r.status_code, r.headers["Content-Type"].split(";")[0],
                            normalised(r.text)))
            answers.append(got)
    direct, environ = answers
    assert direct == environ
    status, _, text = direct[-1]
    assert "HTTP/1.1" in text and status in (200, 400, 404)  # the batch was answered
