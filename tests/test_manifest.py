"""Custom fields: a reviewed manifest of new columns, created through the metadata API."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import httpx
import openpyxl
import polars as pl
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken
from d365migrate.mapping.manifest import (
    add_manifest_to_mapping,
    apply_manifest,
    attribute_definition,
    build_manifest,
    column_names,
    read_manifest,
    write_manifest,
)
from d365migrate.mapping.mapfile import confirm
from d365migrate.staging.stage import stage_table

TABLES_DIR = Path(__file__).parent / "data" / "tables"
CUSTOM_FIELDS = pl.DataFrame({
    "object": ["company", "company", "company", "contact", "contact", "contact", "lead",
               "company"],
    "field_key": ["cf_tier", "cf_renewal_date", "cf_partner", "cf_linkedin_url",
                  "cf_interests", "cf_notes", "cf_budget", "cf_seats"],
    "label": ["Customer Tier", "Renewal Date", "Is Partner", "LinkedIn Profile",
              "Product Interests", "Notes", "Budget", "Seats"],
    "type": ["picklist", "date", "boolean", "url", "multiselect", "text", "money", "number"],
    "options": ["Gold|Silver|Bronze", "", "", "", "CRM|Analytics", "", "", ""],
})
TABLES = {
    "companies": pl.DataFrame({
        "company_id": ["c1", "c2", "c3"], "name": ["A", "B", "C"],
        "cf_tier": ["Gold", "gold", "Platinum"], "cf_renewal_date": ["2025-01-31", None, ""],
        "cf_partner": ["TRUE", "FALSE", None], "cf_seats": ["10", "25", None],
        "cf_score": ["1.25", "2.5", "3"],
    }),
    "contacts": pl.DataFrame({
        "contact_id": ["p1", "p2"], "last_name": ["X", "Y"],
        "cf_linkedin_url": ["https://linkedin.com/in/x", None],
        "cf_interests": ["CRM;Analytics", "Mobile"], "cf_notes": ["a" * 150, "b"],
    }),
    "leads": pl.DataFrame({"lead_id": ["l1"], "cf_budget": ["$1,200.50"]}),
}


def row(df: pl.DataFrame, column: str) -> dict:
    return df.filter(pl.col("source_column") == column).row(0, named=True)


# -- a fake org: table definitions from tests/data, Attributes POSTs recorded --------------
class FakeOrg:
    def __init__(self, tables: list[str]) -> None:
        self.defs = {t: json.loads((TABLES_DIR / f"{t}.json").read_text()) for t in tables}
        self.posted: list[tuple[str, dict]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/data/v9.2/")
        table = path.split("'")[1] if "'" in path else None
        if request.method == "GET" and path.startswith("EntityDefinitions("):
            if table not in self.defs:
                return httpx.Response(404, json={"error": {"code": "0x80060888",
                                                           "message": "no such entity"}})
            return httpx.Response(200, json=self.defs[table])
        if request.method == "POST" and path.endswith("/Attributes"):
            body = json.loads(request.content)
            self.posted.append((table, body))
            self.defs[table]["Attributes"].append(self.stored(body))
            return httpx.Response(204, headers={"OData-EntityId": "x(1)"})
        return httpx.Response(400, json={"error": {"code": "0x0", "message": path}})

    @staticmethod
    def stored(body: dict) -> dict:
        options = [{"Value": o["Value"], "Label": {"UserLocalizedLabel": {
            "Label": o["Label"]["LocalizedLabels"][0]["Label"]}}}
            for o in (body.get("OptionSet") or {}).get("Options", [])]
        return {"LogicalName": body["SchemaName"].lower(), "SchemaName": body["SchemaName"],
                "AttributeType": body["AttributeType"],
                "AttributeTypeName": body["AttributeTypeName"],
                "RequiredLevel": {"Value": "None"}, "IsValidForCreate": True,
                "OptionSet": {"Options": options} if options else None}

    def client(self) -> DataverseClient:
        return DataverseClient("https://org.crm.dynamics.com", StaticToken("t"),
                               transport=httpx.MockTransport(self.handler),
                               retry=RetryPolicy(max_attempts=2, sleep=lambda s: None))


# -- build -----------------------------------------------------------------------------------
def test_manifest_proposes_one_column_per_custom_field():
    df = build_manifest(CUSTOM_FIELDS, TABLES)
    assert df.height == 9  # 8 defined + cf_score found only in the data
    tier = row(df, "cf_tier")
    assert (tier["target_table"], tier["logical_name"], tier["schema_name"]) == (
        "account", "new_tier", "new_Tier")
    assert tier["dataverse_type"] == "Picklist"
    assert json.loads(tier["options"]) == [
        {"label": "Gold", "value": 100000000}, {"label": "Silver", "value": 100000001},
        {"label": "Bronze", "value": 100000002}, {"label": "Platinum", "value": 100000003}]
    assert json.loads(tier["values"])["gold"] == 100000000
    assert "Platinum" in tier["notes"]
    date = row(df, "cf_renewal_date")
    assert (date["logical_name"], date["schema_name"], date["dataverse_type"],
            date["format"]) == ("new_renewaldate", "new_RenewalDate", "DateTime", "DateOnly")
    assert row(df, "cf_partner")["dataverse_type"] == "Boolean"
    url = row(df, "cf_linkedin_url")
    assert (url["dataverse_type"], url["format"], url["max_length"]) == ("String", "Url", 200)
    assert row(df, "cf_notes")["max_length"] == 200
    interests = row(df, "cf_interests")
    assert interests["dataverse_type"] == "MultiSelectPicklist"
    assert [o["label"] for o in json.loads(interests["options"])] == ["CRM", "Analytics",
                                                                       "Mobile"]
    budget = row(df, "cf_budget")
    assert (budget["target_table"], budget["dataverse_type"], budget["precision"]) == (
        "lead", "Money", 2)
    assert row(df, "cf_seats")["dataverse_type"] == "Integer"
    score = row(df, "cf_score")
    assert (score["defined"], score["source_type"], score["dataverse_type"],
            score["precision"]) == (False, "number", "Decimal", 2)
    assert "no definition" in score["notes"]


def test_names_use_the_publisher_prefix_and_targets_follow_the_map():
    assert column_names("cf_tier", "contoso") == ("contoso_tier", "contoso_Tier")
    mapping = {"tables": [{"target": "contact", "source": "companies", "columns": []}]}
    df = build_manifest(CUSTOM_FIELDS.head(1), TABLES, mapping, publisher_prefix="ctso")
    assert df.row(0, named=True)["target_table"] == "contact"
    assert df.row(0, named=True)["logical_name"] == "ctso_tier"


def test_write_manifest_csv_xlsx_json(tmp_path):
    df = build_manifest(CUSTOM_FIELDS, TABLES)
    paths = write_manifest(df, tmp_path / "out")
    assert {p.suffix for p in paths.values()} == {".csv", ".xlsx", ".json"}
    sheet = openpyxl.load_workbook(paths["xlsx"]).active
    assert [c.value for c in sheet[1]][:4] == ["object", "source_table", "source_column",
                                               "target_table"]
    assert sheet.max_row == df.height + 1
    records = json.loads(paths["json"].read_text())
    assert records[0]["options"][0] == {"label": "Gold", "value": 100000000}
    assert read_manifest(paths["json"]).equals(df)
    assert read_manifest(paths["csv"]).equals(df)


# -- metadata API ------------------------------------------------------------------------------
def test_attribute_definitions_follow_the_web_api_shapes():
    df = build_manifest(CUSTOM_FIELDS, TABLES)
    tier = attribute_definition(row(df, "cf_tier"))
    assert tier["@odata.type"] == "Microsoft.Dynamics.CRM.PicklistAttributeMetadata"
    assert tier["SchemaName"] == "new_Tier"
    assert tier["OptionSet"]["IsGlobal"] is False
    assert tier["OptionSet"]["OptionSetType"] == "Picklist"
    first = tier["OptionSet"]["Options"][0]
    assert first["Value"] == 100000000
    assert first["Label"]["LocalizedLabels"][0] == {
        "@odata.type": "Microsoft.Dynamics.CRM.LocalizedLabel", "Label": "Gold",
        "LanguageCode": 1033}
    partner = attribute_definition(row(df, "cf_partner"))
    assert partner["@odata.type"].endswith(".BooleanAttributeMetadata")
    assert partner["OptionSet"]["TrueOption"]["Value"] == 1
    assert partner["OptionSet"]["FalseOption"]["Value"] == 0
    multi = attribute_definition(row(df, "cf_interests"))
    assert multi["@odata.type"].endswith(".MultiSelectPicklistAttributeMetadata")
    assert (multi["AttributeType"], multi["AttributeTypeName"]) == (
        "Virtual", {"Value": "MultiSelectPicklistType"})
    url = attribute_definition(row(df, "cf_linkedin_url"))
    assert (url["MaxLength"], url["FormatName"]) == (200, {"Value": "Url"})
    assert attribute_definition(row(df, "cf_budget"))["PrecisionSource"] == 2
    assert attribute_definition(row(df, "cf_score"))["Precision"] == 2
    date = attribute_definition(row(df, "cf_renewal_date"))
    assert (date["Format"], date["DateTimeBehavior"]) == ("DateOnly", {"Value": "DateOnly"})
    assert attribute_definition(row(df, "cf_seats"))["@odata.type"].endswith(
        ".IntegerAttributeMetadata")


def test_apply_manifest_creates_missing_columns_once():
    org = FakeOrg(["account", "contact", "lead"])
    df = build_manifest(CUSTOM_FIELDS, TABLES)
    with org.client() as client:
        first = apply_manifest(client, df)
        second = apply_manifest(client, df)
    assert (first["created"], first["existing"]) == (9, 0)
    assert (second["created"], second["existing"]) == (0, 9)
    tables = {t for t, _ in org.posted}
    assert tables == {"account", "contact", "lead"}
    types = {b["SchemaName"]: b["@odata.type"].rsplit(".", 1)[1] for _, b in org.posted}
    assert types["new_Tier"] == "PicklistAttributeMetadata"
    assert types["new_Notes"] == "StringAttributeMetadata"
    assert types["new_Budget"] == "MoneyAttributeMetadata"


# -- the map ---------------------------------------------------------------------------------
def base_map() -> dict:
    return {"version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
            "tables": [
                {"target": "account", "source": "companies", "source_key": "company_id",
                 "columns": [{"target": "name", "source": "name", "transform": "text"},
                             {"target": "description", "source": "cf_seats",
                              "transform": "text"}],
                 "lookups": [], "owner": None,
                 "unmapped": ["company_id", "cf_tier", "cf_renewal_date", "cf_partner",
                              "cf_score"]},
            ]}


def test_add_manifest_to_mapping_maps_each_custom_field():
    df = build_manifest(CUSTOM_FIELDS, TABLES)
    out = add_manifest_to_mapping(base_map(), df)
    cols = {c["source"]: c for c in out["tables"][0]["columns"]}
    assert cols["cf_tier"]["target"] == "new_tier"
    assert cols["cf_tier"]["transform"] == "choice"
    assert cols["cf_tier"]["values"]["Gold"] == 100000000
    assert cols["cf_renewal_date"]["transform"] == "date"
    assert cols["cf_partner"]["transform"] == "boolean"
    assert cols["cf_score"]["transform"] == "decimal"
    assert cols["cf_seats"]["target"] == "description"  # a person's mapping stays
    assert out["tables"][0]["unmapped"] == ["company_id"]
    replaced = add_manifest_to_mapping(base_map(), df, replace=True)
    assert {c["source"]: c["target"] for c in replaced["tables"][0]["columns"]}["cf_seats"] \
        == "new_seats"
    assert base_map()["tables"][0]["columns"][1]["target"] == "description"


def test_custom_choice_values_stage_to_the_manifest_options():
    mapping = confirm(add_manifest_to_mapping(base_map(), build_manifest(CUSTOM_FIELDS,
                                                                         TABLES)), "Ana")
    staged = stage_table(mapping, "account", TABLES).staged
    assert staged["new_tier"].to_list() == [100000000, 100000000, 100000003]
    assert staged["new_partner"].to_list() == [True, False, None]


def test_unsupported_type_is_refused():
    df = build_manifest(CUSTOM_FIELDS.head(1), TABLES)
    bad = copy.deepcopy(df.row(0, named=True))
    bad["dataverse_type"] = "Image"
    with pytest.raises(ValueError, match="unsupported Dataverse type 'Image'"):
        attribute_definition(bad)


def test_fields_the_map_already_places_are_not_created():
    df = build_manifest(CUSTOM_FIELDS, TABLES, base_map())
    seats = row(df, "cf_seats")
    assert seats["create"] is False
    assert "the map already sends it to description" in seats["notes"]
    assert row(df, "cf_tier")["create"] is True
    org = FakeOrg(["account", "contact", "lead"])
    with org.client() as client:
        result = apply_manifest(client, df)
    assert result["created"] == 8
    assert "new_Seats" not in {b["SchemaName"] for _, b in org.posted}
    mapped = add_manifest_to_mapping(base_map(), df, replace=True)
    assert {c["source"]: c["target"] for c in mapped["tables"][0]["columns"]}["cf_seats"] \
        == "description"


def test_multichoice_expression_gives_the_web_api_value():
    from d365migrate.mapping.manifest import multichoice

    values = {"CRM": 100000000, "Analytics": 100000001, "Barter": None}
    df = pl.DataFrame({"v": ["CRM; Analytics", "Analytics", None, "CRM;CRM", "Barter;CRM"]})
    assert df.select(multichoice(pl.col("v"), values))["v"].to_list() == [
        "100000000,100000001", "100000001", None, "100000000", None]
