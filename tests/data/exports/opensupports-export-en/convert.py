"""OpenSupports' staff-panel lists (tickets, users, staff members) as CSV, in its own labels.

Built for round V (session 48, keys325). Usage:

    python convert.py --lang en|de|fr|es OS OUT

OS: files of GitHub opensupports/opensupports at 20720ca4f9175373ee8075fc18ce823707350534
under their own paths (SOURCE.md lists them). Needs Node.js (`node`) to read the
program's JavaScript fixtures and language files as JavaScript reads them.

Rules (nothing here is invented data):
- Rows: the fixed records of OpenSupports' client fixtures (client/src/data/fixtures/*.js,
  the mock API answers its client runs on in development and tests): the staff panel's
  two ticket lists (/staff/get-tickets then /staff/get-new-tickets: 4 + 3 tickets), the
  admin's user list (/user/get-users, page 1: 10 users) and staff list (/staff/get-all:
  5 staff members), each in the fixture's order, taken as they are (repeats included).
- Files and columns: OpenSupports has no CSV export (its only CSV is a user import); each
  file is the list the staff panel shows, one column per column of that list:
  tickets: app-components/ticket-list.js's staff headers (NUMBER, TITLE, DEPARTMENT,
  AUTHOR, DATE) and the ticket tooltip's STATUS (ticket-info.js); users:
  admin-panel-list-users.js's headers (NAME, EMAIL, TICKETS, SIGNUP_DATE); staff:
  people-list.js's blocks (NAME, ASSIGNED_TICKETS, CLOSED_TICKETS, LAST_LOGIN; the
  two counts' labels without their '{tickets} ' placeholder, the count in the cell).
  Each header is the string of client/src/data/languages/<lang>.js.
- Cells as the list prints them: the ticket number with its '#'; dates by
  lib-core/date-transformer.js in UTC ('D MMM YYYY, HH:mm' in the ticket list,
  'D MMMM YYYY, HH:mm' elsewhere; moment's month names of the language); a staff member
  never logged in is NEVER; the ticket status is 'open'/'closed' (English in the code).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import subprocess

LANGS = ("en", "de", "fr", "es")

# moment 2.x locales' month names (format forms), client/package.json: moment ^2.27.0
MONTHS = {
    "en": ("January February March April May June July August September October "
           "November December").split(),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober "
           "November Dezember").split(),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre "
           "novembre décembre").split(),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
           "noviembre diciembre").split(),
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.".split(),
}

NODE = r"""
const fs = require('fs'), path = require('path'), vm = require('vm'), Module = require('module');
const [root, lang] = process.argv.slice(1);
const lodash = {
  range: (a, b) => { const r = []; for (let i = a; i < b; i++) r.push(i); return r; },
  times: (n) => { const r = []; for (let i = 0; i < n; i++) r.push(i); return r; },
};
const orig = Module.prototype.require;
Module.prototype.require = function (name) {
  return name === 'lodash' ? lodash : orig.apply(this, arguments);
};
const fx = (f) => require(path.join(root, 'client/src/data/fixtures', f));
const answer = (list, p, data) => list.find((e) => e.path === p).response(data || {}).data;
const staff = fx('staff-fixtures.js'), user = fx('user-fixtures.js');
const text = fs.readFileSync(path.join(root, 'client/src/data/languages', lang + '.js'), 'utf8');
const ctx = {module: {}};
vm.runInNewContext(text.replace('export default', 'module.exports ='), ctx);
process.stdout.write(JSON.stringify({
  tickets: answer(staff, '/staff/get-tickets').concat(answer(staff, '/staff/get-new-tickets')),
  users: answer(user, '/user/get-users', {page: 1}).users,
  staff: answer(staff, '/staff/get-all'),
  labels: ctx.module.exports,
}));
"""


def fmt_date(value, lang, short):
    s = str(value)
    year, month, day, hh, mm = s[0:4], int(s[4:6]), int(s[6:8]), s[8:10], s[10:12]
    names = MONTHS_SHORT if short else MONTHS
    return f"{day} {names[lang][month - 1]} {year}, {hh}:{mm}"


def count_label(template):
    return template.replace("{tickets}", "").strip()


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("os_root")
    ap.add_argument("out")
    a = ap.parse_args()
    raw = subprocess.run(["node", "-e", NODE, os.path.abspath(a.os_root), a.lang],
                         check=True, capture_output=True, text=True).stdout
    data = json.loads(raw)
    lab = data["labels"]
    os.makedirs(a.out, exist_ok=True)
    write(os.path.join(a.out, "tickets.csv"),
          [lab["NUMBER"], lab["TITLE"], lab["DEPARTMENT"], lab["AUTHOR"], lab["DATE"],
           lab["STATUS"]],
          [["#" + t["ticketNumber"], t["title"], t["department"]["name"], t["author"]["name"],
            fmt_date(t["date"], a.lang, True), "closed" if t["closed"] else "open"]
           for t in data["tickets"]])
    write(os.path.join(a.out, "users.csv"),
          [lab["NAME"], lab["EMAIL"], lab["TICKETS"], lab["SIGNUP_DATE"]],
          [[u["name"], u["email"], u["tickets"], fmt_date(u["signupDate"], a.lang, False)]
           for u in data["users"]])
    write(os.path.join(a.out, "staff.csv"),
          [lab["NAME"], count_label(lab["ASSIGNED_TICKETS"]),
           count_label(lab["CLOSED_TICKETS"]), lab["LAST_LOGIN"]],
          [[s["name"], s["assignedTickets"], s["closedTickets"],
            fmt_date(s["lastLogin"], a.lang, False) if s["lastLogin"] else lab["NEVER"]]
           for s in data["staff"]])


if __name__ == "__main__":
    main()
