"""Activities, activity parties, notes with attachments, state changes."""

from __future__ import annotations

import base64

import httpx

from dataverse_emulator import Limits, create_app

from .conftest import make_client, new_id


def test_email_with_activity_parties_deep_insert(client: httpx.Client) -> None:
    con = new_id(client.post("contacts", json={"lastname": "To", "emailaddress1": "to@x.example"}))
    me = client.get("WhoAmI").json()["UserId"]
    r = client.post("emails", json={
        "subject": "Hello", "description": "<p>Hi</p>", "directioncode": True,
        "regardingobjectid_contact_email@odata.bind": f"/contacts({con})",
        "email_activity_parties": [
            {"partyid_systemuser@odata.bind": f"/systemusers({me})", "participationtypemask": 1},
            {"partyid_contact@odata.bind": f"/contacts({con})", "participationtypemask": 2},
            {"addressused": "someone@else.example", "participationtypemask": 3}]})
    assert r.status_code == 204, r.text
    eid = new_id(r)
    got = client.get(f"emails({eid})?$select=subject&$expand=email_activity_parties($select="
                     "participationtypemask,addressused,_partyid_value)").json()
    parties = sorted(got["email_activity_parties"], key=lambda p: p["participationtypemask"])
    assert [p["participationtypemask"] for p in parties] == [1, 2, 3]
    assert parties[1]["_partyid_value"] == con
    assert parties[2]["addressused"] == "someone@else.example"
    listed = client.get(f"activityparties?$filter=_activityid_value eq {eid}").json()["value"]
    assert len(listed) == 3
    assert client.delete(f"emails({eid})").status_code == 204
    assert client.get(f"activityparties?$filter=_activityid_value eq {eid}").json()["value"] == []


def test_activity_party_bad_type_rolls_back(client: httpx.Client) -> None:
    r = client.post("appointments", json={
        "subject": "Meet", "scheduledstart": "2024-01-01T10:00:00Z",
        "scheduledend": "2024-01-01T11:00:00Z",
        "appointment_activity_parties": [{"participationtypemask": 99}]})
    assert r.status_code == 400
    assert client.get("appointments").json()["value"] == []


def test_task_completion_by_second_patch(client: httpx.Client) -> None:
    tid = new_id(client.post("tasks", json={"subject": "Follow up", "scheduledend":
                                            "2024-03-05T14:22:00Z"}))
    got = client.get(f"tasks({tid})").json()
    assert (got["statecode"], got["statuscode"]) == (0, 2)
    assert got["activitytypecode"] == "task"
    r = client.patch(f"tasks({tid})", json={"statecode": 1, "statuscode": 5,
                                            "actualend": "2024-03-06T09:00:00Z"})
    assert r.status_code == 204
    got = client.get(f"tasks({tid})").json()
    assert (got["statecode"], got["statuscode"]) == (1, 5)
    closed = client.patch(f"tasks({tid})", json={"subject": "changed"})
    assert closed.status_code == 400
    bad = client.patch(f"tasks({tid})", json={"statecode": 0, "statuscode": 5})
    assert bad.status_code == 400
    created_closed = client.post("tasks", json={"subject": "x", "statecode": 1})
    assert created_closed.status_code == 400


def test_opportunity_and_lead_state_changes(client: httpx.Client) -> None:
    acc = new_id(client.post("accounts", json={"name": "Buyer"}))
    opp = new_id(client.post("opportunities", json={
        "name": "Big deal", "customerid_account@odata.bind": f"/accounts({acc})",
        "estimatedvalue": 10000, "closeprobability": 60, "salesstage": 2,
        "estimatedclosedate": "2024-06-30", "stepname": "3-Propose"}))
    assert client.patch(f"opportunities({opp})", json={"statecode": 1, "statuscode": 3}
                        ).status_code == 400  # Won only through WinOpportunity
    assert client.post("WinOpportunity", json={"Status": 3, "OpportunityClose": {
        "opportunityid@odata.bind": f"/opportunities({opp})"}}).status_code == 204
    got = client.get(f"opportunities({opp})").json()
    assert (got["statecode"], got["statuscode"]) == (1, 3)
    assert got["estimatedclosedate"] == "2024-06-30T00:00:00Z"
    assert client.post("opportunities", json={"name": "x", "closeprobability": 101}
                       ).status_code == 400
    lead = new_id(client.post("leads", json={"subject": "Interested", "lastname": "Lee",
                                             "leadsourcecode": 8}))
    assert client.patch(f"leads({lead})", json={"statuscode": 6}).status_code == 204
    assert client.get(f"leads({lead})").json()["statecode"] == 2


def test_phonecall_and_appointment(client: httpx.Client) -> None:
    con = new_id(client.post("contacts", json={"lastname": "Caller"}))
    pc = new_id(client.post("phonecalls", json={
        "subject": "Call", "phonenumber": "+1 555", "directioncode": False,
        "actualdurationminutes": 12,
        "phonecall_activity_parties": [
            {"partyid_contact@odata.bind": f"/contacts({con})", "participationtypemask": 1}],
        "regardingobjectid_contact_phonecall@odata.bind": f"/contacts({con})"}))
    assert client.patch(f"phonecalls({pc})", json={"statecode": 1, "statuscode": 4}
                        ).status_code == 204
    ap = new_id(client.post("appointments", json={
        "subject": "Meet", "location": "HQ", "scheduledstart": "2024-01-01T10:00:00Z",
        "scheduledend": "2024-01-01T11:00:00Z"}))
    assert client.get(f"appointments({ap})").json()["location"] == "HQ"


