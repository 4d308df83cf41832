"""keys350's public exports run end to end from their parameters files, decisions only
(issue 13): Hi.Events (HiEventsDev/hi.events at 11310bfd, AGPL-3.0; event management and
ticketing), the ten orders its own OrderFactory draws (Faker seeded 350) as its order export
(OrdersExport) writes them, headed in English and, through the program's own frontend
catalogues, German, French and Spanish (tests/data/exports/hievents-export-en, -de, -fr, -es;
SOURCE.md), on the branch-point engine d7bd4b3a (session 50, round X). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers of the
e-mail, total tax, status and currency; the others stay English in every file). In every
language the ten orders load as sales orders (number and name the public id, gross total,
tax, status, submit date and created-on the created date) on the price list the org's admin
set up (the test creates it), each one's customer the buyer, a contact made (by decision)
from the orders file's e-mail column (ten buyers, e-mail as e-mail and last name). Nothing
is held back and verification finds no column differing; the five completed orders are
closed as Fulfilled, the cancelled one as Canceled. The parameters decide the buyers as
contacts and the link to them, the key (Hi.Events' own ID), the number and name (the public
id), the gross total, tax and date (the engine reads the translated tax heading nowhere),
the statuses (pending: Pending, completed: Complete, cancelled: No Money), the price list,
and no owner (the export names no one).

What the run reads: the public id, total gross, total tax, status and created date of each
order; the buyer's e-mail; each order's currency code (ten codes, one an order: MAD, DZD,
MKD, AUD, ARS, XPF, THB, HKD, TTD, GMD, none the org's base US dollar; the parameters give the
rehearsal org all ten) binds it to the org's currency of that code.

What is NOT read (left unmapped), in every language:
- the orders: the buyer's first and last name, total before additions, total fee, total
  refunded, payment status, refund status, payment gateway and the four flags (partially and
  fully refunded, free, manually created); ID is the key only;
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections import Counter
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

#: the buyers' e-mails, in the orders file's order
EMAILS = ["cayla38@example.com", "prosacco.lila@example.net", "julia.hegmann@example.com",
          "jennie65@example.org", "skye.funk@example.org", "kdibbert@example.org",
          "schinner.maryjane@example.com", "jules.mohr@example.org",
          "jessica.gleason@example.org", "morris.ferry@example.net"]
PUBLIC_IDS = ["34250", "95", "1", "821718029", "11", "237515211", "38252", "67997", "1871541",
              "10711733"]
GROSS = [458.9, 742.91, 213.38, 151.84, 557.88, 602.72, 812.66, 153.98, 100.77, 435.45]
TAX = [77.51, 12.62, 12.98, 72.23, 47.25, 47.93, 31.4, 59.71, 30.3, 38.73]
#: statuses as staged: Pending 4, Complete 5, No Money 1
STATUS = {2: 4, 100001: 5, 4: 1}
CREATED = "2024-08-07T20:12:56Z"
#: the orders' currency codes, in the file's order (every language)
CURRENCIES = ["MAD", "DZD", "MKD", "AUD", "ARS", "XPF", "THB", "HKD", "TTD", "GMD"]

LANGS: dict[str, dict[str, str]] = {
    "hievents-export-en": {"email": "Email", "tax": "Total Tax", "status": "Status",
                           "currency": "Currency"},
    "hievents-export-de": {"email": "Email", "tax": "Gesamtsteuer", "status": "Status",
                           "currency": "Währung"},
    "hievents-export-fr": {"email": "E-mail", "tax": "Taxe total", "status": "Statut",
                           "currency": "Devise"},
    "hievents-export-es": {"email": "Correo electrónico", "tax": "Total impuestos",
                           "status": "Estado", "currency": "Divisa"},
}


def _org(client: Any) -> None:
    """What the org's admin set up: the price list the orders go on."""
    client.create("pricelevels", {"name": "Hi.Events prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(LANGS))
def test_hievents_orders_and_buyers_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The ten orders load as sales orders of the contacts made from their buyers' e-mails,
    on the org's price list; nothing held back; statuses as decided, the completed and
    cancelled orders closed; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("buyers", 10, 10, 0, 0, 0, 0), "salesorder": ("orders", 10, 10, 0, 0, 0, 0)}
    assert (out["salesorder"]["closed"], out["salesorder"]["closed_as"]) == (
        6, {"Fulfilled": 5, "Canceled": 1})
    assert out["contact"]["closed"] == 0
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "orders": ("order", {"salesorder": 10})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    assert not mapping["unmatched_sources"]
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == {
        "emailaddress1": lang["email"], "lastname": lang["email"]}
    assert tables["contact"]["source_key"] == lang["email"]
    assert {c["target"]: c["source"] for c in tables["salesorder"]["columns"]} == {
        "ordernumber": "Public ID", "name": "Public ID", "totalamount": "Total Gross",
        "totaltax": lang["tax"], "statuscode": lang["status"], "submitdate": "Created At",
        "overriddencreatedon": "Created At"}
    assert tables["salesorder"]["source_key"] == "key(ID)"
    assert not any(t.get("owner") for t in tables.values())
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["salesorder"]["lookups"]} == {
        "customerid": ("contact", lang["email"]), "pricelevelid": ("pricelevel", None),
        "transactioncurrencyid": ("transactioncurrency", lang["currency"])}
    assert [lk["existing"] for lk in tables["salesorder"]["lookups"]
            if lk["target"] == "transactioncurrencyid"] == [
        {"table": "transactioncurrency", "by": "isocurrencycode"}]
    assert not tables["contact"].get("lookups")
    assert not any(t.get("unresolved_lookups") for t in tables.values())

    staged = run_dir / "staged"
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row")
    assert orders["ordernumber"].to_list() == PUBLIC_IDS
    assert orders["name"].to_list() == PUBLIC_IDS
    assert orders["totalamount"].to_list() == GROSS
    assert orders["totaltax"].to_list() == TAX
    assert dict(Counter(orders["statuscode"].to_list())) == STATUS
    assert set(orders["submitdate"].to_list()) == {CREATED}
    assert orders["__ref__customerid_contact"].to_list() == EMAILS
    # each order's currency: the org's currency of its code, found when the order loads
    assert orders["__ref__transactioncurrencyid"].to_list() == [
        f'existing:{{"match": {{"isocurrencycode": "{code}"}}, "table": "transactioncurrency"}}'
        for code in CURRENCIES]
    assert set(orders["__via__transactioncurrencyid"].to_list()) == {"existing"}
    buyers = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert buyers["emailaddress1"].to_list() == EMAILS
    assert buyers["lastname"].to_list() == EMAILS

    assert not (run_dir / "owner_queue.csv").exists() or len(
        (run_dir / "owner_queue.csv").read_text().splitlines()) <= 1
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == {"emailaddress1", "lastname"}
    assert set(verified["salesorder"]) == {
        "ordernumber", "name", "totalamount", "totaltax", "statuscode", "submitdate",
        "overriddencreatedon", "customerid", "pricelevelid", "transactioncurrencyid"}
    assert not any(n for cols in verified.values() for n in cols.values())
