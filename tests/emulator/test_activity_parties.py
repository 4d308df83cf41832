"""Activity parties on phone calls, appointments and emails: deep insert and read back."""

from __future__ import annotations

import httpx
import pytest

from .conftest import new_id

ANNOTATIONS = {"Prefer": 'odata.include-annotations="*"'}


@pytest.fixture
def parties(client: httpx.Client) -> dict[str, str]:
    acc = new_id(client.post("accounts", json={"name": "Party Co"}))
    con = new_id(client.post("contacts", json={"lastname": "Guest"}))
    lead = new_id(client.post("leads", json={"subject": "Lead", "lastname": "Prospect"}))
    me = client.get("WhoAmI").json()["UserId"]
    return {"account": acc, "contact": con, "lead": lead, "systemuser": me}


def _bind(kind: str, rid: str) -> dict[str, str]:
    sets = {"account": "accounts", "contact": "contacts", "lead": "leads",
            "systemuser": "systemusers"}
    return {f"partyid_{kind}@odata.bind": f"/{sets[kind]}({rid})"}


@pytest.mark.parametrize("entity_set,table,extra,plan", [
    ("phonecalls", "phonecall", {"phonenumber": "+1 555"},
     [("systemuser", 1), ("contact", 2), ("lead", 2), (None, 2)]),
    ("appointments", "appointment", {"scheduledstart": "2024-01-01T10:00:00Z",
                                     "scheduledend": "2024-01-01T11:00:00Z"},
     [("systemuser", 7), ("contact", 5), ("account", 6), (None, 5)]),
    ("emails", "email", {"directioncode": True},
     [("systemuser", 1), ("contact", 2), ("account", 3), ("lead", 4), (None, 2)]),
])
def test_parties_deep_insert_and_read_back(client: httpx.Client, parties: dict[str, str],
                                           entity_set: str, table: str, extra: dict,
                                           plan: list) -> None:
    items = []
    for kind, mask in plan:
        item = {"participationtypemask": mask}
        if kind is None:
            item["addressused"] = "nobody@unknown.example"  # matches no record: address only
        else:
            item.update(_bind(kind, parties[kind]))
        items.append(item)
    nav = f"{table}_activity_parties"
    rid = new_id(client.post(entity_set, json={"subject": "With parties", **extra, nav: items}))
    got = client.get(f"{entity_set}({rid})?$select=subject&$expand={nav}($select="
                     "participationtypemask,addressused,_partyid_value)",
                     headers=ANNOTATIONS).json()
    read = sorted(((p.get("_partyid_value@Microsoft.Dynamics.CRM.lookuplogicalname"),
                    p["participationtypemask"], p["_partyid_value"], p["addressused"])
                   for p in got[nav]), key=str)
    want = sorted(((kind, mask, parties[kind] if kind else None,
                    None if kind else "nobody@unknown.example") for kind, mask in plan),
                  key=str)
    assert read == want
    # The same parties through the collection and through activityparties.
    listed = client.get(f"{entity_set}({rid})/{nav}").json()["value"]
    assert len(listed) == len(plan)
    by_filter = client.get(f"activityparties?$filter=_activityid_value eq {rid}").json()["value"]
    assert len(by_filter) == len(plan)
    assert all(p["ispartydeleted"] is False for p in by_filter)


def test_party_bound_to_a_missing_record_rolls_back(client: httpx.Client) -> None:
    missing = "00000000-0000-0000-0000-00000000beef"
    r = client.post("phonecalls", json={"subject": "x", "phonecall_activity_parties": [
        {"partyid_contact@odata.bind": f"/contacts({missing})", "participationtypemask": 2}]})
    assert r.status_code == 404
    assert client.get("phonecalls").json()["value"] == []
    assert client.get("activityparties").json()["value"] == []


def test_party_needs_a_participation_type(client: httpx.Client,
                                          parties: dict[str, str]) -> None:
    r = client.post("emails", json={"subject": "x", "email_activity_parties": [
        _bind("contact", parties["contact"])]})
    assert r.status_code == 400
    assert client.get("emails").json()["value"] == []
