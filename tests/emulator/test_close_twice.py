"""WinOpportunity / LoseOpportunity on an opportunity already closed is refused as Dataverse
does (``OpportunityIsAlreadyClosed``), also inside a ``$batch``, where closes are sent in
bulk: the first close lands, a repeated one is refused alone and changes nothing."""

from __future__ import annotations

import re

import httpx

from .conftest import new_id
from .test_batch import batch, http_part, statuses


def _open_opportunity(client: httpx.Client) -> str:
    acc = new_id(client.post("accounts", json={"name": "Buyer"}))
    return new_id(client.post("opportunities", json={
        "name": "Deal", "customerid_account@odata.bind": f"/accounts({acc})"}))


def test_a_second_close_in_a_batch_is_refused_and_changes_nothing(client: httpx.Client):
    opp = _open_opportunity(client)
    bind = {"opportunityid@odata.bind": f"/opportunities({opp})"}
    r = batch(client, [
        http_part("POST", "WinOpportunity", {"Status": 3, "OpportunityClose": {
            "subject": "Won", "actualrevenue": 500, **bind}}),
        http_part("POST", "LoseOpportunity", {"Status": 4, "OpportunityClose": bind}),
        http_part("POST", "WinOpportunity", {"Status": 3, "OpportunityClose": bind}),
    ], prefer="odata.continue-on-error")
    assert statuses(r) == [204, 400, 400]
    assert re.findall(r'"code":\s*"(0x[0-9a-fA-F]+)"', r.text) == ["0x80040515"] * 2
    assert r.text.count("The opportunity is already closed.") == 2
    got = client.get(f"opportunities({opp})?$select=statecode,statuscode,actualvalue").json()
    assert (got["statecode"], got["statuscode"], got["actualvalue"]) == (1, 3, 500)
