"""keys90's, keys101's, keys131's, keys141's, keys153's, keys159's, keys170's, keys176's,
keys185's, keys194's, keys214's and keys269's public exports run end to end from their
parameters files, decisions only (issue 13):
Dolibarr's export module's third parties, contacts and products with the headers Dolibarr writes
in German, Spanish, Italian (keys90), Portuguese, Dutch, Polish (keys101), Czech, Russian,
Turkish, Hungarian, Swedish (keys131), Danish, Finnish, Romanian, Greek, Slovak (keys141),
Bulgarian, Catalan, Lithuanian, Croatian, Estonian (keys153), Latvian, Slovenian, Vietnamese,
Japanese, Simplified Chinese (keys159), Norwegian Bokmål, Arabic, Korean, Traditional Chinese
(keys170), Serbian, Macedonian, Galician (keys176), Icelandic, Bosnian, Swahili, Azerbaijani,
Kazakh (keys185), Persian, Thai, Urdu, Tamil, Khmer (keys194), Brazilian Portuguese, Mexican
Spanish, Canadian French and US English (keys214) and Bengali (keys269). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


@pytest.mark.parametrize("name", ["dolibarr-export-de", "dolibarr-export-es",
                                  "dolibarr-export-it", "dolibarr-export-pt",
                                  "dolibarr-export-nl", "dolibarr-export-pl",
                                  "dolibarr-export-cs", "dolibarr-export-ru",
                                  "dolibarr-export-tr", "dolibarr-export-hu",
                                  "dolibarr-export-sv", "dolibarr-export-da",
                                  "dolibarr-export-fi", "dolibarr-export-ro",
                                  "dolibarr-export-el", "dolibarr-export-sk",
                                  "dolibarr-export-bg", "dolibarr-export-ca",
                                  "dolibarr-export-lt", "dolibarr-export-hr",
                                  "dolibarr-export-et", "dolibarr-export-lv",
                                  "dolibarr-export-sl", "dolibarr-export-vi",
                                  "dolibarr-export-ja", "dolibarr-export-zh-cn",
                                  "dolibarr-export-nb", "dolibarr-export-ar",
                                  "dolibarr-export-ko", "dolibarr-export-zh-tw",
                                  "dolibarr-export-sr", "dolibarr-export-mk",
                                  "dolibarr-export-gl", "dolibarr-export-is",
                                  "dolibarr-export-bs", "dolibarr-export-sw",
                                  "dolibarr-export-az", "dolibarr-export-kk",
                                  "dolibarr-export-fa", "dolibarr-export-th",
                                  "dolibarr-export-ur", "dolibarr-export-ta",
                                  "dolibarr-export-km", "dolibarr-export-pt-br",
                                  "dolibarr-export-es-mx", "dolibarr-export-fr-ca",
                                  "dolibarr-export-en", "dolibarr-export-bn"])
def test_dolibarr_third_parties_and_contacts_in_forty_eight_languages(
        name: str, tmp_path: Path) -> None:
    """The 26 third parties load as accounts, 15 of the 16 contacts as contacts of their
    third party (by its id); the contact with no surname is held back, saying why. The
    products file is not loaded: the parameters name no product, and the inventory says so.
    The Italian, Portuguese and Polish contacts files (the third party's id and name beside
    'Cognome' and 'Nome', 'Apelidos', 'Nazwisko', 'Příjmení', 'Фамилия', 'Soyadı',
    'Vezetéknév', 'Efternamn', under Dolibarr's file name 'export_societe_2') are contacts
    too, and so, since tune147's words, are keys141's Danish, Finnish, Romanian, Greek and
    Slovak ones ('Efternavn', 'Sukunimi', 'Nume' beside 'Prenume', 'Επίθετο', 'Priezvisko'):
    only Romanian's link by 'Id-ul de companie' is still decided. keys153's Bulgarian,
    Catalan, Lithuanian, Croatian and Estonian contacts files are decided contacts (held out,
    no tuning); Bulgarian also decides the name 'Име', the postal code 'Пощ. код' and the link
    by 'Идентификатор на фирма', Catalan the surname 'Cognoms' and the given name 'Nom'.
    keys159's Latvian, Slovenian, Vietnamese, Japanese and Simplified Chinese contacts files
    are decided contacts too (held out, no tuning); Slovenian also decides the third parties'
    name 'Priimek' and the link by 'ID podjetja', Vietnamese the address 'Địa chỉ', 'Mã Zip'
    and 'Thành phố', Japanese the name '名', the city '市区町村' and the link by '法人ID'.
    keys170's Norwegian contacts file is read as contacts with no decision; the Arabic, Korean
    and Traditional Chinese ones are decided contacts (held out, no tuning), each with its
    link by the company id; Arabic also decides the name 'اسم', the address 'عنوان', the
    surname 'اللقب' and the given name 'Firstname', Korean the city '시', the surname '성씨'
    and the given name '이름', Traditional Chinese the postal code '郵遞區號'. keys176's Serbian,
    Macedonian and Galician contacts files are decided contacts (held out, no tuning), each with
    its link by the company id ('Id Kompanije', 'Ид на компанијата', 'Id empresa'); Macedonian
    also decides the city 'Градот', Galician the address 'Enderezo' and the city 'Poboación'.
    keys185's Icelandic and Bosnian contacts files are read as contacts with no decision;
    Icelandic decides only the link by 'Fyrirtækið Auðkenni', Bosnian nothing. The Swahili,
    Azerbaijani and Kazakh ones are decided contacts (held out, no tuning), each with its link
    by the company id ('Kitambulisho cha Kampuni', 'Şirkət ID', 'Компания идентификаторы') and
    its job title ('Nafasi ya kazi', 'İş mövqeyi', 'Жұмыс орны'); Swahili also decides the
    address 'Anwani', 'Namba ya Posta', 'Jiji', the surname 'Jina la familia' and the given
    name 'Jina la kwanza', Azerbaijani the address 'Ünvan' and the city 'Şəhər', Kazakh the
    address 'Мекенжай', the postal code 'Пошталық индекс', the surname 'Тек' and the given
    name 'Аты'. keys194's Persian, Thai, Urdu, Tamil and Khmer contacts files are decided
    contacts (held out, no tuning), each with its link by the company id ('شناسۀ شرکت', 'Id
    บริษัท', 'کمپنی کی شناخت', 'நிறுவனத்தின் ஐடி', 'លេខសម្គាល់ក្រុមហ៊ុន') and its job title;
    Thai also decides the address 'ที่อยู่', the postal code 'รหัสไปรษณีย์', the surname 'นามสกุล'
    and the given name 'ชื่อแรก'; Urdu and Khmer the postal code ('زپ کوڈ', 'លេខកូដតំបន់'); Urdu,
    Tamil and Khmer the fax ('فیکس', 'தொலைநகல்', 'ទូរសារ') of both files. keys214's Brazilian
    Portuguese, Mexican Spanish, Canadian French and US English contacts files are read as
    contacts with no decision (held out, no tuning); only Canadian French decides its link by
    the company id 'Identifiant société' (discovery links by the name 'Raison sociale').
    keys269's Bengali contacts file is a decided contact (held out, no tuning), with its link
    by the company id 'কোম্পানি আইডি' and its job title 'চাকুরী পদমর্যাদা'."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("export_societe_1", 26, 26, 0, 0, 0),
                             "contact": ("export_societe_2", 16, 15, 1, 0, 0)}
    verified = verified_columns(run_dir)
    assert {"name", "address1_postalcode", "address1_city", "websiteurl"} <= set(
        verified["account"])
    assert {"lastname", "firstname", "emailaddress1", "parentcustomerid"} <= set(
        verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert not files["export_produit_1"]["migrated"]
    assert "product" in files["export_produit_1"]["reason"]

