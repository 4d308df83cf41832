"""Odoo 17's CRM demo records as Odoo's own export writes them for a user working in
another language, "import-compatible export" NOT ticked. Ours; used for the exports
``odoo-crm-export-it``, ``-pl``, ``-pt-br`` (keys60), ``-sv``, ``-cs`` and ``-fi`` (keys64),
``-ro``, ``-da`` and ``-hu`` (keys68), ``-et``, ``-uk`` and ``-tr`` (keys73), ``-sl``, ``-sk``,
``-hr`` and ``-bg`` (keys76), ``-nb``, ``-ca``, ``-gl`` and ``-lt`` (keys79), ``-el``, ``-lv`` and
``-sr-latn`` (keys80), ``-ja``, ``-ko``, ``-zh-cn``, ``-he`` and ``-ar`` (keys143), ``-vi``,
``-id``, ``-th``, ``-zh-tw`` and ``-fa`` (keys149), ``-mn`` and ``-km`` (keys160), ``-az`` and
``-es-419`` (keys200), ``-gu``, ``-af``, ``-en-gb``, ``-es-cl`` and ``-es-ec`` (keys216), ``-ka``,
``-kab``, ``-es-mx``, ``-es-do``, ``-es-co`` and ``-fr-ca`` (keys224), ``-am`` and ``-fo``
(keys240) (see each one's SOURCE.md):

    python odoo_labelled_exports.py LANG GIT_DIR OUT_DIR

LANG is a language code of the .po files (``it``, ``pl``, ``pt_BR``, ``sv``, ``cs``, ``fi``,
``ro``, ``da``, ``hu``, ``et``, ``uk``, ``tr``, ``sl``, ``sk``, ``hr``, ``bg``, ``nb``, ``ca``,
``gl``, ``lt``, ``el``, ``lv``, ``sr@latin``, ``ja``, ``ko``, ``zh_CN``, ``he``, ``ar``, ``vi``,
``id``, ``th``, ``zh_TW``, ``fa``, ``mn``, ``km``, ``az``, ``es_419``, and keys216's ``gu``,
``af``, ``en_GB``, ``es+es_419+es_CL``, ``es+es_419+es_EC``, keys224's ``ka``, ``kab``,
``es+es_419+es_MX``, ``es+es_419+es_DO``, ``es+es_419+es_CO``, ``fr+fr_CA``, keys240's ``am``,
``fo``); a regional
variant is given as the ``+``-joined chain of .po files Odoo 17 loads for it, base language first
(``odoo.tools.translate.get_base_langs``: ``es_CL`` -> ``es``, ``es_419``, ``es_CL``), each
later file's translations overriding the earlier ones' (keys216; a single code reads that
one .po file alone, as every export before keys216 was built; a later file of the chain that
does not exist at the commit is skipped, as Odoo skips it: es_MX has one for crm only, keys224;
and so is a single language's file a module does not have: Odoo shows that module's English,
am has no utm .po, keys240);
GIT_DIR the git directory of ``Hamiltontech/emdad-apps``
(a copy of Odoo 17's ``addons``; the commit is the one odoo-crm-demo/convert.py reads).
The records are read by odoo-crm-demo/convert.py (imported, not copied: the same leads,
opportunities and stages as the odoo-crm-demo export); then, as Odoo's ``export_data``
writes a non-import-compatible export:

- each column is headed by the field's label in LANG, the ``msgstr`` of
  ``model:ir.model.fields,field_description:crm.field_<model>__<field>`` in the module's
  ``i18n/<LANG>.po``; a label with no translation keeps Odoo's English label (ENGLISH, else
  the ``msgid`` of the module's ``.pot``), and so do a model description and a selection
  label LANG leaves untranslated (Galician's .po translates almost nothing: keys79);
- the file is named ``<model description> (<model>).csv`` with the description in LANG
  (``model:ir.model,name:crm.model_<model>``; with no translation, Odoo's English
  ``_description``, ENGLISH_MODELS) and the characters Odoo's
  ``osutil.clean_filename`` drops removed (``Lead/Opportunity`` -> ``LeadOpportunity``);
- a selection is written as its label in LANG (``ir.model.fields.selection``); a relation as
  the related record's display name, in LANG where the record's name is translated
  (stages: crm's .po; tags and sales teams: sales_team's; campaigns: utm's ``title``);
  several (tags) comma-separated; UTM media and sources by their names in utm/data (not
  translated: ``translate=False``); the records of Odoo's ``base`` module (users, partners,
  countries), which the source does not hold, by their names in Odoo 17's base data
  (BASE_NAMES; country names in English: base's .po is not in the source);
- Booleans ``True``/``False`` (a field the demo does not set: its default, ``active``
  True, ``fold``/``is_won`` False); floats as Python writes them (``10.0``);
- the ``ID`` column holds the record's external id (Odoo's ``id`` path; its label is ``ID``
  in every language); datetimes ``YYYY-MM-DD HH:MM:SS`` (UTC), dates ``YYYY-MM-DD``.
"""

