"""Build SplendidCRM Community Edition's list-view exports of its own demo data (keys310).

SplendidCRM keeps no demo database in its repository: its demo records are made by its own
generator, `SplendidCRM/_devtools/GenerateDemo.aspx.cs`, which draws every value from fixed
arrays with .NET's `System.Random` seeded with 9987 (`new Random(9987)`), in a fixed order
(50 accounts, each with a case, a bug, a note, a call and an opportunity; 200 contacts, each
with a task, a meeting and an e-mail; 200 leads). This script replays that generator call
for call with a port of .NET's seeded `Random` (the subtractive generator of the .NET
Framework, kept by .NET for seeded instances), reads the value lists the generator takes
from the database (`SplendidCache.List`: industry_dom, lead_source_dom... from the
TERMINOLOGY rows of `SQL Scripts Community/Terminology/*.sql`, ordered by LIST_ORDER), and
writes what `SplendidCRM/_code/SplendidExport.cs` writes for each module's list view, with
the columns of its `<Module>.Export` grid (`SQL Scripts Community/Data/GRIDVIEWS_COLUMNS
Export defaults.1.sql`):

  --format xlsx  ExportExcelOpenXML: one workbook per module (`Accounts.xlsx`, sheet
                 "Accounts"), headed by L10n.Term(HEADER_TEXT) in English (en-US, the only
                 terminology the repository ships), typed cells (numbers, dates, booleans).
  --format csv   ExportDelimited(','): `Accounts.csv`, headed by the lower-case field names,
                 values as .NET's ToString() (dates "yyyy/MM/dd HH:mm:ss" in UTC, booleans
                 1/0), quoted only when holding the delimiter or a quote, CRLF line ends.

What the database adds (the views vwACCOUNTS_List... at the same commit): the users' full
names (fnFullName: "Will Westin", "Sarah Smith", "Sally Bronsen"; records created by the
demo user "Demo"), the team ("Demo Team"), case numbers from NUMBER_SEQUENCES (1, 2...),
account / contact / parent names through the joins, an account's primary contact
(fnACCOUNTS_CONTACTS_Primary: the first of its contacts by "LAST, FIRST"), call and meeting
ends (start + duration), a task's due date split into DATE_DUE / TIME_DUE (fnStoreDateOnly,
fnStoreTimeOnly), CAN_CLOSE, AMOUNT_USDOLLAR (the amount at the U.S. dollar's rate 1.0).
The generator's dates count from the first day of the month it runs in, and DATE_ENTERED /
DATE_MODIFIED are the moment it runs: here the pinned commit's day and time (2025-02-05
22:22:02 -0500 = 2025-02-06 03:22:02 UTC, server in UTC). Rows in the order the generator
created them.

Usage: python convert.py REPO_GIT_DIR OUT_DIR --format xlsx|csv [--commit SHA]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import subprocess
from pathlib import Path

COMMIT = "2bc3bdf369e039c03396ec8560270c1467b1267f"
GENERATOR = "SplendidCRM/_devtools/GenerateDemo.aspx.cs"
EXPORT_GRIDS = "SQL Scripts Community/Data/GRIDVIEWS_COLUMNS Export defaults.1.sql"
TERMINOLOGY = "SQL Scripts Community/Terminology"
TODAY = dt.date(2025, 2, 5)                       # the commit's (local) day: DateTime.Today
RUN_AT = dt.datetime(2025, 2, 6, 3, 22, 2)        # the commit's moment in UTC: getdate()
MODULES = ["Accounts", "Contacts", "Leads", "Opportunities", "Cases", "Calls", "Meetings", "Tasks"]


class DotNetRandom:
    """System.Random(int seed) of the .NET Framework (Knuth's subtractive generator)."""

    MBIG = 2147483647
    MSEED = 161803398

    def __init__(self, seed: int) -> None:
        seeds = [0] * 56
        subtraction = self.MBIG if seed == -2147483648 else abs(seed)
        mj = self.MSEED - subtraction
        seeds[55] = mj
        mk = 1
        for i in range(1, 55):
            ii = (21 * i) % 55
            seeds[ii] = mk
            mk = mj - mk
            if mk < 0:
                mk += self.MBIG
            mj = seeds[ii]
        for _ in range(1, 5):
            for i in range(1, 56):
                seeds[i] -= seeds[1 + (i + 30) % 55]
                if seeds[i] < 0:
                    seeds[i] += self.MBIG
        self.seeds, self.inext, self.inextp = seeds, 0, 21

    def _internal(self) -> int:
        inext = self.inext + 1 if self.inext + 1 < 56 else 1
        inextp = self.inextp + 1 if self.inextp + 1 < 56 else 1
        ret = self.seeds[inext] - self.seeds[inextp]
        if ret == self.MBIG:
            ret -= 1
        if ret < 0:
            ret += self.MBIG
        self.seeds[inext] = ret
        self.inext, self.inextp = inext, inextp
        return ret

    def next(self, a: int, b: int | None = None) -> int:
        if b is None:                              # Next(maxValue)
            return int(self._internal() * (1.0 / self.MBIG) * a)
        return int(self._internal() * (1.0 / self.MBIG) * (b - a)) + a   # Next(min, max)


def show(git_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def ls(git_dir: str, commit: str, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit, folder + "/"],
        check=True, capture_output=True, text=True).stdout
    return sorted(out.splitlines())


def arrays(source: str) -> dict[str, list]:
    """The generator's fixed arrays: `private string[] arrX = new string[] { "a", "b" };`."""
    found: dict[str, list] = {}
    for m in re.finditer(r"private\s+(\w+)\[\](\[\])?\s+(arr\w+)\s*=\s*"
                         r"new\s+\w+\[\](?:\[\])?\s*\{(.*?)\};", source, re.S):
        kind, jagged, name, body = m.groups()
        body = re.sub(r"//[^\n]*", "", body)
        if jagged:
            found[name] = [re.findall(r'"((?:[^"\\]|\\.)*)"', inner)
                           for inner in re.findall(r"\{(.*?)\}", body, re.S)]
        elif kind == "string":
            found[name] = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
        else:
            found[name] = [x.strip().rstrip("fm") for x in body.split(",") if x.strip()]
    return found


TERM = re.compile(r"spTERMINOLOGY_InsertOnly\s+N?'((?:[^']|'')*)'\s*,\s*N?'en-US'\s*,"
                  r"\s*(null|N?'(?:[^']|'')*')\s*,"
                  r"\s*(null|N?'(?:[^']|'')*')\s*,\s*(null|\d+)\s*,\s*N?'((?:[^']|'')*)'", re.I)


def terminology(git_dir: str, commit: str) -> tuple[dict, dict]:
    """(terms {(module, NAME): text}, lists {LIST_NAME: [NAME by LIST_ORDER]}); the first row wins
    (spTERMINOLOGY_InsertOnly inserts only what is not there yet)."""
    terms: dict[tuple[str, str], str] = {}
    lists: dict[str, dict[str, int]] = {}
    for path in ls(git_dir, commit, TERMINOLOGY):
        for m in TERM.finditer(show(git_dir, commit, path)):
            name, module, list_name, order, text = m.groups()
            name, text = name.replace("''", "'"), text.replace("''", "'")
            module = "" if module == "null" else module.lstrip("N").strip("'")
            if list_name != "null":
                list_name = list_name.lstrip("N").strip("'")
                lists.setdefault(list_name, {}).setdefault(name, int(order))
            else:
                terms.setdefault((module, name), text)
    ordered = {k: [n for n, _ in sorted(v.items(), key=lambda kv: kv[1])] for k, v in lists.items()}
    return terms, ordered


def export_grids(git_dir: str, commit: str) -> dict[str, list[tuple[str, str]]]:
    text = show(git_dir, commit, EXPORT_GRIDS)
    grids: dict[str, list[tuple[int, str, str]]] = {}
    for m in re.finditer(r"spGRIDVIEWS_COLUMNS_InsBound\s+'(\w+)\.Export'\s*,\s*(\d+)\s*,"
                         r"\s*'([^']*)'\s*,\s*'([^']*)'", text):
        grids.setdefault(m.group(1), []).append((int(m.group(2)), m.group(3), m.group(4).strip()))
    return {k: [(h, f) for _, h, f in sorted(v)] for k, v in grids.items()}


USERS = {"will": "Will Westin", "sarah": "Sarah Smith", "sally": "Sally Bronsen"}
DEMO = "Demo"                     # the demo user (first name empty, last name "Demo")
TEAM = "Demo Team"


def generate(g: dict, lists: dict) -> dict[str, list[dict]]:
    ran = DotNetRandom(9987)
    pick = lambda arr: arr[ran.next(len(arr))]            # noqa: E731
    month1 = dt.datetime(TODAY.year, TODAY.month, 1)

    def phone() -> str:
        d = [str(ran.next(0, 9)) for _ in range(10)]
        return "(" + "".join(d[:3]) + ") " + "".join(d[3:6]) + "-" + "".join(d[6:])

    def next_date() -> dt.datetime:
        x = month1 + dt.timedelta(days=ran.next(0, 365))
        x += dt.timedelta(hours=ran.next(6, 19))
        return x + dt.timedelta(minutes=ran.next(0, 3) * 15)

    def past_date() -> dt.datetime:
        return month1 + dt.timedelta(days=ran.next(-365, -1))

    def street() -> str:
        n = ran.next(100, 1000)
        return f"{n} {pick(g['arrStreetNames'])}"

    def email() -> str:
        e = pick(g["arrEmailNames"]) + str(ran.next(10, 99))
        return e + "@example" + pick(g["arrTopLevelDomains"])

    def web() -> str:
        a = pick(g["arrEmailNames"])
        b = pick(g["arrEmailNames"])
        return "www." + a + b + pick(g["arrTopLevelDomains"])

    def assigned(i: int) -> str:
        if i % 3 == 1:
            return {9: "will", 10: "chris"}[ran.next(9, 10)]
        return {6: "sarah", 7: "sally", 8: "max"}[ran.next(6, 8)]

    common = {"TEAM_NAME": TEAM, "CREATED_BY_NAME": DEMO, "MODIFIED_BY_NAME": DEMO,
              "DATE_ENTERED": RUN_AT, "DATE_MODIFIED": RUN_AT}
    out: dict[str, list[dict]] = {m: [] for m in MODULES}
    accounts = []
    for i in range(50):
        user = assigned(i)
        a = {"NAME": pick(g["arrAccountNames"]), "ACCOUNT_TYPE": "Customer",
             "INDUSTRY": pick(lists["industry_dom"])}
        a["BILLING_ADDRESS_STREET"] = street()
        a["BILLING_ADDRESS_CITY"] = pick(g["arrCityNames"])
        a["BILLING_ADDRESS_STATE"] = pick(g["arrStateAbbreviations"])
        a["BILLING_ADDRESS_POSTALCODE"] = str(ran.next(10000, 99999))
        a["BILLING_ADDRESS_COUNTRY"] = "USA"
        a["PHONE_OFFICE"] = phone()
        a["PHONE"] = a["PHONE_OFFICE"]             # vwACCOUNTS: PHONE_OFFICE as PHONE
        a["EMAIL1"] = email()
        a["WEBSITE"] = web()
        for part in ("STREET", "CITY", "STATE", "POSTALCODE", "COUNTRY"):
            a["SHIPPING_ADDRESS_" + part] = a["BILLING_ADDRESS_" + part]
        a.update(common, ASSIGNED_TO_NAME=USERS[user])
        a["_contacts"] = []
        out["Accounts"].append(a)
        case = {"CASE_NUMBER": str(i + 1), "NAME": pick(g["arrCaseNames"]),
                "ACCOUNT_NAME": a["NAME"], "STATUS": pick(lists["case_status_dom"]),
                "PRIORITY": pick(lists["case_priority_dom"])}
        case.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Cases"].append(case)
        pick(g["arrBugNames"])
        pick(lists["bug_status_dom"])
        pick(lists["bug_priority_dom"])
        pick(g["arrNoteNames"])
        call_name = pick(g["arrCallNames"])
        start = next_date()
        call = {"NAME": call_name, "DURATION_HOURS": 0, "DURATION_MINUTES": 30, "DATE_START": start,
                "DATE_END": start + dt.timedelta(minutes=30), "PARENT_TYPE": "Accounts",
                "STATUS": "Planned", "DIRECTION": "Outbound", "REMINDER_TIME": 0,
                "PARENT_NAME": a["NAME"]}
        call.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Calls"].append(call)
        stage = pick(lists["sales_stage_dom"])
        opp = {"NAME": a["NAME"] + " - 1000 units"}
        opp["OPPORTUNITY_TYPE"] = pick(lists["opportunity_type_dom"])
        opp["LEAD_SOURCE"] = pick(lists["lead_source_dom"])
        amount = int(pick(g["arrAmounts"]))
        opp["AMOUNT"] = amount
        opp["AMOUNT_USDOLLAR"] = amount
        # the generator's own test: "Closed Won" or "Closed List" (sic) -> a coming date
        opp["DATE_CLOSED"] = next_date() if stage in ("Closed Won", "Closed List") else past_date()
        opp["SALES_STAGE"] = stage
        opp["PROBABILITY"] = float(pick(g["arrProbabilities"]))
        opp["ACCOUNT_NAME"] = a["NAME"]
        opp.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Opportunities"].append(opp)
        accounts.append((a, user))
    for _ in range(200):
        a, user = accounts[ran.next(50)]
        c = {"FIRST_NAME": pick(g["arrFirstNames"]), "LAST_NAME": pick(g["arrLastNames"])}
        c["LEAD_SOURCE"] = pick(lists["lead_source_dom"])
        c["TITLE"] = pick(g["arrTitles"])
        c["DO_NOT_CALL"] = False
        c["PHONE_HOME"] = phone()
        c["PHONE_MOBILE"] = phone()
        c["PHONE_WORK"] = phone()
        c["EMAIL1"] = email()
        c["EMAIL_OPT_OUT"] = False
        c["INVALID_EMAIL"] = False
        c["PRIMARY_ADDRESS_STREET"] = street()
        c["PRIMARY_ADDRESS_CITY"] = pick(g["arrCityNames"])
        c["PRIMARY_ADDRESS_STATE"] = pick(g["arrStateAbbreviations"])
        c["PRIMARY_ADDRESS_POSTALCODE"] = str(ran.next(10000, 99999))
        c["PRIMARY_ADDRESS_COUNTRY"] = "USA"
        for part in ("STREET", "CITY", "STATE", "POSTALCODE", "COUNTRY"):
            c["ALT_ADDRESS_" + part] = c["PRIMARY_ADDRESS_" + part]
        c["PORTAL_ACTIVE"] = False
        c["NAME"] = c["FIRST_NAME"] + " " + c["LAST_NAME"]
        c["ACCOUNT_NAME"] = a["NAME"]
        c.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Contacts"].append(c)
        a["_contacts"].append(c)
        sacramento = c["PRIMARY_ADDRESS_CITY"] == "Sacramento"
        task = {"NAME": pick(g["arrTaskNames"]), "STATUS": pick(lists["task_status_dom"])}
        due = next_date()
        task.update({"DATE_DUE_FLAG": True, "DATE_DUE": dt.datetime(due.year, due.month, due.day),
                     "TIME_DUE": dt.datetime(1900, 1, 1, due.hour, due.minute),
                     "DATE_START_FLAG": False,
                     "PARENT_TYPE": "Accounts" if sacramento else "",
                     "PARENT_NAME": a["NAME"] if sacramento else ""})
        task["PRIORITY"] = pick(lists["task_priority_dom"])
        task.update({"CONTACT_NAME": c["NAME"], "CONTACT_PHONE": c["PHONE_WORK"],
                     "CONTACT_EMAIL": c["EMAIL1"],
                     "CAN_CLOSE": 0 if task["STATUS"] in ("Completed", "Deferred") else 1})
        task.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Tasks"].append(task)
        meeting = {"NAME": pick(g["arrMeetingNames"]), "LOCATION": ""}
        hours = int(pick(g["arrDurationHours"]))
        minutes = int(pick(g["arrDurationMinutes"]))
        start = next_date()
        meeting.update({"DURATION_HOURS": hours, "DURATION_MINUTES": minutes, "DATE_START": start,
                        "DATE_END": start + dt.timedelta(hours=hours, minutes=minutes)})
        meeting["STATUS"] = pick(lists["meeting_status_dom"])
        meeting.update({"PARENT_TYPE": "Accounts", "REMINDER_TIME": 0, "PARENT_NAME": a["NAME"],
                        "DESCRIPTION": "Meeting to discuss project plan and hash out the "
                                       "details of implementation",
                        "CONTACT_NAME": c["NAME"]})
        meeting.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Meetings"].append(meeting)
        pick(g["arrEmailSubjects"])
        next_date()
    for i in range(200):
        a, _ = accounts[ran.next(50)]
        user = assigned(i)
        lead = {"FIRST_NAME": pick(g["arrFirstNames"]), "LAST_NAME": pick(g["arrLastNames"])}
        lead["TITLE"] = pick(g["arrTitles"])
        lead["LEAD_SOURCE"] = pick(lists["lead_source_dom"])
        lead["STATUS"] = pick(lists["lead_status_dom"])
        lead["DO_NOT_CALL"] = False
        lead["PHONE_HOME"] = phone()
        lead["PHONE_MOBILE"] = phone()
        lead["PHONE_WORK"] = phone()
        lead["EMAIL1"] = email()
        lead["EMAIL_OPT_OUT"] = False
        lead["INVALID_EMAIL"] = False
        lead["PRIMARY_ADDRESS_STREET"] = street()
        lead["PRIMARY_ADDRESS_CITY"] = pick(g["arrCityNames"])
        lead["PRIMARY_ADDRESS_STATE"] = a["BILLING_ADDRESS_STATE"]
        lead["PRIMARY_ADDRESS_POSTALCODE"] = str(ran.next(10000, 99999))
        lead["PRIMARY_ADDRESS_COUNTRY"] = "USA"
        lead["NAME"] = lead["FIRST_NAME"] + " " + lead["LAST_NAME"]
        lead.update(common, ASSIGNED_TO_NAME=USERS[user])
        out["Leads"].append(lead)
    for a in out["Accounts"]:                  # fnACCOUNTS_CONTACTS_Primary
        people = sorted(a.pop("_contacts"),
                        key=lambda c: (c["LAST_NAME"] + ", " + c["FIRST_NAME"]).upper())
        a["CONTACT_NAME"] = people[0]["NAME"] if people else None
    return out


MONEY = {"AMOUNT", "AMOUNT_USDOLLAR", "CONVERTED_OPPORTUNITY_AMOUNT"}


def csv_text(value, field: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d %H:%M:%S")
    if field in MONEY:
        return f"{value:.4f}"                  # SQL money read as decimal: scale 4
    if isinstance(value, float):
        return f"{value:g}"                    # Double.ToString(): 10, 70
    return str(value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--format", choices=["xlsx", "csv"], required=True)
    ap.add_argument("--commit", default=COMMIT)
    args = ap.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    terms, lists = terminology(args.git_dir, args.commit)
    grids = export_grids(args.git_dir, args.commit)
    records = generate(arrays(show(args.git_dir, args.commit, GENERATOR)), lists)
    for module in MODULES:
        columns = grids[module]
        rows = records[module]
        if args.format == "csv":
            with open(out / f"{module}.csv", "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
                w.writerow([f.lower() for _, f in columns])
                for r in rows:
                    w.writerow([csv_text(r.get(f), f) for _, f in columns])
            continue
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = module
        header = []
        for head, _ in columns:
            mod, _, name = head.partition(".")
            header.append(terms.get((mod, name), head))   # L10n.Term: the key when no term
        ws.append(header)
        for r in rows:
            cells = []
            for _, f in columns:
                v = r.get(f)
                if v is None or v == "":
                    cells.append("")
                elif f in MONEY:
                    cells.append(float(v))
                else:
                    cells.append(v)
            ws.append(cells)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "mm-dd-yy"     # built-in format 14 (OpenXML_CreateDate)
        wb.properties.creator = None
        wb.properties.created = RUN_AT
        wb.properties.modified = RUN_AT
        wb.save(out / f"{module}.xlsx")
        fix_zip_times(out / f"{module}.xlsx")


def fix_zip_times(path: Path) -> None:
    """Give every member of the workbook the run's time, so that the bytes repeat."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename == "docProps/core.xml":       # openpyxl stamps the saving time
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", b"<dcterms:modified\\1>"
                              + RUN_AT.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + b"<", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=RUN_AT.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


if __name__ == "__main__":
    main()
