"""keys319's public export run end to end from its parameters file, decisions only (issue
13): SolidInvoice (SolidInvoice/SolidInvoice at 8662812b, MIT; open-source invoicing on
Symfony), the records its own data fixtures and tests create with fixed values, as its data
grids list clients, invoices, quotes and payments and its contact form the clients'
contacts, headed by its English labels (tests/data/exports/solidinvoice-export-en;
SOURCE.md), written on the branch-point engine 1eff826f (session 47, round U). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The four clients load as accounts (name, website, status; the empty creation date read and
left empty), the one contact with a last name as a contact, the sent quote as a quote
(number as its name, status Active, total, creation date) of its client on the price list
the org's admin set up (the test creates it). Held back, each with its reason, not filled by
guess: the three contacts SolidInvoice keeps with a first name only (Dataverse requires a
last name: among them the fixture's contact of client "Test") and the fixture's draft quote,
which has no number yet (Dataverse requires a quote's name). Verification finds no column
differing. The parameters decide the three keys (no id in the export: a client's name, a
contact's name and e-mail, a quote's client and status), the quote's name (its number), the
client links by name, the price list, the quote statuses (Draft 0, Pending Active) and the
gate (held-back rows allowed).

What is NOT read (left unmapped by the engine):
- the clients' "ID" (SolidInvoice's UUID, empty: not in the repository);
- the quotes' "Tax" (computed from the lines; 0 here) and the quote number as quotenumber
  (Dynamics numbers a quote itself; the number is its name);
- the invoices and payments files: named unknown, not moved (bookkeeping: no Sales table);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "solidinvoice-export-en"
#: the columns each table's map reads (target: header)
COLUMNS = {
    "account": {"name": "Name", "websiteurl": "Website", "statuscode": "Status",
                "overriddencreatedon": "Created"},
    "contact": {"firstname": "First name", "lastname": "Last name", "emailaddress1": "Email"},
    "quote": {"name": "ID", "statecode": "Status", "totalamount": "Total",
              "discountamount": "Discount", "overriddencreatedon": "Created"},
}
KEYS = {"account": "key(Name)", "contact": "key(First name+Last name+Email)",
        "quote": "key(Client+Status)"}
KINDS = {"clients": ("account", {"account": 4}), "contacts": ("contact", {"contact": 4}),
         "invoices": ("unknown", {}), "payments": ("unknown", {}),
         "quotes": ("quote", {"quote": 2})}
#: the clients as staged, in the file's order
CLIENTS = [("Test", None), ("Dummy User", None), ("Test One", None),
           ("Johnston PLC", "https://www.example.com")]
#: what is held back: (file, row, column, reason's start)
HELD_BACK = {
    ("contacts.csv", 1, "lastname", "last name is required by Dataverse"),
    ("contacts.csv", 2, "lastname", "last name is required by Dataverse"),
    ("contacts.csv", 4, "lastname", "last name is required by Dataverse"),
    ("quotes.csv", 1, "name", "quote name is required by Dataverse"),
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the quotes (Dynamics requires one)."""
    client.create("pricelevels", {"name": "SolidInvoice prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


def test_solidinvoice_clients_contacts_and_quotes_load(runs: Callable[[str], Path]) -> None:
    """The four clients load as accounts, the contact with a last name as a contact and the
    sent quote as a quote of its client, as counted; the contacts without a last name and
    the draft quote without a number held back with their reasons; the invoices and payments
    not moved; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("clients", 4, 4, 0, 0, 0, 0), "contact": ("contacts", 4, 1, 3, 0, 0, 0),
        "quote": ("quotes", 2, 1, 1, 0, 0, 0)}
    assert (out["quote"]["closed"], out["quote"]["closed_as"]) == (1, {"Active": 1})
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "quote"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == COLUMNS[target]
        assert table["source_key"] == KEYS[target]
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["contact"]["lookups"]} == {
        "parentcustomerid": ("account", "Client", "Name")}
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["quote"]["lookups"]} == {
        "customerid": ("account", "Client", "Name"), "pricelevelid": ("pricelevel", None, None)}
    status = next(c for c in tables["quote"]["columns"] if c["target"] == "statecode")
    assert status["values"] == {"Draft": 0, "Pending": 1}

    held = pl.concat([pl.read_csv(run_dir / "quarantine" / f"{t}.csv", infer_schema=False)
                      for t in ("account", "contact", "quote")])
    assert {(r["file"], int(r["row"]), r["column"]) for r in held.to_dicts()} == {
        h[:3] for h in HELD_BACK}
    reasons = {(r["file"], int(r["row"])): r["reason"] for r in held.to_dicts()}
    assert all(reasons[(f, row)].startswith(why) for f, row, _, why in HELD_BACK)

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row").to_dicts()
    assert [(r["name"], r["websiteurl"]) for r in accounts] == CLIENTS
    assert {(r["statuscode"], r["overriddencreatedon"]) for r in accounts} == {(1, None)}
    (contact,) = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert (contact["firstname"], contact["lastname"], contact["emailaddress1"],
            contact["__ref__parentcustomerid_account"]) == (
        "Test", "User", "test@example.com", None)      # InvoiceReceiverListenerTest's: no client
    (quote,) = pl.read_parquet(staged / "quote.parquet").to_dicts()
    assert {c: quote[c] for c in COLUMNS["quote"]} == {
        "name": "QUOT-2021-0001", "statecode": 1, "totalamount": 1.0,
        "discountamount": None, "overriddencreatedon": "2021-09-01T00:00:00Z"}
    johnston = next(r for r in accounts if r["name"] == "Johnston PLC")
    assert quote["__ref__customerid_account"] == johnston["__source_id"]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(COLUMNS["account"])
    assert set(verified["contact"]) == set(COLUMNS["contact"]) | {"parentcustomerid"}
    assert set(verified["quote"]) == set(COLUMNS["quote"]) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