from __future__ import annotations

import ast
import csv
import importlib.util
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "3d80050a3fe3ff04fd7d99026278e06c6f92602e"
#: the columns of each model, in export order: (field, kind); kind is how the value is
#: written: "" as is, "tr" the record's own name in LANG, "sel" selection label,
#: "m2o"/"m2m" display name(s), "bool", "float"
COLUMNS = {
    "crm.lead": [("id", ""), ("create_date", ""), ("type", "sel"), ("name", ""),
                 ("contact_name", ""), ("partner_name", ""), ("email_from", ""),
                 ("function", ""), ("street", ""), ("street2", ""), ("zip", ""),
                 ("city", ""), ("country_id", "m2o"), ("phone", ""), ("tag_ids", "m2m"),
                 ("priority", "sel"), ("team_id", "m2o"), ("user_id", "m2o"),
                 ("date_open", ""), ("stage_id", "m2o"), ("campaign_id", "m2o"),
                 ("medium_id", "m2o"), ("source_id", "m2o"), ("description", ""),
                 ("active", "bool"), ("probability", "float"), ("partner_id", "m2o"),
                 ("expected_revenue", "float"), ("date_deadline", ""), ("color", "")],
    "crm.stage": [("id", ""), ("name", "tr"), ("sequence", ""), ("fold", "bool"),
                  ("is_won", "bool")],
}
BOOL_DEFAULTS = {"active": True, "fold": False, "is_won": False}
#: English labels and model descriptions (the source's field strings), used where LANG has none
ENGLISH = {"id": "ID", "date_open": "Assignment Date", "is_won": "Is Won Stage?"}
ENGLISH_MODELS = {"crm.lead": "Lead/Opportunity", "crm.stage": "CRM Stages"}
#: display names of the ``base`` records the demo refers to (Odoo 17 base data/demo)
BASE_NAMES = {
    "base.user_admin": "Mitchell Admin", "base.user_demo": "Marc Demo",
    "base.res_partner_1": "Wood Corner", "base.res_partner_2": "Deco Addict",
    "base.res_partner_3": "Gemini Furniture", "base.res_partner_4": "Ready Mat",
    "base.res_partner_12": "Azure Interior", "base.res_partner_18": "Lumber Inc",
    "base.ar": "Argentina", "base.au": "Australia", "base.be": "Belgium", "base.br": "Brazil",
    "base.cn": "China", "base.es": "Spain", "base.fr": "France", "base.gr": "Greece",
    "base.id": "Indonesia", "base.it": "Italy", "base.jp": "Japan", "base.nl": "Netherlands",
    "base.pe": "Peru", "base.pt": "Portugal", "base.ru": "Russian Federation",
    "base.uk": "United Kingdom", "base.us": "United States", "base.ve": "Venezuela",
}


