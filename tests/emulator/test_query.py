"""$filter operators, $orderby, $top, $count, paging with nextLink, $expand."""

from __future__ import annotations

import httpx
import pytest

from .conftest import new_id


@pytest.fixture
def people(client: httpx.Client) -> dict[str, str]:
    acc = new_id(client.post("accounts", json={"name": "Acme", "revenue": 5000}))
    rows = [("Ann", "Smith", 30, "2024-01-05T10:00:00Z"), ("bob", "Jones", 20, None),
            ("Cid", "Smithers", 10, "2023-06-01T00:00:00Z"), ("Dee", None, 40, None)]
    ids = {}
    for first, last, _, _ in rows:
        body = {"firstname": first, "lastname": last,
                "parentcustomerid_account@odata.bind": f"/accounts({acc})"}
        ids[first] = new_id(client.post("contacts", json=body))
    for first, _, n, when in rows:
        client.patch(f"contacts({ids[first]})", json={"annualincome": n * 1000.0,
                                                      "description": when})
    ids["account"] = acc
    return ids


def names(client: httpx.Client, query: str) -> list[str]:
    r = client.get("contacts?$select=firstname&" + query)
    assert r.status_code == 200, r.text
    return sorted(v["firstname"] for v in r.json()["value"])


def test_filter_operators(client: httpx.Client, people: dict[str, str]) -> None:
    assert names(client, "$filter=lastname eq 'smith'") == ["Ann"]  # case-insensitive
    assert names(client, "$filter=lastname ne 'Smith'") == ["Cid", "bob"]
    assert names(client, "$filter=annualincome gt 20000") == ["Ann", "Dee"]
    assert names(client, "$filter=annualincome ge 20000") == ["Ann", "Dee", "bob"]
    assert names(client, "$filter=annualincome lt 20000") == ["Cid"]
    assert names(client, "$filter=annualincome le 20000") == ["Cid", "bob"]
    assert names(client, "$filter=lastname eq null") == ["Dee"]
    assert names(client, "$filter=lastname ne null and annualincome gt 15000") == ["Ann", "bob"]
    assert names(client, "$filter=firstname eq 'Ann' or firstname eq 'Dee'") == ["Ann", "Dee"]
    assert names(client, "$filter=not (firstname eq 'Ann')") == ["Cid", "Dee", "bob"]
    assert names(client, "$filter=contains(lastname,'mith')") == ["Ann", "Cid"]
    assert names(client, "$filter=startswith(lastname,'Smi')") == ["Ann", "Cid"]
    assert names(client, "$filter=endswith(lastname,'ers')") == ["Cid"]
    assert names(client, "$filter=not contains(lastname,'mith')") == ["bob"]
    assert names(client, f"$filter=_parentcustomerid_value eq {people['account']}") == [
        "Ann", "Cid", "Dee", "bob"]
    assert names(client, f"$filter=contactid eq {people['Ann']}") == ["Ann"]
    assert names(client, "$filter=Microsoft.Dynamics.CRM.In(PropertyName='firstname',"
                         "PropertyValues=['Ann','Cid'])") == ["Ann", "Cid"]
    assert names(client, "$filter=createdon gt 2000-01-01T00:00:00Z") == [
        "Ann", "Cid", "Dee", "bob"]


def test_a_quoted_guid_is_a_string_not_a_guid(client: httpx.Client,
                                                people: dict[str, str]) -> None:
    """OData v4 writes Guid literals bare; Dataverse refuses a quoted one (Edm.Guid compared
    with Edm.String), on a lookup and on the primary key alike."""
    for query in (f"_parentcustomerid_value eq '{people['account']}'",
                  f"contactid ne '{people['Ann']}'"):
        r = client.get("contacts?$select=firstname&$filter=" + query)
        assert r.status_code == 400, query
        assert r.json()["error"]["code"] == "0x80060888"
        assert "'Edm.Guid' and 'Edm.String'" in r.json()["error"]["message"]


def test_filter_errors(client: httpx.Client, people: dict[str, str]) -> None:
    r = client.get("contacts?$filter=nosuch eq 1")
    assert r.status_code == 400
    assert "Could not find a property named 'nosuch'" in r.json()["error"]["message"]
    assert client.get("contacts?$filter=lastname eq").status_code == 400
    assert client.get("contacts?$skip=2").status_code == 400


def test_orderby_top_count(client: httpx.Client, people: dict[str, str]) -> None:
    r = client.get("contacts?$select=firstname&$orderby=annualincome desc&$top=2&$count=true")
    body = r.json()
    assert [v["firstname"] for v in body["value"]] == ["Dee", "Ann"]
    assert body["@odata.count"] == 2
    r = client.get("contacts?$select=firstname&$orderby=lastname asc,firstname desc")
    assert [v["firstname"] for v in r.json()["value"]] == ["Dee", "bob", "Ann", "Cid"]
    assert client.get("contacts?$count=true&$top=0").json()["value"] == []
    assert client.get("contacts/$count").text == "4"


def test_paging_with_nextlink(client: httpx.Client) -> None:
    ids = client.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple",
                      json={"Targets": [{"name": f"P{i:03d}"} for i in range(23)]}).json()["Ids"]
    seen: list[str] = []
    url = "accounts?$select=name&$filter=startswith(name,'P')&$count=true"
    pages = 0
    while url:
        r = client.get(url, headers={"Prefer": "odata.maxpagesize=5"})
        body = r.json()
        assert r.headers["Preference-Applied"] == "odata.maxpagesize=5"
        assert len(body["value"]) <= 5
        if pages == 0:
            assert body["@odata.count"] == 23
        seen += [v["accountid"] for v in body["value"]]
        url = body.get("@odata.nextLink")
        if url:
            assert "$skiptoken=" in url and "cookie" in url
        pages += 1
    assert pages == 5 and sorted(seen) == sorted(ids)


def test_paging_respects_top(client: httpx.Client) -> None:
    client.post("accounts/Microsoft.Dynamics.CRM.CreateMultiple",
                json={"Targets": [{"name": f"T{i}"} for i in range(12)]})
    total, url = 0, "accounts?$select=name&$top=7"
    while url:
        body = client.get(url, headers={"Prefer": "odata.maxpagesize=3"}).json()
        total += len(body["value"])
        url = body.get("@odata.nextLink")
    assert total == 7


def test_expand_single_valued(client: httpx.Client, people: dict[str, str]) -> None:
    r = client.get(f"contacts({people['Ann']})?$select=firstname"
                   "&$expand=parentcustomerid_account($select=name,revenue)")
    body = r.json()
    assert body["parentcustomerid_account"]["name"] == "Acme"
    assert body["parentcustomerid_account"]["revenue"] == 5000
    assert "parentcustomerid_contact" not in body
    rows = client.get("contacts?$select=firstname&$expand=parentcustomerid_contact($select="
                      "fullname)").json()["value"]
    assert all(row["parentcustomerid_contact"] is None for row in rows)
    bad = client.get("contacts?$expand=nosuchnav")
    assert bad.status_code == 400
