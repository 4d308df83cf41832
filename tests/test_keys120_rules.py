"""keys120's rules (Invoice Ninja's labelled exports in six languages): an address's side
glued with 'address' after its part ('Postleitzahl Rechnungsanschrift'), a whole name given
twice or beside both parts of a person's name, the first of such a pair the record's own
name (also in discovery: 'Nombre' beside 'Nombres' and 'Apellidos' is no file of people),
an address's parts repeated under the same labels read as the second address, and 'sent'
in five languages a quote's Open."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.kinds import person_columns_of_account
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.foreign_values import english_value
from d365migrate.mapping.repeated_addresses import second_address_parts

GERMAN = ["Name", "Strasse Rechnungsanschrift", "Stadt Rechnungsanschrift",
          "Postleitzahl Rechnungsanschrift", "Postleitzahl Versandanschrift", "Vorname",
          "Nachname"]


def test_a_side_glued_with_address_after_the_part_goes_first() -> None:
    (words, _), = foreign_readings("Postleitzahl Rechnungsanschrift", GERMAN)
    assert words == ("billing", "address", "postal", "code")
    (words, _), = foreign_readings("Postleitzahl Versandanschrift", GERMAN)
    assert words == ("shipping", "address", "postal", "code")


def test_a_whole_name_given_twice_is_first_the_records_then_the_other_part() -> None:
    italian = ["Nome", "Via di fatturazione", "Nome_2", "Cognome", "Email"]
    assert foreign_readings("Nome", italian)[0][0] == ("name",)
    assert foreign_readings("Nome_2", italian)[0][0] == ("first", "name")
    french = ["Nom", "Rue", "Prénom", "Nom_2", "E-mail"]
    assert foreign_readings("Nom", french)[0][0] == ("name",)
    assert foreign_readings("Nom_2", french)[0][0] == ("last", "name")
    # given once, beside one part only, it is still that part's other half
    assert foreign_readings("Nome", ["Nome", "Cognome"])[0][0] == ("first", "name")


def test_a_whole_name_beside_both_parts_is_the_records_name() -> None:
    spanish = ["Nombre", "Calle de Facturación", "Nombres", "Apellidos", "Correo Electrónico"]
    assert foreign_readings("Nombre", spanish)[0][0] == ("name",)
    assert foreign_readings("Nombres", spanish)[0][0] == ("first", "name")
    assert person_columns_of_account(spanish) is None            # the clients are accounts
    assert person_columns_of_account(["Nombre", "Apellidos", "Correo"]) == ["Nombre",
                                                                            "Apellidos"]


def test_an_address_repeated_under_the_same_labels_is_the_second_address() -> None:
    class _Attr:
        def __init__(self, name: str) -> None:
            self.name = name

        def describe(self) -> str:
            return self.name

    names = {n: _Attr(n) for n in ("address1_line1", "address2_line1", "address1_city",
                                   "address2_city", "telephone1", "telephone2")}
    df = pl.DataFrame({c: ["x"] for c in ("Rue", "Ville", "Rue_2", "Ville_2", "Téléphone",
                                          "Téléphone_2")})
    scored = {"Rue": [(0.9, "address1_line1", "")], "Ville": [(0.9, "address1_city", "")],
              "Rue_2": [(0.8, "address1_line2", "")], "Ville_2": [],
              "Téléphone": [(0.9, "telephone1", "")], "Téléphone_2": [(0.9, "telephone1", "")]}
    second_address_parts(df.columns, names, scored)
    assert scored["Rue_2"][0][1] == "address2_line1"
    assert scored["Ville_2"][0][1] == "address2_city"
    assert scored["Téléphone_2"][0][1] == "telephone1"   # not an address: left to the rest


def test_sent_in_five_languages() -> None:
    for word in ("Versendet", "Envoyé", "Enviado", "Spedito", "Verstuurd"):
        assert english_value(word) == "sent", word
