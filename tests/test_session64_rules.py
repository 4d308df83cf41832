"""Session 64's rules, each on made-up data: what round Z37 (held out, session 63) and round
Z38 (held out, this session, recorded before these rules) showed the engine could not read
or read wrongly."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.company_rows import row_kinds
from d365migrate.intake.kinds import kind_of_word
from d365migrate.intake.person_files import people_of_account
from d365migrate.mapping.active_flags import active_flag_values
from d365migrate.mapping.subscription_flags import subscription_flag_values
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _table(name: str) -> dict:
    return json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, _table(table), source_object=source)
    return {c: (got[c][0].target if got.get(c) else None) for c in df.columns}


def test_an_address_state_beside_its_city_is_no_status_over_the_active_flag() -> None:
    """Upsales' accounts carry 'active' 1 beside 'mailAddress.state' (the region, beside
    'mailAddress.city'), Autotask's companies 'isActive' beside 'state' and 'city': the
    state was read as a status column beside the flag, which then said nothing."""
    accounts = pl.DataFrame({
        "name": ["Acme AB", "Beta AB", "Gamma AB"], "active": ["1", "1", "0"],
        "mailAddress.city": ["Avesta", "Solna", "Kista"],
        "mailAddress.state": ["DALARNA", "STOCKHOLM", "STOCKHOLM"]})
    assert _top(accounts, "account", "accounts")["active"] == "statecode"
    # a status of its own beside the flag still decides (HumHub's Status)
    with_status = accounts.with_columns(pl.Series("status", ["Enabled", "Enabled", "Pending"]))
    assert _top(with_status, "account", "accounts")["active"] != "statecode"


def test_a_products_active_flag_is_its_state_false_as_retired() -> None:
    """Upsales' products 'active', HaloPSA's items 'inactive', Tiendanube's 'published':
    a product's states are Active, Retired, Draft and Under Revision, which no flag named,
    so every product arrived active. In use is Active, out of use Retired."""
    products = pl.DataFrame({"name": ["Widget", "Gadget", "Gizmo"],
                             "inactive": ["false", "true", "false"]})
    assert _top(products, "product", "items")["inactive"] == "statecode"
    labels = {"active": 0, "retired": 1, "draft": 2, "under revision": 3}
    assert active_flag_values("inactive", ["false", "true"], labels) == {"false": 0, "true": 1}
    assert active_flag_values("active", ["1", "0"], labels) == {"1": 0, "0": 1}


def test_a_users_email_on_a_deal_names_its_owner() -> None:
    """Upsales' deal 'user.email' (the salesperson, by e-mail) was read as the deal's own
    e-mail address; a related record's key 'email' after a user's word is that user."""
    deals = pl.DataFrame({"description": ["Big deal", "Small deal"],
                          "user.email": ["ann@example.com", "bo@example.com"]})
    assert _top(deals, "opportunity", "opportunities")["user.email"] == "ownerid"


def test_a_title_written_first_as_description_names_the_record() -> None:
    """Upsales writes each deal's, order's, appointment's and to-do's title as 'description'
    right after its id ('Agreement 22', 'Ring och kolla intresse'), its long text in
    'notes': with no name column the record had no name and the title went to the
    description."""
    meetings = pl.DataFrame({
        "id": ["1", "2", "3"], "description": ["Kick-off", "Demo for IT", "Contract talk"],
        "notes": ["Bring the slides and the price list.", "Ask about the servers.",
                  "Legal joins from Oslo."],
        "date": ["2025-01-02T10:00:00Z", "2025-01-03T10:00:00Z", "2025-01-04T10:00:00Z"]})
    top = _top(meetings, "appointment", "appointments")
    assert (top["description"], top["notes"]) == ("subject", "description")
    deals = pl.DataFrame({"id": ["1", "2"], "description": ["Bra affär", "Sälj"],
                          "value": ["1000", "2000"]})
    assert _top(deals, "opportunity", "opportunities")["description"] == "name"
    # a description that is no first column, or is long text, stays the description
    later = pl.DataFrame({"id": ["1", "2"], "value": ["1000", "2000"],
                          "description": ["Bra affär", "Sälj"]})
    assert _top(later, "opportunity", "opportunities")["description"] == "description"


def test_registered_dates_and_a_companys_about_text() -> None:
    """Upsales' 'regDate' on every record (when it was registered: its created-on) and a
    company's 'about' (what it does: its description) were read as nothing."""
    accounts = pl.DataFrame({"name": ["Acme AB", "Beta AB"],
                             "regDate": ["2009-03-16T23:20:22.000Z", "2010-01-02T10:00:00Z"],
                             "about": ["Makes stainless steel.", "Sells software."]})
    top = _top(accounts, "account", "accounts")
    assert (top["regDate"], top["about"]) == ("overriddencreatedon", "description")


