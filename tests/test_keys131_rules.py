"""Rules added after measuring keys131's held-out exports (issue 13: Dolibarr's export
module, headers in Czech, Russian, Turkish, Hungarian and Swedish), on made-up data so they
run where the public data is absent: a contacts file headed in those languages under a
companies file name is contacts (their words of a surname, a given name and a company's
name; Russian 'Имя' and Turkish 'Adı' the given name beside the surname, alone the record's
name); the languages' words of a label, a reference, an address and a unit price."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, people_at_companies_kinds
from tuning_support import top as _top


def test_a_name_word_beside_a_surname_is_the_given_name() -> None:
    """Russian 'Имя' and Turkish 'Adı' beside the surname are the given name; alone, a name."""
    assert "firstname" in content_columns(["Фамилия", "Имя"])
    assert "firstname" in content_columns(["Soyadı", "Adı"])
    assert "name" in content_columns(["Adı", "Adresi"])
    assert "firstname" not in content_columns(["Имя", "Адрес"])


def test_people_at_companies_in_five_more_languages_are_contacts() -> None:
    """People with a surname, a given name and their company's id and name, under a file
    name naming companies: contacts, in Czech, Russian, Turkish, Hungarian and Swedish."""
    heads = {"cs": ("Příjmení", "Křestní jméno", "Název společnosti"),
             "ru": ("Фамилия", "Имя", "Название компании"),
             "tr": ("Soyadı", "Adı", "Firma adı"),
             "hu": ("Vezetéknév", "Keresztnév", "Cégnév"),
             "sv": ("Efternamn", "Förnamn", "Företagets namn")}
    assert people_at_companies_kinds(heads) == dict.fromkeys(heads, "contact")


def test_label_reference_address_and_unit_price_words() -> None:
    """A product's label, reference and unit price before tax in the five languages; the
    Turkish and Hungarian address words on an account."""
    for ref, label, price in (("Ref.", "Štítek", "Jednotková cena (bez DPH)"),
                              ("Ссылка", "Наименование", "Цена за единицу (без учета налога)"),
                              ("Referans No", "Etiket", "Birim fiyat (KDV hariç)"),
                              ("Ref.", "Felirat", "Egység ár (nettó)"),
                              ("Ref.", "Etikett", "Pris per enhet (netto)")):
        df = pl.DataFrame({ref: ["P-001"], label: ["Kabel RJ45"], price: ["10"]})
        sugg = suggest_columns(df, DEFS["product"])
        assert (_top(sugg, ref), _top(sugg, label), _top(sugg, price)) == (
            "productnumber", "name", "price"), label
    tr = pl.DataFrame({"Adı": ["Alfa AŞ"], "Adresi": ["Atatürk Cad. 1"],
                       "Posta Kodu": ["34000"], "İlçesi": ["Kadıköy"]})
    sugg = suggest_columns(tr, DEFS["account"])
    assert (_top(sugg, "Adresi"), _top(sugg, "İlçesi")) == ("address1_line1", "address1_city")
    hu = pl.DataFrame({"Név": ["Alfa Kft."], "Cím": ["Fő utca 1"], "Irányítószám": ["1011"],
                       "Város": ["Budapest"]})
    assert _top(suggest_columns(hu, DEFS["account"]), "Cím") == "address1_line1"