def _load_demo():
    spec = importlib.util.spec_from_file_location("odoo_crm_demo_convert",
                                                  HERE / "odoo-crm-demo" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode()


def _exists(git_dir: str, path: str) -> bool:
    return subprocess.run(["git", "--git-dir", git_dir, "cat-file", "-e", f"{COMMIT}:{path}"],
                          capture_output=True).returncode == 0


def read_po(text: str, template: bool = False) -> dict[str, tuple[str, str]]:
    """Each ``#:`` reference of a .po file -> (msgid, msgstr), for translated entries; of a
    template (``.pot``, ``template``) -> (msgid, msgid): Odoo's English source string."""
    out: dict[str, tuple[str, str]] = {}
    refs: list[str] = []
    entry: dict[str, str] = {}
    key = None
    for line in [*text.splitlines(), ""]:
        if line.startswith("#:"):
            refs += line[2:].split()
        elif line.startswith(("msgid ", "msgstr ")):
            key, _, literal = line.partition(" ")
            entry[key] = ast.literal_eval(literal)
        elif line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif not line.strip():
            if entry.get("msgstr") or (template and entry.get("msgid")):
                text_ = entry["msgid"] if template else entry["msgstr"]
                out.update({r: (entry["msgid"], text_) for r in refs})
            refs, entry, key = [], {}, None
    return out


def _utm_names(git_dir: str) -> dict[str, str]:
    names = {}
    for path in ("utm/data/utm_medium_data.xml", "utm/data/utm_source_data.xml"):
        for rec in ET.fromstring(_show(git_dir, path)).iter("record"):
            name = rec.find("field[@name='name']")
            if name is not None:
                names[f"utm.{rec.get('id')}"] = name.text or ""
    return names


def convert(lang: str, git_dir: str, out: Path) -> dict[str, object]:
    demo = _load_demo()
    with tempfile.TemporaryDirectory() as tmp:
        demo.convert(git_dir, COMMIT, Path(tmp))
        rows = {}
        for model in [*COLUMNS, "crm.tag", "crm.team", "utm.campaign"]:
            name = re.sub(r"[^\w_.()\[\] -]+", "", f"{demo.DESCRIPTIONS[model]} ({model})")
            with open(Path(tmp) / f"{name}.csv", encoding="utf-8") as fh:
                rows[model] = list(csv.DictReader(fh))
    po, pot = {}, {}
    for module in ("crm", "sales_team", "utm"):
        for layer in lang.split("+"):       # a regional variant: its chain, base language
            path = f"{module}/i18n/{layer}.po"  # first; a missing file skipped, as Odoo loads
            if not _exists(git_dir, path):      # only what exists (keys224: a later layer's;
                continue                        # keys240: a single language's too)
            po.update(read_po(_show(git_dir, path)))
        pot.update(read_po(_show(git_dir, f"{module}/i18n/{module}.pot"), template=True))
    english = dict(ENGLISH)
    names = {**BASE_NAMES, **_utm_names(git_dir)}
    for model_rows in rows.values():   # records' own names (stages, tags, teams, campaigns)
        names.update({r["id"]: r["name"] for r in model_rows if "name" in r})
    for ref, (_, text) in po.items():
        m = re.fullmatch(r"model:(crm\.stage|crm\.tag|crm\.team),name:(.+)"
                         r"|model:(utm\.campaign),title:(.+)", ref)
        if m:
            names[m.group(2) or m.group(4)] = text
    untranslated: dict[str, list[str]] = {}
    counts: dict[str, object] = {}
    out.mkdir(parents=True, exist_ok=True)
    for model, columns in COLUMNS.items():
        table = model.replace(".", "_")
        header = []
        for field, _ in columns:
            label = po.get(f"model:ir.model.fields,field_description:crm.field_{table}__{field}")
            if label is None:
                untranslated.setdefault(model, []).append(field)
            header.append(label[1] if label else english.get(field) or pot[
                f"model:ir.model.fields,field_description:crm.field_{table}__{field}"][1])
        ref = f"model:ir.model,name:crm.model_{table}"
        description = (po.get(ref) or pot.get(ref) or ("", ENGLISH_MODELS[model]))[1]
        name = re.sub(r"[^\w_.()\[\] -]+", "", f"{description} ({model})")
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows[model]:
                w.writerow([_value(r, field, kind, table, {**pot, **po}, names)
                            for field, kind in columns])
        counts[f"{name}.csv"] = len(rows[model])
    counts["untranslated"] = untranslated
    return counts


def _value(r: dict[str, str], field: str, kind: str, table: str, po: dict,
           names: dict[str, str]) -> str:
    raw = r.get(f"{field}/id", r.get(field, "")) or ""
    if kind == "sel":
        return po[f"model:ir.model.fields.selection,name:crm.selection__{table}__{field}__{raw}"][1]
    if kind == "tr":   # a translated name: the record's own name in LANG
        return names[r["id"]]
    if kind in ("m2o", "m2m"):
        return ",".join(names[x] for x in raw.split(",") if x)
    if kind == "bool":
        return str(BOOL_DEFAULTS[field] if raw == "" else raw not in ("0", "False"))
    if kind == "float":
        return "" if raw == "" else repr(float(raw))
    return raw


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
