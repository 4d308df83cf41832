"""Twenty CRM's seeds (twenty-crm-seeds' CSVs) -> Twenty's own CSV export, labels translated.

Run: python twenty_export.py SEEDS_CSV_DIR LANG OUT_DIR (SEEDS_CSV_DIR: the twenty-crm-seeds
export's company.csv, person.csv, opportunity.csv).

Why: Twenty's export (twenty-shared ``buildRecordExportColumns`` /
``formatRecordExportHeader`` / ``formatRecordExportRow``) heads each column with the field's
label, which the server translates to the user's locale for a standard field (lingui
catalogs), then `` / `` and the composite part's label (English constants); a many-to-one
relation is ``<label> Id``; the first column is ``Id``. Values: a currency amount divided by
1,000,000, a value starting with = + - @ tab or CR prefixed with U+200D, quoted when it holds a
comma, quote or line end; the header starts with a BOM. LABELS holds the translations copied
from the catalog named in SOURCE.md.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

SUB = {"FULL_NAME": [("firstName", "First Name"), ("lastName", "Last Name")],
       "EMAILS": [("primaryEmail", "Primary Email"), ("additionalEmails", "Additional Emails")],
       "LINKS": [("primaryLinkLabel", "Link Label"), ("primaryLinkUrl", "Link URL"),
                 ("secondaryLinks", "Secondary Links")],
       "PHONES": [("primaryPhoneNumber", "Primary Phone Number"),
                  ("primaryPhoneCountryCode", "Primary Phone Country Code"),
                  ("primaryPhoneCallingCode", "Primary Phone Calling Code"),
                  ("additionalPhones", "Additional Phones")],
       "ADDRESS": [("addressStreet1", "Address 1"), ("addressStreet2", "Address 2"),
                   ("addressCity", "City"), ("addressState", "State"),
                   ("addressCountry", "Country"), ("addressPostcode", "Post Code"),
                   ("addressLat", "Latitude"), ("addressLng", "Longitude")],
       "CURRENCY": [("amountMicros", "Amount"), ("currencyCode", "Currency")],
       "ACTOR": [("source", "Source"), ("name", "Name"),
                 ("workspaceMemberId", "Workspace Member"), ("context", "Context")]}
# (field, English label, type) in the seed's order: the standard fields the seeds fill
# (position, the list's sort order, and the seeds' custom fields are not exported here).
FIELDS = {
    "company": [("name", "Name", "TEXT"), ("domainName", "Domain Name", "LINKS"),
                ("address", "Address", "ADDRESS"), ("createdBy", "Created by", "ACTOR")],
    "person": [("name", "Name", "FULL_NAME"), ("phones", "Phones", "PHONES"),
               ("city", "City", "TEXT"), ("company", "Company", "RELATION"),
               ("emails", "Emails", "EMAILS"), ("createdBy", "Created by", "ACTOR")],
    "opportunity": [("name", "Name", "TEXT"), ("amount", "Amount", "CURRENCY"),
                    ("stage", "Stage", "SELECT"),
                    ("pointOfContact", "Point of Contact", "RELATION"),
                    ("company", "Company", "RELATION"), ("createdBy", "Created by", "ACTOR")]}
# twenty-server generated/<locale>.ts at commit 003cb254dd8d383f3ce782bc587c6a58bef568a3 (fr, de,
# es; the others at the commits named beside them)
LABELS = {
    "fr": {"Name": "Nom", "Domain Name": "Nom de domaine", "Address": "Adresse",
           "Created by": "Créé par", "Phones": "Téléphones", "City": "Ville",
           "Company": "Entreprise", "Emails": "Emails", "Amount": "Montant",
           "Stage": "Étape", "Point of Contact": "Point de contact"},
    "de": {"Name": "Name", "Domain Name": "Domainname", "Address": "Adresse",
           "Created by": "Erstellt von", "Phones": "Telefone", "City": "Stadt",
           "Company": "Unternehmen", "Emails": "E-Mails", "Amount": "Betrag",
           "Stage": "Phase", "Point of Contact": "Ansprechpartner"},
    "es": {"Name": "Nombre", "Domain Name": "Nombre de dominio", "Address": "Dirección",
           "Created by": "Creado por", "Phones": "Teléfonos", "City": "Ciudad",
           "Company": "Empresa", "Emails": "Correos electrónicos", "Amount": "Importe",
           "Stage": "Etapa", "Point of Contact": "Punto de contacto"},
    # keys199: the ja-JP catalog at 4567018d (its "Phones" and "Point of Contact" entries
    # hold the quotation marks as written), pt-BR at 4aff7573, it-IT at 442e2cd9
    "ja": {"Name": "名前", "Domain Name": "ドメイン名", "Address": "住所",
           "Created by": "作成者", "Phones": '"電話番号"', "City": "市",
           "Company": "会社", "Emails": "メール", "Amount": "金額",
           "Stage": "ステージ", "Point of Contact": '"担当者"'},
    "pt-br": {"Name": "Nome", "Domain Name": "Nome de Domínio", "Address": "Endereço",
              "Created by": "Criado por", "Phones": "Telefones", "City": "Cidade",
              "Company": "Empresa", "Emails": "E-mails", "Amount": "Valor",
              "Stage": "Fase", "Point of Contact": "Ponto de Contato"},
    "it": {"Name": "Nome", "Domain Name": "Nome di dominio", "Address": "Indirizzo",
           "Created by": "Creato da", "Phones": "Telefoni", "City": "Città",
           "Company": "Azienda", "Emails": "Email", "Amount": "Importo",
           "Stage": "Fase", "Point of Contact": "Punto di contatto"},
    # keys206: ko-KR and nl-NL at 002d2970, zh-CN at 014e95c2 (no "City" entry: English kept,
    # as the server falls back to the source label), ru-RU at 0097b7a8 (its Phones, Stage and
    # Point of Contact entries hold a lone backslash, kept as the server would send them)
    "ko": {"Name": "이름", "Domain Name": "도메인 이름", "Address": "주소",
           "Created by": "작성자", "Phones": "전화번호", "City": "도시",
           "Company": "회사", "Emails": "이메일", "Amount": "금액",
           "Stage": "단계", "Point of Contact": "담당자"},
    "nl": {"Name": "Naam", "Domain Name": "Domeinnaam", "Address": "Adres",
           "Created by": "Gemaakt door", "Phones": "Telefoons", "City": "Stad",
           "Company": "Bedrijf", "Emails": "E-mails", "Amount": "Bedrag",
           "Stage": "Fase", "Point of Contact": "Contactpersoon"},
    "zh-cn": {"Name": "名称", "Domain Name": "域名", "Address": "地址",
              "Created by": "创建者", "Phones": "电话",
              "Company": "公司", "Emails": "电子邮件", "Amount": "金额",
              "Stage": "阶段", "Point of Contact": "联系人"},
    "ru": {"Name": "Имя", "Domain Name": "Доменное имя", "Address": "Адрес",
           "Created by": "Создано", "Phones": "\\", "City": "Город",
           "Company": "Компания", "Emails": "Адреса электронной почты", "Amount": "Сумма",
           "Stage": "\\", "Point of Contact": "\\"},
    # keys217: ar-SA at 0097b7a8, he-IL at 1162eabf (its Created by entry holds the quotation
    # mark of the abbreviation), el-GR at 4567018d (its Phones and Point of Contact entries hold
    # two backslashes, kept as the server would send them), tr-TR at 0013bd68, zh-TW at 002d2970
    "ar": {"Name": "الاسم", "Domain Name": "اسم النطاق", "Address": "العنوان",
           "Created by": "أنشأت بواسطة", "Phones": "هواتف", "City": "المدينة",
           "Company": "الشركة", "Emails": "البريد الإلكتروني", "Amount": "المبلغ",
           "Stage": "المرحلة", "Point of Contact": "نقطة الاتصال"},
    "he": {"Name": "שם", "Domain Name": "שם דומיין", "Address": "כתובת",
           "Created by": 'נוצר ע"י', "Phones": "טלפונים", "City": "עיר",
           "Company": "חברה", "Emails": "אימיילים", "Amount": "סכום",
           "Stage": "שלב", "Point of Contact": "איש קשר"},
    "el": {"Name": "Όνομα", "Domain Name": "Όνομα Domain", "Address": "Διεύθυνση",
           "Created by": "Δημιουργημένο Από", "Phones": "\\\\", "City": "Πόλη",
           "Company": "Εταιρεία", "Emails": "Ηλεκτρονικά Μηνύματα", "Amount": "Ποσό",
           "Stage": "Στάδιο", "Point of Contact": "\\\\"},
    "tr": {"Name": "İsim", "Domain Name": "Alan Adı", "Address": "Adres",
           "Created by": "Oluşturan", "Phones": "Telefonlar", "City": "Şehir",
           "Company": "Şirket", "Emails": "E-postalar", "Amount": "Miktar",
           "Stage": "Aşama", "Point of Contact": "İletişim Noktası"},
    "zh-tw": {"Name": "名稱", "Domain Name": "域名", "Address": "地址",
              "Created by": "創建者", "Phones": "電話", "City": "城市",
              "Company": "公司", "Emails": "電子郵件", "Amount": "金額",
              "Stage": "階段", "Point of Contact": "聯絡人"},
    # keys219: uk-UA at 00b10015 (no "City" entry: English kept), sr-Cyrl at 002d2970, vi-VN,
    # hu-HU and cs-CZ at 0013bd68, fi-FI at 0097b7a8
    "uk": {"Name": "Назва", "Domain Name": "Назва домену", "Address": "Адреса",
           "Created by": "Створено", "Phones": "Телефони",
           "Company": "Компанія", "Emails": "Електронні листи", "Amount": "Сума",
           "Stage": "Етап", "Point of Contact": "Контактна особа"},
    "sr": {"Name": "Име", "Domain Name": "Име домена", "Address": "Адреса",
           "Created by": "Креирао/ла", "Phones": "Телефони", "City": "Град",
           "Company": "Компанија", "Emails": "Е-маилови", "Amount": "Износ",
           "Stage": "Фаза", "Point of Contact": "Контакт особа"},
    "vi": {"Name": "Tên", "Domain Name": "Tên miền", "Address": "Địa chỉ",
           "Created by": "Người tạo", "Phones": "Điện thoại", "City": "Thành phố",
           "Company": "Công ty", "Emails": "Email", "Amount": "Số tiền",
           "Stage": "Giai đoạn", "Point of Contact": "Điểm liên hệ"},
    "fi": {"Name": "Nimi", "Domain Name": "Verkkotunnus", "Address": "Osoite",
           "Created by": "Luoja", "Phones": "Puhelimet", "City": "Kaupunki",
           "Company": "Yritys", "Emails": "Sähköpostit", "Amount": "Määrä",
           "Stage": "Vaihe", "Point of Contact": "Yhteyshenkilö"},
    "hu": {"Name": "Név", "Domain Name": "Domain név", "Address": "Cím",
           "Created by": "Létrehozta", "Phones": "Telefonok", "City": "Város",
           "Company": "Cég", "Emails": "Email címek", "Amount": "Összeg",
           "Stage": "Szakasz", "Point of Contact": "Kapcsolattartó"},
    "cs": {"Name": "Jméno", "Domain Name": "Název domény", "Address": "Adresa",
           "Created by": "Vytvořil", "Phones": "Telefony", "City": "Město",
           "Company": "Společnost", "Emails": "Emaily", "Amount": "Množství",
           "Stage": "Fáze", "Point of Contact": "Kontaktní osoba"},
    # keys228: pl-PL and pt-PT at 4567018d (pt-PT's "Emails" entry is the English word), ro-RO
    # and da-DK at 442e2cd9, sv-SE and no-NO at 39d8324e
    "pl": {"Name": "Nazwa", "Domain Name": "Nazwa domeny", "Address": "Adres",
           "Created by": "Utworzone przez", "Phones": "Telefony", "City": "Miasto",
           "Company": "Firma", "Emails": "Emaile", "Amount": "Kwota",
           "Stage": "Etap", "Point of Contact": "Osoba kontaktowa"},
    "pt-pt": {"Name": "Nome", "Domain Name": "Nome de Domínio", "Address": "Endereço",
              "Created by": "Criado por", "Phones": "Telefones", "City": "Cidade",
              "Company": "Empresa", "Emails": "Emails", "Amount": "Montante",
              "Stage": "Fase", "Point of Contact": "Ponto de Contacto"},
    "ro": {"Name": "Nume", "Domain Name": "Nume domeniu", "Address": "Adresă",
           "Created by": "Creat de", "Phones": "Telefoane", "City": "Oraș",
           "Company": "Companie", "Emails": "Email-uri", "Amount": "Sumă",
           "Stage": "Etapă", "Point of Contact": "Punct de Contact"},
    "sv": {"Name": "Namn", "Domain Name": "Domännamn", "Address": "Adress",
           "Created by": "Skapad av", "Phones": "Telefoner", "City": "Stad",
           "Company": "Företag", "Emails": "E-postadresser", "Amount": "Belopp",
           "Stage": "Stadium", "Point of Contact": "Kontaktperson"},
    "da": {"Name": "Navn", "Domain Name": "Domænenavn", "Address": "Adresse",
           "Created by": "Oprettet af", "Phones": "Telefoner", "City": "By",
           "Company": "Virksomhed", "Emails": "E-mails", "Amount": "Beløb",
           "Stage": "Fase", "Point of Contact": "Kontaktpunkt"},
    "no": {"Name": "Navn", "Domain Name": "Domenenavn", "Address": "Adresse",
           "Created by": "Opprettet av", "Phones": "Telefoner", "City": "By",
           "Company": "Selskap", "Emails": "E-poster", "Amount": "Beløp",
           "Stage": "Fase", "Point of Contact": "Kontaktpunkt"},
    # keys235: af-ZA at f7fb57d5, ca-ES at 4aff7573, sr-Latn at ae0a3244 (its Name, Phones,
    # Stage and Point of Contact entries are the English words, kept as the server sends them)
    "af": {"Name": "Naam", "Domain Name": "Domein Naam", "Address": "Adres",
           "Created by": "Geskep deur", "Phones": "Telefone", "City": "Stad",
           "Company": "Maatskappy", "Emails": "E-posse", "Amount": "Bedrag",
           "Stage": "Fase", "Point of Contact": "Kontakpunt"},
    "ca": {"Name": "Nom", "Domain Name": "Nom de Domini", "Address": "Adreça",
           "Created by": "Creat per", "Phones": "Telèfons", "City": "Ciutat",
           "Company": "Empresa", "Emails": "Correus electrònics", "Amount": "Import",
           "Stage": "Etapa", "Point of Contact": "Punt de contacte"},
    "sr-latn": {"Name": "Name", "Domain Name": "Ime domena", "Address": "Adresa",
                "Created by": "Kreirao/la", "Phones": "Phones", "City": "Grad",
                "Company": "Kompanija", "Emails": "E-mailovi", "Amount": "Iznos",
                "Stage": "Stage", "Point of Contact": "Point of Contact"},
    # keys275: hy-AM at 0caaf779, uz-UZ at 805dbd53 (catalogs of the newer server, whose
    # standard labels carry the lingui context "fieldMetadata.label"; neither has a "City"
    # entry: English kept, as the server falls back to the source label)
    "hy": {"Name": "Անվանում", "Domain Name": "Դոմենի անուն", "Address": "Հասցե",
           "Created by": "Ստեղծողը", "Phones": "Հեռախոսներ",
           "Company": "Կազմակերպություն", "Emails": "Էլ. նամակներ", "Amount": "Գումար",
           "Stage": "Փուլ", "Point of Contact": "Հիմնական կապ"},
    "uz": {"Name": "Nomi", "Domain Name": "Domen nomi", "Address": "Manzil",
           "Created by": "Tomonidan yaratilgan", "Phones": "Telefonlar",
           "Company": "Kompaniya", "Emails": "Email xabarlari", "Amount": "Summa",
           "Stage": "Bosqich", "Point of Contact": "Aloqa shaxsi"},
}
ZWJ = "\u200d"


def seed_value(row: dict, field: str, part: str | None) -> str:
    """The seed CSV's column for a field (part): Twenty's flattened database column."""
    if part is None:
        return row.get(field) or row.get(field + "Id", "")
    return row.get(field + part[0].upper() + part[1:], "")


def cell(value: str) -> str:
    """formatValueForCSV(sanitizeValueForCSVExport(value)), as Twenty writes a cell."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        value = ZWJ + value
    if any(ch in value for ch in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def export(table: str, rows: list[dict], labels: dict[str, str]) -> str:
    """One table's CSV text as Twenty's export writes it."""
    header, getters = ["Id"], [lambda r: r["id"]]
    for field, english, kind in FIELDS[table]:
        label = labels.get(english, english)
        if kind == "RELATION":
            header.append(f"{label} Id")
            getters.append(lambda r, f=field: r.get(f + "Id", ""))
        elif kind in SUB:
            for part, sub in SUB[kind]:
                header.append(f"{label} / {sub}")
                getters.append(lambda r, f=field, p=part, k=kind: micros(
                    seed_value(r, f, p), k == "CURRENCY" and p == "amountMicros"))
        else:
            header.append(label)
            getters.append(lambda r, f=field: r.get(f, ""))
    lines = ["\ufeff" + ",".join(cell(h) for h in header)]
    lines += [",".join(cell(get(r)) for get in getters) for r in rows]
    return "\n".join(lines) + "\n"


def micros(value: str, divide: bool) -> str:
    """Number(amountMicros) / 1_000_000 as JavaScript prints it (100000 -> 0.1)."""
    if not divide or value == "":
        return value
    number = int(value) / 1_000_000
    return str(int(number)) if number == int(number) else repr(number)


def main(src: Path, lang: str, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for table in FIELDS:
        with (src / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        (dst / f"{table}.csv").write_text(export(table, rows, LABELS[lang]),
                                          encoding="utf-8", newline="")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
