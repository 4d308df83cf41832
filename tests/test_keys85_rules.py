"""Rules added after measuring keys85's held-out exports (issue 13; MEASUREMENTS.md,
"keys85's Odoo exports after tuning"), on made-up data so they run where the public data is
absent: a lead's words in German, French, Spanish, Dutch and European Portuguese (the
person named whole, the salesperson, the expected revenue and closing, the opportunity a
lead may become), and a word glued to its number read as the word and the number."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

#: (topic, person, company, salesperson, expected revenue, expected closing, street 2)
_LEADS = {
    "de": ("Verkaufschance", "Name des Kontakts", "Unternehmensname", "Vertriebsmitarbeiter",
           "Erwarteter Umsatz", "Erwarteter Abschluss", "Straße2"),
    "fr": ("Opportunité", "Nom du contact", "Nom de la société", "Vendeur", "Revenu espéré",
           "Date de clôture prévue", "Rue 2"),
    "es": ("Oportunidad", "Nombre del contacto", "Nombre de la compañía", "Comercial",
           "Ingreso esperado", "Cierre esperado", "Calle2"),
    "nl": ("Verkoopkans", "Naam contactpersoon", "Bedrijfsnaam", "Verkoper", "Verwachte omzet",
           "Verwachte sluitingsdatum", "Straat2"),
    "pt": ("Oportunidade", "Nome do Contacto", "Nome da Empresa", "Vendedor",
           "Retorno Esperado", "Previsão de encerramento", "Rua 2"),
}


def test_a_leads_words_in_the_five_common_languages() -> None:
    want = ("subject", "lastname", "companyname", "ownerid", "estimatedamount",
            "estimatedclosedate", "address1_line2")
    for lang, heads in _LEADS.items():
        df = pl.DataFrame({heads[0]: ["Office chairs for a new floor", "Pricing for 25 desks"],
                           heads[1]: ["Anna Berger", "Jan de Vries"],
                           heads[2]: ["Ferme du Lac", "Holzbau Meier"],
                           heads[3]: ["Ines Sales", "Tom Seller"],
                           heads[4]: ["12000.0", "4500.0"],
                           heads[5]: ["2024-03-01", "2024-04-15"],
                           heads[6]: ["Gebäude B", "2e étage"]})
        sugg = suggest_columns(df, DEFS["lead"], source_object="Leads")
        for head, target in zip(heads, want, strict=True):
            got = _top(sugg, head)
            ok = got == target or (target == "estimatedamount" and got == "estimatedvalue")
            assert ok, (lang, head, got)


def test_turnover_alone_stays_the_annual_revenue() -> None:
    """'Umsatz'/'omzet' alone is a company's turnover; only 'expected' makes it a lead's."""
    heads = ["Firmenname", "Umsatz", "Erwarteter Umsatz", "PLZ"]
    assert foreign_readings("Umsatz", heads) != foreign_readings("Erwarteter Umsatz", heads)
    assert foreign_readings("Erwarteter Umsatz", heads)[0][0] == ("expected", "revenue")
    assert foreign_readings("Jaaromzet", ["Bedrijfsnaam", "Jaaromzet"])[0][0] == (
        "annual", "revenue")


def test_a_word_glued_to_its_number() -> None:
    """'Straße2' is 'Straße 2': a word of the file's list and the number after it; a word no
    list reads stays unread, and a whole header a list holds ('E-Mail2') is read whole."""
    heads = ["Vorname", "Nachname", "Straße", "Straße2", "PLZ", "Stadt"]
    assert language_of(heads) == "de"
    assert foreign_readings("Straße2", heads)[0][0] == ("street", "2")
    assert foreign_readings("Calle2", ["Calle", "Calle2", "Ciudad", "Código postal"])[0][0] == (
        "street", "2")
    assert foreign_readings("Xyzzy2", heads) == []
    assert foreign_readings("Email2", ["Vorname", "Nachname", "Email2"])[0][0] == ("email", "2")
