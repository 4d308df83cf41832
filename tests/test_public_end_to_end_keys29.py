"""keys29's public exports run end to end from their parameters files, decisions only
(issue 13): a Google Contacts CSV (its phones read by their types), Roundcube's address
book of one person with every field, Thunderbird's address books (one file per kind taken,
the others listed). Same harness as tests/test_public_end_to_end.py (that module is long
already)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, issues, run_public


def _staged(run_dir: Path) -> list[dict]:
    return pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()


def _cleared(run_dir: Path) -> dict[str, tuple[str, str]]:
    rows = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False).to_dicts()
    return {r["column"]: (r["target"], r["reason"]) for r in rows}


def _files(run_dir: Path) -> dict[str, dict]:
    inventory = json.loads((run_dir / "inventory.json").read_text())
    return {f["source"]: f for f in inventory["files"]}


def test_google_contacts_csv_phones_by_their_types(tmp_path: Path) -> None:
    run_dir = run_public("gmail-csv-roundcube", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"contact": (1, 1, 0, 0)}
    [person] = _staged(run_dir)
    assert (person["firstname"], person["middlename"], person["lastname"],
            person["salutation"], person["suffix"], person["nickname"]) == (
        "Firstname", "Middle", "Lastname", "Prefix", "Suffix", "nick")
    assert (person["emailaddress1"], person["emailaddress2"], person["emailaddress3"]) == (
        "home@aaa.pl", "work@email.pl", "unknown@email.com")    # e-mails keep their place
    assert person["jobtitle"] == "jobtitle"                    # 'Organization 1 - Title'
    assert person["birthdate"].startswith("1975-12-12")
    # the phones' values are their types' names, no numbers: each one taken by its type,
    # then cleared with a reason a person reads, never written into the org as a number
    cleared = _cleared(run_dir)
    # session 56: the emulator serves pager and business2: the Pager-typed phone is the
    # pager, the Work-typed one the second business phone (the Main one is the first); the
    # Home Fax-typed one is left unread by the parameters (address 2 is the Work address here)
    assert {c: t for c, (t, _) in cleared.items()} == {
        "Phone 1 - Value": "pager", "Phone 2 - Value": "telephone1",
        "Phone 3 - Value": "telephone2", "Phone 5 - Value": "mobilephone",
        "Phone 6 - Value": "business2", "Phone 7 - Value": "fax"}
    assert all("is not a phone number" in why for _, why in cleared.values())
    assert all(person[t] is None for t, _ in cleared.values())
    assert person.get("address2_fax") is None and person.get("address1_fax") is None
    mapping = (run_dir / "mapping.yml").read_text(encoding="utf-8")
    assert "read by its type (''Phone 5 - Type'' says Mobile)" in mapping
    # the employer matched no record of the export: the person moved without it, said so
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}


def test_roundcube_address_book_every_field(tmp_path: Path) -> None:
    run_dir = run_public("roundcube-csv2vcard", tmp_path)
    out = assert_true_counts(run_dir)
    # the list of four addresses is the contacts' second file (session 16: several files of
    # one kind); Outlook's one row is an address of that list again: not moved twice
    assert {k: (o["source_object"], o["source"], o["loaded"]) for k, o in out.items()} == {
        "contact": ("all", 1, 1), "contact_2": ("email", 4, 4)}
    [person] = _staged(run_dir)
    assert (person["salutation"], person["jobtitle"]) == ("Prefix", "Job Title")
    # Outlook's business address is the first ('Work ...'), home the second
    assert (person["address1_line1"], person["address1_city"], person["address1_postalcode"],
            person["address1_country"]) == ("Work Street", "Work City", "Work Zip",
                                             "Work Country")
    assert (person["address2_line1"], person["address2_postalcode"]) == ("Home Street",
                                                                         "Home Zip")
    assert person["birthdate"].startswith("1991-01-20")        # 20/01/1991, day first
    assert person["gendercode"] == 2                           # female
    # three-digit test phones are no phone numbers: cleared, each with its reason (session
    # 56: the emulator serves home2, business2, pager and assistantphone, Outlook's second
    # home and business phones, pager and assistant's phone, so those are read, and cleared)
    assert set(_cleared(run_dir)) == {"Home Phone", "Home Phone 2", "Business Phone",
                                      "Business Phone 2", "Home Mobile", "Business Fax",
                                      "Pager", "Assistant's Phone", "Other Phone"}
    # KNOWN GAP (session 56, reported, not decided away): 'Home Fax' is rightly the home
    # address's fax (address 2 is home here), but Microsoft's metadata gives address2_fax
    # Format Text, so the engine's phone check skips it and '700' is written; this assertion
    # flips when the engine checks the address faxes as phones
    assert person["address2_fax"] == "700"
    assert (person["address3_line1"], person["address3_city"]) == ("Other Street",
                                                                   "Other City")
    files = _files(run_dir)
    assert files["email"]["taken"] == {"contact_2": 4}
    assert files["outlook"]["reason"].startswith(
        "not migrated: its rows are the records of 'email' again (1 of 1 alike by "
        "emailaddress1)")
    report = unescape(re.sub(r"<[^>]+>", " ", (run_dir / "report.html").read_text("utf-8")))
    assert "the 1 row of outlook.csv is Contacts (people) that did not move" in " ".join(
        report.split())


def test_thunderbird_address_books(tmp_path: Path) -> None:
    run_dir = run_public("thunderbird-addrbook-tests", tmp_path)
    out = assert_true_counts(run_dir)
    # each book is a file of contacts of its own (session 16), but the semicolon book holds
    # the basic book's two people again: not moved twice
    assert {k: (o["source_object"], o["source"], o["loaded"]) for k, o in out.items()} == {
        "contact": ("basic_csv_addressbook", 2, 2), "contact_2": ("export", 2, 2),
        "contact_3": ("shiftjis_addressbook", 1, 1)}
    assert {(p["firstname"], p["lastname"], p["emailaddress1"]) for p in _staged(run_dir)} \
        == {("John", "Doe", "john@doe.invalid"), ("Jane", "Doe", "jane@doe.invalid")}
    assert issues(run_dir, "quarantine", "contact") == []
    files = _files(run_dir)
    assert (files["export"]["taken"], files["shiftjis_addressbook"]["taken"]) == (
        {"contact_2": 2}, {"contact_3": 1})
    assert not files["csv_semicolon"]["taken"] and files["csv_semicolon"]["reason"].startswith(
        "not migrated: its rows are the records of 'basic_csv_addressbook' again")
    assert not files["quote"]["taken"] and "could not tell" in files["quote"]["reason"]
