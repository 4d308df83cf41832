"""Opportunities become Won or Lost only through WinOpportunity / LoseOpportunity."""

from __future__ import annotations

import httpx


def _open_opportunity(client: httpx.Client) -> str:
    acc = client.post("accounts", json={"name": "Contoso"})
    aid = acc.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")
    r = client.post("opportunities", json={
        "name": "Big deal", "customerid_account@odata.bind": f"/accounts({aid})",
        "estimatedvalue": 1000})
    return r.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")


def test_patch_to_won_is_refused_with_the_documented_message(client: httpx.Client) -> None:
    oid = _open_opportunity(client)
    r = client.patch(f"opportunities({oid})", json={"statecode": 1, "statuscode": 3})
    assert r.status_code == 400
    assert "use the WinOpportunityRequest message" in r.json()["error"]["message"]
    r = client.patch(f"opportunities({oid})", json={"statuscode": 4})  # Canceled = Lost state
    assert r.status_code == 400 and "LoseOpportunityRequest" in r.json()["error"]["message"]


def test_win_and_lose_actions_close_the_opportunity(client: httpx.Client) -> None:
    won, lost = _open_opportunity(client), _open_opportunity(client)
    r = client.post("WinOpportunity", json={"Status": 3, "OpportunityClose": {
        "subject": "Won", "opportunityid@odata.bind": f"/opportunities({won})",
        "actualend": "2024-05-01", "actualrevenue": 1200}})
    assert r.status_code == 204
    r = client.post("LoseOpportunity", json={"Status": 5, "OpportunityClose": {
        "subject": "Lost", "opportunityid@odata.bind": f"/opportunities({lost})"}})
    assert r.status_code == 204
    w = client.get(f"opportunities({won})?$select=statecode,statuscode,actualvalue,"
                   "actualclosedate").json()
    assert (w["statecode"], w["statuscode"], w["actualvalue"]) == (1, 3, 1200)
    assert str(w["actualclosedate"]).startswith("2024-05-01")
    lo = client.get(f"opportunities({lost})?$select=statecode,statuscode").json()
    assert (lo["statecode"], lo["statuscode"]) == (2, 5)


def test_a_won_deal_keeps_the_time_it_closed(client: httpx.Client) -> None:
    """Actual Close Date is UserLocal with a DateOnly format: Dataverse keeps the time of the
    close's actual end (the format only hides it on forms), so the win stores it whole."""
    won = _open_opportunity(client)
    r = client.post("WinOpportunity", json={"Status": 3, "OpportunityClose": {
        "subject": "Won", "opportunityid@odata.bind": f"/opportunities({won})",
        "actualend": "2024-08-30T14:39:58Z"}})
    assert r.status_code == 204
    w = client.get(f"opportunities({won})?$select=actualclosedate").json()
    assert w["actualclosedate"] == "2024-08-30T14:39:58Z"


def test_win_with_a_status_of_another_state_is_refused(client: httpx.Client) -> None:
    oid = _open_opportunity(client)
    r = client.post("WinOpportunity", json={"Status": 5, "OpportunityClose": {
        "opportunityid@odata.bind": f"/opportunities({oid})"}})
    assert r.status_code == 400
