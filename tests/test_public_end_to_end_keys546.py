"""keys546's public export runs end to end from its parameters file, decisions only
(issue 13): Microsoft Dynamics 365 Business Central, its own demo records -- the Contoso
Coffee demo company (W1) that Microsoft's demo tool inserts, from microsoft/BCApps (MIT) at
c3414ede: 7 salespeople/purchasers, 5 customers (Adatum Corporation, Trey Research, School
of Fine Art, Alpine Ski House, Relecloud), 5 vendors and 15 opportunities (5 won, 5 in
progress, 1 not started, 4 lost) -- headed by Business Central's own field captions ('No.',
'Salesperson Code', 'Contact Company Name', 'Estimated Value (LCY)'), in English
(tests/data/exports/business-central-export-en; SOURCE.md), on the branch-point engine
3a01c1f8 (session 65, round Z41). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``); the org needs no set-up of its own (the emulator's org is in
GBP, the parameters' base currency: every amount is the demo company's local currency).

The customers load as accounts keyed by their customer number (kept as the account
number): name, address (street, second line, city, county, post code, country code),
e-mail. The opportunities load as opportunities keyed by their number: the Description as
the name, creation date, estimated value, chances of success as the probability, estimated
and actual closing dates, and the Status as the stage (Not Started qualifying, In Progress
developing, Won / Lost closed as such), each on its customer by the customer's name.
Nothing held back, skipped, failed or cleared; no owner queued (the fallback owner);
verification finds no column differing.

The parameters decide: the keys (No.), no owner column (the salespeople's codes name no user
of the rehearsal org: the measured Salesperson Code misses), the salespeople file as users
(the measured file miss: named a contact list), the customer number as the account number,
Description as the opportunity's name and not its description (a measured miss), Chances of
Success % as the probability (a measured miss), the Status column as the stage with its four
values (a measured miss in propose), Priority left out (the org's opportunity Priority has
only 'Default Value'), the customer link by Contact Company Name to the customers' Name (a
measured miss: read as the opportunity's name), a quarantine gate of 0% and GBP as the base
currency.

What is NOT read (left unmapped): the customers' contact person (no contact file: the link
is left), salesperson, territory, language, payment terms and the posting-group, reminder
and document-sending set-up; the opportunities' salesperson, contact name (left), sales
cycle, Closed flag (what Status says), Completed %, Priority; salespeople.csv (matched to
Dynamics users, not created) and vendors.csv (companies bought from: no Sales table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "business-central-export-en"
ACCOUNT = {"accountnumber": "No.", "name": "Name", "address1_line1": "Address",
           "address1_line2": "Address 2", "address1_city": "City", "address1_county": "County",
           "address1_postalcode": "Post Code", "address1_country": "Country/Region Code",
           "emailaddress1": "E-Mail"}
OPPORTUNITY = {"name": "Description", "overriddencreatedon": "Creation Date",
               "actualclosedate": "Date Closed", "estimatedvalue": "Estimated Value (LCY)",
               "estimatedclosedate": "Estimated Closing Date",
               "closeprobability": "Chances of Success %",
               "salesstage": "__stage_salesstage", "stepname": "__stage_stepname",
               "statecode": "__stage_state", "statuscode": "__stage_statuscode"}
CUSTOMERS = ["Adatum Corporation", "Trey Research", "School of Fine Art", "Alpine Ski House",
             "Relecloud"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone)."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_business_central_customers_and_opportunities_load(runs: Callable[[str], Path]) -> None:
    """The customers load as accounts, the opportunities as opportunities in their stages
    (won and lost ones closed as such) on their customers; the salespeople and vendors stay
    out; nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "account": ("customers", 5, 5, 0, 0, 0, 0, 0),
        "opportunity": ("opportunities", 15, 15, 0, 0, 0, 0, 0)}
    assert (out["opportunity"]["closed"], out["opportunity"]["closed_as"]) == (
        9, {"Won": 5, "Lost": 4})
    # the contact persons named on customers and opportunities: no contact file, links left
    assert out["account"]["links_left"] == {"primarycontactid": 5}
    assert out["opportunity"]["links_left"] == {"parentcontactid": 15}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "customers": ("account", {"account": 5}, True),
        "opportunities": ("deal", {"opportunity": 15}, True),
        "salespeople": ("user", {}, False),
        "vendors": ("unknown", {}, False)}
    assert files["salespeople"]["reason"].startswith("matched to Dynamics 365 users")
    assert "suppliers" in files["vendors"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "opportunity"}
    account, opp = tables["account"], tables["opportunity"]
    assert (account["source"], account["source_key"]) == ("customers", "key(No.)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert {"Contact", "Salesperson Code", "Payment Terms Code", "Customer Posting Group",
            "Document Sending Profile"} <= set(account["unmapped"])
    assert (opp["source"], opp["source_key"]) == ("opportunities", "key(No.)")
    assert {c["target"]: c["source"] for c in opp["columns"]} == OPPORTUNITY
    assert {"Salesperson Code", "Contact Name", "Sales Cycle Code", "Closed", "Completed %",
            "Status", "Priority"} <= set(opp["unmapped"])
    assert [(lk["target"], lk["source"], lk["table"], lk["by"]) for lk in opp["lookups"]] == [
        ("customerid", "Contact Company Name", "account", "Name")]
    assert not any(t.get("owner") for t in tables.values())
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("salespeople", "user"), ("vendors", "unknown")]

    for table in ("account", "opportunity"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    accounts = _staged(run_dir, "account")
    assert accounts["name"].to_list() == CUSTOMERS
    assert accounts.select(["accountnumber", "address1_city", "address1_county",
                            "address1_postalcode", "address1_country"]).rows() == [
        ("10000", "Cambridge", None, "CB1 2FB", "GB"),
        ("20000", "London", None, "SE1 0AX", "GB"),
        ("30000", "Miami", "FL", "US-FL 37125", "US"),
        ("40000", "Munchen", None, "DE-80807", "DE"),
        ("50000", "Guildford", None, "GU2 7YQ", "GB")]
    assert accounts["address1_line2"].to_list() == [None, None, None, "Park Stadt Schwabing",
                                                    "Surrey"]
    assert all("@contoso.com" in e for e in accounts["emailaddress1"].to_list())

    opps = _staged(run_dir, "opportunity")
    assert opps.select(["name", "estimatedvalue", "closeprobability", "salesstage",
                        "stepname", "statecode", "actualclosedate"]).rows() == [
        ("Assembling furniture", 9000.0, 100, 3, "Won", 1, "2025-01-26T00:00:00Z"),
        ("Assembling furniture", 5500.0, 100, 3, "Won", 1, "2025-01-21T00:00:00Z"),
        ("Assembling furniture", 6000.0, 100, 3, "Won", 1, "2025-01-20T00:00:00Z"),
        ("Furniture to sales department", 21000.0, 100, 3, "Won", 1, "2025-01-20T00:00:00Z"),
        ("Furniture for the conference", 8000.0, 100, 3, "Won", 1, "2025-01-11T00:00:00Z"),
        ("Storage facilities", 5000.0, 25, 1, "In Progress", 0, None),
        ("Swivel chair", 500.0, 95, 1, "In Progress", 0, None),
        ("Table lighting", 2000.0, 30, 1, "In Progress", 0, None),
        ("Guest chairs for the reception", 10000.0, 20, 1, "In Progress", 0, None),
        ("Storage system", 3000.0, 10, 1, "In Progress", 0, None),
        ("Desks for the service dept.", 0.0, 0, 0, "Not Started", 0, None),
        ("Conference table", 450.0, 0, 3, "Lost", 2, "2024-10-16T00:00:00Z"),
        ("New office system", 0.0, 0, 3, "Lost", 2, "2024-10-03T00:00:00Z"),
        ("Complete storage system", 0.0, 0, 3, "Lost", 2, "2025-01-16T00:00:00Z"),
        ("30 chairs, blue", 0.0, 0, 3, "Lost", 2, "2025-01-24T00:00:00Z")]
    # each opportunity on its customer, by the customer's name
    ids = dict(zip(accounts["name"].to_list(), accounts["__source_id"].to_list(), strict=True))
    customer_of = ["Adatum Corporation", "Trey Research", "School of Fine Art", "Relecloud",
                   "Adatum Corporation", "Adatum Corporation", "Trey Research",
                   "School of Fine Art", "Alpine Ski House", "Relecloud", "Relecloud",
                   "Alpine Ski House", "Trey Research", "School of Fine Art",
                   "Alpine Ski House"]
    assert opps["__ref__customerid_account"].to_list() == [ids[c] for c in customer_of]
    assert opps["__via__customerid_account"].to_list() == ["name"] * 15

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["opportunity"]) == set(OPPORTUNITY) | {"customerid"}
    assert not any(v for table in verified.values() for v in table.values())
