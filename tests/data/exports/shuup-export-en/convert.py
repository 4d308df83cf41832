"""Shuup's fixed sample contacts as its admin exports and forms give them (keys311, session
45, round T): person contacts, company contacts and their addresses, headed by Shuup's own
labels (its ``django.po`` catalogues) in one language.

    python convert.py --lang en SRC OUT      # en, de, es, fr_CA

SRC holds the files named in SOURCE.md under their own paths: Shuup (shuup/shuup at
25f78cfe37) and, for the two words Shuup takes from its dependencies, Django 2.2.28's and
django-countries 6.1.3's catalogues (the versions Shuup's setup.py admits). Rules:
- Records: the contact importer's example files, ``shuup/default_importer/samples/
  person_contact_sample.xlsx`` and ``company_contact_sample.xlsx`` (two rows each), as the
  importer (``default_importer/importers/contact.py``) stores them: a person's name is
  'first last' (PersonContact.name), cells become text (phone 1123555111 -> '1123555111',
  as shuup_tests/importer/test_customer_import.py asserts), the registration shop is the
  importing shop (``shuup_init``'s "Default Shop"), no shop membership, no group other than
  the default one, active (the model's default), no orders.
- person_contacts.csv / company_contacts.csv: the contact list's "Export as CSV file" mass
  action (``admin/utils/mass_action.py`` BaseExportCSVMassAction with
  ``contacts/mass_actions.py`` ExportContactsCSVAction) with the persons, then the
  companies, selected: ';'-separated, UTF-8, a header of the default columns' titles
  (``contacts/views/list.py``: Name, Type, Email, Phone, Active, # Orders, Groups, Shops,
  Registered in), newest first (``-created_on``: the file's second row first). Cells:
  ``get_display_value`` stripped of tags, a falsy one written empty: Type 'Person' /
  'Company' (translated), Active as Django's ``yesno`` (its ``'yes,no,maybe'`` catalogue
  entry: 'yes'), # Orders 0 -> '' (falsy), Groups 'No group' and Shops 'No shops'
  (translated), Registered in the shop's name (data).
- addresses.csv: Shuup has no address list; each contact's default address (the importer
  sets one address as billing and shipping) with the fields of ``core/utils/forms.py``
  MutableAddressForm, the contact edit page's address form, headed by its labels (the
  model's verbose names, first letter capitalised as Django's form labels are; region_code
  labelled 'Region'): name, name extension, phone, email, street, street (2), postal code,
  city, region (region_code), country (the region field, empty in every record, is left
  out: its label would repeat 'Region'). The country as the form's select shows it: its
  django-countries name in the language. Persons first, then companies, in file order.
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import openpyxl

SAMPLES = "shuup/default_importer/samples/{}_contact_sample.xlsx"
ADMIN_PO = "shuup/admin/locale/{}/LC_MESSAGES/django.po"
CORE_PO = "shuup/core/locale/{}/LC_MESSAGES/django.po"
DJANGO_PO = "django/conf/locale/{}/LC_MESSAGES/django.po"
COUNTRIES_PO = "django_countries/locale/{}/LC_MESSAGES/django.po"
DJANGO_LANG = {"de": "de", "es": "es", "fr_CA": "fr"}  # Django falls back fr_CA -> fr
COUNTRY = {"US": "United States of America"}  # django_countries/data.py
SHOP = "Default Shop"  # shuup/core/management/commands/shuup_init.py


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (no msgctxt, fuzzy entries skipped)."""
    out: dict[str, str] = {}
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        if "#, fuzzy" in block or "msgctxt" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not m:
            continue

        def join(s: str) -> str:
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s)
            return "".join(parts).encode("utf-8").decode("unicode_escape").encode(
                "latin-1").decode("utf-8")

        out[join(m.group(1))] = join(m.group(2))
    return out


def catalog(src: Path, pattern: str, lang: str | None) -> dict[str, str]:
    if lang is None:
        return {}
    path = src / pattern.format(lang)
    return read_po(path) if path.exists() else {}


def samples(src: Path, kind: str) -> list[dict[str, str]]:
    ws = openpyxl.load_workbook(src / SAMPLES.format(kind), read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    return [{h: "" if v is None else str(v) for h, v in zip(head, r, strict=True)}
            for r in rows[1:]]


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    # unicodecsv.writer(response, delimiter=";", encoding="utf-8"): csv's defaults otherwise
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    admin = catalog(src, ADMIN_PO, lang)
    core = catalog(src, CORE_PO, lang)
    dj = catalog(src, DJANGO_PO, DJANGO_LANG.get(lang))
    ctry = catalog(src, COUNTRIES_PO, DJANGO_LANG.get(lang))

    def t(cat: dict[str, str], msgid: str) -> str:
        return cat.get(msgid) or msgid  # an untranslated entry shows the English msgid

    def label(msgid: str) -> str:  # Django's capfirst of a form field's verbose name
        s = t(core, msgid)
        return s[:1].upper() + s[1:]

    yes = t(dj, "yes,no,maybe").split(",")[0].strip()
    out.mkdir(parents=True, exist_ok=True)

    persons = samples(src, "person")
    companies = samples(src, "company")
    header = [t(admin, x) for x in ("Name", "Type", "Email", "Phone", "Active", "# Orders",
                                    "Groups", "Shops", "Registered in")]
    no_group, no_shops = t(admin, "No group"), t(admin, "No shops")
    rows = [[f"{p['First Name']} {p['Last Name']}", t(admin, "Person"), p["Email"],
             p["Phone"], yes, "", no_group, no_shops, SHOP] for p in reversed(persons)]
    write(out / "person_contacts.csv", header, rows)
    rows = [[c["Name"], t(admin, "Company"), c["Email"], c["Phone"], yes, "", no_group,
             no_shops, SHOP] for c in reversed(companies)]
    write(out / "company_contacts.csv", header, rows)

    header = [label("name"), label("name extension"), label("phone"), label("email"),
              label("street"), label("street (2)"), label("postal code"), label("city"),
              t(core, "Region"), label("country")]
    rows = []
    for r in persons + companies:
        name = r.get("Name") or f"{r['First Name']} {r['Last Name']}"
        rows.append([name, r.get("Name Extension", ""), r["Phone"], r["Email"], r["Street"],
                     "", r["Postal Code"], r["City"], r["Region Code"],
                     t(ctry, COUNTRY[r["Country"]])])
    write(out / "addresses.csv", header, rows)


if __name__ == "__main__":
    main()
