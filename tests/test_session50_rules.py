"""Session 50's rules, each on made-up data: a customers file of companies with a contact
person's names and the company's tax number, in French, German, Spanish and English; a
board's cards; a practice's patients; a Romance 'Nombre del X' read as X's name; order,
product and people words of round X's programs."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _suggested(table: str, columns: dict[str, list], source_object: str) -> dict[str, str | None]:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame(columns)
    found = suggest_columns(df, DEFS[table], source_object=source_object)
    return {c: (found.get(c) or [None])[0] and found[c][0].target for c in df.columns}


def _read(name: str, headers: list[str]) -> tuple[str, ...] | None:
    found = foreign_readings(name, headers)
    return found[0][0] if found else None


def _kinds(folder: Path, files: dict[str, list[str]]) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {o.source: o.name for o in discover(read_export(folder)).objects}


CUSTOMERS = {
    "fr": "Type de client,Nom du client,Prénom,Nom,Raison sociale,"
          "Numéro d'identification fiscale,Email,Code postal,Ville,Pays",
    "de": "Kundentyp,Kundenname,Vorname,Nachname,Firmenname,Steueridentifikationsnummer,"
          "E-Mail,Postleitzahl,Stadt,Land",
    "es": "Tipo de cliente,Nombre del cliente,Nombre,Apellido,Razón social,"
          "Número de identificación fiscal,Correo electrónico,Código postal,Ciudad,País",
    "en": "Customer type,Customer name,First name,Last name,Company name,"
          "Tax identification number,Email,Zip code,City,Country",
}


def test_customers_with_a_tax_number_are_companies_whatever_their_persons_names(
        tmp_path: Path) -> None:
    """Lago's customer portal: the billed customer's name, its legal name, its tax id and
    the first and last name of its person; in every language the rows are accounts."""
    rows = ["Company,Acme,John,Doe,Acme SA,FR123,1@example.com,75001,Paris,FR",
            "Individual,Jane S,Jane,Smith,Jane Smith,,2@example.com,10115,Berlin,DE"]
    for lang, header in CUSTOMERS.items():
        kinds = _kinds(tmp_path / lang, {"customers.csv": [header, *rows]})
        assert kinds == {"customers": "account"}, lang


def test_people_at_a_company_without_a_tax_number_stay_contacts(tmp_path: Path) -> None:
    """The same file without the tax number is people at their companies: contacts."""
    header = "Vorname,Nachname,Firmenname,E-Mail,Stadt"
    rows = ["John,Doe,Acme GmbH,1@example.com,Berlin", "Jane,Smith,Beta AG,2@x.de,Köln"]
    kinds = _kinds(tmp_path, {"kunden.csv": [header, *rows]})
    assert kinds == {"kunden": "contact"}


def test_a_buyers_vat_number_alone_does_not_make_people_companies(tmp_path: Path) -> None:
    """nopCommerce's customers: a person's names, the company they buy for, a VAT number
    and no customer name of the row's own: people, contacts."""
    header = "CustomerId,Email,FirstName,LastName,Gender,Company,City,VatNumber"
    rows = ["1,steve@example.com,Steve,Gates,M,Steve Company,Los Angeles,",
            "2,arthur@example.com,Arthur,Holmes,M,Holmes Company,London,GB123"]
    kinds = _kinds(tmp_path, {"Customer.csv": [header, *rows]})
    assert kinds == {"Customer": "contact"}


WEKAN_CARDS = {
    "de": ["Titel", "Beschreibung", "Liste", "Eigentümer", "Mitglieder", "Zugewiesen",
           "Beginn", "Fällig", "Ende"],
    "es": ["Título", "Descripción", "Lista", "Propietario", "Miembros", "Asignado",
           "Comienza", "Vence", "Finalizado"],
    "fr": ["Titre", "Description", "Liste", "Propriétaire", "Participants", "Intervenant",
           "Début", "À échéance", "Fin"],
}


def test_a_boards_cards_in_german_spanish_french_are_tasks_not_meetings(
        tmp_path: Path) -> None:
    """Wekan's cards: a title, an assignee, a start, a due date and an end, its members
    ('Participants'): to-dos. A due date says no calendar wrote them."""
    for lang, header in WEKAN_CARDS.items():
        rows = ['"Plan","x","Todo","ann","ann bo","bo","2024-01-01","2024-01-09",""',
                '"Ship","y","Done","bo","bo","ann","2024-02-01","2024-02-05","2024-02-04"']
        kinds = _kinds(tmp_path / lang, {"cards.csv": [",".join(f'"{h}"' for h in header),
                                                       *rows]})
        assert kinds == {"cards": "task"}, lang


