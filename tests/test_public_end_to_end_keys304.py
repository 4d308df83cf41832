"""keys304's public exports run end to end from their parameters files, decisions only
(issue 13): Attendize (Attendize/Attendize at 9289acba, Attribution Assurance License; event
ticketing, the fallback of Hi.Events, which keeps no records in its repository), its
LocalTestSeeder's records (names, e-mails and order references drawn by its factories with
Faker, seeded) as its attendee and order CSV exports write them, headed in English and
Spanish (tests/data/exports/attendize-export-en, -es; SOURCE.md), on the branch-point engine
db4b8118 (session 44, round S). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers the map
reads and the columns it reads beyond the names and e-mail), then what discovery says of the
Spanish orders without the parameters' intake line (an order, since session 45). In both the
13 attendees load as contacts (first and last name, e-mail; their e-mail is their source id:
the export writes no id), read back with no column differing; the 5 orders are all held back
(quarantined), each with the reason that its buyer's e-mail names no attendee: the seeder's
buyers are drawn apart from its attendees, Dynamics requires an order's customer and the run
binds none by guess. The price list the orders would be on is the one the org's admin set up
(the test creates it). The parameters decide the order's name (its reference), the buyer's
link (by e-mail among the attendees), the price list and, in es, that the orders' file is
orders.

What is NOT read (left unmapped by the engine), in both languages:
- the attendees' ticket number (1), the order's reference, the ticket type, the arrival
  flag (NO) and arrival time; in en the order date too (es reads it as the contact's
  created on, as the key allows);
- the orders' buyer's first and last name (the order has no name parts), the amount (the
  key says the total amount: unread), the two refund flags and the amount refunded;
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
    discovered_without_intake,
    inventory_files,
    issues,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the attendees in the export's order (first and last name, e-mail), every language
ATTENDEES = [
    ("Alexis", "Batz", "pklocko@white.com"),
    ("Tod", "McCullough", "adelia.douglas@howe.com"),
    ("Fernando", "Waters", "ernie.hane@yahoo.com"),
    ("Ayla", "Ondricka", "katheryn.homenick@boehm.info"),
    ("Hazel", "Keeling", "vicente94@fahey.com"),
    ("Monserrate", "Bernhard", "mary04@yahoo.com"),
    ("Shanel", "Emmerich", "bashirian.michaela@quigley.biz"),
    ("Melyssa", "Stroman", "lia.kulas@yahoo.com"),
    ("Dora", "Upton", "herta39@yahoo.com"),
    ("Ernest", "Gottlieb", "johnston.vena@gmail.com"),
    ("Elnora", "Runolfsdottir", "qmurphy@bailey.com"),
    ("Garfield", "Kilback", "arthur56@hotmail.com"),
    ("Lewis", "Lang", "pmante@stamm.com"),
]
#: the orders' buyers' e-mails, in the export's order: none is an attendee's
BUYERS = ["barton.mike@kreiger.com", "hilpert.mallie@yahoo.com", "deichmann@kerluke.com",
          "hill.zakary@yahoo.com", "wyman49@yahoo.com"]

# per language: the contact's and the order's columns as the map reads them (target ->
# header), the order's customer link's header
LANGS: dict[str, dict[str, Any]] = {
    "attendize-export-en": {
        "contact": {"firstname": "First Name", "lastname": "Last Name",
                    "emailaddress1": "Email"},
        "salesorder": {"ordernumber": "Reference", "name": "Reference",
                       "submitdate": "Order Date",
                       "totalamount": "Amount"},   # the amount read since session 53
        "customer": "Email"},
    "attendize-export-es": {
        "contact": {"firstname": "Nombre", "lastname": "Apellidos",
                    "emailaddress1": "Correo electrónico",
                    "overriddencreatedon": "Fecha del pedido"},
        "salesorder": {"ordernumber": "Referencia", "name": "Referencia",
                       "submitdate": "Fecha del pedido",
                       "totalamount": "Importe"},
        "customer": "Correo electrónico"},
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "Attendize prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_attendize_attendees_load_and_orders_held_back(name: str,
                                                       runs: Callable[[str], Path]) -> None:
    """The 13 attendees load as contacts field by field, verified with no column differing;
    the 5 orders are all quarantined for their buyer, whose e-mail names no attendee; the
    map reads what ``LANGS`` says and nothing else; no owner column."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("attendees", 13, 13, 0, 0, 0),
                             "salesorder": ("orders", 5, 0, 5, 0, 0)}
    assert not issues(run_dir, "quarantine", "contact")
    assert issues(run_dir, "quarantine", "salesorder") == [
        f"no customerid: '{b}' is not a contact of the export" for b in BUYERS]
    held = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert set(held["column"].to_list()) == {lang["customer"]}

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert {c for c in contacts.columns if not c.startswith("__")} == set(lang["contact"])
    assert [(r["firstname"], r["lastname"], r["emailaddress1"])
            for r in contacts.to_dicts()] == ATTENDEES
    assert contacts["__source_id"].to_list() == [a[2] for a in ATTENDEES]  # by e-mail
    if "overriddencreatedon" in lang["contact"]:
        assert set(contacts["overriddencreatedon"].to_list()) == {"2023-01-25T21:50:45Z"}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    for table in tables.values():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == \
            lang[table["target"]], table["target"]
        assert not table.get("owner")            # no owner column read
    assert not tables["contact"].get("lookups")
    assert {lk["target"]: lk.get("source") for lk in tables["salesorder"]["lookups"]} == {
        "customerid": lang["customer"], "pricelevelid": None}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0

    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "attendees": ("contact", {"contact": 13}), "orders": ("order", {"salesorder": 5})}
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())


def test_attendize_spanish_orders_named_without_the_intake(tmp_path: Path) -> None:
    """Without the parameters' intake line discovery names the Spanish orders' file an
    order, by its order date ('Fecha del pedido': session 45's tuning on round S; the branch
    point named it unknown), as it names the English one; the attendees are contacts."""
    objs = discovered_without_intake("attendize-export-es", tmp_path,
                                     {"orders.csv": {"object": "order"}})
    assert {o["source"]: o["name"] for o in objs} == {"attendees": "contact",
                                                      "orders": "order"}
