"""Session 60's rules, each on made-up data: what rounds Z27 and Z28 (e-conomic, EngageBay,
SAP's CAP bookshop, Fiken, Xendit, Streak) showed the engine did not read."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.id_references import pointing_kind
from d365migrate.intake.read import Export
from d365migrate.intake.record_keys import key_candidates
from d365migrate.mapping.decisions import (
    StagesUndecided,
    apply_decisions,
    apply_stages,
    require_stages_decided,
    stage_source,
)
from d365migrate.mapping.mapfile import confirm
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table
from test_clock_durations import DEFS as CALL_DEFS
from test_link_decisions import ACCOUNTS, DEFS, table_def
from test_session59_rules import _top

#: Deals with no stage, status or pipeline column at all (EngageBay's deal rows).
STAGELESS = pl.DataFrame({"deal_ref": ["D1", "D2"], "name": ["Web", "Print"],
                          "amount": ["100", "200"], "acct": ["A1", "A2"]})


def _stageless_map() -> dict:
    ex = Export(Path("."), {"accounts": ACCOUNTS, "deals": STAGELESS})
    return propose_mapping(ex, discover(ex), DEFS, ["account", "opportunity"],
                           source_id_column="new_sourceid").mapping


def test_deals_without_any_stage_column_take_the_no_stage_decision():
    mapping = _stageless_map()
    with pytest.raises(StagesUndecided, match=r"\(no stage\)"):
        require_stages_decided(mapping)  # the stop says how to decide it
    bound = apply_decisions(mapping, {"stages": {"(no stage)": {"salesstage": 1,
                                                                "state": "open"}}},
                            table_def=table_def)
    require_stages_decided(bound)
    deals = apply_stages(STAGELESS, bound["stages"], **stage_source(bound))
    assert deals["__stage_state"].to_list() == [0, 0]
    staged = stage_table(confirm(bound, "analyst"), "opportunity",
                         {"accounts": ACCOUNTS, "deals": deals}, {"deals": "deals.csv"},
                         table_def=DEFS["opportunity"]).staged
    assert staged["salesstage"].to_list() == [1, 1]
    assert staged["statecode"].to_list() == [0, 0]


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def test_a_registry_number_yields_the_account_number_to_the_programs_own() -> None:
    """Fiken's contacts: 'organizationNumber' (the Norwegian public register's) beside
    'customerNumber' (the number Fiken gave the customer): the account number is the
    customer number, whichever comes first; the registry's alone still fills it."""
    both = pl.DataFrame({"name": ["Fiken AS", "Acme AS"],
                         "organizationNumber": ["913312465", "913312466"],
                         "customerNumber": ["10001", "10002"]})
    top = _top(both, "account", "contacts")
    assert (top["customerNumber"], top["organizationNumber"]) == ("accountnumber", None)
    alone = _top(both.drop("customerNumber"), "account", "contacts")
    assert alone["organizationNumber"] == "accountnumber"


def test_a_json_path_to_a_records_own_number_is_the_link_to_it() -> None:
    """e-conomic's contacts: 'customer.customerNumber' (the customer's number, its key) is
    the contact's company, on every row the same customer or not."""
    df = pl.DataFrame({"customerContactNumber": ["1", "2", "3"],
                       "name": ["Frasier Crane", "Daphne Moon", "Niles Crane"],
                       "customer.customerNumber": ["1", "1", "1"]})
    assert _top(df, "contact", "contacts")["customer.customerNumber"] == "parentcustomerid"


def test_an_orders_customer_named_by_e_mail_is_the_customer() -> None:
    """SAP CAP's French orders: 'Client' holds the buyer's e-mail; a customer (an account or
    a contact) is found by it, as the English 'Customer' already was."""
    df = pl.DataFrame({"Numéro de commande": ["1", "2"],
                       "Client": ["john.doe@test.com", "jane.doe@test.com"]})
    assert _top(df, "salesorder", "orders")["Client"] == "customerid"


