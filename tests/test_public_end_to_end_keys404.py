"""keys404's public exports run end to end from their parameters files, decisions only
(issue 13): Jethro Pmm (tbar0970/jethro-pmm at 49298799, GPL-3.0; open-source church people
management), the six persons in two families of its own sample import as its person list's
"Download CSV" writes persons and families, headed by its own labels in English and Spanish
(tests/data/exports/jethro-export-en, -es; SOURCE.md), on the branch-point engine 61abbabc
(session 53, round Z6). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

One parametrized test over the two languages (``LANGS``: per language, the headers each map
entry reads and the family name's header). In both languages the 2 families load as accounts
(by decision: discovery names the file unknown) and the 6 persons as contacts, each linked to
its family's account by the family's name (the person file has no family id: the link is
decided 'by' the families' name column); nothing is held back and verification finds no
column differing. The parameters decide the families' kind, the suburb (both files), the
family's phone as the account's main phone, the family status's options (Current Active),
the person's status (Core / Crowd / Contact) left unread, the joined e-mails and the owner
columns left out, the person's created date, and in Spanish the last name and the family's
name (the map read 'FAMILY_NAME' as the last name and left 'NOMBRE DE FAMILIA' unread).

What the run reads, in both languages: a person's first and last name, gender, e-mail, mobile,
work phone, the family's street, suburb, state, postcode and home phone (as the home phone),
and the family link; a family's name, street, suburb, state, postcode, home phone (as the main
phone) and status. The created date ('21 Aug 2026 10:54pm', PHP's 'j M Y g:ia') is mapped on
both and given its format; it arrives as written (at 61abbabc intake's month reading
rewrote it '21 Aug 2026, 10:54pm' before the decided format was tried and every value was
cleared; session 53 reads the value as written first).

What is NOT read (left unmapped by the engine or by decision), in both languages:
- persons: the age bracket (both columns), the congregation (both: empty), the status (by
  decision), the date of the last status change (empty), the creator (the remarks, empty,
  are read as the description since session 53);
- families: the creator (empty), the members' names, mobiles and e-mails joined (e-mails by
  decision), the adult and selected members' names.
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
    outcomes,
    verified_columns,
)

#: the persons in the file's order, and their families' ids (Luther 2, Calvin 3)
PERSONS = ["Martin", "Katherine", "Hans", "Elizabeth", "John", "Idelette"]
FAMILY_OF = ["2", "2", "2", "2", "3", "3"]
GENDERS = [1, 2, 1, 2, 1, 2]   # Male, Female (Dataverse's gendercode)
KINDS = {"families": ("account", {"account": 2}), "persons": ("contact", {"contact": 6})}

_CONTACT_EN = {
    "firstname": "FIRST NAME", "lastname": "LAST NAME", "gendercode": "GENDER",
    "emailaddress1": "EMAIL", "mobilephone": "MOBILE TEL", "telephone1": "WORK TEL",
    "address1_line1": "ADDRESS_STREET", "address1_city": "ADDRESS_SUBURB",
    "address1_stateorprovince": "ADDRESS_STATE", "address1_postalcode": "ADDRESS_POSTCODE",
    "telephone2": "HOME_TEL", "overriddencreatedon": "CREATED DATE",
    "description": "CONTACT REMARKS"}   # read since session 53 (empty in the sample)
_ACCOUNT_EN = {
    "name": "FAMILY NAME", "address1_line1": "STREET ADDRESS", "address1_city": "SUBURB",
    "address1_stateorprovince": "STATE", "address1_postalcode": "POSTCODE",
    "telephone1": "HOME TEL", "statuscode": "STATUS", "overriddencreatedon": "CREATED DATE"}

# per language: the headers each map entry reads (target: header)
LANGS: dict[str, dict[str, Any]] = {
    "jethro-export-en": {"contact": _CONTACT_EN, "account": _ACCOUNT_EN},
    "jethro-export-es": {
        "contact": {**_CONTACT_EN, "firstname": "NOMBRE", "lastname": "APELLIDO",
                    "gendercode": "SEXO", "mobilephone": "CELULAR",
                    "telephone1": "TEL. TRABAJO"},
        "account": {**_ACCOUNT_EN, "name": "NOMBRE DE FAMILIA", "telephone1": "TEL. CASA",
                    "statuscode": "ESTADO"}},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_jethro_families_and_persons_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The families load as accounts, the persons as contacts linked to their family's
    account, as counted, nothing held back; the created dates kept; verification finds
    no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("families", 2, 2, 0, 0, 0, 0), "contact": ("persons", 6, 6, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    for entry in ("account", "contact"):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == lang[entry]
        assert table["source_key"] == "ID"
        assert not table.get("owner")
        assert not table.get("unresolved_lookups")
    assert not tables["account"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"])
            for lk in tables["contact"]["lookups"]} == {
        "parentcustomerid": ("account", "FAMILY_NAME")}
    assert not mapping["unmatched_sources"]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["firstname"].to_list() == PERSONS
    assert contacts["gendercode"].to_list() == GENDERS
    assert contacts["__ref__parentcustomerid_account"].to_list() == FAMILY_OF
    assert contacts["overriddencreatedon"].to_list() == ["2026-08-21T22:54:00Z"] * 6
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert accounts["name"].to_list() == ["Calvin", "Luther"]   # ORDER BY family_name
    assert accounts["__source_id"].to_list() == ["3", "2"]
    assert accounts["statuscode"].to_list() == [1, 1]           # Current: Active
    assert accounts["overriddencreatedon"].to_list() == ["2026-08-21T22:54:00Z"] * 2
    # the created dates, given their format, are read as written: nothing cleared
    for table in ("contact", "account"):
        assert not issues(run_dir, "cleared", table)

    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(lang["account"])
    assert set(verified["contact"]) == set(lang["contact"]) | {"parentcustomerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
