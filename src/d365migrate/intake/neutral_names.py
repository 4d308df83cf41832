"""File names that say nothing of what a file holds: ``file_01.csv``, ``Sheet1``,
``export_2026-11-30.csv``, ``data (3).csv``.

An admin panel or a person saving a workbook names files so; their words are words that
say nothing (``GENERIC_NAME_WORDS``) and numbers. Such a name must not name a kind: 'file'
is an attachment's word ('files.csv' holds attachments), but ``file_07.csv`` is the seventh
file of an export, and its columns alone say what it holds.
"""

from __future__ import annotations

import re

from d365migrate.intake.kinds import GENERIC_NAME_WORDS, name_word_split

__all__ = ["default_sheet_name", "neutral_name"]


def neutral_name(source: str) -> bool:
    """Whether a file or sheet name is words that say nothing and a number or date
    ('file_01', 'Sheet1', 'export_2026-11-30', 'Tabelle 2', 'data (3)'), so that it names
    no kind; a name of those words alone ('files', 'export') is not neutral this way."""
    words = name_word_split(re.sub(r"\([^()]*\)\s*$", " 0", source))
    numbered = any(re.search(r"\d", w) for w in words)
    rest = [re.sub(r"\d+$", "", w) for w in words if not w.isdigit()]
    return numbered and all(w in GENERIC_NAME_WORDS | NEUTRAL_WORDS for w in rest if w)


#: Words of neutral names in the common European languages (a sheet, a table, a file, an
#: export, a page, a copy): 'Tabelle1', 'Feuil1', 'Hoja1', 'Foglio1', 'Blad1', 'Planilha1'.
NEUTRAL_WORDS = frozenset({
    "tabelle", "blatt", "datei", "feuil", "feuille", "fichier", "tableau", "hoja", "archivo",
    "tabla", "foglio", "tabella", "blad", "bestand", "tabel", "planilha", "arquivo", "tabela",
    "page", "copy", "kopie", "copie", "copia", "untitled", "book", "workbook", "mappe",
    "classeur", "libro", "cartel", "pasta", "output", "download", "query", "result", "results",
    "new", "tmp", "temp", "test", "part", "sheet"})


#: The names a spreadsheet program or library gives a workbook's sheet by default, without
#: its number: PhpSpreadsheet's 'Worksheet', Excel's 'Sheet' / 'Tabelle' / 'Feuil' / 'Hoja' /
#: 'Foglio' / 'Blad' / 'Planilha' / 'Arkusz' / 'Munka' / 'List'.
SHEET_WORDS = frozenset({
    "worksheet", "sheet", "tabelle", "blatt", "feuil", "feuille", "hoja", "foglio", "blad",
    "planilha", "folha", "arkusz", "munka", "list", "ark", "taul", "lapa"})


def default_sheet_name(sheet: str) -> bool:
    """Whether a sheet's name is the one its program gave it by default ('Worksheet',
    'Sheet1', 'Tabelle1', 'Feuil 2') or another neutral name: it says nothing of the table,
    and a workbook of that one sheet is better named by its file ('kimai-customers.xlsx')."""
    words = name_word_split(sheet)
    plain = [re.sub(r"\d+$", "", w) for w in words if not w.isdigit()]
    return neutral_name(sheet) or (bool(plain) and all(w in SHEET_WORDS for w in plain if w))
