"""Jorani (bbalet/jorani, AGPL-3.0) -> its spreadsheet exports as CSV, labelled in one language.

Usage: python convert.py --lang en SRC OUT_DIR      (en, de, fr, es, it)

SRC is a folder holding, at commit 446f8f5a98668624abfb0ea7bf5f2c96bb0b47c8 (SOURCE.md), the
repository's files under their own paths:

- the records: sql/jorani.sql (the install script's rows: user 1 "Benjamin BALET", contract 1
  "Global", the organisation's root entity 0 "LMS root", position 1 "Employee", the leave
  types and the statuses) and tests/load/Dataset.xlsx (the load-test data set the install
  script's rows are meant to be completed with, tests/load/README.md: users 1000-1999, the
  organisation's entities 1000-1098, leave requests 1000-7999, overtime requests
  1000-1999). The workbook's cells are formulas (some with RANDBETWEEN): the values read are
  the values its authors' Excel cached in the file (openpyxl, data_only), fixed bytes of the
  repository. Taken: the install user and the data set's first ten users (1000-1009), their
  entities, their leave and overtime requests;
- the labels: application/language/<language>/{users,hr,requests,overtime,contract,positions,
  leavetypes,global}_lang.php (CodeIgniter's $lang['key'] = '...'; arrays).

Every value is read from those files: nothing is typed in here but the rules below.

Jorani exports its lists to spreadsheets in code (application/views/*/export*.php, with
PhpSpreadsheet, written by tools_helper.php's writeSpreadsheet as "<name>.xlsx"); each CSV is
one such export, its header row the view's lang() labels in column order, its cells as the
view writes them (PhpSpreadsheet's default binder turns numeric strings into numbers: ids and
durations are written as numbers, MySQL's decimal '11.000' as 11):

- users.csv: Admin > Users > Export (views/users/export.php, Users_model::getUsers): ID,
  Firstname, Lastname, E-mail, Manager (the manager's user id); by id.
- employees.csv: HR > Employees > Export of the root entity with its children, all users
  (views/hr/export_employees.php, Users_model::employeesOfEntity): ID, Firstname, Lastname,
  E-mail, Entity (the entity's name), Contract (its name), Manager ("firstname lastname" of
  the manager, CONCAT_WS); by id.
- requests.csv: Requests > Export with the filter "all" (views/requests/export.php,
  Leaves_model::getLeavesRequestedToManager): ID (the leave request's), Fullname
  ("firstname lastname"), Start Date (global_date_format), Morning/Afternoon (the start's
  half-day, lang()), End Date, Morning/Afternoon (the end's: the view heads both with the same
  label), Duration (days), Type (the leave type's name: data, untranslated), Reason (cause),
  Status (lang() of the status name). The export lists the requests submitted to the
  connected manager; in the load-test data set every user is his own manager, so the file is
  the exports of the ten managers in manager id order, each one's rows by start date,
  latest first (then id), under one header.
- overtime.csv: Overtime > Export with the filter "all" (views/overtime/export.php,
  Overtime_model::requests): ID, Fullname, Date, Duration, Reason, Status; managers as in
  requests.csv, each one's rows by date, latest first.
- contracts.csv: Admin > Contracts > Export (views/contracts/export.php): ID, Name, Start
  period, End period (the entitlement period's "mm/dd" boundaries, turned to "dd/mm" when the
  language's date format puts the day first, as the view does).
- positions.csv: Admin > Positions > Export (views/positions/export.php): ID, Name,
  Description.
- leave_types.csv: Admin > Leave types > Export (views/leavetypes/export.php): ID, Acronym
  (empty: the install script gives none), Name, Deduct non working days (global_true /
  global_false of the language).

CSV as Python's csv module writes it (UTF-8, minimal quoting, CRLF). Files named as the
program names the downloads (the same in every language).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from pathlib import Path

import openpyxl

LANGS = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian"}
LANG_FILES = ("users", "hr", "requests", "overtime", "contract", "positions", "leavetypes",
              "global")
SLICE = range(1000, 1010)  # the data set's first ten users

_LANG = re.compile(r"""\$lang\[\s*'([^']+)'\s*\]\s*=\s*"""
                   r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*;""")


def load_lang(src: Path, language: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in LANG_FILES:
        text = (src / "application" / "language" / language / f"{name}_lang.php").read_text(
            encoding="utf-8")
        for m in _LANG.finditer(text):
            if m.group(2) is not None:
                value = re.sub(r"\\(['\\])", r"\1", m.group(2))
            else:
                value = re.sub(r'\\(["\\$])', r"\1", m.group(3))
            out[m.group(1)] = value
    return out


def _sql_values(text: str) -> list[list[object]]:
    """The tuples of one INSERT ... VALUES list: 'strings', numbers, NULL, b'bits'."""
    rows: list[list[object]] = []
    i, n = 0, len(text)
    row: list[object] | None = None
    while i < n:
        ch = text[i]
        if ch == "(" and row is None:
            row = []
            i += 1
        elif row is not None and ch == ")":
            rows.append(row)
            row = None
            i += 1
        elif row is not None and ch in "'b" and (ch == "'" or text[i + 1] == "'"):
            if ch == "b":
                i += 1
            j, buf = i + 1, []
            while True:
                if text[j] == "'" and j + 1 < n and text[j + 1] == "'":
                    buf.append("'")
                    j += 2
                elif text[j] == "\\":
                    buf.append(text[j + 1])
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    buf.append(text[j])
                    j += 1
            row.append("".join(buf))
            i = j + 1
        elif row is not None and (ch.isdigit() or ch == "-" or text.startswith("NULL", i)):
            m = re.match(r"NULL|-?\d+(?:\.\d+)?", text[i:])
            tok = m.group(0)
            row.append(None if tok == "NULL" else (float(tok) if "." in tok else int(tok)))
            i += len(tok)
        else:
            i += 1
    return rows


def load_sql(path: Path) -> dict[str, list[dict[str, object]]]:
    text = path.read_text(encoding="utf-8")
    out: dict[str, list[dict[str, object]]] = {}
    for m in re.finditer(r"INSERT INTO `(\w+)` \(([^)]*)\) VALUES(.*?\));\s*$", text,
                         re.S | re.M):
        cols = re.findall(r"`(\w+)`", m.group(2))
        out.setdefault(m.group(1), []).extend(
            dict(zip(cols, r, strict=True)) for r in _sql_values(m.group(3)))
    return out


def load_dataset(path: Path) -> dict[str, list[dict[str, object]]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out: dict[str, list[dict[str, object]]] = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        head = [h for h in rows[0] if h and not str(h).startswith("INSERT")]
        out[ws.title] = [dict(zip(head, r[:len(head)], strict=True)) for r in rows[1:]
                         if r and r[0] is not None]
    return out


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def php_date(value: object, fmt: str) -> str:
    d = _date(value)
    parts = {"d": f"{d.day:02d}", "m": f"{d.month:02d}", "Y": f"{d.year:04d}"}
    return "".join(parts.get(c, c) for c in fmt)


def number(value: object) -> object:
    """A MySQL decimal as PhpSpreadsheet's default binder writes it: 11.000 -> 11."""
    if value is None:
        return ""
    f = float(value)
    return int(f) if f == int(f) else f


