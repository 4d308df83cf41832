"""OpenProject's standard demo data (app/seeders/standard.yml) with its German texts
(config/locales/crowdin/de.seeders.yml) -> the CSVs a German OpenProject lists after
seeding: users, groups (departments), projects, news and work packages (see SOURCE.md).

Rules, as the seeders apply them (app/seeders/demo_data/*.rb):
- every ``t_<field>`` text is replaced by the German one at the same place in
  de.seeders.yml (lists as ``item_<n>``: ``projects.<key>.work_packages.item_1.children.
  item_0.subject``); a text with no German one stays English (the converter says which);
- a user's login is ``<firstname>.<lastname>`` in lower case, the e-mail
  ``<login>@example.com``, the language the seeding locale (de) (department_seeder.rb);
  their job title, spoken languages, key skills and job start date are the user custom
  fields 'Job title', 'Spoken languages', 'Key skills', 'Job start date' (names as the
  seeder creates them, in English; several values joined by ', '); the admin the seeders
  create (admin_user_seeder.rb) is the first user;
- work packages are numbered in the order they are created (depth first: a parent, then
  its children); a work package's author is the admin, its priority the default (Normal),
  its assignee the user or group named, else the admin; its parent the parent's number;
  its start date the Monday of the seeding week plus ``start`` days and its finish date
  ``duration`` days later counting the first (``AllDays#due_date``); the seeding week is
  fixed here as the week of Monday 2026-11-30; its version the first target version;
- a reference (``:default_status_new``, ``:user__olga_ops``) is written as the referenced
  record's German name; a person as '<first name> <last name>', a group by its name;
- headers are OpenProject's German attribute names (config/locales/crowdin/de.yml).
Left out: boards, queries, wiki pages, overview widgets, categories, relations between
work packages (``follows``), project phases, versions' own settings, project members.

    python convert.py standard.yml de.seeders.yml   # writes the CSVs beside this file
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

MONDAY = dt.date(2026, 11, 30)
ADMIN = {"Benutzername": "admin", "Vorname": "OpenProject", "Nachname": "Admin",
         "E-Mail": "admin@example.net", "Sprache": "de"}
STATUS_CODES = {"on_track": "Planmäßig"}  # de.yml: activerecord.attributes.project.status_codes
CUSTOM = {"job_title": "Job title", "spoken_languages": "Spoken languages",
          "key_skills": "Key skills", "job_start_date": "Job start date"}
WP_COLUMNS = ["ID", "Projekt", "Typ", "Thema", "Beschreibung", "Status", "Priorität", "Autor",
              "Zugewiesen an", "Übergeordnetes Arbeitspaket", "Anfangstermin", "Endtermin",
              "Aufwand", "Verbleibender Aufwand", "% abgeschlossen", "Version", "Story Points"]


class Texts:
    """German texts by their place in the seed data; records English fallbacks."""

    def __init__(self, de: dict[str, Any]) -> None:
        self.root = de["de"]["seeds"]["standard"]
        self.fallbacks: list[str] = []

    def get(self, path: list[str], english: Any) -> Any:
        node: Any = self.root
        for part in path:
            if not isinstance(node, dict) or part not in node:
                self.fallbacks.append(".".join(path))
                return english
            node = node[part]
        return node


def translated(record: dict[str, Any], path: list[str], texts: Texts) -> dict[str, Any]:
    """The record's fields with every t_<field> replaced by its German text."""
    out = {}
    for key, value in record.items():
        if key.startswith("t_"):
            out[key[2:]] = texts.get(path + [key[2:]], value)
        else:
            out[key] = value
    return out


def write(folder: Path, name: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    with open(folder / name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row.get(c) is None else row[c] for c in columns})


