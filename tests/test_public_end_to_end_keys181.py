"""keys181's public export end to end from its parameters file, decisions only (issue 13).

As tests/test_public_end_to_end.py runs the others (kept apart so that rounds added in
parallel do not edit one file): Twenty CRM's own CSV export in French, German (keys190),
Spanish (keys190), Japanese, Brazilian Portuguese and Italian (keys199), Korean, Dutch,
Simplified Chinese and Russian (keys206), Arabic, Hebrew, Greek, Turkish and Traditional
Chinese (keys217), Ukrainian, Serbian (Cyrillic), Vietnamese, Finnish, Hungarian and Czech
(keys219), Polish, European Portuguese, Romanian, Swedish, Danish and Norwegian (keys228),
Afrikaans, Catalan and Serbian (Latin) (keys235), one parametrized test (SOURCE.md beside
each).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import assert_true_counts, run_public
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
