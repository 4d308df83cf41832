"""Session 33's rules: letters the fold dropped (Azerbaijani's schwa, Kazakh's own Cyrillic),
words for 'search' in more languages, names in a script the fold drops read whole, date words
that make a file an activity, and the words round D's exports taught."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.content_words import content_columns
from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import ascii_folded, col_norm, name_kind
from d365migrate.intake.lookalikes import dated
from d365migrate.intake.read import Export
from d365migrate.intake.search_names import without_search_words
from d365migrate.mapping.foreign_names import foreign_readings


def test_the_schwa_folds_as_e() -> None:
    # Azerbaijani 'Şirkət adı' reads as Turkish 'Şirket adı'; Kazakh's and Mongolian's own
    # letters are still dropped: their labels are read by the script's words
    assert ascii_folded("Şirkət adı") == "Sirket adi"
    assert col_norm("İstifadəçilər") == "istifadeciler"
    assert col_norm("Компанияның") == "kompanyiany"


def test_search_words_of_more_languages_leave_the_records_noun() -> None:
    assert without_search_words(["pencarian", "aktivita", "civicrm"]) == ["aktivita", "civicrm"]
    assert without_search_words(["civicrm", "tegevuse", "otsing"]) == ["civicrm", "tegevuse"]
    assert without_search_words(["crm", "kontaktu", "meklesana"]) == ["crm", "kontaktu"]


def test_file_names_of_round_d_name_their_kinds() -> None:
    for name, kind in (("tiket tiket", "ticket"), ("Hubungan", "contact"),
                       ("Asistencias", "ticket"), ("Зацепки", "lead"), ("События", "activity"),
                       ("Ołowiane", "lead"), ("Możliwości", "deal"), ("Wydarzenia", "activity"),
                       ("CiviCRM tegevuse otsing", "activity"),
                       ("CiviCRM kontakti otsing", "contact"),
                       ("CRM aktivitāšu meklētājs", "activity"),
                       ("Pencarian Kegiatan", "activity")):
        assert name_kind(name)[0] == kind, name
    assert name_kind("Kontinent")[0] != "contact"


def test_a_name_of_one_word_in_a_script_the_fold_drops_is_read_whole() -> None:
    # ERPNext's Arabic: 'مبادرة_البيع' (a sales initiative: its leads), 'المستعمل' (users)
    assert cjk_kind("مبادرة_البيع") == "lead"
    assert cjk_kind("المستعمل") == "user"
    assert cjk_kind("المستعمل_القديم") is None


def test_date_words_of_more_languages_say_when() -> None:
    assert dated({"tegevusekuupaev"})       # Estonian
    assert dated({"aloituspvm"})            # Finnish
    assert dated({"tanggalkegiatan"})       # Indonesian
    assert not dated({"aihe", "tila", "kuvaus"})


def test_an_activity_search_under_estonian_headers_is_activities() -> None:
    df = pl.DataFrame({"Tegevuse ID": ["1", "2", "3"],
                       "Tegevuse tüüp": ["Kohtumine", "Telefonikõne", "Kohtumine"],
                       "Pealkiri": ["a", "b", "c"],
                       "Tegevuse kuupäev": ["2019-03-18 08:24:15", "2019-06-24 04:58:51",
                                            "2019-03-19 02:11:24"],
                       "Tegevuse staatus": ["Lõpetatud", "Planeeritud", "Lõpetatud"]})
    d = discover(Export(root=Path("."), tables={"CiviCRM tegevuse otsing": df}))
    assert d.objects[0].name == "activity"


def test_swahili_person_words_make_dolibarrs_contacts_people() -> None:
    assert content_columns(["Jina la kwanza"]) == {"firstname"}
    assert content_columns(["Jina la familia"]) == {"lastname"}
    assert content_columns(["Nama awal"]) == {"firstname"}


def test_suitecrm_words_read_as_the_english_labels() -> None:
    heads = ["Myyntimahdollisuuden nimi", "Odotettu päätöspäivä", "Myyntivaihe", "Luontipvm",
             "Asiakkaan nimi", "Tila"]
    assert foreign_readings("Odotettu päätöspäivä", heads)[0][0] == (
        "expected", "close", "date")
    assert foreign_readings("Luontipvm", heads)[0][0] == ("date", "created")
    sv = ["Affärs namn", "Förväntat avslutsdatum", "Säljläge", "Frakt Gata", "Frakt Stad"]
    assert foreign_readings("Säljläge", sv)[0][0] == ("sales", "stage")
    assert foreign_readings("Frakt Gata", sv)[0][0] == ("shipping", "street")
    ja = ["商談名", "受注予定日", "請求先市区町村", "入力日"]
    assert foreign_readings("請求先市区町村", ja)[0][0] == ("billing", "city")


def test_a_japanese_search_is_named_by_its_records() -> None:
    # CiviCRM's Japanese 'アクティビティの検索' (the search of activities): the headers' '詳細'
    # (details) no longer outweigh the name
    assert cjk_kind("CiviCRM アクティビティの検索") == "activity"
    assert cjk_kind("CiviCRM 連絡先の検索") == "contact"
    assert cjk_kind("検索") is None


def test_a_second_accounts_file_naming_the_firsts_companies_is_their_people() -> None:
    from d365migrate.intake.account_people import account_people

    companies = pl.DataFrame({"Id": ["1", "5", "6"], "ชื่อ": ["Cumulo", "Yratin SA", "Ax"],
                              "เมือง": ["Arradon", "Allaire", "Arzano"]})
    people = pl.DataFrame({"รหัสที่ติดต่อ": ["10", "11", "12"],
                           "นามสกุล": ["Maréchal", "Pejat", "Roux"],
                           "E-mail": ["a@x.fr", "b@x.fr", "c@x.fr"],
                           "Id บริษัท": ["1", "5", "5"],
                           "ชื่อ บริษัท": ["Cumulo", "Yratin SA", "Yratin SA"]})
    tables = {"export_societe_1": companies, "export_societe_2": people}
    kinds = {"export_societe_1": "account", "export_societe_2": "account"}
    found = account_people(tables, kinds)
    assert list(found) == ["export_societe_2"] and found["export_societe_2"][0] == "contact"
    # a second copy of the same companies points at nothing beside its own key
    copy = companies.with_columns(pl.Series("E-mail", ["a@x.fr", "b@x.fr", "c@x.fr"]))
    assert account_people({"a": companies, "b": copy}, {"a": "account", "b": "account"}) == {}
    # an employee count that happens to be ids, a type that happens to be names: not one
    # company's id and name on a row
    odd = pl.DataFrame({"name": ["A", "B", "C"], "employees": ["5", "1", "6"],
                        "type": ["Yratin SA", "Cumulo", "Cumulo"],
                        "email": ["a@x.fr", "b@x.fr", "c@x.fr"]})
    assert account_people({"a": companies, "b": odd}, {"a": "account", "b": "account"}) == {}
    # without an e-mail address the rows may be the companies' sites, not people
    assert account_people({**tables, "export_societe_2": people.drop("E-mail")}, kinds) == {}


def test_a_number_beside_an_unread_noun_in_a_quotes_file_is_the_quotes_number() -> None:
    from d365migrate.mapping.own_numbers import own_number_column

    codes = ["0002", "0013", "0014"]
    for header in ("Číslo ponuky", "Numar Proforma", "Pakkumuse Number", "Broj ponude"):
        assert own_number_column("quote", header, codes, True, [header]) == "quotenumber"
    assert own_number_column("quote", "PO Number", codes, True, ["PO Number"]) is None
    assert own_number_column("account", "Číslo účtu", codes, True, []) is None   # a bank's
    assert own_number_column("quote", "Numar Proforma", ["a b", "c d"], True, []) is None


def test_serbian_dates_with_a_dot_after_the_year_parse() -> None:
    from d365migrate.intake.values import parse_dates

    parsed = parse_dates(pl.Series(["18.08.2026. 07:32", "19.07.2006. 19:04"]))
    assert [str(v) for v in parsed.values.to_list()] == ["2026-08-18 07:32:00",
                                                          "2006-07-19 19:04:00"]
    assert parse_dates(pl.Series(["20.08.2026."])).values.to_list()[0].day == 20


def test_leads_with_a_chance_of_being_won_and_no_email_are_deals() -> None:
    from d365migrate.intake.lead_deals import deal_columns_of_lead

    tine = ["lead_name", "leadstate_id", "start", "description", "end", "turnover",
            "probability", "end_scheduled", "CUSTOMER"]
    assert deal_columns_of_lead(tine) == ["probability", "turnover"]
    nb = ["Mulighets navn", "Mulighets fylke", "Beskrivelse", "Slutt", "Omsetning",
          "Sannsynlighet", "Forventet slutt", "Kunde"]
    assert deal_columns_of_lead(nb) is not None
    # Odoo's crm.lead keeps a probability too, beside the person's own e-mail: leads
    odoo = ["Name", "Email", "Expected Revenue", "Probability", "Expected Closing"]
    assert deal_columns_of_lead(odoo) is None
    assert deal_columns_of_lead(["Name", "Company", "Probability"]) is None
    # X2CRM's x2Leads: a person's own names beside a probability: leads
    assert deal_columns_of_lead(["firstName", "lastName", "quoteAmount", "probability",
                                 "expectedCloseDate"]) is None
