"""EntityDefinitions reads, custom columns usable at once, alternate keys."""

from __future__ import annotations

import json

import httpx
import pytest

from .conftest import FIXTURES, new_id

LABEL = {"LocalizedLabels": [{"Label": "Label", "LanguageCode": 1033}]}


def add_column(client: httpx.Client, table: str, body: dict) -> httpx.Response:
    return client.post(f"EntityDefinitions(LogicalName='{table}')/Attributes",
                       json={"DisplayName": LABEL, "RequiredLevel": {"Value": "None"}, **body})


def test_entity_definitions_list_and_select(client: httpx.Client) -> None:
    r = client.get("EntityDefinitions?$select=LogicalName,EntitySetName")
    assert r.status_code == 200
    sets = {d["LogicalName"]: d["EntitySetName"] for d in r.json()["value"]}
    assert sets["account"] == "accounts" and sets["opportunity"] == "opportunities"
    assert sets["activityparty"] == "activityparties" and sets["systemuser"] == "systemusers"
    for table in ("lead", "task", "phonecall", "appointment", "email", "annotation", "incident"):
        assert table in sets
    one = client.get("EntityDefinitions?$select=LogicalName,EntitySetName,PrimaryIdAttribute"
                     "&$filter=LogicalName eq 'task'").json()["value"]
    assert len(one) == 1 and one[0]["PrimaryIdAttribute"] == "activityid"


def test_entity_definition_matches_fixture_relationships(client: httpx.Client) -> None:
    real = json.loads((FIXTURES / "get_entitydefinition_account.json").read_text())
    r = client.get("EntityDefinitions(LogicalName='account')?$expand=Attributes,"
                   "ManyToOneRelationships,Keys")
    assert r.status_code == 200
    doc = r.json()
    assert doc["MetadataId"] == real["MetadataId"]
    assert doc["PrimaryIdAttribute"] == real["PrimaryIdAttribute"] == "accountid"
    assert doc["PrimaryNameAttribute"] == real["PrimaryNameAttribute"]
    ours = {r_["SchemaName"]: r_ for r_ in doc["ManyToOneRelationships"]}
    for rel in real["ManyToOneRelationships"]:
        if rel["SchemaName"] in ours:
            mine = ours[rel["SchemaName"]]
            for k in ("ReferencingAttribute", "ReferencedEntity",
                      "ReferencingEntityNavigationPropertyName"):
                assert mine[k] == rel[k]
    assert "account_primary_contact" in ours and "account_parent_account" in ours
    attrs = {a["LogicalName"]: a for a in doc["Attributes"]}
    assert attrs["name"]["MaxLength"] == 160
    assert attrs["name"]["@odata.type"] == "#Microsoft.Dynamics.CRM.StringAttributeMetadata"
    assert attrs["industrycode"]["OptionSet"]["Options"][0]["Value"] == 1
    assert attrs["primarycontactid"]["Targets"] == ["contact"]
    assert doc["Keys"] == []


def test_contact_navigation_names_come_from_fixture(client: httpx.Client) -> None:
    real = json.loads((FIXTURES / "get_entitydefinition_account.json").read_text())
    real_nav = {(r["ReferencingEntity"], r["ReferencingAttribute"]):
                r["ReferencingEntityNavigationPropertyName"]
                for r in real["OneToManyRelationships"]}
    for table in ("contact", "task", "phonecall", "appointment", "email", "annotation",
                  "activityparty"):
        rels = client.get(f"EntityDefinitions(LogicalName='{table}')/ManyToOneRelationships"
                          ).json()["value"]
        for rel in rels:
            if rel["ReferencedEntity"] == "account":
                key = (table, rel["ReferencingAttribute"])
                assert real_nav[key] == rel["ReferencingEntityNavigationPropertyName"]


def test_attributes_endpoint_and_single_attribute(client: httpx.Client) -> None:
    r = client.get("EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName,"
                   "AttributeType&$filter=LogicalName eq 'lastname'")
    assert r.json()["value"] == [{"@odata.type": "#Microsoft.Dynamics.CRM.StringAttributeMetadata",
                                  "MetadataId": r.json()["value"][0]["MetadataId"],
                                  "LogicalName": "lastname", "AttributeType": "String"}]
    one = client.get("EntityDefinitions(LogicalName='contact')/Attributes(LogicalName='lastname')")
    assert one.json()["MaxLength"] == 50
    picklists = client.get("EntityDefinitions(LogicalName='account')/Attributes/"
                           "Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName"
                           "&$expand=OptionSet($select=Options)").json()["value"]
    assert any(p["LogicalName"] == "industrycode" and p["OptionSet"]["Options"]
               for p in picklists)
    assert client.get("EntityDefinitions(LogicalName='nope')").status_code == 404


