"""Session 48's rules, each on made-up data: a helpdesk's customers are people; a file of
people whose names stand late is people where it carries a birth date; a 'Title' of 'Dr'
beside a salutation column is no salutation; the words round U and round V left unread
(an address's third line, a bare 'Postal', an affiliation, a registration's state)."""

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
    without = {k: v for k, v in rows.items() if k != "Date de naissance"}
    found = discover(Export(Path("."), {"customers": pl.DataFrame(without)}))
    assert found.kind_of("customers") == "account"


def test_a_title_of_dr_beside_a_salutation_is_no_salutation() -> None:
    both = _suggested("contact", {"Salutation": ["mr", "ms", "company"],
                                  "Title": ["Dr", None, None],
                                  "First name": ["Ann", "Bo", "Cy"],
                                  "Last name": ["Lee", "Chan", "Ray"]})
    assert both["Salutation"] == "salutation"
    assert both["Title"] not in ("salutation", "jobtitle")
    alone = _suggested("contact", {"Title": ["Dr", "Mr", "Ms"],
                                   "First name": ["Ann", "Bo", "Cy"],
                                   "Last name": ["Lee", "Chan", "Ray"]})
    assert alone["Title"] == "salutation"


def test_address_lines_postal_and_affiliation_are_read() -> None:
    contact = _suggested("contact", {
        "Vorname": ["Ann", "Bo"], "Nachname": ["Lee", "Chan"],
        "Adresse 1": ["Hauptstr. 1", "Ring 2"], "Adresse 3": ["Hof", "Haus B"],
        "Zugehörigkeit": ["ACME Inc.", "Globex"]})
    assert contact["Adresse 3"] == "address1_line3"
    assert contact["Zugehörigkeit"] == "parentcustomerid"
    es = _suggested("contact", {"Nombre": ["Ana", "Luis"], "Apellido": ["Ruiz", "Gil"],
                                "Domicilio 1": ["Calle 1", "Calle 2"],
                                "Postal": ["28001", "08001"]})
    assert es["Domicilio 1"] == "address1_line1"
    assert es["Postal"] == "address1_postalcode"


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
