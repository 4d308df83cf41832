"""Odoo 17 application demo records (XML) -> one CSV per model, as Odoo's import-compatible
export writes them. Ours; used for six exports (see each one's SOURCE.md):

    python odoo_app_demos.py EXPORT GIT_DIR OUT_DIR

EXPORT is ``odoo-sale-demo``, ``odoo-event-calendar-demo``, ``odoo-project-demo``,
``odoo-recruitment-demo``, ``odoo-mass-mailing-demo`` or ``odoo-hr-demo``;
GIT_DIR the git directory of ``Hamiltontech/emdad-apps`` (a copy of Odoo 17's ``addons``;
the commit is fixed below). Rules, for every ``<record model=... id=...>`` of the listed
files, read in the order Odoo loads them (same id: later fields update earlier ones, as
Odoo's loader does):

- only the listed models, and only records of the listed modules (an id without a module,
  or with one of the export's modules) are kept: a record that only changes a record of a
  module outside the export (``base.user_demo``'s groups, a sales team's target) is not one
  of this export's rows;
- the file is named as Odoo names its export download, ``<model description> (<model>).csv``
  (the model's ``_description``); the ``id`` column holds the record's external id,
  module-qualified;
- every field the records set is a column under Odoo's technical name, in the order the
  fields first appear; a relation (``ref=``, an empty ``<field name="x_id"/>`` for none, or
  an ``eval`` naming ``ref()`` or ``(6, 0, [...])``/``(4, id)`` commands) is written
  ``<field>/id`` with the external id(s), comma-separated; ``res_id`` (an integer field
  holding the related record's database id) is written as that record's external id, under
  ``res_id``;
- Boolean fields (BOOLEANS) are written ``True``/``False`` as Odoo exports them;
  html fields keep their markup;
- ``eval`` values are evaluated as Odoo does, with "now" and ``time`` frozen at NOW (the
  source commit's time; ``Command.link``/``Command.set`` are Odoo's ``(4, id)``/``(6, 0,
  ids)``); datetimes are written ``YYYY-MM-DD HH:MM:SS``, the Date fields of each model
  (DATE_FIELDS) ``YYYY-MM-DD``, a date alone given to a Datetime field (DATETIME_FROM_DATE)
  as that day's midnight, as Odoo stores it; a ``False`` relation is empty; a record's ``context``
  ``default_<field>`` values fill the fields the record does not set, as Odoo's defaults do;
- ``<function>`` calls are applied where they set a stored field, as the called method
  writes it: ``sale.order.action_confirm`` -> ``state`` ``sale`` and ``date_order`` now
  (``_prepare_confirmation_values``; a later record that sets ``date_order`` updates it
  again, as Odoo's loader does); ``event.registration.action_set_done`` -> ``state``
  ``done``. ``ir.model.data._update_xmlids`` (it only names product variants), the project
  demo's ``write`` calls (personal stages, notification dates of messages it searches for)
  and ``rating_apply`` (ratings, not exported) are not;
- a field whose ``eval`` reads another record through ``obj(...)`` (a mailing contact's
  name and e-mail copied from ``base.user_admin``, the admin employee's name and photo
  from ``base.partner_admin``: records of Odoo's ``base`` module, which is not in the
  source repository) is left empty; binary fields (``image_1920``: a photo, given as a
  ``file=`` or an ``obj(...)``) are left out, as are the fields of SKIPPED (a mailing's
  ``mailing_domain``, a filter stored as Python source with database ids).
"""

from __future__ import annotations

import re
import subprocess
import sys
import time as _time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from odoo_l10n_demos import write_models

NOW = datetime(2024, 1, 5, 17, 49, 44)  # the source commit's time (3d80050, UTC)
COMMIT = "3d80050a3fe3ff04fd7d99026278e06c6f92602e"

