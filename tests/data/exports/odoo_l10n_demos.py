"""Odoo localisation demo records (XML) -> one CSV per model, as Odoo's import-compatible
export writes them. Ours; used for three exports (see each one's SOURCE.md):

    python odoo_l10n_demos.py EXPORT GIT_DIR OUT_DIR

EXPORT is ``odoo-l10n-br-partners``, ``odoo-l10n-br-sale`` or ``odoo-l10n-ar-demo``; GIT_DIR
the source repository's git directory (the commit is fixed below). Rules, for every
``<record model=... id=...>`` of the listed files (same id: later fields update earlier):

- only records the listed modules create are kept (an id without a module, or with the
  module's own): a record that only changes a record of another module (``base.user_admin``,
  ``base.res_partner_1``'s legal name) is not one of this export's rows;
- the file is named as Odoo names its export download, ``<model description> (<model>).csv``;
  the ``id`` column holds the record's external id, module-qualified;
- every field the records set is a column under Odoo's technical name, in the order the
  fields first appear; a relation (``ref=``, or an ``eval`` naming ``ref()``, ``(6, 0, [...])``
  and ``(4, id)`` commands) is written ``<field>/id`` with the external id(s), comma-separated;
- one2many lines created inline (``(0, 0, {...})``, the invoices' ``invoice_line_ids``) are
  rows of their own model's file, id ``<parent id>_line_<n>`` (Odoo would write a generated
  ``__export__`` id), with the parent in ``<inverse field>/id``;
- Boolean fields (BOOLEANS) are written ``True``/``False`` as Odoo exports them, whether the
  source wrote ``1`` or ``True``;
- ``eval`` values are evaluated as Odoo does, ``time``/"now" frozen at NOW; a ``False`` relation
  is empty; fields set by ``search=`` (the taxes the module looks up by name) and binary
  ``file=`` images are left out: they name nothing an export could write from the source;
- ``<function>`` calls are applied where they set a stored field: ``_onchange_city_id`` writes
  the city's name into ``city`` (l10n_br_base's res.city.csv); ``action_post`` makes an
  invoice's ``state`` ``posted``. Others (fiscal onchanges) are not applied.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import time as _time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

NOW = datetime(2024, 1, 5, 17, 49, 44)

EXPORTS: dict[str, dict] = {
    "odoo-l10n-br-partners": {
        "commit": "22d3fa66cffd3218d9e7af91cfb6ea6c278993c4",
        "files": [("l10n_br_base", "l10n_br_base/demo/l10n_br_base_demo.xml"),
                  ("l10n_br_base", "l10n_br_base/demo/res_users_demo.xml")],
        "models": {"res.partner": "Contact"},
    },
    "odoo-l10n-br-sale": {
        "commit": "22d3fa66cffd3218d9e7af91cfb6ea6c278993c4",
        "files": [("l10n_br_sale", "l10n_br_sale/demo/l10n_br_sale.xml")],
        "models": {"sale.order": "Sales Order", "sale.order.line": "Sales Order Line"},
    },
    "odoo-l10n-ar-demo": {
        "commit": "3d80050a3fe3ff04fd7d99026278e06c6f92602e",
        "files": [("l10n_ar", "l10n_ar/demo/res_partner_demo.xml"),
                  ("l10n_ar", "l10n_ar/demo/product_product_demo.xml"),
                  ("l10n_ar", "l10n_ar/demo/account_customer_invoice_demo.xml")],
        "models": {"res.partner": "Contact", "product.product": "Product Variant",
                   "account.move": "Journal Entry", "account.move.line": "Journal Item"},
        "lines": {"invoice_line_ids": ("account.move.line", "move_id")},
    },
}
CITY_CSV = "l10n_br_base/data/res.city.csv"
#: the Boolean fields the records set: Odoo stores and exports them True/False
BOOLEANS = {"is_company", "active", "employee", "sale_ok", "discount_fixed"}


class _Time:
    """``time`` as the demo's expressions use it, frozen at NOW."""

    @staticmethod
    def strftime(fmt: str) -> str:
        return _time.strftime(fmt, NOW.timetuple())


