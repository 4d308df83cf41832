"""SuperOffice CRM export (en) from the example SuperOffice WebAPI (REST, Agents) responses
that SuperOffice's own documentation repository keeps (SuperOfficeDocs/superoffice-docs,
MIT): docs/en/api/reference/restful/samples/agent/response/*.md.

Usage: python3 convert.py SRCDIR OUT

SRCDIR holds the files read from the stored index of SuperOfficeDocs/superoffice-docs under
their repository paths (the repository is too large to fetch whole: the mirror's limit), and
its LICENSE. No repository code runs. Each sample is an HTTP response whose body is a JSON
list of one record. Reads the list responses of the flat *Info records:

    associates   AssociateAgent GetAssociateList
    contacts     ContactAgent GetContactList             (a SuperOffice contact is a company)
    persons      PersonAgent GetPersonList, GetPersonsFromContact
    sales        SaleAgent GetSaleList, GetMyOpportunities, GetRecentSales
    appointments AppointmentAgent GetAppointmentList, GetMyAppointments,
                 GetContactAppointments, GetPersonAppointments

One row per distinct id (AssociateId, ContactId, PersonId, SaleId, AppointmentId), first met
wins, in the order above. Each file is headed by the API's field names in the record's
order, nested objects joined by '.' ('ExtraFields.ExtraFields1'); the carrier's TableRight
and FieldProperties (field rights, not data) left out, as are columns no record fills (null
or ""). Values as the API gives them: ISO 8601 timestamps, true/false, numbers as written,
null empty. UTF-8, comma-separated, LF, quoted where needed. Copies LICENSE beside them.
"""
import csv
import json
import os
import shutil
import sys

RESPONSES = "docs/en/api/reference/restful/samples/agent/response"
FILES = [
    ("associates", "AssociateId", ["v1AssociateAgent_GetAssociateList"]),
    ("contacts", "ContactId", ["v1ContactAgent_GetContactList"]),
    ("persons", "PersonId", ["v1PersonAgent_GetPersonList",
                             "v1PersonAgent_GetPersonsFromContact"]),
    ("sales", "SaleId", ["v1SaleAgent_GetSaleList", "v1SaleAgent_GetMyOpportunities",
                         "v1SaleAgent_GetRecentSales"]),
    ("appointments", "AppointmentId", ["v1AppointmentAgent_GetAppointmentList",
                                       "v1AppointmentAgent_GetMyAppointments",
                                       "v1AppointmentAgent_GetContactAppointments",
                                       "v1AppointmentAgent_GetPersonAppointments"]),
]
LEFT_OUT = {"TableRight", "FieldProperties"}


def body(srcdir, name):
    with open(os.path.join(srcdir, RESPONSES, name + ".md"), encoding="utf-8") as f:
        text = f.read()
    start = text.index("\n\n") + 2          # after the status line and headers
    end = text.rindex("```")
    return json.loads(text[start:end], parse_float=lambda s: s)


def flatten(record, prefix=""):
    out = {}
    for key, value in record.items():
        if key in LEFT_OUT:
            continue
        if isinstance(value, dict):
            out.update(flatten(value, prefix + key + "."))
        elif isinstance(value, list):
            continue
        else:
            out[prefix + key] = value
    return out


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def main(srcdir, out):
    os.makedirs(out, exist_ok=True)
    for stem, key, names in FILES:
        rows, seen, columns = [], set(), []
        for name in names:
            for record in body(srcdir, name):
                flat = flatten(record)
                if flat[key] in seen:
                    continue
                seen.add(flat[key])
                rows.append(flat)
                columns += [c for c in flat if c not in columns]
        columns = [c for c in columns if any(cell(r.get(c)) for r in rows)]
        with open(os.path.join(out, stem + ".csv"), "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(columns)
            for r in rows:
                writer.writerow([cell(r.get(c)) for c in columns])
    shutil.copyfile(os.path.join(srcdir, "LICENSE"), os.path.join(out, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
