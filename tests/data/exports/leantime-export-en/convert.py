"""Leantime's table exports of clients, users, projects, to-dos and timesheets, in its own labels.

Built for round U (session 47, keys318). Usage:

    python convert.py --lang en|de|fr|es DEMO LT OUT

DEMO: GitHub Leantime/leantime at tag v0.9.5-alpha (9f5f49dc857812c1086188c50068e35c5f52ebb1),
the file sql/1_leantime.sql under its own path (the database dump its README's
installation steps import, with the demo records). LT: Leantime/leantime at
9a9f49f1008f4782b30f6723c54228f4f992e636, the files app/Language/<locale>.ini under their own
paths (SOURCE.md lists every file read).

Rules (nothing here is invented data):
- Rows: the demo records of the v0.9.5-alpha installer dump (zp_clients 1-2, zp_user 1, 18,
  19, 20, zp_projects 1, zp_tickets 1, zp_timesheets 1-2). A column a later Leantime
  added is the value its update SQL gives old rows (NULL, twoFAEnabled 0); user roles are
  renumbered as Leantime's own update (update_sql_20100 in Install.php) does: 2->50 owner,
  3->10 commenter, 4->20 editor, 5->40 admin (Auth/Models/Roles.php names).
- Files and columns: the table views of Leantime at 9a9f49f1: Tickets/Templates/showAll
  (the To-Do table: its DataTables "csvHtml5" button, ticketsController.js) and
  Timesheets/Templates/showAll (the same button, timesheetsController.js); Clients, Users
  and Projects showAll (list tables with no export button: their columns, written the same
  way). Headers are the templates' labels (__('label...')) from the language's .ini, an
  untranslated key falling back to en-US.ini as Leantime's Language class does; the To-Do
  table's "Assigned to" header carries the template's trailing full stop. The unlabelled
  last column of the To-Do table (the row's action menu) is left out.
- Cells: what the export writes: a cell's data-order attribute where the template sets one
  (ids, raw due date 'Y-m-d H:i:s', status name), else the cell's text (translated status,
  role and yes/no labels, full names "%1$s %2$s", the timesheet's work date in the
  language's date format). Priority names ('Medium') and effort sizes are untranslated in
  Leantime (Tickets repository arrays).
- CSV as DataTables Buttons writes it: UTF-8 with BOM, every cell in double quotes, ',' and
  '\n' (a non-Windows browser).
"""
import argparse
import csv
import os
import re

LANGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT"}

ROLE_UPDATE = {"2": "50", "3": "10", "4": "20", "5": "40"}        # Install.php update_sql_20100
ROLE_NAMES = {"5": "readonly", "10": "commenter", "20": "editor", "30": "manager",
              "40": "admin", "50": "owner"}                          # Auth/Models/Roles.php
STATUS = {"3": "status.new", "1": "status.blocked", "4": "status.in_progress",
          "2": "status.waiting_for_approval", "0": "status.done", "-1": "status.archived"}
PRIORITY = {"1": "Critical", "2": "High", "3": "Medium", "4": "Low", "5": "Lowest"}
EFFORTS = {"0.5": "< 2min", "1": "XS", "2": "S", "3": "M", "5": "L", "8": "XL", "13": "XXL"}
KIND = {"GENERAL_BILLABLE": "label.general_billable",
        "GENERAL_NOT_BILLABLE": "label.general_not_billable",
        "PROJECTMANAGEMENT": "label.projectmanagement", "DEVELOPMENT": "label.development",
        "BUGFIXING_NOT_BILLABLE": "label.bugfixing_not_billable", "TESTING": "label.testing"}

FILES = {
    "clients.csv": ["label.client_id", "label.client_name", "label.url",
                    "label.number_of_projects"],
    "users.csv": ["label.name", "label.email", "label.client", "label.role", "label.status",
                  "headlines.twoFA"],
    "projects.csv": ["label.project_name", "label.client_product", "label.project_type",
                     "label.project_state", "label.hourly_budget", "label.budget_cost"],
    "tickets.csv": ["label.id", "label.title", "label.todo_status", "label.milestone",
                    "label.effort", "label.priority", "label.editor", "label.sprint",
                    "label.tags", "label.due_date", "label.planned_hours",
                    "label.estimated_hours_remaining", "label.booked_hours"],
    "timesheets.csv": ["label.id", "label.date", "label.hours", "label.plan_hours",
                       "label.difference", "label.ticket", "label.project", "label.client",
                       "label.employee", "label.type", "label.milestone", "label.tags",
                       "label.description", "label.invoiced", "label.invoiced_comp",
                       "label.paid"],
}
SUFFIX = {("tickets.csv", "label.editor"): "."}   # the template writes "{{ label.editor }}."


