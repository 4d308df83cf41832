"""OpenMRS's patient, encounter, visit and user lists, headed in its own UI labels.

Built for round Y (session 50, keys357). Usage:

    python convert.py --lang en|de|fr|es OPENMRS OUT

OPENMRS: files of GitHub openmrs/openmrs-core at 4d92b490aaa25fbd255be0d08a04da4772a03e3b
under their own paths (SOURCE.md lists them): the standard test dataset
api/src/test/resources/org/openmrs/include/standardTestDataset.xml and the message bundles
api/src/main/resources/messages.properties, messages_de/_fr/_es.properties.

Rules (nothing here is invented data):
- Rows: the fixed records of OpenMRS's standard test dataset (DbUnit flat XML, one element a
  table row, each attribute a column), leaving out voided (deleted) patients, encounters and
  visits as OpenMRS's lists do: patients 2, 6, 7, 8; encounters 3-6; visits 1-5 and 8; users
  501, 502.
- A patient's name is its preferred non-voided person_name, else its first non-voided one;
  its identifier the preferred non-voided patient_identifier, else the first non-voided one;
  its address the first non-voided person_address. Encounter and visit rows name the patient
  (given and family name), the type, location, form and provider (the provider's person's
  name) by their names in the dataset; a visit's indication is its concept's preferred name.
- Columns: the fields OpenMRS's patient, encounter, visit and user screens show, each headed
  by its message code's text (FILES below) from the language's messages_<lang>.properties,
  falling back to messages.properties (English) where the language has no text, as Spring's
  message source does.
- Cells: dates in OpenMRS's Context.getDateFormat() pattern for the locale (the locale's
  SHORT date pattern with a four-digit year: en MM/dd/yyyy, de dd.MM.yyyy, fr and es
  dd/MM/yyyy), date-times with HH:mm; gender and yes/no flags by their message codes
  (Person.gender.male/female, general.yes/no).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re
import xml.etree.ElementTree as ET

DATASET = "api/src/test/resources/org/openmrs/include/standardTestDataset.xml"
BUNDLE = "api/src/main/resources/messages{}.properties"
LANGS = {"en": "", "de": "_de", "fr": "_fr", "es": "_es"}
DATE = {"en": "%m/%d/%Y", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y"}

# output file: [(field, message code)]
FILES = {
    "patients.csv": [
        ("identifier", "Patient.identifier"),
        ("identifier_type", "PatientIdentifier.identifierType"),
        ("prefix", "PersonName.prefix"),
        ("given_name", "PersonName.givenName"),
        ("middle_name", "PersonName.middleName"),
        ("family_name", "PersonName.familyName"),
        ("family_name_suffix", "PersonName.familyNameSuffix"),
        ("gender", "Person.gender"),
        ("birthdate", "Person.birthdate"),
        ("birthdate_estimated", "Person.birthdateEstimated"),
        ("dead", "Person.dead"),
        ("address1", "PersonAddress.address1"),
        ("address2", "PersonAddress.address2"),
        ("city_village", "PersonAddress.cityVillage"),
        ("state_province", "PersonAddress.stateProvince"),
        ("postal_code", "PersonAddress.postalCode"),
        ("country", "PersonAddress.country"),
        ("date_created", "general.dateCreated"),
    ],
    "encounters.csv": [
        ("encounter_datetime", "Encounter.datetime"),
        ("patient", "Encounter.patient"),
        ("encounter_type", "Encounter.type"),
        ("location", "Encounter.location"),
        ("provider", "Encounter.provider"),
        ("form", "Encounter.form"),
        ("visit", "Encounter.visit"),
    ],
    "visits.csv": [
        ("patient", "Encounter.patient"),
        ("visit_type", "Visit.visitType"),
        ("date_started", "Visit.startDatetime"),
        ("date_stopped", "Visit.stopDatetime"),
        ("location", "Visit.location"),
        ("indication", "Visit.indication"),
    ],
    "users.csv": [
        ("system_id", "User.systemId"),
        ("username", "User.username"),
        ("given_name", "PersonName.givenName"),
        ("family_name", "PersonName.familyName"),
        ("roles", "User.roles"),
        ("retired", "general.retired"),
    ],
}


def read_bundle(path):
    """A Java .properties file (UTF-8, backslash escapes) as a dict.

    A line that is not UTF-8 (messages_es.properties holds a few Latin-1 bytes) is read as
    Latin-1, as Java's PropertyResourceBundle does."""
    out = {}
    with open(path, "rb") as fh:
        lines = []
        for raw in fh.read().splitlines():
            try:
                lines.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(raw.decode("latin-1"))
    text = "\n".join(lines).replace("\\\n", "")
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"([^=:\s]+)\s*[=:]\s*(.*)$", line)
        if not m:
            continue
        val = re.sub(r"\\u([0-9a-fA-F]{4})", lambda x: chr(int(x.group(1), 16)), m.group(2))
        val = re.sub(r"\\(.)", r"\1", val)
        out[m.group(1)] = val.strip()
    return out


def rows_of(root, table):
    return [dict(e.attrib) for e in root if e.tag == table]


