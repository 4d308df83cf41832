"""LibreBooking's own fixed records as its admin pages' CSV exports write them (SOURCE.md).

    python convert.py SRC OUT_DIR --lang en|de|fr|es

SRC holds the files of GitHub LibreBooking/app at commit 7a763d98 under their own paths:
tests/load_test.sql, database_schema/sample-data-utf8.sql, lang/Language.php,
lang/en_us.php, lang/en_gb.php and lang/<language>.php. Needs `php` (the labels and date
formats are read by loading LibreBooking's own language classes) and Python 3.9+.

Each file follows its Smarty template (tpl/Admin/*/..._csv.tpl): a UTF-8 BOM (Page::DisplayCsv),
every field in double quotes, comma-separated, "\\n" after every line ({linebreak}).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

LANGS = {"en": "en_us", "de": "de_de", "fr": "fr_fr", "es": "es"}

KEYS = [
    # reservations_csv.tpl
    "User", "Resource", "Title", "Description", "BeginDate", "EndDate", "Duration", "Created",
    "LastModified", "ReferenceNumber", "CheckInTime", "CheckOutTime", "OriginalEndDate",
    # users_csv.tpl
    "FirstName", "LastName", "Username", "Email", "Phone", "Organization", "Position",
    "LastLogin", "Status", "Credits", "Color", "Timezone", "Language", "Groups",
    # resources_csv.tpl
    "Name", "Schedule", "ResourceType", "SortOrder", "Location", "Contact", "Notes",
    "ResourceAdministrator", "ResourceColor", "ResourceMinLengthCsv", "ResourceMaxLengthCsv",
    "ResourceBufferTimeCsv", "ResourceAllowMultiDay", "Capacity", "ResourceGroups",
    "ResourceMinNoticeAddCsv", "ResourceMinNoticeUpdateCsv", "ResourceMinNoticeDeleteCsv",
    "ResourceMaxNotice", "ResourceRequiresApproval", "ResourcePermissionAutoGranted",
    "RequiresCheckInNotification", "AutoReleaseMinutes", "CreditsOffPeak", "CreditsPeak",
    "MaximumConcurrentReservations",
    # values the templates translate
    "Available", "Unavailable", "Hidden", "Active", "Inactive", "Pending", "All",
    # manage_accessories.tpl (no CSV export: its list's columns)
    "AccessoryName", "QuantityAvailable", "Resources",
    # DateDiff::__toString
    "days", "hours", "minutes",
]

# Resources::GetString($key, '') as {translate key=...} calls it: sprintf($string, '')
PHP = r"""<?php
chdir($argv[1]);
$class = $argv[2];
require_once("$class.php");
$o = new $class();
$keys = json_decode($argv[3], true);
$s = [];
foreach ($keys as $k) {
    $v = $o->Strings[$k] ?? null;
    $s[$k] = ($v === null || $v === '') ? '?' : @sprintf($v, '');
}
echo json_encode(['strings' => $s, 'dates' => $o->Dates], JSON_UNESCAPED_UNICODE);
"""


def load_language(src: Path, lang: str) -> dict:
    script = Path("/tmp") / "librebooking_labels.php"
    script.write_text(PHP, encoding="utf-8")
    out = subprocess.run(["php", str(script), str(src / "lang"), LANGS[lang], json.dumps(KEYS)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# --- the SQL files' INSERT statements --------------------------------------------------------

_STMT = re.compile(r"(?:insert|replace)\s+into\s+`(\w+)`\s*(\(([^)]*)\))?\s*values\s*(.*?);\s*$",
                   re.I | re.S | re.M)
_IMPLIED = {"user_groups": ["user_id", "group_id"], "group_roles": ["group_id", "role_id"]}


def _tuples(text: str) -> list[list]:
    """The value tuples of one VALUES list: quoted strings, NULL, numbers, now()."""
    rows: list[list] = []
    row: list | None = None
    tok: str | None = None
    i, n = 0, len(text)

    def end_token() -> None:
        if tok is not None and tok.strip():
            t = tok.strip()
            row.append(None if t.upper() == "NULL"
                       else {"true": "1", "false": "0"}.get(t.lower(), t))

    while i < n:
        c = text[i]
        if row is None:
            if c == "(":
                row, tok = [], ""
        elif c == "'":
            j, buf = i + 1, []
            while True:
                if text[j] == "\\":
                    buf.append(text[j + 1])
                    j += 2
                elif text[j] == "'" and j + 1 < n and text[j + 1] == "'":
                    buf.append("'")
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    buf.append(text[j])
                    j += 1
            row.append("".join(buf))
            tok, i = None, j
        elif c == "(":  # a function call (now()): its text as the token
            k = text.index(")", i)
            tok = (tok or "") + text[i:k + 1]
            i = k
        elif c in ",)":
            end_token()
            tok = ""
            if c == ")":
                rows.append(row)
                row = None
        else:
            tok = (tok or "") + c
        i += 1
    return rows


def parse_sql(path: Path) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {}
    for m in _STMT.finditer(path.read_text(encoding="utf-8")):
        table = m.group(1)
        if not m.group(3) and table not in _IMPLIED:
            continue  # a table no file reads (user_resource_permissions)
        cols = ([c.strip().strip("`") for c in m.group(3).split(",")] if m.group(3)
                else _IMPLIED[table])
        for values in _tuples(m.group(4)):
            assert len(values) == len(cols), (table, values)
            tables.setdefault(table, []).append(dict(zip(cols, values, strict=True)))
    return tables


# --- PHP's date() for the format characters LibreBooking's date formats use -----------------

def php_date(d: datetime, fmt: str) -> str:
    out = []
    for ch in fmt:
        out.append({
            "d": f"{d.day:02d}", "j": str(d.day), "D": d.strftime("%a"), "l": d.strftime("%A"),
            "m": f"{d.month:02d}", "n": str(d.month), "Y": str(d.year), "y": f"{d.year % 100:02d}",
            "H": f"{d.hour:02d}", "G": str(d.hour), "g": str(d.hour % 12 or 12),
            "h": f"{d.hour % 12 or 12:02d}", "i": f"{d.minute:02d}", "s": f"{d.second:02d}",
            "A": "AM" if d.hour < 12 else "PM", "a": "am" if d.hour < 12 else "pm",
        }.get(ch, ch))
    return "".join(out)


def utc(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def fmt(value: str | None, lang: dict, key: str, tz: str | None = None) -> str:
    d = utc(value)
    if d is None:
        return ""
    if tz:
        d = d.astimezone(ZoneInfo(tz))
    return php_date(d, lang["dates"][key])


def duration(start: str, end: str, s: dict) -> str:
    secs = int((utc(end) - utc(start)).total_seconds())
    days, hours, minutes = secs // 86400, secs // 3600 - (secs // 86400) * 24, (secs // 60) % 60
    parts = []
    if days > 0:
        parts.append(f"{days} {s['days']}")
    if hours > 0:
        parts.append(f"{hours} {s['hours']}")
    if minutes > 0:
        parts.append(f"{minutes} {s['minutes']}")
    return " ".join(parts)


def text(v) -> str:
    return "" if v is None else str(v)


def write(path: Path, header: list[str], rows: list[list[str]],
          bare: frozenset = frozenset()) -> None:
    """Every field in double quotes (escape:'quotes' puts a backslash before a quote), except
    the row fields a template writes bare (`bare`: their indexes)."""
    def line(fields, bare=frozenset()):
        return ",".join(text(f) if i in bare else '"' + text(f).replace('"', '\\"') + '"'
                        for i, f in enumerate(fields)) + "\n"
    body = line(header) + "".join(line(r, bare) for r in rows)
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", choices=sorted(LANGS), required=True)
    a = ap.parse_args()
    lang = load_language(a.src, a.lang)
    s = lang["strings"]
    # the database: sample-data-utf8.sql, then tests/load_test.sql on it (its REPLACE INTO
    # rewrites users 1-2 and resources 1-2; REPLACE deletes the old row first, and user_groups'
    # ON DELETE CASCADE takes the users' group memberships with it)
    load = parse_sql(a.src / "tests" / "load_test.sql")
    sample = parse_sql(a.src / "database_schema" / "sample-data-utf8.sql")
    replaced = {u["user_id"] for u in load["users"]}
    sample["user_groups"] = [ug for ug in sample.get("user_groups", [])
                             if ug["user_id"] not in replaced]
    attributes = {cat: [c["display_label"] for c in sample.get("custom_attributes", [])
                        if c["attribute_category"] == cat] for cat in ("1", "2", "4")}
    a.out.mkdir(parents=True, exist_ok=True)

    users = {u["user_id"]: u for u in load["users"]}
    groups = {g["group_id"]: g for g in sample["groups"]}
    member_of: dict[str, list[str]] = {}
    for ug in sample.get("user_groups", []):
        member_of.setdefault(ug["user_id"], []).append(ug["group_id"])
    admin_tz = next(u["timezone"] for u in load["users"] if u["username"] == "admin")

    # users.csv: tpl/Admin/Users/users_csv.tpl (no custom attributes defined in load_test.sql)
    status = {"1": s["Active"], "2": s["Pending"], "3": s["Inactive"]}
    write(a.out / "users.csv",
          [s[k] for k in ("FirstName", "LastName", "Username", "Email", "Phone", "Organization",
                          "Position", "Created", "LastLogin", "Status", "Credits", "Color",
                          "Timezone", "Language", "Groups")] + attributes["2"],
          [[u["fname"], u["lname"], u["username"], u["email"], u["phone"], u["organization"],
            u["position"], fmt(u["date_created"], lang, "short_datetime"),
            fmt(u["lastlogin"], lang, "short_datetime"), status[u["status_id"]],
            u.get("credit_count"), u.get("color"), u["timezone"], u["language"],
            ",".join(groups[g]["name"] for g in member_of.get(u["user_id"], []))]
           + [""] * len(attributes["2"])
           for u in load["users"]])

    # reservations.csv: tpl/Admin/Reservations/reservations_csv.tpl over
    # GET_RESERVATION_LIST_TEMPLATE's rows: every instance x its owner row in reservation_users
    # x each of its series' resources; series not deleted; ORDER BY start_date ASC; dates in
    # the exporting admin's time zone ($Timezone)
    series = {r["series_id"]: r for r in load["reservation_series"]}
    resources = {r["resource_id"]: r for r in load["resources"]}
    owners = {(ru["reservation_instance_id"]) for ru in load["reservation_users"]
              if ru["reservation_user_level"] == "1"}
    rows = []
    for inst in load["reservation_instances"]:
        rs = series[inst["series_id"]]
        if rs["status_id"] == "2" or inst["reservation_instance_id"] not in owners:
            continue
        for rr in load["reservation_resources"]:
            if rr["series_id"] != inst["series_id"]:
                continue
            owner = users[rs["owner_id"]]
            rows.append((utc(inst["start_date"]), int(inst["reservation_instance_id"]),
                         int(rr["resource_id"]), [
                f"{owner['fname']} {owner['lname']}", resources[rr["resource_id"]]["name"],
                rs["title"], rs["description"],
                fmt(inst["start_date"], lang, "res_popup", admin_tz),
                fmt(inst["end_date"], lang, "res_popup", admin_tz),
                duration(inst["start_date"], inst["end_date"], s),
                fmt(rs["date_created"], lang, "general_datetime", admin_tz),
                fmt(rs["last_modified"], lang, "general_datetime", admin_tz),
                inst["reference_number"], "", "", ""] + [""] * len(attributes["1"])))
    rows.sort(key=lambda r: r[:3])
    write(a.out / "reservations.csv",
          [s[k] for k in ("User", "Resource", "Title", "Description", "BeginDate", "EndDate",
                          "Duration", "Created", "LastModified", "ReferenceNumber",
                          "CheckInTime", "CheckOutTime", "OriginalEndDate")] + attributes["1"],
          [r[3] for r in rows], bare=frozenset({10, 11, 12}))

    # resources.csv: tpl/Admin/Resources/resources_csv.tpl (its header's last label lacks
    # its closing quote and its rows lack the last value: both completed, SOURCE.md)
    schedules = {r["schedule_id"]: r["name"] for r in load["schedules"]}
    write(a.out / "resources.csv",
          [s[k] for k in ("Name", "Status", "Schedule", "ResourceType", "SortOrder", "Location",
                          "Contact", "Description", "Notes", "ResourceAdministrator",
                          "ResourceColor", "ResourceMinLengthCsv", "ResourceMaxLengthCsv",
                          "ResourceBufferTimeCsv", "ResourceAllowMultiDay", "Capacity",
                          "ResourceGroups", "ResourceMinNoticeAddCsv",
                          "ResourceMinNoticeUpdateCsv", "ResourceMinNoticeDeleteCsv",
                          "ResourceMaxNotice", "ResourceRequiresApproval",
                          "ResourcePermissionAutoGranted", "RequiresCheckInNotification",
                          "AutoReleaseMinutes", "CreditsOffPeak", "CreditsPeak",
                          "MaximumConcurrentReservations")] + attributes["4"],
          [[r["name"], s["Available"] if r.get("isactive", "1") == "1" else s["Unavailable"],
            schedules[r["schedule_id"]], "", "0", r["location"], r["contact_info"],
            r["description"], r["notes"], "", "", r["min_duration"], r["max_duration"], "",
            r["allow_multiday_reservations"] or "0", r["max_participants"], "",
            r["min_notice_time_add"], "", "", r["max_notice_time"],
            r["requires_approval"] or "0", r["autoassign"] or "0", "0", "", "", "", ""]
           + [""] * len(attributes["4"])
           for r in load["resources"]], bare=frozenset({4}))

    # groups.csv: tpl/Admin/Groups/groups_csv.tpl (its header is English in every language)
    roles: dict[str, set[str]] = {}
    for gr in sample.get("group_roles", []):
        roles.setdefault(gr["group_id"], set()).add(gr["role_id"])
    members: dict[str, list[str]] = {}
    for ug in sample.get("user_groups", []):
        members.setdefault(ug["group_id"], []).append(users[ug["user_id"]]["email"])
    write(a.out / "groups.csv",
          ["Name", "Is Auto Add", "Group Administrator", "Is Application Admin", "Is Group Admin",
           "Is Resource Admin", "Is Schedule Admin", "Members", "Full Permissions",
           "Read Only Permissions"],
          [[g["name"], "false", "",
            *("true" if role in roles.get(g["group_id"], set()) else "false"
              for role in ("2", "1", "3", "4")),
            ",".join(members.get(g["group_id"], [])), "", ""]
           for g in sample["groups"]])

    # accessories.csv: no CSV export; tpl/Admin/manage_accessories.tpl's list: name, quantity
    # (unlimited shown as the infinity sign), resources (none associated: "All")
    write(a.out / "accessories.csv",
          [s["AccessoryName"], s["QuantityAvailable"], s["Resources"]],
          [[x["accessory_name"], x["accessory_quantity"] or "\u221e", s["All"]]
           for x in sample["accessories"]])


if __name__ == "__main__":
    sys.exit(main())
