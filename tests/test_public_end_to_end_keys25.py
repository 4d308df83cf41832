"""keys25's public exports run end to end from their parameters files, decisions only
(issue 13): SAP CAP's support desk, its files named with dots as CAP names them. Same
harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_sap_cap_customers_and_incidents_load(tmp_path: Path) -> None:
    run_dir = run_public("sap-cap-incidents", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (3, 3, 0, 0), "incident": (4, 4, 0, 0)}
    assert out["contact"]["source_object"] == "sap.capire.incidents-Customers"
    assert out["incident"]["source_object"] == "sap.capire.incidents-Incidents"
    contacts = {c["__source_id"]: c for c in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    assert {k: (c["firstname"], c["lastname"], c["emailaddress1"])
            for k, c in contacts.items()} == {
        "1004155": ("Daniel", "Watts", "daniel.watts@demo.com"),
        "1004161": ("Stormy", "Weathers", "stormy.weathers@demo.com"),
        "1004100": ("Sunny", "Sunshine", "sunny.sunshine@demo.com")}
    cases = {c["__source_id"][:8]: c for c in
             pl.read_parquet(run_dir / "staged" / "incident.parquet").to_dicts()}
    # each case's customer is the person who raised it (customer_ID: the contact's ID),
    # linked, none left unresolved
    assert {k: (c["title"], c["__ref__customerid_contact"]) for k, c in cases.items()} == {
        "3b23bb4b": ("Inverter not functional", "1004155"),
        "3a4ede72": ("No current on a sunny day", "1004161"),
        "3ccf474c": ("Strange noise when switching off Inverter", "1004161"),
        "3583f982": ("Solar panel broken", "1004100")}
    assert out["incident"]["links_left"] == {} and out["incident"]["unresolved_lookups"] == 0
    # the team's decisions: urgency H/M high/normal; status C (closed) solved, N/I in progress
    assert {k: (c["prioritycode"], c["statuscode"]) for k, c in cases.items()} == {
        "3b23bb4b": (1, 5), "3a4ede72": (1, 1), "3ccf474c": (2, 1), "3583f982": (1, 1)}
    assert out["incident"]["closed"] == 1        # the closed one is resolved in the org
    # the other files are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("Addresses", "Incidents.conversation", "Status", "Urgency"):
        f = files[f"sap.capire.incidents-{name}"]
        assert not f["taken"] and f["reason"], name
