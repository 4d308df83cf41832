"""keys23's public exports run end to end from their parameters files, decisions only
(issue 13): classic sales sample databases exported table by table. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, run_public

#: Northwind's customer columns and the account columns they load into.
_CUSTOMER = {"CompanyName": "name", "Address": "address1_line1", "City": "address1_city",
             "Region": "address1_stateorprovince", "PostalCode": "address1_postalcode",
             "Country": "address1_country", "Phone": "telephone1", "Fax": "fax"}


def _rows(name: str, file: str, key: str) -> dict[str, dict[str, str]]:
    folder = _export_dir(name)
    assert folder is not None
    with open(folder / file, encoding="utf-8", newline="") as fh:
        return {r[key]: r for r in csv.DictReader(fh)}


def test_northwind_customers_load_as_accounts_with_every_field(tmp_path: Path) -> None:
    run_dir = run_public("northwind-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (91, 91, 0, 0)}
    assert out["account"]["source_object"] == "Customers"
    # the person to ask for names no contact of this run: the link is left, counted
    assert out["account"]["links_left"] == {"primarycontactid": 91}
    source = _rows("northwind-sample", "Customers.csv", "CustomerID")
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()
    assert len(staged) == len(source) == 91
    for row in staged:
        src = source[row["__source_id"]]
        # every field where it belongs, as written (an empty region stays empty)
        assert {t: row[t] or "" for t in _CUSTOMER.values()} == {
            t: src[s] for s, t in _CUSTOMER.items()}, row["__source_id"]
    # the other twelve files are listed with their reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Customers"]["taken"] == {"account": 91}
    for name in ("Orders", "Order Details", "Products", "Suppliers", "Shippers",
                 "Territories", "Region", "Employees", "EmployeeTerritories"):
        assert not files[name]["taken"], name
        assert files[name]["reason"], name
    assert "suppliers" in files["Suppliers"]["reason"]


def test_chinook_customers_load_as_contacts_owned_through_their_rep(tmp_path: Path) -> None:
    run_dir = run_public("chinook-sample", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (59, 59, 0, 0)}
    # the employers' names (Embraer, JetBrains...) name no account of this run: left, counted
    source = _rows("chinook-sample", "Customer.csv", "CustomerId")
    assert out["contact"]["links_left"] == {
        "parentcustomerid": sum(1 for r in source.values() if r["Company"])}
    staged = {r["__source_id"]: r for r in
              pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    assert len(staged) == 59
    # one e-mail address has letters outside ASCII before the '@' (stanisław.wójcik@...):
    # the validation clears that one field and lists it with the value and the reason
    with open(run_dir / "cleared" / "contact.csv", encoding="utf-8", newline="") as fh:
        cleared = {(r["source_id"], r["column"]): r for r in csv.DictReader(fh)}
    assert set(cleared) == {("49", "Email")}
    assert cleared[("49", "Email")]["value"] == source["49"]["Email"]
    assert "not valid" in cleared[("49", "Email")]["reason"]
    for cid, src in source.items():
        row = staged[cid]
        email = "" if (cid, "Email") in cleared else src["Email"]
        assert tuple(row[t] or "" for t in ("firstname", "lastname", "emailaddress1",
                                             "telephone1", "address1_city",
                                             "address1_country")) == (
            src["FirstName"], src["LastName"], email, src["Phone"], src["City"].strip(),
            src["Country"]), cid   # 'Edinburgh ' loads trimmed
    # the support rep is the owner: each rep (an employee of the store) is read through the
    # employees file and, having no Dynamics user, queued for the fallback owner
    with open(run_dir / "owner_queue.csv", encoding="utf-8", newline="") as fh:
        queue = {r["email"]: r for r in csv.DictReader(fh)}
    reps = {r["SupportRepId"] for r in source.values()}
    assert set(queue) == reps == {"3", "4", "5"}
    assert sum(int(r["records"]) for r in queue.values()) == 59
    assert "Jane Peacock <jane@chinookcorp.com>" in queue["3"]["person"]
    assert all(r["resolution"].startswith("assigned to fallback owner")
               for r in queue.values())
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Customer"]["taken"] == {"contact": 59}
    for name in ("Employee", "Invoice", "InvoiceLine", "Track", "Album", "PlaylistTrack"):
        assert not files[name]["taken"], name
        assert files[name]["reason"], name
    assert "Product" in files["Track"]["reason"]           # what the invoice lines sell