def test_dates_fill_no_yes_no_and_yes_no_words_no_text() -> None:
    """Constant Contact's 'opt_out_date' (when the person opted out) was read as the
    Do-not-email flag; Teamtailor's user 'notification-job' true/false as a job title."""
    people = pl.DataFrame({"lastname": ["Ng", "Oh", "Li"],
                           "email_opt_out_date": ["2012-03-29T14:59:25Z", None, "2012-06-18"]})
    assert _top(people, "contact", "contacts")["email_opt_out_date"] != "donotemail"
    users = pl.DataFrame({"name": ["Ann Lee", "Bo Chan"], "email": ["a@x.com", "b@x.com"],
                          "notification-job": ["true", "false"]})
    assert _top(users, "systemuser", "users")["notification-job"] is None


def test_a_users_login_email_is_the_one_they_sign_in_with() -> None:
    """Teamtailor's users carry 'email' (empty for the admin) and 'login-email': the
    sign-in address is the user's primary e-mail, which Dynamics matches users by."""
    users = pl.DataFrame({"name": ["Ann Lee", "Admin"], "email": ["a@x.com", None],
                          "login-email": ["a@x.com", "admin@x.com"]})
    assert _top(users, "systemuser", "users")["login-email"] == "internalemailaddress"


def test_a_second_address_block_read_as_the_first_takes_the_second() -> None:
    """Tiendanube's customers: 'billing_*' (its word says the first address) beside
    'default_address.*' (no side word, read as the first too): both said one address, so
    the default block was left unread. Its locality beside a city is a district (line 3),
    its floor the unit (line 2), a 'zipcode' its postal code."""
    customers = pl.DataFrame({
        "name": ["Ann Lee", "Bo Chan"], "email": ["a@x.com", "b@x.com"],
        "billing_address": ["Evergreen Terrace", "Av. Paulista"],
        "billing_city": ["Springfield", "São Paulo"], "billing_locality": ["", "Centro"],
        "billing_province": ["Oregon", "SP"], "billing_zipcode": ["97475", "01310"],
        "default_address.address": ["Evergreen Terrace", "Rua Augusta"],
        "default_address.city": ["Springfield", "São Paulo"],
        "default_address.floor": ["", "Apartment 8"],
        "default_address.locality": ["", "Consolação"],
        "default_address.province": ["Oregon", "SP"],
        "default_address.zipcode": ["97475", "01305"]})
    top = _top(customers, "contact", "customers")
    assert [top[f"default_address.{p}"] for p in ("address", "city", "province", "zipcode",
                                                  "floor", "locality")] == [
        "address2_line1", "address2_city", "address2_stateorprovince", "address2_postalcode",
        "address2_line2", "address2_line3"]
    assert (top["billing_city"], top["billing_locality"], top["billing_zipcode"]) == (
        "address1_city", "address1_line3", "address1_postalcode")


