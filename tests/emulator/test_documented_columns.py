"""Columns Microsoft's table reference pages document, as the emulator serves them: a lead's
Source Campaign (``campaignid``) and a case's automatic Case Number (``ticketnumber``)."""

from __future__ import annotations

import re

import httpx

from .conftest import new_id


def test_a_lead_has_its_source_campaign_lookup(client: httpx.Client) -> None:
    """Lead table reference: CampaignId, "Source Campaign", a lookup to campaign
    (relationship campaign_leads). Without it an export's campaign column on leads read as
    "Dynamics 365 has no field for it"."""
    doc = client.get("EntityDefinitions(LogicalName='lead')?$expand=Attributes,"
                     "ManyToOneRelationships").json()
    attr = next(a for a in doc["Attributes"] if a["LogicalName"] == "campaignid")
    assert (attr["AttributeType"], attr["Targets"]) == ("Lookup", ["campaign"])
    assert attr["DisplayName"]["UserLocalizedLabel"]["Label"] == "Source Campaign"
    assert attr["IsValidForCreate"] and attr["IsValidForUpdate"]
    rel = next(r for r in doc["ManyToOneRelationships"] if r["ReferencingAttribute"] ==
               "campaignid")
    assert (rel["SchemaName"], rel["ReferencedEntity"],
            rel["ReferencingEntityNavigationPropertyName"]) == (
        "campaign_leads", "campaign", "campaignid")
    campaign = new_id(client.post("campaigns", json={"name": "Spring launch"}))
    lead = new_id(client.post("leads", json={
        "subject": "From the fair", "lastname": "Lee",
        "campaignid@odata.bind": f"/campaigns({campaign})"}))
    got = client.get(f"leads({lead})?$select=_campaignid_value").json()
    assert got["_campaignid_value"] == campaign


def _case(client: httpx.Client, **extra: object) -> dict:
    account = new_id(client.post("accounts", json={"name": "Contoso"}))
    case = new_id(client.post("incidents", json={
        "title": "Printer on fire", "customerid_account@odata.bind": f"/accounts({account})",
        **extra}))
    return client.get(f"incidents({case})?$select=ticketnumber").json()


def test_a_case_is_numbered_when_its_create_leaves_the_number_out(client: httpx.Client
                                                                   ) -> None:
    """Cases are numbered automatically (Power Platform admin, Auto numbering: a prefix,
    CAS by default, a number from 1000, a suffix): CAS-01000-X0X0X0."""
    first, second = _case(client)["ticketnumber"], _case(client)["ticketnumber"]
    assert re.fullmatch(r"CAS-01000-[A-Z][0-9][A-Z][0-9][A-Z][0-9]", first), first
    assert second.startswith("CAS-01001-")
    assert _case(client, ticketnumber="SD-4711")["ticketnumber"] == "SD-4711"  # kept
