"""OpenBoxes' exports of locations, people and products, headed in its own UI labels.

Built for round Z7 (session 53, keys414). Usage:

    python convert.py --lang en|fr|es OB OUT

OB: files of GitHub openboxes/openboxes at 03548ddcc8138be42458745b86d97f3f80e7f163 under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the demo records OpenBoxes' configuration wizard loads into a new instance
  (grails-app/conf/runtime.groovy, openboxes.configurationWizard.dataInit: "sample people
  and users", locations, products), read from grails-app/conf/templates/configuration/:
  locations.csv (18 locations: depots, suppliers, offices), persons.csv (8 people),
  users.csv (4 users: a User is a Person), products.csv (57 products).
- locations.csv: the location list's export (BatchController.downloadExcel type Location:
  Location.PROPERTIES through DataService.transformObjects, raw values: the active flag
  as Groovy prints a Boolean, 'true'; the location type's, group's and organisation's
  names). The id (a database id given at import, not in the records) is left out.
- people.csv: the person list (views/person/list.gsp, Person.list() shows persons and
  users): Active (default.yes/no.label), Name (Person.getName(): 'first last'), Type
  (person.label / user.label, translated), Email, Phone Number. Every person is active
  (Person.active = true). Persons first, then users, in file order.
- products.csv: ProductService.exportProducts (Constants.EXPORT_PRODUCT_COLUMNS' order):
  raw values, flags 'true' / 'false' (a flag the record leaves empty is Boolean.FALSE), the
  unit cost as given. Id, Created and Updated (given by the database at import, not in
  the records) are left out.
- Headers: the export heads columns with field names; here each is headed by the label
  OpenBoxes' own messages give that field (FIELDS: field, message code), from
  grails-app/i18n/messages_<lang>.properties, falling back to messages.properties (English)
  for a code the language lacks, as Spring's message source does.
- Values the list view translates (Active yes/no, the person's type) follow the language.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = ("en", "fr", "es")
CONF = "grails-app/conf/templates/configuration"

LOCATION_FIELDS = [  # Location.PROPERTIES minus id: (field, message code)
    ("name", "location.name.label"),
    ("active", "default.active.label"),
    ("locationNumber", "location.locationNumber.label"),
    ("locationType", "location.locationType.label"),
    ("locationGroup", "location.locationGroup.label"),
    ("parentLocation", "location.parentLocation.label"),
    ("organization", "organization.label"),
    ("streetAddress", "address.address.label"),
    ("streetAddress2", "address.address2.label"),
    ("city", "address.city.label"),
    ("stateOrProvince", "address.stateOrProvince.label"),
    ("postalCode", "address.postalCode.label"),
    ("country", "address.country.label"),
    ("description", "address.description.label"),
]

PERSON_FIELDS = [  # views/person/list.gsp's columns
    ("active", "user.active.label"),
    ("name", "default.name.label"),
    ("type", "person.type.label"),
    ("email", "person.email.label"),
    ("phoneNumber", "person.phoneNumber.label"),
]

PRODUCT_FIELDS = [  # ProductService.exportProducts minus Id, Created, Updated
    ("Active", "product.active.label"),
    ("ProductCode", "product.productCode.label"),
    ("ProductType", "product.productType.label"),
    ("Name", "product.name.label"),
    ("ProductFamily", "product.productFamily.label"),
    ("Category", "category.label"),
    ("GLAccount", "product.glAccount.label"),
    ("Description", "product.description.label"),
    ("UnitOfMeasure", "product.unitOfMeasure.label"),
    ("Tags", "product.tags.label"),
    ("UnitCost", "product.unitCost.label"),
    ("LotAndExpiryControl", "product.lotAndExpiryControl.label"),
    ("ColdChain", "product.coldChain.label"),
    ("ControlledSubstance", "product.controlledSubstance.label"),
    ("HazardousMaterial", "product.hazardousMaterial.label"),
    ("Reconditioned", "product.reconditioned.label"),
    ("Manufacturer", "product.manufacturer.label"),
    ("BrandName", "product.brandName.label"),
    ("ManufacturerCode", "product.manufacturerCode.label"),
    ("ManufacturerName", "product.manufacturerName.label"),
    ("Vendor", "product.vendor.label"),
    ("VendorCode", "product.vendorCode.label"),
    ("VendorName", "product.vendorName.label"),
    ("UPC", "product.upc.label"),
    ("NDC", "product.ndc.label"),
]
PRODUCT_FLAGS = {"LotAndExpiryControl", "ColdChain", "ControlledSubstance",
                 "HazardousMaterial", "Reconditioned"}


def read_properties(path):
    """key -> value of a Java .properties file (continuations and escapes resolved)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].lstrip()
        i += 1
        if not line or line[0] in "#!":
            continue
        while re.search(r"(?<!\\)(\\\\)*\\$", line) and i < len(lines):
            line = line[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$", line)
        if not m:
            continue
        key, val = m.group(1), m.group(2)

        def unesc(s):
            return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", lambda e: (
                chr(int(e.group(1)[1:], 16)) if len(e.group(1)) == 5 else
                {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(e.group(1), e.group(1))), s)
        out[unesc(key)] = unesc(val)
    return out


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def flag(value):
    return "true" if value.strip().upper() == "TRUE" else "false"


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("ob")
    ap.add_argument("out")
    a = ap.parse_args()
    i18n = os.path.join(a.ob, "grails-app", "i18n")
    msgs = read_properties(os.path.join(i18n, "messages.properties"))
    if a.lang != "en":
        msgs.update(read_properties(os.path.join(i18n, f"messages_{a.lang}.properties")))
    conf = os.path.join(a.ob, CONF)
    os.makedirs(a.out, exist_ok=True)

    rows = []
    for r in read_csv(os.path.join(conf, "locations.csv")):
        rows.append([flag(r["active"]) if f == "active" else r[f].strip()
                     for f, _ in LOCATION_FIELDS])
    write(os.path.join(a.out, "locations.csv"), [msgs[c] for _, c in LOCATION_FIELDS], rows)

    rows = []
    for src, type_code in (("persons.csv", "person.label"), ("users.csv", "user.label")):
        for r in read_csv(os.path.join(conf, src)):
            rows.append([msgs["default.yes.label"], f"{r['firstName']} {r['lastName']}",
                         msgs[type_code], r["email"], r.get("phoneNumber", "")])
    write(os.path.join(a.out, "people.csv"), [msgs[c] for _, c in PERSON_FIELDS], rows)

    rows = []
    for r in read_csv(os.path.join(conf, "products.csv")):
        rows.append([flag(r[f]) if f in PRODUCT_FLAGS or f == "Active" else r[f]
                     for f, _ in PRODUCT_FIELDS])
    write(os.path.join(a.out, "products.csv"), [msgs[c] for _, c in PRODUCT_FIELDS], rows)


if __name__ == "__main__":
    main()
