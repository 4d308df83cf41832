"""Closing activities, cases and opportunities; closed records are read-only."""

from __future__ import annotations

import httpx
import pytest

from .conftest import new_id

READ_ONLY = "0x8004022e"
BAD_PAIR = "0x80048408"


def _code(r: httpx.Response) -> str:
    return r.json()["error"]["code"]


@pytest.mark.parametrize("entity_set,body,closed,bad", [
    ("tasks", {"subject": "t"}, [(1, 5), (2, 6)], [(1, 6), (0, 5), (2, 5)]),
    ("phonecalls", {"subject": "c"}, [(1, 2), (1, 4), (2, 3)], [(1, 3), (2, 2), (0, 4)]),
    ("appointments", {"subject": "a", "scheduledstart": "2024-01-01T10:00:00Z",
                      "scheduledend": "2024-01-01T11:00:00Z"},
     [(1, 3), (2, 4)], [(1, 4), (3, 1), (0, 5)]),
    ("emails", {"subject": "e"}, [(1, 2), (1, 3), (1, 4), (2, 5)], [(1, 1), (2, 3), (0, 2)]),
])
def test_activity_state_pairs(client: httpx.Client, entity_set: str, body: dict,
                              closed: list, bad: list) -> None:
    for state, status in bad:
        rid = new_id(client.post(entity_set, json=body))
        r = client.patch(f"{entity_set}({rid})", json={"statecode": state, "statuscode": status})
        assert r.status_code == 400 and _code(r) == BAD_PAIR, (state, status, r.text)
        assert "State code is invalid" in r.json()["error"]["message"]
    for state, status in closed:
        rid = new_id(client.post(entity_set, json=body))
        r = client.patch(f"{entity_set}({rid})", json={"statecode": state, "statuscode": status})
        assert r.status_code == 204, (state, status, r.text)
        got = client.get(f"{entity_set}({rid})?$select=statecode,statuscode").json()
        assert (got["statecode"], got["statuscode"]) == (state, status)
        # Closed: read-only for fields, the documented CannotUpdateBecauseItIsReadOnly.
        r = client.patch(f"{entity_set}({rid})", json={"subject": "changed"})
        assert r.status_code == 400 and _code(r) == READ_ONLY
        r = client.patch(f"{entity_set}({rid})", json={"actualend": "2024-02-01T00:00:00Z"})
        assert r.status_code == 400 and _code(r) == READ_ONLY
        assert client.get(f"{entity_set}({rid})").json()["subject"] == body["subject"]


def test_closed_activity_state_change_and_reopen(client: httpx.Client) -> None:
    tid = new_id(client.post("tasks", json={"subject": "x"}))
    assert client.patch(f"tasks({tid})", json={"statecode": 1, "statuscode": 5,
                                               "actualend": "2024-03-06T09:00:00Z"}
                        ).status_code == 204
    # A state change alone is the SetState message: allowed on a closed record.
    assert client.patch(f"tasks({tid})", json={"statecode": 1, "statuscode": 5}
                        ).status_code == 204
    assert client.patch(f"tasks({tid})", json={"statecode": 0, "statuscode": 3}
                        ).status_code == 204
    assert client.patch(f"tasks({tid})", json={"subject": "editable again"}).status_code == 204
    # UpdateMultiple closes too, and refuses a bad pair for the whole request.
    r = client.post("tasks/Microsoft.Dynamics.CRM.UpdateMultiple", json={"Targets": [
        {"activityid": tid, "statecode": 1, "statuscode": 6,
         "@odata.type": "Microsoft.Dynamics.CRM.task"}]})
    assert r.status_code == 400 and _code(r) == BAD_PAIR


def _case(client: httpx.Client, title: str = "Broken") -> str:
    con = new_id(client.post("contacts", json={"lastname": "Cust"}))
    return new_id(client.post("incidents", json={
        "title": title, "customerid_contact@odata.bind": f"/contacts({con})"}))


