"""Orders become Canceled or Fulfilled only through CancelSalesOrder / FulfillSalesOrder,
Invoiced only by converting them to an invoice: a status change by a plain update is
refused, as a live org refuses it ("This message can not be used to set the state of
SalesOrder to Canceled. In order to set state of SalesOrder to Canceled, use the
CancelSalesOrderRequest ...")."""

from __future__ import annotations

import httpx
import pytest


def _id(r: httpx.Response) -> str:
    assert r.status_code == 204, r.text
    return r.headers["OData-EntityId"].rsplit("(", 1)[1].rstrip(")")


def _order(client: httpx.Client, **extra: object) -> httpx.Response:
    acc = _id(client.post("accounts", json={"name": "Acme"}))
    pl = _id(client.post("pricelevels", json={"name": "Default"}))
    return client.post("salesorders", json={
        "name": "SO-1", "customerid_account@odata.bind": f"/accounts({acc})",
        "pricelevelid@odata.bind": f"/pricelevels({pl})", **extra})


@pytest.mark.parametrize(("body", "message"), [
    ({"statecode": 2, "statuscode": 4}, "CancelSalesOrderRequest"),
    ({"statuscode": 100001}, "FulfillSalesOrderRequest"),        # Complete: Fulfilled state
    ({"statecode": 4}, "ConvertSalesOrderToInvoiceRequest"),
])
def test_a_plain_update_to_a_closed_state_is_refused(client: httpx.Client, body: dict,
                                                     message: str) -> None:
    oid = _id(_order(client))
    r = client.patch(f"salesorders({oid})", json=body)
    assert r.status_code == 400
    assert message in r.json()["error"]["message"]
    assert "state of SalesOrder" in r.json()["error"]["message"]
    got = client.get(f"salesorders({oid})?$select=statecode,statuscode").json()
    assert (got["statecode"], got["statuscode"]) == (0, 1)   # Active, New


def test_an_order_is_created_active(client: httpx.Client) -> None:
    assert _order(client, statecode=3, statuscode=100001).status_code == 400


def test_submitted_is_a_plain_update(client: httpx.Client) -> None:
    oid = _id(_order(client))
    assert client.patch(f"salesorders({oid})", json={"statecode": 1,
                                                      "statuscode": 3}).status_code == 204


def test_fulfil_and_cancel_close_the_order_once(client: httpx.Client) -> None:
    done, gone = _id(_order(client)), _id(_order(client))
    r = client.post("FulfillSalesOrder", json={"Status": 100001, "OrderClose": {
        "subject": "Shipped", "salesorderid@odata.bind": f"/salesorders({done})"}})
    assert r.status_code == 204, r.text
    r = client.post("CancelSalesOrder", json={"Status": 4, "OrderClose": {
        "subject": "Cancelled", "salesorderid@odata.bind": f"/salesorders({gone})"}})
    assert r.status_code == 204, r.text
    for oid, want in ((done, (3, 100001)), (gone, (2, 4))):
        got = client.get(f"salesorders({oid})?$select=statecode,statuscode").json()
        assert (got["statecode"], got["statuscode"]) == want
    again = client.post("CancelSalesOrder", json={"Status": 4, "OrderClose": {
        "salesorderid@odata.bind": f"/salesorders({done})"}})
    assert again.status_code == 400 and "already fulfilled" in again.json()["error"]["message"]


def test_a_status_of_another_state_or_no_close_is_refused(client: httpx.Client) -> None:
    oid = _id(_order(client))
    wrong = client.post("FulfillSalesOrder", json={"Status": 4, "OrderClose": {
        "salesorderid@odata.bind": f"/salesorders({oid})"}})   # No Money: Canceled's
    assert wrong.status_code == 400
    assert client.post("CancelSalesOrder", json={"Status": 4}).status_code == 400
    assert client.get("FulfillSalesOrder").status_code == 405
