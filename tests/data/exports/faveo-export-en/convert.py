"""Faveo Helpdesk's demo records written as its screens list them, headed in one language.

    python convert.py SRC OUT_DIR --lang en|it|fr|ru

SRC is a copy of the files of GitHub ladybirdweb/faveo-helpdesk this reads, laid out as in
the repository: DB/dummy-data.sql (the demo database Faveo ships: its records, as MySQL
INSERTs; DB/demodatabase.sql is the same bytes) and lang/<lang>/lang.php (Laravel's UI
strings; read through `php`, which prints the array as JSON). Nothing is written by hand:
every value is a demo record's field, or what Faveo's screens compute from it (full names,
the SLA's grace period, dates in the system's time zone and format, the due date, the
member count); see SOURCE.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

LANGS = ("en", "it", "fr", "ru")


# --- the demo SQL ---------------------------------------------------------------------------

def _values(text: str) -> list[list]:
    """The rows of one INSERT's VALUES list: strings (MySQL escapes undone), ints, None,
    hex literals decoded as UTF-8."""
    rows: list[list] = []
    i, n = 0, len(text)
    row: list | None = None
    while i < n:
        c = text[i]
        if c == "(" and row is None:
            row = []
            i += 1
        elif c == ")" and row is not None:
            rows.append(row)
            row = None
            i += 1
        elif row is None or c in " ,\r\n\t":
            i += 1
        elif c == "'":
            out = []
            i += 1
            while True:
                ch = text[i]
                if ch == "\\":
                    nxt = text[i + 1]
                    out.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                    i += 2
                elif ch == "'" and text[i + 1:i + 2] == "'":
                    out.append("'")
                    i += 2
                elif ch == "'":
                    i += 1
                    break
                else:
                    out.append(ch)
                    i += 1
            row.append("".join(out))
        else:
            m = re.compile(r"[^,)\s]+").match(text, i)
            token = m.group(0)
            i = m.end()
            if token == "NULL":
                row.append(None)
            elif token.startswith("0x"):
                row.append(bytes.fromhex(token[2:]).decode("utf-8"))
            else:
                row.append(int(token) if re.fullmatch(r"-?\d+", token) else float(token))
    return rows


def read_tables(sql: str, names: tuple[str, ...]) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {}
    for name in names:
        pattern = r"INSERT INTO `" + re.escape(name) + r"` \(([^)]*)\) VALUES\n(.*?\));\n"
        m = re.search(pattern, sql, re.S)
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        tables[name] = [dict(zip(cols, r, strict=True)) for r in _values(m.group(2))]
    return tables


def read_lang(src: Path, lang: str) -> dict[str, str]:
    php = "echo json_encode(include $argv[1], JSON_UNESCAPED_UNICODE);"
    out = subprocess.run(["php", "-r", php, str(src / "lang" / lang / "lang.php")],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# --- what the screens compute ---------------------------------------------------------------

def usertimezone(utc: str, tz: str, fmt: str) -> str:
    """TicketController::usertimezone (the `UTC` facade): the stored time read in the
    system's zone, its offset added, printed with the system's date-time format."""
    zone = ZoneInfo(tz)
    local = datetime.strptime(utc, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    offset = local.utcoffset() or timedelta(0)
    shown = local + offset
    php_to_py = {"d": "%d", "m": "%m", "Y": "%Y", "H": "%H", "i": "%M", "s": "%S"}
    return shown.strftime("".join(php_to_py.get(ch, ch) for ch in fmt))


def due_date(duedate: str, grace: str) -> str:
    """timeline.blade.php: the stored due date, plus the SLA plan's grace period, plus
    30 minutes, printed Y-m-d H:i:s (date_create in Asia/Kolkata: no daylight saving)."""
    t = datetime.strptime(duedate, "%Y-%m-%d %H:%M:%S")
    num, unit = grace.split()
    t += timedelta(hours=int(num)) if unit.lower().startswith("hour") else timedelta(
        days=int(num))
    return (t + timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M:%S")


def full_name(user: dict) -> str:
    return f"{user['first_name'] or ''} {user['last_name'] or ''}".strip()


def build(src: Path, lang: str) -> dict[str, list[list[str]]]:
    sql = (src / "DB" / "dummy-data.sql").read_text(encoding="utf-8")
    t = read_tables(sql, ("users", "tickets", "ticket_thread", "department", "teams",
                          "team_assign_agent", "groups", "sla_plan", "ticket_status",
                          "ticket_priority", "ticket_source", "help_topic",
                          "settings_system", "timezone", "date_time_format"))
    L = read_lang(src, lang)
    system = t["settings_system"][0]
    tz = next(z["name"] for z in t["timezone"] if z["id"] == system["time_zone"])
    fmt = next(f["format"] for f in t["date_time_format"]
               if f["id"] == system["date_time_format"])

    def when(value: str | None) -> str:
        return usertimezone(value, tz, fmt) if value else ""

    users = {u["id"]: u for u in t["users"]}
    sla = {s["id"]: s for s in t["sla_plan"]}
    dept = {d["id"]: d for d in t["department"]}
    group = {g["id"]: g for g in t["groups"]}
    status = {s["id"]: s for s in t["ticket_status"]}
    priority = {p["priority_id"]: p for p in t["ticket_priority"]}
    source = {s["id"]: s for s in t["ticket_source"]}
    topic = {h["id"]: h for h in t["help_topic"]}
    files: dict[str, list[list[str]]] = {}

    # tickets: the ticket list's columns (TicketController::getTableFormat: Subject, Ticket
    # ID, From, Assigned to, Last activity) with the ticket page's details beside them
    # (timeline.blade.php: Status, Priority, Department, SLA plan, Source, Help topic,
    # Created date, Due date); the trash's two deleted tickets with the inbox's four
    rows = [[L["ticket_id"], L["subject"], L["from"], L["assigned_to"], L["status"],
             L["priority"], L["department"], L["sla_plan"], L["source"], L["help_topic"],
             L["created_date"], L["due_date"], L["last_activity"]]]
    for tk in t["tickets"]:
        first = min((th for th in t["ticket_thread"] if th["ticket_id"] == tk["id"]),
                    key=lambda th: th["id"])
        client = users[tk["user_id"]]
        assigned = (full_name(users[tk["assigned_to"]]) if tk["assigned_to"]
                    else L["Unassigned"])
        grace = sla[tk["sla"]]["grace_period"]
        rows.append([tk["ticket_number"], first["title"],
                     full_name(client) or client["user_name"], assigned,
                     status[tk["status"]]["name"], priority[tk["priority_id"]]["priority_desc"],
                     dept[tk["dept_id"]]["name"], grace, source[tk["source"]]["value"],
                     topic[tk["help_topic_id"]]["topic"], when(tk["created_at"]),
                     due_date(tk["duedate"], grace), when(tk["updated_at"])])
    files["tickets"] = rows

    # users: the user directory (UserController: Name, Email, Phone, Status, Last login,
    # Role), its view "only users" (role user: the clients)
    rows = [[L["name"], L["email"], L["phone"], L["status"], L["last_login"], L["role"]]]
    for u in t["users"]:
        if u["role"] != "user":
            continue
        phone = " ".join(p for p in ((f"{u['ext']} {u['phone_number']}".strip()
                                      if u["phone_number"] else ""), u["mobile"] or "") if p)
        rows.append([full_name(u) or u["user_name"], u["email"] or "", phone,
                     "Active" if u["active"] == 1 else "Inactive",  # English in the code
                     when(u["updated_at"]), u["role"]])
    files["users"] = rows

    # agents: admin/helpdesk/agent/agents/index.blade.php
    rows = [[L["name"], L["user_name"], L["role"], L["status"], L["group"], L["department"],
             L["created"]]]
    for u in t["users"]:
        if u["role"] not in ("admin", "agent"):
            continue
        rows.append([full_name(u), u["user_name"], L[u["role"]],
                     L["active"] if str(u["active"]) == "1" else L["inactive"],
                     group[int(u["assign_group"])]["name"], dept[int(u["primary_dpt"])]["name"],
                     when(u["created_at"])])
    files["agents"] = rows

    # departments: admin/helpdesk/agent/departments/index.blade.php (the default
    # department's name followed by "( Default )", as the list prints it)
    rows = [[L["name"], L["type"], L["sla_plan"], L["department_manager"]]]
    for d in t["department"]:
        name = d["name"] + (" ( Default )" if str(system["department"]) == str(d["id"]) else "")
        manager = full_name(users[d["manager"]]) if d["manager"] else ""
        rows.append([name, L["public"] if str(d["type"]) == "1" else L["private"],
                     sla[d["sla"]]["grace_period"] if d["sla"] is not None else "", manager])
    files["departments"] = rows

    # teams: admin/helpdesk/agent/teams/index.blade.php
    rows = [[L["name"], L["status"], L["team_members"], L["team_lead"]]]
    for tm in t["teams"]:
        members = sum(1 for a in t["team_assign_agent"] if a["team_id"] == tm["id"])
        lead = full_name(users[tm["team_lead"]]) if tm["team_lead"] else ""
        rows.append([tm["name"], L["active"] if str(tm["status"]) == "1" else L["inactive"],
                     str(members), lead])
    files["teams"] = rows
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", choices=LANGS, default="en")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in build(args.src, args.lang).items():
        with (args.out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)


if __name__ == "__main__":
    main()
