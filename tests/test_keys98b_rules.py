"""Rules added after measuring keys98's held-out EspoCRM exports (issue 13; MEASUREMENTS.md,
"keys98's EspoCRM exports after tuning"), on made-up data so they run where the public data
is absent: a support case's sheet in German and Italian ('Fälle', 'Casi') and leads as
'possible customers' in Spanish; a meeting's sheet in Italian and Spanish; an activity's
dates, parent, direction and Held/Not Held/Planned in German, Italian and Spanish (and
French, Dutch, Brazilian Portuguese); a
person's title at the company, 'Nominativo', a lead's source; a contact's account linked by
the account's name whatever the language names the two columns."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.call_outcomes import CANCELED, COMPLETED, OPEN, outcome_states
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_case_and_lead_sheets_named_in_the_users_language() -> None:
    assert name_kind("Fälle")[0] == "ticket"
    assert name_kind("Casi")[0] == "ticket"
    assert name_kind("Casi aperti")[0] == "ticket"
    assert name_kind("Posibles clientes")[0] == "lead"
    for other in ("Casino", "casinos", "Waterfall"):   # no case in them
        assert name_kind(other)[0] != "ticket", other


def test_a_meetings_sheet_in_italian_spanish_french() -> None:
    for name in ("Riunioni", "Reuniones", "Réunions"):
        assert route_by_name(name) == "appointment", name
    assert route_by_name("Tâches") == "task"


def test_held_not_held_planned_in_three_languages() -> None:
    assert outcome_states(["Geplant", "Abgehalten", "Nicht durchgeführt"]) == {
        "Abgehalten": COMPLETED, "Geplant": OPEN, "Nicht durchgeführt": CANCELED}
    assert outcome_states(["Pianificata", "Effettuata", "Non Effettuata"]) == {
        "Effettuata": COMPLETED, "Non Effettuata": CANCELED, "Pianificata": OPEN}
    assert outcome_states(["Planeadas", "Celebradas", "Sin celebrar"]) == {
        "Celebradas": COMPLETED, "Planeadas": OPEN, "Sin celebrar": CANCELED}
    assert outcome_states(["Planifiée", "Tenue", "Annulée"]) == {
        "Annulée": CANCELED, "Planifiée": OPEN, "Tenue": COMPLETED}
    assert outcome_states(["Gehouden", "Niet Gehouden", "Planned"]) == {
        "Gehouden": COMPLETED, "Niet Gehouden": CANCELED, "Planned": OPEN}
    assert outcome_states(["Realizada", "Não Realizada", "Planejada"]) == {
        "Não Realizada": CANCELED, "Planejada": OPEN, "Realizada": COMPLETED}


_CALLS = {
    "de": ("Name", "Richtung", "Startdatum", "Enddatum", "Bezieht sich auf"),
    "it": ("Nome", "Direzione", "Data Inizio", "Data Fine", "Genitore"),
    "es": ("Nombre", "Dirección", "Fecha de comienzo", "Fecha de finalización", "Padre"),
}


def test_a_calls_direction_dates_and_parent() -> None:
    directions = {"de": ["Ausgehend", "Eingehend"], "it": ["Uscente", "Uscente"],
                  "es": ["Saliente", "Entrante"]}
    want = ("subject", "directioncode", "scheduledstart", "scheduledend", "regardingobjectid")
    for lang, heads in _CALLS.items():
        df = pl.DataFrame({heads[0]: ["Follow up", "Left a message"],
                           heads[1]: directions[lang],
                           heads[2]: ["2025-06-23 06:45:00", "2024-12-12 12:15:00"],
                           heads[3]: ["2025-06-23 07:15:00", "2024-12-12 12:45:00"],
                           heads[4]: ["Riviera Hotels", "J.K.M. Corp"]})
        sugg = suggest_columns(df, DEFS["phonecall"], source_object="Calls")
        for head, target in zip(heads, want, strict=True):
            assert _top(sugg, head) == target, (lang, head, _top(sugg, head))


def test_a_spanish_direccion_of_streets_stays_an_address() -> None:
    df = pl.DataFrame({"Nombre": ["Ana", "Luis"], "Apellidos": ["Ruiz", "Gil"],
                       "Dirección": ["Calle Mayor 5", "Gran Vía 12"]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="Contactos")
    assert _top(sugg, "Dirección") != "directioncode"


def test_a_persons_title_at_the_company_and_italian_names() -> None:
    for heads in (("Vorname", "Nachname", "Firmenfunktion"),
                  ("Nominativo", "Cognome", "Titolo Account"),
                  ("Nombre", "Apellidos", "Titulo de cuenta")):
        df = pl.DataFrame({heads[0]: ["Xavier", "Valentin"], heads[1]: ["Voegele", "Staley"],
                           heads[2]: ["VP Operations", "Director Operations"]})
        sugg = suggest_columns(df, DEFS["contact"], source_object="Contacts")
        assert [_top(sugg, h) for h in heads] == ["firstname", "lastname", "jobtitle"], heads


def test_italian_titolo_a_job_or_a_form_of_address_by_its_values() -> None:
    base = {"Nome": ["Anna", "Luca"], "Cognome": ["Rossi", "Bianchi"]}
    jobs = pl.DataFrame({**base, "Titolo": ["Director Sales", "IT Developer"]})
    assert _top(suggest_columns(jobs, DEFS["lead"], source_object="Leads"),
                "Titolo") == "jobtitle"
    forms = pl.DataFrame({**base, "Titolo": ["Sig.", "Dott."]})
    assert _top(suggest_columns(forms, DEFS["contact"], source_object="Contatti"),
                "Titolo") == "salutation"


def test_where_a_lead_came_from_and_a_deals_close_and_chance() -> None:
    for last, source in (("Cognome", "Provenienza"), ("Apellidos", "Toma de contacto")):
        df = pl.DataFrame({last: ["Rossi", "Ruiz"], source: ["Campagna", "Otro"]})
        assert _top(suggest_columns(df, DEFS["lead"], source_object="Leads"),
                    source) == "leadsourcecode", source
    df = pl.DataFrame({"Nombre": ["A - 1000 units", "B - 200 units"],
                       "Fecha esperada de cierre": ["2025-09-10", "2024-05-08"],
                       "Probabilidad de ganar (%)": [70, 40]})
    sugg = suggest_columns(df, DEFS["opportunity"], source_object="Oportunidades")
    assert _top(sugg, "Fecha esperada de cierre") == "estimatedclosedate"
    assert _top(sugg, "Probabilidad de ganar (%)") == "closeprobability"


def test_a_contacts_account_linked_by_the_accounts_name() -> None:
    for accounts, a_name, people, p_account in (
            ("Firmen", "Name", "Kontakte", "Firma"),
            ("Account", "Azienda", "Contatti", "Account"),
            ("Cuentas", "Nombre", "Contactos", "Cuenta")):
        orgs = pl.DataFrame({"ID": ["a1", "a2", "a3"],
                             a_name: ["Riviera Hotels", "J.K.M. Corp", "Powell Funding"],
                             "Typ": ["Kunde", "Kunde", "Kunde"]})
        persons = pl.DataFrame({"ID": ["c1", "c2", "c3", "c4"],
                                "Vorname": ["Anna", "Ben", "Cem", "Dora"],
                                "Nachname": ["Arndt", "Bauer", "Celik", "Dietz"],
                                p_account: ["Riviera Hotels", "J.K.M. Corp", "Riviera Hotels",
                                            "Powell Funding"],
                                "E-Mail": ["a@x.de", "b@y.de", "c@z.de", "d@w.de"]})
        d = discover(Export(Path("."), {accounts: orgs, people: persons}))
        links = [r for r in d.links_from(people, p_account) if r.kind == "name"]
        assert links and links[0].target_source == accounts, (accounts, people)
        assert links[0].match_rate == 1.0
