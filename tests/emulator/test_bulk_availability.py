"""Tables without the bulk messages, and discovering availability through ``sdkmessagefilters``
(PAD ``bulk-operations.md``, "Availability with standard tables")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dataverse_emulator import Limits, create_app

from .conftest import make_client

ACT = "Microsoft.Dynamics.CRM."
BULK = ("CreateMultiple", "UpdateMultiple", "UpsertMultiple")
# The exact query a third-party Python client sends (``$expand`` and parenthesised ``or``).
CLIENT_QUERY = ("sdkmessagefilters?$select=sdkmessagefilterid&$expand=sdkmessageid($select=name)"
                "&$filter=(sdkmessageid/name eq 'CreateMultiple' or sdkmessageid/name eq "
                "'UpdateMultiple') and primaryobjecttypecode eq '{table}'")


@pytest.fixture
def no_bulk(tmp_path: Path) -> Iterator[httpx.Client]:
    app = create_app(tmp_path / "s.sqlite",
                     limits=Limits(without_bulk_messages=frozenset({"Contact", " lead "})))
    with make_client(app) as c:
        yield c


def _names(client: httpx.Client, table: str) -> set[str]:
    r = client.get("sdkmessagefilters?$select=sdkmessagefilterid&$expand=sdkmessageid($select=name)"
                   f"&$filter=primaryobjecttypecode eq '{table}'")
    assert r.status_code == 200, r.text
    return {row["sdkmessageid"]["name"] for row in r.json()["value"]}


def test_bulk_messages_refused_on_tables_without_them(no_bulk: httpx.Client) -> None:
    body = {"Targets": [{"lastname": "X", "@odata.type": f"{ACT}contact"}]}
    for message in BULK:
        r = no_bulk.post(f"contacts/{ACT}{message}", json=body)
        assert r.status_code == 400, message
        assert r.json()["error"] == {
            "code": "0x80040800",
            "message": f"The '{message}' method does not support entities of type 'contact'."}
    assert no_bulk.post(f"leads/{ACT}CreateMultiple", json={"Targets": []}).status_code == 400
    assert no_bulk.get("contacts/$count").text == "0"
    assert no_bulk.post("contacts", json={"lastname": "Single"}).status_code == 204
    ok = no_bulk.post(f"accounts/{ACT}CreateMultiple", json={"Targets": [{"name": "A"}]})
    assert ok.status_code == 200


def test_bulk_refusal_inside_batch(no_bulk: httpx.Client) -> None:
    boundary = "batch_nb"
    body = "\r\n".join([
        f"--{boundary}", "Content-Type: application/http", "Content-Transfer-Encoding: binary",
        "", f"POST /api/data/v9.2/contacts/{ACT}CreateMultiple HTTP/1.1",
        "Content-Type: application/json", "", '{"Targets": [{"lastname": "B"}]}',
        f"--{boundary}--", ""])
    r = no_bulk.post("$batch", content=body.encode(),
                     headers={"Content-Type": f"multipart/mixed;boundary={boundary}"})
    assert r.status_code == 400  # the batch stopped at it: its error is the batch's
    assert "HTTP/1.1 400 Bad Request" in r.text and "0x80040800" in r.text
    assert "does not support entities of type 'contact'" in r.text


def test_sdkmessagefilters_list_the_messages_of_a_table(no_bulk: httpx.Client) -> None:
    base = {"Create", "Update", "Delete", "Retrieve", "RetrieveMultiple"}
    assert _names(no_bulk, "account") >= base | set(BULK)
    assert _names(no_bulk, "contact") >= base
    assert not _names(no_bulk, "contact") & set(BULK)
    assert _names(no_bulk, "nosuchtable") == set()
    doc = no_bulk.get("sdkmessagefilters?$select=sdkmessagefilterid"
                      "&$filter=primaryobjecttypecode eq 'account'").json()
    assert doc["@odata.context"].endswith("$metadata#sdkmessagefilters(sdkmessagefilterid)")
    row = doc["value"][0]
    assert set(row) == {"@odata.etag", "sdkmessagefilterid"}
    one = no_bulk.get(f"sdkmessagefilters({row['sdkmessagefilterid']})").json()
    assert one["primaryobjecttypecode"] == "account" and one["_sdkmessageid_value"]


def test_client_query_shape(no_bulk: httpx.Client) -> None:
    r = no_bulk.get(CLIENT_QUERY.format(table="account"))
    assert r.status_code == 200, r.text
    rows = r.json()["value"]
    assert sorted(row["sdkmessageid"]["name"] for row in rows) == ["CreateMultiple",
                                                                    "UpdateMultiple"]
    assert all(set(row) == {"@odata.etag", "sdkmessagefilterid", "sdkmessageid"} for row in rows)
    assert set(rows[0]["sdkmessageid"]) == {"@odata.etag", "name", "sdkmessageid"}
    assert no_bulk.get(CLIENT_QUERY.format(table="contact")).json()["value"] == []


def test_documented_query_with_parameter_aliases(no_bulk: httpx.Client) -> None:
    query = ("sdkmessagefilters?$select=sdkmessagefilterid&$filter=sdkmessageid/name eq "
             "@message and primaryobjecttypecode eq @table&@message='CreateMultiple'"
             "&@table='{table}'")
    assert len(no_bulk.get(query.format(table="account")).json()["value"]) == 1
    assert no_bulk.get(query.format(table="contact")).json()["value"] == []
    assert no_bulk.get("sdkmessagefilters?$filter=primaryobjecttypecode eq @t").status_code == 400
    # aliases work for record queries too
    no_bulk.post("accounts", json={"name": "Alias"})
    got = no_bulk.get("accounts?$select=name&$filter=name eq @n&@n='Alias'").json()["value"]
    assert [a["name"] for a in got] == ["Alias"]


def test_custom_tables_register_messages_and_bad_queries_fail(client: httpx.Client) -> None:
    client.post("EntityDefinitions", json={
        "SchemaName": "new_Gadget", "DisplayName": {"LocalizedLabels": [
            {"Label": "Gadget", "LanguageCode": 1033}]},
        "DisplayCollectionName": {"LocalizedLabels": [{"Label": "Gadgets",
                                                       "LanguageCode": 1033}]},
        "OwnershipType": "UserOwned", "HasNotes": False, "HasActivities": False,
        "PrimaryNameAttribute": "new_name", "Attributes": [{
            "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
            "SchemaName": "new_Name", "IsPrimaryName": True, "MaxLength": 100,
            "DisplayName": {"LocalizedLabels": [{"Label": "Name", "LanguageCode": 1033}]}}]})
    assert "CreateMultiple" in _names(client, "new_gadget")
    assert client.get("sdkmessagefilters?$filter=nosuch eq 1").status_code == 400
    assert client.get("sdkmessagefilters?$filter=sdkmessageid/nosuch eq 1").status_code == 400
    assert client.get("sdkmessagefilters?$select=nosuch").status_code == 400
    assert client.post("sdkmessagefilters", json={}).status_code == 405
    messages = client.get("sdkmessages?$select=name&$filter=name eq 'UpsertMultiple'").json()
    assert [m["name"] for m in messages["value"]] == ["UpsertMultiple"]
