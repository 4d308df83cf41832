"""Session 65's rules, each on made-up data: what the public end-to-end tier (Django
Oscar's 'Date joined') and round Z40 (held out, this session, recorded before these rules)
showed the engine could not read or read wrongly."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import kind_of_word, name_kind
from d365migrate.intake.values import parse_dates
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, file_kind, top


def test_djangos_whole_hours_noon_and_midnight() -> None:
    """Django's 'P' clock drops zero minutes ('6 p.m.') and writes 'noon' and 'midnight':
    one such date in a column of '6:08 p.m.' dates was cleared as no date."""
    parsed = parse_dates(pl.Series(["12 Sep 2012, 6:08 p.m.", "12 Sep 2012, 6 p.m.",
                                    "1 Jan 2013, noon", "1 Jan 2013, midnight",
                                    "2 Feb 2014, 11 a.m."]))
    assert parsed.failed.height == 0
    assert [v.strftime("%Y-%m-%d %H:%M") for v in parsed.values] == [
        "2012-09-12 18:08", "2012-09-12 18:00", "2013-01-01 12:00", "2013-01-01 00:00",
        "2014-02-02 11:00"]


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, DEFS[table], source_object=source)
    return {c: top(got, c) for c in df.columns}


def test_a_json_lists_address_items_counted_from_zero() -> None:
    """Wix's contacts write their addresses as a flattened list counted from 0
    ('info.addresses.items.0.address.city'): item 0 is the first address, item 1 the
    second; none was read (the index '0' named no block)."""
    df = pl.DataFrame({
        "info.name.first": ["Ann", "Bo", "Cy"], "info.name.last": ["Lee", "Ma", "Xu"],
        "info.addresses.items.0.address.addressLine": ["1 Main St", "2 Elm St", "3 Oak St"],
        "info.addresses.items.0.address.addressLine2": ["Apt 1", "", "Apt 3"],
        "info.addresses.items.0.address.city": ["Richmond", "Athens", "Dover"],
        "info.addresses.items.0.address.subdivision": ["US-ME", "US-OH", "US-DE"],
        "info.addresses.items.0.address.postalCode": ["04357", "45701", "19901"],
        "info.addresses.items.0.address.country": ["US", "US", "US"],
        "info.addresses.items.1.address.streetAddress.name": ["Wingate", "Pine", "Ash"],
        "info.addresses.items.1.address.streetAddress.number": ["5", "7", "9"],
        "info.addresses.items.1.address.city": ["Athens", "Dover", "Richmond"],
        "info.addresses.items.1.address.country": ["US", "US", "US"]})
    got = _top(df, "contact", "contacts")
    assert [got[c] for c in df.columns[2:]] == [
        "address1_line1", "address1_line2", "address1_city", "address1_stateorprovince",
        "address1_postalcode", "address1_country", "address2_line1", None, "address2_city",
        "address2_country"]
    # counted from 1 where no path has a 0: 'addresses.1.city' is the first address's
    one_based = df.select(pl.col("info.name.first"), pl.col(
        "info.addresses.items.1.address.city").alias("addresses.1.city"))
    assert _top(one_based, "contact", "contacts")["addresses.1.city"] == "address1_city"


def test_a_custom_field_objects_url_is_no_web_site() -> None:
    """Wix's 'info.extendedFields.items.custom.url' is the site's own custom field, read
    as the web site by its last word; a predefined field's code in capitals under custom
    fields (amoCRM's 'custom_fields_values.PHONE') stays the phone."""
    df = pl.DataFrame({"name": ["Acme", "Beta", "Gamma"],
                       "info.extendedFields.items.custom.url": [
                           "https://a.example", "https://b.example", "https://c.example"],
                       "custom_fields_values.PHONE": ["+1 555 0100", "+1 555 0101",
                                                      "+1 555 0102"]})
    got = _top(df, "account", "companies")
    assert got["info.extendedFields.items.custom.url"] is None
    assert got["custom_fields_values.PHONE"] == "telephone1"


def test_an_orders_totals_and_iso_subdivisions() -> None:
    """Wix's order 'totals.shipping' 10.0 and 'totals.discount' 10.81 are amounts (the
    freight, the discount), 'billingInfo.address.subdivision' US-NY the bill-to state."""
    df = pl.DataFrame({"number": ["10001", "10002", "10003"],
                       "buyerInfo.email": ["a@x.example", "b@x.example", "c@x.example"],
                       "dateCreated": ["2024-01-01T10:00:00Z", "2024-01-02T10:00:00Z",
                                       "2024-01-03T10:00:00Z"],
                       "totals.total": ["216.25", "99.00", "12.50"],
                       "totals.shipping": ["10.0", "5.0", "0.0"],
                       "totals.discount": ["10.81", "0.0", "1.25"],
                       "billingInfo.address.city": ["New York", "Boston", "Austin"],
                       "billingInfo.address.subdivision": ["US-NY", "US-MA", "US-TX"],
                       "billingInfo.address.zipCode": ["10001", "02101", "73301"]})
    got = _top(df, "salesorder", "orders")
    assert got["totals.shipping"] == "freightamount"
    assert got["totals.discount"] == "discountamount"
    assert got["billingInfo.address.subdivision"] == "billto_stateorprovince"


def test_a_service_desks_requests_and_requesters() -> None:
    """ServiceDesk Plus' 'requests' (status, priority and requester written as paths:
    'status.name', 'requester.id') were read as e-mail templates (a subject beside
    'template.name'); its 'requesters' as nothing; Planhat's 'endusers' as nothing."""
    requests = pl.DataFrame({
        "subject": ["Printer down", "VPN fails", "New laptop"],
        "status.name": ["Open", "Closed", "Open"], "priority.name": ["High", "Low", "Normal"],
        "requester.id": ["11", "12", "11"], "requester.name": ["Ann Lee", "Bo Ma", "Ann Lee"],
        "template.name": ["Default Request"] * 3, "description": ["a", "b", "c"]})
    assert file_kind("requests", requests) == "ticket"
    people = pl.DataFrame({"id": ["11", "12"], "name": ["Ann Lee", "Bo Ma"],
                           "is_technician": ["false", "false"]})
    assert name_kind("requesters")[0] == "contact" and name_kind("endusers")[0] == "contact"
    assert kind_of_word("requester") is None   # a column's 'Demandé par' names no contact
    # a flag names no record: 'is_technician' is no owner
    assert _top(people, "contact", "requesters")["is_technician"] is None
    cases = requests.with_columns(pl.Series("mode.name", ["E-Mail", "Phone Call", "Web Form"]))
    assert _top(cases, "incident", "requests")["mode.name"] == "caseorigincode"


def test_a_companys_status_of_relationships() -> None:
    """Planhat's company 'status' prospect / customer: what the company is to us, its
    Relationship Type, not its status reason."""
    df = pl.DataFrame({"name": ["Acme", "Beta", "Gamma", "Delta"],
                       "status": ["prospect", "customer", "customer", "prospect"]})
    assert _top(df, "account", "companies")["status"] == "customertypecode"
    df = df.with_columns(pl.Series("status", ["active", "inactive", "active", "active"]))
    assert _top(df, "account", "companies")["status"] != "customertypecode"


def test_a_broadcast_is_a_campaign() -> None:
    """Drip's broadcasts (a subject and bodies, sent as a sender at a time) were read as
    e-mail templates."""
    df = pl.DataFrame({"id": ["1", "2"], "status": ["sent", "draft"],
                       "name": ["Spring sale", "Summer sale"],
                       "from_name": ["Shop", "Shop"], "from_email": ["a@shop.example"] * 2,
                       "send_at": ["2024-03-01T10:00:00Z", ""],
                       "subject": ["Sale!", "Sale again"], "html_body": ["<p>x</p>"] * 2,
                       "text_body": ["x", "y"]})
    assert file_kind("broadcasts", df) == "campaign"
    assert kind_of_word("broadcasts") == "campaign"


def test_an_orders_identifier_and_when_it_occurred() -> None:
    """Drip's order 'identifier' (Order_123456, beside its id) is the order's number and
    'occurred_at' when it was placed."""
    df = pl.DataFrame({"id": ["a1", "a2", "a3"],
                       "identifier": ["Order_1", "Order_2", "Order_3"],
                       "amount": ["100", "200", "300"],
                       "occurred_at": ["2024-01-01T10:00:00Z", "2024-01-02T10:00:00Z",
                                       "2024-01-03T10:00:00Z"]})
    got = _top(df, "salesorder", "orders")
    assert got["identifier"] == "ordernumber" and got["occurred_at"] == "submitdate"


def test_a_records_pages_in_its_program_are_no_web_site() -> None:
    """Quaderno's contact 'permalink': each contact's billing page on Quaderno's own host,
    read as the company's web site; the companies' own sites stand on their own hosts."""
    pages = [f"https://app.quaderno.example/billing/{h}" for h in ("0079dd8f", "7b8e6c1e",
                                                                  "e69d905b")]
    df = pl.DataFrame({"name": ["Acme", "Beta", "Gamma"], "permalink": pages})
    assert _top(df, "account", "contacts")["permalink"] is None
    sites = df.with_columns(pl.Series("permalink", ["https://acme.example",
                                                    "https://beta.example/home",
                                                    "https://gamma.example"]))
    assert _top(sites, "account", "contacts")["permalink"] == "websiteurl"


def test_a_page_a_person_came_from_is_no_web_site() -> None:
    """Drip's subscriber 'original_referrer' (the page that sent them) was read as their
    web site by its values alone."""
    df = pl.DataFrame({"email": ["a@x.example", "b@y.example", "c@z.example"],
                       "original_referrer": ["https://google.com/", "https://bing.com/",
                                             "https://news.example/post"]})
    assert _top(df, "contact", "subscribers")["original_referrer"] is None


def test_the_stores_default_price_over_the_makers() -> None:
    """Lightspeed's item 'Prices.Default' (the store's price) beside 'Prices.MSRP' (the
    maker's suggested one): the default is the list price."""
    df = pl.DataFrame({"description": ["Tent", "Stove", "Lamp"],
                       "Prices.Default": ["199.00", "49.00", "19.50"],
                       "Prices.MSRP": ["229.00", "59.00", "24.00"]})
    got = _top(df, "product", "items")
    assert got["Prices.Default"] == "price" and got["Prices.MSRP"] != "price"


def test_a_campaigns_file_pointing_at_its_newsletter() -> None:
    """Mailjet's 'campaigns' carry 'NewsLetterID' (the draft each was sent from); the
    newsletter's word is a campaign's too, so the file read as a child of campaigns and
    named nothing. A reference by the name's own word still makes a child."""
    df = pl.DataFrame({"ID": ["1", "2", "3"], "NewsLetterID": ["7", "7", "8"],
                       "Subject": ["Spring", "Spring again", "Summer"], "Status": ["2"] * 3,
                       "SendStartAt": ["2024-03-01T10:00:00Z", "2024-03-08T10:00:00Z",
                                       "2024-06-01T10:00:00Z"],
                       "FromEmail": ["a@shop.example"] * 3, "FromName": ["Shop"] * 3})
    assert file_kind("campaigns", df) == "campaign"
    history = pl.DataFrame({"ID": ["1", "2"], "CampaignID": ["7", "8"],
                            "Status": ["sent", "sent"], "ChangedAt": ["2024-03-01"] * 2})
    assert file_kind("campaign_history", history) != "campaign"


def test_a_bare_discount_is_money_unless_its_amount_stands_beside_it() -> None:
    """An order's bare 'discount' was read as a percentage (Drip's cents, Thelia's and
    nopCommerce's amounts); beside a 'discount_amount' (Harvest's estimates) it is the
    percentage the amount comes from."""
    order = pl.DataFrame({"number": ["1", "2", "3"], "amount": ["100", "250", "80"],
                          "discount": ["0", "25", "10.5"]})
    assert _top(order, "salesorder", "orders")["discount"] == "discountamount"
    both = order.with_columns(pl.Series("discount_amount", ["0", "25", "8.4"]))
    got = _top(both, "salesorder", "orders")
    assert got["discount"] == "discountpercentage" and got["discount_amount"] == "discountamount"


def test_a_link_table_named_for_contacts_stays_one() -> None:
    """FrontAccounting's 'crm_contacts' (id, person_id, type, action, entity_id) links
    people to records: no contacts, though its name says contacts and 'person' is a word of
    theirs other than the name's own."""
    links = pl.DataFrame({"id": ["1", "2", "3"], "person_id": ["4", "5", "4"],
                          "type": ["customer", "supplier", "customer"],
                          "action": ["general", "order", "general"],
                          "entity_id": ["7", "8", "9"]})
    assert file_kind("crm_contacts", links) != "contact"


def test_a_json_lists_address_lines_and_its_location() -> None:
    """Action Network's people write 'postal_addresses.0.address_lines' (the street) and
    'postal_addresses.0.location.latitude' (the address's position): neither was read."""
    df = pl.DataFrame({"given_name": ["Ann", "Bo", "Cy"], "family_name": ["Lee", "Ma", "Xu"],
                       "postal_addresses.0.address_lines": ["1 Main St", "2 Elm", "3 Oak"],
                       "postal_addresses.0.locality": ["Dover", "Athens", "Salem"],
                       "postal_addresses.0.postal_code": ["19901", "45701", "97301"],
                       "postal_addresses.0.location.latitude": ["39.1", "39.3", "44.9"],
                       "postal_addresses.0.location.longitude": ["-75.5", "-82.1", "-123.0"]})
    got = _top(df, "contact", "people")
    assert [got[c] for c in df.columns[2:]] == [
        "address1_line1", "address1_city", "address1_postalcode", "address1_latitude",
        "address1_longitude"]


def test_business_centrals_salespeople_and_their_codes() -> None:
    """Business Central's 'salespeople' (read as people: contacts) are its users; a
    record's 'Salesperson Code' its owner; 'Chances of Success %' the probability."""
    staff = pl.DataFrame({"Code": ["AH", "BC"], "Name": ["Annette Hill", "Bart Cole"],
                          "E-Mail": ["ah@contoso.example", "bc@contoso.example"]})
    assert file_kind("salespeople", staff) == "user"
    deals = pl.DataFrame({"No.": ["OP1", "OP2", "OP3"], "Description": ["A", "B", "C"],
                          "Salesperson Code": ["AH", "BC", "AH"],
                          "Chances of Success %": ["40", "75", "10"]})
    got = _top(deals, "opportunity", "opportunities")
    assert got["Salesperson Code"] == "ownerid"
    assert got["Chances of Success %"] == "closeprobability"


def test_kits_fields_and_a_purchases_shipping_and_time() -> None:
    """Kit's (ConvertKit's) subscriber 'fields.last_name' (its fields object) is the last
    name; a purchase's bare 'shipping' its freight and 'transaction_time' when it was
    submitted. A count of shipments (InvenTree's Italian 'Spedizioni' 0, 1, 2) and an
    address are no freight."""
    people = pl.DataFrame({"first_name": ["Jon", "Arya"], "fields.last_name": ["Snow", "Stark"],
                           "email_address": ["jon@example.com", "arya@example.com"]})
    assert _top(people, "contact", "subscribers")["fields.last_name"] == "lastname"
    sales = pl.DataFrame({"transaction_id": ["t1", "t2", "t3"], "total": ["10", "20", "5"],
                          "shipping": ["0.0", "4.5", "0.0"],
                          "transaction_time": ["2024-01-01T10:00:00Z", "2024-01-02T10:00:00Z",
                                               "2024-01-03T10:00:00Z"]})
    got = _top(sales, "salesorder", "purchases")
    assert got["shipping"] == "freightamount" and got["transaction_time"] == "submitdate"
    shipments = sales.with_columns(pl.Series("shipping", ["2", "1", "0"]))
    assert _top(shipments, "salesorder", "purchases")["shipping"] != "freightamount"
    addresses = sales.with_columns(pl.Series("shipping", ['{"city": "Oslo"}'] * 3))
    assert _top(addresses, "salesorder", "purchases")["shipping"] != "freightamount"


def test_jsherps_members_sales_bills_prices_and_discounts() -> None:
    """jshERP's Chinese files: members ('会员信息') are contacts, sales-out bills ('销售出库')
    orders; a product's purchase and retail prices ('采购价', '零售价') its cost and price;
    a bill's discount rate ('优惠率') its percentage."""
    assert name_kind("会员信息")[0] == "contact" and name_kind("销售出库")[0] == "order"
    goods = pl.DataFrame({"名称*": ["衣服", "鞋子", "帽子"], "采购价": ["11", "20", "5"],
                          "零售价": ["22", "40", "9"]})
    got = _top(goods, "product", "商品信息")
    assert got["采购价"] == "currentcost" and got["零售价"] == "price"
    bills = pl.DataFrame({"单据编号": ["XS1", "XS2", "XS3"], "优惠率": ["5", "0", "10"],
                          "收款优惠": ["0", "1", "2"]})
    got = _top(bills, "salesorder", "销售出库")
    assert got["优惠率"] == "discountpercentage" and got["收款优惠"] == "discountamount"


def test_a_products_pages_on_its_stores_site_stay_its_url() -> None:
    """A product's pages all on the store's own host are its product URL (session 53's
    'Website'), where a company's pages on one host are no web site of theirs."""
    df = pl.DataFrame({"Product Name": ["Tent", "Stove", "Lamp"],
                       "Website": [f"https://shop.example/p/{n}" for n in ("1", "2", "3")]})
    assert _top(df, "product", "products")["Website"] == "producturl"
