"""CreateMultiple / UpdateMultiple / UpsertMultiple: one request, all or nothing."""

from __future__ import annotations

import httpx

ACT = "Microsoft.Dynamics.CRM."


def _key_column(client: httpx.Client) -> None:
    client.post("EntityDefinitions(LogicalName='account')/Attributes", json={
        "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
        "SchemaName": "new_SourceId", "MaxLength": 50})
    client.post("EntityDefinitions(LogicalName='account')/Keys", json={
        "SchemaName": "new_sourceid_key", "KeyAttributes": ["new_sourceid"]})


def test_create_multiple(client: httpx.Client) -> None:
    targets = [{"name": f"Bulk {i}", "@odata.type": f"{ACT}account"} for i in range(250)]
    r = client.post(f"accounts/{ACT}CreateMultiple", json={"Targets": targets})
    assert r.status_code == 200
    ids = r.json()["Ids"]
    assert len(ids) == 250 and len(set(ids)) == 250
    assert r.json()["@odata.context"].endswith("CreateMultipleResponse")
    assert client.get(f"accounts({ids[17]})?$select=name").json()["name"] == "Bulk 17"


def test_create_multiple_is_atomic_and_names_the_item(client: httpx.Client) -> None:
    targets = [{"name": f"Ok {i}"} for i in range(5)] + [{"name": "x" * 500}]
    r = client.post(f"accounts/{ACT}CreateMultiple", json={"Targets": targets})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "0x80044331"
    assert "Targets[5]" in r.json()["error"]["message"]
    assert client.get("accounts?$count=true").json()["@odata.count"] == 0


def test_update_multiple(client: httpx.Client) -> None:
    ids = client.post(f"accounts/{ACT}CreateMultiple",
                      json={"Targets": [{"name": f"U{i}"} for i in range(3)]}).json()["Ids"]
    r = client.post(f"accounts/{ACT}UpdateMultiple", json={"Targets": [
        {"accountid": rid, "telephone1": "555", "@odata.type": f"{ACT}account"} for rid in ids]})
    assert r.status_code == 204
    assert all(client.get(f"accounts({rid})").json()["telephone1"] == "555" for rid in ids)
    bad = client.post(f"accounts/{ACT}UpdateMultiple", json={"Targets": [
        {"accountid": ids[0], "telephone1": "999"},
        {"accountid": "00000000-0000-0000-0000-000000000123", "telephone1": "1"}]})
    assert bad.status_code == 404
    assert client.get(f"accounts({ids[0]})").json()["telephone1"] == "555"


def test_upsert_multiple_by_key_and_by_id(client: httpx.Client) -> None:
    _key_column(client)
    first = client.post(f"accounts/{ACT}UpsertMultiple", json={"Targets": [
        {"@odata.type": f"{ACT}account", "@odata.id": "accounts(new_sourceid='S-1')",
         "name": "One"},
        {"@odata.type": f"{ACT}account", "@odata.id": "accounts(new_sourceid='S-2')",
         "name": "Two"}]})
    assert first.status_code == 204 and not first.content  # documented: no response body
    ids = [client.get(f"accounts(new_sourceid='S-{i}')").json()["accountid"] for i in (1, 2)]
    again = client.post(f"accounts/{ACT}UpsertMultiple", json={"Targets": [
        {"@odata.type": f"{ACT}account", "@odata.id": "accounts(new_sourceid='S-1')",
         "name": "One v2"},
        {"@odata.type": f"{ACT}account", "accountid": ids[1], "name": "Two v2"},
        {"@odata.type": f"{ACT}account", "@odata.id": "accounts(new_sourceid='S-3')",
         "name": "Three"}]})
    assert again.status_code == 204
    rows = client.get("accounts?$select=name,new_sourceid&$orderby=new_sourceid").json()["value"]
    assert [(r["new_sourceid"], r["name"]) for r in rows] == [
        ("S-1", "One v2"), ("S-2", "Two v2"), ("S-3", "Three")]
    encoded = client.post(f"accounts/{ACT}UpsertMultiple", json={"Targets": [
        {"@odata.id": "accounts(new_sourceid='S%204')", "name": "Four"}]})
    assert encoded.status_code == 204
    assert client.get("accounts(new_sourceid='S 4')").json()["name"] == "Four"


def test_bulk_with_binds(client: httpx.Client) -> None:
    _key_column(client)
    client.post("accounts", json={"name": "Parent", "new_sourceid": "P-1"})
    r = client.post(f"contacts/{ACT}CreateMultiple", json={"Targets": [
        {"lastname": f"C{i}", "parentcustomerid_account@odata.bind":
         "/accounts(new_sourceid='P-1')"} for i in range(3)]})
    assert r.status_code == 200
    rows = client.get("contacts?$select=_parentcustomerid_value").json()["value"]
    assert len({row["_parentcustomerid_value"] for row in rows}) == 1


def test_bulk_body_errors(client: httpx.Client) -> None:
    assert client.post(f"accounts/{ACT}CreateMultiple", json={"targets": []}).status_code == 400
    r = client.post(f"accounts/{ACT}CreateMultiple",
                    json={"Targets": [{"name": "x", "@odata.type": f"{ACT}contact"}]})
    assert r.status_code == 400


def test_upsert_multiple_rejects_key_in_body_on_create(client: httpx.Client) -> None:
    """Real orgs answer 400 0x80040216 when the key column is in @odata.id and the body."""
    _key_column(client)
    r = client.post(f"accounts/{ACT}UpsertMultiple", json={"Targets": [
        {"@odata.id": "accounts(new_sourceid='K-1')", "new_sourceid": "K-1", "name": "K"}]})
    assert r.status_code == 400 and r.json()["error"]["code"] == "0x80040216"
    client.post("accounts", json={"name": "K", "new_sourceid": "K-1"})
    r = client.post(f"accounts/{ACT}UpsertMultiple", json={"Targets": [
        {"@odata.id": "accounts(new_sourceid='K-1')", "new_sourceid": "K-1", "name": "K2"}]})
    assert r.status_code == 204
