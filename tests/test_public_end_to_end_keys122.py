"""keys122's Polish, Czech, Russian, Turkish and Romanian EspoCRM exports (and keys132's
Swedish, Danish, Hungarian, Ukrainian and Norwegian, keys140's Slovak, Lithuanian,
Croatian, Latvian and Slovene, keys150's Bulgarian, Greek, Serbian, Vietnamese and
Indonesian, keys156's Persian, Japanese, Simplified Chinese, Thai and European Portuguese,
keys171's Arabic, Traditional Chinese and Urdu, keys198's Mexican Spanish, keys235's Hebrew,
held out) run end
to end from their parameters files, decisions only (issue 13): EspoCRM's Excel export for a
user of each language (one workbook per entity, the sheet named and every column headed in
the language: 'Klienci', 'Organizace', 'Контрагенты', 'Firmalar', 'Conturi', 'Konton',
'Fiókok'), the records SuiteCRM's demo data (SOURCE.md). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

#: export -> its accounts', contacts' and leads' sheets, then the sheets left in the source
_SHEETS = {
    "espocrm-export-pl": (("Klienci", "Kontakty", "Potencjalne Kontakty"),
                          ("Szanse sprzedaży", "Sprawy", "Spotkania", "Rozmowy", "Zadania")),
    "espocrm-export-cs": (("Organizace", "Kontakty", "Potenciál"),
                          ("Obchodní příležitosti", "Servisní požadavky", "Schůzky", "Volání",
                           "Úkoly")),
    "espocrm-export-ru": (("Контрагенты", "Контакты", "Лиды"),
                          ("Сделки", "Обращения", "Встречи", "Звонки", "Задачи")),
    "espocrm-export-tr": (("Firmalar", "Kişiler", "Potansiyeller"),
                          ("Fırsatlar", "Olaylar", "Toplantılar", "Aramalar", "Görevler")),
    "espocrm-export-ro": (("Conturi", "Contacte", "Lead-uri"),
                          ("Oportunități", "Cazuri", "Întâlniri", "Apeluri", "Sarcini")),
    # keys132: Swedish, Danish, Hungarian, Ukrainian, Norwegian
    "espocrm-export-sv": (("Konton", "Kontakter", "Leads"),
                          ("Möjligheter", "Ärenden", "Möten", "Samtal", "Uppgifter")),
    "espocrm-export-da": (("Konti", "Kontakter", "Leads"),
                          ("Muligheder", "Sager", "Møder", "Opkald", "Opgaver")),
    "espocrm-export-hu": (("Fiókok", "Kapcsolatok", "Lead"),
                          ("lehetőségek", "Olyan esetek,", "találkozók", "felhívja",
                           "Feladatok")),
    "espocrm-export-uk": (("Контрагенти", "Контакти", "Ліди"),
                          ("Угоди", "Звернення", "Зустрічі", "Дзвінки", "Завдання")),
    "espocrm-export-nb": (("Kontoer", "Kontakter", "Ledetråder"),
                          ("Muligheter", "Saker", "Møter", "Samtaler", "Gjøremål")),
    # keys140: Slovak, Lithuanian, Croatian, Latvian, Slovene (tuned on by tune146)
    "espocrm-export-sk": (("Organizácie", "Kontakty", "Prvé kontakty"),
                          ("Príležitosti", "Prípady", "Stretnutia", "Hovory", "Úlohy")),
    "espocrm-export-lt": (("Įmonės", "Kontaktai", "Potencialūs klientai"),
                          ("Galimybės", "Atvejai", "Susitikimai", "Skambučiai", "Užduotys")),
    "espocrm-export-hr": (("Tvrtke", "Kontakti", "Izvori"),
                          ("Prilike", "Prijave problema", "Sastanci", "Pozivi", "Zadaci")),
    "espocrm-export-lv": (("Konti", "Kontakti", "Potenciālais klients"),
                          ("Iespējas", "Lietas", "Tikšanās", "Zvani", "Uzdevumi")),
    "espocrm-export-sl": (("Računi", "Kontakti", "vodi"),
                          ("Priložnosti", "Primeri", "Srečanja", "Klici", "Naloge")),
    # keys150, held out: Bulgarian, Greek, Serbian, Vietnamese, Indonesian
    "espocrm-export-bg": (("Клиенти", "Контакти", "Потенциални продажби"),
                          ("Сделки", "Тикети", "Срещи", "Обаждания", "Задачи")),
    "espocrm-export-el": (("Εταιρίες", "Επαφές", "Δυνητικοί Πελάτες"),
                          ("Ευκαιρίες", "Υποθέσεις", "Συναντήσεις (meetings)", "Κλήσεις",
                           "Εργασίες")),
    "espocrm-export-sr": (("Pravna lica", "Kontakti", "Izvori"),
                          ("Prilike", "Predmeti", "Ročišta", "Pozivi", "Zadaci")),
    "espocrm-export-vi": (("Tài khoản", "Sổ liên lạc", "Trưởng nhóm"),
                          ("Cơ hội", "Trường hợp", "Hẹn gặp", "Cuộc gọi", "Nhiệm vụ")),
    "espocrm-export-id": (("Akun", "kontak", "memimpin"),
                          ("peluang", "kasus", "rapat", "panggilan", "tugas")),
    # keys156, held out: Persian, Japanese, Simplified Chinese, Thai, European Portuguese
    "espocrm-export-fa": (("حساب ها", "مخاطب ها", "لید ها"),
                          ("فرصت ها", "پرونده\u200cها", "جلسات", "تماس ها", "وظایف")),
    "espocrm-export-ja": (("アカウント", "連絡先", "リード"),
                          ("機会", "事例", "会議", "通話", "タスク")),
    "espocrm-export-zh-cn": (("客户", "联系人", "潜在客户"),
                             ("商机", "工单", "会议", "通话", "任务")),
    "espocrm-export-th": (("บัญชี", "ผู้ติดต่อ", "ว่าที่ลูกค้า"),
                          ("โอกาส", "เรื่อง", "การประชุม", "โทร", "งาน")),
    "espocrm-export-pt-pt": (("Contas", "Contatos", "Leads"),
                             ("Oportunidades", "Casos", "Reuniões", "Chamadas", "Tarefas")),
    # keys171, held out: Arabic (its leads' and opportunities' sheets both 'الفرص': the reader
    # names the second workbook by its file), Traditional Chinese, Urdu
    "espocrm-export-ar": (("الحسابات", "جهات الاتصال", "الفرص"),
                          ("Export_Opportunity", "تذاكر", "الاجتماعات", "المكالمات", "المهام")),
    "espocrm-export-zh-tw": (("帳戶", "聯絡人", "潛在客戶"),
                             ("商機", "案件", "會議", "通話", "任務")),
    "espocrm-export-ur": (("اکاؤنٹس", "رابطے", "لیڈز"),
                          ("مواقع", "معاملات", "ملاقاتیں", "کالز", "کام")),
    # keys198, held out: Mexican Spanish (its leads 'Referencias', its meetings
    # 'Presentaciones')
    "espocrm-export-es-mx": (("Cuentas", "Contactos", "Referencias"),
                             ("Oportunidades", "Casos", "Presentaciones", "Llamadas",
                              "Tareas")),
    # keys235, held out: Hebrew (EspoCRM's he_IL of pull request #19; its leads 'כיוונים')
    "espocrm-export-he": (("חשבונות", "אנשי קשר", "כיוונים"),
                          ("הזדמנויות", "מקרים", "פגישות", "שיחות", "משימות")),
}
#: Where a run differs (left for later rounds, MEASUREMENTS.md "keys122's EspoCRM exports
#: after tuning"): Polish 'Tytuł konta' ("account title") and Russian 'Название счета'
#: ("invoice name"), a contact's job title, are read as nothing, so those contacts carry no
#: job title; Russian 'Ответственный' (responsible) is the owner, each record the fallback owner's.
_NO_JOBTITLE = {"espocrm-export-pl", "espocrm-export-ru",
                # keys132: Danish 'Primær brugertitel' (a user's title), Ukrainian 'Назва
                # облікового запису' (the account's name)
                "espocrm-export-da", "espocrm-export-uk",
                # keys140, held out: Lithuanian 'Sąskaitos pavadinimas', Latvian 'Konta
                # nosaukums' (the account's name), Slovene 'Naslov računa' (a title or address)
                "espocrm-export-lt", "espocrm-export-lv", "espocrm-export-sl",
                # keys150, held out: Bulgarian 'Роля при клиент' (the role at the client),
                # Greek 'Τίτλος εταιρίας' (the company's title)
                "espocrm-export-bg", "espocrm-export-el",
                # keys156, held out: Japanese 'アカウント名', Thai 'ชื่อบัญชี' (the account's name)
                "espocrm-export-ja", "espocrm-export-th",
                # keys171, held out: Arabic 'عنوان الحساب', Urdu 'اکاؤنٹ کا عنوان' (the
                # account's title)
                "espocrm-export-ar", "espocrm-export-ur",
                # keys198, held out: Mexican Spanish 'Título de la Cuenta Primaria' (the
                # primary account's title)
                "espocrm-export-es-mx"}
#: Hungarian 'Cím' is a title and an address alike: read as neither, so its contacts and
#: leads carry no address, and its leads no job title; nor its leads a company, whose label
#: 'Felhasználónév' says a user name (keys132)
_NO_ADDRESS = {"espocrm-export-hu", "espocrm-export-sl",   # Slovene 'Naslov' too (keys140)
               # (keys156's Thai 'ที่อยู่', unread held out, read since session 35's words)
               "espocrm-export-ur"}    # keys171, held out: Urdu 'پتہ' unread
# keys150's Vietnamese 'Địa chỉ' and Indonesian 'Alamat', unread held out, are read since
# session 30 (Vietnamese by its harvested words, Indonesian as its own file's language)
_LEAD_UNREAD = {"espocrm-export-hu": {"jobtitle"},   # its company read by its values since
                # session 36 (companies' names under 'Felhasználónév')
                # keys140: a lead's title (lt 'Pavadinimas', sl 'Naslov', lv 'Nosaukums') and
                # its company (lv 'Konta nosaukums', sl 'Ime računa') read as nothing;
                # Croatian 'Naslov' and 'Ime stranke' read since tune146
                "espocrm-export-lt": {"jobtitle"},
                "espocrm-export-lv": {"jobtitle", "companyname"},
                "espocrm-export-sl": {"jobtitle", "companyname"},
                # keys150, held out: Bulgarian 'Име на клиента' (its title 'Заглавие' decided),
                # Vietnamese 'Tiêu đề', 'Tên tài khoản', Indonesian 'Judul', 'Nama akun'
                "espocrm-export-bg": {"companyname"},
                # (their titles 'Tiêu đề', 'Judul' read since session 30)
                "espocrm-export-vi": {"companyname"},
                "espocrm-export-id": {"companyname"},
                # keys156, held out: the company fa 'نام حساب', ja 'アカウント名', zh-cn
                # '客户名称' (read as the lead's customer: left out), th 'ชื่อบัญชี'; Thai's
                # title 'หัวข้อ' (a topic)
                # (fa's company and th's title read since session 31's harvest)
                "espocrm-export-fa": set(), "espocrm-export-ja": {"companyname"},
                # (zh-cn's '客户名称' read as the company since session 36's words)
                "espocrm-export-zh-cn": set(),
                # (th's, zh-tw's and ur's companies read by their values since session 36:
                # companies' names, mapping/company_values.py)
                "espocrm-export-th": set(),
                # keys171, held out: the company ar 'اسم الحساب', zh-tw '用戶名' (a user
                # name), ur 'اکاؤنٹ کا نام' (Arabic's title 'العنوان' decided)
                "espocrm-export-ar": {"companyname"}, "espocrm-export-zh-tw": set(),
                "espocrm-export-ur": set()}
#: keys140's five: the billing and shipping addresses ('Fakturačná adresa', 'Mokėtojo
#: adresas', 'Adresa za naplatu', 'Norēķinu adrese', 'Naslov za pošiljanje računa') and the
#: created date (Croatian 'Napravljeno u', Latvian 'Kad izveidots', Slovene 'Ustvarjeno
#: pri') are read since tune146's tuning: no set of them left unread
_KEYS140 = {"espocrm-export-sk", "espocrm-export-lt", "espocrm-export-hr", "espocrm-export-lv",
            "espocrm-export-sl"}
#: keys150's five, held out (no tuning): the billing and shipping addresses unread but in
#: Serbian ('Адрес за плащане', 'Διεύθυνση χρεώσης', 'Địa chỉ thanh toán', 'Alamat tagihan'),
#: the created date in Vietnamese 'Tạo lúc' and Indonesian 'Dibuat Pada', and Bulgarian
#: 'Създаден в' on the accounts (read on contacts and leads)
_KEYS150 = {"espocrm-export-bg", "espocrm-export-el", "espocrm-export-sr", "espocrm-export-vi",
            "espocrm-export-id"}
#: Session 30 reads the created dates by their values (mapping/value_readings.py: the
#: file's one time stamp) and Vietnamese's billing address by its harvested words
_UNREAD_ADDRESS = {name: {"address1_line1", "address2_line1"} for name in _KEYS150
                   if name != "espocrm-export-sr"} | {"espocrm-export-vi": {"address2_line1"}}
#: keys156's five, held out (no tuning): the billing and shipping addresses unread in fa
#: 'آدرس صورت‌حساب', ja '請求先住所', zh-cn '账单地址', th 'ที่อยู่เรียกเก็บเงิน'; pt-pt's billing
#: 'Endereço de faturação' (its shipping 'Endereço de envio' is read)
_KEYS156 = {"espocrm-export-fa", "espocrm-export-ja", "espocrm-export-zh-cn",
            "espocrm-export-th", "espocrm-export-pt-pt"}
_UNREAD_ADDRESS |= {name: {"address1_line1", "address2_line1"} for name in _KEYS156
                    if name != "espocrm-export-pt-pt"} | {
    "espocrm-export-pt-pt": {"address1_line1"}}
#: keys171's three, held out (no tuning): the billing and shipping addresses unread in ar
#: 'عنوان وصول الفواتير', zh-tw '帳單地址', ur 'بلنگ ایڈریس'
_KEYS171 = {"espocrm-export-ar", "espocrm-export-zh-tw", "espocrm-export-ur"}
_UNREAD_ADDRESS |= {name: {"address1_line1", "address2_line1"} for name in _KEYS171}
#: session 31's final engine (the broader harvest's words) reads more of them: the address
#: columns each of these still leaves unread
_UNREAD_ADDRESS |= {"espocrm-export-ar": {"address1_line1"},
                    "espocrm-export-el": {"address1_line1"},
                    "espocrm-export-fa": {"address2_line1"},
                    "espocrm-export-ja": {"address2_line1"},
                    "espocrm-export-pt-pt": set(),
                    "espocrm-export-zh-cn": {"address2_line1"}}
#: session 33 reads Greek's billing address 'Διεύθυνση χρεώσης' (its billing word) and
#: Traditional Chinese's billing address '帳單地址' (Invoice Ninja's words); '送貨地址' (the
#: shipping address) stays unread as EspoCRM writes it
_UNREAD_ADDRESS |= {"espocrm-export-el": set(), "espocrm-export-zh-tw": {"address2_line1"}}
#: session 34's harvest (Bagisto, Saleor) reads Thai's shipping address and Vietnamese's
_UNREAD_ADDRESS |= {"espocrm-export-th": {"address1_line1"}, "espocrm-export-vi": set()}
#: session 35's words (SuiteCRM's Thai street and billing) read Thai's billing address too
_UNREAD_ADDRESS |= {"espocrm-export-th": set()}
#: keys235, held out (no tuning): Hebrew's billing and shipping addresses 'כתובת חיוב',
#: 'כתובת משלוח' unread
_UNREAD_ADDRESS |= {"espocrm-export-he": {"address1_line1", "address2_line1"}}
#: session 38: round J's Hebrew words (in-sample) read both; Indonesian files are read as
#: Indonesian by the harvest (a language only it knows, more headers than one word a list
#: holds), and its 'Alamat tagihan', 'Alamat pengiriman' with them
_UNREAD_ADDRESS |= {"espocrm-export-he": set(), "espocrm-export-id": set()}
#: session 35's words (Invoice Ninja's and SuiteCRM's Arabic) read Arabic's lead company
#: 'اسم الحساب' (the account's name)
_LEAD_UNREAD["espocrm-export-ar"] = set()
#: Arabic's lead address 'العنوان_2' (its title's label repeated), unread held out, is decided
#: whole into the first line: the lead's address loads as one cell, not split into the city
_LEAD_WHOLE_ADDRESS = {"espocrm-export-ar"}
#: session 37: the lead's company read by its values where a word read its header as a
#: person's first name or as nothing ('Име на клиента', 'Nama akun', 'アカウント名', 'Konta
#: nosaukums', 'Ime računa', 'Tên tài khoản': companies' names), as each key has it
for _name in ("espocrm-export-bg", "espocrm-export-id", "espocrm-export-ja",
              "espocrm-export-lv", "espocrm-export-sl", "espocrm-export-vi"):
    _LEAD_UNREAD[_name] = _LEAD_UNREAD[_name] - {"companyname"}
_NO_CREATED: set[str] = set()
_NO_ACCOUNT_CREATED: set[str] = set()
#: Romanian 'Cont' (an account, four letters: too short a word to name a kind surely) links
#: by its values since session 28 (every one an account's name), the others by the word, a
#: contact to its account by name, as German does. Hungarian 'számla' (an invoice) is linked
#: by its values too, and since session 36 the map reads it so too (its values are
#: companies' names, mapping/company_values.py): 66 unresolved, as German's.
_NO_ACCOUNT = {"espocrm-export-fa", "espocrm-export-th"} | _KEYS140 | (
    _KEYS150) | _KEYS171 | {   # keys171's held out: ar 'الحساب', zh-tw '帳號', ur 'اکاؤنٹ' unread;
    # keys235's held out: Hebrew 'חשבון' (account) read as the lookup, but discovery matched
    # none of its values to an account (the accounts' names repeat): left in the source
    "espocrm-export-he"}
# keys156's held out: fa 'حساب', th 'ลูกค้า' link no account; keys140's: sk
# 'Organizácia' (its title 'Názov spoločnosti' was read as the account: decided out), lt
# 'Įmonė', hr 'Tvrtka', lv 'Konts', sl 'račun' name no account; keys150's held out: sr 'Pravno
# lice', vi 'Tài khoản', id 'Akun' unread; bg 'Клиент' and el 'Εταιρία' read as the lookup but
# matched to no account (the accounts' names repeat), so left in the source
_NO_FIRSTNAME: set[str] = set()   # Turkish 'Ad' beside 'Soyadı': the first name since
# keys125's rule (merged); Latvian 'Priekšvārds', unread held out (keys140), read (tune146)
_OWNER = {"espocrm-export-ru",
          "espocrm-export-uk",   # Ukrainian 'Відповідальний' (responsible), as Russian's
          # keys198, held out: Mexican Spanish 'Usuario Asignado' (the assigned user, by login
          # name: no user matches it, so each record the fallback owner's)
          "espocrm-export-es-mx",
          # session 45 (round S's NextCRM): Czech 'Přiřazený uživatel' (the assigned user),
          # as the key says; no user matches it, so each record the fallback owner's
          "espocrm-export-cs",
          # session 47 (round U's DaybydayCRM): Danish 'Tildelt Bruger', Norwegian 'Tildelt
          # bruker' (assigned user), as the keys say; no user matches, the fallback owner's
          "espocrm-export-da", "espocrm-export-nb"}


@pytest.mark.parametrize("name", sorted(_SHEETS))
def test_espocrm_eastern_languages_accounts_contacts_leads(name: str, tmp_path) -> None:
    """50 accounts, 200 contacts and 200 leads load and are read back whole, 'ID' keying
    each with no decision; the account type, lead statuses and lead sources in the language
    by decisions. A contact carries its account, found by the account's name ('Klient',
    'Organizace', 'Контрагент', 'Hesap' looked up in the accounts' 'Nazwa', 'Název', 'Имя',
    'Ad'; 'Konto', 'Контрагент' in 'Namn', 'Navn', 'Ім'я'; Romanian 'Cont' by its values, in
    'Nume'): 66 of 200 name a name two accounts share and are counted unresolved, as in
    German (keys98), Hungarian's 'számla' too (by its values, since session 36).
    Opportunities, cases, meetings, calls and tasks stay in the source, each listed with its
    reason."""
    (accounts, contacts, leads), left = _SHEETS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (accounts, 50, 50, 0, 0, 0, 0),
        "contact": (contacts, 200, 200, 0, 0, 0, 0 if name in _NO_ACCOUNT else 66),
        "lead": (leads, 200, 200, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    unread = _UNREAD_ADDRESS.get(name, set()) | (
        {"overriddencreatedon"} if name in _NO_ACCOUNT_CREATED else set())
    assert {"name", "customertypecode", "emailaddress1", "telephone1", "websiteurl",
            "address1_line1", "address2_line1", "overriddencreatedon"} - unread <= set(
        columns["account"])
    assert not unread & set(columns["account"])
    person = {"lastname", "emailaddress1", "telephone1"} | (
        set() if name in _NO_ADDRESS else {"address1_city"}) | (
        set() if name in _NO_CREATED else {"overriddencreatedon"})
    assert person <= set(columns["contact"])
    if name in _LEAD_WHOLE_ADDRESS:
        person = person - {"address1_city"} | {"address1_line1"}
    assert person <= set(columns["lead"])
    assert ("firstname" in columns["contact"]) == (name not in _NO_FIRSTNAME)
    assert ("firstname" in columns["lead"]) == (name not in _NO_FIRSTNAME)
    assert ("jobtitle" in columns["contact"]) == (name not in _NO_JOBTITLE)
    unread = _LEAD_UNREAD.get(name, set())
    assert {"companyname", "jobtitle", "statuscode", "leadsourcecode"} - unread <= set(
        columns["lead"])
    assert not unread & set(columns["lead"])
    assert ("parentcustomerid" in columns["contact"]) == (name not in _NO_ACCOUNT)
    assert all(("ownerid" in columns[t]) == (name in _OWNER)
               for t in ("account", "contact", "lead"))
    files = inventory_files(run_dir)
    for sheet in (accounts, contacts, leads):
        assert files[sheet]["migrated"], sheet
    for sheet in left:
        assert not files[sheet]["migrated"] and files[sheet]["reason"], sheet