def test_an_order_lines_product_is_no_key_and_its_french_id_a_link() -> None:
    """SAP CAP's order items: 'Product ID' unique over three lines is the product, no
    line's key (the order and the product together key a line); the French 'ID du
    produit' points at the books file, making it a product list."""
    lines = pl.DataFrame({"Order Number": ["1", "1", "2"], "Product ID": ["201", "271", "252"],
                          "Product Title": ["Wuthering Heights", "Catweazle", "Eleonora"],
                          "Quantity": ["1", "1", "2"]})
    assert [c["column"] for c in key_candidates("order_items", lines)] == []
    assert _top(lines, "salesorderdetail", "order_items")["Product ID"] == "productid"
    assert pointing_kind("ID du produit") == "product"
    assert pointing_kind("Id del cliente") == "account"
    french = lines.rename({"Order Number": "Numéro de commande", "Product ID": "ID du produit",
                           "Product Title": "Titre du produit", "Quantity": "Quantité"})
    books = pl.DataFrame({"ID": ["201", "271", "252"],
                          "Titre": ["Les Hauts de Hurlevent", "Catweazle", "Eleonora"],
                          "Auteur": ["Emily Brontë", "Carpenter", "Poe"],
                          "Prix": ["11,11", "15", "28"]})
    assert _kinds({"order_items": french, "books": books})["books"] == "product"
    top = _top(french, "salesorderdetail", "order_items")
    assert (top["ID du produit"], top["Titre du produit"]) == ("productid",
                                                               "productdescription")


def test_authors_with_a_date_of_death_are_no_staff() -> None:
    """A bookshop's authors (born, died, no sign-in or e-mail) are people written about:
    contacts; a blog's authors with e-mail addresses stay its users."""
    authors = pl.DataFrame({"ID": ["101", "107"], "Name": ["Emily Brontë", "Charlotte Brontë"],
                            "Date of Birth": ["1818-07-30", "1816-04-21"],
                            "Date of Death": ["1848-12-19", "1855-03-31"]})
    assert _kinds({"authors": authors})["authors"] == "contact"
    french = authors.rename({"Date of Death": "Date de décès", "Name": "Nom"})
    assert _kinds({"authors": french})["authors"] == "contact"
    writers = authors.drop("Date of Death").with_columns(
        pl.Series("Email", ["emily@example.com", "charlotte@example.com"]))
    assert _kinds({"authors": writers})["authors"] == "user"


def test_customers_by_their_given_names_are_people() -> None:
    """Xendit's customers: an id, a reference, 'given_names' and an e-mail, no company
    column: contacts, 'given_names' their first names. A customers file of company
    columns stays accounts."""
    people = pl.DataFrame({"id": ["cust-1", "cust-2"], "reference_id": ["r1", "r2"],
                           "given_names": ["Jane", "John"],
                           "email": ["jane@example.com", "john@example.com"]})
    assert _kinds({"customers": people})["customers"] == "contact"
    assert _top(people, "contact", "customers")["given_names"] == "firstname"
    firms = pl.DataFrame({"id": ["c1", "c2"], "name": ["Acme Ltd", "Globex plc"],
                          "website": ["https://acme.example", "https://globex.example"],
                          "email": ["info@acme.example", "hi@globex.example"]})
    assert _kinds({"customers": firms})["customers"] == "account"


def test_a_website_column_wins_the_web_site_over_a_url() -> None:
    """EngageBay's companies: 'url' (the domain it matches them by) beside 'website' (the
    site): the web site is 'website'; a 'url' alone is still the web site."""
    df = pl.DataFrame({"name": ["Test Name", "www.engagebay.com"],
                       "url": ["https://example.com", "www.engagebay.com"],
                       "website": ["https://website.com", None]})
    top = _top(df, "account", "companies")
    assert (top["website"], top["url"]) == ("websiteurl", None)
    assert _top(df.drop("website"), "account", "companies")["url"] == "websiteurl"


def test_the_programs_words() -> None:
    """Streak's box, Fiken's address line, e-conomic's number for phone and fax alike."""
    box = pl.DataFrame({"boxKey": ["b1", "b2"], "name": ["Streak test box", "Other box"],
                        "creationTimestamp": ["1533721030914", "1533648680760"],
                        "assignedToSharingEntries": ["kissbot@example.com",
                                                     "kissbot@example.com"],
                        "stageKey": ["5001", "5004"]})
    top = _top(box, "opportunity", "boxes")
    assert top["creationTimestamp"] == "overriddencreatedon"
    assert top["assignedToSharingEntries"] == "ownerid"
    firm = pl.DataFrame({"name": ["A", "B"], "address.streetAddress": ["Karl Johan 34", "X 1"],
                         "address.streetAddressLine2": ["H0405", "c/o Y"],
                         "telephoneAndFaxNumber": ["+47 22 00 00 00", "+47 22 00 00 01"]})
    top = _top(firm, "account", "contacts")
    assert top["address.streetAddressLine2"] == "address1_line2"
    assert top["telephoneAndFaxNumber"] == "telephone1"


