"""keys375's public exports run end to end from their parameters files, decisions only
(issue 13): Evergreen ILS (evergreen-library-system/Evergreen at 921164cb, GPL-2.0-or-later;
the open-source integrated library system), the 377 users (patrons and staff) of its
concerto_enhanced test dataset as the web staff client's patron search grid downloads them
as CSV, headed by its own labels in English, Spanish and Czech
(tests/data/exports/evergreen-export-en, -es, -cs; SOURCE.md), on the branch-point engine
99edcc1e (session 51, round Z). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

One parametrized test over the three languages (``LANGS``: per language, the header each
contact column is read from). In every language the 377 users load as contacts (the ID the
source key), nothing held back, skipped or failed; no owner queued (the export names none:
every record to the fallback owner); verification reads every record back with no column
differing. The parameters decide, in Spanish, the file's kind (contact: discovery named it
unknown); in English and Spanish the billing ("physical") address as the contact's second
address (the map left it unread), in Spanish 'Facturación:País' (es-ES's label of the
billing county) as that county, not the country, and the (empty) e-mail; in Czech 'Stát'
(the state's code) as the state, not the country, 'Okres' as the county, and the date of
birth left unread (in en and es the map leaves it: the grid writes two-digit years, and 41
of the 182 dates of birth are before 1969).

What is read, in every language: last, first and middle name, suffix, created on, daytime
phone, e-mail (empty), the mailing address (street 1 and 2, city, county, state, zip) as
address 1 and the billing address as address 2.

What is NOT read (left unmapped), in every language: the card barcode, the profile
(permission group), the date of birth, the home library (no library file to link to), the
privilege expiration date, the juvenile and barred flags, and in Spanish and Czech the
active flag (in English, since session 64, the active flag is the contact's state).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

#: the contact columns read in every language, by the English headers' order
TARGETS = ["lastname", "firstname", "middlename", "overriddencreatedon",
           "address1_line1", "address1_line2", "address1_city", "address1_county",
           "address1_stateorprovince", "address1_postalcode",
           "address2_line1", "address2_line2", "address2_city", "address2_county",
           "address2_stateorprovince", "address2_postalcode",
           "suffix", "emailaddress1", "telephone1"]
#: per language: the header each target is read from (TARGETS' order), and the key
LANGS: dict[str, tuple[list[str], str]] = {
    "evergreen-export-en": ([
        "Last Name", "First Name", "Middle Name", "Created On",
        "Mailing:Street 1", "Mailing:Street 2", "Mailing:City", "Mailing:County",
        "Mailing:State", "Mailing:Zip",
        "Billing:Street 1", "Billing:Street 2", "Billing:City", "Billing:County",
        "Billing:State", "Billing:Zip",
        "Suffix", "Email Address", "Daytime Phone"], "ID"),
    "evergreen-export-es": ([
        "Apellido(s)", "Primer nombre", "Segundo Nombre", "Created On",
        "Mailing:Street 1", "Mailing:Street 2", "Mailing:City", "Mailing:County",
        "Mailing:State", "Mailing:Zip",
        "Facturación:Calle", "Facturación:Colonia", "Facturación:Ciudad", "Facturación:País",
        "Facturación:Estado", "Facturación:Código Postal",
        "Sufijo", "Dirección de correo electrónico", "Teléfono diurno"], "ID"),
    "evergreen-export-cs": ([
        "Příjmení", "Křestní jméno", "Prostřední jméno", "Vytvořeno",
        "Kontaktní:Ulice 1", "Kontaktní:Ulice 2", "Kontaktní:Město", "Kontaktní:Okres",
        "Kontaktní:Stát", "Kontaktní:PSČ",
        "Trvalá:Ulice 1", "Tvalá:Ulice 2", "Trvalá :Město", "Trvalá:Okres",
        "Trvalá:Stát", "Trvalá:PSČ",
        "Sufix", "E-mailová adresa", "Telefon během dne"], "ID"),
}
#: the first three users: ID, last name, created on, state, county
FIRST = [("2", "Brooks", "2020-10-27T10:26:00Z", "FL", "Indian river"),
         ("3", "Jackson", "2020-10-27T10:26:00Z", "KY", "Wolfe"),
         ("4", "Jones", "2020-10-27T10:26:00Z", "MN", "Dodge")]
#: how many users have a value, per column (the rest empty)
FILLED = {"middlename": 205, "address1_line2": 15, "address2_line2": 15,
          "address1_county": 308, "address2_county": 308, "suffix": 64, "telephone1": 4,
          "emailaddress1": 0}


@pytest.mark.parametrize("name", list(LANGS))
def test_evergreen_users_load_as_contacts_in_three_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 377 users load as contacts with both their addresses, as counted, nothing held
    back, no owner queued; verification finds no column differing."""
    run_dir = runs(name)
    headers, key = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("patrons", 377, 377, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "patrons": ("contact", {"contact": 377})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    # en since session 64: the 'Active' flag is the contact's state (the address's
    # 'Mailing:State' beside it no longer silences it as a second status)
    active = {"statecode": "Active"} if name == "evergreen-export-en" else {}
    assert {c["target"]: c["source"] for c in contact["columns"]} == dict(
        zip(TARGETS, headers, strict=True)) | active
    assert contact["source_key"] == key
    assert not contact.get("owner") and not contact.get("lookups")
    assert not mapping.get("unmatched_sources")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == 377
    assert staged["__source_id"].n_unique() == 377
    assert [(r["__source_id"], r["lastname"], r["overriddencreatedon"],
             r["address1_stateorprovince"], r["address2_county"])
            for r in staged.head(3).to_dicts()] == FIRST
    assert staged["overriddencreatedon"].is_not_null().all()
    assert (staged["overriddencreatedon"].min(), staged["overriddencreatedon"].max()) == (
        "2020-10-27T10:26:00Z", "2022-02-24T10:27:00Z")
    for col, n in FILLED.items():
        assert staged[col].is_not_null().sum() == n, col
    for part in ("line1", "line2", "city", "county", "stateorprovince", "postalcode"):
        assert staged[f"address1_{part}"].to_list() == staged[f"address2_{part}"].to_list()
    assert "birthdate" not in staged.columns and "address1_country" not in staged.columns

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(TARGETS) | set(active)
    assert not any(n for cols in verified.values() for n in cols.values())
