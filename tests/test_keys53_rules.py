"""Rules added after measuring keys53's held-out export (issue 13: coreBOS, vtiger CRM's
open fork, as its Export writes each module, headed with vtiger's field labels), on made-up
data so they run where the public data is absent: a post-office box written 'Po Box' (bare
or after its side), a side's bare 'Address' beside that side's city and code is the street,
'Member Of' the parent account, a case's 'Related To' its customer (the contact beside the
case's own account column), a product's 'Website' and 'Vendor PartNo', 'Other Email' the
next address free, 'Qty/Unit' a ratio and no unit, and a record's number ('Account No',
'Ticket No') its key when unique."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.key_rules import is_natural_key, own_record_number, record_number
from d365migrate.intake.record_keys import primary_key
from d365migrate.mapping.ratio_names import per_unit_name
from d365migrate.mapping.side_streets import side_street_targets
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

N = 4


def _accounts(**extra: list[str]) -> pl.DataFrame:
    return pl.DataFrame({
        "Account Name": ["Northwind Bakery", "Blue Yonder Air", "Wingtip Toys", "Coho Vineyard"],
        "Account No": [f"ACC{i}" for i in range(1, N + 1)],
        "Member Of": ["Blue Yonder Air", None, "Northwind Bakery", None],
        "Email": [f"info@example{i}.com" for i in range(N)],
        "Billing Address": [f"{i} Pine Street" for i in range(1, N + 1)],
        "Shipping Address": [f"{i} Oak Avenue" for i in range(1, N + 1)],
        "Billing Po Box": ["PO 12", None, "PO 7", None],
        "Shipping Po Box": [None, "PO 3", None, None],
        "Billing City": ["Redmond", "Seattle", "Bellevue", "Kirkland"],
        "Shipping City": ["Redmond", "Seattle", "Bellevue", "Kirkland"],
        "Billing Code": ["98052", "98101", "98004", "98033"],
        "Shipping Code": ["98052", "98101", "98004", "98033"],
        **extra,
    })


def test_side_po_boxes_streets_parent_and_other_email_on_an_account() -> None:
    df = _accounts(**{"Other Email": [f"sales@example{i}.com" for i in range(N)]})
    s = suggest_columns(df, DEFS["account"], source_object="Accounts")
    assert _top(s, "Billing Po Box") == "address1_postofficebox"
    assert _top(s, "Shipping Po Box") == "address2_postofficebox"
    assert _top(s, "Billing Address") == "address1_line1"
    assert _top(s, "Shipping Address") == "address2_line1"
    assert _top(s, "Member Of") == "parentaccountid"
    # beside one 'Email' the other is the second address
    assert _top(s, "Other Email") == "emailaddress2"
    # the record's own number keys the file and, since session 40, arrives as its account
    # number too (the source key, hashed, alone lost the number people know it by)
    assert _top(s, "Account No") == "accountnumber"


def test_other_email_beside_a_second_address_is_the_third() -> None:
    df = pl.DataFrame({
        "Last Name": ["Ng", "Ode", "Park", "Quin"],
        "Email": [f"a{i}@example.com" for i in range(N)],
        "Other Email": [f"o{i}@example.com" for i in range(N)],
        "Secondary Email": [f"s{i}@example.com" for i in range(N)],
    })
    s = suggest_columns(df, DEFS["contact"], source_object="Contacts")
    assert _top(s, "Secondary Email") == "emailaddress2"
    assert _top(s, "Other Email") == "emailaddress3"


def test_a_bare_po_box_and_a_mailing_po_box() -> None:
    lead = pl.DataFrame({"Last Name": ["Ng", "Ode", "Park", "Quin"],
                         "Po Box": ["PO 1", None, "PO 9", None],
                         "City": ["Redmond", "Seattle", "Bellevue", "Kirkland"]})
    s = suggest_columns(lead, DEFS["lead"], source_object="Leads")
    assert _top(s, "Po Box") == "address1_postofficebox"
    contact = pl.DataFrame({"Last Name": ["Ng", "Ode", "Park", "Quin"],
                            "Mailing Po Box": ["PO 1", None, "PO 9", None],
                            "Mailing City": ["Redmond", "Seattle", "Bellevue", "Kirkland"]})
    s = suggest_columns(contact, DEFS["contact"], source_object="Contacts")
    assert _top(s, "Mailing Po Box") == "address1_postofficebox"


def test_a_side_address_alone_says_no_part() -> None:
    # no city, code or box of that side beside it: it may be the whole address in one cell
    assert side_street_targets("Billing Address", ["Billing Address", "Name"]) == ()
    assert side_street_targets("Billing Address", ["Billing City"]) == (
        "billto_line1", "address1_line1")
    assert side_street_targets("Mailing Address", ["Mailing Zip Code"]) == ("address1_line1",)
    assert side_street_targets("Home Address", ["Home City"]) == ()


def test_a_case_related_to_is_its_customer_unless_it_names_its_account() -> None:
    cases = pl.DataFrame({"Ticket No": [f"TT{i:05d}" for i in range(1, N + 1)],
                          "Title": ["Broken", "Slow", "Down", "Late"],
                          "Related To": ["Northwind Bakery", "Ann Ng", "Wingtip Toys", "Bo Ode"]})
    s = suggest_columns(cases, DEFS["incident"], source_object="HelpDesk")
    assert _top(s, "Related To") == "customerid"
    assert _top(s, "Ticket No") is None   # the case's number keys it
    # beside the case's own account column the account takes the customer (a weak reading
    # of 'Related To' yields; Zoho's, a contact's JSON object, is then the contact)
    both = cases.with_columns(pl.Series("Account Name", ["Northwind Bakery", "Coho Vineyard",
                                                         "Wingtip Toys", "Coho Vineyard"]))
    s = suggest_columns(both, DEFS["incident"], source_object="HelpDesk")
    assert _top(s, "Account Name") == "customerid"
    assert _top(s, "Related To") != "customerid"


def test_product_words_and_a_quantity_per_unit() -> None:
    df = pl.DataFrame({"Product Name": ["Bolt", "Nut", "Washer", "Screw"],
                       "Product No": [f"PRO{i}" for i in range(1, N + 1)],
                       "Website": [f"https://example.com/p/{i}" for i in range(N)],
                       "Vendor PartNo": ["V-1", "V-2", "V-3", "V-4"],
                       "Qty/Unit": ["10.00", "12.00", "100.00", "50.00"]})
    s = suggest_columns(df, DEFS["product"], source_object="Products")
    assert _top(s, "Website") == "producturl"
    assert _top(s, "Vendor PartNo") == "vendorpartnumber"
    assert _top(s, "Qty/Unit") is None
    assert per_unit_name("Qty/Unit") and per_unit_name("Price / Case")
    assert not per_unit_name("State/Region") and not per_unit_name("ZIP/Postal code")


def test_a_record_number_is_the_key_when_unique() -> None:
    assert record_number("Account No") and record_number("Ticket Nr")
    assert not record_number("Phone No") and not record_number("Serial No")
    assert own_record_number("Accounts", "Account No")
    assert not own_record_number("Contacts", "Account No")
    assert not is_natural_key("Lead No") and is_natural_key("Account Name")
    leads = pl.DataFrame({"Lead No": [f"LEA{i}" for i in range(1, N + 1)],
                          "Email": [f"l{i}@example.com" for i in range(N)]})
    assert primary_key("Leads", leads) == "Lead No"
    # repeated, it keys nothing
    twice = pl.DataFrame({"Lead No": ["LEA1", "LEA1", "LEA2", "LEA2"],
                          "Email": [f"l{i}@example.com" for i in range(N)]})
    assert primary_key("Leads", twice) == "Email"
