"""TastyIgniter's demo menu items as its Import/Export extension's "Export Menu Items" writes them.

Built for round Z (session 51, keys371). Usage:

    python convert.py --lang en SRC OUT

SRC holds, under a folder per repository and their own paths, files of GitHub
tastyigniter/core at f4f7b931220213c7d72d1faefb6bd625a76900cd (``core/``),
tastyigniter/ti-ext-cart at b3344518782768544f6404cc598b3f2312d29c5f (``ti-ext-cart/``) and
igniter-labs/ti-ext-importexport at c5f3d03b23df2fa40bde422228c0e9b5d17a513f
(``ti-ext-importexport/``), e.g. ``git --git-dir=MIRROR show f4f7b9312:PATH > SRC/core/PATH``
(SOURCE.md lists them with their SHA-256).

TastyIgniter ships its labels in English only (``resources/lang/en`` in core and in each
extension; other languages are separate language packs), so ``--lang`` takes ``en`` only.

Rules (nothing here is invented data):
- Rows: the demo menu items TastyIgniter's installer seeds when the demo data is chosen
  (core ``DemoSchemaSeeder::seedMenuItems``: ``database/records/menus.json`` in file order,
  inserted into an empty ``menus`` table, so ``menu_id`` runs 1, 2, ...). The seeder links
  no menu item to a category (the categories are seeded on their own), so the Category
  cell is empty.
- Columns: ti-ext-importexport's ``resources/models/menuexport.php`` (the "menus" export
  template's columns in their order, all ticked), each label the ``lang:`` key it names,
  resolved as core's Translator does (``admin::lang.`` read as ``igniter::admin.``: core
  ``resources/lang/en/admin.php``; ``igniter.cart::default.`` in ti-ext-cart's
  ``resources/lang/en/default.php``).
- Cells: ``MenuExport::exportData`` returns the model's ``toArray()`` (no casts), so each
  cell is the raw database value as MySQL returns it: ``menu_price`` a DECIMAL(15,4)
  (``4.9900``), ``minimum_qty`` an integer, ``menu_status`` a boolean column (``1``), the
  categories ``|``-joined names (none here).
- CSV: ``ExportModel::prepareCsvWriter`` (league/csv Writer: UTF-8 BOM, ',' delimiter, '"'
  enclosure, '\\' escape, LF), each record written by PHP's fputcsv, which encloses a
  field holding the delimiter, the enclosure, the escape, a space, a tab, CR or LF.
- File name: the download is ``menus-<date>.csv``; here ``menus.csv``.
"""
import argparse
import json
import os
import re
from decimal import Decimal

LANGS = ("en",)
ALIASES = {"admin::lang.": "igniter::admin.", "main::lang.": "igniter::main.",
           "system::lang.": "igniter::system."}
LANG_FILES = {"igniter::admin": "core/resources/lang/en/admin.php",
              "igniter.cart::default": "ti-ext-cart/resources/lang/en/default.php"}

TOKEN = re.compile(r"'((?:[^'\\]|\\.)*)'\s*=>\s*(\[|'((?:[^'\\]|\\.)*)')|(\])")


def php_unquote(s):
    return re.sub(r"\\(['\\])", r"\1", s)


def php_lang(path):
    """A PHP language file's ``return [...]`` of single-quoted strings, as dotted keys."""
    text = open(path, encoding="utf-8").read()
    out, stack = {}, []
    for m in TOKEN.finditer(text):
        if m.group(4):
            if stack:
                stack.pop()
        elif m.group(2) == "[":
            stack.append(php_unquote(m.group(1)))
        else:
            out[".".join([*stack, php_unquote(m.group(1))])] = php_unquote(m.group(3))
    return out


def translate(src, label):
    key = label[5:] if label.startswith("lang:") else label
    translator = open(os.path.join(src, "core/src/Flame/Translation/Translator.php"),
                      encoding="utf-8").read()
    for old, new in ALIASES.items():
        assert f"'{old}' => '{new}'" in translator, old
        if key.startswith(old):
            key = new + key[len(old):]
    package, rest = key.split("::", 1)
    group, item = rest.split(".", 1)
    namespace = f"{package}::{group}"
    return php_lang(os.path.join(src, LANG_FILES[namespace]))[item]


def export_columns(src):
    text = open(os.path.join(src, "ti-ext-importexport/resources/models/menuexport.php"),
                encoding="utf-8").read()
    return re.findall(r"'(\w+)'\s*=>\s*'(lang:[^']+)'", text)


def cell(value):
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    return str(value)


def fputcsv(fields):
    out = []
    for f in fields:
        assert "\\" not in f, f
        if any(c in f for c in ',"\\ \t\r\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out) + "\n"


def menu_rows(src):
    with open(os.path.join(src, "core/database/records/menus.json"), encoding="utf-8") as fh:
        menus = json.load(fh)
    for i, menu in enumerate(menus, start=1):
        price = Decimal(str(menu["menu_price"])).quantize(Decimal("0.0001"))
        yield {"menu_id": i, "menu_name": menu["menu_name"], "menu_price": f"{price}",
               "menu_description": menu["menu_description"],
               "minimum_qty": menu.get("minimum_qty", 0),
               "menu_status": int(bool(menu.get("menu_status"))), "categories": ""}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("src")
    ap.add_argument("out")
    args = ap.parse_args()
    columns = export_columns(args.src)
    assert [c for c, _ in columns] == ["menu_id", "menu_name", "menu_price", "menu_description",
                                       "minimum_qty", "categories", "menu_status"], columns
    lines = [fputcsv([translate(args.src, label) for _, label in columns])]
    for row in menu_rows(args.src):
        lines.append(fputcsv([cell(row[c]) for c, _ in columns]))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "menus.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + "".join(lines))


if __name__ == "__main__":
    main()
