"""keys99's, keys104's, keys128's, keys144's, keys154's, keys173's, keys196's, keys230's and
keys268's public exports run end to end from their parameters files, decisions only (issue 13):
Frappe CRM's demo leads and deals as Frappe's report-view Export writes them for a user working
in German, French, Spanish (keys99), Italian, Brazilian Portuguese or Dutch (keys104), Russian,
Turkish, Swedish, Hungarian or Danish (keys128), Croatian, Bosnian, Serbian, Arabic or Persian
(keys144), Indonesian, Thai, Vietnamese or Simplified Chinese (keys154), Uzbek or Hindi
(keys173), Serbian in Latin script or European Portuguese (keys196), Korean, Burmese, Polish,
Czech, Slovenian or Norwegian Bokmål (keys230, partly translated) or Mongolian (keys268)
('Verantwortlicher', 'Responsable du Lead', 'Propietario de la iniciativa'), values as stored.
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

#: export -> (the lead's owner column, its mobile number column, the deal's owner column,
#: the deal's organization column)
EXPORTS = {
    "frappe-crm-export-de": ("Verantwortlicher", "Mobilfunknummer.", "Besitzer des Deals",
                             "Firma"),
    "frappe-crm-export-fr": ("Responsable du Lead", "N° Mobile.",
                             "Responsable de l'opportunité", "Organisation"),
    "frappe-crm-export-es": ("Propietario de la iniciativa", "Nº Móvil.", "Deal Owner",
                             "Organización"),
    # keys104's: the same data for a user working in Italian, Brazilian Portuguese or Dutch
    # ('Lead Owner' left English by it.po)
    "frappe-crm-export-it": ("Lead Owner", "Mobile No.", "Deal Owner", "Organization"),
    "frappe-crm-export-pt": ("Proprietário do Lead", "Telefone Celular.", "Deal Owner",
                             "Organização"),
    "frappe-crm-export-nl": ("Lead Eigenaar", "Mobiel nr.", "Deal Eigenaar", "Organisatie"),
    # keys128's: Russian, Turkish, Swedish, Hungarian and Danish (Hungarian's two name
    # columns, both 'Vezetéknév' in hu.po, placed by decision in its parameters file)
    "frappe-crm-export-ru": ("Ответственный за лид", "Номер мобильного телефона.",
                             "Владелец сделки", "Организация"),
    "frappe-crm-export-tr": ("Sorumlu Kişi", "Cep No.", "Anlaşma Sahibi", "Organizasyon"),
    "frappe-crm-export-sv": ("Potentiell Kund Ansvarig", "Mobil Nummer.", "Ansvarig", "Bolag"),
    "frappe-crm-export-hu": ("Érdeklődés tulajdonosa", "Mobil sz.", "Ügylet tulajdonosa",
                             "Szervezet"),
    "frappe-crm-export-da": ("Ledende ejer", "Mobilnr.", "Aftale Ejer", "Organisation"),
    # keys144's: Croatian, Bosnian, Serbian, Arabic and Persian, tuned by tune148: the
    # engine reads their columns and owners itself; decisions as the siblings' (ru)
    "frappe-crm-export-hr": ("Odgovorni", "Broj mobilnog.", "Odgovorni", "Tvrtka"),
    "frappe-crm-export-bs": ("Odgovorni", "Mobilni Broj.", "Odgovorni", "Poduzeće"),
    "frappe-crm-export-sr": ("Власник потенцијалног клијента", "Број мобилног телефона.",
                             "Власник пословне прилике", "Организација"),
    "frappe-crm-export-ar": ("مالك الزبون المحتمل", "رقم الجوال.", "صاحب الصفقة", "منظمة"),
    "frappe-crm-export-fa": ("مالک اصلی", "شماره موبایل.", "صاحب معامله", "سازمان"),
    # keys154's: Indonesian, Thai, Vietnamese and Simplified Chinese, held out (session 30):
    # what the engine does not read in them placed by decision in their parameters files
    "frappe-crm-export-id": ("Pemilik Prospek", "No. Ponsel", "Pemilik Kesepakatan",
                             "Organisasi"),
    "frappe-crm-export-th": ("เจ้าของลูกค้าเป้าหมาย", "หมายเลขโทรศัพท์มือถือ", "เจ้าของดีล",
                             "องค์กร"),
    "frappe-crm-export-vi": ("Chủ sở hữu khách hàng tiềm năng", "Số di động", "Chủ giao dịch",
                             "Tổ chức"),
    "frappe-crm-export-zh": ("线索负责人", "手机号", "商机负责人", "组织"),
    # keys173's: Uzbek and Hindi, held out (session 31): the same, decided as vi's and zh's
    "frappe-crm-export-uz": ("Asosiy egasi", "Mobil raqam", "Bitim egasi", "Tashkilot"),
    "frappe-crm-export-hi": ("मुख्य स्वामी", "Mobile No.", "सौदे के मालिक", "संगठन"),
    # keys196's: Serbian in Latin script and European Portuguese, held out (session 33):
    # what the engine does not read in them placed by decision in their parameters files
    "frappe-crm-export-sr-latn": ("Vlasnik potencijalnog klijenta", "Broj mobilnog telefona.",
                                  "Vlasnik poslovne prilike", "Organizacija"),
    "frappe-crm-export-pt-pt": ("Lead Owner", "N.º de telemóvel.", "Deal Owner", "Organização"),
    # keys230's: Korean, Burmese, Polish, Czech, Slovenian and Norwegian Bokmål, held out
    # (session 36), each .po a partial translation (the rest of the header English): what
    # the engine does not read in them placed by decision in their parameters files
    "frappe-crm-export-ko": ("대표 소유자", "Mobile No.", "거래 소유자", "조직"),
    "frappe-crm-export-my": ("Lead Owner", "Mobile No.", "Deal Owner", "Organization"),
    "frappe-crm-export-pl": ("Lead Owner", "Numer komórkowy.", "Deal Owner", "Organization"),
    "frappe-crm-export-cs": ("Lead Owner", "Mobile No.", "Deal Owner", "Organization"),
    "frappe-crm-export-sl": ("Lead Owner", "Mobile No.", "Deal Owner", "Organization"),
    "frappe-crm-export-nb": ("Lead Owner", "Mobile No.", "Deal Owner", "Organization"),
    # keys268 (session 40, round N): Mongolian, Cyrillic script, every label translated
    # (Crowdin's mn.po of a later commit over the same rows)
    "frappe-crm-export-mn": ("Тэргүүлэгч эзэмшигч", "Гар утасны дугаар",
                             "Хэлэлцээрийн эзэмшигч", "Байгууллага"),
}


#: The exports whose employee count no word reads (Frappe's bands under a header in a
#: language no list holds the word in): left unmapped, said in the map.
UNSIZED = {"frappe-crm-export-fr", "frappe-crm-export-pt-pt", "frappe-crm-export-sr-latn",
           "frappe-crm-export-hi", "frappe-crm-export-id", "frappe-crm-export-ko",
           "frappe-crm-export-th", "frappe-crm-export-uz", "frappe-crm-export-vi",
           "frappe-crm-export-zh"}   # Mongolian's ('Ажилчдын тоо') read since session 41


def _tables(run_dir: Path) -> dict[str, dict]:
    m = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in m["tables"]}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_frappe_crm_labelled_leads_and_deals_load(name: str, tmp_path: Path) -> None:
    """The 12 leads load as leads and the 7 deals as opportunities, each of the account made
    (by decision) from its organization's name, 7 accounts; all read back whole. The owners
    are read from the translated owner columns (their values, the demo users' e-mails, are
    no users of the org: the fallback owner, listed in the owner queue). The lost deals
    close lost (Out-Sold, decided per stage). The employee count, Frappe's bands ('51-200'),
    loads as each band's lower bound (51) where a word reads its header; where none does
    (UNSIZED) it is left unmapped with its reason, as are the deals' person's names (no
    opportunity column)."""
    lead_owner, mobile, deal_owner, org = EXPORTS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("organizations", 7, 7, 0, 0, 0, 0),
        "lead": ("CRM Lead", 12, 12, 0, 0, 0, 0),
        "opportunity": ("CRM Deal", 7, 7, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"firstname", "lastname", "emailaddress1", "mobilephone", "companyname",
            "websiteurl", "industrycode", "jobtitle", "statuscode", "leadsourcecode",
            "revenue", "ownerid"} <= set(columns["lead"])
    assert {"name", "customerid", "estimatedvalue", "closeprobability", "salesstage",
            "statecode", "statuscode", "ownerid"} <= set(columns["opportunity"])
    assert {"name", "websiteurl", "industrycode", "revenue"} <= set(columns["account"])
    tables = _tables(run_dir)
    assert tables["lead"]["owner"]["source"] == lead_owner
    assert tables["opportunity"]["owner"]["source"] == deal_owner
    assert {c["source"]: c["target"] for c in tables["lead"]["columns"]}[mobile] \
        == "mobilephone"
    assert tables["account"]["source_key"] == org
    assert not any(c["target"] == "name" and c["source"] != org
                   for c in tables["opportunity"]["columns"])
    # the row's number ('Sr', the export's own, keying the rows), and the employee count
    # where no word reads its header
    sized = {c["target"]: c for c in tables["lead"]["columns"]}.get("numberofemployees")
    assert "Sr" in tables["lead"]["unmapped"]
    assert len(tables["lead"]["unmapped"]) == (2 if name in UNSIZED else 1)
    assert (sized is None) == (name in UNSIZED)
    if sized is not None:   # '51-200' arrives as 51, and is checked as it arrives
        assert sized["band"] == "low" and "lower bound" in sized["reason"]
        assert "numberofemployees" in columns["lead"]
        leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
        assert sorted(set(leads["numberofemployees"].to_list())) == [1, 11, 51, 201, 501]
        report = (run_dir / "report.html").read_text(encoding="utf-8")
        assert "each loaded as its lower bound (11), the upper one did not move" in report
    queue = (run_dir / "owner_queue.csv").read_text(encoding="utf-8")
    assert "assigned to fallback owner avery.admin@contoso.example" in queue
    files = inventory_files(run_dir)
    assert files["CRM Lead"]["migrated"] and files["CRM Deal"]["migrated"]
    assert files["CRM Deal"]["taken"] == {"opportunity": 7}
    recon = json.loads((run_dir / "reconciliation.json").read_text())
    assert recon["balanced"]
