"""Write Axelor Open Suite's French CRM demo records as Axelor's grid export writes them.

Why: the engine has seen Axelor only as its import CSVs (field names as headers); a user's
own export (a grid's "Export" button, axelor-open-platform `Resource.export`) titles each
column with the field's title translated into the user's language (`I18n.get(title)`),
quotes every header and value, joins them with ';' and starts each row with '\\n'.

Rules taken from that code, applied to the demo rows of one commit of Axelor Open Suite:
- columns: the visible columns of the model's default grid view (`lead-grid`,
  `opportunity-grid`, `event-grid`); hidden ones and values the program computes at
  import (opportunitySeq, a sequence) are left out;
- title: the domain property's `title` (the last property of a dotted path), else the
  name humanized; translated by the module's `messages_<lang>.csv` (crm first, then base);
  an empty or missing translation keeps the English title, as `I18n.get` does;
- a relation is written by the related record's name column (users' and companies' names
  from the base demo, partners' and leads' names built as `NAME Firstname`);
- a selection by its option's title translated; a decimal with its scale (2) and the
  language's decimal comma (a point for the languages in DECIMAL_POINT), no grouping;
  dates `TODAY[-6M]` / `NOW[-5M09H00m]` evaluated on a fixed day (REFERENCE_DAY) and
  written in the language's short date pattern.

Usage: python axelor_grid_exports.py <lang> <axelor-6.1.7 git dir> <output folder> [<catalogs>]

<catalogs>, optional, `<git dir>@<commit>`: read the two `messages_<lang>.csv` (crm, base)
from that repository at that commit (an Axelor Open Suite tree at its root) when the 6.1.7
copy has no catalog for the language; every other input stays the 6.1.7 copy's.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

AOS = "modules/axelor-open-suite"
REFERENCE_DAY = date(2022, 3, 24)  # the commit's day: demo dates are relative to it
DATE_PATTERNS = {"de": "%d.%m.%Y", "es": "%d/%m/%Y", "it": "%d/%m/%Y", "nl": "%d-%m-%Y",
                 "pt": "%d/%m/%Y", "ru": "%d.%m.%Y", "pl": "%d.%m.%Y", "fr": "%d/%m/%Y",
                 "vi": "%d/%m/%Y", "ar": "%d/%m/%Y",
                 "zh": "%Y/%-m/%-d"}  # zh: Java's short date 'y/M/d' (keys257)
DECIMAL_POINT = {"zh"}  # languages writing a decimal point, not a comma (keys257)

# model -> (demo file, [(property path, demo column, kind)]) in the grid view's order
GRIDS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "Lead": ("axelor-crm/src/main/resources/demo/fr/crm_lead.csv", [
        ("name", "name", "text"), ("firstName", "firstName", "text"),
        ("enterpriseName", "enterpriseName", "text"), ("fixedPhone", "fixedPhone", "text"),
        ("emailAddress.address", "email", "text"), ("contactDate", "contactDate", "date"),
        ("user", "userImportId", "user"),
        ("statusSelect", "statusSelect", "crm.lead.status.select")]),
    "Opportunity": ("axelor-crm/src/main/resources/demo/fr/crm_opportunity.csv", [
        ("name", "name", "text"), ("company", "company.id", "company"),
        ("tradingName", "", "empty"), ("partner", "partner.importId", "partner"),
        ("lead", "lead.id", "lead"),
        ("salesStageSelect", "salesStageSelect", "crm.opportunity.sales.stage.select"),
        ("amount", "amount", "decimal"), ("probability", "probability", "decimal"),
        ("expectedCloseDate", "expectedCloseDate", "date"), ("user", "userImportId", "user")]),
    "Event": ("axelor-crm/src/main/resources/demo/fr/crm_event.csv", [
        ("startDateTime", "startDateTimeNow", "datetime"),
        ("partner", "clientPartner.importId", "partner"), ("lead", "lead.importId", "lead"),
        ("typeSelect", "typeSelect", "icalendar.event.type.select"),
        ("subject", "subject", "text"),
        ("statusSelect", "statusSelect", "crm.event.status.select"),
        ("user", "user.importId", "user")]),
}
EXTENDS = {"Event": "ICalendarEvent"}  # Event.xml: extends="...ICalendarEvent"
TARGETS = {"user": "User", "company": "Company", "partner": "Partner", "lead": "Lead",
           "emailAddress": "EmailAddress", "tradingName": "TradingName"}


def git_show(repo: str, path: str) -> str:
    """One file at the snapshot's HEAD (one commit for every input)."""
    return subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{AOS}/{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8-sig")


def git_files(repo: str, suffix: str) -> list[str]:
    """The snapshot's files under the suite ending with suffix."""
    out = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", "HEAD",
                          AOS], check=True, capture_output=True, text=True).stdout
    return [p[len(AOS) + 1:] for p in out.splitlines() if p.endswith(suffix)]


def titles(repo: str) -> dict[tuple[str, str], str]:
    """(entity, property) -> title, over every module's domains (base first)."""
    out: dict[tuple[str, str], str] = {}
    paths = sorted(git_files(repo, ".xml"), key=lambda p: not p.startswith("axelor-base"))
    for path in paths:
        if "/domains/" not in path:
            continue
        text = re.sub(r'\sxmlns="[^"]+"', "", git_show(repo, path), count=1)
        for entity in ET.fromstring(text).iter("entity"):
            for prop in entity:
                name, title = prop.get("name"), prop.get("title")
                if name and title and (entity.get("name"), name) not in out:
                    out[(entity.get("name", ""), name)] = title
    return out


