"""OpenEduCat's own demo records (students, faculties, admissions, parents) as Odoo 17's
list-view export ("Export All", "import-compatible export" NOT ticked) writes them for a
user working in LANG. Ours (keys358):

    python convert.py --lang en|de|fr|es GIT_DIR OUT_DIR

GIT_DIR is the git directory of ``openeducat/openeducat_erp`` (the fetch tool's mirror);
every file is read with ``git show COMMIT:PATH`` at COMMIT below. Rules:

- the demo XML of ``openeducat_core``, ``openeducat_admission`` and ``openeducat_parent`` is
  read in each manifest's ``demo`` order, a later ``<record>`` of the same id updating the
  earlier one (course_demo2.xml renames course_demo.xml's courses);
- one file per model, named as Odoo names a download: ``<model description> (<model>).csv``,
  the description in LANG (``model:ir.model,name:<module>.model_<model>``);
- the columns are the model's list view (``<tree>``) in view order, every optional column
  switched on; columns restricted to a group the demo user does not hold
  (``base.group_multi_company``, ``openeducat_core.group_multi_department``) are left out;
- each column is headed by the field's label in LANG, the ``msgstr`` of
  ``model:ir.model.fields,field_description:<module>.field_<model>__<field>`` (English: the
  ``msgid``; an empty msgstr keeps the English);
- a selection is written as its label in LANG (``ir.model.fields.selection``); a relation
  as the related record's display name; records of Odoo's ``base`` module (titles,
  countries, the language), which this repository does not hold, by their English names in
  Odoo 17's base data (BASE_NAMES);
- the admissions' ``application_date``/``admission_date`` are ``DateTime.now()`` in the demo:
  pinned at the commit's time (UTC), NOW; application numbers are the ``op.admission``
  sequence (prefix ``AD``, padding 3) drawn in load order; dates ``YYYY-MM-DD``, datetimes
  ``YYYY-MM-DD HH:MM:SS``.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

COMMIT = "4055f6bfdfefd409511424c3357bb658b3d4f709"
NOW = "2024-10-18 09:40:28"   # the commit's date, 2024-10-18 15:10:28 +0530, in UTC
MODULES = ("openeducat_core", "openeducat_admission", "openeducat_parent")
BASE_NAMES = {
    "base.res_partner_title_miss": "Miss",
    "base.res_partner_title_mister": "Mister",
    "base.be": "Belgium", "base.br": "Brazil", "base.ca": "Canada", "base.de": "Germany",
    "base.dk": "Denmark", "base.es": "Spain", "base.fi": "Finland", "base.fr": "France",
    "base.in": "India", "base.nz": "New Zealand", "base.sa": "Saudi Arabia",
    "base.us": "United States", "base.za": "South Africa",
}
LANG_NAME = "English (US)"   # res.partner.lang defaults to the installing user's en_US
# (module, model, file columns: (field, kind)); kinds: char, sel, m2o, m2m, date, dt, lang
EXPORTS = [
    ("openeducat_core", "op.student", [
        ("title", "m2o"), ("name", "char"), ("gender", "sel"), ("birth_date", "date"),
        ("gr_no", "char"), ("mobile", "char"), ("email", "char"), ("blood_group", "sel"),
        ("emergency_contact", "m2o"), ("nationality", "m2o"), ("lang", "lang")]),
    ("openeducat_core", "op.faculty", [
        ("title", "m2o"), ("name", "char"), ("gender", "sel"), ("phone", "char"),
        ("mobile", "char"), ("email", "char"), ("blood_group", "sel"),
        ("emergency_contact", "m2o")]),
    ("openeducat_admission", "op.admission", [
        ("application_number", "char"), ("title", "m2o"), ("name", "char"),
        ("admission_date", "date"), ("application_date", "dt"), ("course_id", "m2o"),
        ("batch_id", "m2o"), ("state", "sel"), ("gender", "sel"), ("birth_date", "date"),
        ("email", "char")]),
    ("openeducat_parent", "op.parent", [
        ("name", "m2o"), ("mobile", "char"), ("student_ids", "m2m")]),
]
# selections declared on op.student/op.faculty and only stored on those models' .po entries
SEL_MODULE = {"op.student": "openeducat_core", "op.faculty": "openeducat_core",
              "op.admission": "openeducat_admission"}


def show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def read_po(text: str) -> dict[str, tuple[str, str]]:
    """{reference: (msgid, msgstr)} for every ``#:`` reference of every entry."""
    out: dict[str, tuple[str, str]] = {}
    for block in text.split("\n\n"):
        refs, key, parts = [], None, {"msgid": [], "msgstr": []}
        for line in block.splitlines():
            if line.startswith("#:"):
                refs += line[2:].split()
            elif line.startswith("msgid "):
                key = "msgid"
                parts[key].append(ast.literal_eval(line[6:]))
            elif line.startswith("msgstr "):
                key = "msgstr"
                parts[key].append(ast.literal_eval(line[7:]))
            elif line.startswith('"') and key:
                parts[key].append(ast.literal_eval(line))
        msgid, msgstr = "".join(parts["msgid"]), "".join(parts["msgstr"])
        for ref in refs:
            out[ref] = (msgid, msgstr or msgid)
    return out


