"""keys181's public export end to end from its parameters file, decisions only (issue 13).

As tests/test_public_end_to_end.py runs the others (kept apart so that rounds added in
parallel do not edit one file): Twenty CRM's own CSV export in French, German (keys190),
Spanish (keys190), Japanese, Brazilian Portuguese and Italian (keys199), Korean, Dutch,
Simplified Chinese and Russian (keys206), Arabic, Hebrew, Greek, Turkish and Traditional
Chinese (keys217), Ukrainian, Serbian (Cyrillic), Vietnamese, Finnish, Hungarian and Czech
(keys219), Polish, European Portuguese, Romanian, Swedish, Danish and Norwegian (keys228),
Afrikaans, Catalan and Serbian (Latin) (keys235), Armenian and Uzbek (keys275), one
parametrized test (SOURCE.md beside each).

keys275's Armenian and Uzbek exports have a second table-driven test of what the branch-point
engine (2cf0971b) reads and loads from their parameters (the Name column decided for the
companies and the deals): every file loads whole (13 companies, 15 people, 4 deals, none held
back, skipped or failed), each table's columns read are exactly those listed, and a company,
a person and a deal arrive field by field. Not read, by design of the listing: the creator's
parts ("<Created by> / Source", "/ Name", "/ Workspace Member", "/ Context": the creators are
Twenty's demo members, the fallback owner takes the records), the deal's currency
("<Amount> / Currency", USD), the phone's country and calling codes, the empty link label,
secondary links, additional phones and e-mails. The deal's currency ("Գումար / Currency",
"Summa / Currency": USD) is bound to the org's US dollar by its code.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    outcomes,
    run_public,
    verified_columns,
)
from test_public_exports import _export_dir


def _columns(run_dir: Path, target: str) -> set[tuple[str, str]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    table = next(t for t in mapping["tables"] if t["target"] == target)
    return {(c["source"], c["target"]) for c in table["columns"]} | {
        (lk["source"], lk["target"]) for lk in table.get("lookups", [])}


# per language: the full name's label, the company link, the point of contact link, the amount
LABELS = {
    "fr": ("Nom", "Entreprise Id", "Point de contact Id", "Montant / Amount"),
    "de": ("Name", "Unternehmen Id", "Ansprechpartner Id", "Betrag / Amount"),
    "es": ("Nombre", "Empresa Id", "Punto de contacto Id", "Importe / Amount"),
    # ja: the catalog's Phones and Point of Contact labels hold quotation marks
    "ja": ("名前", "会社 Id", '"担当者" Id', "金額 / Amount"),
    "pt-br": ("Nome", "Empresa Id", "Ponto de Contato Id", "Valor / Amount"),
    "it": ("Nome", "Azienda Id", "Punto di contatto Id", "Importo / Amount"),
    # keys206: ko, nl, zh-cn (its City untranslated), ru (its Point of Contact a backslash)
    "ko": ("이름", "회사 Id", "담당자 Id", "금액 / Amount"),
    "nl": ("Naam", "Bedrijf Id", "Contactpersoon Id", "Bedrag / Amount"),
    "zh-cn": ("名称", "公司 Id", "联系人 Id", "金额 / Amount"),
    "ru": ("Имя", "Компания Id", "\\ Id", "Сумма / Amount"),
    # keys217: ar, he, el (its Point of Contact two backslashes), tr, zh-tw
    "ar": ("الاسم", "الشركة Id", "نقطة الاتصال Id", "المبلغ / Amount"),
    "he": ("שם", "חברה Id", "איש קשר Id", "סכום / Amount"),
    "el": ("Όνομα", "Εταιρεία Id", "\\\\ Id", "Ποσό / Amount"),
    "tr": ("İsim", "Şirket Id", "İletişim Noktası Id", "Miktar / Amount"),
    "zh-tw": ("名稱", "公司 Id", "聯絡人 Id", "金額 / Amount"),
    # keys219: uk (its City untranslated), sr (Cyrillic), vi, fi, hu, cs
    "uk": ("Назва", "Компанія Id", "Контактна особа Id", "Сума / Amount"),
    "sr": ("Име", "Компанија Id", "Контакт особа Id", "Износ / Amount"),
    "vi": ("Tên", "Công ty Id", "Điểm liên hệ Id", "Số tiền / Amount"),
    "fi": ("Nimi", "Yritys Id", "Yhteyshenkilö Id", "Määrä / Amount"),
    "hu": ("Név", "Cég Id", "Kapcsolattartó Id", "Összeg / Amount"),
    "cs": ("Jméno", "Společnost Id", "Kontaktní osoba Id", "Množství / Amount"),
    # keys228: pl, pt-pt (its Emails untranslated), ro, sv, da, no
    "pl": ("Nazwa", "Firma Id", "Osoba kontaktowa Id", "Kwota / Amount"),
    "pt-pt": ("Nome", "Empresa Id", "Ponto de Contacto Id", "Montante / Amount"),
    "ro": ("Nume", "Companie Id", "Punct de Contact Id", "Sumă / Amount"),
    "sv": ("Namn", "Företag Id", "Kontaktperson Id", "Belopp / Amount"),
    "da": ("Navn", "Virksomhed Id", "Kontaktpunkt Id", "Beløb / Amount"),
    "no": ("Navn", "Selskap Id", "Kontaktpunkt Id", "Beløp / Amount"),
    # keys235: af, ca, sr-latn (Serbian in the Latin script: its Name and Point of Contact
    # the English words)
    "af": ("Naam", "Maatskappy Id", "Kontakpunt Id", "Bedrag / Amount"),
    "ca": ("Nom", "Empresa Id", "Punt de contacte Id", "Import / Amount"),
    "sr-latn": ("Name", "Kompanija Id", "Point of Contact Id", "Iznos / Amount"),
    # keys275: hy (Armenian), uz (Uzbek): catalogs under the lingui context
    # fieldMetadata.label, their City untranslated
    "hy": ("Անվանում", "Կազմակերպություն Id", "Հիմնական կապ Id", "Գումար / Amount"),
    "uz": ("Nomi", "Kompaniya Id", "Aloqa shaxsi Id", "Summa / Amount"),
}


LANGS = sorted(LABELS)


@pytest.mark.parametrize("lang", LANGS)
def test_twenty_export_companies_people_and_deals(lang: str, tmp_path: Path) -> None:
    name, company, contact_of, amount = LABELS[lang]
    run_dir = run_public(f"twenty-export-{lang}", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"]) for k, o in out.items()} == {
        "account": (13, 13), "contact": (15, 15), "opportunity": (4, 4)}
    assert all(o["cleared"] == 0 for o in out.values())
    # the full name's parts (decided in French, read in German and Spanish); each person with
    # its company, each deal with its company and point of contact by Twenty's UUIDs, read
    # back and compared in the org
    # the company's name is the Name label (decided in Japanese, read in the others)
    assert (name, "name") in _columns(run_dir, "account")
    contact = _columns(run_dir, "contact")
    assert {(f"{name} / First Name", "firstname"), (f"{name} / Last Name", "lastname"),
            (company, "parentcustomerid")} <= contact
    assert {(company, "customerid"), (contact_of, "parentcontactid")} <= \
        _columns(run_dir, "opportunity")
    # the stage's values (NEW, MEETING, PROPOSAL) decide the sales stage in every language; in
    # Korean and Russian (keys206) the parameters name the stage column, whose label is unread
    verification = json.loads((run_dir / "verification.json").read_text())
    for table, column in (("contact", "parentcustomerid"), ("contact", "firstname"),
                          ("opportunity", "customerid"), ("opportunity", "parentcontactid"),
                          ("opportunity", "estimatedvalue"), ("opportunity", "salesstage")):
        assert verification["tables"][table]["columns"][column] == 0, (table, column)
    # the amount is already in units in Twenty's export (0.1, 2): moved as it is
    folder = _export_dir(f"twenty-export-{lang}")
    assert folder is not None
    deals = pl.read_csv(folder / "opportunity.csv", infer_schema=False)
    want = {d: float(a) for d, a in zip(deals["Id"], deals[amount], strict=True)}
    staged = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert dict(zip(staged["__source_id"], staged["estimatedvalue"], strict=True)) == want


# keys275: per language the labels of Name, Domain Name, Address, Phones, Emails, Company,
# Point of Contact and Amount, as Twenty's hy-AM and uz-UZ catalogs give them
KEYS275 = {
    "hy": ("Անվանում", "Դոմենի անուն", "Հասցե", "Հեռախոսներ", "Էլ. նամակներ",
           "Կազմակերպություն", "Հիմնական կապ", "Գումար"),
    "uz": ("Nomi", "Domen nomi", "Manzil", "Telefonlar", "Email xabarlari", "Kompaniya",
           "Aloqa shaxsi", "Summa"),
}


def _staged_row(run_dir: Path, target: str, source_id: str) -> dict:
    staged = pl.read_parquet(run_dir / "staged" / f"{target}.parquet")
    row = staged.filter(pl.col("__source_id") == source_id).to_dicts()
    assert len(row) == 1, (target, source_id)
    return {k: v for k, v in row[0].items() if k != "__source_row"}


@pytest.mark.parametrize("lang", sorted(KEYS275))
def test_keys275_twenty_export_reads_and_loads(lang: str, tmp_path: Path) -> None:
    name, domain, address, phones, emails, company, contact_of, amount = KEYS275[lang]
    run_dir = run_public(f"twenty-export-{lang}", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "account": ("company", 13, 13, 0, 0, 0), "contact": ("person", 15, 15, 0, 0, 0),
        "opportunity": ("opportunity", 4, 4, 0, 0, 0)}
    parts = ("Address 1", "Address 2", "City", "State", "Country", "Post Code", "Latitude",
             "Longitude")
    targets = ("line1", "line2", "city", "stateorprovince", "country", "postalcode",
               "latitude", "longitude")
    assert _columns(run_dir, "account") == {
        (name, "name"), (f"{domain} / Link URL", "websiteurl"),
        *((f"{address} / {p}", f"address1_{c}") for p, c in zip(parts, targets, strict=True))}
    assert _columns(run_dir, "contact") == {
        (f"{name} / First Name", "firstname"), (f"{name} / Last Name", "lastname"),
        (f"{phones} / Primary Phone Number", "telephone1"), ("City", "address1_city"),
        (f"{emails} / Primary Email", "emailaddress1"), (f"{company} Id", "parentcustomerid")}
    currency = {(f"{amount} / Currency", "transactioncurrencyid")}
    assert _columns(run_dir, "opportunity") == {
        (name, "name"), (f"{amount} / Amount", "estimatedvalue"),
        (f"{contact_of} Id", "parentcontactid"), (f"{company} Id", "customerid"),
        ("__stage_salesstage", "salesstage"), ("__stage_stepname", "stepname"),
        ("__stage_closeprobability", "closeprobability"), ("__stage_state", "statecode"),
        *currency}
    linkedin, christoph = ("20202020-3ec3-4fe3-8997-b76aa0bfa408",
                           "20202020-1c0e-494c-a1b6-85b1c6fefaa5")
    assert _staged_row(run_dir, "account", linkedin) == {
        "__source_id": linkedin, "name": "Linkedin", "websiteurl": "https://linkedin.com",
        "address1_line1": "Eutaw Street", "address1_line2": None, "address1_city": "Dublin",
        "address1_stateorprovince": None, "address1_country": "Ireland",
        "address1_postalcode": None, "address1_latitude": None, "address1_longitude": None}
    assert _staged_row(run_dir, "contact", christoph) == {
        "__source_id": christoph, "firstname": "Christoph", "lastname": "Callisto",
        "telephone1": "789012345", "address1_city": "Seattle",
        "emailaddress1": "christoph.calisto@linkedin.com",
        "__ref__parentcustomerid_account": linkedin, "__via__parentcustomerid_account": "id"}
    deal = _staged_row(run_dir, "opportunity", "20202020-0543-4cc2-9f96-95cc699960f2")
    # the org's currency, found by the row's code when the deal is loaded
    assert (deal.pop("__ref__transactioncurrencyid"), deal.pop(
        "__via__transactioncurrencyid")) == (
        'existing:{"match": {"isocurrencycode": "USD"}, "table": "transactioncurrency"}',
        "existing")
    assert deal == {
        "__source_id": "20202020-0543-4cc2-9f96-95cc699960f2", "name": "Opportunity 2",
        "estimatedvalue": 2.0, "salesstage": 1, "stepname": "MEETING",
        "closeprobability": None, "statecode": 0,
        "__ref__parentcontactid": "20202020-f517-42fd-80ae-14173b3b70ae",
        "__via__parentcontactid": "id",
        "__ref__customerid_account": "20202020-5d81-46d6-bf83-f7fd33ea6102",
        "__via__customerid_account": "id"}
    # every loaded record read back from the org equal to what was staged
    assert all(n == 0 for cols in verified_columns(run_dir).values() for n in cols.values())
