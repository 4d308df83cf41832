"""Session 57's rules, each on made-up data: round Z16's left items (Nylas' mailbox messages
read as a help desk's and routed to the meetings) and round Z17's held-out misses."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.chatter_notes import messages_as_notes
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}



def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


MAILBOX = ["ID", "Subject", "From", "To", "Cc", "Date", "Body", "Thread ID"]


def test_a_mailboxs_messages_are_e_mails() -> None:
    """With no tickets in the export, messages with a sender, a recipient and a subject are
    e-mails (activities); texts sent without a subject (Twilio's) stay messages; remarks
    with neither are notes; beside a tickets file every message stays a ticket's."""
    kinds = {"messages": "ticket_message", "sms": "ticket_message", "chatter": "ticket_message",
             "contacts": "contact"}
    columns = {"messages": MAILBOX, "sms": ["sid", "from", "to", "body", "direction"],
               "chatter": ["id", "model", "res_id", "body"]}
    got = messages_as_notes(kinds, columns)
    assert {s: k for s, (k, _) in got.items()} == {"messages": "activity", "chatter": "note"}
    assert "sender, a recipient and a subject" in got["messages"][1]
    assert messages_as_notes({**kinds, "tickets": "ticket"}, columns) == {}


def test_a_file_of_messages_routes_to_the_e_mails() -> None:
    assert route_by_name("messages") == "email"
    assert route_by_name("Message") == "email"
    assert route_by_name("calls") == "phonecall"     # the other routes stand
    assert route_by_name("Messages and meetings") is None   # two kinds: none by name


def test_a_persons_name_is_no_employee_number() -> None:
    """IceHRM's emergency contacts' 'Employee' names whose contact it is (a staff member's
    whole name): no employee id, which is a number or a code."""
    from d365migrate.mapping.value_vetoes import phrases
    assert phrases(("IceHrm Employee", "Lala Lamees", "Sofia O'Sullivan"))
    assert not phrases(("EMP-001", "EMP-002"))
    assert not phrases(("JSM", "ABK"))            # initials: a code, kept
    assert not phrases(("E 1001", "E 1002"))       # digits: a number


def test_a_yes_no_is_never_a_date_however_few_the_rows() -> None:
    """Invoiced's estimate 'Closed' false on its one row: no Closed On, though its name is
    the date's display name; a date column of the same name still is."""
    flags = pl.DataFrame({"Number": ["EST-00001"], "Closed": ["false"]})
    assert _top(flags, "quote", "estimates")["Closed"] != "closedon"
    dates = pl.DataFrame({"Number": ["EST-00001"], "Closed": ["2019-11-12"]})
    assert _top(dates, "quote", "estimates")["Closed"] == "closedon"


def test_a_licence_keys_table_is_data(tmp_path: Path) -> None:
    """Lemon Squeezy's 'license_keys.csv' (its customers' licence keys) is read, not skipped
    as the project's licence; a LICENSE.txt beside it still is."""
    from d365migrate.intake.document_files import is_document_name
    from d365migrate.intake.read import read_export
    (tmp_path / "license_keys.csv").write_text("ID,Key,Customer ID\n1,ABC-123,7\n",
                                               encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted\n",
                                          encoding="utf-8")
    assert sorted(read_export(tmp_path).tables) == ["license_keys"]
    assert not is_document_name("license_keys.csv") and not is_document_name("README_x.xlsx")
    assert is_document_name("LICENSE") and is_document_name("README_de.md")


def test_an_unread_line_is_one_of_its_files_rows() -> None:
    """SendGrid's contacts file: five records, one line unreadable (a tab and a vertical tab
    in a city), skipped by staging; the inventory said -1 rows not taken. The file's rows
    count the unread line, so nothing is negative; a routed file names its unread line."""
    from types import SimpleNamespace

    from d365migrate.verify.inventory import build_inventory, inventory_objects
    found = [SimpleNamespace(source="contacts", name="contact", rows=4),
             SimpleNamespace(source="activities", name="activity", rows=3)]
    guesses = {"contacts": {"unread_lines": [6]}, "activities": {"unread_lines": [4]}}
    objs = inventory_objects(found, lambda s: f"{s}.csv", guesses)
    assert [(o["rows"], o.get("unread")) for o in objs] == [(5, 1), (4, 1)]
    summary = {"contact": {"source": "contacts", "where": None, "source_rows": 5},
               "phonecall": {"source": "activities", "where": {"column": "Type"},
                             "source_rows": 3}}
    files = {f["source"]: f for f in build_inventory(objs, summary, [])["files"]}
    assert (files["contacts"]["not_taken"], files["contacts"]["reason"]) == (0, "")
    assert files["activities"]["not_taken"] == 1
    assert "1 line(s) that could not be read" in files["activities"]["reason"]


def test_rounds_z17_and_z18_words() -> None:
    """SendGrid's single sends and its STATE_PROVINCE_REGION, Adyen's 'State or province',
    QuickBooks' 'Sub-customer of' and its products-and-services list, Close's numbered
    address lines, Razorpay's item 'Amount' and order 'Receipt'."""
    from d365migrate.intake.kinds import name_kind
    assert name_kind("single_sends")[0] == "campaign"
    assert name_kind("ProductServiceList")[0] == "product"
    companies = pl.DataFrame({"Legal name": ["A Co", "B Co"], "State or province": ["NH", "CA"],
                              "Sub-customer of": ["A Co", None],
                              "address_1_address_1": ["1 Main St", "2 Main St"],
                              "address_1_address_2": ["Suite 1", None]})
    assert _top(companies, "account", "organizations") == {
        "Legal name": "name", "State or province": "address1_stateorprovince",
        "Sub-customer of": "parentaccountid", "address_1_address_1": "address1_line1",
        "address_1_address_2": "address1_line2"}
    people = pl.DataFrame({"EMAIL": ["a@x.org", "b@y.org"], "STATE_PROVINCE_REGION": ["CO", "NY"]})
    assert _top(people, "contact", "contacts")["STATE_PROVINCE_REGION"] == \
        "address1_stateorprovince"
    items = pl.DataFrame({"Name": ["Book", "Pen"], "Amount": ["150.00", "5.00"]})
    assert _top(items, "product", "items")["Amount"] == "price"
    orders = pl.DataFrame({"Receipt": ["12121", "12122"], "Amount": ["5.00", "7.50"]})
    assert _top(orders, "salesorder", "orders") == {"Receipt": "ordernumber",
                                                     "Amount": "totalamount"}
    sends = pl.DataFrame({"Name": ["Spring sale"], "Send At": ["2020-05-18T17:28:27Z"]})
    assert _top(sends, "campaign", "single_sends")["Send At"] == "proposedstart"


def test_leads_their_contacts_belong_to_are_companies() -> None:
    """Close's leads (companies: several contacts each name their lead) are accounts; Fat
    Free CRM's leads (people, each contact naming the lead it was converted from) stay."""
    from d365migrate.intake.lead_parents import leads_with_contacts
    close = {"leads": pl.DataFrame({"id": ["lead_1", "lead_2"],
                                    "display_name": ["Bluth Company", "Wayne Enterprises"]}),
             "contacts": pl.DataFrame({"lead_id": ["lead_1", "lead_1", "lead_2"],
                                       "contact_name": ["Gob", "Lucille", "Bruce"]})}
    kinds = {"leads": "lead", "contacts": "contact"}
    assert leads_with_contacts(close, kinds)["leads"][0] == "account"
    people = {"leads": pl.DataFrame({"Id": ["1", "2"], "First name": ["Ann", "Bo"],
                                     "Last name": ["Lee", "Ray"]}),
              "contacts": pl.DataFrame({"Lead": ["1", "2"], "First name": ["Ann", "Bo"]})}
    assert leads_with_contacts(people, kinds) == {}
    assert leads_with_contacts({**close, "contacts": pl.DataFrame(
        {"lead_id": ["x", "y"], "contact_name": ["A", "B"]})}, kinds) == {}


def test_a_currency_left_out_is_said_and_asks_for_a_decision() -> None:
    """Razorpay's orders in rupees: a 'Currency' column the map leaves out means every amount
    now reads in the org's base currency. Codes (INR) now bind to the org's currencies
    (test_currency_links); a column the org's currencies are not found by ('Rupee') is left
    out with a reason that says so, the sponsor's report repeats it and asks for a decision;
    a column of other words keeps its reason."""
    from d365migrate.mapping.currency_codes import currency_left
    from d365migrate.mapping.currency_links import currency_link
    from d365migrate.report.sponsor import decisions
    from d365migrate.report.sponsor_facts import Facts, columns_not_carried
    assert currency_left(("INR", "inr")).startswith("the records' currency (INR)")
    assert currency_left(("Paid", "Open")) is None and currency_left(()) is None
    orders = pl.DataFrame({"Order Id": ["order_1", "order_2"], "Currency": ["INR", "INR"],
                           "Total": ["5.00", "7.00"]})
    from d365migrate.mapping.suggest import suggest_columns_why
    cands, _ = suggest_columns_why(orders, dict(DEFS["salesorder"]), source_object="orders")
    assert cands["Currency"][0].target == "transactioncurrencyid"
    link, why = currency_link(pl.Series("Currency", ["Rupee", "Rupee"]), DEFS["salesorder"])
    assert link is None and "base currency" in why
    mapping = {"tables": [{"name": "salesorder", "unmapped": ["Currency"],
                           "unmapped_reasons": {"Currency": why}}]}
    (row,) = columns_not_carried(mapping)
    assert row["currencies"] == "Rupee" and "not converted" in row["reason"]
    (said,) = [d for d in decisions(Facts(columns_left=[row])) if "currency" in d]
    assert "(Rupee)" in said and "base currency" in said
    # a real org's currency lookup the map names but cannot bind says the same
    unbound = {"tables": [{"name": "opportunity", "unmapped": ["value_currency"],
                           "unmapped_reasons": {"value_currency": "would be the lookup "
                                                "transactioncurrencyid, but no file"},
                           "unresolved_lookups": [{"source": "value_currency",
                                                   "target": "transactioncurrencyid"}]}]}
    (row,) = columns_not_carried(unbound)
    assert row["currencies"] == "" and "base currency" in row["reason"]
    assert any("name their currency in value_currency" in d
               for d in decisions(Facts(columns_left=[row])))


def test_round_z19_files_and_words() -> None:
    """Xero's contacts (five people a row: organisations), Chargify's subscriptions (a
    subscriber's name on a row of its own, its customer by id) and product families,
    Ruby's timestamps, Xero's glued address lines and regions, its unit prices, Stripe's
    quote expiry."""
    from d365migrate.intake.customer_lines import customer_records
    from d365migrate.intake.kinds import name_kind
    from d365migrate.intake.people_blocks import rows_of_people
    from d365migrate.intake.values import parse_dates
    xero = ["*ContactName", "FirstName", "LastName", "Person1FirstName", "Person1Email",
            "Person2FirstName", "Person2Email"]
    assert rows_of_people({"Contacts": xero}, {"Contacts": "contact"})["Contacts"][0] == \
        "account"
    assert rows_of_people({"Contacts": xero[:3]}, {"Contacts": "contact"}) == {}
    subs = ["Subscription ID", "State", "Customer ID", "First Name", "Last Name", "Email"]
    (kind, why), = customer_records({"subscriptions": subs},
                                    {"subscriptions": "contact"}).values()
    assert kind == "unknown" and "'Customer ID'" in why
    assert customer_records({"subscribers": ["ID", "Customer ID", "Email"]},
                            {"subscribers": "contact"}) == {}   # no own id named for it
    # Superset's flat order lines name their customer again on each priced line: lines
    sales = ["OrderNumber", "QuantityOrdered", "PriceEach", "ProductCode", "CustomerName"]
    assert customer_records({"sales_data": sales}, {"sales_data": "order_line"}) == {}
    keys = ["ID", "Customer ID", "Order ID", "Product ID", "Customer email", "Key"]
    assert customer_records({"license_keys": keys}, {"license_keys": "order_line"}
                            )["license_keys"][0] == "unknown"
    assert name_kind("product_families")[0] == "product"
    got = parse_dates(pl.Series(["2016-11-14 14:48:10 -0500", "2021-03-01 09:00:00 +0100"]))
    assert got.failed.height == 0 and str(got.values[0]) == "2016-11-14 19:48:10"
    contacts = pl.DataFrame({"*ContactName": ["ABC Ltd", "Acme"],
                             "POAddressLine1": ["1 Main", "2 Main"],
                             "POAddressLine2": ["Suite 1", None],
                             "POCity": ["Wellington", "Auckland"],
                             "PORegion": ["WGN", "AUK"], "SAAddressLine1": ["1 Dock", "2 Dock"],
                             "SAAddressLine2": ["Gate 4", None],
                             "SACity": ["Wellington", "Auckland"],
                             "SARegion": ["WGN", "AUK"]})
    top = _top(contacts, "account", "Contacts")
    assert (top["PORegion"], top["SARegion"], top["SAAddressLine2"]) == (
        "address1_stateorprovince", "address2_stateorprovince", "address2_line2")
    items = pl.DataFrame({"*ItemCode": ["A1", "B2"], "SalesUnitPrice": ["10.00", "12.50"],
                          "PurchasesUnitPrice": ["6.00", "7.00"]})
    assert _top(items, "product", "InventoryItems")["SalesUnitPrice"] == "price"
    assert _top(items, "product", "InventoryItems")["PurchasesUnitPrice"] == "currentcost"
    quotes = pl.DataFrame({"Number": ["QT-1"], "Expires At (UTC)": ["2024-01-01 00:00:00"]})
    assert _top(quotes, "quote", "quotes")["Expires At (UTC)"] == "expireson"
