"""Krayin CRM's import samples (storage/app/public/data-transfer/samples: leads, persons,
products) written as Krayin's datagrid Export (Webkul\\DataGrid\\Exports\\DataGridExport,
CSV) writes them once imported into a fresh install whose locale is Spanish, Brazilian
Portuguese, Turkish, Arabic, Persian, Vietnamese, French or German: one CSV per grid
(LeadDataGrid, PersonDataGrid, ProductDataGrid).

Ours, not Krayin's: a mechanical converter, shared by krayin-export-es, -pt-br and -tr
(keys108), -ar, -fa and -vi (keys169) and -fr and -de (keys229, their packs from unmerged pull
requests merged onto 58e4890; see their SOURCE.md). Usage::

    C=21b90b626d0e47e42d7ab945d8557fe0913e2119   # the samples (as krayin-crm)
    H=58e489062c190c77a766bbe82325836816ad826e   # lang packs, grids, seeders
    S=storage/app/public/data-transfer/samples
    L=packages/Webkul
    for f in leads persons products; do git -C <clone> show $C:$S/$f.csv > SRC/$f.csv; done
    for l in es pt_BR tr ar fa vi; do
        git -C <clone> show $H:$L/Admin/src/Resources/lang/$l/app.php > SRC/admin_$l.php
        git -C <clone> show $H:$L/Installer/src/Resources/lang/$l/app.php > SRC/installer_$l.php
    done
    python krayin_labelled_exports.py SRC LANG OUT_DIR          # LANG: es, pt_BR, tr, ar, fa or vi

A label the pack lacks is Laravel's ``fallback_locale`` 'en' one (config/app.php), read from
``SRC/admin_en.php`` (``$H:$L/Admin/src/Resources/lang/en/app.php``) when that file is there
(French's pack has no ``date-to``: the header is 'Date To').

The rules, each from Krayin's code at 58e4890:
- Headers: ``DataGridExport::headings`` writes each exportable column's label, the
  ``trans()`` of its key (``admin::app.leads.index.datagrid.*``,
  ``admin::app.contacts.persons.index.datagrid.*``, ``admin::app.products.index.datagrid.*``)
  in the grid's column order. Cells: ``DataGridExport::map`` writes the record's raw value
  of the column's index (the grid's display closures are not applied).
- Seeded names (lead sources, lead types, pipeline stages) are the installer's
  ``trans('installer::app.seeders.lead.*', [], $defaultLocale)`` in that locale; the
  installer's admin user (id 1) is "Example Admin" (UserSeeder).
- Every field is enclosed in double quotes (PhpSpreadsheet's CSV writer, as Laravel Excel
  uses it). Decimals (lead_value, price: decimal(12,4)) come back from the database with 4 places.
- JSON lists (emails, contact_numbers) are stored by the model's array cast: json_encode,
  no spaces.
- The second lead of the sample has no id: the import gives it the next, 2.
- Left out (not read from the samples): lead tags (none), the person's organization (id 1:
  the samples hold no organization; written empty), product inventories (none: in stock,
  allocated and on hand are SUMs over none, empty), rotten lead (0: the leads are new),
  created at (the day of the import: not in the samples; the column is left out).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

TOKEN = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>|\[|\]|,)"""
                   r"""|(//[^\n]*|/\*.*?\*/|#[^\n]*)""", re.S)


def read_php_array(text: str) -> dict:
    """The array a Laravel lang file returns (quoted strings, nested [...], comments)."""
    body = text[text.index("return") + len("return"):]
    tokens: list[tuple[str, str]] = []
    for m in TOKEN.finditer(body):
        if m.group(4):
            continue
        if m.group(3):
            tokens.append(("op", m.group(3)))
        else:
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            tokens.append(("str", re.sub(r"\\(['\\\"])", r"\1", raw)))
    pos = 0

    def parse() -> dict:
        nonlocal pos
        assert tokens[pos] == ("op", "[")
        pos += 1
        out: dict = {}
        while tokens[pos] != ("op", "]"):
            key = tokens[pos][1]
            assert tokens[pos + 1] == ("op", "=>")
            pos += 2
            if tokens[pos] == ("op", "["):
                out[key] = parse()
            else:
                out[key] = tokens[pos][1]
                pos += 1
            if tokens[pos] == ("op", ","):
                pos += 1
        pos += 1
        return out

    return parse()


def dig(tree: dict, dotted: str) -> str:
    for part in dotted.split("."):
        tree = tree[part]
    return tree  # type: ignore[return-value]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def four(value: str) -> str:
    return f"{float(value):.4f}" if value else ""


def compact(value: str) -> str:
    return json.dumps(json.loads(value), ensure_ascii=False, separators=(",", ":")) if value else ""


def build(src: Path, lang: str, out: Path) -> None:
    admin = read_php_array((src / f"admin_{lang}.php").read_text(encoding="utf-8"))
    seed = dig(read_php_array((src / f"installer_{lang}.php").read_text(encoding="utf-8")),
               "seeders.lead")
    lead_l = dig(admin, "leads.index.datagrid")
    person_l = dig(admin, "contacts.persons.index.datagrid")
    product_l = dig(admin, "products.index.datagrid")
    if (src / "admin_en.php").exists():   # Laravel's fallback_locale 'en' for a missing key
        english = read_php_array((src / "admin_en.php").read_text(encoding="utf-8"))
        for labels, grid in ((lead_l, "leads.index.datagrid"),
                             (person_l, "contacts.persons.index.datagrid"),
                             (product_l, "products.index.datagrid")):
            for key, label in dig(english, grid).items():
                labels.setdefault(key, label)
    sources = {"1": "email", "2": "web", "3": "web-form", "4": "phone", "5": "direct"}
    types = {"1": "new-business", "2": "existing-business"}
    stages = {"1": "new", "2": "follow-up", "3": "prospect", "4": "negotiation", "5": "won",
              "6": "lost"}
    persons = csv_rows(src / "persons.csv")
    users = {"1": "Example Admin"}
    out.mkdir(parents=True, exist_ok=True)

    lead_cols = ["id", "sales-person", "subject", "source", "lead-value", "lead-type",
                 "tag-name", "contact-person", "stage", "rotten-lead", "date-to"]
    rows = []
    for n, r in enumerate(csv_rows(src / "leads.csv"), start=1):
        person = persons[int(r["person_id"]) - 1]["name"] if r["person_id"] else ""
        rows.append([r["id"] or str(n), users.get(r["user_id"], ""), r["title"],
                     seed["source"][sources[r["lead_source_id"]]], four(r["lead_value"]),
                     seed["type"][types[r["lead_type_id"]]], "", person,
                     seed["pipeline"]["pipeline-stages"][stages[r["lead_pipeline_stage_id"]]],
                     "0", r["expected_close_date"]])
    write(out / "leads.csv", [lead_l[c] for c in lead_cols], rows)

    person_cols = ["id", "name", "emails", "contact-numbers", "organization-name"]
    rows = [[str(n), p["name"], compact(p["emails"]), compact(p["contact_numbers"]), ""]
            for n, p in enumerate(persons, start=1)]
    write(out / "persons.csv", [person_l[c] for c in person_cols], rows)

    product_cols = ["sku", "name", "price", "in-stock", "allocated", "on-hand"]
    rows = [[p["sku"], p["name"], four(p["price"]), "", "", ""]
            for p in csv_rows(src / "products.csv")]
    write(out / "products.csv", [product_l[c] for c in product_cols], rows)


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)   # PhpSpreadsheet encloses every field
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    build(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
