"""Jetpack CRM's CSV exports (Export Tools) of contacts, companies, quotes, invoices and
transactions, headed as the export heads them.

Built for round W (session 49, keys344). Usage:

    python convert.py --lang en JP CRM OUT

JP: files of GitHub Automattic/jetpack at addd0ee3d001865a30e5b2e3dffc6919493ef53b under
their own paths (the records); CRM: files of GitHub Automattic/jetpack-crm (the plugin as
released from the monorepo's projects/plugins/crm) at
cb2470e32e45d63722a88ca48f484ebd60c51f64 under their own paths (the export code, the
object models and the en_US catalogue). SOURCE.md lists both.

Rules (nothing here is invented data):
- Rows: the fixed records of Jetpack CRM's own PHPUnit test tool
  projects/plugins/crm/tests/php/automation/tools/class-automation-faker.php (class
  Automation_Faker: contact(), company(), quote(), invoice(), transaction(), each a literal
  `$data = array(...)` of the object's fields). Only its top-level scalar entries are read
  (tags and line items are not export columns). A field the record does not set is empty.
- Files and columns: includes/ZeroBSCRM.DAL3.Export.php, "export all fields": every field of
  the object layer's model (includes/ZeroBSCRM.DAL3.Obj.<Type>.php, in model order) but the
  blocked ones (zeroBSCRM_export_blockedFields), each headed by its model label, relabelled
  by zeroBSCRM_export_fieldReplacements, ' (Main Address)' / ' (Second Address)' appended to
  an address field's label, the field key itself where the model gives no label (invoices),
  'ID' for the id and 'Owner' + 'Owner Username' for the owner; then the linked objects'
  'Contact ID', 'Contact Name', 'Contact Email' (and Company...) of linkedToObjectTypes.
  FIELDS below: (field key, header, value format). English is the program's msgid language
  (languages/zero-bs-crm-en_US.po translates none of these labels).
- Cells: the export writes the object's value, a date field's '<field>_date' string where the
  object layer makes one (FMT: 'F j, Y' is WordPress' default date_format, 'Y-m-d H:i:s'
  zeroBSCRM_locale_utsToDatetime; UTC, the default timezone), '' for -1 and for unset
  fields. The owner '-1' (nobody) is ''. Values are not translated by the export.
- CSV: Python's csv module (UTF-8, minimal quoting, LF line ends, as PHP's fputcsv writes).
"""
import argparse
import csv
import datetime
import os
import re

FAKER = "projects/plugins/crm/tests/php/automation/tools/class-automation-faker.php"

MA, SA = " (Main Address)", " (Second Address)"
WPD, DT = "F j, Y", "Y-m-d H:i:s"
OWNER = [("id", "ID", None), ("owner", "Owner", None), ("owner_username", "Owner Username", None)]


def addr(prefix_keys):
    main = [("addr1", "Address Line 1" + MA, None), ("addr2", "Address Line 2" + MA, None),
            ("city", "City" + MA, None), ("county", "County" + MA, None),
            ("postcode", "Post Code" + MA, None), ("country", "Country" + MA, None)]
    second = [(k, lab + SA, None) for k, lab in prefix_keys]
    return main + second


SECOND = [("secaddr_addr1", "Address Line 1"), ("secaddr_addr2", "Address Line 2"),
          ("secaddr_city", "City"), ("secaddr_county", "County"),
          ("secaddr_postcode", "Post Code"), ("secaddr_country", "Country")]
SOCIAL = [("wpid", "WordPress ID", None), ("avatar", "Avatar", None),
          ("tw", "Twitter Handle", None), ("li", "LinkedIn", None), ("fb", "Facebook Page", None)]


def linked(*types):
    out = []
    for t in types:
        out += [(None, t + " ID", None), (None, t + " Name", None), (None, t + " Email", None)]
    return out


