"""Ever Gauzy's fixed seed records as its list pages show them (keys306, session 45, round
T): employees, candidates, clients, incomes and organizations, headed by Gauzy's own labels
(``packages/ui-core/i18n/assets/i18n/<lang>.json``) in one language.

    python convert.py --lang en SRC OUT

SRC holds the Ever Gauzy files named in SOURCE.md under their own paths (ever-co/ever-gauzy
at 39a5c3adfe). The records are those of the seed module's "ever" (demo) seed that are fixed
in the repository: its ``default-*.ts`` data and the income seed's CSV; whatever the seeders
draw with Faker or ``Math.random`` (tags, candidate sources, contact members, pay rates,
income dates) is left empty, never made up. Rules (each page's smart-table columns, in their
order, and the cell components they render with):
- employees.csv: Employees page (``employees.component.ts``, ``_registerDataTableColumns``):
  full name (``user.name``: first and last name joined by a space, as ``user.subscriber.ts``
  composes it; a first name's trailing space is kept), email, income, expenses, bonus
  (averages the statistics compute from the random data: empty), time tracking (a toggle:
  empty), tags (random: empty), status (``employee-work-status.component.html``: the
  badges' words joined by a space: "Active" (every seeded employee is active), then
  "Not Started" when no start date, else "Work Ended" and the work status, the start date
  as moment's 'LL' -- the app loads no moment locale, so the English 'MMMM D, YYYY' in every
  language). Records: the ever seed's users made employees of the default organization,
  in ``seed-data.service.ts``' order: ``DEFAULT_SUPER_ADMINS``, ``DEFAULT_ADMINS``
  (``default-users.ts``), ``DEFAULT_EMPLOYEES`` then ``DEFAULT_EVER_EMPLOYEES``
  (``default-employees.ts``); the demo e-mails from ``environment.ts``' defaults.
- candidates.csv: Candidates page (``candidates.component.ts``): full name, email, source
  (drawn at random from the default sources: empty), applied, hired and rejected dates
  (none seeded: empty), tags (none: empty), status (``candidate-status.component.html``:
  the status' word; every seeded candidate has the entity's default status APPLIED).
  Records: ``DEFAULT_CANDIDATES`` (``default-candidates.ts``).
- clients.csv: Contacts > Clients (``contacts.component.ts``): name, members, primary
  phone, primary email, projects, country, city. Records: the clients the income seed
  creates (``income.seed.ts``, ``findOrCreateClient``): 'Client ' + the CSV's clientName,
  type CLIENT, nothing else set (members and projects are assigned at random: empty), in
  the order the CSV first names them; only rows whose employee e-mail is a seeded
  employee's create one (the seeder skips the others).
- incomes.csv: Income page (``income.component.ts``): date, contact, employee, value,
  notes, tags. Records: ``income-data.csv``'s rows whose e-mail is a seeded employee's (the
  seeder skips the others), in the CSV's order. Date: the CSV's own valueDate written as
  ISO YYYY-MM-DD (the seeder re-dates each income at random and the organization's date
  format is drawn at random, so the CSV's date is the fixed one); contact: the client's
  name; employee: the employee's full name; value: the amount as Angular's currency pipe
  writes it (en-US, the app sets no LOCALE_ID: '$1,000.00') then the currency-position
  pipe for the default LEFT position ('$ 1,000.00'); notes as written; tags random: empty.
- organizations.csv: Organizations page (``organizations.component.ts``): client name (the
  page's own header for the organization's name), employees (totalEmployees), currency
  (its code), status (``organizations-status.component.html``: Active). Records:
  ``DEFAULT_EVER_ORGANIZATIONS`` (``default-organizations.ts``).
CSV as Python's csv module writes it (UTF-8, minimal quoting, CRLF).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from datetime import date
from pathlib import Path

I18N = "packages/ui-core/i18n/assets/i18n/{}.json"
CORE = "packages/core/src/lib/"
ENV = "packages/config/src/lib/environments/environment.ts"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def read(src: Path, rel: str) -> str:
    return (src / rel).read_text(encoding="utf-8")


def label(cat: dict, key: str) -> str:
    node = cat
    for part in key.split("."):
        node = node[part]
    return node


def ts_arrays(text: str, env: dict[str, str]) -> dict[str, list[dict]]:
    """``export const NAME = [ {key: value, ...}, ... ]`` -> {NAME: [records]}: the
    literal values only (strings, null, numbers, booleans, Enum.MEMBER as MEMBER)."""
    out: dict[str, list[dict]] = {}
    for m in re.finditer(r"export const (\w+)(?::\s*\w+)?\s*=\s*\[(.*?)\n\];", text, re.S):
        records = []
        for body in re.findall(r"^\t\{\n(.*?)^\t\}", m.group(2), re.S | re.M):
            rec: dict = {}
            for k, v in re.findall(r"(\w+):\s*(.+?),?\s*$", body, re.M):
                v = v.strip()
                if v[0] in "'`":
                    v = v[1:-1]
                    v = re.sub(r"\$\{environment\.demoCredentialConfig\.(\w+)\}",
                               lambda g: env[g.group(1)], v)
                elif v == "null":
                    v = None
                elif v in ("true", "false"):
                    v = v == "true"
                elif re.fullmatch(r"-?\d+(\.\d+)?", v):
                    v = float(v) if "." in v else int(v)
                elif "." in v:
                    v = v.split(".")[-1]
                rec[k] = v
            records.append(rec)
        out[m.group(1)] = records
    return out


def demo_env(src: Path) -> dict[str, str]:
    return dict(re.findall(r"(\w+): process\.env\.\w+ \|\| `([^`]*)`", read(src, ENV)))


def full_name(rec: dict) -> str:
    return " ".join(p for p in (rec.get("firstName"), rec.get("lastName")) if p)


def ll(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def money(amount: str) -> str:
    return "$ " + f"{float(amount):,.2f}"


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(["" if c is None else c for c in r] for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    src, out = a.src, a.out
    out.mkdir(parents=True, exist_ok=True)
    cat = json.loads(read(src, I18N.format(a.lang)))
    t = lambda key: label(cat, key)   # noqa: E731
    env = demo_env(src)
    users = ts_arrays(read(src, CORE + "user/default-users.ts"), env)
    emps = ts_arrays(read(src, CORE + "employee/default-employees.ts"), env)
    cands = ts_arrays(read(src, CORE + "candidate/default-candidates.ts"), env)
    orgs = ts_arrays(read(src, CORE + "organization/default-organizations.ts"), env)

    # employees: the default organization's, in the seed's order
    staff = (users["DEFAULT_SUPER_ADMINS"] + users["DEFAULT_ADMINS"]
             + emps["DEFAULT_EMPLOYEES"] + emps["DEFAULT_EVER_EMPLOYEES"])
    rows = []
    for e in staff:
        status = [t("EMPLOYEES_PAGE.ACTIVE")]
        if e.get("startedWorkOn"):
            status += [t("EMPLOYEES_PAGE.WORK_ENDED"), ll(e["startedWorkOn"])]
        else:
            status.append(t("EMPLOYEES_PAGE.NOT_STARTED"))
        rows.append([full_name(e), e["email"], "", "", "", "", "", " ".join(status)])
    write(out / "employees.csv",
          [t("SM_TABLE." + k) for k in ("FULL_NAME", "EMAIL", "INCOME", "EXPENSES",
                                        "BONUS_AVG", "TIME_TRACKING", "TAGS", "STATUS")],
          rows)

    # candidates
    write(out / "candidates.csv",
          [t("SM_TABLE." + k) for k in ("FULL_NAME", "EMAIL", "SOURCE", "APPLIED_DATE",
                                        "HIRED_DATE", "REJECTED_DATE", "TAGS", "STATUS")],
          [[full_name(c), c["email"], "", "", "", "", "", t("CANDIDATES_PAGE.APPLIED")]
           for c in cands["DEFAULT_CANDIDATES"]])

    # incomes and the clients they create: rows of seeded employees only
    by_email = {e["email"]: full_name(e) for e in staff}
    with (src / CORE / "income/income-seed-data/income-data.csv").open(
            encoding="utf-8", newline="") as fh:
        income = [r for r in csv.DictReader(fh) if r["email"] in by_email]
    clients: list[str] = []
    rows = []
    for r in income:
        client = "Client " + r["clientName"]
        if client not in clients:
            clients.append(client)
        d = date(2000 + int(r["valueDate"].split("-")[2]),
                 ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"].index(r["valueDate"].split("-")[1]) + 1,
                 int(r["valueDate"].split("-")[0]))
        rows.append([d.isoformat(), client, by_email[r["email"]], money(r["amount"]),
                     r["notes"], ""])
    write(out / "incomes.csv",
          [t("SM_TABLE." + k) for k in ("DATE", "CONTACT", "EMPLOYEE", "VALUE", "NOTES",
                                        "TAGS")],
          rows)
    write(out / "clients.csv",
          [t("ORGANIZATIONS_PAGE.NAME"), t("ORGANIZATIONS_PAGE.EDIT.TEAMS_PAGE.MEMBERS")]
          + [t("CONTACTS_PAGE." + k) for k in ("PHONE", "EMAIL", "PROJECTS", "COUNTRY",
                                               "CITY")],
          [[c, "", "", "", "", "", ""] for c in clients])

    # organizations
    write(out / "organizations.csv",
          [t("SM_TABLE." + k) for k in ("CLIENT_NAME", "EMPLOYEES", "CURRENCY", "STATUS")],
          [[o["name"], o["totalEmployees"], o["currency"], t("ORGANIZATIONS_PAGE.ACTIVE")]
           for o in orgs["DEFAULT_EVER_ORGANIZATIONS"]])


if __name__ == "__main__":
    main()
