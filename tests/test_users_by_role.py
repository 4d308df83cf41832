"""A users file with a role column (Zendesk: end-user vs agent/admin) splits into customers
(contacts) and staff (the org's users, matched as owners, never created) (issue 13).
Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.load.owners import discovered_people
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.user_roles import role_split
from d365migrate.staging.stage import stage_table
from d365migrate.verify.inventory import build_inventory

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

USERS = pl.DataFrame({
    "id": ["u1", "u2", "u3", "u4", "u5", "u6"],
    "name": ["Ada Buyer", "Ben Client", "Cy Asker", "Dee Agent", "Eve Admin", "Fay Asker"],
    "email": ["ada@buyer.example", "ben@client.example", "cy@asker.example",
              "dee@helpdesk.example", "eve@helpdesk.example", "fay@asker.example"],
    "role": ["end-user", "end-user", "End-User", "agent", "admin", "end-user"],
    "organization_id": ["o1", "o2", "o1", None, None, "o2"],
    "phone": ["+1 555 0101", None, "+1 555 0103", None, None, None],
})
ORGS = pl.DataFrame({"id": ["o1", "o2"], "name": ["Buyer Ltd", "Client plc"],
                     "domain_names": ["buyer.example", "client.example"]})
TICKETS = pl.DataFrame({
    "id": ["t1", "t2", "t3", "t4"],
    "subject": ["Cannot log in", "Invoice wrong", "Feature request", "Broken link"],
    "description": ["Since Monday", "Twice charged", "Dark mode", "On the pricing page"],
    "status": ["open", "solved", "open", "pending"],
    "priority": ["high", "normal", "low", "normal"],
    "requester_id": ["u1", "u2", "u3", "u6"],
    "assignee_id": ["u4", "u5", "u4", "u4"],
    "organization_id": ["o1", "o2", "o1", "o2"],
    "created_at": ["2024-01-02 10:00:00", "2024-01-03 11:00:00", "2024-01-04 09:30:00",
                   "2024-01-05 16:45:00"],
})


def defs(*names: str) -> dict[str, dict]:
    return {n: json.loads((TABLES / f"{n}.json").read_text()) for n in names}


def export(**frames: pl.DataFrame) -> Export:
    return Export(Path("."), frames)


def test_role_split_names_customers_and_staff():
    split = role_split(USERS)
    assert split is not None and split.column == "role"
    assert set(split.customers) == {"end-user", "End-User"}
    assert set(split.staff) == {"agent", "admin"}
    assert (split.customer_rows, split.staff_rows) == (4, 2)
    assert split.rows(USERS)["id"].to_list() == ["u1", "u2", "u3", "u6"]
    # staff only (an owners file), or a role nobody knows: no split
    assert role_split(USERS.filter(pl.col("role").is_in(["agent", "admin"]))) is None
    assert role_split(USERS.with_columns(pl.lit("wizard").alias("role"))) is None
    assert role_split(USERS.drop("role")) is None


def _proposal(ex: Export, objects: list[str]) -> dict:
    return propose_mapping(ex, discover(ex), defs(*objects), objects,
                           source_id_column="new_sourceid").mapping


def test_end_users_are_the_contacts_and_agents_own_the_tickets():
    ex = export(users=USERS, organizations=ORGS, tickets=TICKETS)
    assert {o.source: o.name for o in discover(ex).objects}["users"] == "user"
    mapping = _proposal(ex, ["account", "contact", "incident"])
    contact = table_map(mapping, "contact")
    assert contact["source"] == "users"
    assert contact["where"]["column"] == "role"
    assert set(contact["where"]["in"]) == {"end-user", "End-User"}
    assert "customers (contacts)" in contact["reason"] and "staff" in contact["reason"]
    targets = {c["source"]: c["target"] for c in contact["columns"]}
    assert targets["email"] == "emailaddress1" and targets["name"] == "lastname"
    incident = table_map(mapping, "incident")
    # the requester names end users: a link to the contacts; the assignee names agents
    assert incident["owner"]["source"] == "assignee_id"
    links = {lk["source"]: lk for lk in incident["lookups"]}
    assert links["requester_id"]["table"] == "contact"
    assert links["requester_id"]["references"] == "users.id"
    # owners are still matched through the whole users file: its agents are there
    people = discovered_people(ex.tables, discover(ex))
    assert people["u4"].email == "dee@helpdesk.example"


def test_staged_contacts_are_the_end_users_and_the_inventory_says_where_staff_went():
    ex = export(users=USERS, organizations=ORGS, tickets=TICKETS)
    mapping = confirm(_proposal(ex, ["account", "contact", "incident"]), "analyst")
    result = stage_table(mapping, "contact", ex.tables, {"users": "users.csv"})
    assert sorted(result.staged["__source_id"].to_list()) == ["u1", "u2", "u3", "u6"]
    assert result.source_rows == 4
    summary = {"contact": {"source": "users", "source_rows": result.source_rows}}
    inventory = build_inventory(
        [{"source": "users", "file": "users.csv", "kind": "user", "rows": 6}], summary, [],
        {"users": {("role", "agent"): 1, ("role", "admin"): 1}})
    (users,) = inventory["files"]
    assert users["taken"] == {"contact": 4} and users["not_taken"] == 2
    # ties by value, whatever order the counts came in (tests/test_stable_order.py)
    assert users["reason"].startswith("1 row(s) whose role is 'admin'; 1 row(s) whose role "
                                      "is 'agent'")
    assert "staff, matched to Dynamics 365 users" in users["reason"]


def test_a_contacts_file_keeps_the_users_file_for_owners_only():
    contacts = pl.DataFrame({"id": ["c1", "c2"], "first_name": ["Ada", "Ben"],
                             "last_name": ["Buyer", "Client"],
                             "email": ["ada@buyer.example", "ben@client.example"]})
    ex = export(users=USERS, contacts=contacts, organizations=ORGS)
    contact = table_map(_proposal(ex, ["account", "contact"]), "contact")
    assert contact["source"] == "contacts" and not contact.get("where")
