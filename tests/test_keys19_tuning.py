"""Rules added after measuring keys19's three exports held out (issue 13, session 13), on
made-up data so they run where the public data is absent: Outlook's other address, faxes,
post-office boxes and family beside its business and home ones; Outlook's German titles;
Italian column words; Italian file names (articles, activities, price lists, the register
of parties) and the Romance order of a name's words ('listini cliente': price lists); an
import's example file; a side alone ('Privat') names no column; Japanese titles cut into
words ('会社電話' -> business phone)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, top


def _frame(columns: dict[str, list[str]]) -> pl.DataFrame:
    return pl.DataFrame(columns)


def test_outlooks_other_address_beside_a_home_address_is_the_third() -> None:
    people = _frame({
        "First Name": ["Ann", "Bob"], "Last Name": ["Lee", "Ray"],
        "Business Street": ["5 Mill Ln", "6 Park Ln"], "Business State": ["Yorks", "Yorks"],
        "Home Street": ["1 Elm Rd", "2 Oak Rd"], "Home City": ["Leeds", "York"],
        "Home Postal Code": ["LS1 1AA", "YO1 1AA"], "Home Country/Region": ["UK", "UK"],
        "Other Street": ["9 Quay St", "8 Dock St"], "Other City": ["Hull", "Bath"],
        "Other Postal Code": ["HU1 1AA", "BA1 1AA"],
        "Other Country/Region": ["England", "Wales"],
        "Home Fax": ["+44 113 496 0000", "+44 1904 000000"],
        "Other Fax": ["+44 1482 000000", "+44 1225 000000"],
        "Business Address PO Box": ["PO Box 12", "PO Box 13"],
        "Home Address PO Box": ["PO Box 55", "PO Box 56"],
        "Other Address PO Box": ["PO Box 98", "PO Box 99"],
        "Children": ["Tom, Sue", "Max"], "Spouse": ["Jim Lee", "Eve Ray"],
        "Company Main Phone": ["+44 20 7946 0000", "+44 20 7946 0001"],
    })
    sugg = suggest_columns(people, DEFS["contact"], source_object="contacts")
    assert top(sugg, "Home Street") == "address2_line1"
    assert top(sugg, "Other Street") == "address3_line1"
    assert top(sugg, "Other City") == "address3_city"
    assert top(sugg, "Other Postal Code") == "address3_postalcode"
    assert top(sugg, "Other Country/Region") == "address3_country"
    assert top(sugg, "Home Fax") == "address2_fax"
    assert top(sugg, "Other Fax") == "address3_fax"
    assert top(sugg, "Business Address PO Box") == "address1_postofficebox"
    assert top(sugg, "Home Address PO Box") == "address2_postofficebox"
    assert top(sugg, "Other Address PO Box") == "address3_postofficebox"
    assert top(sugg, "Children") == "childrensnames"
    assert top(sugg, "Spouse") == "spousesname"
    assert top(sugg, "Company Main Phone") == "company"   # a contact's Company Phone
    # with no home address (Salesforce's mailing and other), the other is the second
    people = _frame({"FirstName": ["Ann", "Bob"], "LastName": ["Lee", "Ray"],
                     "MailingStreet": ["1 Elm Rd", "2 Oak Rd"],
                     "OtherStreet": ["9 Quay St", "8 Dock St"],
                     "OtherCity": ["Hull", "Bath"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="Contact")
    assert top(sugg, "OtherStreet") == "address2_line1"
    assert top(sugg, "OtherCity") == "address2_city"


GERMAN_OUTLOOK = {
    "Vorname": ["Anna", "Jens"], "Weitere Vornamen": ["Maria", "Peter"],
    "Nachname": ["Krause", "Vogel"],
    "Straße privat": ["Lindenweg 3", "Ahornstr. 9"], "Ort privat": ["Köln", "Bonn"],
    "Postleitzahl privat": ["50667", "53111"],
    "Bundesland/Kanton privat": ["Nordrhein-Westfalen", "Nordrhein-Westfalen"],
    "Weitere Straße": ["Hafenstr. 1", "Kaiserweg 7"], "Weiterer Ort": ["Kiel", "Ulm"],
    "Weiteres/r Bundesland/Kanton": ["Schleswig-Holstein", "Baden-Württemberg"],
    "Weitere Postleitzahl": ["24103", "89073"],
    "Telefon privat": ["+49 221 123456", "+49 228 654321"],
    "E-Mail 2: Adresse": ["anna@privat.example", "jens@privat.example"],
    "Name Assistent": ["Tim Roth", "Ida Berg"], "Jahrestag": ["1.5.2010", "3.6.2012"],
    "Kinder": ["Lena", "Paul, Mia"], "Rückmeldung": ["+49 30 111111", "+49 30 222222"],
    "Regierungsnr.": ["DE-778812", "DE-990011"],
    "Privat": ["Aus", "Ein"],   # Outlook's private flag
}


def test_outlooks_german_titles_are_read() -> None:
    sugg = suggest_columns(_frame(GERMAN_OUTLOOK), DEFS["contact"], source_object="Kontakte")
    want = {"Weitere Vornamen": "middlename", "Telefon privat": "telephone2",
            "Weitere Straße": "address3_line1", "Weiterer Ort": "address3_city",
            "Weiteres/r Bundesland/Kanton": "address3_stateorprovince",
            "Weitere Postleitzahl": "address3_postalcode",
            "E-Mail 2: Adresse": "emailaddress2", "Name Assistent": "assistantname",
            "Jahrestag": "anniversary", "Kinder": "childrensnames",
            "Rückmeldung": "callback", "Regierungsnr.": "governmentid"}
    assert {c: top(sugg, c) for c in want} == want
    assert top(sugg, "Privat") is None


def test_a_side_alone_names_no_column() -> None:
    headers = list(GERMAN_OUTLOOK)
    assert foreign_readings("Privat", headers) == []
    assert foreign_readings("Telefon privat", headers)[0][0] == ("home", "phone")


def test_italian_words_of_articles_parties_and_quotes() -> None:
    articles = _frame({
        "Codice": ["ART-1", "ART-2"], "Descrizione": ["Vite 4x40", "Dado M4"],
        "Quantità": ["120", "300"], "Prezzo acquisto": ["0.05", "0.02"],
        "Prezzo vendita": ["0.12", "0.06"], "Peso": ["0.01", "0.004"],
        "Volume": ["0.00001", "0.000004"], "Fornitore predefinito": ["Viteria Srl", "Dadi Spa"],
        "Codice fornitore": ["VT-440", "DD-M4"], "Note": ["scaffale 2", "scaffale 3"]})
    sugg = suggest_columns(articles, DEFS["product"], source_object="articoli")
    want = {"Codice": "productnumber", "Quantità": "quantityonhand",
            "Prezzo acquisto": "currentcost", "Prezzo vendita": "price",
            "Peso": "stockweight", "Volume": "stockvolume",
            "Fornitore predefinito": "vendorname", "Codice fornitore": "vendorpartnumber"}
    assert {c: top(sugg, c) for c in want} == want
    parties = _frame({
        "Codice": ["001", "002"], "Ragione sociale": ["Rossi Srl", "Bianchi Spa"],
        "Città": ["Padova", "Verona"], "Email": ["info@rossi.example", "info@bianchi.example"],
        "PEC": ["rossi@pec.example", "bianchi@pec.example"],
        "Settore merceologico": ["Tessile", "Meccanica"]})
    sugg = suggest_columns(parties, DEFS["account"], source_object="anagrafiche")
    want = {"Codice": "accountnumber", "Ragione sociale": "name",
            "PEC": "emailaddress2", "Settore merceologico": "industrycode"}
    assert {c: top(sugg, c) for c in want} == want
    quotes = _frame({"Numero": ["15", "16"], "Nome Preventivo": ["Materiali", "Servizi"],
                     "Descrizione Preventivo": ["Preventivo iniziale", "Consulenza"],
                     "Cliente": ["Rossi Srl", "Bianchi Spa"]})
    sugg = suggest_columns(quotes, DEFS["quote"], source_object="preventivi")
    want = {"Numero": "quotenumber", "Nome Preventivo": "name",
            "Descrizione Preventivo": "description"}
    assert {c: top(sugg, c) for c in want} == want


def test_english_words_of_a_catalogue_and_a_visit() -> None:
    goods = _frame({"Code": ["P1", "P2"], "Name": ["Bolt", "Nut"],
                    "Sale Price": ["1.20", "0.40"], "Weight": ["0.2", "0.1"],
                    "Supplier Code": ["S-77", "S-78"], "Default Supplier": ["Acme", "Bolt Co"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    want = {"Sale Price": "price", "Weight": "stockweight",
            "Supplier Code": "vendorpartnumber", "Default Supplier": "vendorname"}
    assert {c: top(sugg, c) for c in want} == want
    visits = _frame({"Subject": ["Boiler check", "Repair"], "Date": ["2025-01-15", "2025-01-20"],
                     "Technician": ["Mario Rossi", "Ada Neri"]})
    sugg = suggest_columns(visits, DEFS["task"], source_object="tasks")
    assert top(sugg, "Date") == "scheduledstart"
    assert top(sugg, "Technician") == "ownerid"
    parties = _frame({"Code": ["C-1", "C-2"], "Name": ["Acme", "Globex"],
                      "Certified Email": ["acme@pec.example", "globex@pec.example"],
                      "Industry Sector": ["Textiles", "Machinery"]})
    sugg = suggest_columns(parties, DEFS["account"], source_object="customers")
    want = {"Code": "accountnumber", "Certified Email": "emailaddress2",
            "Industry Sector": "industrycode"}
    assert {c: top(sugg, c) for c in want} == want


def test_italian_file_names_and_the_romance_order_of_their_words() -> None:
    assert name_kind("articoli")[0] == "product"
    assert name_kind("attività")[0] == "activity"
    assert name_kind("interventi")[0] == "activity"
    assert name_kind("anagrafiche")[0] == "account"
    assert name_kind("listino")[0] == "price_list"
    # the head noun first in Italian, Spanish, French, Portuguese; last in English
    assert name_kind("listini cliente") == ("price_list", "head")
    assert name_kind("contatti aziende") == ("contact", "head")
    assert name_kind("customer_contacts") == ("contact", "head")
    # an import's example file says nothing by 'example'
    assert name_kind("example-contacts")[0] == "contact"
    assert name_kind("Beispiel Kunden")[0] == "account"


def test_a_file_of_price_list_rows_under_an_italian_name_is_no_account() -> None:
    rows = _frame({"Nome listino": ["Clienti VIP", "Promozionale", "Nuovo cliente"],
                   "Codice articolo": ["ART-1", "ART-1", "ART-2"],
                   "Data scadenza": ["2024-12-31", "2024-07-31", ""],
                   "Prezzo unitario": ["100", "120", "95"],
                   "Sconto percentuale": ["10", "", "5"]})
    goods = _frame({"Codice": ["ART-1", "ART-2"], "Descrizione": ["Vite", "Dado"],
                    "Prezzo vendita": ["0.12", "0.06"], "Unità misura": ["PZ", "PZ"]})
    found = {o.source: o.name for o in discover(Export(root=Path("."), tables={
        "listini cliente": rows, "articoli": goods})).objects}
    assert found["listini cliente"] in ("price_list", "price_list_item")
    assert found["articoli"] == "product"


def test_japanese_titles_are_cut_into_words_and_read() -> None:
    assert cjk_readings("番地 (会社)") == [(("business", "street"), 0.96)]
    assert cjk_readings("秘書の電話")[0][0] == ("assistant", "phone")   # の joins
    assert cjk_readings("会社 FAX")[0][0] == ("business", "fax")
    assert cjk_readings("ユーザー 1") == []    # a word not listed: no half reading
    assert cjk_readings("Business Phone") == []
    people = _frame({
        "名": ["Taro", "Hanako"], "姓": ["Yamada", "Sato"], "部署": ["営業", "総務"],
        "番地 (自宅)": ["1-2-3 Ginza", "4-5-6 Ueno"], "市町村 (自宅)": ["Chuo-ku", "Taito-ku"],
        "郵便番号 (自宅)": ["104-0061", "110-0005"], "国 (自宅)/地域": ["Japan", "Japan"],
        "自宅電話": ["03-1234-5678", "03-8765-4321"], "携帯電話": ["090-1234-5678",
                                                              "080-8765-4321"],
        "会社電話 2": ["03-5555-0001", "03-5555-0002"],
        "秘書の電話": ["03-5555-0100", "03-5555-0200"],
        "電子メール アドレス": ["taro@example.jp", "hanako@example.jp"],
        "誕生日": ["1980/01/02", "1985/03/04"], "ユーザー 1": ["a", "b"]})
    sugg = suggest_columns(people, DEFS["contact"], source_object="jpcontact")
    want = {"名": "firstname", "姓": "lastname", "部署": "department",
            "番地 (自宅)": "address2_line1", "市町村 (自宅)": "address2_city",
            "郵便番号 (自宅)": "address2_postalcode", "国 (自宅)/地域": "address2_country",
            "自宅電話": "telephone2", "携帯電話": "mobilephone", "会社電話 2": "business2",
            "秘書の電話": "assistantphone", "電子メール アドレス": "emailaddress1",
            "誕生日": "birthdate", "ユーザー 1": None}
    assert {c: top(sugg, c) for c in want} == want
