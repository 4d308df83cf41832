"""Fleetbase FleetOps' exports of contacts, vendors, orders and issues, in its console labels.

Built for round Z6 (session 53, keys408). Usage:

    python convert.py --lang en|fr|es|pt FO OUT

FO: files of GitHub fleetbase/fleetops at e59e9250b99a0cf4d79608c1ef933c817a7bb9a0 under
their own paths (SOURCE.md lists them). Needs PyYAML (the translation files are YAML).

Rules (nothing here is invented data):
- Rows: the fixed records of FleetOps' own testing seeders (server/seeders/Testing):
  NetworkSeeder's places, contacts and vendors, FleetSeeder's users, vehicles, drivers and
  issues, OrdersSeeder's orders; read from the seeders' PHP array literals. No Faker: every
  value is a literal or derived by the seeder's own code (timestamps from its fixed
  '2026-01-15 08:00:00' base plus an hour offset; tracking numbers 'TEST-' + crc32(seed id)
  padded to 10 digits).
- Files and columns: each list's Excel export class (server/src/Exports/*Export.php: map()
  and headings()), in its order. Columns whose value is generated at random when the seeder
  runs are left out: every 'ID' (public_id), the order's 'Payload ID' and 'SKU' (entities'
  public ids), the issue's 'Reporter ID', 'Assignee ID' and 'Vehicle ID'; and the order's
  'Date Updated', which the seeder's second save sets to the time it runs.
- Headers: the label FleetOps' console gives the same field (the list view's column label,
  else a form's field label; HEADERS below: export heading -> translation key), translated
  by the language's translations/*.yaml; a field the console never labels keeps the export's
  own English heading (the export class writes English headings in every language).
- Cells: as the export writes them: raw codes (customer, facilitator, created, pending,
  medium), 'Y-m-d H:i:s' dates, the place address string Utils::getAddressStringForPlace
  builds (upper case, 'NAME - STREET, CITY'), names of linked records.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import ast
import csv
import os
import re
import zlib
from datetime import datetime, timedelta

import yaml

LANGS = {"en": "en-us", "fr": "fr-fr", "es": "es-pa", "pt": "pt-br"}
SEEDERS = "server/seeders/Testing/"
BASE = datetime(2026, 1, 15, 8, 0, 0)      # SeedsTestingData::timestamp()'s base

# export heading -> translation key of the console's label for that field (None: unlabelled)
HEADERS = {
    "contacts.csv": [
        ("Internal ID", "column.internal-id"), ("Name", "column.name"),
        ("Title", "column.title"), ("Type", "column.type"), ("Address", "column.address"),
        ("Email", "column.email"), ("Phone", "column.phone"),
        ("Date Created", "column.created"), ("Date Updated", "column.updated"),
    ],
    "vendors.csv": [
        ("Internal ID", "column.internal-id"), ("Name", "column.name"),
        ("Business ID", None), ("Address", "column.address"), ("Email", "column.email"),
        ("Website URL", "column.website-url"), ("Phone", "column.phone"),
        ("Type", "column.type"), ("Country", "column.country"), ("Status", "column.status"),
        ("Date Created", "column.created-at"), ("Date Updated", "column.updated-at"),
    ],
    "orders.csv": [
        ("Tracking Number", "column.tracking"), ("Internal ID", "column.internal-id"),
        ("Driver", "column.driver-assigned"), ("Vehicle", "column.vehicle-assigned"),
        ("Customer", "column.customer"), ("Facilitator", "column.facilitator"),
        ("Item Count", "column.items"), ("Transaction Amount", "column.transaction"),
        ("Transaction Currency", None), ("Pick Up", "column.pickup"),
        ("Drop Off", "column.dropoff"), ("Return", "order.fields.return"),
        ("Waypoints", "resource.waypoints"), ("Date Scheduled", "column.scheduled-at"),
        ("Type", "column.type"), ("Status", "column.status"),
        ("Created By", "column.created-by"), ("Updated By", "column.updated-by"),
        ("Date Created", "column.created-at"),
    ],
    "issues.csv": [
        ("Issue ID", None), ("Title", "issue.fields.title"), ("Report", "issue.fields.report"),
        ("Priority", "column.priority"), ("Type", "column.type"),
        ("Category", "column.category"), ("Tags", "issue.fields.tags"),
        ("Reporter", "column.reporter"), ("Assignee", "column.assignee"),
        ("Driver", "column.driver"), ("Vehicle", "column.vehicle"),
        ("Linked Order", "order.card.linked-order"), ("Status", "column.status"),
        ("Resolved At", None), ("Date Created", "column.created-at"),
        ("Date Updated", "column.updated-at"),
    ],
}


def ts(hours=0):
    return (BASE + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M:%S")


def php_array(text, var):
    """The rows of `$var = [ 'seed_id' => [...], ... ];` as {seed_id: [values]}."""
    block = re.search(r"\$" + var + r"\s*=\s*\[\n(.*?)\n\s*\];", text, re.S).group(1)
    rows = {}
    for line in block.splitlines():
        m = re.match(r"\s*'(\w+)'\s*=>\s*(\[.*\]),\s*$", line)
        if not m:
            continue
        lit = re.sub(r"\$this->timestamp\((-?\d+)\)", r"'@ts:\1'", m.group(2))
        lit = re.sub(r"\bnull\b", "None", lit)
        lit = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", lit))
        rows[m.group(1)] = ast.literal_eval(lit)
    return rows


def address(place):
    """Utils::getAddressStringForPlace($place) (no HTML): upper-case parts, skipping
    empty and repeated ones, 'NAME - STREET1, CITY' (country name 'Singapore' repeats the city)."""
    name, street1, city = place[0], place[1], place[2]
    values = []
    for value in (name, street1, city, "Singapore"):
        value = value.upper()
        if value in values or (value != street1.upper() and value in street1):
            continue
        values.append(value)
    out = values[0]
    for i, value in enumerate(values[1:]):
        out += (" - " if i == 0 else ", ") + value
    return out


def label(tr, key, english):
    if key is None:
        return english
    node = tr
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) and node.strip() else english


def records(fo):
    def read(name):
        with open(os.path.join(fo, SEEDERS + name), encoding="utf-8") as f:
            return f.read()
    net, fleet = read("NetworkSeeder.php"), read("FleetSeeder.php")
    orders = read("OrdersSeeder.php")
    places = php_array(net, "places")
    users = php_array(fleet, "users")
    vehicles = php_array(fleet, "vehicles")
    drivers = php_array(fleet, "drivers")
    contacts = php_array(net, "contacts")
    vendors = php_array(net, "vendors")
    out = {"contacts.csv": [], "vendors.csv": [], "orders.csv": [], "issues.csv": []}
    for name, ctype, email, phone, _place in contacts.values():
        # Contact has no address attribute: the export's $contact->address is empty
        title = "Receiving Contact" if ctype == "customer" else "Operations Manager"
        out["contacts.csv"].append(["", name, title, ctype, "", email, phone, ts(), ts()])
    for name, vtype, email, phone, place in vendors.values():
        out["vendors.csv"].append(["", name, "", address(places[place]), email, "", phone,
                                   vtype, "SG", "active", ts(), ts()])
    driver_name = {k: users[v[0]][0] for k, v in drivers.items()}
    vehicle_name = {k: v[0] for k, v in vehicles.items()}
    contact_name = {k: v[0] for k, v in contacts.items()}
    dispatcher = users["dispatcher_user"][0]
    facilitator = vendors["facilitator_fastline"][0]
    for seed, row in php_array(orders, "orders").items():
        (status, drv, veh, cust, pickup, dropoff, waypoints, hours, entities, scheduled,
         _dispatched, _started) = row
        tracking = "TEST-" + str(zlib.crc32(seed.encode())).rjust(10, "0")
        internal = "TEST-" + seed.replace("order_", "").upper()
        sched = ts(int(scheduled[4:])) if scheduled else ""
        out["orders.csv"].append([
            tracking, internal, driver_name[drv] if drv else "",
            vehicle_name[veh] if veh else "", contact_name[cust], facilitator, str(entities),
            "", "", address(places[pickup]), address(places[dropoff]), "",
            "|".join(address(places[w]) for w in waypoints), sched, "transport", status,
            dispatcher, dispatcher, ts(hours)])
    for seed, row in php_array(fleet, "issues").items():
        drv, veh, title, category, priority, status, _lat, _lng = row
        out["issues.csv"].append([
            seed.upper(), title, title + " created as a FleetOps testing fixture.", priority,
            "inspection", category, "fixture, fleetops-testing", dispatcher, dispatcher,
            driver_name[drv], vehicle_name[veh], "", status, "", ts(), ts()])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=sorted(LANGS), required=True)
    ap.add_argument("fo")
    ap.add_argument("out")
    args = ap.parse_args()
    path = os.path.join(args.fo, "translations", LANGS[args.lang] + ".yaml")
    with open(path, encoding="utf-8") as f:
        tr = yaml.safe_load(f)
    os.makedirs(args.out, exist_ok=True)
    for fname, rows in records(args.fo).items():
        header = [label(tr, key, english) for english, key in HEADERS[fname]]
        with open(os.path.join(args.out, fname), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)


if __name__ == "__main__":
    main()
