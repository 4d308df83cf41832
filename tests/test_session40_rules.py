"""Session 40's rules: YetiForce's '<section>::<field>' headers read by the field's label
(the same label in a second section is the second address), a record's number written
'Контрагент №' or 'Nr Kontrahenta', and a file without discovery's links keeping the
rule that a lookup by name yields to an id beside it."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import primary_key
from d365migrate.intake.key_rules import record_number
from d365migrate.intake.section_headers import section_names, without_section
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"

#: YetiForce's Polish accounts as its list view Export heads them (keys249): the block of the
#: form, two colons, the field's label; two address blocks with the same labels
YETI = ["Informacje podstawowe o firmie::Nazwa kontrahenta",
        "Informacje podstawowe o firmie::Numer Kontrahenta",
        "Informacje podstawowe o firmie::Branża",
        "Informacje o kontakcie::Strona internetowa",
        "Informacje o kontakcie::Informacje dodatkowe",
        "Informacje o kontakcie::Informacje dodatkowe_2",
        "Adres główny::Ulica", "Adres główny::Miejscowość", "Adres główny::Kod pocztowy",
        "Adres główny::Kraj",
        "Adres korespondencji::Ulica", "Adres korespondencji::Miejscowość",
        "Adres korespondencji::Kod pocztowy", "Adres korespondencji::Kraj",
        "Informacje opisowe::Opis"]


def _frame(columns: list[str]) -> pl.DataFrame:
    values = {c: ["", ""] for c in columns}
    values[YETI[0]] = ["YetiForce Sp. z o.o.", "Acme S.A."]
    values[YETI[1]] = ["O1", "O2"]
    values["Adres główny::Miejscowość"] = ["Warszawa", "Kraków"]
    return pl.DataFrame(values)


def test_a_sectioned_header_is_read_by_its_fields_label() -> None:
    assert without_section("Adres główny::Ulica") == "Ulica"
    assert without_section("Основная информация::Контрагент №") == "Контрагент №"
    assert without_section("Name") == "Name"
    assert without_section("::Name") == "::Name"   # no section's words before the colons


def test_the_same_label_in_a_later_section_is_told_apart_as_a_repeat() -> None:
    names = section_names(YETI)
    assert names["Adres główny::Ulica"] == "Ulica"
    assert names["Adres korespondencji::Ulica"] == "Ulica_2"
    # the export's own repeat keeps its name
    assert names["Informacje o kontakcie::Informacje dodatkowe_2"] == "Informacje dodatkowe_2"
    # a lone '::' among plain headers is no layout
    assert section_names(["Name", "City", "Note::Text"]) == {}


def test_a_sectioned_file_is_mapped_by_labels_and_its_second_address_is_address2() -> None:
    defs = load_table_defs(TABLES)
    df = _frame(YETI)
    got = {c: (v[0].target if v else None)
           for c, v in suggest_columns(df, dict(defs["account"]),
                                       source_object="Kontrahenci").items()}
    assert got["Adres główny::Ulica"] == "address1_line1"
    assert got["Adres korespondencji::Ulica"] == "address2_line1"
    assert got["Adres korespondencji::Miejscowość"] == "address2_city"
    assert got["Informacje o kontakcie::Strona internetowa"] == "websiteurl"
    assert got["Informacje podstawowe o firmie::Branża"] == "industrycode"
    assert got["Informacje opisowe::Opis"] == "description"
    # each answer is given under the column's own name, its reason naming the label read
    cands, _ = suggest_columns_why(df, dict(defs["account"]), source_object="Kontrahenci")
    assert "read by its label 'Ulica_2'" in cands["Adres korespondencji::Ulica"][0].reason


def test_a_record_number_after_the_kind_as_a_sign_or_before_it_as_a_word() -> None:
    assert record_number("Контрагент №")
    assert record_number("Account #")
    assert record_number("Nr Kontrahenta")   # the kind in the genitive
    assert record_number("No Lead")
    # the word written whole is a number the record shows (Invoice Ninja's 'Numero
    # Preventivo': the quote's number, mapped), as English 'Quote Number' is
    assert not record_number("Numero Preventivo")
    assert not record_number("Nr telefonu")
    assert not record_number("Telefon №")
    assert primary_key("Контрагенты", pl.DataFrame({
        "Основная информация::Контрагент": ["Acme", "Beta"],
        "Основная информация::Контрагент №": ["O1", "O2"]})) == "Основная информация::Контрагент №"


def test_without_discoverys_links_a_lookup_by_name_yields_to_the_id_beside_it() -> None:
    """The section reading hands the rest of the engine its links as given: none stays none
    (Dolibarr's Polish 'ID Firmy' beside 'Nazwa firmy' keeps the company link)."""
    defs = load_table_defs(TABLES)
    df = pl.DataFrame({"ID Kontaktu": ["1", "2"], "Nazwisko": ["Nowak", "Kowal"],
                       "ID Firmy": ["3", "4"], "Nazwa firmy": ["Acme", "Beta"]})
    got = suggest_columns(df, dict(defs["contact"]), source_object="export_societe_2")
    assert got["ID Firmy"] and got["ID Firmy"][0].target == "parentcustomerid"


def test_a_name_whose_lookup_went_to_an_id_beside_it_says_so_without_failing() -> None:
    """EGroupware's Spanish contacts (keys265): 'Organización' (the account's name) yields
    the account link to 'ID de la cuenta'; its next reading, a target nobody claimed, must
    not break the explanation (it raised KeyError)."""
    defs = load_table_defs(TABLES)
    df = pl.DataFrame({"Nombre": ["Ana", "Luis"], "Apellidos": ["Ruiz", "Gil"],
                       "Organización": ["Acme", "Beta"], "ID de la cuenta": ["7", "8"]})
    cands, why = suggest_columns_why(df, dict(defs["contact"]), source_object="contactos")
    assert not cands["Organización"] or cands["Organización"][0].target != "parentcustomerid"
    assert "Organización" in why


def test_a_choice_a_column_stamps_alike_on_every_row_goes_to_the_varied_one() -> None:
    """vtiger's contacts: 'Source' says 'CRM' on every record (where it was made); 'Lead
    Source' varies (Cold Call, Partner...): the lead source is the varied one's."""
    defs = load_table_defs(TABLES)
    df = pl.DataFrame({"First Name": list("ABCDEF"), "Last Name": list("GHIJKL"),
                       "Lead Source": ["Cold Call", "Partner", "Trade Show", "Employee",
                                       "Direct Mail", "Word of mouth"],
                       "Source": ["CRM"] * 6})
    got = suggest_columns(df, dict(defs["contact"]), source_object="Contacts")
    assert got["Lead Source"] and got["Lead Source"][0].target == "leadsourcecode"
    assert not got["Source"] or got["Source"][0].target != "leadsourcecode"


def test_trytons_path_to_a_linked_records_name_reads_as_the_path() -> None:
    from d365migrate.intake.path_columns import without_path
    assert without_path("Partei/Record Name") == "Partei"
    assert without_path("Adressen/Land/Record Name") == "Adressen/Land"
    assert without_path("State/Region") == "State/Region"


def test_a_remark_naming_the_address_is_part_of_the_name() -> None:
    """vtiger's Hungarian 'Város (Szállítási cím)': the shipping address's city."""
    from d365migrate.mapping.foreign_names import foreign_readings
    heads = ["Cég neve", "Város (Számlázási cím)", "Város (Szállítási cím)",
             "Irányítószám (Szállítási cím)", "Ország (Szállítási cím)", "Telefon"]
    read = foreign_readings("Város (Szállítási cím)", heads)
    assert read and "shipping" in read[0][0]


def test_an_accounts_own_number_is_its_key_and_its_account_number() -> None:
    """coreBOS's Mexican 'Núm. Cuenta' (ACC1...): the record's number keys it and arrives as
    its account number; hashed into the key alone, the number people know it by was lost."""
    defs = load_table_defs(TABLES)
    df = pl.DataFrame({"Nombre de Cuenta": ["Acme", "Beta"], "Núm. Cuenta": ["ACC1", "ACC2"],
                       "Ciudad": ["Lima", "Quito"]})
    got = suggest_columns(df, dict(defs["account"]), source_object="Cuentas",
                          key="Núm. Cuenta")
    assert got["Núm. Cuenta"] and got["Núm. Cuenta"][0].target == "accountnumber"