def test_a_calendar_without_a_due_date_stays_meetings(tmp_path: Path) -> None:
    """Outlook's French calendar: a start, an end and participants, nothing falls due."""
    header = '"Objet","Début","Fin","Participants","Lieu"'
    rows = ['"Kick-off","2024-01-01 10:00","2024-01-01 11:00","ann; bo","Paris"',
            '"Review","2024-01-02 10:00","2024-01-02 11:00","bo","Lyon"']
    kinds = _kinds(tmp_path, {"agenda.csv": [header, *rows]})
    assert kinds == {"agenda": "activity"}


def test_a_patient_list_is_people(tmp_path: Path) -> None:
    """OpenEMR's patient list: a practice's patients are its contacts."""
    header = "Last Visit,First,Last name,Middle,ID,Street,City"
    rows = [",Binder,Jason,,30,100 West Sepulveda,Los Angeles", ",Doe,Jane,A.,31,1 Main,Reno"]
    assert _kinds(tmp_path, {"patient_list.csv": [header, *rows]}) == {"patient_list": "contact"}


def test_a_romance_name_of_someone_reads_as_their_name_but_a_french_count_stays_a_number(
        ) -> None:
    """'Nombre del Solicitante' (Spanish: the applicant's name) and 'Nom du client' read as
    the name; French 'Nombre de contacts' (how many) stays a number; 'Nom du produit' says
    'name' once."""
    es = ["Nombre del Solicitante", "Correo", "Estado"]
    assert _read("Nombre del Solicitante", es) == ("requester", "name")
    fr = ["Nom du client", "Nombre de contacts", "Prénom", "Nom du produit"]
    assert _read("Nom du client", fr) == ("customer", "name")
    assert _read("Nombre de contacts", fr) == ("contacts", "number")
    assert _read("Nom du produit", fr) == ("product", "name")
    # beside a given name of the same person, 'Nom de X' is X's surname (IDURAR's French
    # customers: 'Prénom du responsable', 'Nom de responsable'): no name read whole
    idurar = ["Entreprise", "Prénom du responsable", "Nom de responsable", "Email"]
    assert _read("Nom de responsable", idurar) != ("owner", "name")


def test_round_x_order_product_and_people_words() -> None:
    """Hi.Events' orders ('Total Gross', 'Public ID', 'Gesamtsteuer'), Solidus' and
    OpenCart's products ('Master Price', 'Precio Principal', 'Modèle'), Gibbon's and Frappe
    HR's people ('Preferred Name', 'Bewerbername')."""
    orders = _suggested("salesorder", {"ID": ["1", "2"], "Public ID": ["O-8DQ3KJ", "O-AB12CD"],
                                       "Total Gross": ["10", "12"],
                                       "Gesamtsteuer": ["1", "2"]}, "orders")
    assert orders == {"ID": None, "Public ID": "ordernumber", "Total Gross": "totalamount",
                      "Gesamtsteuer": "totaltax"}
    products = _suggested("product", {"Nombre": ["Tote", "Mug"], "SKU": ["T-1", "M-1"],
                                      "Precio Principal": ["15.99", "13.99"]}, "productos")
    assert products["Precio Principal"] == "price"
    assert _suggested("product", {"Name": ["Tote", "Mug"], "Master Price": ["1", "2"]},
                      "products")["Master Price"] == "price"
    assert _suggested("product", {"Nom du produit": ["Tote", "Mug"],
                                  "Modèle": ["Product 14", "SAM1"]}, "produits")["Modèle"] \
        == "productnumber"
    people = _suggested("contact", {"Bewerbername": ["Ann Lee", "Bo Chan"],
                                    "E-Mail": ["a@x.org", "b@x.org"]}, "bewerber")
    assert people["Bewerbername"] in ("fullname", "lastname")
    assert _suggested("contact", {"First Name": ["Ann", "Bo"], "Surname": ["Lee", "Chan"],
                                  "Preferred Name": ["Annie", "Bobby"]},
                      "users")["Preferred Name"] == "nickname"


def test_an_orders_empty_city_and_postal_code_are_its_bill_to_but_an_empty_address_says_nothing(
        ) -> None:
    """pretix's orders: the invoice address's 'ZIP code' and 'City', empty in its sample,
    are the bill-to's; an empty bare 'Address' stays unread (InvenTree's sale 'Adresse')."""
    found = _suggested("salesorder", {"Order code": ["ABC12", "DEF34"],
                                      "Address": [None, None], "ZIP code": [None, None],
                                      "City": [None, None], "Country": ["DE", "AT"]}, "orders")
    assert found["ZIP code"] == "billto_postalcode" and found["City"] == "billto_city"
    assert found["Address"] is None and found["Country"] == "billto_country"