def write(out: Path, name: str, header: list[str], rows: list[list[object]]) -> None:
    with (out / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    L = load_lang(a.src, LANGS[a.lang])
    sql = load_sql(a.src / "sql" / "jorani.sql")
    ds = load_dataset(a.src / "tests" / "load" / "Dataset.xlsx")
    a.out.mkdir(parents=True, exist_ok=True)
    fmt = L["global_date_format"]

    users = sorted(sql["users"] + [u for u in ds["users"] if u["id"] in SLICE],
                   key=lambda u: int(u["id"]))
    by_id = {int(u["id"]): u for u in users}
    orgs = {int(o["id"]): o for o in sql["organization"] + ds["organization"]}
    contracts = {int(c["id"]): c for c in sql["contracts"]}
    statuses = {int(s["id"]): str(s["name"]) for s in sql["status"]}
    types = {int(t["id"]): t for t in sql["types"]}

    def name(u: dict[str, object]) -> str:
        return f"{u['firstname']} {u['lastname']}"

    write(a.out, "users.csv",
          [L[f"users_export_thead_{k}"] for k in ("id", "firstname", "lastname", "email",
                                                   "manager")],
          [[u["id"], u["firstname"], u["lastname"], u["email"], u["manager"]] for u in users])

    emp_rows = []
    for u in users:
        org = orgs.get(int(u["organization"]))
        if org is None:  # employeesOfEntity lists the users of the tree's entities only
            continue
        manager = by_id.get(int(u["manager"])) if u["manager"] is not None else None
        contract = contracts.get(int(u["contract"])) if u["contract"] is not None else None
        emp_rows.append([u["id"], u["firstname"], u["lastname"], u["email"], org["name"],
                         contract["name"] if contract else "",
                         name(manager) if manager else ""])
    write(a.out, "employees.csv",
          [L[f"hr_export_employees_thead_{k}"] for k in ("id", "firstname", "lastname", "email",
                                                         "entity", "contract", "manager")],
          emp_rows)

    managers = sorted({int(u["manager"]) for u in users if u["manager"] is not None
                       and int(u["manager"]) in by_id})
    leaves = [lv for lv in ds["leaves"] if int(lv["employee"]) in by_id]
    req_rows = []
    for m in managers:
        mine = [lv for lv in leaves if int(by_id[int(lv["employee"])]["manager"]) == m]
        mine.sort(key=lambda lv: (-_date(lv["startdate"]).toordinal(), int(lv["id"])))
        for lv in mine:
            u = by_id[int(lv["employee"])]
            req_rows.append([lv["id"], name(u), php_date(lv["startdate"], fmt),
                             L[str(lv["startdatetype"])], php_date(lv["enddate"], fmt),
                             L[str(lv["enddatetype"])], number(lv["duration"]),
                             types[int(lv["type"])]["name"], lv["cause"],
                             L[statuses[int(lv["status"])]]])
    write(a.out, "requests.csv",
          [L[f"requests_export_thead_{k}"] for k in (
              "id", "fullname", "startdate", "startdate_type", "enddate", "enddate_type",
              "duration", "type", "cause", "status")],
          req_rows)

    extras = [o for o in ds["overtime"] if int(o["employee"]) in by_id]
    ot_rows = []
    for m in managers:
        mine = [o for o in extras if int(by_id[int(o["employee"])]["manager"]) == m]
        mine.sort(key=lambda o: (-_date(o["date"]).toordinal(), int(o["id"])))
        for o in mine:
            u = by_id[int(o["employee"])]
            ot_rows.append([o["id"], name(u), php_date(o["date"], fmt), number(o["duration"]),
                            o["cause"], L[statuses[int(o["status"])]]])
    write(a.out, "overtime.csv",
          [L[f"overtime_export_thead_{k}"] for k in ("id", "fullname", "date", "duration",
                                                      "cause", "status")],
          ot_rows)

    day_first = fmt.index("d") < fmt.index("m")
    con_rows = []
    for c in sorted(contracts.values(), key=lambda c: int(c["id"])):
        start, end = str(c["startentdate"]), str(c["endentdate"])
        if day_first:
            start = "/".join(reversed(start.split("/")))
            end = "/".join(reversed(end.split("/")))
        con_rows.append([c["id"], c["name"], start, end])
    write(a.out, "contracts.csv",
          [L[f"contract_export_thead_{k}"] for k in ("id", "name", "start", "end")], con_rows)

    write(a.out, "positions.csv",
          [L[f"positions_export_thead_{k}"] for k in ("id", "name", "description")],
          [[p["id"], p["name"], p["description"]]
           for p in sorted(sql["positions"], key=lambda p: int(p["id"]))])

    write(a.out, "leave_types.csv",
          [L[f"leavetypes_type_export_thead_{k}"] for k in ("id", "acronym", "name", "deduct")],
          [[t["id"], t.get("acronym") or "", t["name"],
            L["global_true"] if t.get("deduct_days_off") else L["global_false"]]
           for t in sorted(types.values(), key=lambda t: int(t["id"]))])


if __name__ == "__main__":
    main()
