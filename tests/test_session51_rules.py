"""Session 51's rules, each on made-up data: an event's participant list named by its
people's part, an address book's people, an app's users who live somewhere, donors, two
address blocks both named first, a dollar written with its country's letters, CLDR's long
date-times and a clock's 'p.m.', an app's groups that are no buying role, and words of
round Z's programs (a German shop's 'Artikel', Spanish 'X del Producto', a suburb line,
French 'DdN', an order's value and purchase date)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.number_values import parse_numbers
from d365migrate.intake.values import parse_dates
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, file_kind
from tuning_support import top as _top


def _tops(table: str, columns: dict[str, list], source: str) -> dict[str, str | None]:
    df = pl.DataFrame(columns)
    found = suggest_columns(df, DEFS[table], source_object=source)
    return {c: _top(found, c) for c in df.columns}


def test_a_participant_list_without_e_mails_is_contacts_by_its_named_people() -> None:
    people = pl.DataFrame({"Participant name": ["Ana Ruiz", "Tom Berg"],
                           "Participant status": ["Participant", "Creator"],
                           "Participant registration date": ["2025-04-10", "2025-04-11"]})
    assert file_kind("participants", people) == "contact"
    french = people.rename({"Participant name": "Nom du participant"})
    assert file_kind("participants", french) == "contact"
    # links of people to meetings stay what they were
    links = people.with_columns(pl.Series("Meeting", ["M1", "M2"]))
    assert file_kind("participants", links) != "contact"
    # no column names the people: nothing says they are people
    unnamed = people.drop("Participant name")
    assert file_kind("participants", unnamed) != "contact"


def test_a_dollar_with_its_countrys_letters_is_an_amount() -> None:
    for values in (["15,00 $US", "1 234,50 $US"], ["R$ 15,00", "R$ 7,50"],
                   ["CA$ 3.00", "CA$ 4.50"], ["2,00 $CA", "3,00 $CA"]):
        parsed = parse_numbers(pl.Series(values))
        assert parsed.failed.height == 0, values
        assert parsed.currency, values
    prices = _tops("product", {"Nom": ["Lampe", "Chaise"], "Prix": ["15,00 $US", "9,50 $US"]},
                   "produits")
    assert prices["Prix"] == "price"


def test_cldr_long_date_times_read_in_spanish_french_and_german() -> None:
    for values in (["12 de septiembre de 2012 a las 18:08", "3 de enero de 2013 a las 09:15"],
                   ["12 septembre 2012 18:08", "3 janvier 2013 09:15"],
                   ["12. September 2012 18:08", "3. Januar 2013 09:15"],
                   ["12 de septiembre de 2012", "3 de enero de 2013"]):
        parsed = parse_dates(pl.Series(values))
        assert parsed.failed.height == 0, values
        assert parsed.values[0].strftime("%Y-%m-%d") == "2012-09-12", values
    assert parse_dates(pl.Series(values := ["12 septembre 2012 18:08"])).values[0].hour == 18, \
        values


def test_a_german_shops_artikel_is_the_product() -> None:
    got = _tops("product", {"Artikelname": ["Lampe", "Stuhl"],
                            "Artikelpreis (Netto)": ["15.00", "9.50"],
                            "Artikelbeschreibung": ["Eine Lampe", "Ein Stuhl"],
                            "Artikelanzahl": ["3", "7"]}, "Artikel")
    assert got == {"Artikelname": "name", "Artikelpreis (Netto)": "price",
                   "Artikelbeschreibung": "description", "Artikelanzahl": "quantityonhand"}


def test_spanish_products_possessive_headers_and_a_model() -> None:
    got = _tops("product", {"Nombre del Producto": ["Lámpara", "Silla"],
                            "Precio de los Productos (Net)": ["15.00", "9.50"],
                            "URL del Producto": ["www.a.test", "www.b.test"]}, "productos")
    assert got == {"Nombre del Producto": "name", "Precio de los Productos (Net)": "price",
                   "URL del Producto": "producturl"}


def test_a_suburb_line_fax_and_french_birth_date() -> None:
    people = {"First Name": ["Ana", "Tom"], "Last Name": ["Ruiz", "Berg"],
              "Street Address": ["1 Main St", "2 High St"], "Suburb": ["Bayswater", ""],
              "City": ["Perth", "Leeds"]}
    assert _tops("contact", people, "customers")["Suburb"] == "address1_line2"
    german = {"Vorname": ["Ana", "Tom"], "Nachname": ["Ruiz", "Berg"],
              "Straße": ["Hauptstr. 1", "Ring 2"], "weitere Anschrift": ["Hinterhaus", ""],
              "Telefaxnummer": ["+49 30 1234567", "+49 40 7654321"]}
    got = _tops("contact", german, "Kunden")
    assert (got["weitere Anschrift"], got["Telefaxnummer"]) == ("address1_line2", "fax")
    french = {"Prénom": ["Ana", "Tom"], "Nom": ["Ruiz", "Berg"],
              "DdN": ["12/03/1980", "01/07/1975"]}
    assert _tops("contact", french, "patients")["DdN"] == "birthdate"


def test_two_address_blocks_whose_words_both_say_first_are_the_two_addresses() -> None:
    """Evergreen's patrons: a 'Mailing:' block, then a 'Billing:' block, the billing address
    a copy of the mailing one in most rows: two addresses, no column written twice."""
    rows = {"First Name": ["Terri", "Shannon"], "Last Name": ["Brooks", "Jackson"]}
    for side in ("Mailing", "Billing"):
        rows |= {f"{side}:Street 1": ["1809 Target Way", "3481 Facility Island"],
                 f"{side}:Street 2": ["Suite 201", "Suite 101"],
                 f"{side}:City": ["Vero beach", "Campton"],
                 f"{side}:County": ["Indian river", "Wolfe"],
                 f"{side}:State": ["FL", "KY"], f"{side}:Zip": ["32961", "41301"]}
    got = _tops("contact", rows, "patrons")
    for side, n in (("Mailing", 1), ("Billing", 2)):
        assert [got[f"{side}:{p}"] for p in ("Street 1", "Street 2", "City", "County", "State",
                                              "Zip")] == [
            f"address{n}_{t}" for t in ("line1", "line2", "city", "county",
                                        "stateorprovince", "postalcode")], side
    # a column written twice under one name still yields to the first
    copy = _tops("opportunity", {"Opportunity Amount": ["10", "20"], "Amount": ["10", "20"],
                                 "Name": ["A", "B"]}, "opportunities")
    assert copy["Opportunity Amount"] == "estimatedvalue" and copy["Amount"] is None


def test_a_librarys_patrons_are_contacts() -> None:
    patrons = pl.DataFrame({"Apellido(s)": ["Brooks", "Jackson"], "Perfil": ["Patrons"] * 2,
                            "Primer nombre": ["Terri", "Shannon"]})
    assert file_kind("patrons", patrons) == "contact"


def test_an_orders_worth_purchase_date_recipient_and_buyer() -> None:
    orders = {"Order number": ["100099", "100100"], "Order value": ["7.99", "12.50"],
              "Date of purchase": ["10 Oct 2014, 14:07", "11 Oct 2014, 09:30"],
              "Deliver to name": ["Emery Martin", "Ann Lee"], "Bill to name": ["", "Ann Lee"]}
    want = {"Order value": "totalamount", "Date of purchase": "submitdate",
            "Deliver to name": "shipto_name", "Bill to name": "billto_name"}
    got = _tops("salesorder", orders, "orders")
    assert {c: got[c] for c in want} == want
    for words in ({"Bestellwert": "Order value", "Kaufdatum": "Date of purchase",
                   "Name des Empfängers": "Deliver to name", "Name des Käufers": "Bill to name"},
                  {"Valeur de commande": "Order value", "Date d'achat": "Date of purchase",
                   "Livrer au nom": "Deliver to name", "Facturer au nom": "Bill to name"},
                  {"Valor de pedido": "Order value", "Fecha de compra": "Date of purchase",
                   "Entregar a nombre": "Deliver to name", "Cobrar a nombre": "Bill to name"}):
        local = {"Order number": orders["Order number"]} | {
            name: orders[english] for name, english in words.items()}
        got = _tops("salesorder", local, "orders")
        assert {n: got[n] for n in words} == {n: want[e] for n, e in words.items()}, words


def test_an_address_book_of_named_people_linked_to_nothing_is_contacts() -> None:
    book = pl.DataFrame({"Full name": ["Ann Lee", "Tom Berg"], "First name": ["Ann", "Tom"],
                         "Last name": ["Lee", "Berg"], "Street": ["1 Main St", "2 High St"],
                         "City": ["Leeds", "York"], "Postal": ["LS1", "YO1"]})
    assert file_kind("addresses", book) == "contact"
    # addresses of other records: a link by id, or no person named
    linked = book.with_columns(pl.Series("id_customer", ["7", "8"]))
    assert file_kind("addresses", linked) != "contact"
    owned = book.with_columns(pl.Series("Contact ID", ["7", "8"]))
    assert file_kind("addresses", owned) != "contact"
    places = book.drop("Full name", "First name", "Last name")
    assert file_kind("addresses", places) != "contact"


def test_a_name_read_bare_after_another_things_prefix_is_no_customer() -> None:
    cases = {"Subject": ["Printer", "Login"], "SolutionId": ["1", "2"],
             "SolutionName": ["Reboot", "Reset"], "SolutionNote": ["Done", "Done"]}
    assert _tops("incident", cases, "cases")["SolutionName"] != "customerid"
    bare = {"Subject": ["Printer", "Login"], "Name": ["Ann Lee", "Tom Berg"]}
    assert _tops("incident", bare, "tickets")["Name"] == "customerid"


def test_a_profiles_about_and_a_weight() -> None:
    people = {"First name": ["Ann", "Tom"], "Last name": ["Lee", "Berg"],
              "About": ["Likes chess.", "Plays tennis."]}
    assert _tops("contact", people, "people")["About"] == "description"
    for word in ("Gewicht", "Poids"):
        got = _tops("product", {"Name": ["Boot", "Tent"], word: ["1.2", "3.4"]}, "products")
        assert got[word] == "stockweight", word


def test_a_common_name_a_czech_district_and_a_mexican_neighbourhood() -> None:
    got = _tops("contact", {"First Name": ["Ana", "Tom"], "Last Name": ["Ruiz", "Berg"],
                            "Common Name": ["Annie", "Tommy"]}, "students")
    assert got["Common Name"] == "nickname"
    czech = _tops("contact", {"Jméno": ["Jana", "Petr"], "Příjmení": ["Nová", "Král"],
                              "Obec": ["Brno", "Praha"], "Okres": ["Brno-město", "Praha"]},
                  "kontakty")
    assert czech["Okres"] == "address1_county"
    mexican = _tops("contact", {"Nombre": ["Ana", "Luis"], "Apellido": ["Ruiz", "Paz"],
                                "Calle": ["Av. Juárez 12", "Calle 5"],
                                "Colonia": ["Centro", "Roma Norte"],
                                "Ciudad": ["Puebla", "CDMX"]}, "contactos")
    assert mexican["Colonia"] == "address1_line2"


def test_an_apps_users_who_live_somewhere_are_its_customers() -> None:
    shop = pl.DataFrame({"Name": ["Ann Lee", "Tom Berg"], "E-mail": ["a@x.test", "t@y.test"],
                         "Street": ["1 Main St", "2 High St"], "ZIP": ["10115", "20095"],
                         "City": ["Berlin", "Hamburg"], "Phone": ["+49 30 1", "+49 40 2"]})
    assert file_kind("users", shop) == "contact"
    # a CRM's staff: sign-in rights and roles beside their office address
    staff = shop.with_columns(pl.Series("Username", ["ann", "tom"]),
                              pl.Series("UserRoleId", ["r1", "r2"]),
                              pl.Series("ProfileId", ["p1", "p1"]))
    assert file_kind("users", staff) == "user"
    # users with no place at all stay the app's users
    assert file_kind("users", shop.drop("Street", "ZIP", "City")) == "user"


def test_donors_are_contacts_and_donations_no_sales_records() -> None:
    donors = pl.DataFrame({"Full Name": ["Codee Grimsdith", "Ann Lee"],
                           "Email Address": ["c@x.test", "a@y.test"],
                           "City": ["Baton Rouge", "Leeds"], "Sum of Donations": ["25.00", "5"]})
    assert file_kind("donors", donors) == "contact"
    gifts = pl.DataFrame({"Donation ID": ["1", "2"], "Amount": ["25.00", "5.00"],
                          "Donor Email": ["c@x.test", "a@y.test"],
                          "Payment Method": ["Stripe", "PayPal"]})
    assert file_kind("donations", gifts) == "unknown"


def test_a_portals_customer_users_are_contacts_and_an_institution_their_organisation() -> None:
    portal = pl.DataFrame({"First Name": ["Amanda", "Brenda"], "Last Name": ["Cole", "Sanders"],
                           "Email Address": ["a@x.test", "b@y.test"],
                           "Customer": ["Company A", "Company B"]})
    assert file_kind("customer_users", portal) == "contact"
    got = _tops("contact", {"First name": ["Ann", "Tom"], "Last name": ["Lee", "Berg"],
                            "Institution": ["Open University", "MIT"],
                            "Téléphone mobile": ["+33 6 12 34 56 78", "+33 6 98 76 54 32"]},
                "users")
    assert (got["Institution"], got["Téléphone mobile"]) == ("parentcustomerid", "mobilephone")


def test_an_apps_groups_are_no_buying_role() -> None:
    people = {"First name": ["Ann", "Tom", "Jo"], "Last name": ["Lee", "Berg", "Ko"],
              "Customer roles": ["Administrators, Registered", "Guests", "Registered"]}
    assert _tops("contact", people, "customers")["Customer roles"] != "accountrolecode"
    library = {"Nombre": ["Ana", "Luis", "Eva"], "Apellido": ["Ruiz", "Paz", "Gil"],
               "Perfil": ["Patron - Student", "Clientes", "Voluntarios"]}
    assert _tops("contact", library, "patrons")["Perfil"] != "accountrolecode"
    buying = dict(people, **{"Customer roles": ["Decision Maker", "Influencer", "Employee"]})
    assert _tops("contact", buying, "contacts")["Customer roles"] == "accountrolecode"


def test_a_clocks_a_m_and_p_m_with_dots() -> None:
    parsed = parse_dates(pl.Series(["10 Oct 2014, 2:07 p.m.", "1 Jan 2013, 9:00 a.m."]))
    assert parsed.failed.height == 0
    assert [v.strftime("%Y-%m-%d %H:%M") for v in parsed.values] == [
        "2014-10-10 14:07", "2013-01-01 09:00"]
