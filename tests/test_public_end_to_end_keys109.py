"""keys109's, keys114's, keys124's, keys133's, keys138's, keys152's, keys158's, keys167's,
keys174's, keys192's and keys269's public exports run end to end from their parameters files,
decisions only (issue 13): Redmine's issues, users, projects and spent time as Redmine's own CSV
export writes them for a user working in German, French or Spanish (keys109), Italian, Dutch or
Brazilian Portuguese (keys114), Polish, Czech, Russian, Turkish or Hungarian (keys124), Swedish,
Danish, Finnish, Norwegian or Greek (keys133), Romanian, Slovak, Slovenian, Bulgarian or
Ukrainian (keys138), Croatian, Lithuanian, Estonian, Catalan or European Portuguese (keys152),
Latvian, Serbian (Latin), Indonesian, Vietnamese or Japanese (keys158), Korean, Simplified or
Traditional Chinese, Arabic or Persian (keys167), Hebrew, Thai, Macedonian, Basque or Galician
(keys174), Azerbaijani, Bosnian, Mongolian, Albanian or Serbian in Cyrillic (keys192) or Tamil
(keys269) (captions from its config/locales/<lang>.yml; ';', ',' or Romanian's '.'; Latin-1,
Latin-9, UTF-8, ISO-8859-9, ISO-8859-2, ISO-8859-13, or Japanese's CP932, Korean's CP949,
Chinese GB18030 and Big5, Hebrew's ISO-8859-8, Thai's Windows-874, decided in its parameters).
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

#: export -> (the author column, the tracker column, the assignee column (None: no owner
#: column), the category column)
EXPORTS = {
    "redmine-export-de": ("Autor", "Tracker", "Zugewiesen an", "Kategorie"),
    "redmine-export-fr": ("Auteur", "Tracker", "Assigné à", "Catégorie"),
    "redmine-export-es": ("Autor", "Tipo", "Asignado a", "Categoría"),
    # keys114's
    "redmine-export-it": ("Autore", "Tracker", "Assegnato a", "Categoria"),
    "redmine-export-nl": ("Auteur", "Tracker", "Toegewezen aan", "Categorie"),
    "redmine-export-pt-br": ("Autor", "Tipo", "Atribuído para", "Categoria"),
    # keys124's
    "redmine-export-pl": ("Autor", "Typ zagadnienia", "Przypisany do", "Kategoria"),
    "redmine-export-cs": ("Autor", "Fronta", "Přiřazeno", "Kategorie"),
    "redmine-export-ru": ("Автор", "Трекер", "Назначена", "Категория"),
    "redmine-export-tr": ("Oluşturan", "İş tipi", "Atanan", "Kategori"),
    "redmine-export-hu": ("Szerző", "Típus", "Felelős", "Kategória"),
    # keys133's
    "redmine-export-sv": ("Skapare", "Ärendetyp", "Tilldelad", "Kategori"),
    "redmine-export-da": ("Forfatter", "Type", "Tildelt til", "Kategori"),
    "redmine-export-fi": ("Tekijä", "Tapahtuma", "Nimetty", "Luokka"),
    "redmine-export-nb": ("Forfatter", "Sakstype", "Tildelt til", "Kategori"),
    "redmine-export-el": ("Συγγραφέας", "Ανιχνευτής", "Ανάθεση σε", "Κατηγορία"),
    # keys138's
    "redmine-export-ro": ("Autor", "Tip de tichet", "Atribuit", "Categorie"),
    "redmine-export-sk": ("Autor", "Front", "Priradené", "Kategória"),
    "redmine-export-sl": ("Avtor", "Vrsta zahtevka", "Dodeljen", "Kategorija"),
    "redmine-export-bg": ("Автор", "Тракер", "Възложена на", "Категория"),
    "redmine-export-uk": ("Автор", "Координатор", "Призначена до", "Категорія"),
    # keys152's
    "redmine-export-hr": ("Autor", "Tracker", "Dodijeljeno", "Kategorija"),
    "redmine-export-lt": ("Autorius", "Pėdsekys", "Paskirtas", "Kategorija"),
    "redmine-export-et": ("Autor", "Valdkond", "Tegeleja", "Kategooria"),
    "redmine-export-ca": ("Autor", "Tipus d'incidència", "Assignat a", "Categoria"),
    "redmine-export-pt": ("Autor", "Tipo", "Atribuído a", "Categoria"),
    # keys158's (Vietnamese captions the category like the subject, 'Chủ đề': read as
    # 'Chủ đề_2')
    "redmine-export-lv": ("Autors", "Trakeris", "Piešķirts", "Kategorija"),
    "redmine-export-sr-yu": ("Autor", "Praćenje", "Dodeljeno", "Kategorija"),
    "redmine-export-id": ("Pengarang", "Pelacak", "Ditugaskan ke", "Kategori"),
    "redmine-export-vi": ("Tác giả", "Kiểu vấn đề", "Phân công cho", "Chủ đề_2"),
    # Japanese's assignee, '担当者', is in no part of the proposed map (neither mapped nor
    # left out with a reason: MEASUREMENTS.md, keys158's end to end), so no owner column can
    # be decided for it: the cases go to the fallback owner without one
    "redmine-export-ja": ("作成者", "トラッカー", None, "カテゴリ"),
    # keys167's (Korean, Chinese and Taiwanese in their code pages, decided; Arabic in UTF-8)
    "redmine-export-ko": ("저자", "유형", "담당자", "범주"),
    "redmine-export-zh": ("作者", "跟踪", "指派给", "类别"),
    "redmine-export-zh-tw": ("作者", "追蹤標籤", "被分派者", "分類"),
    "redmine-export-ar": ("المؤلف", "نوع بند العمل", "المحال اليه", "الفئة"),
    "redmine-export-fa": ("نویسنده", "نوع مسئله", "مسئول", "دسته"),
    # keys174's (Hebrew and Thai in their code pages, decided; Macedonian's tracker is
    # captioned in English)
    "redmine-export-he": ("כותב", "סיווג", "אחראי", "קטגוריה"),
    "redmine-export-th": ("ผู้แต่ง", "การติดตาม", "มอบหมายให้", "ประเภท"),
    "redmine-export-mk": ("Автор", "Tracker", "Доделена на", "Категорија"),
    "redmine-export-eu": ("Egilea", "Aztarnaria", "Esleituta", "Kategoria"),
    "redmine-export-gl": ("Autor", "Tipo", "Asignado a", "Categoría"),
    # keys192's (Albanian in ISO-8859-1; Mongolian captions the category 'Төрөл', "type")
    "redmine-export-az": ("Müəllif", "Treker", "Təyin edilib", "Kateqoriya"),
    "redmine-export-bs": ("Autor", "Vrsta", "Odgovorna osoba", "Kategorija"),
    "redmine-export-mn": ("Зохиогч", "Чиглэл", "Оноогдсон", "Төрөл"),
    "redmine-export-sq": ("Autor", "Ndjekës", "Caktuar", "Kategori"),
    "redmine-export-sr": ("Аутор", "Праћење", "Додељено", "Категорија"),
    # keys269's (Tamil in UTF-8; the category 'வகை', "type", is read as the case type the
    # decided tracker takes, as mn's 'Төрөл')
    "redmine-export-ta": ("நூலாசிரியர்", "தடம்", "நியமிக்கப்பட்ட", "வகை"),
}
#: why the category is left unmapped: read as the case type, which the tracker took; the
#: the Finnish 'Luokka' (a class) fits no column at all (Brazilian 'Categoria' beside 'Tipo'
#: did until session 42: its case-type candidate now goes to the tracker 'Tipo', as in most
#: languages, the file read as Portuguese by round P's words)
# (Slovenian 'Vrsta zahtevka', the request's type, is read as the case type since tune147: its
# category, 'Kategorija', is then left for the case type taken, as in most languages)
# (Slovak 'Kategória' fits no column since session 29's harvested vocabulary read it: its
# tracker, 'Front', is the parameters' decision)
# (Indonesian 'Kategori' is read as the case type since session 38, the file now read as
# Indonesian by the harvest: left for the tracker the parameters decide, as in most languages)
WHY_CATEGORY = {"redmine-export-fi": "no column of incident fits",
                "redmine-export-sk": "no column of incident fits",
                "redmine-export-vi": "no column of incident fits",
                # keys167's Korean: no category word read, the case type decided (Chinese,
                # Arabic, Persian read theirs as the case type since session 31's words and
                # harvest, and Hebrew and Thai since their code pages are read: the tracker
                # took it, as in most languages)
                "redmine-export-ko": "no column of incident fits",
                # keys174's mk: no category word read (eu's 'Kategoria' and gl's 'Categoría'
                # are read as the case type the tracker took)
                "redmine-export-mk": "no column of incident fits",
                # keys192's az: no category word read (mn's 'Төрөл' and sq's 'Kategori' are
                # read as the case type the tracker took; sr's 'Категорија' too since
                # session 34 read its file as Serbian, and bs's and sr-yu's 'Kategorija'
                # since session 40's Serbian and Bosnian words tell their files' language)
                "redmine-export-az": "no column of incident fits"}


def _tables(run_dir: Path) -> dict[str, dict]:
    m = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: t for t in m["tables"]}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_redmine_labelled_issues_load(name: str, tmp_path: Path) -> None:
    """The 14 issues load as cases, keyed by Redmine's issue number ('#'), each of the
    contact made (by decision) from its author's name, 2 reporters; all read back whole. The
    case type is the tracker (decided with its options), the category left unmapped with why;
    the assignees (Redmine's users, not the org's) go to the fallback owner, listed in the owner
    queue. Not moved: users (matched, not created), projects (no Sales table), the spent
    time (not recognised), each listed with its reason."""
    author, tracker, assignee, category = EXPORTS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("reporters", 2, 2, 0, 0, 0, 0),
        "incident": ("issues", 14, 14, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"title", "description", "statuscode", "prioritycode", "casetypecode",
            "customerid", *(["ownerid"] if assignee else [])} <= set(columns["incident"])
    tables = _tables(run_dir)
    incident = tables["incident"]
    assert incident["source_key"] == "#" or incident.get("key_columns") == ["#"]
    if assignee:  # the assignees go to the fallback owner, listed in the owner queue
        assert incident["owner"]["source"] == assignee
    assert {c["source"]: c["target"] for c in incident["columns"]}[tracker] == "casetypecode"
    assert not any(c["source"] == category for c in incident["columns"])
    assert category in incident["unmapped"]
    assert WHY_CATEGORY.get(name, "casetypecode") in incident["unmapped_reasons"][category]
    assert {lk["target"]: lk["source"] for lk in incident["lookups"]}["customerid"] == author
    if assignee:
        queue = (run_dir / "owner_queue.csv").read_text(encoding="utf-8")
        assert "assigned to fallback owner avery.admin@contoso.example" in queue
    files = inventory_files(run_dir)
    assert files["issues"]["taken"] == {"incident": 14}
    assert not files["users"]["migrated"] and "users are not created" in files["users"]["reason"]
    assert not files["projects"]["migrated"] and not files["timelog"]["migrated"]
    stage = json.loads((run_dir / "reconciliation.json").read_text())
    assert stage["balanced"]
    assert stage["objects"]["incident"]["closed"] == 3 and stage["objects"]["incident"][
        "cleared"] == 0
