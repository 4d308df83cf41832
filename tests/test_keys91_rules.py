"""Rules added after measuring keys91's held-out exports (issue 13; MEASUREMENTS.md,
"keys91's SuiteCRM exports after tuning"), on made-up data so they run where the public data
is absent: an account's billing and shipping address written side first in French and
Portuguese ('Facturation - Ville', 'Entrega - CEP'), the account a contact or deal belongs to
('Nom du compte', 'Relatie', 'Nome da Conta'), a deal ('affaire') and its sales phase, an
activity's dates and direction in Dutch and Portuguese, and a note's Notes and related-to
id."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.foreign_names import foreign_readings, language_of
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

#: an account's name, then billing street, city, postal code, then shipping city, country
_ACCOUNTS = {
    "fr": ("Nom", "Facturation - Rue", "Facturation - Ville", "Facturation - Code Postal",
           "Livraison - Ville", "Livraison - Pays"),
    "pt": ("Nome", "Faturamento - Rua", "Faturamento - Cidade", "Faturamento - CEP",
           "Entrega - Cidade", "Entrega - País"),
}


def test_an_address_side_written_before_its_part() -> None:
    want = ("name", "address1_line1", "address1_city", "address1_postalcode", "address2_city",
            "address2_country")
    for lang, heads in _ACCOUNTS.items():
        df = pl.DataFrame({heads[0]: ["Ferme du Lac", "Holzbau Meier"],
                           heads[1]: ["12 rue des Lilas", "Rua Augusta 40"],
                           heads[2]: ["Lyon", "Lisboa"],
                           heads[3]: ["69001", "1100-053"],
                           heads[4]: ["Lyon", "Porto"],
                           heads[5]: ["France", "Portugal"]})
        sugg = suggest_columns(df, DEFS["account"], source_object="Accounts")
        for head, target in zip(heads, want, strict=True):
            assert _top(sugg, head) == target, (lang, head, _top(sugg, head))


def test_the_account_a_contact_belongs_to() -> None:
    for first, last, account in (("Prénom", "Nom de famille", "Nom du compte"),
                                 ("Voornaam", "Achternaam", "Relatie"),
                                 ("Primeiro Nome", "Último Nome", "Nome da Conta")):
        df = pl.DataFrame({first: ["Anna", "Jan"], last: ["Berger", "de Vries"],
                           account: ["Ferme du Lac", "Holzbau Meier"]})
        sugg = suggest_columns(df, DEFS["contact"], source_object="Contacts")
        assert (_top(sugg, first), _top(sugg, last), _top(sugg, account)) == (
            "firstname", "lastname", "parentcustomerid"), (first, last, account)


def test_a_deal_and_its_sales_phase_in_french() -> None:
    heads = ["Nom de l'Affaire", "Montant de l'Affaire", "Phase de vente", "Nom du compte"]
    assert language_of(heads) == "fr"
    assert foreign_readings("Nom de l'Affaire", heads)[0][0] == ("opportunity", "name")
    assert foreign_readings("Phase de vente", heads)[0][0] == ("sales", "stage")
    assert foreign_readings("Nom du compte", heads)[0][0] == ("account", "name")


def test_an_activitys_dates_and_direction_in_dutch_and_portuguese() -> None:
    nl = ["Onderwerp", "Richting", "Start datum en tijd", "Einddatum", "Verkoopstadium"]
    assert language_of(nl) == "nl"
    assert foreign_readings("Richting", nl)[0][0] == ("direction",)
    assert foreign_readings("Start datum en tijd", nl)[0][0] == ("start", "date")
    assert foreign_readings("Einddatum", nl)[0][0] == ("end", "date")
    assert foreign_readings("Verkoopstadium", nl)[0][0] == ("sales", "stage")
    # a Brazilian call's labels, whose many 'Data de ...' would tie with Italian's 'data'
    # were the subject, duration, assignee and deleted flag not read as Portuguese too
    pt = ["Assunto", "Direção", "Data de Início", "Data de conclusão", "Duração (horas)",
          "Duração (minutos)", "Atribuído ao Usuário", "Excluído", "Data de Criação"]
    assert language_of(pt) == "pt"
    assert foreign_readings("Data de Início", pt)[0][0] == ("start", "date")
    assert foreign_readings("Data de conclusão", pt)[0][0] == ("end", "date")


def test_a_notes_text_and_the_record_it_is_on() -> None:
    df = pl.DataFrame({"Subject": ["Met at a fair", "Call notes"],
                       "Notes": ["Wants a partner programme.", "Follow up in three days."],
                       "Related to ID": ["ed32383d-05dc-5d31-6af0-c2a8f3099446",
                                         "0f34b25c-30bf-02c8-b91c-15190fcaeb75"]})
    sugg = suggest_columns(df, DEFS["annotation"], source_object="Notes")
    assert (_top(sugg, "Notes"), _top(sugg, "Related to ID")) == ("notetext", "objectid")
    # an activity's 'related to' is still the record it regards
    calls = pl.DataFrame({"Subject": ["Left a message", "Bad time"],
                          "Related to ID": ["ed32383d-05dc-5d31-6af0-c2a8f3099446",
                                            "0f34b25c-30bf-02c8-b91c-15190fcaeb75"]})
    sugg = suggest_columns(calls, DEFS["phonecall"], source_object="Calls")
    assert _top(sugg, "Related to ID") == "regardingobjectid"
