"""keys395's public exports run end to end from their parameters files, decisions only
(issue 13): Frappe LMS (frappe/lms at 91bc5478, AGPL-3.0; the Frappe framework's learning
management system), its own fixed records (its demo data, lms/demo/demo_data.py, and the
users and courses its tests create with literal values: 24 members, 5 courses, 5 enrolments)
as its members list and Frappe's report view show them, headed by its own labels in English,
German, Spanish and Dutch (tests/data/exports/frappe-lms-export-en, -de, -es, -nl;
SOURCE.md), on the branch-point engine ab22d9b6 (session 52, round Z5). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads). In every language the 24 members load as contacts (e-mail, first and last
name) and the 5 courses as products on the org's own default unit group and unit (the test
creates both first, as the org's admin would): id as the product number, title as the name,
short introduction as the description, single products in whole units. Nothing is held back,
nothing closed, and verification finds no column differing.

The parameters decide: the members file's kind (discovery names it users, by its name: the
measured miss), the courses file's kind (discovery names it unknown: the measured miss), the
enrolments file's kind (unknown: no Sales table; discovery names it users in English), the
keys (a member's e-mail, a course's id), the members' names and e-mail and the courses'
title and introduction (the map proposed nothing for either file), the units, whole-unit
single products.

What is NOT read (left unmapped, by the engine or by decision), in every language:
- members: the full name (Dynamics computes it from the names), the roles;
- courses: the category, the tags, 'Paid Course' ('Published', 1 in every row, is the
  product's state since session 64: Active);
- the enrolments file (enrollments.csv): named unknown (by decision), not migrated, the
  inventory says why;
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
KINDS = {"members": ("contact", {"contact": 24}), "courses": ("product", {"product": 5}),
         "enrollments": ("unknown", {})}
#: the first members: the demo data's, in its file's order, then the tests' first
FIRST = [("Ashley", "Ippolito", "ash@ipp.com"), ("John", "Doe", "john.doe@example.com"),
         ("Jane", "Smith", "jane.smith@example.com"), ("Jannat", "Patel", "jannat@example.com"),
         ("Frappe", "Admin", "frappe@example.com")]
COURSES = ["a-guide-to-frappe-learning", "utility-course", "rename-untitled-course",
           "other-referrer-course", "display-timezone-course"]


def _lang(email: str, first: str, last: str, ident: str, title: str, intro: str,
          published: str) -> dict[str, Any]:
    return {
        "contact": {"emailaddress1": email, "firstname": first, "lastname": last},
        "product": {"productnumber": ident, "name": title, "description": intro,
                    "productstructure": None, "quantitydecimal": None,
                    "statecode": published},
        "email": email, "id": ident}


LANGS: dict[str, dict[str, Any]] = {
    "frappe-lms-export-en": _lang("Email", "First Name", "Last Name", "ID", "Title",
                                  "Short Introduction", "Published"),
    "frappe-lms-export-de": _lang("E-Mail", "Vorname", "Nachname", "ID", "Titel",
                                  "Kurze Einführung", "Veröffentlicht"),
    "frappe-lms-export-es": _lang("Correo electrónico", "Primer Nombre", "Apellido",
                                  "Identificador", "Título", "Breve introducción", "Publicado"),
    "frappe-lms-export-nl": _lang("E-mail", "Voornaam", "Achternaam", "ID", "Titel",
                                  "Korte introductie", "Gepubliceerd"),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below; the
    org's default unit group and unit made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _product_catalogue))


@pytest.mark.parametrize("name", list(LANGS))
def test_frappe_lms_members_and_courses_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The members load as contacts, the courses as products, as counted, nothing held
    back; the enrolments are not read; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("members", 24, 24, 0, 0, 0, 0),
        "product": ("courses", 5, 5, 0, 0, 0, 0)}
    assert out["contact"]["closed"] == 0 and out["product"]["closed"] == 0
    assert not out["contact"]["cleared_fields"] and not out["product"]["cleared_fields"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    assert not files["enrollments"]["migrated"]
    assert files["enrollments"]["reason"].startswith("not migrated")

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "product"}
    for target, table in tables.items():
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == lang[target]
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert tables["contact"]["source_key"] == f"key({lang['email']})"
    assert tables["product"]["source_key"] == f"key({lang['id']})"
    assert not tables["contact"].get("lookups")
    assert {lk["target"] for lk in tables["product"]["lookups"]} == UNITS
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("enrollments", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert list(zip(contacts["firstname"], contacts["lastname"], contacts["emailaddress1"],
                    strict=True))[:5] == FIRST
    assert contacts["emailaddress1"].n_unique() == 24
    products = pl.read_parquet(staged / "product.parquet").sort("__source_row")
    assert products["productnumber"].to_list() == COURSES
    assert products["name"].to_list()[:2] == ["A guide to Frappe Learning", "Utility Course"]
    assert products["description"].null_count() == 0
    assert products["productstructure"].to_list() == [1] * 5
    assert products["statecode"].to_list() == [0] * 5    # published: Active

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["product"]) == set(lang["product"]) | UNITS
    assert not any(n for cols in verified.values() for n in cols.values())
