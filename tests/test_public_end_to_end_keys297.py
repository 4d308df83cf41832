"""keys297's public exports run end to end from their parameters files, decisions only
(issue 13): Galette (galette/galette at 6faa6f88, GPL-3.0; membership management for
associations), its tests' fixed records (the ten members of tests/fixtures/tests_members.json,
the two of GaletteTestCase, four contributions its tests make) as its own CSV exports
(MembersCsv, ContributionsCsv) write them, headed in English, French, German and Spanish
(tests/data/exports/galette-export-en, -fr, -de, -es; SOURCE.md), written on the branch-point
engine 1fcf865d (session 44, round R) and brought up to the engine's session-44 rules (the
public "other information" note read as the description in every language, fr's Pseudo and
de's Rufname as the nickname, de's Beruf as the job title, fr's Personne morale and es's
Persona moral as the company link; de's Benutzername, a member's own login, no longer the
owner). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the members file's
name, the columns the run reads and whether the username column becomes the owner), then
the owners where it does (es) and where it no longer does (de). In each: the 12 members
load as contacts, nothing held back; records field by field (names, nickname, profession,
birth date, gender, address, phone, e-mail, creation date; the public note read as the
description, empty in every row); the genders as decided (7 men, 2 women, 3 unspecified
left empty); verification finds no column differing. The parameters decide the members
file's kind (discovery names it contact in en, fr and de -- en and de since the session-44
rules, lead and user before -- and unknown in es), its key (Galette's member id), the
genders' options and that a member's status (its standing in the association) is not the
record's status.

What is not read (left unmapped by the engine, or left out), in every language:
- the contributions file (membership fees and donations: discovery names it unknown and no
  map entry takes it; it is listed in the inventory as not migrated);
- the member id (the key only), the status, the title (empty; de reads 'Anrede' as the
  salutation, empty in every row), the staff's "other information (admin)" note (empty; the
  public one is read as the description, empty too), the login and admin / exempt / public
  flags, the account's Yes / No, the modification and due dates, the language, the
  birthplace, the GPG id, the parent and the member number;
- the company (Company / Personne morale / Firma / Persona moral: free text) is read as a
  link to an account the run does not load: left, flagged on the three members who name one
  (fr and es read it so since the session-44 rules, leaving it unread before);
- es leaves the first name unread (the second 'Nombre', read as Nombre_2);
- es's Usuario (the member's Galette login) is read as the owner's name: no user of the org,
  every member goes to the fallback owner (the key says the login names no owner: still
  wrong). de's Benutzername was read so on 1fcf865d; the session-44 rule that a person's own
  login names no owner leaves it unread now (right per the key): de's owner queue is empty.
  en takes its owner from the member number and fr from none (both right in effect: en's
  member number is empty in every row, so no member names an owner).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

BASE = {"lastname", "birthdate", "gendercode", "address1_line1", "address1_postalcode",
        "address1_city", "address1_stateorprovince", "address1_country", "telephone1",
        "mobilephone", "emailaddress1", "overriddencreatedon"}
RENE = {  # GaletteTestCase::dataAdherentOne, member 11 (the tests' clock at 2020-11-07)
    "lastname": "Durand", "firstname": "René", "nickname": "ubertrand",
    "birthdate": "1937-12-26T00:00:00Z", "gendercode": None,
    "address1_line1": "66, boulevard De Oliveira", "address1_postalcode": "39 069",
    "address1_city": "Martel", "address1_stateorprovince": "Caribbean",
    "address1_country": "Antarctique", "telephone1": "0439153432", "mobilephone": None,
    "emailaddress1": "meunier.josephine95842354@ledoux.com", "jobtitle": "Chef de fabrication",
    "description": None, "overriddencreatedon": "2020-06-10T00:00:00Z"}
JULES = {  # tests_members.json's sixth member: a woman (the fixture's gender 2)
    "lastname": "Montmarc", "firstname": "Jules", "gendercode": 2,
    "birthdate": "1925-07-10T00:00:00Z", "address1_country": "Norvège",
    "telephone1": "0129447169", "overriddencreatedon": "2017-08-07T00:00:00Z"}
LUCAS = {"lastname": "Hoarau", "gendercode": 1, "birthdate": "1992-09-13T00:00:00Z",
         "overriddencreatedon": "2019-05-20T00:00:00Z"}   # dataAdherentTwo, member 12
LOGINS = {"honore.royer", "tessier.laure", "eric.adam", "elisabeth05", "josephine.vallet",
          "benjamin.germain", "antoinette16", "cdelattre", "elodie.bigot", "qchretien",
          "arthur.hamon95842354", "nathalie5195842354"}

# per language: the members file, the contact columns read beyond BASE, the company read
# as a link left out (an account the run does not load), the login read as the owner
LANGS: dict[str, dict[str, Any]] = {
    "galette-export-en": {"file": "filtered_memberslist",
                          "more": {"firstname", "nickname", "jobtitle", "description"},
                          "company_left": True, "owner": False},
    "galette-export-fr": {"file": "liste_adherents_filtree",
                          "more": {"firstname", "nickname", "jobtitle", "description"},
                          "company_left": True, "owner": False},
    "galette-export-de": {"file": "gefilterte_Mitgliedsliste",
                          "more": {"firstname", "nickname", "salutation", "jobtitle",
                                   "description"},
                          "company_left": True, "owner": False},
    "galette-export-es": {"file": "lista de socios_filtrada",
                          "more": {"nickname", "jobtitle", "description"},
                          "company_left": True, "owner": True},
}


def _row(frame: pl.DataFrame, row: int) -> dict[str, Any]:
    rows = frame.filter(pl.col("__source_row") == row).to_dicts()
    assert len(rows) == 1, row
    return rows[0]


@pytest.mark.parametrize("name", list(LANGS))
def test_galette_export_loads_in_four_languages(name: str,
                                                runs: Callable[[str], Path]) -> None:
    """The 12 members load as contacts, nothing held back; the columns each language's
    headers give; records field by field; genders as decided; the contributions file left
    out as unknown; verification finds no column differing."""
    lang = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": (lang["file"], 12, 12, 0, 0, 0, 0)}
    frame = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    read = {c for c in frame.columns if not c.startswith("__")}
    assert read == BASE | lang["more"]

    for row, fields in ((11, RENE), (6, JULES), (12, LUCAS)):
        got = _row(frame, row)
        assert {k: got[k] for k in fields if k in read} == {
            k: v for k, v in fields.items() if k in read}, row
    assert dict(frame["gendercode"].value_counts().iter_rows()) == {1: 7, 2: 2, None: 3}
    assert frame["lastname"].null_count() == 0
    assert frame["emailaddress1"].n_unique() == 12
    assert frame["description"].null_count() == 12   # the public note: empty in every row

    # the company, free text, read as a link to an account the run does not load: flagged
    # left on the members who name one (Galette, Inc. twice, Philippe)
    left = "__via__left__parentcustomerid"
    if lang["company_left"]:
        assert sorted(frame.filter(pl.col(left).fill_null(False))["__source_row"]) == [2, 9, 12]
    else:
        assert left not in frame.columns
    owners = (set(frame["__owner_email"].drop_nulls()) if "__owner_email" in frame.columns
              else set())
    assert owners == (LOGINS if lang["owner"] else set())

    files = inventory_files(run_dir)
    assert {f: files[f]["kind"] for f in files} == {
        lang["file"]: "contact", "filtered_contributionslist": "unknown"}
    assert files["filtered_contributionslist"]["reason"].startswith("not migrated")
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert not any(n for cols in verified.values() for n in cols.values())


@pytest.mark.parametrize("name", ["galette-export-es"])
def test_galette_export_logins_fall_back(name: str, runs: Callable[[str], Path]) -> None:
    """es's Usuario, read as the owner: the twelve members' Galette logins, none a user of
    the org, every member to the fallback owner."""
    queue = pl.read_csv(runs(name) / "owner_queue.csv", infer_schema=False)
    assert set(queue["email"]) == LOGINS
    assert set(queue["status"]) == {"unmatched"}
    assert all(r.startswith("assigned to fallback owner") for r in queue["resolution"])
    assert sum(int(n) for n in queue["records"]) == 12


def test_galette_export_de_login_names_no_owner(runs: Callable[[str], Path]) -> None:
    """de's Benutzername, the member's own Galette login, names no owner since the session-44
    rules (it did on 1fcf865d): left unread, no owner column, the owner queue empty."""
    run_dir = runs("galette-export-de")
    frame = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "__owner_email" not in frame.columns
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
