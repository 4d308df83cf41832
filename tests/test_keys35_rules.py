"""Rules added after measuring keys35's exports held out (Dynamics 365's own contacts file,
Dynamics 365 Marketing's import files, SugarCRM's relabelled Professor M sample, Zurmo's
export and import samples), on made-up frames so they run where the public data is absent:
a file name's hyphen-joined parts, 'test' saying nothing in a file name, a product template
is the catalog's product, Zurmo's two-letter attribute prefixes, US dates with dashes and a
time, 'Address 1: Country/Region', headquarters, office fax, '... Date Time', and a 'state'
column of record stages."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.intake.values import guess_date_formats
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_vetoes import record_states
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def test_a_module_folder_before_a_test_files_name_names_its_records() -> None:
    """'meetings-importAnalyzerTest': the part before the hyphen names the records, the
    rest which file of them it is; 'test' says nothing ('leads-importTest')."""
    assert name_kind("meetings-importAnalyzerTest")[0] == "activity"
    assert name_kind("notes-simpleImportTest")[0] == "note"
    assert name_kind("leads-importTest")[0] == "lead"
    assert name_kind("import-importUsersTest")[0] == "user"
    # two parts naming two kinds settle nothing new ('deal-contact' keeps its head noun)
    assert name_kind("deal-contact") == ("contact", "head")
    assert name_kind("Opportunity-Contact Role") == (None, "")
    # a template for another record is still no record of its own
    assert name_kind("task_template") == (None, "")


def test_a_product_template_is_the_catalogs_product() -> None:
    """Odoo's, Sugar's and Zurmo's product templates are the products on sale."""
    assert name_kind("ProductTemplates") == ("product", "exact")
    assert name_kind("productTemplates-productTemplates")[0] == "product"
    catalog = pl.DataFrame({"Name": ["Gift box", "Gift card"], "Description": ["A box", "A card"],
                            "Cost": ["20", "5"], "List Price": ["40", "10"],
                            "Sell Price": ["36", "9"]})
    assert _kinds({"catalog-productTemplates": catalog}) == {"catalog-productTemplates": "product"}


def test_zurmos_two_letter_attribute_prefixes() -> None:
    """'baCity' the billing address' city, 'paStreet1' the primary address' first line,
    'peEmailAddress' / 'peOptOut' the primary e-mail and its opt-out."""
    df = pl.DataFrame({
        "name": ["Acme", "Globex", "Initech"],
        "baCity": ["Austin", "Boston", "Denver"], "baStreet1": ["1 Main St", "2 Elm St", "3 Oak"],
        "baStreet2": ["Suite 1", "Floor 2", "Unit 3"], "baPostalCode": ["73301", "02101", "80201"],
        "baState": ["TX", "MA", "CO"], "baCountry": ["USA", "USA", "USA"],
        "peEmailAddress": ["a@acme.test", "b@globex.test", "c@initech.test"],
        "peOptOut": ["1", "", "1"]})
    s = suggest_columns(df, DEFS["account"], source_object="accounts")
    assert _top(s, "baCity") == "address1_city"
    assert _top(s, "baStreet1") == "address1_line1"
    assert _top(s, "baStreet2") == "address1_line2"
    assert _top(s, "baPostalCode") == "address1_postalcode"
    assert _top(s, "baState") == "address1_stateorprovince"
    assert _top(s, "baCountry") == "address1_country"
    assert _top(s, "peEmailAddress") == "emailaddress1"
    assert _top(s, "peOptOut") in ("donotemail", "donotbulkemail")
    people = pl.DataFrame({"firstName": ["Ann", "Bob"], "lastName": ["Lee", "Ray"],
                           "paCity": ["Austin", "Boston"], "paStreet1": ["1 Main", "2 Elm"]})
    s = suggest_columns(people, DEFS["contact"], source_object="contacts")
    assert _top(s, "paCity") == "address1_city"
    assert _top(s, "paStreet1") == "address1_line1"


def test_us_dates_with_dashes_and_a_time() -> None:
    """Zurmo writes '12-22-2011 05:03' (month first): a date-time, so a due date is one."""
    formats, coverage, _ = guess_date_formats(pl.Series(["12-22-2011 05:03", "01-30-2012 17:45"]))
    assert formats == ["%m-%d-%Y %H:%M"] and coverage == 1.0
    tasks = pl.DataFrame({"name": ["Call back", "Send deck"],
                          "dueDateTime": ["12-22-2011 05:03", "01-30-2012 17:45"]})
    assert _top(suggest_columns(tasks, DEFS["task"], source_object="tasks"),
                "dueDateTime") == "scheduledend"
    meetings = pl.DataFrame({"name": ["Kick-off", "Review"],
                             "startDateTime": ["12-22-2011 05:03", "01-30-2012 17:45"],
                             "endDateTime": ["12-22-2011 06:03", "01-30-2012 18:45"]})
    s = suggest_columns(meetings, DEFS["appointment"], source_object="meetings")
    assert _top(s, "startDateTime") == "scheduledstart"
    assert _top(s, "endDateTime") == "scheduledend"


