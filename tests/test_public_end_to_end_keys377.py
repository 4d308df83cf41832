"""keys377's public exports run end to end from their parameters files, decisions only
(issue 13): GiveWP (impress-org/givewp, GPL-2.0-or-later; the WordPress donation plugin), its
own sample donations (sample-data/sample-data.csv at d9fa8f64: 304 donations by 300 donors)
as Give 1.6.4's own CSV exports of donations and donors write them (7bcc80db), headed by its
own labels in English, German, Spanish and Polish (tests/data/exports/givewp-export-en, -de,
-es, -pl; SOURCE.md), on the branch-point engine 549b7ff6 (session 51, round Z3). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads). In every language the 300 donors load as contacts keyed by their WordPress user id
(the export has no donor id), the whole name as the last name; nothing is held back and
verification finds no column differing. The parameters decide the donors file's kind
(discovery names it unknown), the donations file left unmoved (payments received: no Sales
table; discovery names it user or contact), the key, no owner column, and every column read.

What the run reads, in every language: the donors' whole name (as the last name), e-mail,
street, second line, city, state, zip and country.

What is NOT read (left unmapped, by the engine or by decision), in every language:
- donors: the user id (the key), the first donation date, the number and the sum of the
  donations (no contact column), the first name (by decision: the whole name is the last
  name);
- donations: the whole file (unmatched, by decision);
- no owner column (the fallback owner, no one queued).
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

#: the first and the last donor as staged (user id descending): last name (the whole name),
#: e-mail, city, state, postal code, country
FIRST = ("Codee Grimsdith", "cgrimsdith8b@cdc.gov", "Baton Rouge", "Louisiana", "99800",
         "United States")
LAST = ("Vernice Branwhite", "vbranwhite0@desdev.cn", "Houston", "Texas", "99501",
        "United States")
COLUMNS = ("lastname", "emailaddress1", "address1_city", "address1_stateorprovince",
           "address1_postalcode", "address1_country")


def _headers(h: list[str]) -> dict[str, str]:
    """The map's columns (target: header) from donors.csv's headers in file order."""
    return {"lastname": h[0], "emailaddress1": h[1], "address1_line1": h[2],
            "address1_line2": h[3], "address1_city": h[4], "address1_stateorprovince": h[5],
            "address1_postalcode": h[6], "address1_country": h[7], "key": h[8]}


# per language: donors.csv's headers in file order (the first nine)
LANGS: dict[str, dict[str, str]] = {
    "givewp-export-en": _headers(
        ["Full Name", "Email Address", "Address", "Address 2", "City", "State", "Zip",
         "Country", "User ID"]),
    "givewp-export-de": _headers(
        ["Full Name", "Email Adresse", "Adresse", "Adresse 2", "Stadt", "Bundesland", "Zip",
         "Land", "Benutzer ID"]),
    "givewp-export-es": _headers(
        ["Full Name", "Dirección Correo Electrónico", "Dirección: Calle y número",
         "Dirección 2", "Ciudad", "Provincia", "Zip", "Pais", "ID de usuario"]),
    "givewp-export-pl": _headers(
        ["Full Name", "Adres e-mail", "Adres", "Adres 2", "Miejscowość", "Stan/Województwo",
         "Zip", "Kraj", "Identyfikator użytkownika"]),
}


@pytest.mark.parametrize("name", list(LANGS))
def test_givewp_donors_load_as_contacts_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 300 donors load as contacts, nothing held back; the donations stay unmoved;
    verification finds no column differing."""
    run_dir = runs(name)
    lang = dict(LANGS[name])
    key = lang.pop("key")
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("donors", 300, 300, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "donations": ("unknown", {}), "donors": ("contact", {"contact": 300})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact"}
    contact = tables["contact"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == lang
    assert contact["source_key"] == f"key({key})"
    assert not contact.get("owner") and not contact.get("lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("donations", "unknown")]

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.height == 300
    rows = list(zip(*(staged[c] for c in COLUMNS), strict=True))
    assert (rows[0], rows[-1]) == (FIRST, LAST)
    assert staged["emailaddress1"].n_unique() == 300
    assert "firstname" not in staged.columns or staged["firstname"].is_null().all()

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang)
    assert not any(n for cols in verified.values() for n in cols.values())
