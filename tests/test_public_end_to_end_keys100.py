"""keys100's public exports run end to end from their parameters files, decisions only
(issue 13): CiviCRM's generated sample data as CiviCRM 5.21's Export writes a contact, a
contribution and an activity search for a French, German or Dutch user (keys100) and a
Spanish, Italian or Brazilian Portuguese user (keys105), held out in thirty-six more
languages (keys161, keys168, keys175, keys184, keys201, keys213, keys223) and in Canadian
French (keys242) (files named and
columns headed with CiviCRM's own translations), values as stored. Same harness as
tests/test_public_end_to_end.py. After tuning (MEASUREMENTS.md, keys100): the people load
as contacts with their consent flags, name parts and primary e-mail, phone and address; the
contributions and the activities stay in the source, each with its reason. Since session 26
the organisations and households of the contact search load as accounts and each person is
linked to her employer, as the English export's run does (test_public_end_to_end_keys13):
the type of contact is read by its values (CiviCRM keeps 'Individual', 'Organization',
'Household' as stored whatever the language of the headers)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    inventory_files,
    run_public,
    verified_columns,
)

#: the columns keys105's languages load (the person's names, consent flags, primary contacts)
LOADED = {"firstname", "middlename", "lastname", "salutation", "suffix", "gendercode",
          "birthdate", "donotemail", "donotphone", "donotbulkemail", "emailaddress1",
          "telephone1", "address1_line1", "address1_city", "address1_postalcode",
          "overriddencreatedon"}
CASES = {  # export: (contact file, contribution file, activity file, contacts' columns loaded)
    # (the nickname, 'Surnom', empty, read since session 42's French words: keys 'nickname')
    "civicrm-export-fr": ("Recherche de contacts CiviCRM", "Recherche de contribution CiviCRM",
                          "Recherche d'activités CiviCRM",
                          {"firstname", "middlename", "lastname", "salutation", "suffix",
                           "nickname",
                           "gendercode", "birthdate", "jobtitle", "donotemail", "donotphone",
                           "donotbulkemail", "emailaddress1", "telephone1", "address1_line1",
                           "address1_city", "address1_postalcode", "overriddencreatedon"}),
    "civicrm-export-de": ("CiviCRM-Kontaktsuche", "CiviCRM Zuwendungs Suche",
                          "CiviCRM Aktivität Suchen",
                          # 'Keine Massen-E-Mails (User Opt out)': read past its bracket
                          # since keys105; its creation date since session 26's German
                          # words (X2CRM's 'Erstelldatum')
                          {"firstname", "middlename", "lastname", "salutation", "gendercode",
                           "birthdate", "jobtitle", "donotemail", "donotphone",
                           "donotbulkemail", "emailaddress1", "telephone1", "address1_line1",
                           "address1_city", "address1_postalcode", "overriddencreatedon"}),
    "civicrm-export-nl": ("CiviCRM contact zoeken", "CiviCRM bijdrage zoeken",
                          "CiviCRM activiteiten zoeken",
                          # its creation date since session 27's Dutch words
                          {"firstname", "middlename", "lastname", "salutation", "suffix",
                           "gendercode", "birthdate", "jobtitle", "donotemail", "donotphone",
                           "donotbulkemail", "emailaddress1", "telephone1", "address1_line1",
                           "address1_city", "address1_postalcode", "overriddencreatedon"}),
    # keys105's: the same data for a Spanish, Italian or Brazilian Portuguese user (the
    # Italian 'Titolo lavorativo', an empty job title, is left unmapped)
    # (the Spanish nickname, 'Apodo', empty, read since session 42's words)
    "civicrm-export-es": ("Buscar contacto CiviCRM", "Buscar contribución CiviCRM",
                          "Buscador de Actividades de CiviCRM",
                          LOADED | {"jobtitle", "nickname"}),
    "civicrm-export-it": ("Ricerca Contatto CiviCRM", "Ricerca contributi di CiviCRM",
                          "Ricerca Attività CiviCrm", LOADED),
    "civicrm-export-pt": ("Busca de Contatos no CiviCRM", "Pesquisar Contribuições no CiviCRM",
                          "Busca de Atividades do CiviCRM", LOADED | {"jobtitle"}),
    # keys242's (session 38, round K, held out; engine 6cdad8ae): Canadian French, its own
    # catalog (the file names are French's); split and linked as French, less the job title
    # ('Profession', empty, unread). Its middle name ('Deuxième nom') and bulk-mail flag
    # ("Pas d'envois massifs (\"opt-out\" par l'utilisateur).") unread when held out, read
    # since session 39 (in-sample)
    # (its nickname 'Surnom' and job title 'Profession', both empty, read since session 42)
    "civicrm-export-fr-ca": ("Recherche de contacts CiviCRM", "Recherche de contribution CiviCRM",
                             "Recherche d'activités CiviCRM", LOADED | {"jobtitle", "nickname"}),
}


#: the columns every language's organisations and households load with (more where the
#: language's words say them: the SIC code, the parent the employer column gives)
ACCOUNT = {"name", "emailaddress1", "telephone1", "address1_line1", "address1_city",
           "address1_postalcode", "donotemail", "donotphone"}
#: the contact type and the employer (an organisation's contact id) of each language
TYPE_AND_EMPLOYER = {
    "civicrm-export-fr": ("Type de contact", "Employeur actuel", "Identifiant de contact"),
    "civicrm-export-de": ("Kontaktart", "Arbeitgeber", "CiviCRM ID"),
    "civicrm-export-nl": ("Contacttype", "Huidige werkgever", "Contactnummer"),
    "civicrm-export-es": ("Tipo de contacto", "Empresa actual", "Identificador del contacto"),
    "civicrm-export-it": ("Tipologia Contatto", "Organizzazione o datore di lavoro",
                          "ID Contatto"),
    "civicrm-export-pt": ("Tipo de Contato", "Empregador Atual", "ID do Contato"),
    "civicrm-export-fr-ca": ("Type de contact", "Employeur actuel", "ID de contact"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_civicrm_translated_contact_search(name: str, tmp_path: Path) -> None:
    """The 201 contacts: the 41 organisations and households load as accounts, the 144
    people with a last name as contacts, read back whole, each linked to her employer; the
    16 people without one are held back with that reason. The contributions and activities
    stay in the source, each listed with its reason."""
    contacts, contributions, activities, loaded = CASES[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["failed"])
            for k, o in out.items()} == {"account": (41, 41, 0, 0), "contact": (160, 144, 16, 0)}
    columns = verified_columns(run_dir)
    assert set(columns["contact"]) - {"parentcustomerid", "company"} == loaded \
        | MAIL_SINCE_56[name]
    assert set(columns["account"]) >= ACCOUNT
    assert all(n == 0 for t in ("account", "contact") for n in columns[t].values())
    held = pl.read_csv(run_dir / "quarantine" / "contact.csv")
    assert held.height == 16
    # each person naming an organisation of the file (its contact id) is linked to that
    # account, read back and compared: 14, as in the English export's run
    folder = _export_dir(name)
    assert folder is not None
    kind, employer, key = TYPE_AND_EMPLOYER[name]
    source = pl.read_csv(folder / f"{contacts}.csv", infer_schema=False)
    organisations = source.filter(pl.col(kind) == "Organization")[key]
    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    naming = source.filter(pl.col(key).is_in(staged["__source_id"].implode())
                           & pl.col(employer).is_in(organisations.implode()))
    assert naming.height == 14
    assert staged["__ref__parentcustomerid_account"].drop_nulls().len() == 14
    assert columns["contact"]["parentcustomerid"] == 0
    assert out["contact"]["unresolved_lookups"] == 0
    # the file's own key ('ID Contatto', 'ID do Contato': the id word first) is the record's
    # id, no link of an account to a contact: no link is counted as left behind
    assert not any(n for t in ("account", "contact")
                   for n in (out[t].get("links_left") or {}).values())
    files = inventory_files(run_dir)
    assert files[contacts]["migrated"]
    for file in (contributions, activities):
        assert not files[file]["migrated"] and files[file]["reason"], file
    # the activity search is found as activities by its name (the word for 'search',
    # 'Recherche', 'Buscador', 'Ricerca', 'Busca', says nothing), and left out as a kind this
    # run does not load
    assert "a kind of record this run does not load" in files[activities]["reason"]
    assert any(why in files[contributions]["reason"] for why in (
        "could not tell which kind", "donations received"))   # named so since session 51


#: keys161's held-out languages (session 30, no tuning): export -> (contact, contribution,
#: activity file, the contacts' columns loaded; None where no file is named)
# (the column sets are the session-31 final engine's: birth dates and middle initials read by
# their values, genders and more by the broader harvest; the per-language comments below say
# what their first runs left, some since read)
HELD_OUT = {
    "civicrm-export-pl": ("Wyszukiwarka kontaktów CiviCRM", "Wyszukiwarka dotacji CiviCRM",
                          "Wyszukiwanie interakcji",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotphone", "emailaddress1", "firstname", "gendercode", "jobtitle",
                           "lastname", "middlename", "overriddencreatedon", "suffix",
                           "telephone1"}),
    # Czech: the contact search named since session 31 (its headers read through the map's
    # vocabulary), not split ('Druh kontaktu' unread)
    "civicrm-export-cs": ("Hledání v kontaktech CiviCRM", "CiviCRM Contribution Search",
                          "Hledání CiviCRM činností",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotphone", "emailaddress1", "firstname", "gendercode", "jobtitle",
                           "lastname", "nickname", "overriddencreatedon", "telephone1"}),
    "civicrm-export-hu": ("CiviCRM kapcsolat keresés", "CiviCRM adomány keresés",
                          "CiviCRM tevékenység kereső",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "jobtitle", "lastname",
                           "middlename", "overriddencreatedon", "telephone1"}),
    # 'Postadress' (the translators' City) unread
    "civicrm-export-sv": ("CiviCRM kontaktsökning", "CiviCRMs Inbetalningssökning",
                          "CiviCRM åtgärdssökning",
                          # 'Postadress' (the translators' City) read by its values, a
                          # place's names between the street and the postal code (session 36)
                          {"address1_city", "address1_line1", "address1_postalcode",
                           "birthdate", "emailaddress1", "firstname", "gendercode", "jobtitle",
                           "lastname", "middlename", "overriddencreatedon", "telephone1"}),
    # 'Почтовый адрес' (the translators' Street Address, "postal address") loads as the
    # second address line
    "civicrm-export-ru": ("Поиск контактов CiviCRM", "Поиск взносов CiviCRM",
                          "Поиск действий CiviCRM",
                          {"firstname", "middlename", "lastname", "gendercode", "birthdate",
                           "jobtitle", "donotphone", "emailaddress1", "telephone1",
                           "address2_line1", "address1_city", "address1_postalcode",
                           "overriddencreatedon"}),
    # keys168's held-out languages (session 31, no tuning). Danish: 'Organisationens navn'
    # (the employer's name) is read as the parent, matches no record loaded and is left
    # unlinked (14 links counted as left); the street 'Gadenavn' read since session 32
    "civicrm-export-da": ("CiviCRM Kontakt Søgning", "CiviCRM-søgning i bidrag",
                          "CiviCRM aktivitets-søgning",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotphone", "emailaddress1", "firstname", "gendercode", "jobtitle",
                           "lastname", "middlename", "telephone1"}),
    # Finnish: no job title; the do-not-phone flag and the created date read since session 35
    "civicrm-export-fi": ("CiviCRM kontaktien haku", "CiviCRM-maksujen haku",
                          "Haku CiviCRM toiminnoista",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotphone", "emailaddress1", "firstname", "gendercode", "lastname",
                           "overriddencreatedon", "telephone1"}),
    # Japanese, Chinese: the contact search named by its headers ('連絡先ID', '联系人ID'), the
    # activity search too (session 31), so people load; Japanese decides its last name
    # ('ラストネーム', katakana no list reads), Chinese has no gender ('性别' unread)
    "civicrm-export-ja": ("CiviCRM 連絡先検索", "CiviCRM 支援検索", "CiviCRM アクティビティの検索",
                          {"firstname", "middlename", "lastname", "gendercode", "birthdate",
                           "emailaddress1", "telephone1", "address1_postalcode",
                           "overriddencreatedon"}),
    "civicrm-export-zh-cn": ("CiviCRM 联系人搜索", "CiviCRM 捐赠搜索", "CiviCRM活动搜索",
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "birthdate", "emailaddress1", "firstname", "gendercode", "jobtitle",
                              "lastname", "middlename", "overriddencreatedon", "telephone1"}),
    # Catalan: the contact search named by its headers (session 31), not split; no gender
    "civicrm-export-ca": ("Cerca de contacte CiviCRM", "CiviCRM cerca de contribució",
                          "Cercador d'activitats CiviCRM",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "jobtitle", "lastname",
                           "middlename", "overriddencreatedon", "telephone1"}),
    # keys175's held-out languages (session 31, no tuning). Norwegian: 'Bildeadresse (URL)'
    # (the picture) is refused as the web site by a decision; the gender ('Kjønn') and the job
    # title read since session 33, the gender decided as the siblings decide it; its 'Ikke
    # ring' (do not call) and created date ('Opprettet dato') read since session 38
    "civicrm-export-nb": ("CiviCRM Kontaktsøk", "CiviCRM gavesøk", "Søk CiviCRM Aktivitet",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotphone", "emailaddress1", "firstname", "gendercode", "jobtitle",
                           "lastname", "middlename", "overriddencreatedon", "telephone1"}),
    "civicrm-export-tr": ("CiviCRM Kişi Arama", "CiviCRM Katkı Arama", "CiviCRM İşlem Araması",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "lastname", "middlename",
                           "overriddencreatedon", "telephone1"}),
    "civicrm-export-el": ("Αναζήτηση Επαφών", "CiviCRM Contribution Search",
                          "Αναζήτηση δραστηριότητας CiviCRM ",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "lastname",
                           "overriddencreatedon", "telephone1"}),
    # Hebrew: no gender ('מגדר' unread)
    "civicrm-export-he": ("חיפוש אנשי קשר", "CiviCRM Contribution Search", "חיפוש פעילויות",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "jobtitle", "lastname", "middlename",
                           "telephone1",
                           "gendercode"}),   # 'מגדר' read since session 34's harvest
    # keys184's held-out languages (session 32, no tuning). Indonesian decides its last name
    # ('Nama Akhir' unread) and its street ('Alamat Jalan'; the run's map gave the street to
    # 'Alamat', the addressee); no created date. Since session 56 the map also gives the street
    # to address 3 (now served): refused by decision, the street is address 1's alone
    "civicrm-export-id": ("CiviCRM Pencarian Kontak", "Pencarian Sumbangan CiviCRM",
                          "Pencarian Aktivitas CiviCRM",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "lastname", "middlename",
                           "telephone1"}),
    # Slovenian: the bulk e-mail flag, left in English, read; the middle name ('Drugo ime')
    # read since session 33
    "civicrm-export-sl": ("CiviCRM iskanje stikov", "CiviCRM Contribution Search",
                          "CiviCRM Activity Search",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "emailaddress1", "firstname", "gendercode",
                           "lastname", "middlename", "telephone1"}),
    # Estonian: discovery named none of the three files held out; since session 33 the
    # contact search ('kontakti', a contact's) and the activity search ('tegevuse', an
    # activity's) are named, and the people load with their street, town, middle name and
    # nickname (no created date); the job title ('Ametinimetus') since session 38
    "civicrm-export-et": ("CiviCRM kontakti otsing", "CiviCRM Contribution Search",
                          "CiviCRM tegevuse otsing",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "emailaddress1", "firstname", "gendercode", "jobtitle", "lastname",
                           "middlename", "nickname", "telephone1"}),
    # Latvian: the street ('Ielas adrese') read since session 33
    "civicrm-export-lv": ("CRM kontaktu meklēšana", "CiviCRM Contribution Search",
                          "CRM aktivitāšu meklētājs",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "emailaddress1", "firstname", "gendercode",
                           "lastname", "middlename", "overriddencreatedon", "telephone1"}),
    # keys201's held-out languages (session 33), tuned on in session 34: the consent flags,
    # prefix and suffix (decided as the siblings' option labels), street and middle name now
    # read. Arabic decides its last name ('الشهرة' was unread); its activity and contribution
    # searches' file names begin and end with a space, as the translators wrote them
    "civicrm-export-ar": ("بحث جهات اتصال CiviCRM", "بحث عن طريقة المساهمة في CiviCRM ",
                          " CiviCRM بحث أنشطة",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename",
                           "overriddencreatedon", "salutation", "suffix", "telephone1"}),
    # Persian: CiviCRM spelled out in the file names ("the customer relationship management
    # system"); the contact search named, the activity search not
    "civicrm-export-fa": ("جستجوی مخاطب در سامانه مدیریت ارتباط با مشتری",
                          "جستجوی مشارکت در سامانه مدیریت ارتباط با مشتری",
                          "جستجوی فعالیتهای  مدیریت روابط مشتری درجهت ذخیره اطلاعات مشتری و"
                          " مصرف کننده مانند راه های تماس ؛شانس فروش در یک منطقه خاص",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename",
                           "overriddencreatedon", "salutation", "suffix", "telephone1"}),
    # Korean: the untranslated 'Nickname' (empty) read as the nickname
    "civicrm-export-ko": ("CiviCRM 연락처 검색", "CiviCRM 기여 검색", "CiviCRM 활동 검색",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename",
                           "jobtitle", "nickname", "overriddencreatedon", "salutation", "suffix",
                           "telephone1"}),
    "civicrm-export-mk": ("CiviCRM пребарување на контакт", "Пребарување на CiviCRM донации",
                          "Пребарување на CiviCRM активности",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename",
                           "jobtitle", "salutation", "suffix", "telephone1"}),
    # Serbian: the contact search named since session 34 ('kontakata', contacts' genitive)
    "civicrm-export-sr": ("Pretraga CiviCRM kontakata", "Pretraga CiviCRM donacija",
                          "Pretraga CiviCRM aktivnosti",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename",
                           "jobtitle", "overriddencreatedon", "salutation", "suffix",
                           "telephone1"}),
    # keys213's held-out languages (session 34, round G, held out then; in-sample since session
    # 35, whose words read the first name, the street, prefix, suffix and consent flags of hi, hy,
    # zh-tw, bg and sk). Hindi: the files named 'सिवीकेस ...' (the translators' "CiviCase")
    "civicrm-export-hi": ("सिवीकेस संपर्क खोज", "CiviCRM Contribution Search", "सिवीकेस गतिविधि खोज",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename", "nickname",
                           "salutation", "suffix", "telephone1"}),
    # Armenian: the activity search named since session 35 (not migrated: no task asked for)
    "civicrm-export-hy": ("CiviCRM կոնտակտի որոնում", "CiviCRM ներդրումների որոնում",
                          "CiviCRM գործողության որոնում",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename", "salutation",
                           "suffix", "telephone1"}),
    # Traditional Chinese: the activity search ('任務搜尋', "task search") named since session 35
    # (not migrated: no task asked for)
    "civicrm-export-zh-tw": ("CiviCRM 聯絡人搜尋", "CiviCRM 捐款搜尋", "CiviCRM 任務搜尋",
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "birthdate", "donotbulkemail", "donotemail", "donotphone",
                              "emailaddress1", "firstname", "gendercode", "jobtitle", "lastname",
                              "middlename", "overriddencreatedon", "salutation", "suffix",
                              "telephone1"}),
    # Bulgarian: the consent flags left in English, read; the street read since session 35;
    # the activity search's file name ends in a space, as the translators wrote it
    "civicrm-export-bg": ("CiviCRM търсене на контакт", "CiviCRM Contribution Search",
                          "Търсене на дейност в ",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "jobtitle", "lastname", "middlename",
                           "nickname", "overriddencreatedon", "salutation", "suffix",
                           "telephone1"}),
    # keys223's held-out languages (session 35, round H, no tuning; engine 750dce03). Romanian:
    # the type of contact ('Tip contact') not read; of the consent flags only the bulk one (left
    # in English) read; no middle name ('Prenume 2', the translators' "first name 2", unread);
    # the mobile phone read on the final engine of session 35. Session 36's words (vocab36,
    # in-sample): the consent flags and the middle name read; 'Fără telefon' (do not phone),
    # a flag of 0 and 1 that loaded as the mobile number before, is the flag now
    "civicrm-export-ro": ("Căutare Contacte CiviCRM", "CiviCRM Contribution Search",
                          "CiviCRM Activity Search",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename", "nickname",
                           "overriddencreatedon", "salutation", "suffix", "telephone1"}),
    # Lithuanian: the consent flags left in English, read; no middle name ('Antras vardas'
    # unread); the image URL ('Nuotraukos adresas (URL)', empty) read as the web site; the
    # middle name read since session 36's words
    "civicrm-export-lt": ("CiviCRM Contact Search", "CiviCRM Contribution Search",
                          "CiviCRM veiklų paieška",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "lastname", "middlename", "nickname",
                           "overriddencreatedon", "salutation", "suffix", "telephone1",
                           "websiteurl"}),
    # Khmer: the last name decided ('គោត្តនាម', unread: without it the map cannot be
    # confirmed); no do-not-phone or do-not-mail flag (Khmer, unread)
    "civicrm-export-km": ("CiviCRM Contact Search", "CiviCRM Contribution Search",
                          "CiviCRM Activity Search",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "emailaddress1", "firstname",
                           "gendercode", "lastname", "middlename", "nickname",
                           "overriddencreatedon", "salutation", "suffix", "telephone1"}),
}
#: Ukrainian (keys175): the type of contact ('Тип контакту') is read, so the contact search is
#: split: the 41 organisations and households load as accounts, the 144 people with a last
#: name as contacts (16 held back); no employer link ('Поточний роботодавець' unread);
#: 'Поштова адреса' (the translators' Street Address, "postal address") loads as the second
#: address line, as in Russian; 'Стать' (the gender), read as the country, refused by decision
SPLIT = {
    "civicrm-export-uk": ("CiviCRM Пошук контакту ", "CiviCRM пошук внесків",
                          "CiviCRM Пошук діяльності",
                          {"firstname", "middlename", "lastname", "birthdate", "jobtitle",
                           "donotphone", "emailaddress1", "telephone1", "address2_line1",
                           "address1_city", "overriddencreatedon",
                           "address1_postalcode"},   # read since session 34's harvest
                          {"name", "sic", "donotphone", "emailaddress1", "telephone1",
                           "address2_line1", "address1_city", "overriddencreatedon",
                           "address1_postalcode"}),
    # keys213's (session 34, round G, no tuning). Slovak: the type of contact ('Typ kontaktu')
    # read; the street decided ('Ulica a č. domu': the map gave it 'Adresa', the addressee);
    # its copy in address 3 (proposed since session 56, when it is served) refused by decision
    "civicrm-export-sk": ("Vyhľadávanie CiviCRM kontaktov", "CiviCRM Contribution Search",
                          "CiviCRM Activity Search",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "jobtitle", "lastname", "middlename",
                           "overriddencreatedon", "salutation", "suffix", "telephone1"},
                          {"address1_city", "address1_line1", "address1_postalcode",
                           "donotemail", "donotphone", "emailaddress1", "name",
                           "overriddencreatedon", "telephone1"}),
    # Vietnamese: the type of contact left in English ('Contact Type'), read; first and last
    # name decided ('Họ', the translators' First Name, was read as the last name); the
    # activity search, its English name kept, not named
    "civicrm-export-vi": ("CiviCRM Contact Search", "CiviCRM Contribution Search",
                          "CiviCRM Activity Search",
                          {"address1_city", "address1_line1", "address1_postalcode", "birthdate",
                           "donotbulkemail", "donotemail", "donotphone", "emailaddress1",
                           "firstname", "gendercode", "jobtitle", "lastname", "middlename",
                           "nickname", "overriddencreatedon", "telephone1"},
                          {"address1_city", "address1_line1", "address1_postalcode",
                           "donotemail", "donotphone", "emailaddress1", "name",
                           "overriddencreatedon", "sic", "telephone1"}),
    # keys223's (session 35, round H, no tuning; engine 750dce03). Mexican Spanish: the type of
    # contact ('Tipo de Contacto') read; no employer link ('Empleador actual' unread on people;
    # on organisations and households, empty, it is read as the parent account)
    "civicrm-export-es-mx": ("Búsqueda de Contacto CiviCRM", "Busqueda de Contribución CiviCRM",
                             "Buscador de actividades de CiviCRM",
                             # (the bulk-mail flag read since session 36's words)
                             # (its nickname 'Apodo', empty, since session 42's words)
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "birthdate", "donotbulkemail", "donotemail", "donotphone",
                              "emailaddress1", "firstname", "gendercode", "jobtitle",
                              "lastname", "middlename", "nickname", "overriddencreatedon",
                              "salutation", "suffix", "telephone1"},
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "donotemail", "donotphone", "emailaddress1", "name",
                              "overriddencreatedon", "parentaccountid", "sic", "telephone1"}),
    # Swiss German: the type of contact ('Kontakttyp') read; the prefix decided ('Individueller
    # Prefix': the map gave the salutation to 'Brief Anrede', the postal greeting); no consent
    # flags ('Bitte keine E-Mail'... unread), no suffix, no employer link
    "civicrm-export-de-ch": ("CiviCRM Kontakt Suche", "CiviCRM Contribution Search",
                             "CiviCRM Activity Search",
                             # (the consent flags and the suffix read since session 36's words)
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "birthdate", "donotbulkemail", "donotemail", "donotphone",
                              "emailaddress1", "firstname", "gendercode", "lastname",
                              "middlename", "nickname", "overriddencreatedon", "salutation",
                              "suffix", "telephone1"},
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "donotemail", "donotphone", "emailaddress1", "name",
                              "overriddencreatedon", "parentaccountid", "sic", "telephone1"}),
    # European Portuguese: the type of contact ('Tipo de contacto') read; the last name decided
    # (the translators head Nickname and Last Name 'Apelido': the map took the first, empty);
    # no owner column ('Nome de utilizador', the display name, was read as the owner: every
    # record takes the fallback owner); no prefix ('Prefixo' unread), no employer link
    "civicrm-export-pt-pt": ("Pesquisa de contactos CiviCRM", "Pesquisar Contribuições no CiviCRM",
                             "Procura de actividades do CiviCRM",
                             # (the bulk-mail flag read since session 36's words)
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "birthdate", "donotbulkemail", "donotemail", "donotphone",
                              "emailaddress1", "firstname", "gendercode", "lastname",
                              "middlename", "overriddencreatedon", "suffix", "telephone1"},
                             {"address1_city", "address1_line1", "address1_postalcode",
                              "donotemail", "donotphone", "emailaddress1", "name",
                              "overriddencreatedon", "parentaccountid", "sic", "telephone1"}),
}

#: The 'do not' flags read since session 39 (mapping/negated_channels.py: a negation and a
#: channel, in any language: 'Nie wysyłać e-maili', 'Ring inte', 'לא להתקשר'), each read back
#: whole: what each language's contacts load beyond the sets above (their engines left the
#: flags unread)
#: Read since session 43's words and rules: Catalan's 'Prefix de la persona' and 'Sufix
#: de la persona' (CiviCRM's option ids, 1-4), the salutation and suffix, as the key says.
READ_SINCE_43 = {"civicrm-export-ca": {"salutation", "suffix"}}
#: Read since session 50: the contact's company, verified (Spanish and Swiss German: the
#: current employer before the organisation's name; European Portuguese: 'Nome da
#: Organização', which CiviCRM fills with a person's employer's name, its 'Título
#: profissional' the job title).
READ_SINCE_50 = {"civicrm-export-es-mx": {"parentcustomerid"},
                 "civicrm-export-de-ch": {"parentcustomerid"},
                 "civicrm-export-pt-pt": {"parentcustomerid", "jobtitle"}}
#: Read since session 51: CiviCRM's 'External Identifier' as the contact's External User
#: Identifier (the emulator's contact carries it since then, as Microsoft's does), in the
#: languages whose header the map reads so.
READ_SINCE_51 = {name: {"externaluseridentifier"} for name in (
    "civicrm-export-hi", "civicrm-export-bg", "civicrm-export-lt", "civicrm-export-km",
    "civicrm-export-vi", "civicrm-export-de-ch")}
#: Read since session 56: CiviCRM's 'Do Not Mail' (its sixth column, in each language's words:
#: 'Ne pas envoyer de courrier', 'Nicht anschreiben', 'Nie pisać listów'; every value 0) as
#: Do not allow Mails (donotpostalmail), the documented column the emulator's contact and
#: account serve since then; and on the organisations and households the bulk-mail opt-out
#: (column 9, donotbulkemail), which the account now serves too. Ukrainian and Traditional
#: Chinese head 'Do Not Mail' as they head 'Do Not Email' ('Не надсилати електронну пошту',
#: '不要寄電子郵件'): unread there, as an analyst would leave it.
MAIL_SINCE_56 = {name: {"donotpostalmail"} for name in (*CASES, *HELD_OUT, *SPLIT)
                 if name not in ("civicrm-export-uk", "civicrm-export-zh-tw")}
ACCOUNT_SINCE_56 = {name: {"donotbulkemail"} | MAIL_SINCE_56.get(name, set()) for name in SPLIT}
FLAGS_SINCE_39 = {
    "civicrm-export-pl": {"donotbulkemail", "donotemail"},
    "civicrm-export-cs": {"donotbulkemail", "donotemail"},
    "civicrm-export-hu": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-sv": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-ru": {"donotbulkemail", "donotemail"},
    "civicrm-export-da": {"donotbulkemail", "donotemail"},
    "civicrm-export-fi": {"donotbulkemail", "donotemail"},
    "civicrm-export-ja": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-zh-cn": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-ca": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-nb": {"donotbulkemail", "donotemail"},
    "civicrm-export-tr": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-el": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-he": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-id": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-sl": {"donotemail", "donotphone"},
    "civicrm-export-et": {"donotbulkemail", "donotemail", "donotphone"},
    "civicrm-export-lv": {"donotemail", "donotphone"},
    "civicrm-export-km": {"donotphone"},
    "civicrm-export-uk": {"donotbulkemail", "donotemail"},
}


@pytest.mark.parametrize("name", list(HELD_OUT))
def test_civicrm_held_out_languages(name: str, tmp_path: Path) -> None:
    """keys161's, keys168's, keys175's, keys184's, keys201's and keys213's languages as the engine
    on main reads them, held out: the type of contact's header is not read in any of them, so the
    contact search is not split: its 201 rows are contacts, the 144 people with a last name load and
    are read back whole, the 41 organisations and households and the 16 people without one are held
    back with that reason (session 31 named the Czech, Japanese, Chinese and Catalan contact
    searches by their headers; where none is named, nothing moves). Every file left in the source is
    listed with its reason."""
    contacts, contributions, activities, loaded = HELD_OUT[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    files = inventory_files(run_dir)
    if loaded is None:
        assert out == {}
        for file in (contacts, contributions, activities):
            assert not files[file]["migrated"] and files[file]["reason"], file
        return
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["failed"])
            for k, o in out.items()} == {"contact": (201, 144, 57, 0)}
    columns = verified_columns(run_dir)
    assert set(columns["contact"]) == loaded | FLAGS_SINCE_39.get(name, set()) \
        | READ_SINCE_43.get(name, set()) | READ_SINCE_51.get(name, set()) \
        | MAIL_SINCE_56.get(name, set())
    assert all(n == 0 for n in columns["contact"].values())
    assert pl.read_csv(run_dir / "quarantine" / "contact.csv").height == 57
    assert files[contacts]["migrated"]
    for file in (contributions, activities):
        assert not files[file]["migrated"] and files[file]["reason"], file
    assert any(why in files[contributions]["reason"] for why in (
        "could not tell which kind", "donations received"))   # named so since session 51


@pytest.mark.parametrize("name", list(SPLIT))
def test_civicrm_held_out_split(name: str, tmp_path: Path) -> None:
    """A held-out language whose type of contact is read: the contact search is split as the
    tuned languages' is (accounts and contacts), each loaded record read back whole; the
    people without a last name are held back with that reason."""
    contacts, contributions, activities, people, companies = SPLIT[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["failed"])
            for k, o in out.items()} == {"account": (41, 41, 0, 0),
                                         "contact": (160, 144, 16, 0)}
    columns = verified_columns(run_dir)
    flags = FLAGS_SINCE_39.get(name, set())   # Ukrainian's: its organisations' e-mail flag too
    assert set(columns["contact"]) == people | flags | READ_SINCE_50.get(name, set()) \
        | READ_SINCE_51.get(name, set()) | MAIL_SINCE_56.get(name, set())
    assert set(columns["account"]) == companies | (flags & {"donotemail"}) \
        | ACCOUNT_SINCE_56[name]
    assert all(n == 0 for c in columns.values() for n in c.values())
    assert pl.read_csv(run_dir / "quarantine" / "contact.csv").height == 16
    files = inventory_files(run_dir)
    assert files[contacts]["migrated"]
    for file in (contributions, activities):
        assert not files[file]["migrated"] and files[file]["reason"], file
    assert any(why in files[contributions]["reason"] for why in (
        "could not tell which kind", "donations received"))   # named so since session 51
