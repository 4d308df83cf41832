"""Generated sentences take the article their noun is said with: a quarantined row once read
"'A9' is not a account of the export" (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table
from d365migrate.words import a_or_an

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
DEFS = {n: json.loads((TABLES / f"{n}.json").read_text())
        for n in ("account", "contact", "opportunity", "incident")}


@pytest.mark.parametrize("word, said", [
    ("account", "an account"), ("contact", "a contact"), ("incident", "an incident"),
    ("opportunity", "an opportunity"), ("email", "an email"), ("user", "a user"),
    ("Integer column", "an Integer column"), ("Uniqueidentifier", "a Uniqueidentifier"),
    ("account or contact", "an account or contact"), ("hour", "an hour"),
    ("8-hour", "an 8-hour"), ("11-hour", "an 11-hour"), ("24-hour", "a 24-hour"),
    ("110-row", "a 110-row"), ("18,000-row", "an 18,000-row"), ("lead", "a lead"),
])
def test_the_article_follows_the_sound(word: str, said: str) -> None:
    assert a_or_an(word) == said


def test_a_case_whose_account_is_not_exported_is_held_back_in_good_english() -> None:
    accounts = pl.DataFrame({"acc_ref": ["A1"], "name": ["Acme"]})
    cases = pl.DataFrame({"case_ref": ["C1", "C2"], "title": ["Broken", "Late"],
                          "acct": ["A1", "A9"]})
    ex = Export(Path("."), {"accounts": accounts, "cases": cases})
    mapping = propose_mapping(ex, discover(ex), DEFS, ["account", "incident"],
                              source_id_column="new_sourceid").mapping
    bound = apply_decisions(mapping, {"links": {"incident.customerid": {
        "to": "account", "source": "acct"}}}, table_def=DEFS.__getitem__)
    staged = stage_table(confirm(bound, "analyst"), "incident",
                         {"accounts": accounts, "cases": cases}, {"cases": "cases.csv"})
    assert staged.quarantined["reason"].to_list() == [
        "no customerid: 'A9' is not an account of the export"]
