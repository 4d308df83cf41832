"""Relaticle's OnboardSeed fixtures -> the CSV files Relaticle's own export writes.

Usage: python convert.py <fixtures dir> <out dir>

<fixtures dir> is packages/OnboardSeed/resources/fixtures of relaticle/relaticle (see
SOURCE.md for the commit). Each of the five fixture sets (sales, general, fundraising,
marketing, recruiting) is the demo data Relaticle seeds into a new workspace for that use
case; here each set is one workspace and the five are exported together, one file per
record type, as Relaticle's Filament exporters (app/Filament/Exports/*Exporter.php) write
them: their column labels (lang/en/filament/exports.php, or Filament's default label from
the column name where the exporter gives none), then the custom fields' columns by their
labels (app/Enums/CustomFields/*Field.php), a date-time field's label with the time zone
appended ('Due Date (UTC)').
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

SETS = ("sales", "general", "fundraising", "marketing", "recruiting")
# the seeder resolves '{{ +3d }}' against now(); a fixed 'now' keeps the files stable:
# the source commit's date
NOW = datetime(2026, 8, 21, 9, 0, 0, tzinfo=timezone.utc)
USER = "Relaticle Demo"          # the demo user who owns and created every record
SOURCE = "system"               # CreationSource::SYSTEM, as the seeder sets it
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(n: int, seed: str) -> str:
    """A stable ULID (Relaticle's ids): time part NOW + n ms, random part from the seed."""
    ms = int(NOW.timestamp() * 1000) + n
    rnd = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:10], "big")
    value = (ms << 80) | rnd
    return "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in range(25, -1, -1))


def when(expr: str) -> datetime:
    inner = expr.strip()[2:-2].strip()
    amount, unit = int(inner[1:-1]), inner[-1]
    if unit == "d":
        return NOW + timedelta(days=amount)
    if unit == "w":
        return NOW + timedelta(weeks=amount)
    if unit == "m":  # Carbon's addMonths
        month = NOW.month - 1 + amount
        return NOW.replace(year=NOW.year + month // 12, month=month % 12 + 1)
    raise ValueError(expr)


def load(root: Path, fixture_set: str, kind: str) -> list[tuple[str, dict]]:
    folder = root / fixture_set / kind
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8")))
            for p in sorted(folder.glob("*.yaml"))]


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        out.writerows(rows)


def cell(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "1"   # PHP's string of true; false is ''
    if value is False:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def main(root: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    companies, people, opportunities, tasks, notes = [], [], [], [], []
    n = 0
    for fixture_set in SETS:
        team = f"{fixture_set.capitalize()} Workspace"
        comp = load(root, fixture_set, "companies")
        ppl = load(root, fixture_set, "people")
        opps = load(root, fixture_set, "opportunities")
        ids: dict[tuple[str, str], str] = {}
        for kind, items in (("companies", comp), ("people", ppl), ("opportunities", opps),
                            ("tasks", load(root, fixture_set, "tasks")),
                            ("notes", load(root, fixture_set, "notes"))):
            for key, _ in items:
                n += 1
                ids[(kind, key)] = ulid(n, f"{fixture_set}/{kind}/{key}")
        names = {key: data["name"] for key, data in comp}
        for key, data in comp:
            cf = data.get("custom_fields") or {}
            companies.append([
                ids[("companies", key)], data["name"], team, USER, USER,
                sum(1 for _, p in ppl if p.get("company") == key),
                sum(1 for _, o in opps if o.get("company") == key),
                SOURCE, cell(cf.get("icp")), cell(cf.get("domains")), cell(cf.get("linkedin"))])
        for key, data in ppl:
            cf = data.get("custom_fields") or {}
            people.append([
                ids[("people", key)], team, USER, SOURCE, names.get(data.get("company"), ""),
                data["name"], cell(cf.get("emails")), cell(cf.get("phone_number")),
                cell(cf.get("job_title")), cell(cf.get("linkedin"))])
        for key, data in opps:
            cf = data.get("custom_fields") or {}
            close = cf.get("close_date")
            opportunities.append([
                ids[("opportunities", key)], data["name"], names.get(data.get("company"), ""),
                "", team, USER, 0, 0, SOURCE, cell(cf.get("amount")),
                when(close).strftime("%Y-%m-%d") if close else "", cell(cf.get("stage"))])
        for key, data in load(root, fixture_set, "tasks"):
            cf = data.get("custom_fields") or {}
            due = cf.get("due_date")
            tasks.append([
                ids[("tasks", key)], team, USER, SOURCE, data["title"], cell(cf.get("status")),
                cell(cf.get("priority")), cell(cf.get("description")),
                when(due).strftime("%Y-%m-%d %H:%M:%S") if due else ""])
        for key, data in load(root, fixture_set, "notes"):
            cf = data.get("custom_fields") or {}
            notes.append([ids[("notes", key)], team, USER, SOURCE, data["title"],
                          cell(cf.get("body"))])
    write(out / "export-1-companies.csv",
          ["ID", "Company Name", "Workspace", "Account Owner", "Created By",
           "Number of People", "Number of Opportunities", "Creation Source",
           "ICP", "Domains", "LinkedIn"], companies)
    write(out / "export-2-people.csv",
          ["ID", "Team", "Creator", "Creation Source", "Company", "Name",
           "Emails", "Phone Number", "Job Title", "LinkedIn"], people)
    write(out / "export-3-opportunities.csv",
          ["ID", "Opportunity Name", "Company", "Contact Person", "Workspace", "Created By",
           "Number of Notes", "Number of Tasks", "Creation Source",
           "Amount", "Close Date", "Stage"], opportunities)
    write(out / "export-4-tasks.csv",
          ["ID", "Team", "Creator", "Creation source", "Title",
           "Status", "Priority", "Description", "Due Date (UTC)"], tasks)
    write(out / "export-5-notes.csv",
          ["ID", "Team", "Creator", "Creation source", "Title", "Body"], notes)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
