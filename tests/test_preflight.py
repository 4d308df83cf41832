"""Preflight reads the destination's metadata and lists everything that would fail the load."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import httpx
import polars as pl
import pytest

from d365migrate.dataverse import DataverseClient, RetryPolicy, StaticToken
from d365migrate.load.preflight import (
    BLOCKING,
    WARNING,
    PreflightFailed,
    findings_frame,
    preflight,
    require_preflight,
)
from d365migrate.mapping.manifest import apply_manifest, build_manifest

TABLES_DIR = Path(__file__).parent / "data" / "tables"
CUSTOM_FIELDS = pl.DataFrame({"object": ["company"], "field_key": ["cf_tier"],
                              "label": ["Tier"], "type": ["picklist"],
                              "options": ["Gold|Silver"]})
EXPORT = {"companies": pl.DataFrame({"company_id": ["1"], "cf_tier": ["Gold"]})}


class FakeOrg:
    """Table definitions from tests/data served as the metadata API; Attributes POSTs stored."""

    def __init__(self, tables: list[str], extra: dict | None = None) -> None:
        self.defs = {t: json.loads((TABLES_DIR / f"{t}.json").read_text()) for t in tables}
        self.defs.update(extra or {})
        self.gets: list[str] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/data/v9.2/")
        table = path.split("'")[1] if "'" in path else ""
        if request.method == "GET":
            self.gets.append(table)
            if table not in self.defs:
                return httpx.Response(404, json={"error": {"code": "0x80060888",
                                                           "message": "no such entity"}})
            return httpx.Response(200, json=self.defs[table])
        body = json.loads(request.content)
        options = [{"Value": o["Value"], "Label": {"UserLocalizedLabel": {
            "Label": o["Label"]["LocalizedLabels"][0]["Label"]}}}
            for o in (body.get("OptionSet") or {}).get("Options", [])]
        self.defs[table]["Attributes"].append({
            "LogicalName": body["SchemaName"].lower(), "AttributeType": body["AttributeType"],
            "AttributeTypeName": body["AttributeTypeName"], "IsValidForCreate": True,
            "RequiredLevel": {"Value": "None"}, "OptionSet": {"Options": options}})
        return httpx.Response(204, headers={"OData-EntityId": "x(1)"})

    def client(self) -> DataverseClient:
        return DataverseClient("https://org.crm.dynamics.com", StaticToken("t"),
                               transport=httpx.MockTransport(self.handler),
                               retry=RetryPolicy(max_attempts=2, sleep=lambda s: None))


def good_map() -> dict:
    return {"version": 1, "status": "confirmed", "source_id_column": "new_smartdeskid",
            "ticket_routing": "notes", "tables": [
                {"target": "account", "source": "companies", "source_key": "company_id",
                 "owner": {"source": "owner_email", "match": "email"},
                 "columns": [
                     {"target": "name", "source": "name", "transform": "text"},
                     {"target": "numberofemployees", "source": "employees",
                      "transform": "integer"},
                     {"target": "revenue", "source": "annual_revenue", "transform": "decimal"},
                     {"target": "websiteurl", "source": "website", "transform": "url"},
                     {"target": "industrycode", "source": "industry", "transform": "choice",
                      "values": {"Accounting": 1, "Brokers": 4}},
                     {"target": "new_tier", "source": "cf_tier", "transform": "choice",
                      "values": {"Gold": 100000000}},
                 ], "lookups": []},
                {"target": "contact", "source": "contacts", "source_key": "contact_id",
                 "columns": [{"target": "lastname", "source": "last_name",
                              "transform": "text"},
                             {"target": "emailaddress1", "source": "email",
                              "transform": "email"}],
                 "lookups": [{"target": "parentcustomerid", "navigation": "parentcustomerid",
                              "table": "account", "source": "company_id",
                              "references": "companies.company_id"}]},
            ]}


def blocking(findings) -> list[str]:
    return [str(f) for f in findings if f.severity == BLOCKING]


def test_a_sound_map_passes_with_the_facts_reported():
    org = FakeOrg(["account", "contact"])
    manifest = build_manifest(CUSTOM_FIELDS, EXPORT)
    with org.client() as client:
        apply_manifest(client, manifest)
        org.gets.clear()
        findings = preflight(client, good_map(), manifest)
    assert blocking(findings) == []
    require_preflight(findings)
    warnings = [str(f) for f in findings if f.severity == WARNING]
    assert "[warning] account.new_smartdeskid: source-id column is missing; the loader " \
        "creates it (text, 100) before the first load" in warnings
    assert any("contact.new_smartdeskid: no alternate key" in w for w in warnings)
    assert "[warning] annotation: tickets go to notes (annotation)" in warnings
    assert org.gets.count("account") == 1  # metadata read once per table
    assert findings_frame(findings).columns == ["severity", "table", "column", "message"]


def test_every_problem_is_named_and_blocks():
    org = FakeOrg(["contact"], extra={})
    org.defs["account"] = json.loads((TABLES_DIR / "account.json").read_text())
    mapping = good_map()
    account, contact = mapping["tables"]
    account["columns"][4]["values"] = {"Accounting": 1, "Fintech": 999, "Space": None}
    account["columns"].append({"target": "creditonhold", "source": "annual_revenue",
                               "transform": "decimal"})
    account["columns"].append({"target": "new_ghost", "source": "ghost", "transform": "text"})
    contact["columns"] = contact["columns"][1:]  # lastname no longer mapped
    contact["lookups"][0]["table"] = "new_region"
    manifest = build_manifest(CUSTOM_FIELDS, EXPORT)
    with org.client() as client:
        findings = preflight(client, mapping, manifest)
    found = blocking(findings)
    expected = [
        "account.industrycode: source value 'Fintech' maps to option 999, which the column "
        "does not have",
        "account.industrycode: source value 'Space' has no option decided",
        "account.creditonhold: transform 'decimal' of source 'annual_revenue' cannot fill a "
        "Boolean column",
        "account.new_ghost: no such column in the destination (source 'ghost')",
        "account.new_tier: no such column in the destination (source 'cf_tier'); create it "
        "with `d365migrate apply-manifest`",
        "account.new_tier: custom column for the export's column cf_tier does not exist yet",
        "contact.parentcustomerid: the lookup's table 'new_region' is not in the destination",
    ]
    for text in expected:
        assert any(text in f for f in found), (text, found)
    assert len(found) == len(expected)
    # ApplicationRequired is a form rule the Web API does not enforce: a warning, not a block
    assert any(f.severity == "warning" and "contact.lastname: required column "
               "(ApplicationRequired)" in str(f) for f in findings)
    with pytest.raises(PreflightFailed) as err:
        require_preflight(findings)
    message = str(err.value)
    assert message.startswith("preflight found 7 blocking problem(s)")
    assert "account.new_ghost" in message and "warning" not in message


def test_missing_table_blocks():
    org = FakeOrg(["contact"])
    mapping = good_map()
    with org.client() as client:
        findings = preflight(client, mapping)
    assert "[blocking] account: the table is not in the destination org" in blocking(findings)


@pytest.mark.parametrize("routing, incident, has_tickets, severity, text", [
    ("incident", False, True, BLOCKING, "the org has no incident table"),
    ("incident", True, True, WARNING, "tickets go to Case (incident)"),
    ("notes", False, True, WARNING, "tickets go to notes (annotation)"),
    (None, False, True, BLOCKING, "ticket_routing is not set in the map; the org has no Case"),
    (None, True, None, WARNING, "ticket_routing is not set in the map; Cases (incident) exist"),
    ("email", True, None, BLOCKING, "ticket_routing 'email' is not one of incident, notes"),
])
def test_ticket_routing_is_reported(routing, incident, has_tickets, severity, text):
    extra = {"incident": {"LogicalName": "incident", "Attributes": []}} if incident else {}
    org = FakeOrg([], extra)
    mapping = {"source_id_column": "new_smartdeskid", "tables": []}
    if routing:
        mapping["ticket_routing"] = routing
    with org.client() as client:
        findings = preflight(client, mapping, has_tickets=has_tickets)
    assert [(f.severity, text in f.message) for f in findings] == [(severity, True)]


def test_undecided_stages_block_opportunities():
    org = FakeOrg(["opportunity", "account"])
    mapping = {"source_id_column": "new_smartdeskid", "ticket_routing": "notes", "tables": [
        {"target": "opportunity", "source": "deals", "source_key": "deal_id",
         "columns": [{"target": "name", "source": "name", "transform": "text"}],
         "lookups": [{"target": "customerid", "navigation": "customerid_account",
                      "table": "account", "source": "company_id"}]}],
        "stages": [{"pipeline_id": "3", "pipeline_name": "Renewals", "stage_id": "301",
                    "stage_name": "Renewal Due", "salesstage": 0, "state": 0,
                    "decided": False, "reason": "no name match"}]}
    with org.client() as client:
        findings = preflight(client, mapping)
        assert blocking(findings) == [
            "[blocking] opportunity.salesstage: pipeline 'Renewals' stage 'Renewal Due' is "
            "undecided (proposed 0/Open: no name match)"]
        decided = copy.deepcopy(mapping)
        decided["stages"][0]["decided"] = True
        require_preflight(preflight(client, decided))
