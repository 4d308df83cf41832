"""InvoicePlane's clients as its client form shows them, headed in its own UI labels.

Built for round U (session 47, keys316). Usage:

    python convert.py --lang en|de|es|it IP OUT

IP: a folder holding, under their own paths, files of GitHub InvoicePlane/InvoicePlane
(SOURCE.md lists each with its SHA-256): at c507a0b96650e490ccb1fbeab91521aced85ec84 (the
records, the client views, helpers and country lists, the English labels) and, for the
other languages, the translation files of the same repository's pull-request heads
09643d7b (German), d95ae5e8 (Spanish) and 39c551ac (Italian).

Rules (nothing here is invented data):
- Rows: the 34 clients of test/data.json as test/d.py writes them into ip_clients: name,
  client_address_1 (address), client_city, client_zip (postalZip), client_phone,
  client_email, client_country 'DE', client_gender 1, client_active 1. Every other field is
  its column's DEFAULT in the setup SQL (client_language 'system'; empty strings for the
  address, contact and tax fields; NULL surname and birthdate).
- Order: the client list's (Mdl_clients::default_order_by: client_name; MySQL's
  case-insensitive collation, ties in insertion order).
- Columns: InvoicePlane has no client export; each file is the client form
  (clients/views/form.php) as a table, its fields in the form's order, each headed by the
  label the form gives it (trans() of the key below) in the language's ip_lang.php. Left
  out: the Sumex fields (shown only with the Sumex setting on), custom fields (none), the
  client title (a 2024 field no translation used here labels; unset in every record).
- Cells: as the client pages print them: Active as the list prints it (trans 'yes'/'no'),
  the language select's option ('system': trans 'use_system_language'), the country
  select's option (get_country_name: country-list/<cldr>/country.php), the gender select's
  option (format_gender: 0 male, 1 female, else other), other fields as stored.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re

# --lang -> (InvoicePlane language folder, the cldr its ip_lang.php names)
LANGS = {"en": ("english", "en"), "de": ("German", "de"), "es": ("Spanish", "es"),
         "it": ("italian", "it")}

# (client field, ip_lang key of the form's label)
FIELDS = [
    ("client_active", "active_client"),
    ("client_name", "client_name"),
    ("client_surname", "client_surname_optional"),
    ("client_language", "language"),
    ("client_address_1", "street_address"),
    ("client_address_2", "street_address_2"),
    ("client_city", "city"),
    ("client_state", "state"),
    ("client_zip", "zip_code"),
    ("client_country", "country"),
    ("client_phone", "phone_number"),
    ("client_fax", "fax_number"),
    ("client_mobile", "mobile_number"),
    ("client_email", "email_address"),
    ("client_web", "web_address"),
    ("client_gender", "gender"),
    ("client_birthdate", "birthdate"),
    ("client_vat_id", "vat_id"),
    ("client_tax_code", "tax_code"),
]

PHP_PAIR = re.compile(r"""'((?:[^'\\]|\\.)*)'\s*=>\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")


def read_php_array(path):
    """key -> value of a PHP file returning or assigning one flat array of strings."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    out = {}
    for m in PHP_PAIR.finditer(text):
        if m.group(2) is not None:
            value = re.sub(r"\\([\\'])", r"\1", m.group(2))
        else:
            value = re.sub(r'\\(["\\$])', r"\1", m.group(3))
        out.setdefault(m.group(1), value)
    return out


def seed_rows(ip):
    """ip_clients rows as test/d.py inserts test/data.json (DEFAULTs for the rest)."""
    with open(os.path.join(ip, "test", "data.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    rows = []
    for item in data:
        row = {f: "" for f, _k in FIELDS}
        row.update({
            "client_surname": None, "client_birthdate": None, "client_language": "system",
            "client_name": item["name"], "client_address_1": item["address"],
            "client_city": item["city"], "client_zip": item["postalZip"],
            "client_country": "DE", "client_phone": item["phone"],
            "client_email": item["email"], "client_gender": 1, "client_active": 1,
        })
        rows.append(row)
    return sorted(rows, key=lambda r: r["client_name"].casefold())   # stable: ties keep ids


def cell(field, value, lang, countries):
    if field == "client_active":
        return lang["yes"] if value else lang["no"]
    if field == "client_language":
        return lang["use_system_language"] if value == "system" else value.capitalize()
    if field == "client_country":
        return countries.get(value, value) if value else ""
    if field == "client_gender":
        return lang[{0: "gender_male", 1: "gender_female"}.get(value, "gender_other")]
    return "" if value is None else str(value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("ip")
    ap.add_argument("out")
    a = ap.parse_args()
    folder, cldr = LANGS[a.lang]
    english = read_php_array(os.path.join(a.ip, "application", "language", "english",
                                          "ip_lang.php"))
    lang = {**english, **{k: v for k, v in read_php_array(os.path.join(
        a.ip, "application", "language", folder, "ip_lang.php")).items() if v}}
    assert lang["cldr"] == cldr, lang["cldr"]
    countries = read_php_array(os.path.join(a.ip, "application", "helpers", "country-list",
                                            cldr, "country.php"))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "clients.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([lang[k] for _f, k in FIELDS])
        for row in seed_rows(a.ip):
            w.writerow([cell(f, row[f], lang, countries) for f, _k in FIELDS])


if __name__ == "__main__":
    main()
