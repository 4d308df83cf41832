"""DjangoCRM's (DjangoCRM/django-crm) own test records -> one CSV per object, as its "Export"
(common/views/export_objects.py: the columns of crm/settings.py's COMPANY_COLUMNS,
CONTACT_COLUMNS, LEAD_COLUMNS and tasks/settings.py's TASK_COLUMNS) and, for deals and
requests (whose export lists hold no field of the record itself, or no export), the model
fields of the admin change form (crm/site/dealadmin.py get_fieldsets, crm/site/requestadmin.py
fieldsets) -- each column headed by its model field's verbose_name as the admin form shows
it (capfirst), translated through locale/<lang>/LC_MESSAGES/django.po (a plain, untranslated
verbose_name such as "Email" stays as it is; a field with none is its name with spaces).
Ours; the data it reads is not committed.

    python convert.py SRC_DIR OUT_DIR [--lang en|de|fr|ru]

SRC_DIR: the repository's files at the pinned commit (tests/, locale/). The records: every
``<Model>.objects.create(...)`` of Company, Contact, Lead, Deal, Request and Task in tests/
(files in path order, calls in line order) whose name field (full_name, first_name, name,
request_for) is written out in the call (or in the dict passed as ``**``). A keyword's value
is taken when the test writes it: a literal; a user the test fetched by username
(``.get(username="...")``; ``get_user()`` -> Andrew.Manager.Global) shown as its username; a
company, contact, lead, request or country the same file created, shown as the model's
__str__; ``settings.FIRST_STEP`` (the program's lazily translated default next step). Values
computed when a test runs (the clock's dates, random numbers, database ids, tickets) are left
empty; a field the call leaves out takes the model's default (sex "M", massmail True,
disqualified False...). Values as the export writes them: a relation by its __str__, a
many-to-many by its names joined with ",", None empty, booleans True / False, amounts with
two decimals. Rows exactly alike (the same record created by several tests) are written
once. A task's ID is its row number (the database id the tests do not fix).
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
from pathlib import Path

MODELS = ("Company", "Contact", "Lead", "Deal", "Request", "Task")
NAME_FIELD = {"Company": "full_name", "Contact": "first_name", "Lead": "first_name",
              "Deal": "name", "Request": "request_for", "Task": "name"}
FILES = {"Company": "companies", "Contact": "contacts", "Lead": "leads", "Deal": "deals",
         "Request": "requests", "Task": "tasks"}
FIRST_STEP = "Establish the first contact with the client."

# (field, verbose_name msgid or None when the verbose_name is a plain string / absent, label)
_BC = {  # BaseCounterparty / BaseContact (crm/models/base_contact.py)
    "first_name": "First name", "last_name": "Last name", "title": "Title / Position",
    "sex": "Sex", "birth_date": "Date of Birth", "secondary_email": "Secondary email",
    "phone": "Phone", "other_phone": None, "mobile": "Mobile phone", "city_name": "City",
    "country": "Country", "address": "Address", "description": "Description",
    "disqualified": "Disqualified", "email": None, "lead_source": "Lead Source",
    "massmail": "Mass mailing", "was_in_touch": "Last contact date", "owner": "Assigned to",
    "department": "Department",
}
VERBOSE = {
    "Company": {**_BC, "full_name": "Company name", "website": "Website",
                "phone": "Phone", "city_name": "City name", "country": "country",
                "type": "Type of company", "industry": "Industry of company"},
    "Contact": {**_BC, "company": "Company of contact"},
    "Lead": {**_BC, "company_name": "Company name", "website": None,
             "company_phone": "Company phone", "company_address": "Company address",
             "company_email": "Company email"},
    "Deal": {"name": "Name", "relevant": "Relevant", "important": "Important",
             "closing_reason": "Closing reason", "stage": "Stage", "amount": "Amount",
             "currency": "Currency", "next_step": "Next step", "next_step_date": "Step date",
             "remind_me": "Remind me.", "description": "Description", "contact": "Contact",
             "company": "Company of contact", "lead": "Lead",
             "partner_contact": "Partner contact", "request": "Request", "owner": "Owner",
             "co_owner": "Co-owner", "ticket": None},
    "Request": {"request_for": "Request for", "duplicate": "Duplicate",
                "case": "Case/Incident", "lead_source": "Lead source",
                "receipt_date": "Date of receipt", "department": "Department",
                "owner": "Owner", "co_owner": "Co-owner", "first_name": "First name",
                "middle_name": "Middle name", "last_name": "Last name", "email": None,
                "phone": None, "website": None, "company_name": "Company name",
                "country": "Country", "city_name": "City", "description": "Description",
                "translation": "Translation", "remark": "Remark", "products": "Products",
                "verification_required": "Verification required", "contact": "Contact",
                "company": "Company of contact", "lead": "Lead", "deal": "Deal",
                "subsequent": "Subsequent", "ticket": None},
    "Task": {"creation_date": "Creation date", "name": "Name",
             "closing_date": "Date of task closing", "lead_time": "Lead time", "id": None},
}
PLAIN = {"email": "Email", "other_phone": "other phone", "website": "website",
         "phone": "phone", "ticket": "ticket", "id": "ID"}


def _dedup(cols: list[str]) -> list[str]:
    """The export's datadict: a column listed twice is one key, at its first place."""
    return list(dict.fromkeys(cols))


