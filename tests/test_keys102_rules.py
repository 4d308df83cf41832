"""Rules added after measuring keys102's held-out exports (issue 13; MEASUREMENTS.md,
"keys102's SuiteCRM exports after tuning"), on made-up data so they run where the public data
is absent: an address's side written after its part in Spanish and Italian ('CP de
facturación', 'CAP di Fatturazione', 'CP de dirección principal') read side first as
English writes it; German's 'Hauptadresse'; Spanish words Portuguese shares, which settle a
file's language; dates written with their time."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

#: billing street, billing postal code, shipping city, shipping postal code
_ACCOUNTS = {
    "es": ("Nombre", "Calle de facturación", "CP de facturación", "Ciudad de envío",
           "CP de envío"),
    "it": ("Nome", "Via di Fatturazione", "CAP di Fatturazione", "Comune di Spedizione",
           "CAP di Spedizione"),
}


def test_an_address_side_written_after_its_part() -> None:
    want = ("name", "address1_line1", "address1_postalcode", "address2_city",
            "address2_postalcode")
    for lang, heads in _ACCOUNTS.items():
        df = pl.DataFrame({heads[0]: ["Ferretería Sol", "Bottega Rossi"],
                           heads[1]: ["Calle Mayor 3", "Via Roma 12"],
                           heads[2]: ["28013", "00184"],
                           heads[3]: ["Madrid", "Roma"],
                           heads[4]: ["28013", "00184"]})
        sugg = suggest_columns(df, DEFS["account"], source_object="Accounts")
        for head, target in zip(heads, want, strict=True):
            assert _top(sugg, head) == target, (lang, head, _top(sugg, head))


def test_the_primary_address_after_a_two_word_part() -> None:
    heads = ["Nombre", "Apellidos", "Cargo", "Usuario asignado",
             "Ciudad de dirección principal", "CP de dirección principal"]
    assert language_of(heads) == "es"
    assert foreign_readings("CP de dirección principal", heads)[0][0] == (
        "primary", "address", "postal", "code")


def test_spanish_words_portuguese_shares_settle_the_language() -> None:
    heads = ["Nombre", "Apellidos", "Cargo", "Cuenta", "Correo electrónico",
             "Correo Electrónico No Principal", "Tel. Oficina", "Tel. casa",
             "Calle de dirección principal", "País de dirección principal",
             "Toma de contacto", "Usuario asignado", "ID usuario asignado"]
    assert language_of(heads) == "es"
    assert foreign_readings("Tel. casa", heads)[0][0] == ("home", "phone")


def test_german_primary_address_and_dates_with_their_time() -> None:
    heads = ["Vorname", "Nachname", "Hauptadresse Straße", "Hauptadresse PLZ",
             "Startdatum und -zeit", "Enddatum und -zeit"]
    assert foreign_readings("Hauptadresse PLZ", heads)[0][0] == (
        "primary", "address", "postal", "code")
    assert foreign_readings("Startdatum und -zeit", heads)[0][0] == ("start", "date")
    it = ["Oggetto", "Data e Ora inizio", "Data e Ora fine", "Data Inserimento"]
    assert [foreign_readings(h, it)[0][0] for h in it[1:]] == [
        ("start", "date"), ("end", "date"), ("created", "on")]
