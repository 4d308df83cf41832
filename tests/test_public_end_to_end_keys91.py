"""keys91's and keys102's public exports run end to end from their parameters files,
decisions only (issue 13): SuiteCRM's demo data exported by a French, a Dutch, a Brazilian
(keys91), a German, a Spanish and an Italian user (keys102), a Polish, a Russian, a
Hungarian, a Danish and a Turkish user (keys182), a Czech, a Swedish, a Finnish, a
Norwegian and a Japanese user (keys186), a Greek, a Romanian, a Slovak, a Korean and a
Simplified Chinese user (keys207), an Arabic, a Hebrew, a Hindi, a Thai and a Vietnamese
user (keys210), a Persian, a Ukrainian, a Taiwanese (Traditional Chinese), a Bulgarian, an
Urdu and a Lithuanian user (keys222), a Catalan, an Estonian, an Indonesian, a Slovenian, an
Albanian and a Croatian user (keys226), an Armenian, a Sinhala, a Mongolian, a Basque and a
Latvian user (keys233), a Yoruba, a Kannada and a Tagalog user (keys246), a Cebuano and an
Afrikaans user (keys250), a Serbian, a Macedonian, an Azerbaijani and a Bosnian user
(keys253), a Bengali, a Nigerian Pidgin, a European Portuguese and a Mexican Spanish user
(keys262), every column under SuiteCRM's own label in that language and every dropdown value
by its label. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

#: per export: the accounts' name, billing street and shipping city, the contacts' and
#: deals' account name, the deal's name, a case's account id
_HEADS = {
    "suitecrm-export-fr": ("Nom", "Facturation - Rue", "Livraison - Ville", "Nom du compte",
                           "Nom du compte", "Nom de l'Affaire", "Compte (ID)"),
    "suitecrm-export-nl": ("Naam", "Straat + huisnummer", "Plaats_2", "Relatie",
                           "Relatie naam", "Naam", "Relatie ID"),
    "suitecrm-export-pt-br": ("Nome", "Faturamento - Rua", "Entrega - Cidade", "Nome da Conta",
                              "Nome da Conta", "Nome", "ID da Conta"),
    # keys102's (the German pack labels its stages by their probability: '10' ... '100')
    "suitecrm-export-de": ("Name", "Rechnungsadresse Strasse", "Lieferadresse Stadt",
                           "Firmenname", "Firmenname", "Name", "Firma ID"),
    "suitecrm-export-es": ("Nombre", "Calle de facturación", "Ciudad de envío", "Cuenta",
                           "Cuenta", "Nombre", "ID Cuenta"),
    "suitecrm-export-it": ("Nome", "Via di Fatturazione", "Spedizione, Comune", "Nome azienda",
                           "Nome Azienda", "Nome", "ID Azienda"),
    # keys182's (session 31; the Polish and Turkish packs label stages by probability too)
    "suitecrm-export-pl": ("Nazwa", "Adres korespondencyjny - Ulica", "Adres dostawy - Miasto",
                           "Nazwa Kontrahenta", "Nazwa Kontrahenta", "Nazwa", "Id Konta"),
    "suitecrm-export-ru": ("Название", "Расчётный адрес - улица", "Отгрузочный адрес - город",
                           "Контрагент", "Контрагент", "Имя", "ID контрагента"),
    "suitecrm-export-hu": ("Név", "Számlázási cím Utca", "Szállítási cím Város", "Ügyfélnév",
                           "Kliens neve", "Név", "Ügyfélszám"),
    "suitecrm-export-da": ("Navn", "Faktura Gadenavn", "Leveringsadresse By", "Kundenavn",
                           "Kundenavn", "Navn", "Kunde ID"),
    "suitecrm-export-tr": ("İsim", "Fatura Cadde", "Teslim Adresi Şehir", "Müşteri Adı",
                           "Müşteri Adı", "Paket Adı", "Müşteri ID"),
    # keys186's (session 32; the packs of SuiteCRM/Translations, Crowdin)
    "suitecrm-export-cs": ("Název", "Fakturační Ulice", "Doručovací Město", "Název Firmy",
                           "Název Firmy", "Název příležitosti", "ID Firmy"),
    "suitecrm-export-sv": ("Namn", "Faktureringsadress", "Frakt Stad", "Företagsnamn",
                           "Företagsnamn", "Affärs namn", "Företags-ID"),
    "suitecrm-export-fi": ("Nimi", "Laskutusosoite Katuosoite", "Toimitusosoite Kaupunki/kunta",
                           "Asiakkaan nimi", "Asiakkaan nimi", "Myyntimahdollisuuden nimi",
                           "Asiakastunnus"),
    "suitecrm-export-nb": ("Navn", "Faktureringsadresse, gatenavn", "Leveringsadresse, sted",
                           "Navn på Kunde", "Navn på Kunde", "Salgsmulighetens betegnelse",
                           "Kunde ID"),
    "suitecrm-export-ja": ("名前", "請求先番地その他", "出荷先市区町村", "取引先名",
                           "取引先名", "商談名", "取引先ID"),
    # keys207's (session 33; the same Crowdin packs; Greek heads both addresses alike)
    "suitecrm-export-el": ("Όνομα", "Οδός", "Πόλη_2", "Όνομα λογαριασμού", "Όνομα λογαριασμού",
                           "Όνομα Ευκαιρίας Πώλησης", "Α/Α λογαριασμού"),
    "suitecrm-export-ro": ("Nume", "Facturare - Strada", "Livrare - Oraș", "Nume Cont",
                           "Nume Cont", "Nume Oportunitate", "ID Cont"),
    "suitecrm-export-sk": ("Meno", "Fakturačná ulica", "Mesto (korenšpondencia)", "Názov Firma",
                           "Názov Firma", "Názov obchodnej príležitosti", "Firma ID"),
    "suitecrm-export-ko": ("이름", "청구지 상세주소", "배송지 시/도", "거래처명", "거래처명",
                           "영업기회 이름", "거래처 ID"),
    "suitecrm-export-zh-cn": ("名称", "[账单地址]街道", "[送货地址]城市", "客户名称", "客户名称",
                              "商业机会", "客户ID"),
    # keys210's (session 34, round G; the same Crowdin packs; ar, he, hi and th translate ID)
    "suitecrm-export-ar": ("الاسم", "الفواتير ترسل لشارع", "يُشحن لمدينة", "اسم الحساب",
                           "اسم الحساب", "اسم الفرصة", "معرف الحساب"),
    "suitecrm-export-he": ("שם", "רחוב להתחשבנות", "עיר למשלוח", "שם חשבון", "שם חשבון",
                           "שם הזדמנות", "מזהה חשבון"),
    "suitecrm-export-hi": ("नाम", "बिलिंग स्ट्रीट", "शिपिंग शहर", "खाते का नाम", "खाते का नाम",
                           "अवसर का नाम", "खाता आईडी"),
    "suitecrm-export-th": ("ชื่อ", "ถนนเรียกเก็บเงิน", "เมืองจัดส่ง", "ชื่อบัญชีลูกค้า", "ชื่อบัญชีลูกค้า",
                           "ชื่อโอกาส", "รหัสบัญชี"),
    "suitecrm-export-vi": ("Tên", "Tên đường", "Thành phố_2", "Tên Khách hàng", "Tên Khách hàng",
                           "Tên cơ hội", "ID Khách hàng"),
    # keys222's (session 35, round H; the same Crowdin packs; uk heads the cases' account
    # name and id alike, the id read as "_2")
    "suitecrm-export-fa": ("نام", "خیابان صورت‌حساب", "شهر ارسال کالا", "نام حساب", "نام حساب",
                           "نام فرصت", "شناسه مرکز"),
    "suitecrm-export-uk": ("Ім’я", "Юридична адреса - вулиця", "Фактична адреса - місто",
                           "Контрагент", "Контрагент", "Угода", "Контрагент_2"),
    "suitecrm-export-zh-tw": ("名稱", "[付款地址]街道", "[收貨地址]城市", "客戶名稱", "客戶名稱",
                              "商業機會名稱", "客戶編號"),
    "suitecrm-export-bg": ("Име", "Данъчен адрес: улица", "Адрес за кореспонденция: град",
                           "Организация", "Организация", "Възможност", "ID на Организацията"),
    "suitecrm-export-ur": ("نام", "بلنگ گلی", "شپنگ شہر", "اکاؤنٹ کا نام", "اکاؤنٹ کا نام",
                           "موقع کا نام", "اکاؤنٹ کی شناخت"),
    "suitecrm-export-lt": ("Vardas", "Sąskaitos adreso gatvė", "Pristatymo adreso miestas",
                           "Kliento pavadinimas", "Kliento pavadinimas", "Pardavimo pavadinimas",
                           "Kliento ID"),
    # keys226's (session 36, round I; the same Crowdin packs)
    "suitecrm-export-ca": ("Nom", "Carrer facturació", "Ciutat d'enviament", "Nom de Compte",
                           "Nom de Compte", "Nom oportunitat", "ID de Compte"),
    "suitecrm-export-et": ("Nimi", "Tänav arvel", "Tarne linn", "Ettevõtte nimi",
                           "Ettevõtte nimi", "Müügivõimaluse nimi", "Ettevõtte Id"),
    "suitecrm-export-id": ("Nama", "Jalan Penagihan", "Nama Kota Pengiriman", "Nama Akun",
                           "Nama Akun", "Nama Peluang", "ID Akun"),
    "suitecrm-export-sl": ("Ime", "Naslov za obračun, Ulica", "Naslov za pošiljanje, Mesto",
                           "Ime Partnerja", "Ime Partnerja", "Ime Priložnosti", "ID partnerja"),
    "suitecrm-export-sq": ("Emri", "Rruga e faturës", "Qyteti i transportit", "Emri i llogarisë",
                           "Emri i llogarisë", "Emri i mundësisë", "ID e Llogarisë"),
    "suitecrm-export-hr": ("Naziv", "Ulica za naplatu", "Grad za dostavu", "Ime tvrtke",
                           "Ime tvrtke", "Ime prodajne prilike", "ID tvrtke"),
    # keys233's (session 37, round J; the same Crowdin packs)
    "suitecrm-export-hy": ("Անվանում․", "Վճարման հասցե - փողոց․", "Առաքման քաղաք.",
                           "Հաշվի անունը․", "Հաշվի անունը․", "Գործարքի անվանումը․", "Հաշիվ ID"),
    "suitecrm-export-si": ("නම", "අයපත් වීදිය", "නැව් නගරය", "ගිණුමේ නම", "ගිණුමේ නම",
                           "අවස්ථාව නම", "ගිණුම් අංකය"),
    "suitecrm-export-mn": ("Нэр", "Төлбөр хийх хаяг - Гудамж", "Илгээх хот", "Байгууллагын Нэр",
                           "Байгууллагын Нэр", "Боломжийн нэршил", "Аккаунт ID"),
    "suitecrm-export-eu": ("Izena", "Kobrantza-helbidea", "Bidalketa-hiria", "Kontuaren izena",
                           "Kontuaren izena", "Aukera-izena", "Kontuko ID-a"),
    "suitecrm-export-lv": ("Vārds", "Adrese - Iela", "Piegādes adrese - Pilsēta",
                           "Uzņēmuma nosaukums", "Uzņēmuma nosaukums", "Iespējas nosaukums",
                           "Uzņēmuma ID"),
    # keys246's (session 38, round K; the same Crowdin packs; Kannada's pack leaves the deal's
    # name in English, and its cases reach their account by its name: _CASE_BY_NAME)
    "suitecrm-export-yo": ("Oruko", "Idiyele ita", "Fifi oko ojuomi ranse lo silu",
                           "Oruko Akkant", "Oruko Akkant", "Oruko anfani", "Account ID"),
    "suitecrm-export-kn": ("ಹೆಸರು", "ಬಿಲ್ಲಿಂಗ್ ರಸ್ತೆ", "ಸಾಗಣಿಕೆಯ ನಗರ", "ಖಾತೆಯ ಹೆಸರು", "ಖಾತೆಯ ಹೆಸರು",
                           "Opportunity Name", "ಖಾತೆಯ ಹೆಸರು"),
    "suitecrm-export-tl": ("Ang Pangalan", "Ang Pagsingil sa Kalye", "Ang Pagpapadala ng Lungsod",
                           "Ang pangalan ng account", "Ang pangalan ng account",
                           "Pangalan ng oportunidad", "Ang ID ng account"),
    # keys250's (session 39, round L; the same Crowdin packs; Afrikaans leaves most fields'
    # labels English)
    "suitecrm-export-ceb": ("Pangalan", "Dalan sa Pagbill", "Siyudad nga Padal-an",
                            "Pangalan sa account", "Pangalan sa account",
                            "Oportunidad nga pangalan", "ID sa Account"),
    "suitecrm-export-af": ("Name", "Billing Street", "Shipping City", "Account Name",
                           "Account Name", "Opportunity Name", "Account ID"),
    # keys253's (session 39, round L; the same Crowdin packs; the Azerbaijani pack heads the
    # shipping city with the billing city's label, read as "_2", and leaves the deal's name
    # in English)
    "suitecrm-export-sr": ("Ime", "Ulica", "Grad isporuke", "Naziv kompanije", "Naziv kompanije",
                           "Ime prodajne prilike", "ID naloga"),
    "suitecrm-export-mk": ("Име", "Наплата Улица", "Град на испорака", "Име на сметка",
                           "Име на сметка", "Можност - Име", "Број на корисник"),
    "suitecrm-export-az": ("Ad", "Göndərilən Küçə", "Göndərilən şəhər_2", "Hesab Adı",
                           "Hesab Adı", "Opportunity Name", "Hesab İD-si"),
    "suitecrm-export-bs": ("Naziv", "Ulica za fakturisanje", "Grad za otpremu", "Naziv klijenta",
                           "Naziv klijenta", "Ime prodajne prilike", "ID klijenta"),
    # keys262's (session 40, round M; the same Crowdin packs; the Bengali pack heads the
    # billing street with the billing state's label, the first of the two, and leaves the
    # shipping address, the account names and the deal's name in English, as the Pidgin pack
    # leaves most fields' labels)
    "suitecrm-export-bn": ("নাম", "বিলিং স্টেট", "Shipping City", "Account Name", "Account Name",
                           "Opportunity Name", "Account ID"),
    "suitecrm-export-pcm": ("Name", "Billing Street", "Shipping city", "Account Name",
                            "Account Name", "Opportunity Name", "Account ID"),
    "suitecrm-export-pt-pt": ("Nome", "Faturação — Rua", "Cidade — Endereço de envio",
                              "Nome da conta", "Nome da conta", "Nome da oportunidade",
                              "ID da conta"),
    "suitecrm-export-es-mx": ("Nombre", "Dirección de facturación", "Ciudad de envío",
                              "Nombre de la cuenta", "Nombre de la cuenta",
                              "Nombre de la oportunidad", "ID de la cuenta"),
}

#: keys182's, keys186's, keys207's, keys210's, keys226's, keys233's, keys246's, keys253's and
#: keys262's: the industry the map left unread (Hungarian 'Ágazat', Turkish 'Branş', Japanese
#: '業界', Greek 'Επάγγελμα', Korean '업종', Chinese '行业', all five of keys210's, Estonian
#: 'Tööstusharu', Slovenian 'Panoga', Armenian 'Արդյունաբերություն․', Sinhala 'කර්මාන්ත',
#: Mongolian 'Бизнес салбар', Yoruba 'Ile ise', Kannada 'ಉದ್ದಿಮೆ', Azerbaijani 'Sənaye', Bengali
#: 'শিল্প' and European Portuguese 'Área de atividade'), which a decided choice column could
#: not take with 'Other' left empty: it stays in the source
_INDUSTRY_UNREAD = {"suitecrm-export-hu", "suitecrm-export-tr", "suitecrm-export-ja",
                    "suitecrm-export-el", "suitecrm-export-ko", "suitecrm-export-zh-cn",
                    "suitecrm-export-ar", "suitecrm-export-he", "suitecrm-export-hi",
                    "suitecrm-export-th", "suitecrm-export-vi",
                    "suitecrm-export-et", "suitecrm-export-sl",
                    "suitecrm-export-hy", "suitecrm-export-si", "suitecrm-export-mn",
                    "suitecrm-export-yo", "suitecrm-export-kn", "suitecrm-export-az",
                    "suitecrm-export-bn", "suitecrm-export-pt-pt"}

#: keys233's Sinhala export: the notes' Parent ID ('මව් ID') is the one notes column with 'ID'
#: in its name and unique over the 50 notes, so the engine takes it for their record id (the
#: pack heads the id 'හැඳු.'); once the key is confirmed as 'හැඳු.' the column is gone from the
#: map and no link can name it: the notes load without their account (parameters.yml)
_NOTE_UNLINKED = {"suitecrm-export-si", "suitecrm-export-kn"}

#: keys246's Kannada export: the pack heads the record id 'ಗುರುತು' and the cases' account id
#: 'ಖಾತೆಯ ID', the one cases column with 'ID' in its name and unique over the 50 cases, so the
#: engine takes it for their record id, as the notes' English 'Parent ID' (above); once the key
#: is confirmed as 'ಗುರುತು' it is gone from the map and no link can name it. The cases reach
#: their account by its name instead, as the deals do: the 18 naming one of the 9 shared names
#: have no customer (required) and are held back with that reason (parameters.yml)
_CASE_BY_NAME = {"suitecrm-export-kn"}


@pytest.mark.parametrize("name", sorted(_HEADS))
def test_suitecrm_labelled_export_accounts_contacts_deals_cases_notes(
        name: str, tmp_path: Path) -> None:
    """The 50 accounts, 200 contacts, 50 cases and 50 notes load; the deals whose account
    name is one of the 9 names two accounts share have no customer (required): 18 held back
    with that reason, the 32 others load at their decided stage (6 closed). The contacts
    naming a shared name move without their account (66, counted). Cases reach their account
    by its id, notes their record by its id. Leads, bugs, calls, meetings and tasks stay
    out, each with its reason."""
    name_h, billing_street, shipping_city, contact_acc, deal_acc, deal_name, case_acc = \
        _HEADS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("Accounts", 50, 50, 0, 0, 0, 0),
        "contact": ("Contacts", 200, 200, 0, 0, 0, 0),
        "opportunity": ("Opportunities", 50, 32, 18, 0, 0, 6),
        "incident": (("Cases", 50, 32, 18, 0, 0, 21) if name in _CASE_BY_NAME
                     else ("Cases", 50, 50, 0, 0, 0, 35)),
        "note": ("Notes", 50, 50, 0, 0, 0, 0)}
    assert out["contact"]["unresolved_lookups"] == 66
    folder = _export_dir(name)
    assert folder is not None
    quarantine = pl.read_csv(run_dir / "quarantine" / "opportunity.csv", infer_schema=False)
    assert quarantine["reason"].str.contains("share this name").all()
    if name in _CASE_BY_NAME:   # the cases held back: their account's name is shared
        held = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
        assert held.height == 18 and held["reason"].str.contains("share this name").all()

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"] if t.get("source")}
    cols = {(t, c["source"], c["target"]) for t, e in tables.items() for c in e["columns"]
            if c.get("source")}
    assert {("account", name_h, "name"), ("account", billing_street, "address1_line1"),
            ("account", shipping_city, "address2_city"),
            ("opportunity", deal_name, "name")} <= cols
    links = {(t, lk["source"], lk["target"]) for t, e in tables.items()
             for lk in e.get("lookups", [])}
    assert {("contact", contact_acc, "parentcustomerid"),
            ("opportunity", deal_acc, "customerid"),
            ("incident", case_acc, "customerid")} <= links

    accounts = pl.read_csv(folder / "Accounts.csv", infer_schema=False)
    staged = pl.read_parquet(run_dir / "staged" / "account.parquet")
    if name in _INDUSTRY_UNREAD:   # left in the source, as decided (parameters.yml)
        assert "industrycode" not in staged.columns
    else:   # the 'Other' industry (Autre, Anders, Outro, Andere, Otro, Altro, Inny, Другое,
        # Andre) has no option: left empty, as decided
        assert staged["industrycode"].null_count() == 2
    assert set(staged["customertypecode"]) == {3}   # Client, Klant, Cliente, Kunden
    assert set(staged["overriddencreatedon"].unique()) == {"2024-10-31T08:06:00Z"}
    assert staged.height == accounts.height
    cases = pl.read_parquet(run_dir / "staged" / "incident.parquet")
    assert cases["__ref__customerid_account"].null_count() == 0
    assert sorted(cases["statuscode"].unique()) == [1, 3, 5, 6]
    notes = pl.read_parquet(run_dir / "staged" / "note.parquet")
    if name in _NOTE_UNLINKED:   # loaded, on no account (the reason above)
        assert notes.height == 50 and "__ref__objectid_account" not in notes.columns
    else:
        assert notes["__ref__objectid_account"].null_count() == 0   # every note on its account

    verified = verified_columns(run_dir)
    assert not any(n for c in verified.values() for n in c.values())
    files = inventory_files(run_dir)
    for file in ("Leads", "Bugs", "Calls", "Meetings", "Tasks"):
        assert not files[file]["migrated"] and files[file]["reason"], file