def test_round_z29_words_and_a_contacts_file_of_businesses() -> None:
    """Zoho Books' contacts, each 'business' by its customer sub-type, are accounts (their
    primary person's first and last name beside); Twinfield's 'address.name' is the
    address's name, no street; Zoho's payment terms label, Sage One's cost and period
    price."""
    zoho = pl.DataFrame({"contact_id": ["1", "2"], "contact_name": ["Acme Corp", "Globex"],
                         "company_name": ["Acme Corp", "Globex"],
                         "contact_type": ["customer", "vendor"],
                         "customer_sub_type": ["business", "business"],
                         "payment_terms_label": ["Net 15", "Due on Receipt"],
                         "first_name": ["Pat", "Sam"], "last_name": ["Buyer", "Seller"],
                         "email": ["pat@example.com", "sam@example.com"]})
    assert _kinds({"contacts": zoho})["contacts"] == "account"
    assert _top(zoho, "account", "contacts")["payment_terms_label"] == "paymenttermscode"
    twinfield = pl.DataFrame({"name": ["Customer 0", "Customer 1"],
                              "address.name": ["Customer 0", "Customer 1"],
                              "address.city": ["Place", "Place"]})
    assert _top(twinfield, "account", "customers")["address.name"] == "address1_name"
    product = pl.DataFrame({"item_code": ["Bar", "Foo"], "description": ["Bar", "Foo"],
                            "sales_price": ["10.0", "12.0"], "last_cost_price": ["4.0", "5.0"]})
    assert _top(product, "product", "products")["last_cost_price"] in ("currentcost",
                                                                       "standardcost")
    service = pl.DataFrame({"description": ["Consulting", "Support"],
                            "period_rate_price": ["100.0", "50.0"]})
    assert _top(service, "product", "services")["period_rate_price"] == "price"


CALLS = pl.DataFrame({"id": ["1", "2", "3"], "subject": ["Support", "Commercial", "Finance"],
                      "date": ["2024-06-26T12:20:00+02:00", "2024-06-26T18:50:00+02:00",
                               "2024-06-27T14:10:00+02:00"],
                      "duration": ["0", "1020", "600"],
                      "direction": ["outgoing", "outgoing", "incoming"]})


def _calls_map() -> dict:
    ex = Export(Path("."), {"calls": CALLS})
    return propose_mapping(ex, discover(ex), CALL_DEFS, ["phonecall"],
                           source_id_column="new_sourceid").mapping


def _calls_columns(mapping: dict) -> dict[str, dict]:
    table = next(t for t in mapping["tables"] if t["target"] == "phonecall")
    return {c["target"]: c for c in table["columns"]}


def test_a_calls_length_too_long_for_minutes_is_seconds() -> None:
    """Sellsy's calls: 'duration' 1020 and 600 with no unit said, no end and no minutes
    column: a typical call of 13 hours is no call; read as seconds (17 and 10 minutes), the
    end the map computes from it too."""
    mapping = _calls_map()
    columns = _calls_columns(mapping)
    assert columns["actualdurationminutes"]["clock"] == "seconds"
    assert "seconds" in columns["actualdurationminutes"]["reason"]
    assert columns["actualend"]["plus_minutes"] == "duration"
    staged = stage_table(confirm(mapping, "analyst"), "phonecall", {"calls": CALLS},
                         {"calls": "calls.csv"}).staged
    assert staged["actualdurationminutes"].to_list() == [0, 17, 10]
    assert staged["actualend"].to_list()[1:] == ["2024-06-26T17:07:00Z", "2024-06-27T12:20:00Z"]


def test_a_length_left_out_takes_the_end_computed_from_it() -> None:
    """A call's length decided out of the map (``null``) takes with it the end the map
    computed from it: no end, rather than one the length would have put wrong."""
    columns = _calls_columns(_calls_map())
    assert "actualend" in columns
    bound = apply_decisions(_calls_map(), {"columns": {
        "phonecall.actualdurationminutes": None}}, table_def=lambda n: CALL_DEFS[n])
    left = _calls_columns(bound)
    assert "actualdurationminutes" not in left and "actualend" not in left
    assert left["scheduledstart"]["source"] == "date"