def _show(git_dir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def _qualify(module: str, xmlid: str) -> str:
    return xmlid if "." in xmlid else f"{module}.{xmlid}"


def _evaluate(expr: str, module: str) -> object:
    def ref(xmlid: str) -> str:
        return "REF:" + _qualify(module, xmlid)

    ctx = {"ref": ref, "time": _Time, "datetime": datetime, "timedelta": timedelta,
           "True": True, "False": False, "None": None}
    return eval(expr, ctx)  # noqa: S307 - the source's own expressions, as Odoo runs them


def _refs(value: object) -> list[str] | None:
    """External ids of a relation value (a ref, or x2many commands), else None."""
    if isinstance(value, str) and value.startswith("REF:"):
        return [value[4:]]
    if isinstance(value, list) and value and all(isinstance(c, tuple) for c in value):
        out: list[str] = []
        for c in value:
            if c[0] == 6:
                out += [v[4:] for v in c[2]]
            elif c[0] == 4:
                out.append(c[1][4:])
        return out
    return None


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(value)
    return "" if value is None else str(value)


def convert(export: str, git_dir: str, out: Path) -> dict[str, int]:
    cfg = EXPORTS[export]
    commit, lines = cfg["commit"], cfg.get("lines", {})
    records: dict[str, dict[str, dict[str, str]]] = {m: {} for m in cfg["models"]}
    city_names: dict[str, str] = {}
    for module, path in cfg["files"]:
        for el in ET.fromstring(_show(git_dir, commit, path)).iter():
            if el.tag == "function":
                ids = [_qualify(module, v) for v in re.findall(
                    r"ref\('([^']+)'\)", "".join(v.get("eval", "") for v in el.iter("value")))]
                if el.get("name") == "_onchange_city_id":
                    if not city_names:
                        rows = csv.DictReader(_show(git_dir, commit, CITY_CSV)
                                              .decode("utf-8").splitlines())
                        city_names = {"l10n_br_base." + r["id"]: r["name"] for r in rows}
                    for i in ids:
                        rec = records[el.get("model", "")][i]
                        rec["city"] = city_names.get(rec.get("city_id/id", ""), "")
                elif el.get("name") == "action_post":
                    for i in ids:
                        records["account.move"][i]["state"] = "posted"
                continue
            model, raw = el.get("model", ""), el.get("id", "")
            if el.tag != "record" or model not in records:
                continue
            if "." in raw and raw.split(".")[0] != module:
                continue   # a change to another module's record
            xmlid = _qualify(module, raw)
            rec = records[model].setdefault(xmlid, {"id": xmlid})
            for f in el.findall("field"):
                name = f.get("name", "")
                if f.get("search") is not None or f.get("file") is not None:
                    continue
                if f.get("ref") is not None:
                    rec[f"{name}/id"] = _qualify(module, f.get("ref", ""))
                    continue
                if f.get("eval") is None:
                    rec[name] = f.text or ""
                    if name in BOOLEANS:
                        rec[name] = str(rec[name].strip() not in ("", "0", "False"))
                    continue
                value = _evaluate(f.get("eval", ""), module)
                if name in BOOLEANS:
                    value = bool(value)
                if name in lines:
                    child_model, inverse = lines[name]
                    for n, cmd in enumerate(value, 1):
                        child = {"id": f"{xmlid}_line_{n}", f"{inverse}/id": xmlid}
                        for k, v in cmd[2].items():
                            r = _refs(v)
                            child[f"{k}/id" if r is not None else k] = (
                                ",".join(r) if r is not None else _text(v))
                        records[child_model][child["id"]] = child
                    continue
                r = _refs(value)
                if r is not None:
                    rec[f"{name}/id"] = ",".join(r)
                elif value is False and (name.endswith("_id") or name.endswith("_ids")):
                    rec[f"{name}/id"] = ""
                elif value is None:
                    rec[f"{name}/id" if name.endswith("_id") else name] = ""
                else:
                    rec[name] = _text(value)
    return write_models(records, cfg["models"], out)


def write_models(records: dict[str, dict[str, dict[str, str]]], labels: dict[str, str],
                 out: Path, *, skip_empty: bool = False) -> dict[str, int]:
    """One CSV per model, named '<label> (<model>)', columns in first-seen order."""
    out.mkdir(parents=True, exist_ok=True)
    for model, recs in records.items():
        if skip_empty and not recs:
            continue
        header: list[str] = []
        for r in recs.values():
            header += [k for k in r if k not in header]
        with open(out / f"{labels[model]} ({model}).csv", "w", newline="",
                  encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header)
            w.writeheader()
            w.writerows(recs.values())
    return {m: len(r) for m, r in records.items()}


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
