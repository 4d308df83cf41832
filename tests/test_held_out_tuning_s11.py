"""Rules added after measuring the session-11 held-out exports (Zuora, QuickBooks, Shopify as
Fivetran lands them; issue 13), on made-up frames so they run where the public data is
absent: a billing or shipping address part is the bill-to/ship-to column of an order or a
quote (the first/second address of an account), a record's note is its description, a
store's customers file of people is contacts, suppliers and purchase orders are no customers
or sales orders, an estimate is a quote (its lines link it), a product's prices on no price
list are no price list's entries, a store login's enabled/disabled is no province, and a
catalogue entry's effective dates, a document number and status, a SKU spelled out and a
purchase cost, a ledger account is no parent account, and a head noun alone ('rule',
'event') with no column of its kind is unsure. Found on the way to Zuora's end-to-end run:
a record of its own that names two parents (a credit balance adjustment: an account and its
bill-to contact) is no association file joining them."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_billing_and_shipping_address_parts_are_an_orders_bill_to_and_ship_to() -> None:
    orders = pl.DataFrame({
        "id": ["o1", "o2", "o3"], "customer_id": ["c1", "c2", "c1"],
        "billing_address_address_1": ["1 Main St", "2 High St", "3 Low Rd"],
        "billing_address_city": ["Springfield", "Leeds", "Lyon"],
        "billing_address_zip": ["12345", "LS1 4AP", "69001"],
        "billing_address_phone": ["555-0100", "555-0101", "555-0102"],
        "shipping_address_address_2": ["Suite 4", "Floor 2", "Unit 9"],
        "shipping_address_province": ["IL", "West Yorkshire", "Rhone"],
        "shipping_address_province_code": ["IL", "WYK", "69"],
        "ship_to_country": ["US", "GB", "FR"]})
    sugg = suggest_columns(orders, DEFS["salesorder"], source_object="orders")
    assert _top(sugg, "billing_address_address_1") == "billto_line1"
    assert _top(sugg, "billing_address_city") == "billto_city"
    assert _top(sugg, "billing_address_zip") == "billto_postalcode"
    assert _top(sugg, "billing_address_phone") == "billto_telephone"
    assert _top(sugg, "shipping_address_address_2") == "shipto_line2"
    assert _top(sugg, "shipping_address_province") == "shipto_stateorprovince"
    assert _top(sugg, "ship_to_country") == "shipto_country"
    # the province's code is the same place again: it takes no second column of it
    assert _top(sugg, "shipping_address_province_code") != "shipto_stateorprovince"
    quotes = orders.rename({"id": "quote_id"})
    assert _top(suggest_columns(quotes, DEFS["quote"], source_object="quotes"),
                "billing_address_city") == "billto_city"
    # on an account the same names are its first (billing) and second (shipping) address
    accounts = orders.rename({"customer_id": "name"})
    sugg = suggest_columns(accounts, DEFS["account"], source_object="companies")
    assert _top(sugg, "billing_address_city") == "address1_city"
    assert _top(sugg, "shipping_address_address_2") == "address2_line2"


def test_a_records_note_is_its_description() -> None:
    people = pl.DataFrame({"id": ["1", "2"], "first_name": ["Ann", "Bo"],
                           "last_name": ["Lee", "Ng"], "note": ["VIP buyer", "Prefers email"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="contacts"),
                "note") == "description"
    notes = pl.DataFrame({"id": ["n1", "n2"], "note": ["Called", "Sent the quote"]})
    assert _top(suggest_columns(notes, DEFS["annotation"], source_object="notes"),
                "note") == "notetext"


def test_a_customers_file_of_people_is_contacts_not_unsure() -> None:
    buyers = ["id", "first_name", "last_name", "email", "phone", "note", "orders_count",
              "total_spent", "currency", "state", "created_at", "updated_at"]
    kind, _, _, evidence = classify_table("store_customer_data", buyers, "id")
    assert kind == "contact"
    assert any("rows are people" in e for e in evidence)
    # a customers file with a company's name stays accounts (QuickBooks' customers)
    companies = ["id", "display_name", "company_name", "given_name", "family_name", "email",
                 "phone_number", "website", "balance", "created_at"]
    assert classify_table("customer_data", companies, "id")[0] == "account"


def test_suppliers_and_purchase_orders_are_no_customers_or_sales_orders() -> None:
    vendors = ["id", "display_name", "given_name", "family_name", "email", "mobile_phone",
               "title", "balance", "created_at"]
    kind, _, _, evidence = classify_table("vendor_data", vendors, "id")
    assert kind == "unknown" and any("suppliers" in e for e in evidence)
    assert classify_table("erp_supplier", vendors, "id")[0] == "unknown"
    orders = ["id", "vendor_id", "doc_number", "total_amount", "status", "due_date",
              "created_at"]
    kind, _, _, evidence = classify_table("purchase_order_data", orders, "id")
    assert kind == "unknown" and any("purchase orders" in e for e in evidence)
    # a sales order stays an order
    sales = ["id", "customer_id", "order_number", "total_amount", "status", "created_at"]
    assert classify_table("order_data", sales, "id")[0] == "order"


def test_an_estimate_is_a_quote_and_its_lines_link_it() -> None:
    estimates = ["id", "customer_id", "doc_number", "expiration_date", "total_amount",
                 "transaction_status", "created_at"]
    assert classify_table("estimate_data", estimates, "id")[0] == "quote"
    lines = ["estimate_id", "index", "description", "item_id", "quantity", "unit_price"]
    assert classify_table("estimate_line_data", lines)[0] == "quote_line"
    frame = pl.DataFrame({"estimate_id": ["40", "40", "41"], "index": ["1", "2", "1"],
                          "description": ["Setup", "Licence", "Support"]})
    sugg = suggest_columns(frame, DEFS["quotedetail"], source_object="estimate_line_data")
    assert _top(sugg, "estimate_id") == "quoteid"
    # in a file of estimates themselves, 'estimate_id' is the record's own id
    own = pl.DataFrame({"estimate_id": ["40", "41"], "customer_id": ["c1", "c2"]})
    assert _top(suggest_columns(own, DEFS["quote"], source_object="estimates"),
                "estimate_id") is None


def test_a_products_prices_on_no_price_list_are_no_price_list_entries() -> None:
    variants = ["id", "product_id", "price", "compare_at_price", "sku", "title", "barcode",
                "inventory_quantity", "created_at"]
    kind, _, _, evidence = classify_table("shop_product_variant_data", variants, "id")
    assert kind == "unknown" and any("no price list" in e for e in evidence)
    entries = ["id", "pricebook_id", "product_id", "unit_price"]
    assert classify_table("pricebook_entries", entries, "id")[0] == "price_list_item"


def test_a_store_logins_state_is_no_province() -> None:
    buyers = pl.DataFrame({"id": ["1", "2", "3"], "first_name": ["Ann", "Bo", "Cy"],
                           "last_name": ["Lee", "Ng", "Oz"],
                           "state": ["enabled", "disabled", "enabled"]})
    assert _top(suggest_columns(buyers, DEFS["contact"], source_object="customers"),
                "state") != "address1_stateorprovince"


def test_catalogue_dates_document_numbers_and_costs() -> None:
    products = pl.DataFrame({
        "id": ["p1", "p2"], "name": ["Gold", "Silver"],
        "effective_start_date": ["2024-01-01", "2024-02-01"],
        "effective_end_date": ["2030-01-01", "2030-02-01"],
        "stock_keeping_unit": ["G-1", "S-1"], "purchase_cost": ["10.5", "7.25"]})
    sugg = suggest_columns(products, DEFS["product"], source_object="products")
    assert _top(sugg, "effective_start_date") == "validfromdate"
    assert _top(sugg, "effective_end_date") == "validtodate"
    assert _top(sugg, "stock_keeping_unit") == "productnumber"
    assert _top(sugg, "purchase_cost") == "currentcost"
    quotes = pl.DataFrame({"id": ["q1", "q2"], "doc_number": ["1001", "1002"],
                           "transaction_status": ["Pending", "Accepted"]})
    sugg = suggest_columns(quotes, DEFS["quote"], source_object="estimates")
    assert _top(sugg, "doc_number") == "quotenumber"
    assert _top(sugg, "transaction_status") == "statuscode"


def test_a_record_naming_two_parents_is_no_association_file() -> None:
    from d365migrate.intake.found import ObjectInfo
    from d365migrate.intake.links import find_associations

    def info(name: str, source: str) -> ObjectInfo:
        return ObjectInfo(name=name, source=source, rows=2, columns=[], primary_key="id")

    objects = [info("account", "accounts"), info("contact", "contacts"),
               info("unknown", "contact_account"), info("unknown", "credit_adjustments")]
    columns = {
        # ids, a loader's stamp, a date, and the kind of the link: the rows join the two
        "contact_account": ["contact_id", "account_id", "_fivetran_synced", "updated_at",
                            "type_id", "category"],
        # a billing record of its own that names an account and its bill-to contact
        "credit_adjustments": ["id", "account_id", "bill_to_contact_id", "amount", "comment",
                               "reason_code", "status", "number", "adjustment_date"]}
    types = {"contact_account": {"updated_at": "datetime"},
             "credit_adjustments": {"adjustment_date": "date"}}
    found = find_associations(objects, types, columns)
    assert [a["source"] for a in found] == ["contact_account"]


def test_a_ledger_account_is_no_parent_account() -> None:
    customers = pl.DataFrame({"id": ["1", "2", "3"], "display_name": ["Acme", "Globex", "Ini"],
                              "ar_account_id": ["84", "84", "85"]})
    sugg = suggest_columns(customers, DEFS["account"], source_object="customers")
    assert _top(sugg, "ar_account_id") is None  # a receivables account of the books
    parents = customers.rename({"ar_account_id": "parent_account_id"})
    sugg = suggest_columns(parents, DEFS["account"], source_object="customers")
    assert _top(sugg, "parent_account_id") == "parentaccountid"


def test_a_head_noun_alone_with_no_column_of_its_kind_is_unsure() -> None:
    rules = ["_fivetran_synced", "collection_id", "index", "condition", "relation", "columns"]
    kind, _, _, evidence = classify_table("shop_collection_rule_data", rules)
    assert kind == "unknown" and any("only the last word" in e for e in evidence)
    events = ["id", "fulfillment_id", "happened_at", "message", "status", "city", "zip"]
    assert classify_table("shop_fulfillment_event_data", events, "id")[0] == "unknown"
    # with a column of its kind the head noun settles it: a calendar's events
    meetings = ["id", "subject", "start_time", "end_time", "location", "owner_id"]
    assert classify_table("calendar_event", meetings, "id")[0] == "activity"
