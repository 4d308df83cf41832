"""A file discovery leaves unknown knowing why ('lead_lists': lists of leads, not the leads;
suppliers; an association table) is said so in the inventory, the sponsor's report and the
scope document, not as "could not tell which kind of records it holds"; a file it could
not tell at all still says that (issue 13). Made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.found import Discovery
from d365migrate.intake.read import Export
from d365migrate.intake.unknown_reasons import why_unknown
from d365migrate.verify.inventory import NOT_DATA, build_inventory, inventory_objects

LEADS = pl.DataFrame({"lead_id": ["L1", "L2", "L3"], "first_name": ["Ana", "Bo", "Cy"],
                      "last_name": ["Berg", "Lund", "Moe"],
                      "email": ["ana@x.example", "bo@y.example", "cy@z.example"],
                      "company": ["Xylo", "Yarrow", "Zest"]})
LEAD_LISTS = pl.DataFrame({"id": ["1", "2"], "name": ["Webinar sign-ups", "Trade fair"],
                           "alias": ["webinar", "fair"], "category": ["events", "events"],
                           "is_published": ["1", "0"]})
VENDORS = pl.DataFrame({"vendor_id": ["V1", "V2"], "companyname": ["Acme Parts", "Bolt Co"],
                        "email": ["sales@acme.example", "info@bolt.example"],
                        "phone": ["+44 20 7946 0000", "+44 20 7946 0001"],
                        "website": ["acme.example", "bolt.example"],
                        "billing_city": ["Leeds", "York"], "billing_country": ["UK", "UK"],
                        "industry": ["Parts", "Fasteners"]})
ODDS = pl.DataFrame({"alpha": ["1", "2", "3"], "beta": ["x", "y", "z"]})


def test_discovery_keeps_its_reason_for_a_file_it_leaves_unknown() -> None:
    export = Export(Path("."), {"leads": LEADS, "lead_lists": LEAD_LISTS,
                                "vendor_data": VENDORS, "odds": ODDS})
    found = discover(export)
    why = {o.source: (o.name, o.why) for o in found.objects}
    assert why["leads"] == ("lead", None)
    assert why["lead_lists"][0] == "unknown"
    assert "lists of lead records" in str(why["lead_lists"][1])
    assert why["vendor_data"][0] == "unknown" and "suppliers" in str(why["vendor_data"][1])
    assert "set its object" not in str(why["vendor_data"][1])  # the analyst's advice: not here
    assert why["odds"] == ("unknown", None)                    # it could not tell
    again = Discovery.from_json(found.to_json())                # discovery.json keeps it
    assert {o.source: o.why for o in again.objects} == {s: w for s, (_, w) in why.items()}
    inventory = build_inventory(inventory_objects(found.objects, lambda s: f"{s}.csv"), {}, [])
    reasons = {f["source"]: f["reason"] for f in inventory["files"]}
    assert reasons["lead_lists"].startswith("not migrated: 'lead_lists' names lists of lead")
    assert "could not tell" not in reasons["lead_lists"]
    assert "suppliers" in reasons["vendor_data"]
    assert reasons["odds"] == NOT_DATA["unknown"]


def test_the_reason_without_the_engines_advice_and_scores() -> None:
    assert why_unknown("unknown", [
        "unsure: its name says suppliers the business buys from, which no Sales table holds "
        "(by its columns contact 0.70); set its object in the parameters if it is wanted"]) == \
        "its name says suppliers the business buys from, which no Sales table holds"
    # an association table's line before the score line that says nothing
    assert why_unknown("unknown", [
        "'deal_products' joins deal and product records: an association table, not records of "
        "its own", "no object scored above 0.4 (best quote_line -0.083)"]) == \
        "'deal_products' joins deal and product records: an association table, not records " \
        "of its own"
    assert why_unknown("unknown", ["unsure: its columns fit several objects (contact 0.67, "
                                   "user 0.62) and its name settles none; set its object in "
                                   "the parameters"]) is None
    assert why_unknown("lead", ["file name 'leads' names a lead (exact)"]) is None


def test_a_file_whose_columns_fit_no_kind_still_says_what_its_name_says() -> None:
    # columns that fit no object (amounts, codes, dates): the name alone says what they are
    money = pl.DataFrame({"id": ["t1", "t2"], "amount": ["120.00", "-15.50"],
                          "fee": ["3.20", "0.00"], "net": ["116.80", "-15.50"],
                          "currency": ["eur", "eur"], "created": ["1700000000", "1700000500"]})
    export = Export(Path("."), {"balance_transaction_data": money, "vendor_credit": money,
                                "odds": ODDS})
    found = {o.source: o for o in discover(export).objects}
    for source, said in (("balance_transaction_data", "payment transactions"),
                         ("vendor_credit", "suppliers")):
        assert found[source].name == "unknown"
        assert any(e.startswith("no object scored above") for e in found[source].evidence)
        assert said in str(found[source].why)
    assert str(found["balance_transaction_data"].why).endswith("which no Sales table holds")
    assert found["odds"].why is None  # a name saying nothing: it could not tell