EXPORTS: dict[str, dict] = {
    "odoo-sale-demo": {
        "files": [("product", "product/data/product_demo.xml"),
                  ("sale", "sale/data/product_demo.xml"),
                  ("sale", "sale/data/sale_demo.xml")],
        "models": {"product.category": "Product Category",
                   "product.product": "Product Variant",
                   "product.supplierinfo": "Supplier Pricelist",
                   "sale.order": "Sales Order", "sale.order.line": "Sales Order Line",
                   "mail.activity": "Activity", "mail.message": "Message",
                   "utm.source": "UTM Source"},
    },
    "odoo-event-calendar-demo": {
        "files": [("calendar", "calendar/data/calendar_demo.xml"),
                  ("event", "event/data/res_users_demo.xml"),
                  ("event", "event/data/res_partner_demo.xml"),
                  ("event", "event/data/event_demo_misc.xml"),
                  ("event", "event/data/event_demo.xml"),
                  ("event", "event/data/event_registration_demo.xml")],
        "models": {"calendar.event": "Calendar Event",
                   "calendar.event.type": "Event Meeting Type",
                   "res.partner": "Contact", "event.type": "Event Template",
                   "event.tag.category": "Event Tag Category", "event.tag": "Event Tag",
                   "event.event": "Event", "event.event.ticket": "Event Ticket",
                   "event.registration": "Event Registration",
                   "mail.activity": "Activity", "mail.message": "Message"},
    },
    "odoo-project-demo": {
        "files": [("project", "project/data/project_demo.xml"),
                  ("hr_timesheet", "hr_timesheet/data/hr_timesheet_demo.xml")],
        "models": {"project.tags": "Project Tags",
                   "project.task.type": "Task Stage", "project.project": "Project",
                   "project.milestone": "Project Milestone", "project.task": "Task",
                   "project.update": "Project Update", "account.analytic.line": "Analytic Line",
                   "mail.activity": "Activity", "mail.message": "Message"},
    },
    "odoo-recruitment-demo": {
        "files": [("hr_recruitment", "hr_recruitment/data/hr_recruitment_data.xml"),
                  ("hr_recruitment", "hr_recruitment/data/hr_recruitment_demo.xml")],
        "models": {"hr.recruitment.stage": "Recruitment Stages",
                   "hr.recruitment.degree": "Applicant Degree",
                   "hr.applicant.category": "Category of applicant",
                   "hr.applicant.refuse.reason": "Refuse Reason of Applicant",
                   "hr.recruitment.source": "Source of Applicants",
                   "hr.applicant": "Applicant",
                   "mail.activity": "Activity", "mail.message": "Message"},
    },
    "odoo-mass-mailing-demo": {
        "files": [("mass_mailing", "mass_mailing/data/mailing_list_contact.xml"),
                  ("mass_mailing", "mass_mailing/data/mailing_subscription.xml"),
                  ("mass_mailing", "mass_mailing/demo/utm.xml"),
                  ("mass_mailing", "mass_mailing/demo/mailing_list_contact.xml"),
                  ("mass_mailing", "mass_mailing/demo/mailing_subscription.xml"),
                  ("mass_mailing", "mass_mailing/demo/mailing_mailing.xml"),
                  ("mass_mailing", "mass_mailing/demo/mailing_trace.xml")],
        "models": {"utm.source": "UTM Source", "utm.campaign": "UTM Campaign",
                   "mailing.list": "Mailing List", "mailing.contact": "Mailing Contact",
                   "mailing.subscription": "Mailing List Subscription",
                   "mail.blacklist": "Mail Blacklist", "mailing.mailing": "Mass Mailing",
                   "mailing.trace": "Mailing Statistics"},
    },
    "odoo-hr-demo": {
        "files": [("hr", "hr/data/hr_data.xml"), ("hr", "hr/data/hr_demo.xml")],
        "models": {"hr.department": "Department", "hr.job": "Job Position",
                   "hr.employee": "Employee", "hr.employee.category": "Employee Category",
                   "hr.work.location": "Work Location", "hr.contract.type": "Contract Type",
                   "res.partner": "Contact"},
    },
}
#: (model, field) left out: see the module docstring
SKIPPED = {("mailing.mailing", "mailing_domain")}
#: the Boolean fields the records set: Odoo stores and exports them True/False
BOOLEANS = {"is_company", "active", "allday", "seats_limited", "sale_ok", "purchase_ok",
            "auto_confirm", "has_seats_limitation", "is_published",
            "use_mail_schedule", "use_ticket", "show_on_resume", "fold", "is_reached",
            "allow_timesheets", "recurring_task", "hired_stage", "is_public", "opt_out"}
#: (model, field) of the Date fields the records set (the others are Datetime)
DATE_FIELDS = {("mail.activity", "date_deadline"), ("project.project", "date_start"),
               ("project.project", "date"), ("project.milestone", "deadline"),
               ("project.update", "date"), ("account.analytic.line", "date"),
               ("hr.applicant", "availability")}
#: (model, field) of Datetime fields the records set with a date alone: Odoo stores (and
#: exports) the day's midnight
DATETIME_FROM_DATE = {("hr.applicant", "date_last_stage_update")}


class _Command:
    """Odoo's ``Command`` as the demo's expressions use it: x2many commands as tuples."""

    @staticmethod
    def link(xmlid: str) -> tuple:
        return (4, xmlid)

    @staticmethod
    def set(xmlids: list[str]) -> tuple:
        return (6, 0, xmlids)


class _Frozen(datetime):
    @classmethod
    def now(cls, tz=None):  # noqa: ARG003 - Odoo's eval context calls now()/today()
        return cls.fromtimestamp(NOW.timestamp())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(NOW.timestamp())


class _Time:
    """``time`` as the demo's expressions use it, frozen at NOW."""

    @staticmethod
    def strftime(fmt: str) -> str:
        return _time.strftime(fmt, NOW.timetuple())