def load_records(git_dir: str) -> tuple[dict[str, dict], list[str]]:
    """Every demo record by full xml id ({field: value}); and the load order."""
    records: dict[str, dict] = {}
    order: list[str] = []
    for module in MODULES:
        text = show(git_dir, f"{module}/__manifest__.py")
        manifest = ast.literal_eval(text[text.index("{"):])
        for path in manifest.get("demo", []):
            root = ET.fromstring(show(git_dir, f"{module}/{path}").encode())
            for rec in root.iter("record"):
                xid = rec.get("id")
                xid = xid if "." in xid else f"{module}.{xid}"
                vals = records.setdefault(xid, {"_model": rec.get("model")})
                if xid not in order:
                    order.append(xid)
                for f in rec.findall("field"):
                    if f.get("ref") is not None:
                        ref = f.get("ref")
                        vals[f.get("name")] = ref if "." in ref else f"{module}.{ref}"
                    elif f.get("eval") is not None:
                        vals[f.get("name")] = ("eval", f.get("eval"))
                    elif f.get("file") is None:
                        vals[f.get("name")] = (f.text or "").strip()
    return records, order


def display(records: dict, xid: str) -> str:
    if xid in BASE_NAMES:
        return BASE_NAMES[xid]
    return records[xid].get("name", "")


def convert(lang: str, git_dir: str, out: Path) -> dict[str, int]:
    po: dict[str, tuple[str, str]] = {}
    for module in MODULES:   # English: the module's .pot, whose msgids are Odoo's labels
        path = f"{module}/i18n/{module}.pot" if lang == "en" else f"{module}/i18n/{lang}.po"
        entries = read_po(show(git_dir, path))
        po.update({k: (v[0], v[0] if lang == "en" else v[1]) for k, v in entries.items()})
    records, order = load_records(git_dir)
    seq = 0
    for xid in order:   # the admission sequence, drawn as each admission is created
        if records[xid]["_model"] == "op.admission" and "application_number" not in records[xid]:
            seq += 1
            records[xid]["application_number"] = f"AD{seq:03d}"
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for module, model, columns in EXPORTS:
        table = model.replace(".", "_")
        desc = po[f"model:ir.model,name:{module}.model_{table}"][1]
        name = re.sub(r'[\\/:*?"<>|]', "", f"{desc} ({model})") + ".csv"
        header = [po[f"model:ir.model.fields,field_description:{module}.field_{table}__{f}"][1]
                  for f, _ in columns]
        rows = []
        for xid in order:
            r = records[xid]
            if r["_model"] != model:
                continue
            if model in ("op.student", "op.faculty"):   # _inherits res.partner
                r = {**records.get(r.get("partner_id", ""), {}), **r}
            if model == "op.parent":
                r = {**r, "mobile": records[r["name"]].get("mobile", "")}
            rows.append([value(r, f, kind, table, SEL_MODULE.get(model, module), po, records)
                         for f, kind in columns])
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        counts[name] = len(rows)
    return counts


def value(r: dict, field: str, kind: str, table: str, module: str, po: dict,
          records: dict) -> str:
    raw = r.get(field, "")
    if kind == "lang":
        return LANG_NAME
    if isinstance(raw, tuple):   # an eval
        expr = raw[1]
        if expr == "DateTime.now()":
            return NOW if kind == "dt" else NOW[:10]
        ids = re.findall(r"ref\('([\w.]+)'\)", expr)
        return ",".join(display(records, i) for i in ids)
    if raw == "":
        return ""
    if kind == "sel":
        key = f"model:ir.model.fields.selection,name:{module}.selection__{table}__{field}__"
        return po[key + raw.lower()][1]
    if kind in ("m2o", "m2m"):
        return display(records, raw)
    return raw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", required=True, choices=["en", "de", "fr", "es"])
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    print(convert(a.lang, a.git_dir, a.out))


if __name__ == "__main__":
    main()
