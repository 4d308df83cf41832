"""Session 48's rules, each on made-up data: a helpdesk's customers are people; a file of
people whose names stand late is people where it carries a birth date; a 'Title' of 'Dr'
beside a salutation column is no salutation; the words round U and round V left unread
(an address's third line, an affiliation, a registration's state)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import load_table_defs

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _suggested(table: str, columns: dict[str, list], source_object: str | None = None
               ) -> dict[str, str | None]:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame(columns)
    found = suggest_columns(df, DEFS[table], source_object=source_object or f"{table}s")
    return {c: (found.get(c) or [None])[0] and found[c][0].target for c in df.columns}


_TICKETS = pl.DataFrame({"ID": ["#1", "#2"], "Subject": ["Login fails", "Refund"],
                         "Customer Name": ["Ann Lee", "Bo Chan"],
                         "Status": ["Open", "Closed"], "Priority": ["Low", "High"]})


def test_a_helpdesks_customers_are_contacts() -> None:
    """UVdesk's customers: a name and an e-mail a row, beside tickets, no contacts file."""
    customers = pl.DataFrame({"Name": ["Ann Lee", "Bo Chan"],
                              "Email": ["ann@x.org", "bo@y.org"],
                              "Status": ["Active", "Active"]})
    found = discover(Export(Path("."), {"customers": customers, "tickets": _TICKETS}))
    assert found.kind_of("customers") == "contact"
    assert found.kind_of("tickets") == "ticket"


def test_customers_without_tickets_or_with_a_companys_columns_stay_accounts() -> None:
    customers = pl.DataFrame({"Name": ["Acme", "Globex"], "Email": ["a@acme.com", "b@gx.com"],
                              "Status": ["Active", "Active"]})
    assert discover(Export(Path("."), {"customers": customers})).kind_of("customers") \
        == "account"
    firms = customers.with_columns(pl.Series("Website", ["acme.com", "globex.com"]))
    found = discover(Export(Path("."), {"customers": firms, "tickets": _TICKETS}))
    assert found.kind_of("customers") == "account"
    # ToolJet's customers: a company's name, a support e-mail and its contact person
    served = customers.with_columns(pl.Series("contact", ["Ella Chen", "Maya Patel"]))
    found = discover(Export(Path("."), {"customers": served, "tickets": _TICKETS}))
    assert found.kind_of("customers") == "account"


def test_people_named_late_in_the_file_are_people_where_a_birth_date_says_so() -> None:
    """Aimeos' French customers: code, label, title, company, then 'Prénom', 'Nom'."""
    rows = {"Identifiant": ["1", "2", "3"], "Code": ["a@x.org", "b@x.org", "c@x.org"],
            "Étiquette": ["c1", "c2", "c3"], "Titre": ["mr", "ms", "mr"],
            "Nom de la compagnie": ["Acme", None, None],
            "Prénom": ["Jean", "Marie", "Luc"], "Nom": ["Dupont", "Curie", "Besson"],
            "Ville": ["Lyon", "Paris", "Nice"],
            "Date de naissance": ["1980-01-01", None, "1975-05-05"]}
    found = discover(Export(Path("."), {"customers": pl.DataFrame(rows)}))
    assert found.kind_of("customers") == "contact"
    # (without the company's name too: since session 50 'Nom de la compagnie' reads as the
    # company a person works for, and people beside their company are contacts anyway)
    without = {k: v for k, v in rows.items()
               if k not in ("Date de naissance", "Nom de la compagnie")}
    found = discover(Export(Path("."), {"customers": pl.DataFrame(without)}))
    assert found.kind_of("customers") == "account"


def test_a_title_of_dr_beside_a_salutation_is_no_salutation() -> None:
    both = _suggested("contact", {"Salutation": ["mr", "ms", "company"],
                                  "Title": ["Dr", None, None],
                                  "First name": ["Ann", "Bo", "Cy"],
                                  "Last name": ["Lee", "Chan", "Ray"]})
    assert both["Salutation"] == "salutation"
    assert both["Title"] == "suffix"   # GrandTotal's and Aimeos' keys: salutation or suffix
    alone = _suggested("contact", {"Title": ["Dr", "Mr", "Ms"],
                                   "First name": ["Ann", "Bo", "Cy"],
                                   "Last name": ["Lee", "Chan", "Ray"]})
    assert alone["Title"] == "salutation"


