"""A file whose name names no kind and whose headers discovery's own words do not read is
read again through the map's vocabulary (coreBOS's Hungarian 'Cégek', its companies; GLPI's
Slovene contacts 'Stika'), only toward kinds of people, companies and work, with no doubt."""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
from d365migrate.intake.header_readings import vocabulary_columns

COMPANIES = ["Cég neve", "Cég No.", "Weboldal", "Telefon", "Fax", "Alkalmazottak", "Email",
             "Tulajdonos", "Iparág", "Értékelés", "Típus", "Éves forgalom"]


def test_headers_read_through_the_vocabulary_stand_for_their_columns() -> None:
    read = vocabulary_columns(COMPANIES)
    assert {"website", "industry", "employees", "companyname"} <= read


def test_a_file_nothing_else_read_is_named_by_its_headers_readings() -> None:
    kind, _, _, evidence = classify_table("Cégek", COMPANIES)
    assert kind == "account"
    assert evidence[0].startswith("its headers, read through the map's vocabulary, say ")


def test_names_dates_and_a_currency_name_no_price_list() -> None:
    # iTop's Czech customer contracts: a name, two dates, a price and a currency
    contract = ["id (primární klíč)", "Název", "Zákazník->Název", "Popis", "Datum zahájení",
                "Datum ukončení", "Cena", "Měna", "Frekvence plateb", "Stav"]
    assert classify_table("Smlouva se zákazníkem_export", contract)[0] == "unknown"


def test_a_name_that_names_a_kind_only_in_part_needs_more_than_a_name_column() -> None:
    # Tine's time accounts: 'Timeaccount' names an account only in part
    accounts = ["Název", "Číslo", "Popis", "Rozpočet", "Price", "Stav", "Zaplaceno v"]
    assert classify_table("Timeaccount", accounts)[0] == "unknown"
