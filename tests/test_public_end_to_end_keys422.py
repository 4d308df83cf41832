"""keys422's public export runs end to end from its parameters file, decisions only (issue
13): Budibase (Budibase/budibase at 41e90fd8, GPL-3.0 for the server; the open-source
low-code platform for internal tools), the "Sample Data" a new app holds (the Inventory,
Employees, Jobs and Expenses tables of a small trades business, packages/server/src/db/
defaultData) as its table CSV export writes them, in English (the sample tables' own column
names; tests/data/exports/budibase-export-en; SOURCE.md), on the branch-point engine d4b1bc50
(session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

The ten jobs load as quotes, each of its customer: the customers are named on the jobs
only, so one contact is made per customer name (ten different names), carrying the phone
and e-mail the job gives (one job has an empty e-mail: none written); every quote goes on
the price list the org's admin set up (the test creates it first); nothing is held back,
skipped or failed; no one is queued as owner; verification finds no column differing. The
employees (a user list: matched, not loaded), the inventory and the expenses (no Sales
table) are left unloaded, each with its reason.

The parameters decide: the jobs file as quotes (discovery named it unknown: the measured
file miss); the customers made from the jobs' customer names (records from values, with
their phone and e-mail); the quotes' key (Budibase's Job ID) and their name and number
(the Job ID: Dynamics requires a name); no owner column; the job site's address as the
ship-to street (a measured miss); the customer link by name (a measured miss); the price
list.

What the run reads: the job's number (name and quote number), quote date (effective
from), notes (description), site address (ship-to street, its lines kept), creation stamp
(created-on), its customer's name as the link; the customer's name (as the contact's last
name: one text, not split), phone and e-mail.

What is NOT read (left unmapped):
- Jobs: the quote price (a quote's total is computed from its lines in Dataverse), the
  works start and end, the updated price, the update stamp;
- Employees, Inventory, Expenses: not loaded (no table of this map).
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
    one_row,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "budibase-export-en"
KINDS = {"Jobs": ("quote", {"quote": 10}), "Employees": ("user", {}),
         "Inventory": ("unknown", {}), "Expenses": ("unknown", {})}
CONTACT = {"lastname": "Customer Name", "telephone1": "Customer Phone",
           "emailaddress1": "Customer Email"}
QUOTE = {"name": "Job ID", "quotenumber": "Job ID", "effectivefrom": "Quote Date",
         "description": "Notes", "shipto_line1": "Address",
         "overriddencreatedon": "Created At"}
CUSTOMERS = ["Susie Peterson", "Micheal Murphy", "Charlotte Carpenter", "Leah Freeman",
             "Scarlett Gibson", "Lester Rose", "Joel Owens", "Freddie Franklin",
             "Diane Henry", "Warren Alvarez"]


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the quotes go on (Dynamics holds a quote
    only with one)."""
    client.create("pricelevels", {"name": "Budibase prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def test_budibase_jobs_load_as_quotes_of_their_customers(
        runs: Callable[[str], Path]) -> None:
    """The jobs load as quotes, each linked to the contact made from its customer's name;
    the staff, inventory and expenses stay unloaded; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 10, 10, 0, 0, 0, 0),
        "quote": ("Jobs", 10, 10, 0, 0, 0, 0)}
    assert (out["contact"]["closed"], out["quote"]["closed"]) == (0, 0)
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "quote"}
    for target, columns in (("contact", CONTACT), ("quote", QUOTE)):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert not table.get("owner")                    # no owner column read
        assert not table.get("unresolved_lookups")
    assert tables["contact"]["source"] == "customers"    # made from the jobs' values
    assert tables["quote"]["source_key"] == "key(Job ID)"
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: (lk["table"], lk.get("source"), lk.get("by"))
            for lk in tables["quote"]["lookups"]} == {
        "customerid": ("contact", "Customer Name", "Customer Name"),
        "pricelevelid": ("pricelevel", None, None)}
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "Employees": "user", "Inventory": "unknown", "Expenses": "unknown"}

    for table in ("contact", "quote"):
        quarantine = run_dir / "quarantine" / f"{table}.csv"
        assert not quarantine.exists() or pl.read_csv(quarantine).height == 0

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert contacts["lastname"].to_list() == CUSTOMERS   # one per name, in the jobs' order
    susie = one_row(contacts, "lastname", "Susie Peterson")
    assert (susie["telephone1"], susie["emailaddress1"]) == (
        "016973 88386", "susie.peterson@example.com")
    charlotte = one_row(contacts, "lastname", "Charlotte Carpenter")
    assert (charlotte["telephone1"], charlotte["emailaddress1"]) == ("07374 594595", None)

    quotes = pl.read_parquet(staged / "quote.parquet")
    assert quotes["name"].to_list() == [str(n) for n in range(1, 11)]
    assert quotes["quotenumber"].to_list() == quotes["name"].to_list()
    # each quote's customer is the contact of its own job's customer name
    assert quotes["__ref__customerid_contact"].to_list() == CUSTOMERS
    first = one_row(quotes, "name", "1")
    assert first["effectivefrom"].startswith("2022-11-11")
    assert first["overriddencreatedon"].startswith("2022-11-10T18:00:29")
    assert first["shipto_line1"] == "5452 The Crescent\nBrighton and Hove\nAI7G 7BN"
    assert first["description"].startswith("Bring the large van")
    sixth = one_row(quotes, "name", "6")                 # five lines, the country among them
    assert sixth["shipto_line1"].split("\n") == [
        "8543 Albert Road", "Newport", "Lancashire", "United Kingdom", "S58 5YW"]
    assert "totalamount" not in quotes.columns           # the quote price is not read

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["quote"]) == set(QUOTE) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