def test_an_address_blocks_state_code_and_full_name() -> None:
    """Commerce Layer's order 'billing_address.state_code' and '.full_name' were read as a
    block of their own (its name 'code'), and nothing."""
    orders = pl.DataFrame({
        "number": ["1001", "1002"],
        "billing_address.full_name": ["Ann Lee", "Bo Chan"],
        "billing_address.line_1": ["1 Main St", "2 High St"],
        "billing_address.city": ["Boston", "Austin"],
        "billing_address.state_code": ["MA", "TX"],
        "billing_address.zip_code": ["02150", "73301"]})
    top = _top(orders, "salesorder", "orders")
    assert (top["billing_address.full_name"], top["billing_address.state_code"]) == (
        "billto_name", "billto_stateorprovince")


def test_a_gender_and_a_family_detail_make_customers_people() -> None:
    """Tiendanube's customers (one 'name', 'extra.gender', 'extra.number_of_children') were
    proposed as companies: a gender beside a birth date said people, a gender beside a
    number of children did not, nor did a sub-document's field ('extra.gender')."""
    cols = ["id", "name", "email", "extra.gender", "extra.number_of_children"]
    assert people_of_account(cols, (), "customers") == ["extra.gender",
                                                         "extra.number_of_children"]
    # a company's name beside them still says companies
    assert people_of_account(["id", "company_name", "gender", "birthdate"], (),
                             "customers") is None


def test_a_person_type_that_says_a_person_on_every_row_makes_contacts() -> None:
    """Asaas' customers: 'personType' FISICA (Brazil's natural person) on every row; the
    file was named accounts by its name. JURIDICA rows keep it accounts."""
    people = pl.DataFrame({"id": ["c1", "c2"], "name": ["Fulano de Tal", "Ciclano de Tal"],
                           "personType": ["FISICA", "FISICA"]})
    assert row_kinds({"customers": people}, {"customers": "account"})["customers"][0] \
        == "contact"
    mixed = people.with_columns(pl.Series("personType", ["FISICA", "JURIDICA"]))
    assert "customers" not in row_kinds({"customers": mixed}, {"customers": "account"})


def test_file_words_supporters_and_skus() -> None:
    """Classy's 'supporters' (a fundraiser's givers) and Commerce Layer's 'skus' (a shop's
    stock-keeping units) named no kind of record."""
    assert (kind_of_word("supporters"), kind_of_word("skus")) == ("contact", "product")


def test_subscription_words_of_marketing_tools() -> None:
    """Omnisend's contact 'status' unsubscribed / nonSubscribed was read as the contact's
    status reason: it says whether bulk e-mail may go."""
    people = pl.DataFrame({"lastname": ["Ng", "Oh", "Li"],
                           "status": ["unsubscribed", "nonSubscribed", "subscribed"]})
    assert _top(people, "contact", "contacts")["status"] == "donotbulkemail"
    assert subscription_flag_values(people["status"], "donotbulkemail") == {
        "nonSubscribed": True, "subscribed": False, "unsubscribed": True}


def test_metadata_names_float_amounts_placed_dates_and_remarks() -> None:
    """Commerce Layer's 'metadata.first_name', 'shipping_amount_float', line
    'tax_amount_float', order 'placed_at'; Asaas' 'observations': read as nothing."""
    people = pl.DataFrame({"email": ["a@x.com", "b@x.com"],
                           "metadata.first_name": ["Ann", "Bo"],
                           "metadata.last_name": ["Lee", "Chan"],
                           "observations": ["Pays late", "VIP"]})
    top = _top(people, "contact", "customers")
    assert (top["metadata.first_name"], top["metadata.last_name"], top["observations"]) == (
        "firstname", "lastname", "description")
    orders = pl.DataFrame({"number": ["1", "2"], "shipping_amount_float": ["5.0", "7.5"],
                           "placed_at": ["2024-01-02T10:00:00Z", "2024-01-03T10:00:00Z"]})
    top = _top(orders, "salesorder", "orders")
    assert (top["shipping_amount_float"], top["placed_at"]) == ("freightamount", "submitdate")
    lines = pl.DataFrame({"name": ["Gift card", "Shirt"], "quantity": ["1", "2"],
                          "unit_amount_float": ["10.0", "20.0"],
                          "tax_amount_float": ["2.0", "4.0"]})
    top = _top(lines, "salesorderdetail", "line_items")
    assert (top["unit_amount_float"], top["tax_amount_float"]) == ("priceperunit", "tax")