# (faker function, output file, [(record field, header, date format)])
FILES = [
    ("contact", "contacts.csv", OWNER + [
        ("status", "Status", None), ("email", "Email", None), ("prefix", "Prefix", None),
        ("fname", "First Name", None), ("lname", "Last Name", None)]
        + addr(SECOND) + [
        ("hometel", "Home Telephone", None), ("worktel", "Work Telephone", None),
        ("mobtel", "Mobile Telephone", None)] + SOCIAL + [
        ("created", "Created Date", WPD), ("lastupdated", "Last Updated Date", WPD),
        ("lastcontacted", "Last Contacted Date", WPD)] + linked("Company")),
    ("company", "companies.csv", OWNER + [
        ("status", "Status", None), ("name", "Name", None)]
        + addr(SECOND) + [
        ("maintel", "Main Telephone", None), ("sectel", "Secondary Telephone", None),
        ("email", "Main Email Address", None)] + SOCIAL + [
        ("created", "Created Date", WPD), ("lastupdated", "Last Updated Date", WPD),
        ("lastcontacted", "Last Contacted Date", WPD)]),
    ("quote", "quotes.csv", OWNER + [
        ("id_override", "Reference", None), ("title", "Quote Title", None),
        ("currency", "Currency", None), ("value", "Quote Value", None),
        ("date", "Quote Date", WPD), ("hash", "Hash", None),
        ("lastviewed", "Last Viewed", WPD), ("viewed_count", "Viewed Count", None),
        ("accepted", "Accepted Date", WPD), ("acceptedsigned", "Signed Date", None),
        ("acceptedip", "Signed via IP", None),
        ("created", "Created Date", WPD), ("lastupdated", "Last Updated Date", WPD)]
        + linked("Contact")),
    ("invoice", "invoices.csv", OWNER + [
        ("id_override", "Reference", None), ("status", "Status", None), ("hash", "Hash", None),
        ("currency", "Currency", None), ("addressed_from", "addressed_from", None),
        ("addressed_to", "addressed_to", None), ("date", "date", WPD),
        ("due_date", "due_date", WPD), ("paid_date", "paid_date", WPD),
        ("hash_viewed", "hash_viewed", WPD), ("hash_viewed_count", "hash_viewed_count", None),
        ("portal_viewed", "portal_viewed", WPD),
        ("portal_viewed_count", "portal_viewed_count", None), ("net", "net", None),
        ("discount", "discount", None), ("discount_type", "discount_type", None),
        ("shipping", "shipping", None), ("shipping_tax", "shipping_tax", None),
        ("tax", "tax", None), ("total", "total", None),
        ("created", "Created Date", DT), ("lastupdated", "Last Updated Date", DT)]
        + linked("Contact", "Company")),
    ("transaction", "transactions.csv", OWNER + [
        ("status", "Status", None), ("type", "Type", None), ("ref", "Transaction ID", None),
        ("origin", "Origin", None), ("hash", "Hash", None),
        ("title", "Transaction Title", None), ("desc", "Description", None),
        ("date", "Transaction Date", DT), ("customer_ip", "Contact IP", None),
        ("currency", "Currency", None), ("net", "Net", None), ("fee", "Fee", None),
        ("discount", "Discount", None), ("shipping", "Shipping", None),
        ("shipping_tax", "Shipping Tax", None), ("tax", "Tax", None), ("total", "Total", None),
        ("date_paid", "Date Paid", DT), ("date_completed", "Date Completed", DT),
        ("created", "Created Date", WPD), ("lastupdated", "Last Updated Date", DT)]
        + linked("Contact", "Company")),
]


def php_date(fmt, ts):
    d = datetime.datetime.fromtimestamp(int(ts), datetime.timezone.utc)
    if fmt == WPD:
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    return d.strftime("%Y-%m-%d %H:%M:%S")


def read_records(path):
    """function name -> {field: value} of each `$data = array(...)` (top-level scalars)."""
    text = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"public function (\w+)\(\): \w+ \{\s*\$data = array\((.*?)\n\t\t\);",
                         text, re.S):
        rec, depth = {}, 0
        for line in m.group(2).split("\n"):
            s = line.strip()
            if depth == 0:
                kv = re.match(r"'(\w+)'\s*=>\s*(.*?),?$", s)
                if kv and not kv.group(2).startswith("array("):
                    v = kv.group(2)
                    rec[kv.group(1)] = v[1:-1] if v.startswith("'") else v
            depth = max(depth + s.count("(") - s.count(")"), 0)
        out[m.group(1)] = rec
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("jp")
    ap.add_argument("crm")
    ap.add_argument("out")
    a = ap.parse_args()
    po = os.path.join(a.crm, "languages", "zero-bs-crm-en_US.po")
    if not os.path.exists(po):
        raise SystemExit(f"missing {po}")
    recs = read_records(os.path.join(a.jp, FAKER))
    os.makedirs(a.out, exist_ok=True)
    for func, name, fields in FILES:
        rec = recs[func]
        row = []
        for key, _label, fmt in fields:
            v = rec.get(key, "") if key else ""
            if v in ("-1", "false", "true", "null"):
                v = {"-1": "", "false": "", "true": "1", "null": ""}[v]
            if fmt and v:
                v = php_date(fmt, v)
            row.append(v)
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([lab for _k, lab, _f in fields])
            w.writerow(row)


if __name__ == "__main__":
    main()
