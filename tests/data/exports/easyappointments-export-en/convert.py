"""Easy!Appointments' own fixed records, one CSV per object, headed in one language.

    python convert.py SRC OUT_DIR --lang en|de|fr|es

SRC is a folder holding, at commit e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb of GitHub
alextselegidis/easyappointments (SOURCE.md), these files under their own paths:
application/libraries/Instance.php (``seed()``: the records ``php index.php console install``
and ``console seed`` write), openapi.yml (the REST API's example records,
``components.schemas.<Object>Record.example``), docs/rest-api.md (the same API's example
records, JSON blocks under each resource's heading), application/config/constants.php (the
calendar view constant) and application/language/<language>/translations_lang.php (the UI
strings; read through ``php``, as CodeIgniter's ``lang()`` reads them).

Every value is read from those files; nothing is typed in here but the rules below (which
rows, which columns, how a reference is resolved). Easy!Appointments has no CSV export: the
columns are each back-office page's form fields in the page's order (customers, services,
service categories, providers, secretaries, admins) and the calendar's appointment dialog
(components/appointments_modal.php), each headed by its ``lang()`` label; files are named as
the program's own routes and API resources name the objects.

Rows, in this order: the seeded database (Instance::seed: an admin, a service, a provider and
a customer), then openapi.yml's example of each object, then docs/rest-api.md's where it is
another record (a different e-mail, name or start: its admin, provider, secretary, service
and category are openapi.yml's again, its customer and appointment are not). Values are as
stored; unset fields take the table's defaults (users: language 'english', timezone 'UTC',
is_private 0; services: is_private 0; DECIMAL(10,2) prices). Where a page shows a name, the
name: a language as ``ucfirst()`` shows it, the calendar view and the yes/no options through
``lang()``, an appointment's service, provider and customer by name. References by id are
resolved against the seeded database, the only one the repository defines: users 1 (the
admin), 2 (the provider) and 3 (the customer) in the order seed() saves them, service 1; an
id that database does not hold is left empty.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

LANGS = {"en": "english", "de": "german", "fr": "french", "es": "spanish"}

# each file's columns: the lang() key of its label (in the page's order), and the field
CUSTOMER = [("first_name", "firstName"), ("last_name", "lastName"), ("email", "email"),
            ("phone_number", "phone"), ("address", "address"), ("city", "city"),
            ("zip_code", "zip"), ("language", "language"), ("timezone", "timezone"),
            ("notes", "notes")]                                     # pages/customers.php
USER = [("first_name", "firstName"), ("last_name", "lastName"), ("email", "email"),
        ("phone_number", "phone"), ("mobile_number", "mobile"), ("address", "address"),
        ("city", "city"), ("state", "state"), ("zip_code", "zip"), ("notes", "notes"),
        ("username", "username"), ("calendar", "calendarView"), ("language", "language"),
        ("timezone", "timezone"), ("receive_notifications", "notifications")]
PROVIDER = USER + [("hide_from_public", "isPrivate"), ("services", "services")]
SECRETARY = USER + [("providers", "providers")]                    # pages/secretaries.php
SERVICE = [("name", "name"), ("duration_minutes", "duration"), ("price", "price"),
           ("currency", "currency"), ("category", "serviceCategoryId"),
           ("slot_interval", "slotInterval"), ("attendants_number", "attendantsNumber"),
           ("location", "location"), ("description", "description"),
           ("hide_from_public", "isPrivate"), ("providers", "providers")]  # pages/services.php
CATEGORY = [("name", "name"), ("description", "description")]     # service_categories.php
APPOINTMENT = [("start_date_time", "start"), ("end_date_time", "end"),
               ("service", "serviceId"), ("provider", "providerId"),
               ("customer", "customerId"), ("location", "location"),
               ("meeting_link", "meetingLink"), ("status", "status"), ("notes", "notes")]
FILES = {  # file: (openapi schema, docs heading, columns, identity field)
    "customers": ("CustomerRecord", "Customers", CUSTOMER, "email"),
    "appointments": ("AppointmentRecord", "Appointments", APPOINTMENT, "start"),
    "services": ("ServiceRecord", "Services", SERVICE, "name"),
    "service_categories": ("ServiceCategoryRecord", "Service Categories", CATEGORY, "name"),
    "providers": ("ProviderRecord", "Providers", PROVIDER, "email"),
    "secretaries": ("SecretaryRecord", "Secretaries", SECRETARY, "email"),
    "admins": ("AdminRecord", "Admins", USER, "email"),
}
USER_DEFAULTS = {"language": "english", "timezone": "UTC", "isPrivate": False}  # migrations
SERVICE_DEFAULTS = {"isPrivate": False}

PHP_LANG = r"""define('BASEPATH', '');
$lang = [];
include $argv[1];
echo json_encode($lang, JSON_UNESCAPED_UNICODE);"""


def strings(src: Path, language: str) -> dict[str, str]:
    path = src / "application" / "language" / language / "translations_lang.php"
    out = subprocess.run(["php", "-r", PHP_LANG, str(path)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def _php_value(text: str, constants: dict[str, str]) -> object:
    text = text.strip()
    if text[:1] in "'\"":
        return text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    if text in constants:
        return constants[text]
    return text  # a variable ($password, random_string(), setting(...)): not a stored value


def seeded(src: Path) -> dict[str, dict]:
    """Instance::seed()'s records: each ``<model>->save([...])`` call's string, number and
    boolean entries (a user's settings flattened into it), keyed by model."""
    constants = dict(re.findall(r"const (\w+) = '([^']*)';",
                                (src / "application/config/constants.php").read_text()))
    text = (src / "application/libraries/Instance.php").read_text(encoding="utf-8")
    body = text[text.index("public function seed()"):]
    body = body[:body.index("\n    }\n")]
    out: dict[str, dict] = {}
    for model, block in re.findall(r"->(\w+)_model->save\(\[(.*?)\n        \]\);", body, re.S):
        record = {}
        for key, value in re.findall(r"'(\w+)' => ([^,\n\[]+|\[[^\]\n]*\]),?\n",
                                     block + "\n"):
            record[key] = _php_value(value, constants)
        out[model] = record
    return out


def docs_examples(src: Path) -> dict[str, dict]:
    """docs/rest-api.md's example record under each resource's '### ' heading."""
    text = (src / "docs" / "rest-api.md").read_text(encoding="utf-8")
    out = {}
    for heading, block in re.findall(r"^### ([^\n]+)\n\n```json\n(.*?)\n```", text, re.S | re.M):
        out[heading.strip()] = json.loads(block)
    return out


def records(src: Path) -> dict[str, list[dict]]:
    seed = seeded(src)
    # the seeded database's ids: users in save order (admin, provider, customer), service 1
    admin, provider, customer = seed["admins"], seed["providers"], seed["customers"]
    service = seed["services"]

    def user(r: dict) -> dict:
        return {"firstName": r["first_name"], "lastName": r["last_name"], "email": r["email"],
                "phone": r["phone_number"], "username": r.get("username"),
                "notifications": r.get("notifications"), "calendarView": r.get("calendar_view"),
                **USER_DEFAULTS}

    rows: dict[str, list[dict]] = {
        "admins": [user(admin)],
        "providers": [{**user(provider), "services": [service["name"]]}],
        "customers": [{**{k: v for k, v in user(customer).items()
                          if k not in ("username", "notifications", "calendarView")}}],
        "services": [{"name": service["name"], "duration": service["duration"],
                      "price": service["price"], "currency": service["currency"],
                      "slotInterval": service["slot_interval"],
                      "attendantsNumber": service["attendants_number"],
                      "providers": [f"{provider['first_name']} {provider['last_name']}"],
                      **SERVICE_DEFAULTS}],
        "service_categories": [], "secretaries": [], "appointments": [],
    }
    users = {1: admin, 2: provider, 3: customer}
    services = {1: service}
    spec = yaml.safe_load((src / "openapi.yml").read_text(encoding="utf-8"))
    docs = docs_examples(src)
    for name, (schema, heading, _cols, ident) in FILES.items():
        found = [spec["components"]["schemas"][schema]["example"]]
        if heading in docs:
            found.append(docs[heading])
        for r in found:
            if any(r.get(ident) == have.get(ident) for have in rows[name]):
                continue  # the same record again
            r = {**r, **(r.pop("settings", None) or {})}
            if name == "appointments":
                u = users.get(r.get("providerId"))
                r["providerId"] = f"{u['first_name']} {u['last_name']}" if u else None
                u = users.get(r.get("customerId"))
                r["customerId"] = f"{u['first_name']} {u['last_name']}" if u else None
                s = services.get(r.get("serviceId"))
                r["serviceId"] = s["name"] if s else None
            rows[name].append(r)
    return rows


def value(field: str, v: object, tr) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return tr("yes") if v else tr("no")
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if field == "language":
        return str(v)[:1].upper() + str(v)[1:]     # the select shows ucfirst($language)
    if field == "calendarView":
        return tr(str(v))                            # lang('default') / lang('table')
    if field == "price":
        return f"{float(v):.2f}"                     # DECIMAL(10,2)
    return str(v)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--lang", default="en", choices=sorted(LANGS))
    a = ap.parse_args()
    src = Path(a.src)
    labels = strings(src, LANGS[a.lang])

    def tr(key: str) -> str:
        return labels[key]

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in records(src).items():
        columns = FILES[name][2]
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([tr(k) for k, _ in columns])
            for r in rows:
                w.writerow([value(field, r.get(field), tr) for _, field in columns])
        print(f"{name}.csv: {len(rows)} rows x {len(columns)} columns", file=sys.stderr)


if __name__ == "__main__":
    main()