def test_a_tickets_user_beside_its_agent_is_who_asked() -> None:
    """HaloPSA's tickets (osTicket's too) carry 'user_id' (the end user who wrote in) and
    'agent_id' (the staff member on it): the user was read as the ticket's owner."""
    tickets = pl.DataFrame({"summary": ["VPN down", "New laptop", "Printer"],
                            "user_id": ["1", "2", "3"], "agent_id": ["7", "8", "7"]})
    top = _top(tickets, "incident", "tickets")
    assert (top["user_id"], top["agent_id"]) == ("primarycontactid", "ownerid")


def test_round_z39_words_dates_of_a_mailing_and_consent() -> None:
    """Round Z39 (held out on eb9e1e5b, recorded first): Campaign Monitor's subscriber
    'State' Active / Unsubscribed / Bounced read as the address's state, its
    'ListJoinedDate', a campaign's 'SentDate' and 'DateScheduled', Mailjet's
    'IsExcludedFromCampaigns', 'SendStartAt' and 'SendEndAt', Lightspeed's 'defaultCost'."""
    people = pl.DataFrame({"EmailAddress": ["a@x.com", "b@x.com", "c@x.com"],
                           "State": ["Active", "Unsubscribed", "Bounced"],
                           "ListJoinedDate": ["2010-10-25 10:28:00"] * 3})
    top = _top(people, "contact", "subscribers")
    assert (top["State"], top["ListJoinedDate"]) == ("donotbulkemail", "overriddencreatedon")
    flagged = pl.DataFrame({"Email": ["a@x.com", "b@x.com"],
                            "IsExcludedFromCampaigns": ["false", "true"]})
    assert _top(flagged, "contact", "contacts")["IsExcludedFromCampaigns"] == "donotbulkemail"
    campaigns = pl.DataFrame({"Name": ["Spring", "Summer"],
                              "SentDate": ["2024-03-01 09:00:00", "2024-06-01 09:00:00"],
                              "DateScheduled": ["2024-03-01 08:00:00", "2024-06-01 08:00:00"]})
    top = _top(campaigns, "campaign", "campaigns")
    assert (top["SentDate"], top["DateScheduled"]) == ("actualstart", "proposedstart")
    sends = pl.DataFrame({"Subject": ["Hello", "News"],
                          "SendStartAt": ["2024-03-01T09:00:00Z", "2024-06-01T09:00:00Z"],
                          "SendEndAt": ["2024-03-01T09:05:00Z", "2024-06-01T09:04:00Z"]})
    top = _top(sends, "campaign", "campaigns")
    assert (top["SendStartAt"], top["SendEndAt"]) == ("actualstart", "actualend")
    items = pl.DataFrame({"description": ["Kite", "Glue"], "defaultCost": ["3.5", "0.9"]})
    assert _top(items, "product", "items")["defaultCost"] == "standardcost"


def test_a_street_repeated_alone_is_its_second_line() -> None:
    """Syncro's customers: 'address' and 'address_2', no second city or postal code: the
    street's second line, not a second address (a repeated block still is one)."""
    customers = pl.DataFrame({"business_name": ["Acme", "Globex"],
                              "address": ["1 Main St", "9 Side Rd"],
                              "address_2": ["Suite 4", ""], "city": ["Boston", "Leeds"],
                              "zip": ["02150", "LS1 1AA"]})
    assert _top(customers, "account", "customers")["address_2"] == "address1_line2"
    both = customers.with_columns(pl.Series("city_2", ["Quincy", "York"]))
    top = _top(both, "account", "customers")
    assert (top["address_2"], top["city_2"]) == ("address2_line1", "address2_city")
