"""keys382's public exports run end to end from their parameters files, decisions only
(issue 13): OXID eShop (OXID-eSales/oxideshop_ce at 80f11a92, GPL-3.0; a PHP e-commerce
shop), the records its admin acceptance tests load (demodata_PE_CE.sql: 11 users, 11
orders, 12 articles) as its admin's user, order and article lists print them, headed by its
own labels in English and German, the only two admin languages it ships
(tests/data/exports/oxid-export-en, -de; SOURCE.md), on the branch-point engine 549b7ff6
(session 51, round Z3). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers each map
entry reads). In both languages the 11 users load as contacts (the whole 'last first' name
as the last name) and the 12 articles as single products on the org's own default unit
group and unit (the test creates them, as the org's admin would); verification finds no
column differing. Seven test users give a six-digit phone ('444444'): the load clears it
(no phone number has fewer than 7 digits) and says so. The parameters decide the users
file's kind (discovery names it system users), the keys (customer number, article number),
every column read, the e-mail left unread, the product structure, whole-unit quantities and
the units.

What the run reads, in both languages: the users' name, street, ZIP, city and phone (the
customer number as the key); the articles' number, title and short description.

What is NOT read (left unmapped, by the engine or by decision), in both languages:
- users: the e-mail (by decision: the list cuts it at 21 characters, no address is left),
  the active flag; the customer number only as the key (en: the map proposes it as the
  contact's company, no record answers it, nothing is linked);
- products: the active flag;
- the orders file (by decision: the list names its buyer only by first and last name, no
  reference to a user, and Dynamics holds an order only with its customer): not migrated,
  the inventory says why;
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
from test_public_end_to_end_session12 import _product_catalogue

UNITS = {"defaultuomid", "defaultuomscheduleid"}


def _headers(user: list[str], product: list[str], linked: bool) -> dict[str, Any]:
    """Each map entry's columns (target: header) from the files' headers in file order."""
    return {
        "contact": {"lastname": user[1], "address1_line1": user[3],
                    "address1_postalcode": user[4], "address1_city": user[5],
                    "telephone1": user[6]},
        "product": {"productnumber": product[1], "name": product[2],
                    "description": product[3], "productstructure": None,
                    "quantitydecimal": None},
        "key": user[7], "artnum": product[1], "linked": linked}


# per language: the headers of users.csv and products.csv in file order, and whether the map
# proposes the customer number as the contact's company (en) or not (de)
LANGS: dict[str, dict[str, Any]] = {
    "oxid-export-en": _headers(
        ["A", "Name", "E-mail", "Street", "ZIP", "City", "Phone", "Cust No."],
        ["A", "Prod.No.", "Title", "Short Description"], True),
    "oxid-export-de": _headers(
        ["A", "Name", "E-Mail", "Straße", "PLZ", "Ort", "Telefon", "Kundennummer"],
        ["A", "Art.-Nr.", "Titel", "Kurzbeschreibung"], False),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below, the
    org's default unit group and unit made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_oxid_users_and_articles_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The users load as contacts, the articles as products; the orders are not read;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("users", 11, 11, 0, 0, 0, 0), "product": ("products", 12, 12, 0, 0, 0, 0)}
    assert out["contact"]["cleared_fields"] == {"telephone1": 7}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "users": ("contact", {"contact": 11}), "products": ("product", {"product": 12}),
        "orders": ("order", {})}
    assert not files["orders"]["migrated"]
    assert files["orders"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    assert [u["source"] for u in mapping["unmatched_sources"]] == ["orders"]
    for entry in ("contact", "product"):
        assert {c["target"]: c["source"] for c in tables[entry]["columns"]} == lang[entry]
        assert not tables[entry].get("owner")
    assert tables["contact"]["source_key"] == f"key({lang['key']})"
    assert tables["product"]["source_key"] == f"key({lang['artnum']})"
    assert not tables["contact"].get("lookups")
    # en: the customer number is proposed as the contact's company; no record answers it,
    # nothing is linked
    want = [(lang["key"], "parentcustomerid")] if lang["linked"] else []
    assert [(u["source"], u["target"])
            for u in tables["contact"].get("unresolved_lookups") or []] == want
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.height == 11 and contacts["lastname"].null_count() == 0
    assert not any(c.startswith("__ref__") for c in contacts.columns)   # linked to nothing
    assert "emailaddress1" not in contacts.columns
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert set(cleared["target"].to_list()) == {"telephone1"} and cleared.height == 7
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products.height == 12 and products["productstructure"].to_list() == [1] * 12
    assert products["name"].null_count() == 0

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