def test_annotation_with_document(client: httpx.Client) -> None:
    acc = new_id(client.post("accounts", json={"name": "Doc owner"}))
    payload = b"hello world" * 10
    nid = new_id(client.post("annotations", json={
        "subject": "File", "notetext": "multi\nline", "filename": "a.txt",
        "mimetype": "text/plain", "documentbody": base64.b64encode(payload).decode(),
        "objectid_account@odata.bind": f"/accounts({acc})"}))
    got = client.get(f"annotations({nid})").json()
    assert got["filesize"] == len(payload) and got["isdocument"] is True
    assert base64.b64decode(got["documentbody"]) == payload
    assert client.post("annotations", json={"documentbody": "not base64!!"}).status_code == 400


def test_annotation_too_large(tmp_path) -> None:
    app = create_app(tmp_path / "s.sqlite", limits=Limits(max_upload_bytes=100))
    with make_client(app) as c:
        r = c.post("annotations", json={"documentbody": base64.b64encode(b"x" * 200).decode()})
        assert r.status_code == 400
        assert r.json()["error"]["code"] == "0x80044a02"


def test_incident_requires_customer(client: httpx.Client) -> None:
    con = new_id(client.post("contacts", json={"lastname": "Cust"}))
    assert client.post("incidents", json={"title": "No customer"}).status_code == 400
    inc = new_id(client.post("incidents", json={
        "title": "Broken", "customerid_contact@odata.bind": f"/contacts({con})",
        "prioritycode": 1, "caseorigincode": 2}))
    assert client.get(f"incidents({inc})").json()["_customerid_value"] == con


def test_single_property_and_ref_endpoints(client: httpx.Client) -> None:
    acc = new_id(client.post("accounts", json={"name": "P"}))
    con = new_id(client.post("contacts", json={
        "lastname": "R", "parentcustomerid_account@odata.bind": f"/accounts({acc})"}))
    assert client.get(f"contacts({con})/lastname").json()["value"] == "R"
    assert client.put(f"contacts({con})/lastname", json={"value": "S"}).status_code == 204
    assert client.get(f"contacts({con})/parentcustomerid_account").json()["name"] == "P"
    assert client.delete(f"contacts({con})/parentcustomerid_account/$ref").status_code == 204
    got = client.get(f"contacts({con})").json()
    assert got["lastname"] == "S" and got["_parentcustomerid_value"] is None


def test_an_activity_can_be_regarding_a_quote_an_order_or_a_campaign(client: httpx.Client) -> None:
    """Microsoft's activities list campaign, quote and salesorder among their Regarding
    tables (activitypointer's regardingobjectid targets); the emulator had only account,
    contact, lead, opportunity and case, so an activity on an order lost its link."""
    acc = new_id(client.post("accounts", json={"name": "Acme"}))
    pl = new_id(client.post("pricelevels", json={"name": "Default"}))
    made = {
        "quote": new_id(client.post("quotes", json={
            "name": "Q-1", "customerid_account@odata.bind": f"/accounts({acc})",
            "pricelevelid@odata.bind": f"/pricelevels({pl})"})),
        "salesorder": new_id(client.post("salesorders", json={
            "name": "SO-1", "customerid_account@odata.bind": f"/accounts({acc})",
            "pricelevelid@odata.bind": f"/pricelevels({pl})"})),
        "campaign": new_id(client.post("campaigns", json={"name": "Spring"})),
    }
    sets = {"quote": "quotes", "salesorder": "salesorders", "campaign": "campaigns"}
    for table, rid in made.items():
        for activity, entity_set in (("task", "tasks"), ("phonecall", "phonecalls")):
            r = client.post(entity_set, json={
                "subject": f"About the {table}",
                f"regardingobjectid_{table}_{activity}@odata.bind": f"/{sets[table]}({rid})"})
            assert r.status_code == 204, r.text
            got = client.get(f"{entity_set}({new_id(r)})?$select=_regardingobjectid_value")
            assert got.json()["_regardingobjectid_value"] == rid


def test_a_note_can_be_on_a_quote_an_order_a_campaign_a_competitor_or_a_product(
        client: httpx.Client) -> None:
    """Dynamics 365's note (annotation) lists campaign, competitor, product, quote and
    salesorder among its Regarding tables (the Customer Engagement entity reference,
    objectid's targets); the emulator had only the core records and the activities, so a
    note on an order could not keep its record."""
    acc = new_id(client.post("accounts", json={"name": "Acme"}))
    pl = new_id(client.post("pricelevels", json={"name": "Default"}))
    sets = {"quote": "quotes", "salesorder": "salesorders", "campaign": "campaigns",
            "competitor": "competitors", "product": "products"}
    bodies = {"quote": {"name": "Q-1", "customerid_account@odata.bind": f"/accounts({acc})",
                        "pricelevelid@odata.bind": f"/pricelevels({pl})"},
              "salesorder": {"name": "SO-1", "pricelevelid@odata.bind": f"/pricelevels({pl})",
                             "customerid_account@odata.bind": f"/accounts({acc})"},
              "campaign": {"name": "Spring"}, "competitor": {"name": "Rival"}}
    made = {t: new_id(client.post(sets[t], json=b)) for t, b in bodies.items()}
    meta = client.get("EntityDefinitions(LogicalName='annotation')/Attributes"
                      "(LogicalName='objectid')").json()
    assert set(sets) <= set(meta["Targets"])
    for table, rid in made.items():
        r = client.post("annotations", json={
            "subject": f"On the {table}", "notetext": "kept with its record",
            f"objectid_{table}@odata.bind": f"/{sets[table]}({rid})"})
        assert r.status_code == 204, r.text
        got = client.get(f"annotations({new_id(r)})?$select=_objectid_value").json()
        assert got["_objectid_value"] == rid