def humanize(name: str) -> str:
    """Axelor's Inflector.humanize: 'tradingName' -> 'Trading name'."""
    words = re.sub(r"([A-Z])", r" \1", name).strip().lower()
    return words[:1].upper() + words[1:]


def messages(repo: str, lang: str, catalogs: str | None = None) -> dict[str, str]:
    """key -> translation: crm's file first, then base's (empty messages skipped)."""
    out: dict[str, str] = {}
    for module in ("axelor-crm", "axelor-base"):
        path = f"{module}/src/main/resources/i18n/messages_{lang}.csv"
        if catalogs:
            git_dir, commit = catalogs.rsplit("@", 1)
            text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout.decode("utf-8-sig")
        else:
            text = git_show(repo, path)
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("message") and row["key"] not in out:
                out[row["key"]] = row["message"]
    return out


def selections(repo: str) -> dict[str, dict[str, str]]:
    """selection name -> {value: English title} from every module's Selects.xml."""
    out: dict[str, dict[str, str]] = {}
    for path in git_files(repo, "views/Selects.xml"):
        text = re.sub(r'\sxmlns="[^"]+"', "", git_show(repo, path), count=1)
        for sel in ET.fromstring(text).iter("selection"):
            opts = out.setdefault(sel.get("name", ""), {})
            for opt in sel.iter("option"):
                opts.setdefault(opt.get("value", ""), (opt.text or "").strip())
    return out


def demo_rows(repo: str, path: str) -> list[dict[str, str]]:
    """The demo file's rows (semicolons, Axelor's import format)."""
    return list(csv.DictReader(io.StringIO(git_show(repo, path)), delimiter=";"))


def relative(expr: str) -> datetime | None:
    """Axelor's demo date expression ('TODAY[-6M]', 'NOW[-5M09H30m]') on REFERENCE_DAY."""
    m = re.fullmatch(r"(TODAY|NOW)\[(?:([+-]?\d+)M)?(?:([+-]?\d+)d)?(?:(\d+)H)?(?:(\d+)m)?\]",
                     expr.strip())
    if not m:
        return None
    day = datetime.combine(REFERENCE_DAY, datetime.min.time())
    day += relativedelta(months=int(m[2] or 0)) + timedelta(days=int(m[3] or 0))
    return day.replace(hour=int(m[4] or 0), minute=int(m[5] or 0))


def person_name(row: dict[str, str]) -> str:
    """A partner's or lead's name as a list shows it: 'NAME Firstname'."""
    return " ".join(v for v in (row.get("name", ""), row.get("firstName", "")) if v)


def quote(value: str) -> str:
    """Resource.escapeCsv: every value quoted, quotes doubled."""
    return '"' + value.replace('"', '""') + '"'


def main(lang: str, repo: str, out_dir: str, catalogs: str | None = None) -> None:
    """Write the three grid exports in lang; print the titles lang leaves in English."""
    tit, msg, sel = titles(repo), messages(repo, lang, catalogs), selections(repo)
    users = {r["importId"]: r["name"] for r in
             demo_rows(repo, "axelor-base/src/main/resources/demo/fr/auth_user.csv")}
    companies = {r["importId"]: r["name"] for r in
                 demo_rows(repo, "axelor-base/src/main/resources/demo/fr/base_company.csv")}
    partners = {r["importId"]: person_name(r) for r in
                demo_rows(repo, "axelor-base/src/main/resources/demo/fr/base_partner.csv")}
    leads = {r["importId"]: person_name(r) for r in demo_rows(repo, GRIDS["Lead"][0])}
    names = {"user": users, "company": companies, "partner": partners, "lead": leads}
    fmt = DATE_PATTERNS[lang]
    untranslated: list[str] = []
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for model, (path, columns) in GRIDS.items():
        header = []
        for prop_path, _, _ in columns:
            entity, parts = model, prop_path.split(".")
            for part in parts[:-1]:
                entity = TARGETS[part]
            title = (tit.get((entity, parts[-1])) or tit.get((EXTENDS.get(entity, ""), parts[-1]))
                     or humanize(parts[-1]))
            if title not in msg:
                untranslated.append(f"{model}.{prop_path}: {title}")
            header.append(quote(msg.get(title, title)))
        lines = [";".join(header)]
        for row in demo_rows(repo, path):
            values = []
            for _, col, kind in columns:
                raw = row.get(col, "") or ""
                if kind in names:
                    val = names[kind].get(raw, "") if raw else ""
                elif kind == "decimal":
                    val = f"{float(raw):.2f}" if raw else ""
                    val = val if lang in DECIMAL_POINT else val.replace(".", ",")
                elif kind in ("date", "datetime"):
                    when = relative(raw)
                    val = "" if when is None else when.strftime(
                        fmt if kind == "date" else fmt + " %H:%M")
                elif kind in sel:
                    title = sel[kind].get(raw, "")
                    val = msg.get(title, title) if raw else ""
                elif kind == "empty":
                    val = ""
                else:
                    val = raw
                values.append(quote(val))
            lines.append(";".join(values))
        plural = msg.get(f"{model}s" if model != "Opportunity" else "Opportunities")
        name = plural or model
        Path(out_dir, f"{name}.csv").write_text("\n".join(lines), encoding="utf-8")
    print("untranslated:", untranslated)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
