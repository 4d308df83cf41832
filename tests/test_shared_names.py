"""A link by name whose name several records of the export share ('Acme': two accounts) is no
missing record: staging says how many share it, the held-back and unresolved reasons say so
(before: "'Acme' is not an account of the export", which sent the analyst looking for a record
that is there twice), the sponsor reads it in words, and the why never reaches the org."""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.load.delta import content_hashes
from d365migrate.load.ledger import Ledger
from d365migrate.report.plain import field_label, reason_in_words, verified_labels
from d365migrate.staging.lookups import resolve_lookup, shared_names
from d365migrate.staging.missing_parents import missing_reason
from d365migrate.staging.stage import SHARED_PREFIX, SOURCE_ID, SOURCE_ROW
from test_loader import loader
from test_loader_fake import FakeDataverse

ACCOUNTS = pl.DataFrame({"id": ["A1", "A2", "A3", "A4"],
                         "name": ["Acme", "acme ", "Beta", "Gamma"]})
CASES = pl.DataFrame({"id": ["T1", "T2", "T3", "T4"],
                      "customer": ["Acme", "Beta", "Delta", None]})
LOOKUP: dict[str, Any] = {
    "source": "customer", "table": "account", "references": "accounts.id",
    "fallbacks": [{"source": "customer", "references": "name", "match": "name"}]}


def test_a_name_two_records_share_is_said_so_and_a_missing_one_is_not() -> None:
    tables = {"accounts": ACCOUNTS, "cases": CASES}
    refs, _ = resolve_lookup(CASES, LOOKUP, tables)
    assert refs.to_list() == [None, "A3", None, None]  # Acme: two accounts, none chosen
    shared = shared_names(CASES, LOOKUP, tables, refs).to_list()
    assert shared == ["2 account records of the export share this name", None, None, None]
    reasons = CASES.with_columns(pl.Series("s", shared)).select(missing_reason(
        "customerid", "account", pl.col("customer"), pl.col("s"))).to_series().to_list()
    assert reasons[0] == ("no customerid: 'Acme': 2 account records of the export share "
                          "this name, so none was chosen")
    assert reasons[2] == "no customerid: 'Delta' is not an account of the export"
    assert reasons[3] == ("no customerid: the export names no account for it (the cell "
                          "is empty)")  # no record to look for


def test_the_sponsor_reads_both_in_words_with_labels_from_the_org() -> None:
    shared = reason_in_words("no customerid: 'Acme': 2 account records of the export share "
                             "this name, so none was chosen")
    assert shared.startswith("The account it names shares its name with other account")
    missing = reason_in_words("no customerid: 'Delta' is not an account of the export")
    assert missing.startswith("The account it names as its customer is not in the export")
    empty = reason_in_words("no customerid: the export names no account for it (the cell is "
                            "empty)")
    assert empty == "The export names no account as its customer, and Dynamics 365 needs one"
    assert not any(w in shared + missing + empty for w in ("customerid", "'"))
    # a name with an apostrophe reads the same (before: "…Rourke Inc': 2 account records")
    assert reason_in_words("'O'Rourke Inc': 2 account records of the export share this name "
                           "and none was chosen") == shared
    assert reason_in_words("no customerid: 'O'Rourke Inc' is not an account of the "
                           "export") == missing
    verification = {"spot_check": {"tables": {"account": {"records": [{"fields": [
        {"field": "new_tier", "label": "Tier"}]}]}}}}
    labels = verified_labels(verification)
    assert field_label(labels, "account", "new_tier") == "Tier"
    assert field_label(labels, "company", "new_tier") == "Tier"  # a unit named otherwise
    assert field_label({}, "account", "parentaccountid") == "Parent Account"


def test_the_why_is_no_content_and_never_reaches_the_org(tmp_path) -> None:
    rows = pl.DataFrame({SOURCE_ID: ["A1", "A2"], SOURCE_ROW: [2, 3], "name": ["X", "Y"],
                         SHARED_PREFIX + "parentaccountid": [None, "2 account records..."]})
    assert content_hashes(rows) == content_hashes(rows.drop(SHARED_PREFIX + "parentaccountid"))
    fake = FakeDataverse()
    result = loader(fake, Ledger(tmp_path / "l.jsonl")).load(rows, owner_ids={}, ref_ids={})
    assert result.created == 2
    assert not any(k.startswith("__") for r in fake.rows["accounts"].values() for k in r)


def test_the_spot_check_never_calls_a_link_left_empty_the_same() -> None:
    """A drawn record whose export names a company the run could not bind (two share the
    name) shows the export's name beside an empty org value: "no, on purpose", never yes."""
    from d365migrate.verify.fields import Field, TableCheck
    from d365migrate.verify.spotcheck import UNLINKED, same_html, spot_records

    link = Field(column="parentcustomerid", read="_parentcustomerid_value", kind="lookup",
                 staged="__ref__parentcustomerid_account", source="Company",
                 refs=(("__ref__parentcustomerid_account", "account"),), role="lookup")
    check = TableCheck(table="contact", fields=[link],
                       records={"C1": {"_parentcustomerid_value": None}},
                       expected={"C1": {"parentcustomerid": None}})
    staged = pl.DataFrame({SOURCE_ID: ["C1"], SOURCE_ROW: [1],
                           "__ref__parentcustomerid_account": [None]},
                          schema_overrides={"__ref__parentcustomerid_account": pl.Utf8})
    export = pl.DataFrame({"Company": ["Acme"]})
    [record] = spot_records(check, staged, export, seed=1)
    [got] = record["fields"]
    assert got["export"] == "Acme" and got["org"] == "" and got["emptied"] == UNLINKED
    assert same_html(got).startswith("<span class='warn'>no, on purpose")
