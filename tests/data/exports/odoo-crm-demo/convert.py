"""Odoo 17 demo/data XML records -> one CSV per model, as Odoo's own export writes them.

See SOURCE.md beside this file. For every ``<record model=... id=...>`` of the listed
files (records with the same id are merged, later files update earlier ones, as Odoo
loads them):

- the file is named as Odoo's export names its download, ``<model description>
  (<model>).csv`` with the characters ``osutil.clean_filename`` drops removed;
- the ``id`` column is the record's external id, module-qualified (``crm.crm_case_1``);
- every field the records set is a column under Odoo's technical field name, in the
  order the fields first appear; a relation (``ref=`` or an ``eval`` naming ``ref()``)
  is written ``<field>/id`` with the external id(s), comma-separated for several, as the
  import-compatible export writes it (``res_id``, a plain integer field in Odoo that holds
  the related record's database id, is written as that record's external id);
- ``eval`` expressions are evaluated as Odoo does, with "now" frozen at the source
  commit's time (NOW below); datetimes are written ``YYYY-MM-DD HH:MM:SS`` and the Date
  field ``date_deadline`` ``YYYY-MM-DD``, as Odoo stores and exports them; ``False`` on a
  relation is empty, on any other field ``False``;
- the ``<function>`` calls of crm_lead_demo.xml that mark leads won or lost are applied
  as Odoo's ``action_set_won``/``action_set_lost`` leave them: won -> the won stage
  (``crm.stage_lead4``, ``is_won``) and probability 100; lost -> ``active`` False and
  probability 0.

    python convert.py GIT_DIR COMMIT OUT_DIR
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

NOW = datetime(2024, 1, 5, 17, 49, 44)  # the source commit's time (3d80050, UTC)

FILES = [  # (module, path) in load order
    ("utm", "utm/data/utm_campaign_demo.xml"),
    ("sales_team", "sales_team/data/crm_team_data.xml"),
    ("sales_team", "sales_team/data/crm_team_demo.xml"),
    ("sales_team", "sales_team/data/crm_tag_demo.xml"),
    ("crm", "crm/data/crm_stage_data.xml"),
    ("crm", "crm/data/crm_lost_reason_data.xml"),
    ("crm", "crm/data/crm_team_demo.xml"),
    ("crm", "crm/data/crm_team_member_demo.xml"),
    ("crm", "crm/data/mail_activity_type_demo.xml"),
    ("crm", "crm/data/crm_lead_demo.xml"),
]
DESCRIPTIONS = {  # each model's _description in the source
    "crm.lead": "Lead/Opportunity", "crm.stage": "CRM Stages", "crm.tag": "CRM Tag",
    "crm.team": "Sales Team", "crm.team.member": "Sales Team Member",
    "crm.lost.reason": "Opp. Lost Reason", "mail.activity": "Activity",
    "mail.activity.type": "Activity Type", "mail.message": "Message",
    "ir.attachment": "Attachment", "utm.campaign": "UTM Campaign",
}
SKIP_MODELS = {"res.users"}  # a group change of the demo user: no record of its own
DATE_FIELDS = {"date_deadline"}
WON_STAGE = "crm.stage_lead4"


class _Frozen(datetime):
    @classmethod
    def now(cls, tz=None):  # noqa: ARG003 - Odoo's eval context calls now()/today()
        return cls.fromtimestamp(NOW.timestamp())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(NOW.timestamp())


def _qualify(module: str, xmlid: str) -> str:
    return xmlid if "." in xmlid else f"{module}.{xmlid}"


def _evaluate(expr: str, module: str) -> tuple[object, bool]:
    """(value, is_relation) of an ``eval`` attribute."""
    refs: list[str] = []

    def ref(xmlid: str) -> str:
        refs.append(_qualify(module, xmlid))
        return refs[-1]

    ctx = {"datetime": _Frozen, "DateTime": _Frozen, "timedelta": timedelta,
           "relativedelta": relativedelta, "ref": ref}
    value = eval(expr, ctx)  # noqa: S307 - the source's own expressions, as Odoo runs them
    if refs:
        return ",".join(refs), True
    return value, False


def _text(value: object, field: str) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d" if field in DATE_FIELDS else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", value):
        return value[:10] if field in DATE_FIELDS else value + ":00"
    return str(value)


def convert(git_dir: str, commit: str, out: Path) -> dict[str, int]:
    records: dict[str, dict[str, dict[str, str]]] = {}
    for module, path in FILES:
        xml = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                             check=True, capture_output=True).stdout
        for el in ET.fromstring(xml).iter():
            if el.tag == "function" and el.get("model") == "crm.lead":
                ids, _ = _evaluate(el.get("eval", ""), module)
                for xmlid in str(ids).split(","):
                    rec = records["crm.lead"][xmlid]
                    if el.get("name") == "action_set_won":
                        rec["stage_id/id"], rec["probability"] = WON_STAGE, "100"
                    elif el.get("name") == "action_set_lost":
                        rec["active"], rec["probability"] = "False", "0"
                continue
            if el.tag != "record" or el.get("model") in SKIP_MODELS:
                continue
            xmlid = _qualify(module, el.get("id", ""))
            rec = records.setdefault(el.get("model", ""), {}).setdefault(xmlid, {"id": xmlid})
            for f in el.findall("field"):
                name = f.get("name", "")
                rel = name if name == "res_id" else f"{name}/id"
                if f.get("ref") is not None:
                    rec[rel] = _qualify(module, f.get("ref", ""))
                elif f.get("eval") is not None:
                    value, is_rel = _evaluate(f.get("eval", ""), module)
                    if value is False and name.endswith("_id"):
                        rec[f"{name}/id"] = ""
                    elif is_rel:
                        rec[rel] = str(value)
                    else:
                        rec[name] = _text(value, name)
                else:  # an html/xml field keeps its markup, as Odoo stores it
                    inner = (f.text or "") + "".join(
                        ET.tostring(child, encoding="unicode") for child in f)
                    rec[name] = _text(inner, name)
    out.mkdir(parents=True, exist_ok=True)
    for model, recs in records.items():
        header: list[str] = []
        for r in recs.values():
            header += [k for k in r if k not in header]
        name = re.sub(r"[^\w_.()\[\] -]+", "", f"{DESCRIPTIONS[model]} ({model})")
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header)
            w.writeheader()
            w.writerows(recs.values())
    return {m: len(r) for m, r in records.items()}


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