def test_address_lines_and_affiliation_are_read() -> None:
    contact = _suggested("contact", {
        "Vorname": ["Ann", "Bo"], "Nachname": ["Lee", "Chan"],
        "Adresse 1": ["Hauptstr. 1", "Ring 2"], "Adresse 3": ["Hof", "Haus B"],
        "Zugehörigkeit": ["ACME Inc.", "Globex"]})
    assert contact["Adresse 3"] == "address1_line3"
    assert contact["Zugehörigkeit"] == "parentcustomerid"
    es = _suggested("contact", {"Nombre": ["Ana", "Luis"], "Apellido": ["Ruiz", "Gil"],
                                "Domicilio 1": ["Calle 1", "Calle 2"],
                                "Domicilio 3": ["Piso 2", "Bajo"]})
    assert es["Domicilio 1"] == "address1_line1"
    assert es["Domicilio 3"] == "address1_line3"


def test_a_registrations_state_is_no_province() -> None:
    """Indico's registrants: 'Registration state' Completed on every row."""
    found = _suggested("contact", {
        "ID": ["1", "2", "3"], "Name": ["John Doe", "Jane Smith", "Billy Bob Doe"],
        "First Name": ["John", "Jane", "Billy Bob"], "Last Name": ["Doe", "Smith", "Doe"],
        "Email Address": ["a@x.org", "b@x.org", "c@x.org"],
        "Position": ["Manager", "CEO", None],
        "Registration state": ["Completed", "Completed", "Completed"]},
        source_object="registrations")
    assert found["Registration state"] != "address1_stateorprovince"
    places = _suggested("contact", {"First Name": ["Ann", "Bo", "Cy"],
                                    "State": ["Bavaria", "Texas", "Ontario"]})
    assert places["State"] == "address1_stateorprovince"


def test_a_tickets_channel_in_german_is_its_origin() -> None:
    found = _suggested("incident", {"Betreff": ["Login", "Refund"],
                                    "Kanal / Quelle": ["website", "email"],
                                    "Status": ["Offen", "Offen"]}, source_object="tickets")
    assert found["Kanal / Quelle"] == "caseorigincode"


def test_customers_beside_a_companies_file_are_people() -> None:
    """Papercups: customers (name, e-mail, phone, browser) beside its companies."""
    customers = pl.DataFrame({"name": ["Test User", "Ann Lee"],
                              "email": ["user@test.com", "ann@x.org"],
                              "phone": ["+16501235555", None], "browser": ["Chrome", None]})
    companies = pl.DataFrame({"Name": ["Acme", "Globex"], "Website": ["acme.com", "gx.com"]})
    found = discover(Export(Path("."), {"customers": customers, "companies": companies}))
    assert (found.kind_of("customers"), found.kind_of("companies")) == ("contact", "account")


def test_a_helpdesks_login_accounts_are_contacts() -> None:
    """Trudesk's accounts: a user name a row, beside tickets."""
    accounts = pl.DataFrame({"Username": ["trudesk", "fake.user", "new.user"],
                             "Name": ["Trudesk", "Fake user", "New User"],
                             "Email": ["a@t.io", "b@t.io", "c@t.io"],
                             "Role": ["admin", "support", "user"]})
    found = discover(Export(Path("."), {"accounts": accounts, "tickets": _TICKETS}))
    assert found.kind_of("accounts") == "contact"
    firms = pl.DataFrame({"Name": ["Acme", "Globex"], "Industry": ["Retail", "Energy"]})
    found = discover(Export(Path("."), {"accounts": firms, "tickets": _TICKETS}))
    assert found.kind_of("accounts") == "account"