def test_round_z30_customers_named_in_full_consents_directions_and_a_blocks_lines() -> None:
    """Kustomer's customers, whose 'name' is 'firstName' and 'lastName' put together, are
    people (an invoicing program's clients naming a company beside its person stay
    accounts); Sellsy's 'rgpd_consent.phone' is a consent, no phone, and its call 'source'
    of incoming and outcoming the direction; Visma's 'DeliveryAddress.Address1' and
    'Address2' the delivery block's street lines."""
    people = pl.DataFrame({"id": ["a1", "a2", "a3"], "name": ["Jean Test", "Ann Lee", "Bo Ray"],
                           "firstName": ["Jean", "Ann", "Bo"], "lastName": ["Test", "Lee", "Ray"],
                           "emails": ["jean@example.com", "ann@example.com", "bo@example.com"]})
    assert _kinds({"customers": people})["customers"] == "contact"
    firms = people.with_columns(pl.Series("name", ["Acme Corp", "Globex", "Initech"]))
    assert _kinds({"customers": firms})["customers"] == "account"
    company = pl.DataFrame({"name": ["Sellsy", "Acme"], "phone_number": ["+33 1", "+33 2"],
                            "rgpd_consent.phone": ["false", "true"],
                            "rgpd_consent.sms": ["false", "false"]})
    top = _top(company, "account", "companies")
    assert (top["rgpd_consent.phone"], top["rgpd_consent.sms"]) == (None, None)
    calls = pl.DataFrame({"id": ["1", "2"], "source": ["outcoming", "incoming"]})
    assert _top(calls, "phonecall", "phonecalls")["source"] == "directioncode"
    visma = pl.DataFrame({"Id": ["cust-002", "cust-003"], "CustomerNumber": ["1002", "1003"],
                          "Name": ["Full Details AB", "Acme AB"],
                          "Email": ["info@fulldetails.se", "info@acme.se"],
                          "Phone": ["+46 8 123 456 78", "+46 8 123 456 79"],
                          "Website": ["https://www.fulldetails.se", "https://acme.se"],
                          "PaymentTermsInDays": ["30", "10"],
                          "CreatedUtc": ["2024-01-15T10:30:00Z", "2024-01-16T10:30:00Z"],
                          "InvoiceAddress.Address1": ["Storgatan 1", "Gatan 2"],
                          "InvoiceAddress.PostalCode": ["111 22", "222 33"],
                          "InvoiceAddress.City": ["Stockholm", "Lund"],
                          "InvoiceAddress.CountryCode": ["SE", "SE"],
                          "DeliveryAddress.Address1": ["Leveransgatan 5", "Vägen 3"],
                          "DeliveryAddress.Address2": ["Port 2", None],
                          "DeliveryAddress.PostalCode": ["111 33", "222 44"],
                          "DeliveryAddress.City": ["Stockholm", "Lund"],
                          "DeliveryAddress.CountryCode": ["SE", "SE"]})
    top = _top(visma, "account", "customers")
    assert top["InvoiceAddress.Address1"] == "address1_line1"
    assert (top["DeliveryAddress.Address1"], top["DeliveryAddress.Address2"]) == (
        "address2_line1", "address2_line2")


def test_a_number_the_org_gives_is_no_difference_where_the_export_had_none() -> None:
    """Zoho Desk's empty 'ticketNumber': the case was created without a number, Dataverse
    gave it 'CAS-01000-C6J0K6'; verification counts no difference there, but a number the
    export did carry must still arrive as written."""
    from d365migrate.verify.compare import kind_of, same
    number = kind_of({"LogicalName": "ticketnumber", "AttributeType": "String"})
    assert same(None, "CAS-01000-C6J0K6", number)
    assert not same("T-7", "CAS-01000-C6J0K6", number)
    title = kind_of({"LogicalName": "title", "AttributeType": "String"})
    assert not same(None, "CAS-01000-C6J0K6", title)
    from d365migrate.verify.export_cells import ExportCells
    cells = ExportCells("incident", {"ticketnumber": "ticketNumber", "title": "subject"}, None)
    assert cells.holds("1", "ticketnumber", "", "CAS-01000-C6J0K6")   # the export's cell
    assert not cells.holds("1", "ticketnumber", "T-7", "CAS-01000-C6J0K6")
    assert not cells.holds("1", "title", "", "Test Ticket")


def test_round_z31_words() -> None:
    """RD Station's deal 'amount_total' (the value, no sum of lines); Flowlu's task 'Started
    At' (work began: the actual start)."""
    deals = pl.DataFrame({"id": ["d1", "d2"], "name": ["Old deal", "New deal"],
                          "amount_total": ["1000", "250"]})
    assert _top(deals, "opportunity", "deals")["amount_total"] == "estimatedvalue"
    tasks = pl.DataFrame({"Name": ["Call back", "Send quote"],
                          "Started At": ["2024-05-01 10:00:00", "2024-05-02 09:00:00"]})
    assert _top(tasks, "task", "tasks")["Started At"] == "actualstart"
