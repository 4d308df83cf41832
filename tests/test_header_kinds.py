"""A file whose headers name its records ('Aktivitets ID', 'Aktivitetstype'): CiviCRM's
search exports in every language, named for the search (keys161, keys168)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.company_people import company_people
from d365migrate.intake.discover import classify_table
from d365migrate.intake.header_kinds import kind_named_by_headers

ACTIVITIES_DA = ["Aktivitets ID", "Kildepost", "Aktivitetstype", "Emne", "Dato for Aktivitet",
                 "Varighed", "Sted", "Detaljer", "Aktivitetsstatus", "Prioritet",
                 "ID på overordnet aktivitet"]
CONTACTS_JA = ["連絡先ID", "連絡先タイプ", "連絡先サブタイプ", "メールの拒否", "法的名称",
               "連絡先ハッシュ", "連絡先ソース", "ファーストネーム", "ラストネーム"]


def test_headers_carrying_one_kinds_word_name_the_files_records() -> None:
    assert kind_named_by_headers(ACTIVITIES_DA, "Aktivitets ID")[0] == "activity"
    assert kind_named_by_headers(CONTACTS_JA, "連絡先ID") == ("contact", [
        "連絡先ID", "連絡先タイプ", "連絡先サブタイプ", "連絡先ハッシュ", "連絡先ソース"])
    kind, _, _, evidence = classify_table("CiviCRM aktivitets-søgning", ACTIVITIES_DA,
                                          "Aktivitets ID")
    assert kind == "activity"
    assert "its headers name its records (Aktivitets ID, Dato for Aktivitet, ID på " \
           "overordnet aktivitet): an activity's columns" in evidence


def test_another_records_words_beside_the_files_own_key_name_nothing() -> None:
    # a deal's columns naming its contact: the key is the deal's own
    deals = ["Deal ID", "Amount", "Contact ID", "Contact name", "Contact email", "Stage"]
    assert kind_named_by_headers(deals, "Deal ID") is None
    # CiviCRM's relationships: two contacts a row, keyed by the relationship
    relations = ["Relationship ID", "Contact A", "Contact B", "Relationship Type",
                 "Contact A has Permission Over Contact B"]
    assert kind_named_by_headers(relations, "Relationship ID") is None
    # a key naming more than the kind: Openbravo's partners' locations
    places = ["C_BPARTNER_LOCATION_ID", "AD_CLIENT_ID", "NAME", "C_BPARTNER_ID",
              "C_BPARTNER_NAME", "C_BPARTNER_VALUE"]
    assert kind_named_by_headers(places, "C_BPARTNER_LOCATION_ID") is None
    # two kinds nearly as common: no kind
    mixed = ["Contact ID", "Contact name", "Contact type", "Lead source", "Lead status",
             "Lead ID"]
    assert kind_named_by_headers(mixed, "Contact ID") is None
    # no key: nothing to name
    assert kind_named_by_headers(ACTIVITIES_DA, None) is None


def test_people_at_companies_read_through_the_vocabulary_are_contacts() -> None:
    """Dolibarr's contacts profile ('export_societe_2', its module's name: companies) in
    Lithuanian: a surname, a given name and the company's name, read by the map's words."""
    people = pl.DataFrame({"Adresato ID": ["1", "2"], "Pavardė": ["Jonaitis", "Petraitė"],
                           "Vardas": ["Jonas", "Ona"], "EMail": ["j@x.lt", "o@x.lt"],
                           "Įmonės ID": ["7", "7"], "Įmonės pavadinimas": ["UAB X", "UAB X"]})
    found = company_people({"export_societe_2": people}, {"export_societe_2": "account"})
    assert found["export_societe_2"][0] == "contact"
    assert "('Pavardė') and a given name ('Vardas')" in found["export_societe_2"][1]
