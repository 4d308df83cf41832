"""Huly (hcengineering/platform, EPL-2.0) -> its CRM's table views as CSV, labelled in one language.

Usage: python convert.py --lang en SRC OUT_DIR

SRC is a folder holding, at commit 32858aff1b15b584b06526200dcb4e6be23b0e05 (SOURCE.md), the
repository's files under their own paths:

- the records: the workspace backup its end-to-end ("sanity") tests restore,
  tests/sanity-ws/backup.json.gz and the snapshot files it names (000001/, 000002/) for the
  domains contact, task, channel, status and tracker;
- the labels: plugins/{contact,attachment,chunter,lead,task,tracker}-assets/lang/<lang>.json
  and foundations/core/packages/core/lang/<lang>.json.

Every value is read from those files: nothing is typed in here but the rules below.

The records: the backup's snapshots applied in order (a later snapshot's document replaces
the earlier one with the same _id; no snapshot removes any). Huly's own CSV export (services/
export/pod-export, the "Export" button of a view) heads its columns with the attribute keys
(name, city, modifiedOn...), the same in every language, so the files here are the tables
Huly's UI shows for each object, one CSV per view, headed as the table heads them: a
column's configured label, else the attribute's short label, else its label; the '' column
(the object itself) by its class's label (models/*/src/index.ts, view-resources'
buildModel/getObjectPresenter). Left out: columns with no header or no value of their own
(the list's spacer, the issues' "Extensions" icons, the task type selector Huly hides when
a project has one task type, the optional estimation) and the contacts' "Role" badges (the
mixins a contact carries, shown as coloured badges). Cells as Huly writes them in its own
export (converter.ts): a timestamp as JavaScript's toISOString(); a reference as the
view's presenter shows it (a component's or milestone's label, a status's name: the export
would write a component's _id, which has no identifier, title or name); a person as the
table shows it, first name then last name (contact's formatName over the stored
"Last,First"); a contact's channels (its "Contact info") their values joined ", "; a
collection's count as the table shows it (blank when 0 or absent); the issue priority and
the customers' type (the contact's class) by their labels in the language. Status names
are data (stored, untranslated). Rows in the table's default order, last modified first;
issues by number. CSV as Python's csv module writes it (UTF-8, minimal quoting, CRLF).
Files named in English in every language (the view's English plural: persons, employees,
companies, customers, leads, issues).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import tarfile
from datetime import datetime, timezone
from pathlib import Path

WS = "tests/sanity-ws"
LANG_FILES = {
    "contact": "plugins/contact-assets/lang/{}.json",
    "attachment": "plugins/attachment-assets/lang/{}.json",
    "chunter": "plugins/chunter-assets/lang/{}.json",
    "lead": "plugins/lead-assets/lang/{}.json",
    "task": "plugins/task-assets/lang/{}.json",
    "tracker": "plugins/tracker-assets/lang/{}.json",
    "core": "foundations/core/packages/core/lang/{}.json",
}

# each view: (file, [(header label id, cell rule)]); the label ids as the models give them
PERSON_COLUMNS = [("contact:string:Person", "name"),           # '' : the class label
                  ("contact:string:Location", "city"),         # city
                  ("attachment:string:Files", "attachments"),  # attachments (short label)
                  ("core:string:ModifiedDate", "modifiedOn"),
                  ("contact:string:ContactInfo", "channels")]  # $lookup.channels
EMPLOYEE_COLUMNS = [("contact:string:Employee", "name"), *PERSON_COLUMNS[1:]]
COMPANY_COLUMNS = [("contact:string:Organization", "name"), *PERSON_COLUMNS[1:]]
CUSTOMER_COLUMNS = [("lead:string:Customer", "name"),          # '' on lead.mixin.Customer
                    ("core:string:ClassLabel", "_class"),      # the contact's class
                    ("lead:string:Leads", "leads"),            # the mixin's leads count
                    ("attachment:string:Files", "attachments"),
                    ("chunter:string:Comments", "comments"),
                    ("core:string:ModifiedDate", "modifiedOn"),
                    ("contact:string:ContactInfo", "channels")]
LEAD_COLUMNS = [("lead:string:Lead", "identifier"),            # '' : LEAD-1
                ("lead:string:Title", "title"),
                ("lead:string:Customer", "attachedTo"),        # the customer (a contact)
                ("lead:string:Assignee", "assignee"),
                ("task:string:TaskState", "status"),
                ("attachment:string:Files", "attachments"),
                ("chunter:string:Comments", "comments"),
                ("tracker:string:RelatedIssues", "related"),   # issues related to the lead
                ("core:string:ModifiedDate", "modifiedOn"),
                ("contact:string:ContactInfo", "customer_channels")]  # the customer's
ISSUE_COLUMNS = [("tracker:string:Priority", "priority"),
                 ("tracker:string:Identifier", "identifier"),
                 ("tracker:string:Status", "status"),
                 ("tracker:string:Title", "title"),
                 ("tracker:string:SubIssues", "subIssues"),
                 ("chunter:string:Comments", "comments"),
                 ("attachment:string:Files", "attachments"),
                 ("tracker:string:Labels", "labels"),
                 ("tracker:string:Milestone", "milestone"),
                 ("tracker:string:Component", "component"),
                 ("tracker:string:DueDate", "dueDate"),
                 ("core:string:ModifiedDate", "modifiedOn"),
                 ("tracker:string:Assignee", "assignee")]
# tracker's IssuePriority enum (0..4) and the labels its priority editor shows
PRIORITY = {0: "tracker:string:NoPriority", 1: "tracker:string:Urgent", 2: "tracker:string:High",
            3: "tracker:string:Medium", 4: "tracker:string:Low"}
CLASS_LABEL = {"contact:class:Person": "contact:string:Person",
               "contact:class:Organization": "contact:string:Organization"}


def load_docs(src: Path) -> dict[str, dict[str, dict]]:
    """Every document of the backup, by domain and _id, the snapshots applied in order."""
    with gzip.open(src / WS / "backup.json.gz", "rt", encoding="utf-8") as fh:
        info = json.load(fh)
    docs: dict[str, dict[str, dict]] = {}
    for snap in info["snapshots"]:
        for domain, d in snap["domains"].items():
            if domain not in ("contact", "task", "channel", "status", "tracker"):
                continue
            for name in d.get("storage", []):
                with tarfile.open(src / WS / name, "r:gz") as tar:
                    for m in tar.getmembers():
                        if m.isfile() and m.name.endswith(".json"):
                            doc = json.load(io.TextIOWrapper(tar.extractfile(m), "utf-8"))
                            docs.setdefault(domain, {})[doc["_id"]] = doc
    return docs


def load_labels(src: Path, lang: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for plugin, path in LANG_FILES.items():
        for code in ("en", lang):   # the platform falls back to English for a missing id
            data = json.loads((src / path.format(code)).read_text(encoding="utf-8"))
            for key, text in data["string"].items():
                labels[f"{plugin}:string:{key}"] = text
    return labels


def iso(ms: int | None) -> str:
    if ms is None:
        return ""
    t = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def person_name(doc: dict) -> str:
    name = doc["name"]
    if doc["_class"] != "contact:class:Person":
        return name
    sep = name.find(",")
    return name[sep + 1:] + " " + name[:sep]     # formatName: first name, then last name


def count(v) -> str:
    return str(v) if isinstance(v, int) and v > 0 else ""


def build(src: Path, lang: str, out: Path) -> None:
    docs = load_docs(src)
    lab = load_labels(src, lang)
    contacts = docs["contact"]
    channels: dict[str, list[dict]] = {}
    for ch in sorted(docs["channel"].values(), key=lambda c: c["createdOn"]):
        channels.setdefault(ch["attachedTo"], []).append(ch)
    statuses = docs["status"]
    tracker = docs["tracker"]
    tasks = docs["task"]

    def ref_name(ref, pool) -> str:          # what the reference's presenter shows
        if ref is None:
            return ""
        d = pool.get(ref)
        if d is None:
            return ref
        if d.get("_class", "").startswith("contact:"):
            return person_name(d)
        return d.get("label") or d.get("name") or d.get("title") or ref

    def contact_cell(doc: dict, rule: str) -> str:
        if rule == "name":
            return person_name(doc)
        if rule == "city":
            return doc.get("city") or ""
        if rule in ("attachments", "comments"):
            return count(doc.get(rule))
        if rule == "modifiedOn":
            return iso(doc.get("modifiedOn"))
        if rule == "channels":
            return ", ".join(c["value"] for c in channels.get(doc["_id"], []))
        if rule == "_class":
            return lab[CLASS_LABEL[doc["_class"]]]
        if rule == "leads":
            return count((doc.get("lead:mixin:Customer") or {}).get("leads"))
        raise KeyError(rule)

    def by_modified(rows):
        return sorted(rows, key=lambda d: -d["modifiedOn"])

    people = [d for d in contacts.values() if d["_class"] == "contact:class:Person"]
    views = {
        # the contacts' Person table: persons that are not employees (baseQuery $nin Employee)
        "persons": (PERSON_COLUMNS, by_modified(
            [d for d in people if "contact:mixin:Employee" not in d]), contact_cell),
        # the Employee table, active ones (its "hide inactive" option, on by default)
        "employees": (EMPLOYEE_COLUMNS, by_modified(
            [d for d in people if (d.get("contact:mixin:Employee") or {}).get("active")]),
            contact_cell),
        "companies": (COMPANY_COLUMNS, by_modified(
            [d for d in contacts.values() if d["_class"] == "contact:class:Organization"]),
            contact_cell),
        # lead's Customers: every contact carrying the lead:mixin:Customer mixin
        "customers": (CUSTOMER_COLUMNS, by_modified(
            [d for d in contacts.values() if isinstance(d.get("lead:mixin:Customer"), dict)]),
            contact_cell),
    }

    def lead_cell(doc: dict, rule: str) -> str:
        if rule in ("identifier", "title"):
            return doc.get(rule) or ""
        if rule == "attachedTo":
            return ref_name(doc["attachedTo"], contacts)
        if rule == "assignee":
            return ref_name(doc.get("assignee"), contacts)
        if rule == "status":
            return statuses[doc["status"]]["name"]
        if rule in ("attachments", "comments"):
            return count(doc.get(rule))
        if rule == "related":
            return ""      # no issue in the backup relates to a lead
        if rule == "modifiedOn":
            return iso(doc.get("modifiedOn"))
        if rule == "customer_channels":
            return ", ".join(c["value"] for c in channels.get(doc["attachedTo"], []))
        raise KeyError(rule)

    def issue_cell(doc: dict, rule: str) -> str:
        if rule == "priority":
            return lab[PRIORITY[doc["priority"]]]
        if rule == "identifier":
            return doc.get("identifier") or f"TSK-{doc['number']}"
        if rule == "status":
            return statuses[doc["status"]]["name"]
        if rule == "title":
            return doc["title"]
        if rule in ("subIssues", "comments", "attachments", "labels"):
            return count(doc.get(rule))
        if rule in ("milestone", "component"):
            return ref_name(doc.get(rule), tracker)
        if rule == "dueDate":
            return iso(doc.get("dueDate"))
        if rule == "modifiedOn":
            return iso(doc.get("modifiedOn"))
        if rule == "assignee":
            return ref_name(doc.get("assignee"), contacts)
        raise KeyError(rule)

    leads = by_modified([d for d in tasks.values() if d["_class"] == "lead:class:Lead"])
    issues = sorted([d for d in tasks.values() if d["_class"] == "tracker:class:Issue"],
                    key=lambda d: d["number"])
    views["leads"] = (LEAD_COLUMNS, leads, lead_cell)
    views["issues"] = (ISSUE_COLUMNS, issues, issue_cell)

    out.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows, cell) in views.items():
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([lab[label] for label, _ in columns])
            for doc in rows:
                w.writerow([cell(doc, rule) for _, rule in columns])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en")
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    build(a.src, a.lang, a.out)


if __name__ == "__main__":
    main()
