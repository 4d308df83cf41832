"""Session 55's rules, each on made-up data: a contact's 'company' column in Dataverse is its
Company Phone (FormatName Phone), so a file's 'Company' column of company names is no
same-name match for it; a header that says phone still is."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
CONTACT = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
           **load_table_defs(ROOT / "tests" / "data" / "tables")}["contact"]


def _top(df: pl.DataFrame) -> dict[str, str | None]:
    got = suggest_columns(df, dict(CONTACT), source_object="people")
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_a_company_name_column_is_no_contacts_company_phone() -> None:
    people = pl.DataFrame({"First name": ["Ana", "Bo"], "Last name": ["Ruiz", "Berg"],
                           "Email": ["ana@acme.example", "bo@globex.example"],
                           "Company": ["Acme Ltd", "Globex"]})
    assert _top(people)["Company"] == "parentcustomerid"   # the company the person works for
    # a user-account id beside it takes the parent (EGroupware's 'account_id'): the names
    # fall back, never to Company Phone
    beside = pl.DataFrame({"ID": ["1", "2", "3"], "First name": ["Ana", "Bo", "Cy"],
                           "Last name": ["Ruiz", "Berg", "Li"],
                           "Organisation": ["Acme Ltd", "", ""], "account_id": ["", "7", "8"]})
    top = _top(beside)
    assert top["account_id"] == "parentcustomerid"
    assert top["Organisation"] != "company"     # Company Phone would hold 'Acme Ltd'


def test_a_header_saying_phone_still_reaches_the_company_phone() -> None:
    for header in ("Company Main Phone", "Telefon Firma"):
        people = pl.DataFrame({"First name": ["Ana", "Bo"], "Last name": ["Ruiz", "Berg"],
                               header: ["+49 30 1234567", "+49 40 7654321"]})
        assert _top(people)[header] == "company", header
