"""Quotes: created as drafts, activated by a state update, won only through WinQuote and
closed only through CloseQuote, from Active (the Web API's WinQuote "sets the state of a
quote to Won", CloseQuote "closes a quote", both with a quote close activity)."""

from __future__ import annotations

import httpx


def _id(r: httpx.Response) -> str:
    assert r.status_code == 204, r.text
    return r.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")


def _quote(client: httpx.Client) -> str:
    acc = _id(client.post("accounts", json={"name": "Acme"}))
    pl = _id(client.post("pricelevels", json={"name": "Default"}))
    return _id(client.post("quotes", json={
        "name": "Q-1", "customerid_account@odata.bind": f"/accounts({acc})",
        "pricelevelid@odata.bind": f"/pricelevels({pl})"}))


def _state(client: httpx.Client, qid: str) -> tuple[int, int]:
    got = client.get(f"quotes({qid})?$select=statecode,statuscode").json()
    return got["statecode"], got["statuscode"]


def test_won_and_closed_only_by_their_actions_from_active(client: httpx.Client) -> None:
    won, lost = _quote(client), _quote(client)
    assert _state(client, won) == (0, 1)   # Draft, In Progress
    r = client.patch(f"quotes({won})", json={"statecode": 2, "statuscode": 4})
    assert r.status_code == 400 and "WinQuoteRequest" in r.json()["error"]["message"]
    draft = client.post("WinQuote", json={"Status": 4, "QuoteClose": {
        "quoteid@odata.bind": f"/quotes({won})"}})
    assert draft.status_code == 400 and "only an active quote" in draft.json()["error"]["message"]
    for qid in (won, lost):   # activated by a plain update
        assert client.patch(f"quotes({qid})", json={"statecode": 1,
                                                    "statuscode": 2}).status_code == 204
    assert client.post("WinQuote", json={"Status": 4, "QuoteClose": {
        "subject": "Won", "quoteid@odata.bind": f"/quotes({won})"}}).status_code == 204
    assert client.post("CloseQuote", json={"Status": 5, "QuoteClose": {
        "subject": "Lost", "quoteid@odata.bind": f"/quotes({lost})"}}).status_code == 204
    assert (_state(client, won), _state(client, lost)) == ((2, 4), (3, 5))
    again = client.post("CloseQuote", json={"Status": 6, "QuoteClose": {
        "quoteid@odata.bind": f"/quotes({won})"}})
    assert again.status_code == 400 and "won" in again.json()["error"]["message"]
