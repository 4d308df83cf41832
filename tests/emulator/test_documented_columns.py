"""Columns Microsoft's table reference pages document, as the emulator serves them: a lead's
Source Campaign (``campaignid``), an opportunity's Source Campaign, a contact's Do not allow
Bulk Emails (``donotbulkemail``) and a case's automatic Case Number (``ticketnumber``, set on
create, never updated)."""

from __future__ import annotations

import re

import httpx

from .conftest import new_id


def test_a_lead_has_its_source_campaign_lookup(client: httpx.Client) -> None:
    """Lead table reference: CampaignId, "Source Campaign", a lookup to campaign
    (relationship campaign_leads). Without it an export's campaign column on leads read as
    "no Dynamics 365 field was found to match it"."""
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


def _attribute(client: httpx.Client, table: str, column: str) -> tuple[dict, list[dict]]:
    doc = client.get(f"EntityDefinitions(LogicalName='{table}')?$expand=Attributes,"
                     "ManyToOneRelationships").json()
    attr = next(a for a in doc["Attributes"] if a["LogicalName"] == column)
    return attr, [r for r in doc["ManyToOneRelationships"] if r["ReferencingAttribute"] ==
                  column]


def test_schema_names_are_the_reference_pages_own(client: httpx.Client) -> None:
    """Lead CampaignId and incident TicketNumber, spelled as the reference pages list them
    (the lead's was 'Campaignid', added from memory)."""
    assert _attribute(client, "lead", "campaignid")[0]["SchemaName"] == "CampaignId"
    assert _attribute(client, "incident", "ticketnumber")[0]["SchemaName"] == "TicketNumber"


def test_an_opportunity_has_its_source_campaign_lookup(client: httpx.Client) -> None:
    """Opportunity table reference: CampaignId, "Source Campaign", a lookup to campaign
    (many-to-one relationship campaign_opportunities), writable on create and update."""
    attr, rels = _attribute(client, "opportunity", "campaignid")
    assert (attr["SchemaName"], attr["AttributeType"], attr["Targets"]) == (
        "CampaignId", "Lookup", ["campaign"])
    assert attr["DisplayName"]["UserLocalizedLabel"]["Label"] == "Source Campaign"
    assert attr["IsValidForCreate"] and attr["IsValidForUpdate"]
    assert [(r["SchemaName"], r["ReferencedEntity"], r["ReferencingEntityNavigationPropertyName"])
            for r in rels] == [("campaign_opportunities", "campaign", "campaignid")]
    campaign = new_id(client.post("campaigns", json={"name": "Spring launch"}))
    account = new_id(client.post("accounts", json={"name": "Contoso"}))
    deal = new_id(client.post("opportunities", json={
        "name": "Fair deal", "customerid_account@odata.bind": f"/accounts({account})",
        "campaignid@odata.bind": f"/campaigns({campaign})"}))
    got = client.get(f"opportunities({deal})?$select=_campaignid_value").json()
    assert got["_campaignid_value"] == campaign


def test_a_contact_has_do_not_allow_bulk_emails(client: httpx.Client) -> None:
    """Contact table reference: DoNotBulkEMail, "Do not allow Bulk Emails", a Boolean whose
    true option is "Do Not Allow" and false "Allow", false by default."""
    attr, _ = _attribute(client, "contact", "donotbulkemail")
    assert (attr["SchemaName"], attr["AttributeType"], attr["DefaultValue"]) == (
        "DoNotBulkEMail", "Boolean", False)
    assert attr["DisplayName"]["UserLocalizedLabel"]["Label"] == "Do not allow Bulk Emails"
    options = attr["OptionSet"]
    assert (options["TrueOption"]["Value"], options["FalseOption"]["Value"]) == (1, 0)
    assert options["TrueOption"]["Label"]["UserLocalizedLabel"]["Label"] == "Do Not Allow"
    assert options["FalseOption"]["Label"]["UserLocalizedLabel"]["Label"] == "Allow"
    contact = new_id(client.post("contacts", json={"lastname": "Lee", "donotbulkemail": True}))
    assert client.get(f"contacts({contact})?$select=donotbulkemail").json()[
        "donotbulkemail"] is True


