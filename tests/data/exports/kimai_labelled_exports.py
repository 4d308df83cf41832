"""Kimai's customer and project lists (the rows of kimai-import-samples: Kimai's importer test
files tests/Importer/_data/customers.csv and projects2.csv) written as Kimai's own list
export writes them for a user whose language is German, French, Spanish, Italian, Dutch or
Brazilian Portuguese: an XLSX workbook per list (CustomerController / ProjectController
``exportAction``: ``EntityWithMetaFieldsExporter`` + ``XlsxWriter``, files prefixed
``kimai-customers`` / ``kimai-projects``), one sheet (PhpSpreadsheet's default title
"Worksheet"), a header row of each column's ``@Exporter\\Expose`` label passed through the
translator (``SpreadsheetExporter``: ``$this->translator->trans($settings->getLabel())``, the
``messages`` domain, translations/messages.<lang>.xlf; a label without a target falls back
to English, messages.en.xlf, as Symfony's translator does), then a row per record.

Ours, not Kimai's: a mechanical converter, shared by kimai-export-de, -fr, -es, -it, -nl and
-pt-br (keys119; see their SOURCE.md). Usage (needs openpyxl)::

    python kimai_labelled_exports.py <kimai git dir> <commit> LANG OUT_DIR   # LANG: de, fr...
    python kimai_labelled_exports.py <kimai git dir> <commit> LANG OUT_DIR LABELS_COMMIT

The second form (keys243: kimai-export-ta, -id, -mk) is for a language Kimai 1.x has no
catalog for: the rows, columns and English labels (which key each header is) are read at
<commit> as above, the labels' text at LABELS_COMMIT (a Kimai 2.x commit, whose
translations/messages.LANG.xlf exists): Kimai 2.0 (90a0fd8a2) dropped the ``label.`` prefix
of every label key (``@Exporter\\Expose(label="label.number")`` became
``#[Exporter\\Expose(label: 'number')]``), so each key is looked up without it, in
messages.LANG.xlf then messages.en.xlf of LABELS_COMMIT. Without LABELS_COMMIT nothing
changes (the earlier languages' bytes are as before).

Rules:
- Columns: the sample file's columns in its order (which is the entity's
  ``@Exporter\\Order``); each English header is Kimai's English label of a label key
  (messages.en.xlf: "Account" is ``label.number``, "Project Start" ``label.project_start``...)
  and is written as that key's label in LANG. Custom fields (``meta.*``) keep their names:
  a custom field's label is its own, not Kimai's to translate.
- Cells as the exporter's cell formatters write them: the id an integer
  (``type="integer"``), "Visible" a boolean cell (``BooleanFormatter`` writes the PHP bool,
  which a spreadsheet shows as TRUE/FALSE or in the reader's language; no text is
  localized), dates as Excel dates (``DateFormatter``; the sample's dates are all empty),
  everything else the stored string; an empty value an empty cell. Kimai localizes no
  value of these lists.
- The file names are the prefix without the download's time stamp (``_<YmdHim>``), every zip
  member and the workbook's created/modified stamps fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

STAMP = (2022, 12, 28, 0, 0, 0)   # the source commit's day: every zip member's date
NS = "{urn:oasis:names:tc:xliff:document:1.2}"
FILES = {  # sample file -> (export file, CSV delimiter)
    "tests/Importer/_data/customers.csv": ("kimai-customers.xlsx", ","),
    "tests/Importer/_data/projects2.csv": ("kimai-projects.xlsx", ";"),
}
BOOLEAN = {"label.visible"}
INTEGER = {"label.id"}


def _show(git_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def read_xliff(text: str) -> dict[str, str]:
    """resname (the label key) -> target, for every trans-unit with a target."""
    out = {}
    for unit in ET.fromstring(text).iter(f"{NS}trans-unit"):
        key = unit.get("resname") or unit.findtext(f"{NS}source") or ""
        target = unit.findtext(f"{NS}target")
        if key and target:
            out[key] = target
    return out


def _cell(key: str | None, value: str) -> object:
    if value == "":
        return None
    if key in INTEGER:
        return int(value)
    if key in BOOLEAN:
        return value == "1"
    return value


def _stable(data: bytes) -> bytes:
    """The workbook with every member dated STAMP (openpyxl dates them now)."""
    out = io.BytesIO()
    stamp = f"{STAMP[0]:04d}-{STAMP[1]:02d}-{STAMP[2]:02d}T00:00:00Z"
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps 'modified' now
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", b"\\g<1>" + stamp.encode(),
                              body)
            dst.writestr(zipfile.ZipInfo(info.filename, STAMP), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build(git_dir: str, commit: str, lang: str, out: Path,
          labels_commit: str | None = None) -> dict[str, int]:
    english = read_xliff(_show(git_dir, commit, "translations/messages.en.xlf"))
    if labels_commit is None:
        local = english | read_xliff(_show(git_dir, commit,
                                           f"translations/messages.{lang}.xlf"))
    else:   # Kimai 2.x: the same keys without 'label.', its own English as the fallback
        later = read_xliff(_show(git_dir, labels_commit, "translations/messages.en.xlf")) \
            | read_xliff(_show(git_dir, labels_commit, f"translations/messages.{lang}.xlf"))
        local = {key: later[key.removeprefix("label.")] for key in english
                 if key.removeprefix("label.") in later}
    key_of = {}
    for key, label in english.items():
        if key.startswith("label."):
            key_of.setdefault(label.casefold(), key)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for path, (name, delimiter) in FILES.items():
        rows = list(csv.reader(io.StringIO(_show(git_dir, commit, path)), delimiter=delimiter))
        header, body = rows[0], [r for r in rows[1:] if r]
        keys = [None if h.lower().startswith("meta.") else key_of[h.casefold()]
                for h in header]
        book = Workbook()
        sheet = book.active
        sheet.title = "Worksheet"
        sheet.append([h if k is None else local[k] for h, k in zip(header, keys, strict=True)])
        for r in body:
            sheet.append([_cell(k, v) for k, v in zip(keys, r, strict=True)])
        for prop in ("created", "modified"):
            setattr(book.properties, prop, datetime(*STAMP))
        buf = io.BytesIO()
        book.save(buf)
        (out / name).write_bytes(_stable(buf.getvalue()))
        counts[name] = len(body)
    return counts


if __name__ == "__main__":
    print(build(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]), *sys.argv[5:6]))