def _show(git_dir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def _qualify(module: str, xmlid: str) -> str:
    return xmlid if "." in xmlid else f"{module}.{xmlid}"


def _evaluate(expr: str, module: str) -> object:
    def ref(xmlid: str) -> str:
        return "REF:" + _qualify(module, xmlid)

    ctx = {"ref": ref, "time": _Time, "datetime": _Frozen, "DateTime": _Frozen, "Command": _Command,
           "timedelta": timedelta, "relativedelta": relativedelta,
           "True": True, "False": False, "None": None}
    return eval(expr, ctx)  # noqa: S307 - the source's own expressions, as Odoo runs them


def _refs(value: object) -> list[str] | None:
    """External ids of a relation value (a ref, or x2many commands), else None."""
    if isinstance(value, str) and value.startswith("REF:"):
        return [value[4:]]
    if value == []:  # an empty x2many: no related record
        return []
    if isinstance(value, list) and all(isinstance(c, tuple) for c in value):
        out: list[str] = []
        for c in value:
            if c[0] == 6:
                out += [v[4:] for v in c[2]]
            elif c[0] == 4:
                out.append(c[1][4:])
        return out
    return None


def _text(value: object, field: tuple[str, str]) -> str:
    """A value as Odoo's export writes it; ``field`` is (model, field name)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d" if field in DATE_FIELDS else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and field in DATETIME_FROM_DATE and re.fullmatch(
            r"\d{4}-\d\d-\d\d", value):
        return value + " 00:00:00"
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?", value):
        return value[:10] if field in DATE_FIELDS else value if len(value) == 19 else value + ":00"
    if isinstance(value, bool):
        return str(value)
    return "" if value is None else str(value)


def _function(el: ET.Element, module: str, records: dict[str, dict[str, dict[str, str]]]) -> None:
    """Apply a ``<function>`` call that writes stored fields (see the module docstring)."""
    ids = [_qualify(module, v) for v in re.findall(r"ref\('([^']+)'\)", el.get("eval", ""))]
    model, name = el.get("model", ""), el.get("name", "")
    for i in ids:
        if model == "sale.order" and name == "action_confirm" and i in records[model]:
            records[model][i].update(state="sale", date_order=_text(NOW, (model, "date_order")))
        elif model == "event.registration" and name == "action_set_done":
            records[model][i]["state"] = "done"


def convert(export: str, git_dir: str, out: Path) -> dict[str, int]:
    cfg = EXPORTS[export]
    modules = {m for m, _ in cfg["files"]}
    records: dict[str, dict[str, dict[str, str]]] = {m: {} for m in cfg["models"]}
    for module, path in cfg["files"]:
        for el in ET.fromstring(_show(git_dir, path)).iter():
            if el.tag == "function":
                _function(el, module, records)
                continue
            model, raw = el.get("model", ""), el.get("id", "")
            if el.tag != "record" or model not in records:
                continue
            if "." in raw and raw.split(".")[0] not in modules:
                continue   # a change to a record of a module outside the export
            xmlid = _qualify(module, raw)
            rec = records[model].setdefault(xmlid, {"id": xmlid})
            defaults = _evaluate(el.get("context") or "{}", module)
            for key, value in (defaults if isinstance(defaults, dict) else {}).items():
                if key.startswith("default_") and _refs(value):
                    rec[f"{key[8:]}/id"] = ",".join(_refs(value) or [])
            for f in el.findall("field"):
                name = f.get("name", "")
                if f.get("search") is not None or f.get("file") is not None \
                        or (model, name) in SKIPPED or name.startswith("image_"):
                    continue
                if re.search(r"\bobj\(", f.get("eval") or ""):
                    rec[name] = ""   # another module's record: see the docstring
                    continue
                col = name if name == "res_id" else f"{name}/id"
                if f.get("ref") is not None:
                    rec[col] = _qualify(module, f.get("ref", ""))
                    continue
                if f.get("eval") is None:
                    if f.get("type") in ("html", "xml"):
                        rec[name] = (f.text or "") + "".join(
                            ET.tostring(child, encoding="unicode") for child in f)
                    elif not (f.text or "").strip() and name.endswith(("_id", "_ids")):
                        rec[f"{name}/id"] = ""   # an empty relation: none
                    else:
                        rec[name] = f.text or ""
                    if name in BOOLEANS:
                        rec[name] = str(rec[name].strip() not in ("", "0", "False"))
                    continue
                value = _evaluate(f.get("eval", ""), module)
                if name in BOOLEANS:
                    value = bool(value)
                r = _refs(value)
                if r is not None:
                    rec[col] = ",".join(r)
                elif value is False and (name.endswith("_id") or name.endswith("_ids")):
                    rec[f"{name}/id"] = ""
                else:
                    rec[name] = _text(value, (model, name))
    return write_models(records, cfg["models"], out, skip_empty=True)


if __name__ == "__main__":
    print(convert(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