@pytest.mark.parametrize("body,value,bad", [
    ({"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata", "SchemaName": "new_Tier",
      "MaxLength": 10}, "gold", "x" * 11),
    ({"@odata.type": "Microsoft.Dynamics.CRM.MemoAttributeMetadata", "SchemaName": "new_Notes",
      "MaxLength": 20}, "line1\nline2", "y" * 21),
    ({"@odata.type": "Microsoft.Dynamics.CRM.IntegerAttributeMetadata", "SchemaName": "new_Seats",
      "MinValue": 0, "MaxValue": 100}, 42, 101),
    ({"@odata.type": "Microsoft.Dynamics.CRM.DecimalAttributeMetadata", "SchemaName": "new_Rate",
      "Precision": 2, "MinValue": 0, "MaxValue": 10}, 2.5, 11),
    ({"@odata.type": "Microsoft.Dynamics.CRM.MoneyAttributeMetadata", "SchemaName": "new_Budget",
      "PrecisionSource": 2}, 1234.5, "lots"),
    ({"@odata.type": "Microsoft.Dynamics.CRM.DateTimeAttributeMetadata",
      "SchemaName": "new_RenewalDate", "Format": "DateOnly",
      "DateTimeBehavior": {"Value": "DateOnly"}}, "2025-01-31", "31/01/2025"),
    ({"@odata.type": "Microsoft.Dynamics.CRM.BooleanAttributeMetadata", "SchemaName": "new_Partner",
      "OptionSet": {"TrueOption": {"Value": 1, "Label": LABEL},
                    "FalseOption": {"Value": 0, "Label": LABEL}}}, True, "yes"),
    ({"@odata.type": "Microsoft.Dynamics.CRM.PicklistAttributeMetadata", "SchemaName": "new_Level",
      "OptionSet": {"@odata.type": "Microsoft.Dynamics.CRM.OptionSetMetadata", "IsGlobal": False,
                    "OptionSetType": "Picklist",
                    "Options": [{"Value": 727000000, "Label": LABEL},
                                {"Value": 727000001, "Label": LABEL}]}}, 727000001, 5),
])
def test_custom_column_usable_at_once(client: httpx.Client, body: dict, value: object,
                                      bad: object) -> None:
    r = add_column(client, "account", body)
    assert r.status_code == 204, r.text
    assert "/Attributes(" in r.headers["OData-EntityId"]
    logical = body["SchemaName"].lower()
    rid = new_id(client.post("accounts", json={"name": "A", logical: value}))
    got = client.get(f"accounts({rid})?$select={logical}").json()
    assert got[logical] == value
    assert client.post("accounts", json={"name": "B", logical: bad}).status_code == 400
    meta = client.get(f"EntityDefinitions(LogicalName='account')/Attributes(LogicalName="
                      f"'{logical}')").json()
    assert meta["IsCustomAttribute"] is True and meta["SchemaName"] == body["SchemaName"]
    again = add_column(client, "account", body)
    assert again.status_code == 400


def test_custom_column_needs_prefix(client: httpx.Client) -> None:
    r = add_column(client, "account", {
        "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata", "SchemaName": "Tier"})
    assert r.status_code == 400


def test_alternate_keys(client: httpx.Client) -> None:
    add_column(client, "contact", {"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
                                   "SchemaName": "new_SourceId", "MaxLength": 50})
    r = client.post("EntityDefinitions(LogicalName='contact')/Keys", json={
        "SchemaName": "new_contact_sourceid", "KeyAttributes": ["new_sourceid"],
        "DisplayName": {"LocalizedLabels": [{"Label": "Source Id Key", "LanguageCode": 1033}]}})
    assert r.status_code == 204
    keys = client.get("EntityDefinitions(LogicalName='contact')/Keys").json()["value"]
    assert keys[0]["KeyAttributes"] == ["new_sourceid"]
    assert keys[0]["EntityKeyIndexStatus"] == "Active"
    first = new_id(client.post("contacts", json={"lastname": "A", "new_sourceid": "C-1"}))
    dup = client.post("contacts", json={"lastname": "B", "new_sourceid": "C-1"})
    assert dup.status_code == 412 and dup.json()["error"]["code"] == "0x80060892"
    got = client.get("contacts(new_sourceid='C-1')?$select=lastname").json()
    assert got["contactid"] == first
    assert client.patch("contacts(new_sourceid='C-2')", json={"lastname": "Upserted"}
                        ).status_code == 204
    created = client.get("contacts(new_sourceid='C-2')").json()
    assert created["lastname"] == "Upserted" and created["new_sourceid"] == "C-2"
    client.patch("contacts(new_sourceid='C-2')", json={"firstname": "Now"})
    assert client.get("contacts?$filter=new_sourceid eq 'C-2'").json()["value"][0][
        "firstname"] == "Now"
    bad = client.get("contacts(lastname='A')")
    assert bad.status_code == 400
    assert bad.json()["error"]["message"].startswith("The key in the request URI is not valid")
    assert client.get("contacts(new_sourceid='C-9')").status_code == 404
    slash = client.get("contacts(new_sourceid='a:b')")
    assert slash.status_code == 400 and "not support" in slash.json()["error"]["message"]
    # equality on a key column is answered from the key index, with the same semantics
    rows = client.get("contacts?$filter=new_sourceid eq 'c-1' or new_sourceid eq 'C-2'"
                      "&$select=new_sourceid").json()["value"]
    assert sorted(r["new_sourceid"] for r in rows) == ["C-1", "C-2"]
    rows = client.get("contacts?$filter=Microsoft.Dynamics.CRM.In(PropertyName='new_sourceid',"
                      "PropertyValues=['C-1','C-3'])&$select=lastname").json()["value"]
    assert [r["lastname"] for r in rows] == ["A"]
    assert client.get(f"contacts?$filter=contactid eq {first}").json()["value"][0][
        "contactid"] == first


