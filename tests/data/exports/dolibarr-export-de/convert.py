"""Dolibarr's demo tables -> the CSV files Dolibarr's export module writes, headers in German,
Spanish, Italian, Portuguese, Dutch, Polish, Czech, Russian, Turkish, Hungarian, Swedish,
Danish, Finnish, Romanian, Greek, Slovak, Bulgarian, Catalan, Lithuanian, Croatian, Estonian,
Latvian, Slovenian, Vietnamese, Japanese, Simplified Chinese, Norwegian Bokmål, Arabic, Korean,
Traditional Chinese, Serbian, Macedonian, Galician, Icelandic, Bosnian, Swahili, Azerbaijani,
Kazakh, Persian, Thai, Urdu, Tamil, Khmer, Brazilian Portuguese, Mexican Spanish, Canadian French,
US English or Bengali (dolibarr-export-de / -es / -it / -pt / -nl / -pl /
-cs / -ru / -tr / -hu / -sv / -da / -fi / -ro / -el / -sk / -bg / -ca / -lt / -hr / -et / -lv /
-sl / -vi / -ja / -zh-cn / -nb / -ar / -ko / -zh-tw / -sr / -mk / -gl / -is / -bs / -sw / -az /
-kk / -fa / -th / -ur / -ta / -km / -pt-br / -es-mx / -fr-ca / -en / -bn; SOURCE.md beside each).

Run: python convert.py DEMO_DIR LANG OUT_DIR, DEMO_DIR holding llx_societe.csv,
llx_socpeople.csv and llx_product.csv as tests/data/exports/dolibarr-initdemo-fr/convert.py
writes them (Dolibarr's dev/initdemo/initdemo.sql), LANG one of de_DE, es_ES, it_IT,
pt_PT, nl_NL, pl_PL, cs_CZ, ru_RU, tr_TR, hu_HU, sv_SE, da_DK, fi_FI, ro_RO, el_GR, sk_SK,
bg_BG, ca_ES, lt_LT, hr_HR, et_EE, lv_LV, sl_SI, vi_VN, ja_JP, zh_CN, nb_NO, ar_SA, ko_KR, zh_TW,
sr_RS, mk_MK, gl_ES, is_IS, bs_BA, sw_SW, az_AZ, kk_KZ, fa_IR, th_TH, ur_PK, ta_IN, km_KH,
pt_BR, es_MX, fr_CA, en_US, bn_BD.

Three export profiles, as Dolibarr names their files (export_<module>_<n>.csv): the third
parties (modSociete's profile 1), their contacts (modSociete's profile 2, with the third
party's id and name joined in, as its SQL joins llx_societe) and the products and services
(modService's profile). Each column is the profile's field (``s.nom`` ...); its header is the
field's label key (``Name``, ``Zip``, ``PostOrFunction``...) translated through
htdocs/langs/<LANG>/main.lang then companies.lang, as LABELS below copies them; a key that
neither file translates stays the key, as Dolibarr writes an untranslated key. A regional
language (pt_BR, es_MX, fr_CA) takes its own file first, then its parent's (pt_PT, es_ES,
fr_FR), as Dolibarr's Translate::load completes xx_YY from xx_XX; main.lang's chain comes
before companies.lang's. Values are written as the database holds them (client 1 customer /
2 prospect, fournisseur 1).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# Label keys of the export profiles -> their text in each language (main.lang, companies.lang
# of Dolibarr/dolibarr at the commits SOURCE.md names).
LABELS = {
    "de_DE": {
        "Name": "Name", "Address": "Adresse", "Zip": "PLZ", "Town": "Stadt",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Kunde", "Prefix": "Präfix",
        "Supplier": "Lieferant", "IdContact": "Kontakt-ID", "Lastname": "Nachname",
        "Firstname": "Vorname", "PostOrFunction": "Position/Funktion",
        "IdCompany": "Firmen-ID", "CompanyName": "Firmenname", "Ref": "Nummer",
        "Label": "Bezeichnung", "Description": "Beschreibung", "Type": "Typ",
        "UnitPriceHT": "Stückpreis (netto)", "VATRate": "Steuersatz", "Duration": "Dauer",
    },
    "es_ES": {
        "Name": "Nombre", "Address": "Dirección", "Zip": "Código postal", "Town": "Población",
        "Phone": "Teléfono", "Fax": "Fax", "Customer": "Cliente", "Prefix": "Prefijo",
        "Supplier": "Proveedor", "IdContact": "Id contacto", "Lastname": "Apellidos",
        "Firstname": "Nombre", "PostOrFunction": "Puesto/función",
        "IdCompany": "Id empresa", "CompanyName": "Razón social", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descripción", "Type": "Tipo",
        "UnitPriceHT": "Precio base", "VATRate": "Tasa IVA", "Duration": "Duración",
    },
    "it_IT": {
        "Name": "Nome", "Address": "Indirizzo", "Zip": "CAP", "Town": "Città",
        "Phone": "Telefono", "Fax": "Fax", "Customer": "Cliente",
        "Supplier": "Fornitore", "IdContact": "Id contatto", "Lastname": "Cognome",
        "Firstname": "Nome", "PostOrFunction": "Posizione/funzione",
        "IdCompany": "Id società", "CompanyName": "Ragione Sociale", "Ref": "Rif.",
        "Label": "Etichetta", "Description": "Descrizione", "Type": "Tipo",
        "UnitPriceHT": "Prezzo unitario (netto)", "VATRate": "Aliquota IVA", "Duration": "Durata",
    },
    "pt_PT": {
        "Name": "Nome", "Address": "Direcção", "Zip": "Código postal", "Town": "Concelho",
        "Phone": "Telefone", "Fax": "Fax", "Customer": "Cliente", "Prefix": "Prefixo",
        "Supplier": "Fornecedor", "IdContact": "Id Contacto", "Lastname": "Apelidos",
        "Firstname": "Primeiro Nome", "PostOrFunction": "Posto/Função", "EMail": "E-mail",
        "IdCompany": "Id Empresa", "CompanyName": "Razão social", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descrição", "Type": "Tipo",
        "UnitPriceHT": "Preço Base (base)", "VATRate": "Taxa IVA", "Duration": "Duração",
    },
    "nl_NL": {
        "Name": "Naam", "Address": "Adres", "Zip": "Postcode", "Town": "Plaats",
        "Phone": "Telefoon", "Fax": "Fax", "Customer": "Klant", "Prefix": "Voorvoegsel",
        "Supplier": "Leverancier", "IdContact": "Contactpersoon ID", "Lastname": "Achternaam",
        "Firstname": "Voornaam", "PostOrFunction": "Post/Functie",
        "IdCompany": "Bedrijfs ID", "CompanyName": "Bedrijfsnaam", "Ref": "Referentie",
        "Label": "Naam", "Description": "Omschrijving", "Type": "Type",
        "UnitPriceHT": "Eenheidsprijs (netto)", "VATRate": "BTW-tarief", "Duration": "Duur",
    },
    "pl_PL": {
        "Name": "Nazwa", "Address": "Adres", "Zip": "Kod pocztowy", "Town": "Miasto",
        "Phone": "Telefon", "Fax": "Faks", "Customer": "Klient", "Prefix": "Przedrostek",
        "Supplier": "Dostawca", "IdContact": "ID Kontaktu", "Lastname": "Nazwisko",
        "Firstname": "Imię", "PostOrFunction": "Stanowisko / Funkcja", "EMail": "E-mail",
        "IdCompany": "ID Firmy", "CompanyName": "Nazwa firmy", "Ref": "Nr ref.",
        "Label": "Nazwa", "Description": "Opis", "Type": "Typ",
        "UnitPriceHT": "Cena jednostkowa (netto)", "VATRate": "Stawka VAT",
        "Duration": "Czas trwania",
    },
    "cs_CZ": {
        "Name": "Název", "Address": "Adresa", "Zip": "PSČ", "Town": "Město",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Zákazník", "Prefix": "Prefix",
        "Supplier": "Dodavatel", "IdContact": "ID kontaktu", "Lastname": "Příjmení",
        "Firstname": "Křestní jméno", "PostOrFunction": "Job position", "EMail": "E-mail",
        "IdCompany": "ID společnosti", "CompanyName": "Název společnosti", "Ref": "Ref.",
        "Label": "Štítek", "Description": "Popis", "Type": "Typ",
        "UnitPriceHT": "Jednotková cena (bez DPH)", "VATRate": "Daňová sazba",
        "Duration": "Trvání",
    },
    "ru_RU": {
        "Name": "Имя", "Address": "Адрес", "Zip": "Почтовый индекс", "Town": "Город",
        "Phone": "Телефон", "Fax": "Факс", "Customer": "Покупатель", "Prefix": "Префикс",
        "Supplier": "Поставщик", "IdContact": "Код контакта", "Lastname": "Фамилия",
        "Firstname": "Имя", "PostOrFunction": "Должность",
        "IdCompany": "Код компании", "CompanyName": "Название компании", "Ref": "Ссылка",
        "Label": "Наименование", "Description": "Описание", "Type": "Тип",
        "UnitPriceHT": "Цена за единицу (без учета налога)", "VATRate": "Ставка НДС",
        "Duration": "Продолжительность",
    },
    "tr_TR": {
        "Name": "Adı", "Address": "Adresi", "Zip": "Posta Kodu", "Town": "İlçesi",
        "Phone": "Telefonu", "Fax": "Faks", "Customer": "Müşteri", "Prefix": "Önek",
        "Supplier": "Tedarikçi", "IdContact": "Kişi kimliği", "Lastname": "Soyadı",
        "Firstname": "Adı", "PostOrFunction": "İş pozisyonu",
        "IdCompany": "Firma kimliği", "CompanyName": "Firma adı", "Ref": "Referans No",
        "Label": "Etiket", "Description": "Açıklama", "Type": "Tür",
        "UnitPriceHT": "Birim fiyat (KDV hariç)", "VATRate": "KDV Oranı", "Duration": "Süre",
    },
    "hu_HU": {
        "Name": "Név", "Address": "Cím", "Zip": "Irányítószám", "Town": "Város",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Vevő", "Prefix": "Előtag",
        "Supplier": "Eladó", "IdContact": "Contact ID", "Lastname": "Vezetéknév",
        "Firstname": "Keresztnév", "PostOrFunction": "Állás pozíció", "EMail": "E-mail",
        "IdCompany": "Cég ID", "CompanyName": "Cégnév", "Ref": "Ref.",
        "Label": "Felirat", "Description": "Leírás", "Type": "Típus",
        "UnitPriceHT": "Egység ár (nettó)", "VATRate": "ÁFA érték", "Duration": "Időtartam",
    },
    "sv_SE": {
        "Name": "Namn", "Address": "Adress", "Zip": "Postnummer", "Town": "Stad",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Kund", "Prefix": "Prefix",
        "Supplier": "Vendor", "IdContact": "Kontact ID", "Lastname": "Efternamn",
        "Firstname": "Förnamn", "PostOrFunction": "Befattning", "EMail": "E-mail",
        "IdCompany": "Företag Id", "CompanyName": "Företagets namn", "Ref": "Ref.",
        "Label": "Etikett", "Description": "Beskrivning", "Type": "Typ",
        "UnitPriceHT": "Pris per enhet (netto)", "VATRate": "Mervärdesskattesats",
        "Duration": "Längd",
    },
    "da_DK": {
        "Name": "Navn", "Address": "Adresse", "Zip": "Zip Code", "Town": "By",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Kunde", "Prefix": "Præfiks",
        "Supplier": "Leverandør", "IdContact": "Kontakt Id", "Lastname": "Efternavn",
        "Firstname": "Fornavn", "PostOrFunction": "Post / Funktion",
        "IdCompany": "CVR", "CompanyName": "Firmanavn", "Ref": "Ref.",
        "Label": "Label", "Description": "Beskrivelse", "Type": "Type",
        "UnitPriceHT": "Enhedspris (netto)", "VATRate": "Momssats", "Duration": "Varighed",
    },
    "fi_FI": {
        "Name": "Nimi", "Address": "Osoite", "Zip": "Postinumero", "Town": "Postitoimipaikka",
        "Phone": "Puhelin", "Fax": "Faksi", "Customer": "Asiakas", "Prefix": "Etuliite",
        "Supplier": "Toimittaja", "IdContact": "Yhteystiedon tunnus", "Lastname": "Sukunimi",
        "Firstname": "Etunimi", "PostOrFunction": "Asema",
        "IdCompany": "Yritystunnus", "CompanyName": "Yrityksen nimi", "Ref": "Viite",
        "Label": "Etiketti", "Description": "Kuvaus", "Type": "Tyyppi",
        "UnitPriceHT": "Yksikköhinta (netto)", "VATRate": "Veroaste", "Duration": "Kesto",
    },
    "ro_RO": {
        "Name": "Nume", "Address": "Adresă", "Zip": "Cod postal", "Town": "Oraş",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Client", "Prefix": "Prefix",
        "Supplier": "Furnizor", "IdContact": "Id-ul Contact", "Lastname": "Nume",
        "Firstname": "Prenume", "PostOrFunction": "Post / Funcţia",
        "IdCompany": "Id-ul de companie", "CompanyName": "Denumirea companiei", "Ref": "Ref.",
        "Label": "Label", "Description": "Descriere", "Type": "Tip",
        "UnitPriceHT": "Unitatea de pret (net)", "VATRate": "TVA", "Duration": "Durata",
    },
    "el_GR": {
        "Name": "Όνομα", "Address": "Διεύθυνση", "Zip": "Ταχ. Κώδικας", "Town": "Πόλη",
        "Phone": "Τηλέφωνο", "Fax": "Φαξ", "Customer": "Πελάτης", "Prefix": "Πρόθεμα",
        "Supplier": "Προμηθευτής", "IdContact": "Αναγνωριστικό αντιπροσώπου",
        "Lastname": "Επίθετο", "Firstname": "Όνομα", "PostOrFunction": "Post/Function",
        "IdCompany": "Αναγνωριστικό εταιρίας", "CompanyName": "Όνομα εταιρίας", "Ref": "Κωδ.",
        "Label": "Ετικέτα", "Description": "Περιγραφή", "Type": "Τύπος",
        "UnitPriceHT": "Τιμή μονάδας (εκτός)", "VATRate": "Συντελεστής Φ.Π.Α.",
        "Duration": "Διάρκεια",
    },
    "sk_SK": {
        "Name": "Názov", "Address": "Adresa", "Zip": "Poštové smerovacie číslo", "Town": "Mesto",
        "Phone": "Telefón", "Fax": "Fax", "Customer": "Zákazník", "Prefix": "Prefix",
        "Supplier": "Vendor", "IdContact": "Contact ID", "Lastname": "Priezvisko",
        "Firstname": "Krstné meno", "PostOrFunction": "Poradie úlohy",
        "IdCompany": "IČ", "CompanyName": "Názov spoločnosti", "Ref": "Ref",
        "Label": "Štítok", "Description": "Popis", "Type": "Typ",
        "UnitPriceHT": "Unit price (excl.)", "VATRate": "Daňová sadzba", "Duration": "Trvanie",
    },
    "bg_BG": {
        "Name": "Име", "Address": "Адрес", "Zip": "Пощ. код", "Town": "Град",
        "Phone": "Телефон", "Fax": "Факс", "Customer": "Клиент", "Prefix": "Префикс",
        "Supplier": "Доставчик", "IdContact": "Идентификатор на контакт", "Lastname": "Фамилия",
        "Firstname": "Собствено име", "PostOrFunction": "Длъжност",
        "IdCompany": "Идентификатор на фирма", "CompanyName": "Име на фирма", "Ref": "Реф.",
        "Label": "Етикет", "Description": "Описание", "Type": "Тип",
        "UnitPriceHT": "Единична цена (нето)", "VATRate": "Данъчната ставка",
        "Duration": "Продължителност",
    },
    "ca_ES": {
        "Name": "Nom", "Address": "Adreça", "Zip": "Codi postal", "Town": "Població",
        "Phone": "Telèfon", "Fax": "Fax", "Customer": "Client", "Prefix": "Prefixe",
        "Supplier": "Proveïdor", "IdContact": "Id contacte", "Lastname": "Cognoms",
        "Firstname": "Nom", "PostOrFunction": "Càrrec laboral",
        "IdCompany": "Id empresa", "CompanyName": "Raó social", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descripció", "Type": "Tipus",
        "UnitPriceHT": "Preu base", "VATRate": "Taxa IVA", "Duration": "Duració",
    },
    "lt_LT": {
        "Name": "Pavadinimas", "Address": "Adresas", "Zip": "Pašto kodas", "Town": "Miestas",
        "Phone": "Telefonas", "Fax": "Faksas", "Customer": "Klientas", "Prefix": "Prefiksas",
        "Supplier": "Vendor", "IdContact": "Adresato ID", "Lastname": "Pavardė",
        "Firstname": "Vardas", "PostOrFunction": "Job position",
        "IdCompany": "Įmonės ID", "CompanyName": "Įmonės pavadinimas", "Ref": "Nuoroda",
        "Label": "Etiketė", "Description": "Aprašymas", "Type": "Tipas",
        "UnitPriceHT": "Unit price (excl.)", "VATRate": "Mokesčio tarifas", "Duration": "Trukmė",
    },
    "hr_HR": {
        "Name": "Ime", "Address": "Adresa", "Zip": "Poštanski broj", "Town": "Grad",
        "Phone": "Telefon:", "Fax": "Faks", "Customer": "Kupac", "Prefix": "Prefiks",
        "Supplier": "Dobavljač", "IdContact": "Id kontakta", "Lastname": "Prezime",
        "Firstname": "Ime", "PostOrFunction": "Radno mjesto", "EMail": "E-pošta",
        "IdCompany": "ID Tvrtke", "CompanyName": "Naziv tvrtke", "Ref": "Broj",
        "Label": "Naziv", "Description": "Opis", "Type": "Vrsta",
        "UnitPriceHT": "Jedinična cijena (bez poreza)", "VATRate": "Stopa poreza",
        "Duration": "Trajanje",
    },
    "et_EE": {
        "Name": "Nimi", "Address": "Aadress", "Zip": "Postiindeks", "Town": "Linn",
        "Phone": "Telefon", "Fax": "Faks", "Customer": "Klient", "Prefix": "Eesliide",
        "Supplier": "Hankija", "IdContact": "Kontakti ID", "Lastname": "Perekonnanimi",
        "Firstname": "Eesnimi", "PostOrFunction": "Job position",
        "IdCompany": "Ettevõtte ID", "CompanyName": "Ettevõtte nimi", "Ref": "Ref.",
        "Label": "Etikett", "Description": "Kirjeldus", "Type": "Liik",
        "UnitPriceHT": "Ühiku hind (neto)", "VATRate": "Maksumäär", "Duration": "Kestus",
    },
    "lv_LV": {
        "Name": "Nosaukums", "Address": "Adrese", "Zip": "Pasta indekss", "Town": "Pilsēta",
        "Phone": "Telefons", "Fax": "Fakss", "Customer": "Klients", "Prefix": "Priedēklis",
        "Supplier": "Pārdevējs", "IdContact": "Kontaktu ID", "Lastname": "Uzvārds",
        "Firstname": "Vārds", "PostOrFunction": "Ieņemamais amats",
        "IdCompany": "Uzņēmuma Id", "CompanyName": "Uzņēmuma nosaukums", "Ref": "Ref.",
        "Label": "Nosaukums", "Description": "Apraksts", "Type": "Tips",
        "UnitPriceHT": "Vienības cena (izņemot)", "VATRate": "Nodokļa likme",
        "Duration": "Ilgums",
    },
    "sl_SI": {
        "Name": "Priimek", "Address": "Naslov", "Zip": "Poštna številka", "Town": "Mesto",
        "Phone": "Telefon", "Fax": "Faks", "Customer": "Kupec", "Prefix": "Predpona",
        "Supplier": "Dobavitelj", "IdContact": "ID kontakta", "Lastname": "Priimek",
        "Firstname": "Ime", "PostOrFunction": "Položaj/Funkcija", "EMail": "E-pošta",
        "IdCompany": "ID podjetja", "CompanyName": "Ime podjetja", "Ref": "Ref.",
        "Label": "Oznaka", "Description": "Opis", "Type": "Tip",
        "UnitPriceHT": "Cena enote (neto)", "VATRate": "Stopnja DDV", "Duration": "Trajanje",
    },
    "vi_VN": {
        "Address": "Địa chỉ", "Zip": "Mã Zip", "Town": "Thành phố",
        "Phone": "Điện thoại", "Fax": "Fax", "Customer": "Khách hàng",
        "Supplier": "Nhà cung cấp", "IdContact": "ID liên lạc", "Lastname": "Họ",
        "Firstname": "Tên", "PostOrFunction": "Vị trí công việc",
        "IdCompany": "ID công ty", "CompanyName": "Tên công ty",
    },
    "ja_JP": {
        "Name": "名", "Address": "住所", "Zip": "郵便番号", "Town": "市区町村",
        "Phone": "電話", "Fax": "ファックス", "Customer": "顧客", "Prefix": "接頭辞",
        "Supplier": "仕入先", "IdContact": "連絡先ID", "Lastname": "姓",
        "Firstname": "姓名の名", "PostOrFunction": "役職",
        "IdCompany": "法人ID", "CompanyName": "法人名", "Ref": "REF。",
        "Label": "ラベル", "Description": "説明", "Type": "タイプ",
        "UnitPriceHT": "単価（純額）", "VATRate": "税率", "Duration": "持続",
    },
    "zh_CN": {
        "Name": "名称", "Address": "地址", "Zip": "邮政编码", "Town": "城市",
        "Phone": "电话", "Fax": "传真", "Customer": "顾客",
        "Supplier": "供应商", "IdContact": "联系人ID", "Lastname": "姓氏",
        "Firstname": "名字", "PostOrFunction": "邮政/功能",
        "IdCompany": "公司ID", "CompanyName": "公司名称", "Ref": "号。",
        "Label": "标签", "Description": "描述", "Type": "类型",
        "UnitPriceHT": "单位价格（净值）", "VATRate": "增值税率", "Duration": "为期",
    },
    "nb_NO": {
        "Name": "Navn", "Address": "Adresse", "Zip": "Postnummer", "Town": "Poststed",
        "Phone": "Telefon", "Fax": "Faks", "Customer": "Kunde", "Prefix": "Prefiks",
        "Supplier": "Leverandør", "IdContact": "Kontaktperson-ID", "Lastname": "Etternavn",
        "Firstname": "Fornavn", "PostOrFunction": "Stilling",
        "IdCompany": "Firma-ID", "CompanyName": "Firmanavn", "Ref": "Ref.",
        "Label": "Etikett", "Description": "Beskrivelse", "Type": "Type",
        "UnitPriceHT": "Enhetspris (ekskl.)", "VATRate": "MVA-sats", "Duration": "Varighet",
    },
    "ar_SA": {
        "Name": "اسم", "Address": "عنوان", "Zip": "الرمز البريدي", "Town": "مدينة",
        "Phone": "الهاتف", "Fax": "الفاكس", "Customer": "العميل", "Prefix": "بادئة",
        "Supplier": "المورد", "IdContact": "رقم تعريف الاتصال", "Lastname": "اللقب",
        "PostOrFunction": "Job position",
        "IdCompany": "رقم تعريف الشركة", "CompanyName": "اسم الشركة", "Ref": "المرجع",
        "Label": "ملصق", "Description": "الوصف", "Type": "اكتب",
        "UnitPriceHT": "سعر الوحدة (غير شامل)", "VATRate": "معدل الضريبة", "Duration": "مدة",
    },
    "ko_KR": {
        "Name": "이름", "Address": "주소", "Zip": "우편 번호", "Town": "시",
        "Phone": "전화", "Fax": "팩스", "Customer": "고객", "Prefix": "접두사",
        "Supplier": "Vendor", "IdContact": "담당자 ID", "Lastname": "성씨",
        "Firstname": "이름", "PostOrFunction": "직위",
        "IdCompany": "회사 ID", "CompanyName": "회사 이름", "Ref": "참조",
        "Label": "라벨", "Description": "설명", "Type": "유형",
        "UnitPriceHT": "Unit price (excl.)", "VATRate": "세율", "Duration": "기간",
    },
    "zh_TW": {
        "Name": "名稱", "Address": "地址", "Zip": "郵遞區號", "Town": "城市",
        "Phone": "電話", "Fax": "傳真號碼", "Customer": "客戶", "Prefix": "字首",
        "Supplier": "供應商", "IdContact": "聯系人ID", "Lastname": "姓氏",
        "Firstname": "名字", "PostOrFunction": "職稱", "EMail": "電子郵件",
        "IdCompany": "公司ID", "CompanyName": "公司名稱", "Ref": "參考號",
        "Label": "標籤", "Description": "詳細描述", "Type": "類型",
        "UnitPriceHT": "單位價格(凈值)", "VATRate": "稅率", "Duration": "為期",
    },
    "sr_RS": {
        "Name": "Ime", "Address": "Adresa", "Zip": "Poštanski broj", "Town": "Grad",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Klijent", "Prefix": "Prefiks",
        "Supplier": "Dobavljači", "IdContact": "Id Kontakta", "Lastname": "Prezime",
        "Firstname": "Ime", "PostOrFunction": "Poslovna funkcija", "EMail": "E-mail",
        "IdCompany": "Id Kompanije", "CompanyName": "Ime kompanije", "Ref": "Ref.",
        "Label": "Naziv", "Description": "Opis", "Type": "Tip",
        "UnitPriceHT": "Jedinična cena (neto)", "VATRate": "Stopa poreza", "Duration": "Trajanje",
    },
    "mk_MK": {
        "Name": "Name", "Address": "Адреса", "Zip": "Поштенски број", "Town": "Градот",
        "Phone": "Телефон", "Fax": "Факс", "Customer": "Клиент", "Prefix": "Prefix",
        "Supplier": "Продавач", "IdContact": "Ид на контакт", "Lastname": "Презиме",
        "Firstname": "Име", "PostOrFunction": "Работна позиција",
        "IdCompany": "Ид на компанијата", "CompanyName": "Име на компанија", "Ref": "Ref.",
        "Label": "Label", "Description": "Description", "Type": "Type",
        "UnitPriceHT": "Unit price (excl.)", "VATRate": "Tax Rate", "Duration": "Duration",
    },
    "gl_ES": {
        "Name": "Nome", "Address": "Enderezo", "Zip": "Código postal", "Town": "Poboación",
        "Phone": "Teléfono", "Fax": "Fax", "Customer": "Cliente", "Prefix": "Prefixo",
        "Supplier": "Provedor", "IdContact": "Id contacto", "Lastname": "Apelidos",
        "Firstname": "Nome", "PostOrFunction": "Posto de traballo",
        "IdCompany": "Id empresa", "CompanyName": "Razón social", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descrición", "Type": "Tipo",
        "UnitPriceHT": "Prezo base", "VATRate": "Taxa IVE", "Duration": "Permanencia",
    },
    "is_IS": {
        "Name": "Nafn", "Address": "Heimilisfang", "Zip": "Zip Code", "Town": "City",
        "Phone": "Sími", "Fax": "Fax", "Customer": "Viðskiptavinur", "Prefix": "Forskeyti",
        "Supplier": "Vendor", "IdContact": "Hafðu Id", "Lastname": "Lastname",
        "Firstname": "Firstname", "PostOrFunction": "Job position",
        "IdCompany": "Fyrirtækið Auðkenni", "CompanyName": "Nafn fyrirtækis", "Ref": "Tilv.",
        "Label": "Merki", "Description": "Lýsing", "Type": "Tegund",
        "UnitPriceHT": "Unit price (excl.)", "VATRate": "VSK-hlutfall", "Duration": "Lengd",
    },
    "bs_BA": {
        "Name": "Naziv", "Address": "Adresa", "Zip": "Poštanski broj", "Town": "Grad",
        "Phone": "Telefon", "Fax": "Fax", "Customer": "Kupac", "Prefix": "Prefiks",
        "Supplier": "Dobavljač", "IdContact": "ID kontakta", "Lastname": "Prezime",
        "Firstname": "Ime", "PostOrFunction": "Pozicija", "EMail": "Email",
        "IdCompany": "ID kompanije", "CompanyName": "Ime kompanije", "Ref": "Ref.",
        "Label": "Oznaka", "Description": "Opis", "Type": "Tip",
        "UnitPriceHT": "Jedinična cijena (neto)", "VATRate": "Stopa poreza", "Duration": "Trajanje",
    },
    "sw_SW": {
        "Name": "Name", "Address": "Anwani", "Zip": "Namba ya Posta", "Town": "Jiji",
        "Phone": "Simu", "Fax": "Faksi", "Customer": "Mteja", "Prefix": "Prefix",
        "Supplier": "Mchuuzi", "IdContact": "Anwani Id", "Lastname": "Jina la familia",
        "Firstname": "Jina la kwanza", "PostOrFunction": "Nafasi ya kazi", "EMail": "E-mail",
        "IdCompany": "Kitambulisho cha Kampuni", "CompanyName": "Jina la kampuni",
        "Ref": "Ref.", "Label": "Label", "Description": "Description", "Type": "Type",
        "UnitPriceHT": "Unit price (net)", "VATRate": "Tax Rate", "Duration": "Duration",
    },
    "az_AZ": {
        "Name": "ad", "Address": "Ünvan", "Zip": "Poçt kodu", "Town": "Şəhər",
        "Phone": "Telefon", "Fax": "Faks", "Customer": "Müştəri", "Prefix": "Prefiks",
        "Supplier": "Satıcı", "IdContact": "Əlaqə nömrəsi", "Lastname": "Soyad",
        "Firstname": "Ad", "PostOrFunction": "İş mövqeyi",
        "IdCompany": "Şirkət ID", "CompanyName": "Şirkət adı", "Ref": "Ref.",
        "Label": "Etiket", "Description": "Təsvir", "Type": "Növ",
        "UnitPriceHT": "Vahid qiyməti (xaric)", "VATRate": "Vergi dərəcəsi", "Duration": "Müddət",
    },
    "kk_KZ": {
        "Name": "Аты", "Address": "Мекенжай", "Zip": "Пошталық индекс", "Town": "Қала",
        "Phone": "Телефон", "Fax": "Факс", "Customer": "Тұтынушы", "Prefix": "Префикс",
        "Supplier": "Сатушы", "IdContact": "Байланыс идентификаторы", "Lastname": "Тек",
        "Firstname": "Аты", "PostOrFunction": "Жұмыс орны",
        "IdCompany": "Компания идентификаторы", "CompanyName": "Компанияның Аты",
        "Ref": "Сілт.", "Label": "Заттаңба", "Description": "Сипаттама", "Type": "Түрі",
        "UnitPriceHT": "Бірлік бағасы (қоспағанда)", "VATRate": "Салық ставкасы",
        "Duration": "Ұзақтығы",
    },
    "fa_IR": {
        "Name": "نام", "Address": "نشانی", "Zip": "کدپستی", "Town": "شهر",
        "Phone": "تلفن", "Fax": "فکس", "Customer": "مشتری", "Prefix": "پیشوند",
        "Supplier": "فروشنده", "IdContact": "شناسۀ طرف\u200cتماس", "Lastname": "نام خانوادگی",
        "Firstname": "نام", "PostOrFunction": "مرتبۀ شغلی", "EMail": "E-mail",
        "IdCompany": "شناسۀ شرکت", "CompanyName": "نام شرکت", "Ref": "کد عکس.",
        "Label": "برچسب", "Description": "توصیف", "Type": "نوع",
        "UnitPriceHT": "قیمت واحد (خالص)", "VATRate": "نرخ مالیات", "Duration": "مدت",
    },
    "th_TH": {
        "Name": "ชื่อ", "Address": "ที่อยู่", "Zip": "รหัสไปรษณีย์", "Town": "เมือง",
        "Phone": "โทรศัพท์", "Fax": "แฟกซ์", "Customer": "ลูกค้า", "Prefix": "อุปสรรค",
        "Supplier": "ผู้ผลิต", "IdContact": "รหัสที่ติดต่อ", "Lastname": "นามสกุล",
        "Firstname": "ชื่อแรก", "PostOrFunction": "Job position", "EMail": "E-mail",
        "IdCompany": "Id บริษัท", "CompanyName": "ชื่อ บริษัท", "Ref": "อ้าง",
        "Label": "ฉลาก", "Description": "ลักษณะ", "Type": "ชนิด",
        "UnitPriceHT": "ราคาต่อหน่วย (สุทธิ)", "VATRate": "อัตราภาษี", "Duration": "ระยะเวลา",
    },
    "ur_PK": {
        "Name": "نام", "Address": "پتہ", "Zip": "زپ کوڈ", "Town": "شہر",
        "Phone": "فون", "Fax": "فیکس", "Customer": "صارف", "Prefix": "سابقہ",
        "Supplier": "فروش", "IdContact": "رابطہ کی شناخت", "Lastname": "آخری نام",
        "Firstname": "پہلا نام", "PostOrFunction": "عہدہ",
        "IdCompany": "کمپنی کی شناخت", "CompanyName": "کمپنی کا نام", "Ref": "حوالہ",
        "Label": "لیبل", "Description": "تفصیل", "Type": "قسم",
        "UnitPriceHT": "یونٹ کی قیمت (سوائے)", "VATRate": "ٹیکس کی شرح", "Duration": "دورانیہ",
    },
    "ta_IN": {
        "Name": "பெயர்", "Address": "முகவரி", "Zip": "அஞ்சல் குறியீடு", "Town": "நகரம்",
        "Phone": "தொலைபேசி", "Fax": "தொலைநகல்", "Customer": "வாடிக்கையாளர்",
        "Prefix": "முன்னொட்டு", "Supplier": "விற்பனையாளர்", "IdContact": "தொடர்பு ஐடி",
        "Lastname": "கடைசி பெயர்", "Firstname": "முதல் பெயர்", "PostOrFunction": "வேலை நிலை",
        "IdCompany": "நிறுவனத்தின் ஐடி", "CompanyName": "நிறுவனத்தின் பெயர்", "Ref": "Ref.",
        "Label": "லேபிள்", "Description": "விளக்கம்", "Type": "வகை",
        "UnitPriceHT": "யூனிட் விலை (தவிர)", "VATRate": "வரி விகிதம்", "Duration": "கால அளவு",
    },
    "km_KH": {
        "Name": "Name", "Address": "អាស័យដ្ឋាន", "Zip": "លេខកូដតំបន់", "Town": "ទីក្រុង",
        "Phone": "ទូរស័ព្ទ", "Fax": "ទូរសារ", "Customer": "អតិថិជន", "Prefix": "Prefix",
        "Supplier": "អ្នកលក់", "IdContact": "លេខសម្គាល់ទំនាក់ទំនង", "Lastname": "នាមត្រកូល",
        "Firstname": "ឈ្មោះដំបូង", "PostOrFunction": "មុខតំណែងការងារ", "EMail": "E-mail",
        "IdCompany": "លេខសម្គាល់ក្រុមហ៊ុន", "CompanyName": "ឈ្មោះក្រុមហ៊ុន", "Ref": "Ref.",
        "Label": "Label", "Description": "Description", "Type": "Type",
        "UnitPriceHT": "Unit price (net)", "VATRate": "Tax Rate", "Duration": "Duration",
    },
    "pt_BR": {
        "Name": "Nome", "Address": "Endereço", "Zip": "CEP", "Town": "Município",
        "Phone": "Telefone", "Fax": "Fax", "Customer": "Cliente", "Prefix": "Prefixo",
        "Supplier": "Fornecedor", "IdContact": "ID do contato", "Lastname": "Sobrenome",
        "Firstname": "Primeiro nome", "PostOrFunction": "Cargo", "EMail": "E-mail",
        "IdCompany": "ID da empresa", "CompanyName": "Razão social", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descrição", "Type": "Tipo",
        "UnitPriceHT": "Preço Base", "VATRate": "Taxa ICMS", "Duration": "Duração",
    },
    "es_MX": {
        "Name": "Nombre", "Address": "Dirección", "Zip": "Código postal", "Town": "Ciudad",
        "Phone": "Teléfono", "Fax": "Fax", "Customer": "Cliente", "Prefix": "Prefijo",
        "Supplier": "Proveedor", "IdContact": "ID de contacto", "Lastname": "Apellido",
        "Firstname": "Nombre(s)", "PostOrFunction": "Puesto/función",
        "IdCompany": "ID de empresa", "CompanyName": "Nombre de la empresa", "Ref": "Ref.",
        "Label": "Etiqueta", "Description": "Descripción", "Type": "Tipo",
        "UnitPriceHT": "Precio base", "VATRate": "Tasa de IVA", "Duration": "Duración",
    },
    "fr_CA": {
        "Name": "Nom", "Address": "Adresse", "Zip": "Code postal", "Town": "Ville",
        "Phone": "Téléphone", "Fax": "Fax", "Customer": "Client", "Prefix": "Préfixe",
        "Supplier": "Fournisseur", "IdContact": "Identifiant contact", "Lastname": "Nom",
        "Firstname": "Prénom", "PostOrFunction": "Poste", "EMail": "Courriel",
        "IdCompany": "Identifiant société", "CompanyName": "Raison sociale", "Ref": "Réf.",
        "Label": "Libellé", "Description": "Description", "Type": "Type",
        "UnitPriceHT": "Prix unitaire (no tax.)", "VATRate": "Taux TPS/TVH", "Duration": "Durée",
    },
    "en_US": {
        "Name": "Name", "Address": "Address", "Zip": "Zip Code", "Town": "City",
        "Phone": "Phone", "Fax": "Fax", "Customer": "Customer", "Prefix": "Prefix",
        "Supplier": "Vendor", "IdContact": "Contact Id", "Lastname": "Last name",
        "Firstname": "First name", "PostOrFunction": "Job position", "EMail": "E-mail",
        "IdCompany": "Company Id", "CompanyName": "Company name", "Ref": "Ref.",
        "Label": "Label", "Description": "Description", "Type": "Type",
        "UnitPriceHT": "Unit price (net)", "VATRate": "Tax Rate", "Duration": "Duration",
    },
    "bn_BD": {
        "Name": "নাম", "Address": "ঠিকানা", "Zip": "জিপ কোড", "Town": "শহর",
        "Phone": "ফোন", "Fax": "Fax", "Customer": "ক্রেতা", "Prefix": "উপসর্গ",
        "Supplier": "বিক্রেতা", "IdContact": "যোগাযোগের আইডি", "Lastname": "নামের শেষাংশ",
        "Firstname": "নামের প্রথম অংশ", "PostOrFunction": "চাকুরী পদমর্যাদা", "EMail": "ইমেইল",
        "IdCompany": "কোম্পানি আইডি", "CompanyName": "কোমপানির নাম", "Ref": "রেফ.",
        "Label": "লেবেল", "Description": "বর্ণনা", "Type": "Type",
        "UnitPriceHT": "ইউনিট মূল্য (বাদে)", "VATRate": "করের হার", "Duration": "সময়কাল",
    },
}

# Each profile: (file, [(label key, demo column)]), in the profile's field order.
THIRD_PARTIES = [("Id", "rowid"), ("Name", "nom"), ("Customer", "client"),
                 ("Supplier", "fournisseur"), ("Address", "address"), ("Zip", "cp"),
                 ("Town", "ville"), ("Phone", "tel"), ("Fax", "fax"), ("Url", "url"),
                 ("Prefix", "prefix_comm")]
CONTACTS = [("IdContact", "rowid"), ("Lastname", "name"), ("Firstname", "firstname"),
            ("PostOrFunction", "poste"), ("Phone", "phone"), ("Fax", "fax"),
            ("EMail", "email"), ("IdCompany", "fk_soc"), ("CompanyName", "company")]
PRODUCTS = [("Id", "rowid"), ("Ref", "ref"), ("Label", "label"), ("Type", "fk_product_type"),
            ("Description", "description"), ("Duration", "duration"),
            ("UnitPriceHT", "price"), ("VATRate", "tva_tx")]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(path: Path, fields: list[tuple[str, str]], rows: list[dict[str, str]],
          labels: dict[str, str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow([labels.get(key, key) for key, _ in fields])
        for row in rows:
            out.writerow([row.get(col, "") for _, col in fields])


def main(demo: str, lang: str, out_dir: str) -> None:
    src, out, labels = Path(demo), Path(out_dir), LABELS[lang]
    out.mkdir(parents=True, exist_ok=True)
    parties = read(src / "llx_societe.csv")
    names = {p["rowid"]: p["nom"] for p in parties}
    contacts = read(src / "llx_socpeople.csv")
    for c in contacts:
        c["company"] = names.get(c["fk_soc"], "")
    write(out / "export_societe_1.csv", THIRD_PARTIES, parties, labels)
    write(out / "export_societe_2.csv", CONTACTS, contacts, labels)
    write(out / "export_produit_1.csv", PRODUCTS, read(src / "llx_product.csv"), labels)


if __name__ == "__main__":
    main(*sys.argv[1:4])