def convert(standard_path: str, de_path: str, folder: Path = Path(__file__).parent) -> list[str]:
    seed = yaml.safe_load(Path(standard_path).read_text(encoding="utf-8"))
    texts = Texts(yaml.safe_load(Path(de_path).read_text(encoding="utf-8")))
    names: dict[str, str] = {}
    for section in ("statuses", "types", "priorities"):
        for i, item in enumerate(seed[section]):
            names[item["reference"]] = translated(item, [section, f"item_{i}"], texts)["name"]
    default_priority = next(names[p["reference"]] for p in seed["priorities"]
                            if p.get("is_default"))
    admin_name = f"{ADMIN['Vorname']} {ADMIN['Nachname']}"

    users, groups = [dict(ADMIN)], []
    for i, dep in enumerate(seed["departments"]):
        dep_name = translated(dep, ["departments", f"item_{i}"], texts)["name"]
        names[dep["reference"]] = dep_name
        members = []
        for m in dep.get("members") or []:
            login = f"{m['firstname']}.{m['lastname']}".lower()
            full = f"{m['firstname']} {m['lastname']}"
            names[m["reference"]] = full
            members.append(full)
            row = {"Benutzername": login, "Vorname": m["firstname"], "Nachname": m["lastname"],
                   "E-Mail": f"{login}@example.com", "Sprache": "de", "Gruppe": dep_name}
            for key, label in CUSTOM.items():
                value = m.get(key)
                row[label] = ", ".join(value) if isinstance(value, list) else value
            users.append(row)
        groups.append({"Name": dep_name, "Benutzer": ", ".join(members)})

    projects, news, wps = [], [], []
    for key, pdata in seed["projects"].items():
        p = translated(pdata, ["projects", key], texts)
        projects.append({"Name": p["name"], "Kennung": p["identifier"],
                         "Projektstatus": STATUS_CODES.get(p["status_code"], p["status_code"]),
                         "Projektstatusbeschreibung": p["status_explanation"],
                         "Beschreibung": p["description"]})
        for i, item in enumerate(pdata.get("news") or []):
            n = translated(item, ["projects", key, "news", f"item_{i}"], texts)
            news.append({"Projekt": p["name"], "Titel": n["title"],
                         "Zusammenfassung": n["summary"], "Beschreibung": n.get("description")})
        versions = {v["reference"]: v["name"] for v in pdata.get("versions") or []}

        def add(items: list[dict[str, Any]], path: list[str], parent: int | None,
                project: str = p["name"], versions: dict[str, str] = versions) -> None:
            for i, item in enumerate(items):
                w = translated(item, path + [f"item_{i}"], texts)
                number = len(wps) + 1
                start = MONDAY + dt.timedelta(days=w.get("start") or 0)
                due = (start + dt.timedelta(days=w["duration"] - 1)) if w.get("duration") \
                    else None
                target = (w.get("target_versions") or [None])[0]
                wps.append({
                    "ID": number, "Projekt": project, "Typ": names[w["type"]],
                    "Thema": w["subject"], "Beschreibung": w.get("description"),
                    "Status": names[w["status"]], "Priorität": default_priority,
                    "Autor": admin_name,
                    "Zugewiesen an": names[w["assigned_to"]] if w.get("assigned_to")
                    else admin_name,
                    "Übergeordnetes Arbeitspaket": parent,
                    "Anfangstermin": start.isoformat(),
                    "Endtermin": due.isoformat() if due else None,
                    "Aufwand": w.get("estimated_hours"),
                    "Verbleibender Aufwand": w.get("remaining_hours"),
                    "% abgeschlossen": w.get("done_ratio"),
                    "Version": versions.get(target) if target else None,
                    "Story Points": w.get("story_points")})
                add(item.get("children") or [], path + [f"item_{i}", "children"], number)

        add(pdata.get("work_packages") or [], ["projects", key, "work_packages"], None)

    write(folder, "Benutzer.csv", ["Benutzername", "Vorname", "Nachname", "E-Mail", "Sprache",
                                   "Gruppe", *CUSTOM.values()], users)
    write(folder, "Gruppen.csv", ["Name", "Benutzer"], groups)
    write(folder, "Projekte.csv", ["Name", "Kennung", "Projektstatus",
                                   "Projektstatusbeschreibung", "Beschreibung"], projects)
    write(folder, "Neuigkeiten.csv", ["Projekt", "Titel", "Zusammenfassung", "Beschreibung"],
          news)
    write(folder, "Arbeitspakete.csv", WP_COLUMNS, wps)
    return texts.fallbacks


if __name__ == "__main__":
    left = convert(sys.argv[1], sys.argv[2])
    print("texts left in English:", ", ".join(left) or "none")
