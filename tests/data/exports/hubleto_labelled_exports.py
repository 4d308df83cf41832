"""Hubleto's demo records (the same rows as hubleto-demo) written as Hubleto's table CSV
export (``src/Api/TableExportCsv.php``) writes them for a user whose language is Slovak,
Czech, Polish, Spanish or German: each column headed by its title, ``$column->getTitle()``,
which the model set through ``$this->translate('Street Line 1')``; Hubleto's Translator
looks that string up in ``lang/<lang>/hubleto-app-community-<app>-loader.json`` under the
model's section (``Models\\Customer``...) and keeps the English string where the entry is
missing or empty (so "Company ID", which the dictionaries hold only as a stale "Customer
ID", stays English everywhere).

Ours, not Hubleto's: a mechanical converter, shared by hubleto-export-sk, -cs, -pl, -es and
-de (keys121; see their SOURCE.md). Usage::

    python hubleto_labelled_exports.py REPO_DIR LANG OUT_DIR     # LANG: sk cs pl es de

REPO_DIR holds, at their repository paths, the three PHP files hubleto-demo's converter
reads (its ``convert.py``, which builds the rows) and the four dictionaries
``lang/<LANG>/hubleto-app-community-{customers,contacts,products,settings}-loader.json``.

The layout is TableExportCsv's with its ``separator`` parameter set to ``;`` (the default
``,`` would split the titles that hold a comma, "Ulica, riadok č. 1", as Hubleto writes the
header row unquoted): the header row is the titles joined by the separator, unquoted; every
value is written in double quotes; lines end with ``\\n``; the whole file is converted to
windows-1250 (``iconv("UTF-8", "windows-1250//TRANSLIT", ...)``). Columns and rows are
hubleto-demo's (its SOURCE.md: the literal values of the demo data generator; a lookup
written as the looked-up record's text for the country, as the id otherwise). "ID" is the
primary key's title, untranslated. Values are as stored: no value is translated.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

# file -> (app dictionary, the model's section in it): the model the file's rows come from
MODELS = {
    "users.csv": ("settings", "Models\\User"),
    "customers.csv": ("customers", "Models\\Customer"),
    "contacts.csv": ("contacts", "Models\\Contact"),
    "contact_values.csv": ("contacts", "Models\\Value"),
    "product_categories.csv": ("products", "Models\\Category"),
    "products.csv": ("products", "Models\\Product"),
}
UNTRANSLATED = {"ID"}  # the primary key's title


def _demo_converter():
    path = Path(__file__).resolve().parent / "hubleto-demo" / "convert.py"
    spec = importlib.util.spec_from_file_location("hubleto_demo_convert", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translate(dictionary: dict, section: str, title: str) -> str:
    """Hubleto's Translator: the entry, or the English string when missing or empty."""
    if title in UNTRANSLATED:
        return title
    return (dictionary.get(section) or {}).get(title) or title


def convert(repo: Path, lang: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _demo_converter().convert(repo, Path(tmp))
        for name, (app, section) in MODELS.items():
            dictionary = json.loads((repo / "lang" / lang /
                                     f"hubleto-app-community-{app}-loader.json").read_text(
                                         encoding="utf-8"))
            with (Path(tmp) / name).open(encoding="utf-8", newline="") as f:
                header, *rows = list(csv.reader(f))
            text = ";".join(translate(dictionary, section, t) for t in header) + "\n"
            for row in rows:
                text += ";".join('"' + v.replace('"', '\\"') + '"' for v in row) + "\n"
            (out / name).write_bytes(text.encode("cp1250"))
            print(f"{lang}/{name}: {len(rows)} rows")


if __name__ == "__main__":
    convert(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
