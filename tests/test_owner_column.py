"""Several user columns on one object (owner, created_by, assigned_to): the proposal says
which it made the owner, over which, and how to choose another; the analyst chooses in the
parameters (``mapping.decisions.owner_columns``), without editing the map (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.decisions import apply_decisions
from d365migrate.mapping.mapfile import MappingError, confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import OWNER, stage_table

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
COMPANIES = pl.DataFrame({
    "company_id": ["1", "2", "3"], "name": ["Acme", "Globex", "Initech"],
    "created_by": ["ann@x.com", "bob@x.com", "ann@x.com"],
    "owner_email": ["cy@x.com", "cy@x.com", "di@x.com"],
    "assigned_to": ["Di@x.com", "ann@x.com", "bob@x.com"],
})
USERS = pl.DataFrame({"user_id": ["u1", "u2", "u3", "u4"],
                      "email": ["ann@x.com", "bob@x.com", "cy@x.com", "di@x.com"],
                      "full_name": ["Ann A", "Bob B", "Cy C", "Di D"]})


def account_def() -> dict:
    return json.loads((TABLES / "account.json").read_text(encoding="utf-8"))


def proposal() -> dict:
    export = Export(Path("."), {"companies": COMPANIES, "users": USERS})
    return propose_mapping(export, discover(export), {"account": account_def()}, ["account"],
                           source_id_column="new_sourceid").mapping


def test_the_proposal_says_which_user_column_it_made_the_owner_and_over_which():
    owner = table_map(proposal(), "account")["owner"]
    assert owner["source"] == "owner_email"
    assert owner["others"] == ["created_by", "assigned_to"]
    assert "picked as the owner over 'created_by', 'assigned_to' (the surest match of the " \
           "columns naming a user); choose another in the parameters: " \
           "mapping.decisions.owner_columns: {account: <column>}" in owner["reason"]


def test_the_analyst_chooses_the_owner_column_in_the_parameters():
    mapping = apply_decisions(proposal(), {"owner_columns": {"account": "assigned_to"}})
    entry = table_map(mapping, "account")
    assert entry["owner"]["source"] == "assigned_to"
    assert entry["owner"]["reason"] == ("decided in the parameters (mapping.decisions."
                                        "owner_columns): 'assigned_to', not 'owner_email', "
                                        "names the owner")
    assert "assigned_to" not in entry["unmapped"] and "owner_email" in entry["unmapped"]
    assert "the owner is 'assigned_to'" in entry["unmapped_reasons"]["owner_email"]
    staged = stage_table(confirm(mapping, "tester"), "account", {"companies": COMPANIES},
                         {"companies": "companies.csv"}, None, account_def()).staged
    assert staged[OWNER].to_list() == ["di@x.com", "ann@x.com", "bob@x.com"]
    # deciding again changes nothing more; a decision for an object not moved is ignored
    assert apply_decisions(mapping, {"owner_columns": {"account": "assigned_to",
                                                       "lead": "x"}}) == mapping


def test_an_owner_column_the_file_lacks_is_refused_naming_the_columns_it_has():
    with pytest.raises(MappingError) as err:
        apply_decisions(proposal(), {"owner_columns": {"account": "account_manager"}})
    message = str(err.value)
    assert message.startswith("mapping.decisions.owner_columns.account: 'account_manager' "
                              "is not a column of companies (its columns: ")
    for column in ("'name'", "'created_by'", "'owner_email'", "'assigned_to'"):
        assert column in message


def test_the_analyst_says_no_column_names_the_owner():
    """Kimai's Danish 'Bruger' ("user") holds the customer's number: the analyst decides the
    object has no owner column, its records take the run's fallback owner, and the column the
    proposal had picked is listed unmapped with why (keys164)."""
    mapping = apply_decisions(proposal(), {"owner_columns": {"account": None}})
    entry = table_map(mapping, "account")
    assert "owner" not in entry
    assert "owner_email" in entry["unmapped"]
    assert entry["unmapped_reasons"]["owner_email"] == (
        "not the owner: no column names account's owner (decided in "
        "mapping.decisions.owner_columns)")
    staged = stage_table(confirm(mapping, "tester"), "account", {"companies": COMPANIES},
                         {"companies": "companies.csv"}, None, account_def()).staged
    assert OWNER not in staged.columns or staged[OWNER].null_count() == staged.height
