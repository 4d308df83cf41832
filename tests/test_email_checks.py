"""Every column the map reads as an e-mail address is checked as one (issue 13).

OpenCATS's dump writes '0' in every empty text: its second e-mail column loaded '0' into
Dynamics 365's Email Address 2, because the suites checked the first address only. On
made-up data: a second address that is no address is cleared with its reason (an optional
field) as the first one is, and the record loads.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.staging.email_checks import EMAIL_REASON, email_expectations
from d365migrate.staging.validate import validate_staged

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_each_mapped_address_gets_the_suites_check_once():
    declared = [{"type": "expect_column_values_to_match_regex",
                 "kwargs": {"column": "emailaddress1", "regex": "^x@y$"},
                 "meta": {"reason": EMAIL_REASON}}]
    staged = pl.DataFrame({"emailaddress1": ["a"], "emailaddress2": ["b"], "firstname": ["c"]})
    tmap = {"columns": [{"target": "emailaddress1", "transform": "email"},
                        {"target": "emailaddress2", "transform": "email"},
                        {"target": "firstname", "transform": "text"}]}
    assert email_expectations(staged, tmap, declared) == [{
        "type": "expect_column_values_to_match_regex",
        "kwargs": {"column": "emailaddress2", "regex": "^x@y$"},
        "meta": {"reason": EMAIL_REASON}}]


def test_a_second_address_that_is_no_address_is_cleared_and_the_record_loads():
    table_def = json.loads((TABLES / "contact.json").read_text(encoding="utf-8"))
    staged = pl.DataFrame({
        "__source_id": ["1", "2", "3"], "__source_row": [1, 2, 3],
        "lastname": ["Lovelace", "Turing", "Hopper"],
        "emailaddress1": ["ada@example.org", "alan@example.org", "0"],
        "emailaddress2": ["0", "alan@work.example", None]})
    tmap = {"target": "contact", "source": "candidates",
            "columns": [{"target": "lastname", "source": "last_name", "transform": "text"},
                        {"target": "emailaddress1", "source": "email1", "transform": "email"},
                        {"target": "emailaddress2", "source": "email2", "transform": "email"}]}
    result = validate_staged(staged, "contact", table_def, file="candidates.csv", tmap=tmap)
    valid = result.valid.sort("__source_row")
    assert valid["emailaddress2"].to_list() == [None, "alan@work.example", None]
    assert valid["emailaddress1"].to_list() == ["ada@example.org", "alan@example.org", None]
    # each cleared value named by its export column, with the reason; every record loads
    assert sorted(result.cleared.select("row", "column").rows()) == [(1, "email2"),
                                                                     (3, "email1")]
    assert all(EMAIL_REASON in r for r in result.cleared["reason"])
    assert result.quarantined.height == 0