def test_a_cases_number_cannot_be_changed_after_create(client: httpx.Client) -> None:
    """Incident table reference, TicketNumber: "This cannot be modified."
    (IsValidForUpdate False; valid for create). An update that sends it is ignored for that
    column, as for every column not valid for update, and the rest of it applies."""
    attr, _ = _attribute(client, "incident", "ticketnumber")
    assert attr["IsValidForCreate"] and not attr["IsValidForUpdate"]
    account = new_id(client.post("accounts", json={"name": "Contoso"}))
    case = new_id(client.post("incidents", json={
        "title": "Printer on fire", "ticketnumber": "SD-4711",
        "customerid_account@odata.bind": f"/accounts({account})"}))
    client.patch(f"incidents({case})", json={"ticketnumber": "SD-9999",
                                             "title": "Printer still on fire"}
                 ).raise_for_status()
    got = client.get(f"incidents({case})?$select=ticketnumber,title").json()
    assert (got["ticketnumber"], got["title"]) == ("SD-4711", "Printer still on fire")


def test_a_case_has_its_severity_choice(client: httpx.Client) -> None:
    """Incident table reference: SeverityCode, "Severity", a choice (incident_severitycode)
    whose one documented option is 1 "Default Value", the form's default; writable."""
    attr, _ = _attribute(client, "incident", "severitycode")
    assert (attr["SchemaName"], attr["AttributeType"], attr["DefaultFormValue"]) == (
        "SeverityCode", "Picklist", 1)
    assert attr["DisplayName"]["UserLocalizedLabel"]["Label"] == "Severity"
    options = client.get("EntityDefinitions(LogicalName='incident')/Attributes(LogicalName="
                         "'severitycode')/Microsoft.Dynamics.CRM.PicklistAttributeMetadata"
                         "?$expand=OptionSet").json()["OptionSet"]
    assert [(o["Value"], o["Label"]["UserLocalizedLabel"]["Label"])
            for o in options["Options"]] == [(1, "Default Value")]
    customer = {"customerid_account@odata.bind":
                f"/accounts({new_id(client.post('accounts', json={'name': 'Contoso'}))})"}
    case = new_id(client.post("incidents", json={"title": "Slow", "severitycode": 1,
                                                 **customer}))
    assert client.get(f"incidents({case})?$select=severitycode").json()["severitycode"] == 1
    bad = client.post("incidents", json={"title": "Odd", "severitycode": 7, **customer})
    assert bad.status_code == 400 and "severitycode" in bad.text


def test_a_case_names_its_parent_case(client: httpx.Client) -> None:
    """Incident table reference: ParentCaseId, "Parent Case", a lookup to incident through
    the self-referencing relationship incident_parent_incident (navigation ``parentcaseid``
    on the child, ``incident_parent_incident`` the parent's collection of child cases)."""
    attr, rels = _attribute(client, "incident", "parentcaseid")
    assert (attr["SchemaName"], attr["AttributeType"], attr["Targets"]) == (
        "ParentCaseId", "Lookup", ["incident"])
    assert attr["DisplayName"]["UserLocalizedLabel"]["Label"] == "Parent Case"
    assert attr["IsValidForCreate"] and attr["IsValidForUpdate"]
    assert [(r["SchemaName"], r["ReferencedEntity"], r["ReferencedAttribute"],
             r["ReferencingEntityNavigationPropertyName"],
             r["ReferencedEntityNavigationPropertyName"]) for r in rels] == [
        ("incident_parent_incident", "incident", "incidentid", "parentcaseid",
         "incident_parent_incident")]
    account = new_id(client.post("accounts", json={"name": "Contoso"}))
    parent = new_id(client.post("incidents", json={
        "title": "Outage", "customerid_account@odata.bind": f"/accounts({account})"}))
    child = new_id(client.post("incidents", json={
        "title": "Outage, Berlin office", "parentcaseid@odata.bind": f"/incidents({parent})",
        "customerid_account@odata.bind": f"/accounts({account})"}))
    got = client.get(f"incidents({child})?$select=_parentcaseid_value").json()
    assert got["_parentcaseid_value"] == parent


def test_a_contact_keeps_its_external_user_identifier(client: httpx.Client) -> None:
    """Contact table reference: ExternalUserIdentifier, "External User Identifier" (text,
    50): a school's or an institution's own number for the person (Moodle's 'ID number')."""
    contact = new_id(client.post("contacts", json={
        "lastname": "Okafor", "externaluseridentifier": "S-2041"}))
    got = client.get(f"contacts({contact})?$select=externaluseridentifier").json()
    assert got["externaluseridentifier"] == "S-2041"
