"""keys89's general rules, tuned on the Nonprofit Accelerator's IATI sample package
(tests/data/answer_keys/MEASUREMENTS.md, "keys89's Nonprofit Accelerator IATI package after
tuning"). Made-up data only."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.price_lists import price_list_columns
from d365migrate.intake.role_links import role_link
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.sibling_names import code_of_sibling
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
GUIDS = ["6f1c8d1e-2b1a-4c55-9a51-0d3a4f3bbf01", "6f1c8d1e-2b1a-4c55-9a51-0d3a4f3bbf02",
         "6f1c8d1e-2b1a-4c55-9a51-0d3a4f3bbf03"]


def test_another_nouns_plan_is_no_product() -> None:
    """'plan' alone, or after a word of what is sold or how it is priced, names products (a
    subscription's plans; since session 59 a payment plan too, Flutterwave's recurring
    charges); after another noun it is that noun's plan: no kind by its name."""
    for name in ("plans", "subscription_plan", "Pricing Plans", "rate_plan_data",
                 "payment_plans"):
        assert name_kind(name)[0] == "product", name
    for name in ("Designation Plan", "Installment Plan", "Project Plan", "account_plan"):
        assert name_kind(name) == (None, ""), name
    columns = ["Designation Plan", "Name", "Campaign", "Designation", "Priority Order",
               "Valid From Date", "Valid To Date", "Status", "Status Reason"]
    assert classify_table("Designation Plan", columns)[0] != "product"


def test_a_dated_record_with_figures_of_its_own_is_no_price_list() -> None:
    """A name, dates and a currency are a price list's columns, but also a budget's or a
    measured value's; a record with a total, an amount or a value of its own is that record
    (a price list's prices are on its entries). A price list's own columns still make one."""
    assert price_list_columns({"name", "currency", "startdate", "enddate", "description"})
    assert not price_list_columns({"name", "currency", "startdate", "enddate", "totalbudget"})
    assert not price_list_columns({"name", "currency", "startdate", "baselinevalue"})
    budget = ["Budget", "Name", "Description", "Start Date", "End Date", "Currency",
              "Total Budget", "Status", "Status Reason"]
    assert classify_table("Budget", budget)[0] != "price_list"
    lists = ["Name", "Description", "Start Date", "End Date", "Currency", "Status"]
    assert classify_table("Price Lists", lists)[0] == "price_list"


def test_a_file_of_a_records_contacts_holding_only_links_is_no_contacts() -> None:
    """'Programme Contact' of a 'Contact' and a 'Programme' column (ids) and a role: a link
    between a programme and its contacts, no people. A file of the same name with people's
    names and e-mails is contacts."""
    links = ["Programme Contact", "Contact", "Programme", "Contact Type", "Status"]
    assert role_link("Programme Contact", links, typical=False)
    assert not role_link("Programme Contact", links, typical=True)
    assert not role_link("Contacts", ["Contact", "Programme"], typical=False)
    assert classify_table("Programme Contact", links)[0] == "unknown"
    people = ["Contact", "Programme", "First Name", "Last Name", "Email", "Phone"]
    assert classify_table("Programme Contact", people)[0] == "contact"


def test_the_code_of_the_records_own_key_is_its_own_code() -> None:
    """'Campaign Code' beside 'Campaign', the record's own key (Dataverse's GUID): the
    campaign's code (codename), not 'Campaign' again as a code. Beside a campaign's name
    column (no key) it stays the same value again, as a code."""
    siblings = frozenset({("campaign",), ("campaign", "code"), ("name",)})
    assert code_of_sibling("Campaign Code", (), siblings) == "campaign"
    assert code_of_sibling("Campaign Code", (), siblings, "Campaign") == ""
    campaign = load_table_defs(TABLES)["campaign"]
    df = pl.DataFrame({"Campaign": GUIDS, "Name": ["Spring", "Summer", "Autumn"],
                       "Campaign Code": ["SPR", "SUM", "AUT"],
                       "Status Reason": ["1", "1", "2"]})
    got = suggest_columns(df, campaign, source_object="Campaign", key="Campaign")
    assert got["Campaign Code"] and got["Campaign Code"][0].target == "codename"


def test_a_date_headed_with_its_columns_label_wins_it_over_a_synonym() -> None:
    """A campaign's 'Start Date' is its actual start where nothing says more; beside
    'Actual Start Date' (the label 'Actual Start' and its type word) it yields the actual
    start to that column and is some other start."""
    campaign = load_table_defs(TABLES)["campaign"]
    both = pl.DataFrame({"Name": ["Spring", "Summer", "Autumn"],
                         "Start Date": ["2019-01-01", "2019-01-01", "2018-11-14"],
                         "Actual Start Date": [None, "2018-10-09", "2018-11-05"]})
    got = suggest_columns(both, campaign, source_object="Campaigns", key=None)
    assert got["Actual Start Date"][0].target == "actualstart"
    assert not got["Start Date"] or got["Start Date"][0].target != "actualstart"
    alone = both.drop("Actual Start Date")
    got = suggest_columns(alone, campaign, source_object="Campaigns", key=None)
    assert got["Start Date"][0].target == "actualstart"
