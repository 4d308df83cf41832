#!/usr/bin/env python3
"""Bahmni's own test records as Bahmni writes them to CSV (held-out export, keys431).

Reads, with `git show`, Bahmni's own fixed records -- the patients, names, identifiers,
addresses, attributes and visits of bahmni-core's API test dataset
(bahmnicore-api/src/test/resources/apiTestData.xml, a DBUnit dataset of the OpenMRS tables)
-- and writes two CSV files:

  patients.csv  Bahmni's patient CSV (admin module, csv/models/PatientRow.java: 'First Name',
                'Middle Name', 'Last Name', 'Registration Number', 'Gender', 'Age', 'Birth
                Date', 'Registration Date', then 'Address.<level>' and 'Attribute.<type>'),
                dates in CSVUtils.ENCOUNTER_DATE_PATTERN 'yyyy-M-d'.
  visits.csv    bahmni-reports' Generic Visit Report (GenericVisitReportTemplateHelper,
                sql/genericVisitReport.sql) with a configuration of its documented options
                (additionalPatientIdentifiers, patientAttributes, patientAddresses,
                visitAttributes, forDataAnalysis), dates '%d-%b-%Y'.

Usage: convert.py CORE_GITDIR REPORTS_GITDIR OUT
Python 3, standard library only (and git). Nothing depends on the clock: a rerun gives the
same bytes.
"""
from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CORE_COMMIT = "90c3ed7fcdb6c7905797cde41cd396a79e36af2c"      # Bahmni/bahmni-core
REPORTS_COMMIT = "bb9f891691cca68ce68acb7c5e3bc60385cc7fbe"   # Bahmni/bahmni-reports
DATASET = "bahmnicore-api/src/test/resources/apiTestData.xml"
PATIENT_ROW = "admin/src/main/java/org/bahmni/module/admin/csv/models/PatientRow.java"
CSV_UTILS = "admin/src/main/java/org/bahmni/module/admin/csv/utils/CSVUtils.java"
VISIT_HELPER = "src/main/java/org/bahmni/reports/util/GenericVisitReportTemplateHelper.java"
VISIT_SQL = "src/main/resources/sql/genericVisitReport.sql"
VISIT_TEMPLATE = "src/main/java/org/bahmni/reports/template/GenericVisitReportTemplate.java"
REPORTS_HELPER = "src/main/java/org/bahmni/reports/util/GenericReportsHelper.java"

# The primary identifier type: the dataset's global property bahmni.primaryIdentifierType
# names uuid 1a339fe9-..., OpenMRS's standard test dataset's identifier type 1 (the type of
# every patient's GAN/SEV/HOS number here).
PRIMARY_IDENTIFIER_TYPE = "1"
# The visit report's configuration (options its tests use, config/genericVisitReportConfig.json):
# the two extra identifier types the dataset's bahmni.extraPatientIdentifierTypes names, the
# concept-valued attribute 'caste', the address fields the dataset fills, the admission status.
EXTRA_IDENTIFIERS = ["National ID", "PAN Number"]
PATIENT_ATTRIBUTES = ["caste"]
PATIENT_ADDRESSES = ["city_village", "county_district", "state_province"]
VISIT_ATTRIBUTES = ["Admission Status"]
# The patient CSV's address parts are named by the address hierarchy levels (Village, State,
# Country in this dataset: address_hierarchy_level), its attributes by the attribute types.
ADDRESS_LEVELS = [("Village", "city_village"), ("State", "state_province")]
ATTRIBUTE_TYPES = ["caste", "givenNameLocal", "middleNameLocal", "familyNameLocal", "thaluk"]


