"""keys108's public exports run end to end from their parameters files, decisions only
(issue 13): Krayin CRM's import samples as its datagrid Export writes them in a Spanish,
Brazilian Portuguese or Turkish install (keys108), or an Arabic, Persian or Vietnamese one
(keys169), or a French or German one (keys229), or a Korean, Japanese or Simplified Chinese
one (keys236), or a Dutch or Russian one (keys248), headers the grids' labels from its lang
packs ('Persona de Contacto', 'Pessoa de Contato', 'İletişim Kişisi', 'شخص الاتصال', 'شخص
تماس', 'Người Liên Hệ', 'Personne à Contacter', 'Kontaktperson', '담당자', '担当者', '联系人',
'Contactpersoon', 'Контактное лицо'). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from test_public_end_to_end import assert_true_counts, outcomes, run_public, verified_columns

#: export -> (subject, lead value, lead source, lead type, tag, rotten lead columns)
EXPORTS = {
    "krayin-export-es": ("Asunto", "Valor del Lead", "Fuente", "Tipo de cliente potencial",
                         "Nombre de la etiqueta", "Lead Podrido"),
    "krayin-export-pt-br": ("Assunto", "Valor do Lead", "Fonte", "Tipo de Lead",
                            "Nome da Tag", "Lead Podre"),
    "krayin-export-tr": ("Konu", "Lead Değeri", "Kaynak", "Potansiyel Müşteri Türü",
                         "Etiket Adı", "Çürümüş Lead"),
    # keys169 (session 31): the other languages Krayin ships at 58e4890
    "krayin-export-ar": ("الموضوع", "قيمة العميل المحتمل", "المصدر", "نوع العميل المحتمل",
                         "اسم العلامة", "عميل محتمل متعفن"),
    "krayin-export-fa": ("موضوع", "ارزش سرنخ", "منبع", "نوع سرنخ", "نام برچسب",
                         "سرنخ خراب شده"),
    "krayin-export-vi": ("Chủ Đề", "Giá Trị Khách Hàng", "Nguồn", "Loại Khách Hàng", "Tên Thẻ",
                         "Khách Hàng Tiềm Năng Hết Hạn"),
    # keys229 (session 36): French and German, packs from Krayin's pull requests #1999, #2010
    "krayin-export-fr": ("Objet", "Valeur du Prospect", "Source", "Type de Prospect",
                         "Nom du Tag", "Prospect Périmé"),
    "krayin-export-de": ("Betreff", "Lead-Wert", "Quelle", "Lead-Typ", "Tag-Name",
                         "Abgelaufener Lead"),
    # keys236 (session 37): Korean, Japanese and Simplified Chinese, Krayin 2.x's own packs
    # newer than 58e4890 (their won stages unread: the file's object decided, as vi's)
    "krayin-export-ko": ("제목", "예상 리드 금액", "소스", "리드 유형", "태그 이름", "방치된 리드"),
    "krayin-export-ja": ("件名", "リードの見込み金額", "ソース", "リードタイプ", "タグ名",
                         "停滞リード"),
    "krayin-export-zh-cn": ("主题", "预估线索价值", "来源", "线索类型", "标签名称", "滞留线索"),
    # keys248 (session 39): Dutch and Russian, packs from two Krayin 2.x forks (Dutch's lead
    # value and Russian's date to in English, Laravel's fallback; Russian's seeds English)
    "krayin-export-nl": ("Onderwerp", "Lead Value", "Bron", "Leadtype", "Tagnaam",
                         "Verlopen lead"),
    "krayin-export-ru": ("Тема", "Ценность лида", "Источник", "Тип лида", "Имя тега",
                         "Протухший лид"),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_krayin_labelled_leads_load_as_opportunities(name: str, tmp_path: Path) -> None:
    """The two persons load as contacts, the two leads (Krayin's deals: discovery reads the
    won stage among the stage's values in es, pt-br, tr, fr, de and nl; ar, fa, vi, ko, ja,
    zh-cn and ru decide it,
    their won words unread) as opportunities of them, linked by
    the person's name (ko's contact person '담당자' read as the owner's column: the owner
    decided as the sales person, the contact person named in the deal's key so the link can
    name it; ru's lead value 'Ценность лида' and its English 'Date To' are named by the
    parameters, as fr's 'Date To'); the won one closes won
    (its stage, decided in the export's language); all read back whole. Not moved: the
    lead's source, type, tag and rotten-lead flag (no opportunity column), each left
    unmapped; the products (no product table in this run's objects)."""
    subject, value, source, lead_type, tag, rotten = EXPORTS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("persons", 2, 2, 0, 0, 0, 0, 0),
        "opportunity": ("leads", 2, 2, 0, 0, 0, 0, 1)}
    assert out["opportunity"]["closed_as"] == {"Won": 1}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"name", "estimatedvalue", "salesstage", "statecode", "customerid"} \
        <= set(columns["opportunity"])
    assert {"lastname", "emailaddress1"} <= set(columns["contact"])
    m = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    opp = next(t for t in m["tables"] if t["target"] == "opportunity")
    got = {c["source"]: c["target"] for c in opp["columns"]}
    assert (got[subject], got[value]) == ("name", "estimatedvalue")
    assert {source, lead_type, tag, rotten} <= set(opp["unmapped"])
