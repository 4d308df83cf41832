"""keys82's public export runs end to end from its parameters file, decisions only (issue
13): Harvest as Airbyte's connector records it. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the quotes (Dynamics requires one)."""
    client.create("pricelevels", {"name": "Estimate prices"})


def test_harvest_clients_people_and_estimate(tmp_path: Path) -> None:
    """Harvest's 4 clients load as accounts, its 2 contacts as contacts of their client
    (the JSON lookup {"id", "name"} linked by the id inside), its estimate as a quote to
    its client on the org's price list, named by its number (its subject is empty and
    Dynamics requires a name, decided), its state 'sent' as the quote's Open status (a
    quote sent waits for the customer's answer). Invoices, their payments, projects, time
    entries and expenses stay in Harvest, each with its reason."""
    run_dir = run_public("harvest-airbyte", tmp_path, _price_list)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("clients", 4, 4, 0, 0, 0),
                             "contact": ("contacts", 2, 2, 0, 0, 0),
                             "quote": ("estimates", 1, 1, 0, 0, 0)}
    assert all(not o["links_left"] and not o["cleared_fields"] for o in out.values())
    staged = run_dir / "staged"
    people = pl.read_parquet(staged / "contact.parquet")
    assert dict(people.select("lastname", "__ref__parentcustomerid_account").rows()) == {
        "Minute": "10748671", "Stopwatch": "10748670"}      # Client B, Client A
    assert sorted(people["emailaddress1"].to_list()) == ["morgan@harvestsample.com",
                                                          "sofia@harvestsample.com"]
    quote = pl.read_parquet(staged / "quote.parquet").to_dicts()[0]
    assert (quote["quotenumber"], quote["name"], quote["statuscode"],
            quote["__ref__customerid_account"]) == ("1", "1", 3, "10748670")
    assert quote["overriddencreatedon"].startswith("2021-05-27")
    verified = json.loads((run_dir / "verification.json").read_text())
    assert verified["ok"] and verified["tables"]["quote"]["matched"] == 1
    files = inventory_files(run_dir)
    for name in ("invoices", "invoice_payments", "projects", "time_entries", "expenses"):
        assert not files[name]["migrated"] and files[name]["reason"], name
