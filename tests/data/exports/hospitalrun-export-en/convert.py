"""HospitalRun's patient, appointment, incident and inventory lists, headed in its own UI labels.

Built for round Z (session 51, keys365). Usage:

    python convert.py --lang en|de|fr|es HR OUT

HR: files of GitHub HospitalRun/hospitalrun-frontend at
e93fe2430b51caef35ea88ca84ed5f73a939a25c (the 1.0.0-beta branch, HospitalRun 1.0's Ember
app) under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the PouchDB dumps HospitalRun's own acceptance tests load (tests/fixtures/*.txt,
  via tests/helpers/run-with-pouch-dump.js) and the sample database its installation guide
  loads (sample-data.txt). Every live document (not _deleted, with data) whose id starts
  patient_2_, appointment_2_, incident_2_ or inventory_2_ is a row; a document in several
  dumps is taken at its highest _rev (the first dump in path order on a tie).
- Files and columns: the list view of each (app/patients/index/template.hbs,
  app/appointments/index/template.hbs with appointments/item, app/incident/index/template.hbs,
  app/inventory/listing/template.hbs),
  its header cells in order, the Actions column left out; each header is the translation key
  the template uses, looked up in translations/<lang>.json (an absent key falls back to en).
- Cells as the templates print them: patient Id = displayPatientId (friendlyId, else
  externalPatientId, else the id); dates by the date-format helper, moment format 'l'
  (M/D/YYYY: the app sets no moment locale), read in UTC; an appointment's date is
  formattedAppointmentDate (one all-day date, or 'start - end'); its Name the patient's
  displayName (first, middle, last); its status displayStatus (empty = 'Scheduled');
  an incident's status localizedStatus (incident.labels.status<Status>, translated);
  an inventory item's quantity 'quantity distributionUnit', its location displayLocations
  (its inv-locations holding more than 0, 'location : aisle', joined by ',').
  Lookup values (sex, type, location, department, category) stay as stored.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import glob
import json
import os

LANGS = ("en", "de", "fr", "es")

FILES = [
    ("patients.csv", "patient_2_", [
        "labels.id", "patients.labels.firstName", "patients.labels.lastName",
        "patients.labels.sex", "patients.labels.dob", "labels.status"]),
    ("appointments.csv", "appointment_2_", [
        "models.appointment.labels.appointmentDate", "models.patient.labels.name",
        "models.appointment.labels.type", "models.appointment.labels.location",
        "models.appointment.labels.provider", "models.appointment.labels.status"]),
    ("incidents.csv", "incident_2_", [
        "incident.labels.incidentDate", "incident.labels.department",
        "incident.labels.category", "incident.labels.categoryItem",
        "incident.labels.status"]),
    ("inventory.csv", "inventory_2_", [
        "labels.id", "labels.name", "labels.type", "labels.quantity",
        "inventory.labels.location", "inventory.labels.xref"]),
]


def lookup(tree, key):
    node = tree
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def docs(hr):
    """Live documents by id, each at its highest _rev."""
    paths = sorted(glob.glob(os.path.join(hr, "tests", "fixtures", "*.txt")))
    paths.append(os.path.join(hr, "sample-data.txt"))
    found = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line.startswith("{"):
                    continue
                try:
                    batch = json.loads(line)
                except ValueError:
                    continue
                for doc in batch.get("docs", []):
                    if doc.get("_deleted") or not doc.get("data"):
                        continue
                    rev = int(doc.get("_rev", "0-").split("-")[0])
                    old = found.get(doc["_id"])
                    if old is None or rev > old[0]:
                        found[doc["_id"]] = (rev, doc["data"])
    return {key: value[1] for key, value in found.items()}


def moment_l(value):
    if not value:
        return ""
    when = datetime.datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
    return f"{when.month}/{when.day}/{when.year}"


def display_name(patient):
    parts = [patient.get(k) for k in ("firstName", "middleName", "lastName")]
    return " ".join(p for p in parts if p)


def display_id(pid, patient):
    return patient.get("friendlyId") or patient.get("externalPatientId") or pid[len("patient_2_"):]


def appointment_date(data):
    start, end = data.get("startDate") or "", data.get("endDate") or ""
    if start[:10] == end[:10]:
        text = moment_l(start)
        if not data.get("allDay"):
            text += " " + start[11:16] + " - " + end[11:16]
        return text
    return moment_l(start) + " - " + moment_l(end)


def rows(prefix, found, labels):
    out = []
    for key in sorted(k for k in found if k.startswith(prefix)):
        data = found[key]
        if prefix == "patient_2_":
            out.append([display_id(key, data), data.get("firstName") or "",
                        data.get("lastName") or "", data.get("sex") or "",
                        moment_l(data.get("dateOfBirth")), data.get("status") or ""])
        elif prefix == "appointment_2_":
            patient = found.get("patient_2_" + (data.get("patient") or ""), {})
            out.append([appointment_date(data), display_name(patient),
                        data.get("appointmentType") or "", data.get("location") or "",
                        data.get("provider") or "", data.get("status") or "Scheduled"])
        elif prefix == "inventory_2_":
            places = []
            for loc in data.get("locations") or []:
                place = found.get("invLocation_2_" + loc, {})
                if (place.get("quantity") or 0) > 0:
                    parts = (place.get("location"), place.get("aisleLocation"))
                    name = " : ".join(p for p in parts if p)
                    if name:
                        places.append(name)
            quantity = data.get("quantity")
            unit = data.get("distributionUnit") or ""
            out.append([data.get("friendlyId") or "", data.get("name") or "",
                        data.get("inventoryType") or "",
                        f"{'' if quantity is None else quantity} {unit}",
                        ",".join(places), data.get("crossReference") or ""])
        else:
            status = data.get("status") or ""
            out.append([moment_l(data.get("dateOfIncident")), data.get("department") or "",
                        data.get("categoryName") or "", data.get("categoryItem") or "",
                        labels("incident.labels.status" + status) if status else ""])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, required=True)
    parser.add_argument("hr")
    parser.add_argument("out")
    args = parser.parse_args()
    trees = {}
    for lang in {"en", args.lang}:
        path = os.path.join(args.hr, "translations", lang + ".json")
        with open(path, encoding="utf-8") as handle:
            trees[lang] = json.load(handle)

    def labels(key):
        text = lookup(trees[args.lang], key)
        return text if text is not None else lookup(trees["en"], key)

    found = docs(args.hr)
    os.makedirs(args.out, exist_ok=True)
    for name, prefix, keys in FILES:
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([labels(k) for k in keys])
            writer.writerows(rows(prefix, found, labels))


if __name__ == "__main__":
    main()
