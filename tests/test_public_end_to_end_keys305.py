"""keys305's public exports run end to end from their parameters files, decisions only
(issue 13): Sylius (Sylius/Sylius at 3466cbab10, MIT; open-source e-commerce), the fixed
records of its API test fixtures as its admin grids list customers, orders and
administrators, plus tony's three addresses, headed by its own labels in English, German
and French (tests/data/exports/sylius-export-en, -de, -fr; SOURCE.md), on the branch-point
engine db4b8118 (session 44, round S). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs``, ``runs_once``).

One parametrized test over the three languages (``LANGS``: per language, the headers the
run reads from and whether it reads the registration date). In every language the 3
customers load as contacts (e-mail, last and first name; their e-mail is their source id),
nothing held back, read back with no column differing; the parameters decide only that
contacts are loaded (no column, key or link decision).

What is not read (left unmapped by the engine, or left out), in every language:
- the customers' enabled and verified flags (the shop account's, Yes / No); the
  registration date in fr (de reads it as the record's created-on date, and en since
  session 54: a person's 'Registration date');
- the addresses file: the run names it unknown (further addresses, no Sales table holds
  them) and does not move it, though its rows are the addressee's name, company and postal
  address;
- the orders file: named orders but not loaded (the parameters name contacts only: the
  fixtures give the orders no number, checkout date or items);
- the administrators file: the shop's staff, matched as users (owners), not created; no
  owner column is read (the fallback owner, no one queued).
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
    verified_columns,
)

#: the customers in the grid's order (newest first), as staged in every language
CUSTOMERS = [("oliver@doe.com", "Doe", "oliver"), ("dave@doe.com", "Doe", "dave"),
             ("tony@doe.com", "Doe", "tony")]
#: their registration dates (the fixtures' '-1 days'... from the commit's date), where read
CREATED = ["2024-10-23T14:15:48Z", "2024-10-22T14:15:48Z", "2024-10-21T14:15:48Z"]
KINDS = {"customers": "contact", "addresses": "unknown", "orders": "order",
         "administrators": "user"}

# per language: the contact columns the map reads and their headers (since session 52 the
# customer's 'Enabled' flag too: the contact's state, every customer enabled: Active)
LANGS: dict[str, dict[str, Any]] = {
    "sylius-export-en": {"contact": {"emailaddress1": "Email", "lastname": "Last name",
                                     "firstname": "First name", "statecode": "Enabled",
                                     "overriddencreatedon": "Registration date"}},
    "sylius-export-de": {"contact": {"emailaddress1": "E-Mail", "lastname": "Nachname",
                                     "firstname": "Vorname",
                                     "overriddencreatedon": "Anmeldedatum",
                                     "statecode": "Aktiviert"}},
    "sylius-export-fr": {"contact": {"emailaddress1": "E-mail", "lastname": "Nom",
                                     "firstname": "Prénom", "statecode": "Activée"}},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_sylius_export_loads_in_three_languages(name: str,
                                                runs: Callable[[str], Path]) -> None:
    """Customers load as contacts as counted, nothing held back; records field by field;
    addresses, orders and administrators not moved; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0)}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert {c for c in contacts.columns if not c.startswith("__")} == set(lang["contact"])
    rows = contacts.to_dicts()
    assert [(r["emailaddress1"], r["lastname"], r["firstname"]) for r in rows] == CUSTOMERS
    assert [r["__source_id"] for r in rows] == [c[0] for c in CUSTOMERS]   # the e-mail
    if "overriddencreatedon" in lang["contact"]:
        assert [r["overriddencreatedon"] for r in rows] == CREATED

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"contact": lang["contact"]}
    assert not any(t.get("owner") for t in mapping["tables"])   # no owner column read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == KINDS
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert not any(n for cols in verified.values() for n in cols.values())