def test_an_alternative_after_a_slash_keeps_the_words_before_it() -> None:
    """Dynamics 365's 'Address 1: Country/Region' is the country, no bare 'region' (a
    state); 'State/Region' and 'ZIP/Postal Code' keep their meaning."""
    df = pl.DataFrame({"First Name": ["Ann", "Bob"], "Last Name": ["Lee", "Ray"],
                       "Address 1: City": ["Fairfield", "Inglewood"],
                       "Address 1: Country/Region": ["USA", "USA"],
                       "Address 1: ZIP/Postal Code": ["10753", "28679"]})
    s = suggest_columns(df, DEFS["contact"], source_object="contacts")
    assert _top(s, "Address 1: Country/Region") == "address1_country"
    assert _top(s, "Address 1: ZIP/Postal Code") == "address1_postalcode"
    hub = pl.DataFrame({"Company name": ["Acme", "Globex"], "State/Region": ["TX", "MA"]})
    assert _top(suggest_columns(hub, DEFS["account"], source_object="companies"),
                "State/Region") == "address1_stateorprovince"


def test_headquarters_office_fax_and_a_created_date_time() -> None:
    """A company's headquarters address is its main one; an office fax the fax; 'Created
    Date Time' when the record was made."""
    df = pl.DataFrame({"Name": ["Krustyco", "LuthorCorp"],
                       "Headquarters City": ["Austin", "Houston"],
                       "Headquarters Country": ["USA", "USA"],
                       "Office Fax": ["872-871-6298", "840-725-6086"],
                       "Created Date Time": ["2013-04-02 15:52:31", "2013-04-02 15:52:32"]})
    s = suggest_columns(df, DEFS["account"], source_object="accounts")
    assert _top(s, "Headquarters City") == "address1_city"
    assert _top(s, "Headquarters Country") == "address1_country"
    assert _top(s, "Office Fax") == "fax"
    assert _top(s, "Created Date Time") == "overriddencreatedon"


def test_a_state_column_of_record_stages_is_no_province() -> None:
    """Zurmo's contact 'state' (New, Qualified, Customer): the record's stage, never the
    address's state, which a 'paState' beside it then takes."""
    assert record_states(("New", "Recycled", "Qualified", "Customer"))
    assert not record_states(("TX", "New York", "Qualified"))
    df = pl.DataFrame({"firstName": ["Ann", "Bob", "Cy"], "lastName": ["Lee", "Ray", "Oz"],
                       "paState": ["TX", "MA", "CO"],
                       "state": ["Qualified", "Customer", "Qualified"]})
    s = suggest_columns(df, DEFS["contact"], source_object="contacts")
    assert _top(s, "state") != "address1_stateorprovince"
    assert _top(s, "paState") == "address1_stateorprovince"


def test_products_of_a_quote_naming_catalog_products_are_its_lines() -> None:
    """Sugar's 'Products' module holds a quote's line items: each row a quote's, naming the
    catalog product it prices. A catalog of products stays products."""
    quotes = pl.DataFrame({"ID": ["q1", "q2"], "Quote Subject": ["Annual block", "Gift"],
                           "Valid Until": ["09/29/2017", "08/31/2017"],
                           "Quote Stage": ["Draft", "Delivered"]})
    catalog = pl.DataFrame({"ID": ["p1", "p2"], "Product Name": ["Annual", "Monthly"],
                            "List Price": ["$100.00", "$10.00"], "Cost Price": ["$0", "$0"]})
    lines = pl.DataFrame({"ID": ["l1", "l2"], "Unit Price": ["$100.00", "$10.00"],
                          "Quantity": ["10", "3"], "Product Template ID": ["p1", "p2"],
                          "Name": ["Annual", "Monthly"], "Quote ID": ["q1", "q2"]})
    kinds = _kinds({"Quotes": quotes, "ProductTemplates": catalog, "Products": lines})
    assert kinds == {"Quotes": "quote", "ProductTemplates": "product", "Products": "quote_line"}


def test_a_flag_named_invalid_is_no_link() -> None:
    """Zurmo's 'peIsInvalid' (the primary e-mail bounces) ends in 'id' by chance: its lone
    '1' is no reference to the record whose id is 1."""
    accounts = pl.DataFrame({"Id": ["1", "2", "3"], "Name": ["Krustyco", "LuthorCorp", "Acme"],
                             "Industry": ["Retail", "Banking", "Energy"]})
    people = pl.DataFrame({"firstName": ["Ann", "Bob", "Cy"], "lastName": ["Lee", "Ray", "Oz"],
                           "peEmailAddress": ["a@a.test", "b@b.test", "c@c.test"],
                           "peIsInvalid": ["", "1", ""], "accountId": ["1", "1", "2"]})
    rels = discover(Export(Path("."), {"accounts": accounts, "contacts": people})).relationships
    froms = {r.from_ for r in rels}
    assert "contacts.peIsInvalid" not in froms
    assert "contacts.accountId" in froms
