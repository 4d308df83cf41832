"""Rules added after measuring keys60's held-out exports (issue 13), on made-up data so they
run where the public data is absent: a file named by a translated label and then a program's
technical name ('ContattoOpportunità (crm.lead)') is what the technical name says; a stages
file's 'Nome fase' / 'Nazwa etapu' / 'Nome do estágio' is the stage's name; Polish column
words; a lead's person named whole in another language ('Nome contatto', 'Nazwa kontaktu')
and, beside it, the column named for the opportunity the lead may become is its topic."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_technical_model_name_after_a_translated_label_names_the_file() -> None:
    assert name_kind("ContattoOpportunità (crm.lead)") == ("lead", "exact")
    assert name_kind("Etapy CRM (crm.stage)") == ("pipeline", "exact")
    # a label that names its kind plainly keeps it; a bracket of no technical name says nothing
    assert name_kind("Contact (res.partner)") == ("contact", "exact")
    assert name_kind("Contatti (2)")[0] == "contact"


def test_a_stage_name_in_three_more_languages() -> None:
    for head in ("Nome fase", "Nazwa etapu", "Nome do estágio"):
        assert "stagename" in content_columns(["ID", head, "Sequenza"]), head


_PL = ["Szansa", "Nazwa kontaktu", "Nazwa firmy", "Stanowisko pracy", "Ulica", "Kod pocztowy",
       "Miasto", "Kraj", "Sprzedawca", "Spodziewany przychód", "Spodziewane zamknięcie"]


def test_polish_column_words() -> None:
    assert language_of(_PL) == "pl"
    read = {h: foreign_readings(h, _PL)[0][0] for h in _PL}
    assert read["Kod pocztowy"] == ("postal", "code")
    assert read["Miasto"] == ("city",) and read["Kraj"] == ("country",)
    assert read["Spodziewane zamknięcie"] == ("expected", "close", "date")
    # words German shares ('Telefon', 'Firma', 'Region') are no evidence of Polish
    assert language_of(["Vorname", "Nachname", "Telefon", "Firma", "Region"]) == "de"


def test_a_leads_person_named_whole_and_its_topic_in_another_language() -> None:
    for topic, person, company in (("Opportunità", "Nome contatto", "Nome azienda"),
                                   ("Szansa", "Nazwa kontaktu", "Nazwa firmy"),
                                   ("Oportunidade", "Nome do contato", "Nome da empresa")):
        df = pl.DataFrame({topic: ["Design Software", "Pricing for 25 desks"],
                           person: ["Marc Dufour", "John Miller"],
                           company: ["The Oil Company", "The Kompany"]})
        sugg = suggest_columns(df, DEFS["lead"], source_object="Leads")
        assert _top(sugg, topic) == "subject", topic
        assert _top(sugg, person) == "lastname", person
        assert _top(sugg, company) == "companyname", company