def test_key_on_existing_duplicates_is_rejected(client: httpx.Client) -> None:
    add_column(client, "account", {"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
                                   "SchemaName": "new_Code", "MaxLength": 20})
    client.post("accounts", json={"name": "A", "new_code": "X"})
    client.post("accounts", json={"name": "B", "new_code": "x"})
    r = client.post("EntityDefinitions(LogicalName='account')/Keys",
                    json={"SchemaName": "new_code_key", "KeyAttributes": ["new_code"]})
    assert r.status_code == 400


def test_custom_table_lifecycle(client: httpx.Client) -> None:
    r = client.post("EntityDefinitions", json={
        "@odata.type": "Microsoft.Dynamics.CRM.EntityMetadata", "SchemaName": "new_Category",
        "DisplayName": LABEL, "DisplayCollectionName": LABEL, "OwnershipType": "UserOwned",
        "HasNotes": True, "HasActivities": False,
        "Attributes": [{"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
                        "SchemaName": "new_Name", "IsPrimaryName": True, "MaxLength": 100,
                        "DisplayName": LABEL, "RequiredLevel": {"Value": "ApplicationRequired"}},
                       {"@odata.type": "Microsoft.Dynamics.CRM.IntegerAttributeMetadata",
                        "SchemaName": "new_Rank", "DisplayName": LABEL}]})
    assert r.status_code == 204, r.text
    doc = client.get("EntityDefinitions(LogicalName='new_category')").json()
    assert doc["EntitySetName"] == "new_categories"
    assert doc["PrimaryIdAttribute"] == "new_categoryid"
    assert doc["PrimaryNameAttribute"] == "new_name"
    rid = new_id(client.post("new_categories", json={"new_name": "Gold", "new_rank": 1}))
    got = client.get(f"new_categories({rid})").json()
    assert got["new_name"] == "Gold" and got["statecode"] == 0 and got["_ownerid_value"]
    assert client.post("new_categories", json={"new_name": "x" * 101}).status_code == 400
    assert client.post("EntityDefinitions", json={"SchemaName": "new_Category", "Attributes": [
        {"@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
         "SchemaName": "new_Name", "IsPrimaryName": True}]}).status_code == 400
    assert client.delete(f"EntityDefinitions({doc['MetadataId']})").status_code == 204
    assert client.get("new_categories").status_code == 404
    assert client.delete("EntityDefinitions(LogicalName='account')").status_code == 400


def test_a_custom_column_or_key_stays_in_its_own_org(tmp_path) -> None:
    """The built-in tables are built once a process and shared by every app until one
    changes them: a column and a key made in one org appear in it, in a second app on the
    same state (another process would see it the same way), and in no other org."""
    from dataverse_emulator import create_app

    from .conftest import make_client

    first = make_client(create_app(str(tmp_path / "one.sqlite")))
    other = make_client(create_app(str(tmp_path / "two.sqlite")))
    assert add_column(first, "account", {
        "@odata.type": "Microsoft.Dynamics.CRM.StringAttributeMetadata",
        "SchemaName": "new_Code", "MaxLength": 20}).status_code == 204
    assert first.post("EntityDefinitions(LogicalName='account')/Keys", json={
        "SchemaName": "new_code_key", "KeyAttributes": ["new_code"]}).status_code == 204
    again = make_client(create_app(str(tmp_path / "one.sqlite")))
    later = make_client(create_app(str(tmp_path / "three.sqlite")))

    def columns(client: httpx.Client) -> set[str]:
        doc = client.get("EntityDefinitions(LogicalName='account')?$expand=Attributes,Keys")
        return {a["LogicalName"] for a in doc.json()["Attributes"]} | {
            k["LogicalName"] for k in doc.json()["Keys"]}

    assert {"new_code", "new_code_key"} <= columns(first)
    assert {"new_code", "new_code_key"} <= columns(again)
    for client in (other, later):
        assert not {"new_code", "new_code_key"} & columns(client)
        assert client.post("accounts", json={"name": "A", "new_code": "X"}).status_code == 400
    assert new_id(again.post("accounts", json={"name": "A", "new_code": "X"}))
    assert first.get("accounts(new_code='X')?$select=name").json()["name"] == "A"
    assert columns(first) - columns(other) == {"new_code", "new_code_key"}