def test_a_tickets_author_is_its_customer() -> None:
    found = _suggested("incident", {"Title": ["Install fails", "Refund"],
                                    "Author": ["Haskell Curry", "Alan Turing"],
                                    "Date": ["16 Apr 2016, 12:30", "15 Apr 2016, 05:50"]},
                       source_object="tickets")
    assert found["Author"] in ("customerid", "primarycontactid")
    assert found["Date"] == "overriddencreatedon"


def test_dates_with_month_names_in_european_languages_are_read() -> None:
    from d365migrate.intake.values import datetime_expr, infer_column
    cases = {("16 Apr. 2016, 12:30", "3 Dezember 2016, 01:00"): "2016-04-16 12:30",
             ("16 avr. 2016, 12:30", "3 décembre 2016, 01:00"): "2016-04-16 12:30",
             ("16. April 2016", "1. Mai 2017"): "2016-04-16 00:00",
             ("12 dic 2016", "3 ene 2017"): "2016-12-12 00:00",
             ("Tue, 01 Jan 2019 00:00:00 GMT", "Wed, 02 Jan 2019 10:00:00 GMT"):
                 "2019-01-01 00:00"}
    for values, first in cases.items():
        typed = infer_column(pl.Series(list(values)))
        assert typed["type"] in ("date", "datetime"), values
        parsed = pl.DataFrame({"v": list(values)}).select(
            datetime_expr(pl.col("v"), typed["formats"])).to_series()
        assert parsed.null_count() == 0, values
        assert parsed[0].strftime("%Y-%m-%d %H:%M") == first
    assert infer_column(pl.Series(["16 Foo 2016", "3 Bar 2017"]))["type"] != "date"


def test_a_gmt_date_is_utc_whatever_the_sources_zone() -> None:
    from d365migrate.intake.values import datetime_expr
    got = pl.DataFrame({"v": ["Tue, 01 Jan 2019 10:00:00 GMT"]}).select(datetime_expr(
        pl.col("v"), ["%a, %d %b %Y %H:%M:%S GMT"], zone="Europe/Berlin")).item()
    assert got.strftime("%H:%M") == "10:00"


def test_an_orders_date_taxes_and_fees_are_read() -> None:
    order = _suggested("salesorder", {
        "Reference": ["M6KVAZ1M", "K2LQ0ZTX"], "Date": ["2026-02-01", "2026-02-03"],
        "Total ex taxes": ["1011.9", "88.5"], "Delivery fees": ["4.92", "3.10"],
        "Taxes": ["122.02", "10.6"], "Total": ["1138.84", "102.2"]}, source_object="orders")
    assert order["Date"] == "submitdate"
    assert order["Delivery fees"] == "freightamount"
    assert order["Taxes"] == "totaltax"
    assert order["Total ex taxes"] != "totaltax"
    medusa = _suggested("salesorder", {
        "Order_ID": ["order_1", "order_2"], "Display_ID": ["123", "124"],
        "Shipping Total": ["10", "5"],
        "Discount Total": ["0", "2"], "Tax Total": ["5", "1"]}, source_object="orders")
    assert (medusa["Display_ID"], medusa["Shipping Total"], medusa["Discount Total"]) == (
        "ordernumber", "freightamount", "discountamount")


def test_sign_in_roles_and_a_shops_customer_type_are_no_choices_of_the_contact() -> None:
    people = _suggested("contact", {"Name": ["Trudesk", "Fake user", "New User"],
                                    "Email": ["a@t.io", "b@t.io", "c@t.io"],
                                    "Role": ["admin", "support", "user"],
                                    "Customer type": ["private", "private", "business"]})
    assert people["Role"] != "accountrolecode"
    assert people["Customer type"] != "customertypecode"


def test_a_trackers_epics_are_no_sales_records() -> None:
    epics = pl.DataFrame({"id": ["1", "2"], "subject": ["Checkout", "Search"],
                          "status": ["New", "Done"], "assigned_to": ["user1", "user2"],
                          "description": ["Pay by card", "Find posters"]})
    found = discover(Export(Path("."), {"epics": epics}))
    assert found.kind_of("epics") == "unknown"
