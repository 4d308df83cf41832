"""An alternate key is backed by an index (Dataverse builds one for each key), so a range of
key values, as a read-back asks for it, is read without scanning the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx


def _keyed_accounts(client: httpx.Client, n: int) -> None:
    assert client.post("EntityDefinitions(LogicalName='account')/Attributes", json={
        "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
        "SchemaName": "new_SourceId", "MaxLength": 100,
        "DisplayName": {"LocalizedLabels": [{"Label": "Source Id", "LanguageCode": 1033}]},
        "RequiredLevel": {"Value": "None"}}).status_code == 204
    for i in range(n):  # some before the key (indexed when it is made), some after
        if i == n // 2:
            assert client.post("EntityDefinitions(LogicalName='account')/Keys", json={
                "SchemaName": "new_sourceid_key", "KeyAttributes": ["new_sourceid"],
                "DisplayName": {"LocalizedLabels": [{"Label": "Key", "LanguageCode": 1033}]},
            }).status_code == 204
        assert client.post("accounts", json={"name": f"A{i}",
                                              "new_sourceid": f"S-{i:03d}"}).status_code == 204


def _plan(state: Path) -> str:
    with sqlite3.connect(state) as conn:
        rows = conn.execute(
            "EXPLAIN QUERY PLAN SELECT data FROM records WHERE entity = ? AND "
            "(json_extract(data, '$.new_sourceid') >= ? COLLATE NOCASE AND "
            "json_extract(data, '$.new_sourceid') <= ? COLLATE NOCASE)",
            ("account", "s-010", "s-019")).fetchall()
    return " ".join(str(r[-1]) for r in rows)


def test_a_range_of_key_values_is_read_through_the_key_s_index(client: httpx.Client,
                                                               state: Path) -> None:
    _keyed_accounts(client, 40)
    got = client.get("accounts", params={
        "$select": "name,new_sourceid",
        "$filter": "new_sourceid ge 's-010' and new_sourceid le 'S-019'"}).json()["value"]
    assert sorted(r["new_sourceid"] for r in got) == [f"S-{i:03d}" for i in range(10, 20)]
    assert "ix_key_account_new_sourceid_key" in _plan(state)  # an index search, no scan
    assert client.delete("EntityDefinitions(LogicalName='account')/Keys("
                         "LogicalName='new_sourceid_key')").status_code == 204
    assert "ix_key_account" not in _plan(state)  # the key's index goes with it
    got = client.get("accounts", params={
        "$filter": "new_sourceid ge 'S-010' and new_sourceid le 'S-019'"}).json()["value"]
    assert len(got) == 10  # the same answer, by a scan