def read_ini(path):
    """key -> value of a Leantime language file (key = "value" lines)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'\s*([^;=\s][^=]*?)\s*=\s*(.*?)\s*$', line)
            if m:
                v = m.group(2)
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                out[m.group(1)] = v
    return out


def sql_values(text, table):
    """The rows of `INSERT INTO `table` (cols) VALUES (...),(...);` as dicts."""
    m = re.search(r"INSERT INTO `" + re.escape(table) + r"` \(([^)]*)\)\s*VALUES\s*(.*?);\s*\n",
                  text, re.S)
    cols = [c.strip(" `") for c in m.group(1).split(",")]
    body, rows, i = m.group(2), [], 0
    while i < len(body):
        if body[i] != "(":
            i += 1
            continue
        vals, i, cur = [], i + 1, ""
        while True:
            ch = body[i]
            if ch == "'":
                j, s = i + 1, ""
                while body[j] != "'" or body[j + 1:j + 2] == "'":
                    if body[j] == "\\":
                        s += body[j + 1]
                        j += 2
                        continue
                    if body[j] == "'":
                        s += "'"
                        j += 2
                        continue
                    s += body[j]
                    j += 1
                cur, i = ("s", s), j + 1
            elif ch in ",)":
                if isinstance(cur, tuple):
                    vals.append(cur[1])
                else:
                    tok = cur.strip()
                    vals.append(None if tok.upper() == "NULL" else tok)
                cur, i = "", i + 1
                if ch == ")":
                    break
            else:
                cur += ch
                i += 1
        rows.append(dict(zip(cols, vals, strict=True)))
    return rows


def num(v):
    """A number as PHP prints it (15.0 -> '15')."""
    f = float(v)
    return str(int(f)) if f == int(f) else str(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("demo")
    ap.add_argument("lt")
    ap.add_argument("out")
    a = ap.parse_args()
    lang = read_ini(os.path.join(a.lt, "app", "Language", "en-US.ini"))
    lang.update(read_ini(os.path.join(a.lt, "app", "Language", LANGS[a.lang] + ".ini")))

    def tr(key):
        return lang.get(key, key)

    with open(os.path.join(a.demo, "sql", "1_leantime.sql"), encoding="utf-8") as fh:
        dump = fh.read()
    clients = {r["id"]: r for r in sql_values(dump, "zp_clients")}
    users = {r["id"]: r for r in sql_values(dump, "zp_user")}
    projects = {r["id"]: r for r in sql_values(dump, "zp_projects")}
    tickets = {r["id"]: r for r in sql_values(dump, "zp_tickets")}
    times = sql_values(dump, "zp_timesheets")

    def full(u):
        return tr("text.full_name").replace("%1$s", u["firstname"]).replace("%2$s", u["lastname"])

    def dateformat(v):
        y, m, d = v[:10].split("-")
        return tr("language.dateformat").replace("d", d).replace("m", m).replace("Y", y)

    def client_of(cid):
        return (clients.get(cid or "") or {}).get("name") or ""

    rows = {}
    # Clients showAll: ordered by name (Clients repository getAll)
    rows["clients.csv"] = [
        [c["id"], c["name"] or "", c["internet"] or "",
         str(sum(1 for p in projects.values() if p["clientId"] == c["id"]))]
        for c in sorted(clients.values(), key=lambda c: (c["name"] or "", int(c["id"])))]
    # Users showAll: ordered by lastname (Users repository getAll)
    urows = []
    for u in sorted(users.values(), key=lambda u: (u["lastname"], int(u["id"]))):
        role = ROLE_NAMES[ROLE_UPDATE.get(u["role"], u["role"])]
        st = u["status"].lower()
        status = (tr("label.active") if st == "a" else tr("label.invited") if st == "i"
                  else tr("label.deactivated"))
        urows.append([full(u), u["username"], client_of(u["clientId"]),
                      tr("label.roles." + role), status, tr("label.no")])   # twoFAEnabled 0
    rows["users.csv"] = urows
    # Projects showAll
    rows["projects.csv"] = [
        [p["name"], client_of(p["clientId"]), "",        # type: NULL (added by update_sql_20114)
         tr("label.closed") if p["state"] == "-1" else tr("label.open"),
         p["hourBudget"] or "", p["dollarBudget"] or ""]
        for p in projects.values()]
    # Tickets showAll (To-Do table) CSV export: data-order where set
    trows = []
    for t in tickets.values():
        booked = sum(float(x["hours"]) for x in times if x["ticketId"] == t["id"])
        # editorId '1,18' joins zp_user.id as MySQL compares it: the leading number (user 1)
        editor = users.get(re.match(r"\d*", t["editorId"] or "").group(0))
        trows.append([
            t["id"], t["headline"], tr(STATUS[t["status"]]), tr("label.no_milestone"),
            EFFORTS.get(t.get("storypoints") or "", tr("label.story_points_unkown")),
            PRIORITY.get(t["priority"] or "", tr("label.priority_unkown")),
            editor["firstname"] if editor else tr("dropdown.not_assigned"),
            tr("label.not_assigned_to_sprint"), "",
            t["dateToFinish"] or "", num(t["planHours"]) if t["planHours"] else "",
            "",                                            # hourRemaining: NULL (added later)
            num(booked) if booked else "0"])
    rows["tickets.csv"] = trows
    # Timesheets showAll CSV export
    srows = []
    for x in times:
        t = tickets[x["ticketId"]]
        p = projects[t["projectId"]]
        u = users[x["userId"]]
        plan = float(t["planHours"] or 0)
        srows.append([
            x["id"], x["workDate"], num(x["hours"]), num(plan), num(plan - float(x["hours"])),
            t["headline"], p["name"], client_of(p["clientId"]), full(u),
            tr(KIND.get(x["kind"] or "GENERAL_BILLABLE", KIND["GENERAL_BILLABLE"])),
            "", "", x["description"] or "",
            dateformat(x["invoicedEmplDate"]) if x["invoicedEmpl"] == "1" else "",
            dateformat(x["invoicedCompDate"]) if x["invoicedComp"] == "1" else "",
            ""])                                           # paid: column added later, NULL
    rows["timesheets.csv"] = srows

    os.makedirs(a.out, exist_ok=True)
    for name, keys in FILES.items():
        header = [tr(k) + SUFFIX.get((name, k), "") for k in keys]
        with open(os.path.join(a.out, name), "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows[name])
        print(name, len(rows[name]), "rows")


if __name__ == "__main__":
    main()