def test_cldr_medium_date_times_read_in_four_languages() -> None:
    """Trac's query CSV (Babel's medium date-time): the date, a comma, the clock; English
    with a narrow no-break space before PM (CLDR 42 and later)."""
    from d365migrate.intake.values import parse_dates
    cases = {"en": ["Jul 1, 2008, 12:34:56\u202fPM", "Jul 2, 2008, 1:04:05\u202fAM"],
             "de": ["01.07.2008, 12:34:56", "02.07.2008, 01:04:05"],
             "fr": ["1 juil. 2008, 12:34:56", "2 juil. 2008, 01:04:05"],
             "es": ["1 jul 2008, 12:34:56", "2 jul 2008, 01:04:05"]}
    for lang, values in cases.items():
        parsed = parse_dates(pl.Series("created", values))
        got = [v.isoformat() for v in parsed.values.to_list()]
        assert got == ["2008-07-01T12:34:56", "2008-07-02T01:04:05"], lang
    # the analyst's own format, written with the narrow space the values carry
    given = parse_dates(pl.Series("created", cases["en"]), "%b %d, %Y, %I:%M:%S\u202f%p")
    assert given.values.to_list()[1].isoformat() == "2008-07-02T01:04:05"


def test_thunderbirds_french_blocks_follow_their_streets() -> None:
    """Zimbra's French Thunderbird CSV: a home street, then its city and postal code; a
    business street, then the same labels again (read as '<label>_2')."""
    cols = {"Prénom": ["Ann", "Bo"], "Nom de famille": ["Lee", "Chan"],
            "Adresse privée": ["1 rue A", "2 rue B"], "Ville": ["Lyon", "Nice"],
            "Code postal": ["69001", "06000"],
            "Adresse professionnelle": ["9 av C", "8 av D"], "Ville_2": ["Paris", "Paris"],
            "Code postal_2": ["75001", "75002"]}
    found = _suggested("contact", cols, "contacts")
    assert found["Adresse privée"] == "address2_line1"
    assert found["Adresse professionnelle"] == "address1_line1"
    assert (found["Ville"], found["Code postal"]) == ("address2_city", "address2_postalcode")
    assert (found["Ville_2"], found["Code postal_2"]) == ("address1_city", "address1_postalcode")


def test_a_first_block_after_a_business_street_keeps_the_first_address() -> None:
    """Invoice Ninja's French clients: 'Rue', 'Ville', then 'Rue_2', 'Ville_2': the first
    block stays the first address."""
    cols = {"Nom": ["Acme", "Beta"], "Rue": ["1 rue A", "2 rue B"], "Ville": ["Lyon", "Nice"],
            "Rue_2": ["9 av C", "8 av D"], "Ville_2": ["Paris", "Paris"]}
    found = _suggested("account", cols, "clients")
    assert (found["Rue"], found["Ville"]) == ("address1_line1", "address1_city")
    assert (found["Rue_2"], found["Ville_2"]) == ("address2_line1", "address2_city")


def test_a_column_headed_by_the_files_own_word_holds_its_rows_names() -> None:
    """Horilla's candidate list: 'Candidates' heads each candidate's name; a column of
    the same word holding codes is no name."""
    found = _suggested("contact", {"Candidates": ["Liam Bennett", "Ava Mitchell"],
                                   "Email": ["l@x.org", "a@x.org"]}, "candidates")
    assert found["Candidates"] in ("fullname", "lastname")
    codes = _suggested("contact", {"Candidates": ["C-001", "C-002"],
                                   "Email": ["l@x.org", "a@x.org"]}, "candidates")
    assert codes["Candidates"] not in ("fullname", "lastname")


def test_a_persons_current_employer_is_their_company_over_an_organisations_name() -> None:
    """CiviCRM's French contacts: 'Nom de l'organisation' (an organisation's own name on
    its rows) and 'Employeur actuel' (the employer's id on a person's): the employer links."""
    cols = {"Identifiant de contact": ["1", "2", "3"], "Prénom": ["Ann", None, "Bo"],
            "Nom de famille": ["Lee", None, "Chan"],
            "Nom de l'organisation": [None, "Acme", None],
            "Employeur actuel": ["2", None, "2"]}
    found = _suggested("contact", cols, "contacts")
    assert found["Employeur actuel"] == "parentcustomerid"
    assert found["Nom de l'organisation"] != "parentcustomerid"
