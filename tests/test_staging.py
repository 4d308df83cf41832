"""Staging: conversions, quarantine with file/row/column, duplicates skipped, lookups resolved."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.mapfile import confirm
from d365migrate.staging.stage import REF_PREFIX, VIA_PREFIX, convert, stage_table

COMPANIES = pl.DataFrame({
    "company_id": ["c1", "c2", "c3"], "name": ["Acme", "Globex", "Initech"],
    "domain": ["acme.com", "globex.com", "initech.com"]})
CONTACTS = pl.DataFrame({
    "contact_id": ["p1", "p2", "p3", "p4", "p2", "p5"],
    "last_name": ["A", "B", "C", "D", "B2", "E"],
    "email": ["a@acme.com", "b@x.org", "c@initech.com", "d@nowhere.net", "b@x.org", "e@x.org"],
    "company_id": ["c1", None, None, "c99", None, None],
    "company_name": [None, " globex ", None, None, None, None],
    "created_at": ["2024-03-05T14:22:00Z", "03/05/2024 02:22 PM", "2024-03-05", "garbage",
                   None, None],
    "owner_email": [" Ann@X.com", None, None, None, None, None],
})


def contact_map() -> dict:
    return confirm({
        "version": 1, "status": "proposed", "source_id_column": "new_smartdeskid",
        "tables": [{
            "target": "contact", "source": "contacts", "source_key": "contact_id",
            "owner": {"source": "owner_email"},
            "columns": [{"target": "lastname", "source": "last_name", "transform": "text"},
                        {"target": "emailaddress1", "source": "email", "transform": "email"},
                        {"target": "overriddencreatedon", "source": "created_at",
                         "transform": "datetime"}],
            "lookups": [{"target": "parentcustomerid", "navigation": "parentcustomerid_account",
                         "table": "account", "source": "company_id",
                         "references": "companies.company_id",
                         "fallbacks": [
                             {"source": "company_name", "match": "name", "references": "name"},
                             {"source": "email", "match": "email_domain",
                              "references": "domain"}]}],
        }],
    }, "tester")


def test_stage_contacts_end_to_end():
    r = stage_table(contact_map(), "contact", {"companies": COMPANIES, "contacts": CONTACTS},
                    {"contacts": "contacts.csv"})
    assert r.source_rows == 6
    # p2 repeats: the second one (row 5) is skipped, naming the row kept
    assert r.skipped.select("row", "reason").to_dicts() == [
        {"row": 5, "reason": "duplicate source id; row 2 kept"}]
    # p4's created_at is garbage: quarantined naming file, row, column, value
    q = r.quarantined.to_dicts()
    assert [(x["file"], x["row"], x["column"], x["value"]) for x in q] == [
        ("contacts.csv", 4, "created_at", "garbage")]
    assert r.source_rows == r.staged.height + r.quarantined.height + r.skipped.height
    rows = {x["__source_id"]: x for x in r.staged.to_dicts()}
    assert rows["p1"]["overriddencreatedon"] == "2024-03-05T14:22:00Z"
    assert rows["p2"]["overriddencreatedon"] == "2024-03-05T14:22:00Z"
    assert rows["p3"]["overriddencreatedon"] == "2024-03-05T00:00:00Z"
    assert rows["p1"]["__owner_email"] == "ann@x.com"
    nav = "parentcustomerid_account"
    assert (rows["p1"][REF_PREFIX + nav], rows["p1"][VIA_PREFIX + nav]) == ("c1", "id")
    assert (rows["p2"][REF_PREFIX + nav], rows["p2"][VIA_PREFIX + nav]) == ("c2", "name")
    assert (rows["p3"][REF_PREFIX + nav], rows["p3"][VIA_PREFIX + nav]) == ("c3", "email_domain")
    assert rows["p5"][REF_PREFIX + nav] is None
    assert r.lookup_stats[nav] == {"by_id": 1, "by_fallback": 2, "orphan": 0, "empty": 1}


def test_number_forms():
    df = pl.DataFrame({"v": ["1,234", "$5 000", " 7 ", "abc", ""]})
    ints = df.select(convert(pl.col("v"), "integer").alias("v"))["v"].to_list()
    assert ints == [1234, 5000, 7, None, None]
    decs = df.select(convert(pl.col("v"), "decimal").alias("v"))["v"].to_list()
    assert decs == [1234.0, 5000.0, 7.0, None, None]


def test_choice_values_map_and_undecided_is_null():
    df = pl.DataFrame({"v": ["Gold", "Silver", "Bronze"]})
    values = {"Gold": 1, "Silver": 2, "Bronze": None}
    out = df.select(convert(pl.col("v"), "choice", values).alias("v"))
    assert out["v"].to_list() == [1, 2, None]
