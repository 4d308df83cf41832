"""A column of JSON lists that name one record on nearly every row (a person's companies,
where one person of six lists two) is one link, as a column whose lists never hold more
than one is: each row listing one record links it, each row listing several moves without
the link and is counted with its reason (a lookup holds one record; never cut to its first).
A multi-select whose lists hold several on one row in four or more is no link."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.json_cells import JSON, RECORD, cell_shape, listed_records, one_each
from d365migrate.intake.read import Export
from d365migrate.mapping.propose import propose_mapping
from d365migrate.run.gates import link_outcomes
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

FIRMS = pl.DataFrame({"_id": ["Qk7Tzz01", "Rm8Uyy02", "Sn9Vxx03", "Tp1Www04", "Uq2Xvv05"],
                      "name": ["Harbour Mills", "Quayside Foods", "Lantern Print",
                               "Fennel & Sons", "Orchard Bikes"],
                      "industry": ["Textiles", "Food", "Printing", "Retail", "Retail"],
                      "website": [f"https://{w}.example" for w in "vwxyz"],
                      "employees": ["12", "40", "7", "3", "25"]})
PEOPLE = pl.DataFrame({
    "_id": ["p1", "p2", "p3", "p4", "p5", "p6", "p7"],
    "firstName": ["Ada", "Bram", "Cleo", "Dov", "Eli", "Fay", "Gus"],
    "lastName": ["Lind", "Moss", "Nye", "Ortiz", "Pike", "Quinn", "Roe"],
    "primaryEmail": [f"{n}@example.org" for n in "abcdefg"],
    # six of seven list companies: five name one, one names two
    "companyIds": ['["Qk7Tzz01"]', '["Rm8Uyy02"]', '["Sn9Vxx03", "Tp1Www04"]', "[]",
                   '["Tp1Www04"]', '["Uq2Xvv05"]', '["Qk7Tzz01"]']})


def test_lists_of_one_on_nearly_every_row_are_one_record_a_row() -> None:
    assert cell_shape(PEOPLE["companyIds"]) == RECORD
    assert one_each(tuple(PEOPLE["companyIds"].unique().to_list()))
    # a multi-select: several on one row in four or more (Twenty's work policies)
    policy = pl.Series(['["ON_SITE"]', '["REMOTE"]', '["ON_SITE", "HYBRID"]', '["HYBRID"]',
                        '["ON_SITE"]', '["HYBRID", "REMOTE"]', '["REMOTE"]', '["ON_SITE"]'])
    assert cell_shape(policy) == JSON
    assert listed_records('["Sn9Vxx03", "Tp1Www04"]') == 2
    assert listed_records('["Sn9Vxx03"]') == listed_records("[Draft] plan") == 0


def test_a_persons_companies_link_the_one_each_names() -> None:
    export = Export(Path("."), {"companies": FIRMS, "people": PEOPLE})
    found = discover(export)
    assert any(r.from_ == "people.companyIds" and r.to == "companies._id" and r.part == "id"
               for r in found.relationships)
    defs = {t: json.loads((TABLES / f"{t}.json").read_text()) for t in ("account", "contact")}
    mapping = propose_mapping(export, found, defs, ["account", "contact"],
                              source_id_column="new_sourceid").mapping
    contact = next(t for t in mapping["tables"] if t["target"] == "contact")
    assert [(lk["source"], lk["target"], lk["table"]) for lk in contact["lookups"]] == [
        ("companyIds", "parentcustomerid", "account")]


def test_a_row_listing_several_moves_without_the_link_and_says_why() -> None:
    lookup = {"target": "parentcustomerid", "navigation": "parentcustomerid_account",
              "table": "account", "source": "companyIds"}
    firsts = [json.loads(c)[0] if c and len(json.loads(c)) == 1 else None
              for c in PEOPLE["companyIds"]]
    loaded = pl.DataFrame({SOURCE_ROW: list(range(1, 8)), SOURCE_ID: PEOPLE["_id"],
                           REF_PREFIX + "parentcustomerid_account": firsts})
    counts, rows = link_outcomes(loaded, [lookup], lambda _: set(FIRMS["_id"]), PEOPLE,
                                 "people.csv")
    assert counts == {"parentcustomerid": {"named": 6, "unresolved": 1}}
    assert rows["source_id"].to_list() == ["p3"]
    assert rows["reason"].to_list() == [
        "it lists 2 account records and a parentcustomerid holds one, so the record moved "
        "without its parentcustomerid"]
