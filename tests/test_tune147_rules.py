"""Rules added when tuning on session 29's Dolibarr, Redmine and Tine 2.0 exports (issue 13:
headers in Danish, Finnish, Romanian, Greek, Slovak; Slovenian, Bulgarian, Ukrainian; Czech,
Hungarian, Russian, Swedish, Catalan), on made-up data so they run where the public data is
absent: a contacts file headed in those languages under a companies file name is contacts
(their surname, given name and company words; a whole-name word beside a given name, as
Romanian 'Nume' beside 'Prenume', is the surname); a few of the languages' column words."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, file_kind, people_at_companies_kinds
from tuning_support import top as _top


def test_a_whole_name_word_beside_a_given_name_is_the_surname() -> None:
    """Romanian 'Nume' beside 'Prenume', Greek 'Όνομα' beside 'Επίθετο'; alone, a name."""
    assert "lastname" in content_columns(["Nume", "Prenume"])
    assert "firstname" in content_columns(["Επίθετο", "Όνομα"])
    assert "name" in content_columns(["Nume", "Adresa"])


def test_people_at_companies_in_five_more_languages_are_contacts() -> None:
    """People with a surname, a given name and their company's id and name, under a file
    name naming companies: contacts, in Danish, Finnish, Romanian, Greek and Slovak."""
    heads = {"da": ("Efternavn", "Fornavn", "Firmanavn"),
             "fi": ("Sukunimi", "Etunimi", "Yrityksen nimi"),
             "ro": ("Nume", "Prenume", "Denumirea companiei"),
             "el": ("Επίθετο", "Όνομα", "Όνομα εταιρίας"),
             "sk": ("Priezvisko", "Krstné meno", "Názov spoločnosti")}
    assert people_at_companies_kinds(heads) == dict.fromkeys(heads, "contact")


def test_a_companies_file_is_not_read_as_people() -> None:
    """A name and a company's own columns: still no contacts file."""
    df = pl.DataFrame({"Nume": ["Alfa SRL", "Beta SRL"], "Telefon": ["+40 21 0100"] * 2,
                       "Site web": ["alfa.ro", "beta.ro"]})
    assert file_kind("export_societe_1", df) != "contact"


def test_unit_price_and_label_words() -> None:
    """A product's label and its unit price before tax in Finnish, Danish and Slovak."""
    for label, price in (("Etiketti", "Yksikköhinta (netto)"), ("Label", "Enhedspris (netto)"),
                         ("Štítok", "Unit price (excl.)")):
        df = pl.DataFrame({"Ref.": ["P-001"], label: ["Kabel RJ45"], price: ["10"]})
        sugg = suggest_columns(df, DEFS["product"])
        assert (_top(sugg, label), _top(sugg, price)) == ("name", "price"), label
