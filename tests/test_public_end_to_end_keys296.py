"""keys296's public exports run end to end from their parameters files, decisions only
(issue 13): QloApps (Qloapps/QloApps at a739332b, OSL-3.0; the hotel booking system, a
PrestaShop 1.6 fork), its install fixtures (1 customer, his 2 addresses in the address list,
5 orders) as its back office's list export writes them, headed by its admin labels in
English, French, German and Spanish (tests/data/exports/qloapps-export-en, -fr, -de, -es;
SOURCE.md), run on the branch-point engine 1fcf865d (session 44, round R). Same harness as
tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the orders' customer
header, the customer's columns read beyond his name and e-mail, and the state column the
map reads), then what is special to each. In all four the customer John DOE loads as a
contact, read back with no column differing; the 5 orders are all held back (quarantined),
each with the reason that its customer 'J. DOE' (the list's initial and last name, looked up
by the parameters among the customers' last names) is no contact of the export: Dynamics
requires an order's customer and the run binds none by guess. The price list the orders
would be on is the one the org's admin set up (the test creates it). The address list is
named unknown by discovery and stays in QloApps, listed in the inventory with its reason.

What is NOT read (left unmapped by the engine, or read as another column), by language:
- all four: the customer's sales (empty), newsletter and partners' opt-in flags,
  registration and last visit (empty); the orders' New client, delivery country, total,
  order source and due amount (empty), payment method's name and date (empty); the address
  list as a whole (no map entry takes it).
- all four, since session 52: the customer's 'Enabled' flag is read as the contact's state
  (1: Active).
- fr: the social title ('Titre', 'M') is read as the job title (the keys: the salutation).
- en, de, es: the social title ('Social title' 'Mr.', 'Anrede' 'Herr', 'Tratamiento' 'Sr.')
  is read as the salutation, as the keys say (en's since the engine's session-44 words; on
  1fcf865d it was not read).
- es: the order state ('Estado'), read as the order's state itself held out (the parameters
  then decided the state of each value), is read as the status reason since session 50, as
  en, fr and de read it (Spanish headers read surely as Spanish: 'Estado' a status).
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
    issues,
    one_row,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: the one customer, as every language reads his name and e-mail
JOHN = {"__source_id": "1", "firstname": "John", "lastname": "DOE",
        "emailaddress1": "pub@prestashop.com"}
#: the orders' ids, as the list gives them (newest first)
ORDER_IDS = ["5", "4", "3", "2", "1"]
# (the registration date is read as the creation since session 48: dates in words)
CONTACT_UNREAD = ("donotbulkemail", "gendercode")

# per language: the orders' Customer header, the customer's social title as read (column,
# value), the state column the map fills from the order state
LANGS: dict[str, dict[str, Any]] = {
    "qloapps-export-en": {"customer": "Customer", "title": ("salutation", "Mr."),
                          "state": "statuscode"},
    "qloapps-export-fr": {"customer": "Client", "title": ("jobtitle", "M"),
                          "state": "statuscode"},
    "qloapps-export-de": {"customer": "Kunde", "title": ("salutation", "Herr"),
                          "state": "statuscode"},
    "qloapps-export-es": {"customer": "Cliente", "title": ("salutation", "Sr."),
                          "state": "statuscode"},
}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "QloApps prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


@pytest.mark.parametrize("name", list(LANGS))
def test_qloapps_customer_loads_and_orders_held_back(name: str,
                                                     runs: Callable[[str], Path]) -> None:
    """The customer loads as a contact field by field (the social title as ``LANGS`` says,
    the columns not read absent), verified with no column differing; the 5 orders are all
    quarantined for their customer 'J. DOE', which names no contact of the export; the
    address list is not moved."""
    run_dir = runs(name)
    want = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("customer", 1, 1, 0, 0, 0),
                             "salesorder": ("orders", 5, 0, 5, 0, 0)}
    assert not issues(run_dir, "quarantine", "contact")
    reasons = issues(run_dir, "quarantine", "salesorder")
    assert reasons == ["no customerid: 'J. DOE' is not a contact of the export"] * 5
    held = pl.read_csv(run_dir / "quarantine" / "salesorder.csv", infer_schema=False)
    assert held["source_id"].to_list() == ORDER_IDS
    assert set(held["column"].to_list()) == {want["customer"]}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    john = one_row(contacts, "__source_id", "1")
    assert {k: john.get(k) for k in JOHN} == JOHN
    title = want["title"]
    assert john[title[0]] == title[1]
    assert not ({"salutation", "jobtitle"} - {title[0]}) & set(contacts.columns)
    assert john["statecode"] == 0   # 'Enabled' 1: active (session 52: the flag is the state)
    for unread in CONTACT_UNREAD:
        assert unread not in contacts.columns, unread
    verified = verified_columns(run_dir)
    assert {"firstname", "lastname", "emailaddress1"} <= set(verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"customer", "address", "orders"}
    assert files["customer"]["taken"] == {"contact": 1}
    assert files["orders"]["taken"] == {"salesorder": 5}
    assert not files["address"]["migrated"] and files["address"]["kind"] == "unknown"
    assert files["address"]["reason"].startswith("not migrated")


@pytest.mark.parametrize("name", list(LANGS))
def test_qloapps_orders_map(name: str, runs: Callable[[str], Path]) -> None:
    """The orders' map: the reference as the order number and (by decision) its name, the
    order state as ``LANGS`` says (its values decided by the parameters), the customer
    linked by last name and the price list the org's, the total (since session 46: the org
    takes it by an update after the create), its date (since session 48); nothing else of
    the list is read (New client, delivery, source, due amount, payment)."""
    run_dir = runs(name)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == "salesorder")
    targets = sorted(c["target"] for c in table["columns"])
    # the order's date (empty in every row): since session 48, but Spanish 'Fecha'
    dated = [] if name == "qloapps-export-es" else ["submitdate"]
    assert targets == sorted(["ordernumber", "name", "totalamount", LANGS[name]["state"],
                              *dated])
    lookups = {lk["target"]: lk.get("source") for lk in table.get("lookups", [])}
    assert lookups == {"customerid": LANGS[name]["customer"], "pricelevelid": None}
    state = next(c for c in table["columns"] if c["target"] == LANGS[name]["state"])
    assert len(state["values"]) == 4 and None not in state["values"].values()