def test_close_incident_resolves_the_case(client: httpx.Client) -> None:
    inc = _case(client)
    r = client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "Fixed", "description": "Replaced the part",
        "incidentid@odata.bind": f"/incidents({inc})"}, "Status": 5})
    assert r.status_code == 204, r.text
    got = client.get(f"incidents({inc})?$select=statecode,statuscode").json()
    assert (got["statecode"], got["statuscode"]) == (1, 5)
    res = client.get(f"incidentresolutions?$filter=_incidentid_value eq {inc}").json()["value"]
    assert len(res) == 1 and res[0]["subject"] == "Fixed"
    assert res[0]["description"] == "Replaced the part"
    assert (res[0]["statecode"], res[0]["statuscode"]) == (1, 2)
    # Resolved: read-only, and a second CloseIncident is refused as documented.
    r = client.patch(f"incidents({inc})", json={"title": "changed"})
    assert r.status_code == 400 and _code(r) == READ_ONLY
    r = client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "Again", "incidentid@odata.bind": f"/incidents({inc})"}, "Status": 5})
    assert r.status_code == 400 and _code(r) == "0x80044411"
    assert len(client.get("incidentresolutions").json()["value"]) == 1
    # Reactivated it can be edited, and resolved again (Information Provided).
    assert client.patch(f"incidents({inc})", json={"statecode": 0, "statuscode": 1}
                        ).status_code == 204
    assert client.patch(f"incidents({inc})", json={"title": "changed"}).status_code == 204
    assert client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "Info", "incidentid@odata.bind": f"/incidents({inc})"}, "Status": 1000}
    ).status_code == 204
    assert client.get(f"incidents({inc})").json()["statuscode"] == 1000


def test_close_incident_refusals(client: httpx.Client) -> None:
    inc = _case(client)
    r = client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "x", "incidentid@odata.bind": f"/incidents({inc})"}, "Status": 6})
    assert r.status_code == 400 and _code(r) == BAD_PAIR  # 6 is a Canceled status
    missing = "00000000-0000-0000-0000-0000000000aa"
    r = client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "x", "incidentid@odata.bind": f"/incidents({missing})"}, "Status": 5})
    assert r.status_code == 404
    assert client.post("CloseIncident", json={"Status": 5}).status_code == 400
    # Resolving by a plain update is refused: CloseIncident is the way.
    r = client.patch(f"incidents({inc})", json={"statecode": 1, "statuscode": 5})
    assert r.status_code == 400 and "CloseIncident" in r.json()["error"]["message"]
    assert client.get("incidentresolutions").json()["value"] == []
    assert client.get(f"incidents({inc})").json()["statecode"] == 0


def test_cancel_case_by_update(client: httpx.Client) -> None:
    inc = _case(client)
    assert client.patch(f"incidents({inc})", json={"statecode": 2, "statuscode": 6}
                        ).status_code == 204
    got = client.get(f"incidents({inc})").json()
    assert (got["statecode"], got["statuscode"]) == (2, 6)
    r = client.patch(f"incidents({inc})", json={"description": "late"})
    assert r.status_code == 400 and _code(r) == READ_ONLY
    r = client.post("CloseIncident", json={"IncidentResolution": {
        "subject": "x", "incidentid@odata.bind": f"/incidents({inc})"}, "Status": 5})
    assert r.status_code == 400 and _code(r) == "0x80044411"


def _opportunity(client: httpx.Client) -> str:
    acc = new_id(client.post("accounts", json={"name": "Buyer"}))
    return new_id(client.post("opportunities", json={
        "name": "Deal", "customerid_account@odata.bind": f"/accounts({acc})",
        "estimatedvalue": 100}))


def test_closed_opportunity_is_read_only_and_can_be_reopened(client: httpx.Client) -> None:
    opp = _opportunity(client)
    win = {"Status": 3, "OpportunityClose": {"subject": "Won",
                                             "opportunityid@odata.bind": f"/opportunities({opp})"}}
    assert client.post("WinOpportunity", json=win).status_code == 204
    r = client.patch(f"opportunities({opp})", json={"name": "renamed"})
    assert r.status_code == 400 and _code(r) == READ_ONLY
    r = client.post("WinOpportunity", json=win)
    assert r.status_code == 400 and _code(r) == "0x80040515"
    assert r.json()["error"]["message"] == "The opportunity is already closed."
    lose = {"Status": 4, "OpportunityClose": {"opportunityid@odata.bind":
                                              f"/opportunities({opp})"}}
    assert client.post("LoseOpportunity", json=lose).status_code == 400
    # Setting the state back to Open reopens it (a rollback can undo the close).
    assert client.patch(f"opportunities({opp})", json={"statecode": 0, "statuscode": 1}
                        ).status_code == 204
    assert client.patch(f"opportunities({opp})", json={"name": "renamed"}).status_code == 204
    assert client.post("LoseOpportunity", json=lose).status_code == 204
    got = client.get(f"opportunities({opp})").json()
    assert (got["statecode"], got["statuscode"], got["name"]) == (2, 4, "renamed")


def test_set_state_to_won_uses_the_documented_code(client: httpx.Client) -> None:
    opp = _opportunity(client)
    r = client.patch(f"opportunities({opp})", json={"statecode": 1, "statuscode": 3})
    assert r.status_code == 400 and _code(r) == "0x80100005"
