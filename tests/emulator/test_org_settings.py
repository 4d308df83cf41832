"""Org settings: tables the org lacks, maxuploadfilesize, supplied ids, the note table's
columns, and replies lost after the commit."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from dataverse_emulator import Limits, create_app
from dataverse_emulator.server import build_parser

from .conftest import make_client, new_id, start_server, stop_server


@pytest.mark.parametrize("how", ["argument", "limits"])
def test_org_without_the_case_table(tmp_path: Path, how: str) -> None:
    app = create_app(tmp_path / "s.sqlite", without_tables={"incident"}) if how == "argument" \
        else create_app(tmp_path / "s.sqlite", limits=Limits(without_tables={"Incident"}))
    with make_client(app) as c:
        r = c.get("EntityDefinitions(LogicalName='incident')")
        unknown = c.get("EntityDefinitions(LogicalName='nosuch')")
        assert r.status_code == unknown.status_code == 404
        assert r.json()["error"]["code"] == unknown.json()["error"]["code"] == "0x80040217"
        r = c.get("incidents")
        assert r.status_code == 404 and r.json()["error"]["code"] == "0x8006088a"
        assert c.get("incidentresolutions").status_code == 404
        assert c.post("CloseIncident", json={"Status": 5}).status_code == 404
        names = [t["LogicalName"] for t in c.get("EntityDefinitions?$select=LogicalName")
                 .json()["value"]]
        assert "incident" not in names and "task" in names
        # Lookups to the Case table are gone with it.
        task = c.get("EntityDefinitions(LogicalName='task')?$expand=ManyToOneRelationships"
                     ).json()
        assert all(r["ReferencedEntity"] != "incident" for r in task["ManyToOneRelationships"])
        r = c.post("tasks", json={"subject": "x", "regardingobjectid_incident_task@odata.bind":
                                  f"/incidents({uuid.uuid4()})"})
        assert r.status_code == 400
        messages = [m["name"] for m in c.get("sdkmessages?$select=name").json()["value"]]
        assert "CloseIncident" not in messages and "WinOpportunity" in messages


def test_server_flags_parse() -> None:
    args = build_parser().parse_args(["--without-tables", "incident, Lead",
                                      "--drop-after-commit-rate", "0.25"])
    assert args.without_tables == frozenset({"incident", "lead"})
    assert args.drop_after_commit_rate == 0.25


@pytest.mark.server
def test_server_without_tables(tmp_path: Path) -> None:
    s = start_server(tmp_path, "--without-tables", "incident", "--max-upload-bytes", "1000")
    try:
        with httpx.Client(base_url=s.base_url, headers={"Authorization": "Bearer t"}) as c:
            assert c.get("incidents").status_code == 404
            assert c.get("organizations?$select=maxuploadfilesize").json()["value"][0][
                "maxuploadfilesize"] == 1000
    finally:
        stop_server(s)


def test_organizations_maxuploadfilesize(tmp_path: Path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_upload_bytes=10_485_760))
    with make_client(app) as c:
        body = c.get("organizations?$select=maxuploadfilesize").json()
        assert len(body["value"]) == 1
        row = body["value"][0]
        assert row["maxuploadfilesize"] == 10_485_760 and row["organizationid"]
        assert set(row) == {"@odata.etag", "maxuploadfilesize", "organizationid"}
        one = c.get(f"organizations({row['organizationid']})").json()
        assert one["maxuploadfilesize"] == 10_485_760
        assert one["organizationid"] == c.get("WhoAmI").json()["OrganizationId"]
        assert c.get("organizations?$select=nosuch").status_code == 400
        assert c.post("organizations", json={}).status_code == 405
    with make_client(create_app(tmp_path / "d.sqlite")) as c:
        assert c.get("organizations").json()["value"][0]["maxuploadfilesize"] == 5_242_880


def test_supplied_ids_are_honoured_and_duplicates_refused(client: httpx.Client) -> None:
    aid, nid, tid = (str(uuid.uuid4()) for _ in range(3))
    r = client.post("accounts", json={"accountid": aid, "name": "A"})
    assert new_id(r) == aid
    r = client.post("annotations", json={"annotationid": nid, "subject": "n",
                                         "objectid_account@odata.bind": f"/accounts({aid})"})
    assert new_id(r) == nid
    assert client.get(f"annotations({nid})").json()["subject"] == "n"
    assert new_id(client.post("tasks", json={"activityid": tid, "subject": "t"})) == tid
    for entity_set, body in (("accounts", {"accountid": aid, "name": "B"}),
                             ("annotations", {"annotationid": nid}),
                             ("tasks", {"activityid": tid, "subject": "again"}),
                             # activities share one id space (activitypointer)
                             ("emails", {"activityid": tid, "subject": "same id"})):
        r = client.post(entity_set, json=body)
        assert r.status_code == 412 and r.json()["error"]["code"] == "0x80040237", entity_set
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    r = client.post("annotations/Microsoft.Dynamics.CRM.CreateMultiple", json={"Targets": [
        {"annotationid": i, "subject": "m", "@odata.type": "Microsoft.Dynamics.CRM.annotation"}
        for i in ids]})
    assert r.status_code == 200 and r.json()["Ids"] == ids
    r = client.post("annotations/Microsoft.Dynamics.CRM.CreateMultiple", json={"Targets": [
        {"annotationid": str(uuid.uuid4()), "@odata.type": "Microsoft.Dynamics.CRM.annotation"},
        {"annotationid": ids[0], "@odata.type": "Microsoft.Dynamics.CRM.annotation"}]})
    assert r.status_code == 412 and r.json()["error"]["code"] == "0x80040237"
    assert len(client.get("annotations").json()["value"]) == 3  # rolled back


def test_note_table_refuses_new_columns(client: httpx.Client) -> None:
    meta = client.get("EntityDefinitions(LogicalName='annotation')"
                      "?$select=LogicalName,CanCreateAttributes").json()
    assert meta["CanCreateAttributes"]["Value"] is False
    assert client.get("EntityDefinitions(LogicalName='account')").json()[
        "CanCreateAttributes"]["Value"] is True
    column = {"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
              "SchemaName": "new_SourceId", "MaxLength": 100,
              "DisplayName": {"LocalizedLabels": [{"Label": "Source", "LanguageCode": 1033}]}}
    r = client.post("EntityDefinitions(LogicalName='annotation')/Attributes", json=column)
    assert r.status_code == 400 and r.json()["error"]["code"] == "0x8004F032"
    assert "cancreateattributes" in r.json()["error"]["message"]
    assert client.post("EntityDefinitions(LogicalName='account')/Attributes",
                       json=column).status_code == 204


def test_drop_after_commit_commits_then_loses_the_reply(tmp_path: Path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(drop_after_commit_rate=1.0))
    with make_client(app) as c:
        aid = str(uuid.uuid4())
        r = c.post("accounts", json={"accountid": aid, "name": "Committed"})
        assert r.status_code == 503  # in-process: the lost reply shows as a 503
        assert c.get(f"accounts({aid})").json()["name"] == "Committed"  # reads still answer
        # The blind retry of a create that supplies its id meets the committed record.
        again = c.post("accounts", json={"accountid": aid, "name": "Committed"})
        assert again.status_code == 412 and again.json()["error"]["code"] == "0x80040237"
        assert len(c.get("accounts").json()["value"]) == 1
        # An upsert by id (PATCH) is the idempotent retry: committed, reply lost, again.
        assert c.patch(f"accounts({aid})", json={"name": "Upserted"}).status_code == 503
        assert c.patch(f"accounts({aid})", json={"name": "Upserted"}).status_code == 503
        assert [a["name"] for a in c.get("accounts").json()["value"]] == ["Upserted"]
        # A failing write is not committed, so its error reply is not dropped.
        assert c.post("accounts", json={"nosuch": 1}).status_code == 400


@pytest.mark.server
def test_drop_after_commit_over_http(tmp_path: Path) -> None:
    s = start_server(tmp_path, "--drop-after-commit-rate", "1")
    try:
        with httpx.Client(base_url=s.base_url, headers={"Authorization": "Bearer t"}) as c:
            aid = str(uuid.uuid4())
            with pytest.raises(httpx.TransportError):
                c.post("accounts", json={"accountid": aid, "name": "Committed"})
            assert c.get(f"accounts({aid})").json()["name"] == "Committed"
    finally:
        stop_server(s)
