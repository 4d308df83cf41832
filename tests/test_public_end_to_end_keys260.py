"""keys260's public exports run end to end from their parameters files, decisions only
(issue 13): EGroupware's own addressbook CSV export (importexport's "export-addressbook-csv"
definition) of the four contacts its test suite creates, in German, Japanese and Greek
(tests/data/exports/egroupware-export-de, -ja, -el). Same harness as
tests/test_public_end_to_end.py.

Each parameters file names each contact's EGroupware id as its key (a decision: the engine
leaves it unmapped); what else arrives is what the engine reads."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
)

FILE = "egw_export_addressbook-2026-08-22"


def _run(name: str, tmp_path: Path) -> dict:
    """The one file loads whole as contacts: ContactEntryTest's 'Test Guy' and the three users
    (Boss, Secretary, Other User) with their e-mails."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert set(inventory_files(run_dir)) == {FILE}
    assert outcomes(out) == {"contact": (FILE, 4, 4, 0, 0, 0)}
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    rows = {r["firstname"]: r for r in contacts.to_dicts()}
    assert sorted((r["firstname"], r["lastname"]) for r in rows.values()) \
        == [("Boss", "User"), ("Other", "User"), ("Secretary", "User"), ("Test", "Guy")]
    for login in ("boss", "secretary", "other"):
        assert rows[login.capitalize()]["emailaddress1"] == f"{login}@example.org"
    guy = rows["Test"]
    assert (guy["mobilephone"], guy["telephone2"]) == ("555-4321", "66 12 34 56")
    # the organisation is a name on the contact; no account is moved, so no parent arrives
    assert "parentcustomerid" not in contacts.columns
    return guy


def test_egroupware_export_de_loads_contacts(tmp_path: Path) -> None:
    """German: Test Guy arrives with his salutation and birthday."""
    guy = _run("egroupware-export-de", tmp_path)
    assert (guy["salutation"], guy["birthdate"][:10]) == ("Mr", "1995-07-28")


def test_egroupware_export_ja_loads_contacts(tmp_path: Path) -> None:
    """Japanese: the birthday arrives; the prefix ('プレフィックス') is unread, so Test Guy's
    salutation does not."""
    guy = _run("egroupware-export-ja", tmp_path)
    assert guy["birthdate"][:10] == "1995-07-28"
    assert guy.get("salutation") is None


def test_egroupware_export_el_loads_contacts(tmp_path: Path) -> None:
    """Greek: the salutation arrives; the birthday ('Ημέρα Γενεθλίων') is unread, so it does
    not."""
    guy = _run("egroupware-export-el", tmp_path)
    assert guy["salutation"] == "Mr"
    assert guy.get("birthdate") is None
