"""keys94's public exports run end to end from their parameters files, decisions only
(issue 13): Invoice Ninja's v4 CSV export (a banner above each file's header) and Wave's
customer, vendor and transaction CSVs. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue


def _catalogue_and_price_list(client: Any) -> None:
    """The org's default unit group and unit, and the price list its admin set up for the
    quotes (Dynamics requires one)."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": "Invoice prices"})


def test_invoiceninja_clients_products_and_quotes_to_clients_it_lacks(tmp_path: Path
                                                                      ) -> None:
    """The banner above each header (title, blank line, entity name, padded to the table's
    width) is skipped: the 20 clients load as accounts with their street's Apt/Suite line
    and their contact's e-mail and phone (the only ones they have), the 181 products as
    products on the org's default unit. The 102 quotes (a 2022 export) are to clients the
    2020 clients file does not hold: every one is held back naming the client it lacks.
    Vendors, invoices, payments and expenses stay in Invoice Ninja with their reasons."""
    run_dir = run_public("invoiceninja-v4-exports", tmp_path, _catalogue_and_price_list)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("clients", 20, 20, 0, 0, 0),
                             "product": ("products", 181, 181, 0, 0, 0),
                             "quote": ("quotes", 102, 0, 102, 0, 0)}
    clients = pl.read_parquet(run_dir / "staged" / "account.parquet")
    ludwig = clients.filter(pl.col("name") == "Ludwig Krajcik DVM").to_dicts()[0]
    assert (ludwig["address1_line1"], ludwig["address1_line2"], ludwig["address1_city"],
            ludwig["address1_postalcode"]) == ("371 O'Connell Summit", "Suite 612",
                                               "Lornamouth", "83425-0771")
    assert (ludwig["emailaddress1"], ludwig["telephone2"]) == ("brook59@example.org",
                                                               "1-537-759-0369")
    assert "Balance" not in clients.columns and "Invoice Ninja" not in " ".join(
        clients.columns)
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    officiis = products.filter(pl.col("name") == "officiis").to_dicts()[0]
    assert officiis["description"].startswith("Sed minima soluta")
    with (run_dir / "quarantine" / "quote.csv").open(encoding="utf-8") as fh:
        held = list(csv.DictReader(fh))
    assert len(held) == 102 and all(
        r["column"] == "Client" and "is not an account of the export" in r["reason"]
        for r in held)
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("vendors", "invoice", "payments", "expenses"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_wave_customers_with_their_contact_person_load_as_accounts(tmp_path: Path) -> None:
    """Wave's 4 customers (a customer name beside its contact person's first and last name)
    load as accounts, not contacts, with their billing and ship-to addresses; the vendor
    and the two accounting-transaction files stay in Wave with their reasons."""
    run_dir = run_public("wave-csv-exports", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("wave_clients", 4, 4, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    jessica = accounts.filter(pl.col("name") == "Jessica Jones").to_dicts()[0]
    assert (jessica["emailaddress1"], jessica["address1_line1"], jessica["address1_line2"],
            jessica["address1_stateorprovince"], jessica["address1_country"]) == (
        "jessica@jones.com", "6548 Sesame Street", "Apt 4", "Queensland", "Australia")
    assert "lastname" not in accounts.columns
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    for name in ("wave_vendors", "wave_invoices", "wave_expenses"):
        assert not files[name]["migrated"] and files[name]["reason"], name