COLUMNS = {
    "Company": ["full_name", "website", "phone", "city_name", "address", "email",
                "description", "lead_source", "was_in_touch", "country", "owner", "type",
                "industry", "department", "disqualified", "massmail"],
    "Contact": _dedup(["first_name", "last_name", "title", "sex", "birth_date",
                       "was_in_touch", "phone", "other_phone", "mobile", "email",
                       "secondary_email", "city_name", "address", "country", "description",
                       "birth_date", "owner", "company", "department", "disqualified",
                       "massmail"]),
    "Lead": _dedup(["first_name", "last_name", "title", "sex", "birth_date", "was_in_touch",
                    "email", "secondary_email", "phone", "other_phone", "mobile",
                    "city_name", "country", "address", "description", "lead_source",
                    "website", "company_phone", "city_name", "company_address",
                    "company_email", "owner", "company_name", "department", "disqualified",
                    "massmail"]),
    "Deal": list(VERBOSE["Deal"]),
    "Request": list(VERBOSE["Request"]),
    "Task": ["creation_date", "name", "closing_date", "lead_time", "id"],
}
DEFAULTS = {
    "Company": {"disqualified": False, "massmail": True},
    "Contact": {"sex": "M", "disqualified": False, "massmail": True},
    "Lead": {"sex": "M", "disqualified": False, "massmail": True},
    "Deal": {"relevant": True, "important": False, "remind_me": False, "amount": 0},
    "Request": {"duplicate": False, "case": False, "verification_required": False,
                "subsequent": False},
    "Task": {},
}


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (fuzzy and empty entries left out)."""
    out: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        if "#, fuzzy" in block or "msgctxt" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not m:
            continue

        def join(s: str) -> str:
            return "".join(ast.literal_eval(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', s))
        mid, mstr = join(m.group(1)), join(m.group(2))
        if mid and mstr:
            out[mid] = mstr
    return out


def capfirst(s: str) -> str:
    return s[:1].upper() + s[1:]


def labels(model: str, po: dict[str, str]) -> list[str]:
    out = []
    for f in COLUMNS[model]:
        msgid = VERBOSE[model][f]
        out.append(capfirst(po.get(msgid, msgid) if msgid else PLAIN[f]))
    return out


class _Unknown:
    """A value the test computes when it runs: written empty."""

    def __str__(self) -> str:
        return ""


UNKNOWN = _Unknown()


class Record:
    def __init__(self, model: str, values: dict, where: str) -> None:
        self.model, self.values, self.where = model, values, where

    def __str__(self) -> str:
        if any(x is UNKNOWN for x in self.values.values()
               if self.model in ("Contact", "Lead")):
            return ""  # its __str__ would show a value the test computes
        v = {k: ("" if x is None else str(x)) for k, x in self.values.items()}
        if self.model == "Company":
            return v.get("full_name", "")
        if self.model == "Contact":  # f"{first_name} {last_name}, {company}, {country}"
            return f"{v.get('first_name', '')} {v.get('last_name', '')}, " \
                   f"{v.get('company', '')}, {self.values.get('country')}"
        if self.model == "Lead":
            full = " ".join(filter(None, (v.get("first_name"), v.get("middle_name"),
                                          v.get("last_name"))))
            if v.get("company_name"):
                return f"{full}, {v['company_name']}, {self.values.get('country')}"
            return full
        if self.model == "Request":
            return v.get("request_for", "")
        return v.get("name", "")


class TestFile:
    """One test module: its records and the names its tests bind to users and records."""

    def __init__(self, path: Path, rel: str, po: dict[str, str]) -> None:
        self.rel, self.po = rel, po
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.bound: dict[str, object] = {}   # self.X / cls.X -> username / Record / dict
        self.local: dict[str, object] = {}   # a name bound in the function being read
        self.records: list[tuple[int, Record]] = []
        self._walk(self.tree)

    def _value(self, node: ast.AST, subs: dict | None = None) -> object:
        try:
            return ast.literal_eval(node)
        except (ValueError, SyntaxError, TypeError):
            pass
        if isinstance(node, ast.Attribute) and ast.unparse(node) == "settings.FIRST_STEP":
            return self.po.get(FIRST_STEP, FIRST_STEP)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "get_user":
            return _User("Andrew.Manager.Global")
        if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)) \
                and ast.unparse(node.value) in ("self", "cls", "obj"):
            return self.bound.get(node.attr, UNKNOWN)
        if isinstance(node, ast.Name):
            return self.local.get(node.id, UNKNOWN)
        if isinstance(node, ast.Attribute):  # cls.contact.company -> the contact's company
            base = self._value(node.value)
            if isinstance(base, Record):
                return base.values.get(node.attr)
        return UNKNOWN

    def _bind(self, target: ast.AST, value: object) -> None:
        if isinstance(target, ast.Name):
            self.local[target.id] = value
        elif isinstance(target, ast.Attribute):
            self.bound[target.attr] = value

    def _walk(self, node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                outer, self.local = self.local, {}
                self._walk(child)
                self.local = outer
                continue
            if isinstance(child, ast.Assign):
                rec = self._call(child.value)
                val: object = rec
                if rec is None:
                    val = self._user(child.value) or self._dict(child.value)
                    if val is None and isinstance(child.value, ast.Call):
                        self._walk(child)
                if val is not None:
                    for t in child.targets:
                        self._bind(t, val)
                for t in child.targets:  # contact_data['company'] = self.company
                    if isinstance(t, ast.Subscript):
                        d = self._value(t.value)
                        key = self._value(t.slice)
                        if isinstance(d, dict) and isinstance(key, str):
                            d[key] = child.value
                continue
            if isinstance(child, ast.Call):
                if self._call(child) is not None:
                    continue
            self._walk(child)

    def _user(self, node: ast.AST) -> _User | None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("get", "create") and not (
                    isinstance(node.func.value, ast.Attribute)
                    and isinstance(node.func.value.value, ast.Name)
                    and node.func.value.value.id in MODELS + ("Country",)):
            for k in node.keywords:
                if k.arg == "username" and isinstance(k.value, ast.Constant):
                    return _User(k.value.value)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "get_user":
            return _User("Andrew.Manager.Global")
        return None

    def _dict(self, node: ast.AST) -> dict | None:
        if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
            return {k.value: v for k, v in zip(node.keys, node.values, strict=True)}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "copy":
            d = self._value(node.func.value)
            return dict(d) if isinstance(d, dict) else None
        return None

    def _call(self, node: ast.AST) -> Record | None:
        """A ``Model.objects.create(...)`` of a kept model (or a Country): its record."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "create"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "objects"
                and isinstance(node.func.value.value, ast.Name)):
            return None
        model = node.func.value.value.id
        if model not in MODELS + ("Country",):
            return None
        kws: dict[str, ast.AST] = {}
        for k in node.keywords:
            if k.arg is None:
                d = self._value(k.value)
                if isinstance(d, dict):
                    kws.update(d)
            else:
                kws[k.arg] = k.value
        values: dict[str, object] = {}
        for k, v in kws.items():
            values[k] = v if not isinstance(v, ast.AST) else self._value(v)
        if model == "Country":
            return _Country(str(values.get("name") or ""))
        rec = Record(model, values, f"{self.rel}:{node.lineno}")
        name = kws.get(NAME_FIELD[model])
        if isinstance(name, ast.AST):
            try:
                ast.literal_eval(name)
            except (ValueError, SyntaxError, TypeError):
                name = None
        if name is not None:
            self.records.append((node.lineno, rec))
        return rec


