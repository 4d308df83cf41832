"""keys341's public export runs end to end from its parameters file, decisions only
(issue 13): Koha (Koha-Community/Koha, GPL-3.0-or-later; the open-source integrated library
system), its English optional installer sample data (sample_patrons.sql at 82b6bf93: 50
patrons; sample_libraries.sql at c25393f2: 9 libraries) as its own exports write them
(misc/export_borrowers.pl; a guided report of the libraries), headed by Koha's database
field names (tests/data/exports/koha-export-en; SOURCE.md), on the branch-point engine
d68e969e (session 49, round W). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``, through conftest's ``runs``).

What loads: the 9 libraries as accounts (name, first address line; their code the source
key) and the 50 patrons as contacts (borrowernumber the source key), each patron's
parentcustomerid its home library, found by the library's code (22 MAIN, 18 SAT2, 9 SAT1,
1 ML); nothing held back, skipped or failed; no owner queued (the export names none: every
record to the fallback owner). Verification reads every record back with no column
differing. The parameters decide the libraries file's kind (account: discovery named it
unknown), the account's name and address columns (the map left both unmapped), the title
as the salutation (the map read it as the job title), the circulation note as the
description (the map took the alternate contact's note), the sex's options (M 1 Male, F 2
Female), no owner column for contacts (the map read the patron's own login, userid, as the
owner) and the link to the home library.

What is read, patrons: surname, firstname, title (empty), address, address2, city (city and
state in one cell, as Koha keeps it), zipcode, email, phone, mobile, fax, dateofbirth (8
empty), sex (the admin's empty), borrowernotes (empty), branchcode (the link), and since
session 64 the alternate address's street, city and zip (B_address, B_city, B_zipcode) as
the second address. Libraries:
branchname, branchaddress1 (five empty).

What is NOT read (left unmapped by the engine): the patrons' cardnumber, othernames,
initials, street number and type, the secondary e-mail and phone (emailpro, phonepro), the
alternate address's street number and type, e-mail and phone, categorycode, dateenrolled,
dateexpiry, the flags (gonenoaddress, lost, debarred), the guarantor's fields (contactname,
contactfirstname, contacttitle, guarantorid, relationship), ethnicity, ethnotes, userid,
opacnote, contactnote, password, flags, sort1, sort2.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "koha-export-en"
#: the libraries, in the file's order: code, name
LIBRARIES = [("ML", "Shannon Media Library"), ("SPL", "Shannon"),
             ("MAIN", "Shannon Public Library"), ("SRR", "Shannon Reading Room"),
             ("SHM", "Shannon Mending"), ("SHP", "Shannon Processing"),
             ("IPT", "Institut Protestant de Théologie"), ("SAT1", "Levin"),
             ("SAT2", "Foxton")]
#: the patrons' home libraries (the link's values) and how many patrons each has
HOME = {"MAIN": 22, "ML": 1, "SAT1": 9, "SAT2": 18}
CONTACT = {"lastname": "surname", "firstname": "firstname", "salutation": "title",
           "address1_line1": "address", "address1_line2": "address2",
           "address1_city": "city", "address1_postalcode": "zipcode",
           "emailaddress1": "email", "telephone1": "phone", "mobilephone": "mobile",
           "fax": "fax", "birthdate": "dateofbirth", "gendercode": "sex",
           "description": "borrowernotes",
           # since session 64: the alternate address (B_*) is the second address
           "address2_line1": "B_address", "address2_city": "B_city",
           "address2_postalcode": "B_zipcode"}
ACCOUNT = {"name": "branchname", "address1_line1": "branchaddress1"}


def test_koha_patrons_load_as_contacts_of_their_libraries(
        runs: Callable[[str], Path]) -> None:
    """The libraries load as accounts and the patrons as contacts attached to their home
    library, as counted, nothing held back, no owner queued; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("libraries", 9, 9, 0, 0, 0, 0), "contact": ("patrons", 50, 50, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "libraries": ("account", {"account": 9}), "patrons": ("contact", {"contact": 50})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    assert {c["target"]: c["source"] for c in tables["account"]["columns"]} == ACCOUNT
    assert {c["target"]: c["source"] for c in tables["contact"]["columns"]} == CONTACT
    assert tables["account"]["source_key"] == "branchcode"
    assert tables["contact"]["source_key"] == "borrowernumber"
    assert not tables["contact"].get("owner") and not tables["account"].get("owner")
    assert not tables["account"].get("lookups")
    assert {lk["target"]: (lk["table"], lk["source"], lk["by"])
            for lk in tables["contact"]["lookups"]} == {
        "parentcustomerid": ("account", "branchcode", "branchcode")}
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row")
    assert list(zip(accounts["__source_id"], accounts["name"], strict=True)) == LIBRARIES
    assert accounts["address1_line1"].is_null().sum() == 5
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts["__source_id"].to_list() == [str(n) for n in range(1, 51)]
    assert contacts.row(0, named=True)["lastname"] == "Admin"
    assert dict(Counter(contacts["__ref__parentcustomerid_account"].to_list())) == HOME
    assert dict(Counter(contacts["gendercode"].to_list())) == {1: 16, 2: 33, None: 1}
    assert contacts["birthdate"].is_null().sum() == 8
    for empty in ("salutation", "emailaddress1", "description", "fax", "address1_line2"):
        assert contacts[empty].is_null().all(), empty

    load = yaml.safe_load((run_dir / "load" / "contact.json").read_text(encoding="utf-8"))
    assert load["links"] == {"parentcustomerid": {"named": 50, "unresolved": 0}}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["contact"]) == set(CONTACT) | {"parentcustomerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