def show(gitdir: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def false(value: str | None) -> bool:
    return (value or "false").strip().lower() in {"false", "0"}


def when(text: str | None) -> dt.datetime | None:
    if not text or not text.strip():
        return None
    text = text.strip().split(".")[0]
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise ValueError(text)


def ymd(d: dt.datetime | None) -> str:          # CSVUtils.ENCOUNTER_DATE_PATTERN 'yyyy-M-d'
    return f"{d.year}-{d.month}-{d.day}" if d else ""


def dmy(d: dt.datetime | None) -> str:          # MySQL DATE_FORMAT(x, "%d-%b-%Y")
    return d.strftime("%d-") + d.strftime("%b") + d.strftime("-%Y") if d else ""


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(core: str, reports: str, out: str) -> None:
    for path in (PATIENT_ROW, CSV_UTILS):
        show(core, CORE_COMMIT, path)                      # read: the layout is checked below
    assert b'name = "Registration Number"' in show(core, CORE_COMMIT, PATIENT_ROW)
    assert b'"yyyy-M-d"' in show(core, CORE_COMMIT, CSV_UTILS)
    helper = show(reports, REPORTS_COMMIT, VISIT_HELPER).decode()
    assert '"New patient visit"' in helper and '"Patient Id"' in helper
    assert b'"%d-%b-%Y"' in show(reports, REPORTS_COMMIT, VISIT_SQL)
    show(reports, REPORTS_COMMIT, VISIT_TEMPLATE)
    show(reports, REPORTS_COMMIT, REPORTS_HELPER)

    root = ET.fromstring(show(core, CORE_COMMIT, DATASET))
    rows = {}
    for el in root:
        rows.setdefault(el.tag, []).append(el.attrib)

    def by_id(table: str, key: str) -> dict[str, dict]:
        return {r[key]: r for r in rows.get(table, [])}

    person = {k: v for k, v in by_id("person", "person_id").items() if false(v.get("voided"))}
    patients = [p for p in rows["patient"] if false(p.get("voided")) and p["patient_id"] in person]
    id_types = by_id("patient_identifier_type", "patient_identifier_type_id")
    concept_names = {r["concept_id"]: r["name"] for r in rows.get("concept_name", [])
                     if r.get("concept_name_type") == "FULLY_SPECIFIED" and false(r.get("voided"))}
    attr_types = by_id("person_attribute_type", "person_attribute_type_id")

    def num(r: dict, key: str) -> int:
        return int(r[key])

    def name_of(pid: str) -> dict:
        names = sorted((n for n in rows["person_name"] if n["person_id"] == pid
                        and false(n.get("voided"))), key=lambda n: num(n, "person_name_id"))
        preferred = [n for n in names if n.get("preferred") == "true"]
        return (preferred or names or [{}])[0]

    def identifiers(pid: str, type_id: str) -> list[str]:
        ids = sorted((i for i in rows["patient_identifier"] if i["patient_id"].strip() == pid
                      and i["identifier_type"] == type_id and false(i.get("voided"))),
                     key=lambda i: num(i, "patient_identifier_id"))
        return [i["identifier"] for i in ids]

    def attribute(pid: str, type_name: str) -> str:
        attrs = sorted(rows.get("person_attribute", []),
                       key=lambda a: num(a, "person_attribute_id"))
        for a in attrs:
            t = attr_types[a["person_attribute_type_id"]]
            if a["person_id"] == pid and t["name"] == type_name and false(a.get("voided")):
                if t.get("format") == "org.openmrs.Concept":
                    return concept_names.get(a["value"], a["value"])
                return a["value"]
        return ""

    def address(pid: str) -> dict:
        for a in rows.get("person_address", []):
            if a["person_id"] == pid and false(a.get("voided")):
                return a
        return {}

    # patients.csv: PatientRow's headers in its field order
    header = ["First Name", "Middle Name", "Last Name", "Registration Number", "Gender",
              "Age", "Birth Date", "Registration Date"]
    header += [f"Address.{level}" for level, _ in ADDRESS_LEVELS]
    header += [f"Attribute.{t}" for t in ATTRIBUTE_TYPES]
    out_rows = []
    for p in sorted(patients, key=lambda p: num(p, "patient_id")):
        pid = p["patient_id"]
        n, per, addr = name_of(pid), person[pid], address(pid)
        reg = identifiers(pid, PRIMARY_IDENTIFIER_TYPE)
        out_rows.append([n.get("given_name", ""), n.get("middle_name", ""),
                         n.get("family_name", ""), reg[0] if reg else "", per["gender"], "",
                         ymd(when(per.get("birthdate"))), ymd(when(per.get("date_created")))]
                        + [addr.get(f, "") for _, f in ADDRESS_LEVELS]
                        + [attribute(pid, t) for t in ATTRIBUTE_TYPES])
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    write(outdir / "patients.csv", header, out_rows)

    # visits.csv: the Generic Visit Report's columns in the template's order
    header = ["Patient Identifier", "Patient Name", "Age", "Birthdate", "Gender",
              "Patient Created Date", "Visit Type", "Date started", "Date stopped",
              "Date Of Admission", "Date Of Discharge", "New patient visit"]
    header += EXTRA_IDENTIFIERS + PATIENT_ATTRIBUTES + PATIENT_ADDRESSES + VISIT_ATTRIBUTES
    header += ["Patient Id", "Visit Id"]
    visit_types = by_id("visit_type", "visit_type_id")
    vattr_types = by_id("visit_attribute_type", "visit_attribute_type_id")
    type_by_name = {t["name"]: k for k, t in id_types.items()}
    out_rows = []
    visits = [v for v in rows["visit"] if false(v.get("voided")) and v["patient_id"] in person
              and v["patient_id"] in {p["patient_id"] for p in patients}]
    for v in sorted(visits, key=lambda v: num(v, "visit_id")):   # GROUP BY v.visit_id
        pid, per = v["patient_id"], person[v["patient_id"]]
        reg = identifiers(pid, PRIMARY_IDENTIFIER_TYPE)
        if not reg:            # JOIN patient_identifier: a patient without one has no row
            continue
        n = name_of(pid)
        born, started = when(per.get("birthdate")), when(v.get("date_started"))
        created = when(per.get("date_created"))
        age = str((started.date() - born.date()).days // 365) if born and started else ""
        vattrs = {vattr_types[a["attribute_type_id"]]["name"]: a
                  for a in rows.get("visit_attribute", [])
                  if a["visit_id"] == v["visit_id"] and false(a.get("voided"))}
        adm = vattrs.get("Admission Status")
        admitted = when(adm.get("date_created")) if adm else None
        discharged = (when(adm.get("date_changed"))
                      if adm and adm["value_reference"] == "Discharged" else None)
        addr = address(pid)
        row = [",".join(reg), f"{n.get('given_name', '')} {n.get('family_name', '')}", age,
               dmy(born), per["gender"], dmy(created), visit_types[v["visit_type_id"]]["name"],
               dmy(started), dmy(when(v.get("date_stopped"))), dmy(admitted), dmy(discharged),
               "Yes" if started and created and started.date() == created.date() else "No"]
        row += [",".join(identifiers(pid, type_by_name[t])) if t in type_by_name else ""
                for t in EXTRA_IDENTIFIERS]
        row += [attribute(pid, t) for t in PATIENT_ATTRIBUTES]
        row += [addr.get(f, "") for f in PATIENT_ADDRESSES]
        row += [vattrs[a]["value_reference"] if a in vattrs else "" for a in VISIT_ATTRIBUTES]
        row += [pid, v["visit_id"]]
        out_rows.append(row)
    write(outdir / "visits.csv", header, out_rows)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
