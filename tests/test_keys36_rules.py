"""Rules added after measuring keys36's exports held out (OpenCATS's test database, Keila's
contact files, Recharge via Fivetran, Odoo's Recruitment demo), on made-up frames so they
run where the public data is absent: an e-mail or a street line numbered without a space
('email2', 'address3'); a column of nothing but zeros (an old dump's empty text) is judged
by its name, as an empty column; the id of the record a line belongs to ('order_id' in an
order's lines) is no key of the lines, however unique in a small export; an 'import
template' is an import file's layout, no e-mail template; an applicant is a person; a
record's bare 'user_id' is its owner, not its preferred user; a product bought by one
customer (a subscription) is no product of the catalogue."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.zero_placeholders import zeros_only
from tuning_support import DEFS
from tuning_support import top as _top

PEOPLE = {
    "first_name": ["Ann", "Bob", "Cyd"],
    "last_name": ["Ames", "Bell", "Cole"],
    "email1": ["ann@example.com", "bob@example.com", "cyd@example.com"],
    "address1": ["1 Elm St", "2 Oak St", "3 Ash St"],
    "address2": ["Apt 1", "Apt 2", "Apt 3"],
}


def test_numbered_emails_and_street_lines_without_a_space() -> None:
    """'email2' is the second e-mail address and 'address3' the third street line, as
    'email_2', 'address2' and 'street3' already were."""
    df = pl.DataFrame({**PEOPLE,
                       "email2": ["a2@example.org", "b2@example.org", "c2@example.org"],
                       "email3": ["a3@example.net", "b3@example.net", "c3@example.net"],
                       "address3": ["Bldg 7", "Bldg 8", "Bldg 9"]})
    for table in ("contact", "account"):
        sugg = suggest_columns(df, dict(DEFS[table]), source_object="people")
        assert _top(sugg, "email2") == "emailaddress2", table
        assert _top(sugg, "email3") == "emailaddress3", table
        assert _top(sugg, "address3") == "address1_line3", table
        assert _top(sugg, "address2") == "address1_line2", table


def test_a_column_of_zeros_is_judged_by_its_name() -> None:
    """OpenCATS writes '0' for a text left empty: a candidate's notes, web site and second
    e-mail all '0' still go to the description, the web site and the second e-mail (as an
    empty column would); with real values beside them in another column of the same name
    the zeros do not take the target first."""
    zeros = {"email2": ["0", "0", "0"], "notes": ["0", "0", "0"], "web_site": ["0", "0", "0"]}
    sugg = suggest_columns(pl.DataFrame({**PEOPLE, **zeros}), dict(DEFS["contact"]),
                           source_object="candidates")
    assert (_top(sugg, "email2"), _top(sugg, "notes"), _top(sugg, "web_site")) == (
        "emailaddress2", "description", "websiteurl")
    # zeros beside real values are values: a count column keeps its numbers
    assert zeros_only(["0", " 0", "0.00"])
    assert not zeros_only(["0", "3", "0"])
    assert not zeros_only([])


def test_a_lines_parent_id_is_no_key_of_the_lines() -> None:
    """Recharge's order lines: one line an order in the sample, so 'order_id' is unique and
    first; it is the order the line belongs to (a link), not the line's key. The orders'
    own 'order_id' (a file named for orders) stays their key."""
    lines = pl.DataFrame({"order_id": ["11", "12", "13"], "index": ["0", "0", "0"],
                          "title": ["Tea", "Coffee", "Cocoa"], "quantity": ["1", "2", "1"],
                          "unit_price": ["4.50", "9.95", "6.00"], "sku": ["T1", "C1", "K1"]})
    orders = pl.DataFrame({"order_id": ["11", "12", "13"], "customer": ["A", "B", "C"],
                           "total": ["4.50", "19.90", "6.00"],
                           "order_date": ["2024-01-02", "2024-01-03", "2024-01-04"]})
    found = {o.source: o for o in discover(Export(Path("."), {
        "order_line_items": lines, "orders": orders})).objects}
    assert found["order_line_items"].name == "order_line"
    assert found["order_line_items"].primary_key != "order_id"
    assert found["orders"].primary_key == "order_id"


def test_an_import_template_is_no_email_template() -> None:
    """Keila's 'keila_import_template.csv' (the download a user fills to import contacts):
    its rows are what the columns say, contacts; a file of templates with a subject and a
    body stays e-mail templates."""
    people = pl.DataFrame({"Email": ["jane@example.com", "john@example.com"],
                           "First name": ["Jane", "John"], "Last name": ["Doe", "Smith"],
                           "Data": ['{"age": 34}', '{"city": "Berlin"}'],
                           "External ID": ["", ""]})
    mails = pl.DataFrame({"id": ["1", "2"], "name": ["Welcome", "Reminder"],
                          "subject": ["Welcome aboard", "Your trial ends"],
                          "body": ["<p>Hello {{name}}</p>", "<p>Dear {{name}}</p>"]})
    found = {o.source: o.name for o in discover(Export(Path("."), {
        "shop_import_template": people, "mail_templates": mails})).objects}
    assert found == {"shop_import_template": "contact", "mail_templates": "email_template"}


APPLICANTS = pl.DataFrame({
    "id": ["hr.case_1", "hr.case_2", "hr.case_3"],
    "name": ["Sales Manager", "Developer PHP", "Trainee"],
    "partner_name": ["Enrique Jones", "Johan Duck", "Marie Justine"],
    "email_from": ["enrique@example.com", "johan@example.com", "marie@example.com"],
    "job_id/id": ["hr.job_sales", "hr.job_dev", "hr.job_trainee"],
    "stage_id/id": ["hr.stage_1", "hr.stage_2", "hr.stage_1"],
})


def test_applicants_are_people() -> None:
    """Odoo's 'Applicant (hr.applicant)' (a person applying for a job): contacts, by its
    name; the lists about applicants (their tags, degrees) are no people."""
    tags = pl.DataFrame({"id": ["hr.tag_it", "hr.tag_sales"], "name": ["IT", "Sales"]})
    found = {o.source: o.name for o in discover(Export(Path("."), {
        "Applicant (hr.applicant)": APPLICANTS,
        "Category of applicant (hr.applicant.category)": tags})).objects}
    assert found["Applicant (hr.applicant)"] == "contact"
    assert found["Category of applicant (hr.applicant.category)"] != "contact"


def test_a_bare_user_column_is_the_owner() -> None:
    """A contact's 'user_id' (Odoo's recruiter, Krayin's person's user) is who looks after
    it: the owner, not the contact's preferred user; a column naming a preferred user
    still goes there."""
    people = {"first_name": ["Ann", "Bob", "Cyd"], "last_name": ["A", "B", "C"],
              "user_id": ["7", "8", "7"]}
    sugg = suggest_columns(pl.DataFrame(people), dict(DEFS["contact"]), source_object="persons")
    assert _top(sugg, "user_id") == "ownerid"
    df = pl.DataFrame({**people, "preferred_user_id": ["7", "7", "8"]})
    sugg = suggest_columns(df, dict(DEFS["contact"]), source_object="persons")
    assert _top(sugg, "user_id") == "ownerid"
    assert _top(sugg, "preferred_user_id") == "preferredsystemuserid"
    # beside the owner ('Assigned to'), a bare 'User' (who added the record, Fat Free CRM's)
    # is no preferred user either, in any language; a preferred one still is
    df = pl.DataFrame({**people, "Assegnato a": ["7", "8", "8"], "Utente": ["7", "7", "8"],
                       "Preferred User": ["8", "7", "7"]}).drop("user_id")
    sugg = suggest_columns(df, dict(DEFS["contact"]), source_object="persons")
    assert _top(sugg, "Assegnato a") == "ownerid"
    assert _top(sugg, "Utente") != "preferredsystemuserid"
    assert _top(sugg, "Preferred User") == "preferredsystemuserid"


def test_a_product_bought_by_one_customer_is_no_catalogue_product() -> None:
    """Recharge's subscriptions and one-time products: a product title, a price, a SKU and
    a quantity, and the customer who buys them; even named for products, not the
    catalogue. A catalogue of the same columns without a customer stays products."""
    bought = {"id": ["9001", "9002", "9003"], "customer_id": ["71", "72", "73"],
              "product_title": ["Tea box", "Coffee box", "Cocoa box"],
              "sku": ["T1", "C1", "K1"], "price": ["15.00", "19.95", "12.00"],
              "quantity": ["1", "2", "1"]}
    catalogue = {k: v for k, v in bought.items() if k != "customer_id"}
    found = {o.source: o.name for o in discover(Export(Path("."), {
        "subscription_data": pl.DataFrame(bought),
        "one_time_product_data": pl.DataFrame(bought),
        "product_data": pl.DataFrame(catalogue)})).objects}
    assert found["subscription_data"] != "product"
    assert found["one_time_product_data"] != "product"
    assert found["product_data"] == "product"