class _User:
    def __init__(self, username: str) -> None:
        self.username = username

    def __str__(self) -> str:
        return self.username


class _Country(Record):
    def __init__(self, name: str) -> None:
        super().__init__("Country", {"name": name}, "")

    def __str__(self) -> str:
        return str(self.values["name"])


def cell(model: str, field: str, value: object) -> str:
    if value is None or value is UNKNOWN:
        return ""
    if isinstance(value, bool):
        return str(value)
    if field == "amount":
        return f"{float(value):.2f}"
    if isinstance(value, (Record, _User)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    s = str(value)
    return "" if s == "None" else s


def build(src: Path, out: Path, lang: str) -> dict[str, int]:
    po = {} if lang == "en" else read_po(src / "locale" / lang / "LC_MESSAGES" / "django.po")
    records: dict[str, list[Record]] = {m: [] for m in MODELS}
    for path in sorted((src / "tests").rglob("*.py")):
        tf = TestFile(path, path.relative_to(src).as_posix(), po)
        for _, rec in sorted(tf.records, key=lambda r: r[0]):
            records[rec.model].append(rec)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for model in MODELS:
        rows, seen = [], set()
        for rec in records[model]:
            vals = {**DEFAULTS[model], **rec.values}
            row = tuple(cell(model, f, vals.get(f)) for f in COLUMNS[model])
            if row in seen:
                continue
            seen.add(row)
            rows.append(list(row))
        if model == "Task":
            for i, row in enumerate(rows, 1):
                row[COLUMNS["Task"].index("id")] = str(i)
        with (out / f"{FILES[model]}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(labels(model, po))
            w.writerows(rows)
        counts[FILES[model]] = len(rows)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    print(build(a.src, a.out, a.lang))


if __name__ == "__main__":
    main()