def live(rec):
    return rec.get("voided", "false") not in ("true", "1")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=sorted(LANGS), required=True)
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    en = read_bundle(os.path.join(a.src, BUNDLE.format("")))
    loc = read_bundle(os.path.join(a.src, BUNDLE.format(LANGS[a.lang])))

    def msg(code):
        return loc.get(code) or en[code]

    def date(v, with_time=False):
        if not v:
            return ""
        day, _, clock = v.partition(" ")
        y, m, d = day.split("-")
        s = DATE[a.lang].replace("%Y", y).replace("%m", m).replace("%d", d)
        return f"{s} {clock[:5]}" if with_time else s

    def yes_no(v):
        return msg("general.yes") if v in ("true", "1") else msg("general.no")

    root = ET.parse(os.path.join(a.src, DATASET)).getroot()
    persons = {p["person_id"]: p for p in rows_of(root, "person")}
    names = {}
    for n in rows_of(root, "person_name"):
        if live(n):
            names.setdefault(n["person_id"], []).append(n)

    def name_of(pid):
        ns = names.get(pid, [])
        pref = [n for n in ns if n.get("preferred") in ("true", "1")]
        return (pref or ns or [{}])[0]

    def full(pid):
        n = name_of(pid)
        return " ".join(x for x in (n.get("given_name"), n.get("family_name")) if x)

    addrs = {}
    for ad in rows_of(root, "person_address"):
        if live(ad):
            addrs.setdefault(ad["person_id"], ad)
    idtypes = {t["patient_identifier_type_id"]: t["name"]
               for t in rows_of(root, "patient_identifier_type")}
    ids = {}
    for i in rows_of(root, "patient_identifier"):
        if live(i):
            ids.setdefault(i["patient_id"], []).append(i)
    locations = {x["location_id"]: x["name"] for x in rows_of(root, "location")}
    etypes = {x["encounter_type_id"]: x["name"] for x in rows_of(root, "encounter_type")}
    vtypes = {x["visit_type_id"]: x["name"] for x in rows_of(root, "visit_type")}
    forms = {x["form_id"]: x["name"] for x in rows_of(root, "form")}
    providers = {x["provider_id"]: x["person_id"] for x in rows_of(root, "provider")}
    concepts = {}
    for c in rows_of(root, "concept_name"):
        if c.get("locale_preferred") == "1" and live(c):
            concepts.setdefault(c["concept_id"], c["name"])
    visits = {v["visit_id"]: v for v in rows_of(root, "visit")}
    enc_prov = {}
    for ep in rows_of(root, "encounter_provider"):
        if live(ep):
            enc_prov.setdefault(ep["encounter_id"], []).append(full(providers[ep["provider_id"]]))
    roles = {}
    for r in rows_of(root, "user_role"):
        roles.setdefault(r["user_id"], []).append(r["role"])
    gender = {"M": msg("Person.gender.male"), "F": msg("Person.gender.female")}

    data = {name: [] for name in FILES}
    for pt in rows_of(root, "patient"):
        if not live(pt):
            continue
        pid = pt["patient_id"]
        per, nm, ad = persons[pid], name_of(pid), addrs.get(pid, {})
        pids = ids.get(pid, [])
        ident = ([i for i in pids if i.get("preferred") in ("true", "1")] or pids or [{}])[0]
        data["patients.csv"].append({
            "identifier": ident.get("identifier", ""),
            "identifier_type": idtypes.get(ident.get("identifier_type"), ""),
            **{k: nm.get(k, "") for k in ("prefix", "given_name", "middle_name",
                                          "family_name", "family_name_suffix")},
            "gender": gender.get(per.get("gender"), ""),
            "birthdate": date(per.get("birthdate")),
            "birthdate_estimated": yes_no(per.get("birthdate_estimated")),
            "dead": yes_no(per.get("dead")),
            **{k: ad.get(k, "") for k in ("address1", "address2", "city_village",
                                          "state_province", "postal_code", "country")},
            "date_created": date(per.get("date_created")),
        })
    for e in rows_of(root, "encounter"):
        if not live(e):
            continue
        v = visits.get(e.get("visit_id"), {})
        data["encounters.csv"].append({
            "encounter_datetime": date(e["encounter_datetime"]),
            "patient": full(e["patient_id"]),
            "encounter_type": etypes.get(e["encounter_type"], ""),
            "location": locations.get(e.get("location_id"), ""),
            "provider": ", ".join(enc_prov.get(e["encounter_id"], [])),
            "form": forms.get(e.get("form_id"), ""),
            "visit": vtypes.get(v.get("visit_type_id"), ""),
        })
    for v in visits.values():
        if v.get("voided") in ("1", "true"):
            continue
        data["visits.csv"].append({
            "patient": full(v["patient_id"]),
            "visit_type": vtypes.get(v["visit_type_id"], ""),
            "date_started": date(v.get("date_started"), True),
            "date_stopped": date(v.get("date_stopped"), True),
            "location": locations.get(v.get("location_id"), ""),
            "indication": concepts.get(v.get("indication_concept_id"), ""),
        })
    for u in rows_of(root, "users"):
        nm = name_of(u["person_id"])
        data["users.csv"].append({
            "system_id": u["system_id"], "username": u["username"],
            "given_name": nm.get("given_name", ""), "family_name": nm.get("family_name", ""),
            "roles": ", ".join(roles.get(u["user_id"], [])),
            "retired": yes_no(u.get("retired")),
        })

    os.makedirs(a.out, exist_ok=True)
    for name, fields in FILES.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([msg(code) for _, code in fields])
            for row in data[name]:
                w.writerow([row[f] for f, _ in fields])


if __name__ == "__main__":
    main()
