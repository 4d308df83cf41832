"""FreshBooks' CSV list exports of the records its SDKs' tests replay as recorded API answers.

Built for round Z12 (session 56, keys441). Usage:

    python convert.py PYGITDIR NODEGITDIR OUT

PYGITDIR: a git directory of GitHub amcintosh/freshbooks-python-sdk holding commit
5f6f48d4133059055cf63c75e1ed90b07c074c30 (MIT); NODEGITDIR: one of GitHub
freshbooks/freshbooks-nodejs-sdk holding commit 91cfeeeddda5c5d1dc7a7d66fd689aa4c3664f93
(MIT). Files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the FreshBooks API answers the SDKs' tests replay.
  * python SDK tests/fixtures/*.json (plain JSON): clients (list_clients: 3, create_client:
    1; get_client repeats client 12345), projects (list_projects: 3, get_project repeats
    654321 with its due date, create_project: 1), time entries (list_time_entries: 2;
    get_time_entry repeats 419546), the signed-in team member (auth_me: Simon Kovalic, the
    business's owner: his membership of business 439000).
  * node SDK packages/api/__tests__/*.test.ts: the mock answer each test builds
    (buildClientResponse / buildMockResponse: a TypeScript object literal, turned into
    JSON, its test's constants substituted, the `...overrides` spread left out): one
    client (Client.test.ts), one invoice (Invoice.test.ts), one item (Item.test.ts), one
    payment (Payment.test.ts).
  A record met twice (same id) is written once, the later answer's fields over the earlier.
- Files and columns: one CSV per FreshBooks list (Clients, Invoices, Items, Payments,
  Projects, Time Tracking, Team), headed by the labels FreshBooks' web app shows for the
  field (its client import fields and profile form: 'Organization', 'First Name', 'Last
  Name', 'Email', 'Address Line 1', 'Province/State', 'Postal/Zip Code'...; invoice
  'Invoice Number', 'Date Issued', 'Due Date', 'PO Number'...), where no label is known the
  API's field name in words. Each list's own id first. References as ids ('Client ID'), a
  team member by name. Dates ISO 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS' (a
  malformed recorded timestamp, '2020-11-219T13:22:04', is written as recorded with a
  space for the 'T'), money as plain decimals with a 'Currency' column, Yes/No, durations
  'h:mm'. Comma-separated, minimal quoting, CR LF, UTF-8 without BOM.
- FreshBooks' export code is not public, and the SDKs ship no translations: English only.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys

PY_COMMIT = "5f6f48d4133059055cf63c75e1ed90b07c074c30"
NODE_COMMIT = "91cfeeeddda5c5d1dc7a7d66fd689aa4c3664f93"
FIX = "tests/fixtures/"
TESTS = "packages/api/__tests__/"


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def ts_object(src, start):
    """The TypeScript object literal opened at src[start] ('{') -> a dict. Single-quoted
    strings, bare keys, trailing commas; bare identifiers are the test's `const X = '...'`
    constants; `...spread,` lines are dropped; undefined -> null."""
    consts = dict(re.findall(r"^const (\w+) = '([^']*)'", src, re.M))
    depth, i = 0, start
    while True:
        if src[i] == "'":
            i = src.index("'", i + 1)
        elif src[i] == "{":
            depth += 1
        elif src[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    body = re.sub(r"^\s*\.\.\.\w+,?\s*$", "", src[start:i + 1], flags=re.M)
    out, j = [], 0
    while j < len(body):
        c = body[j]
        if c == "'":
            k = body.index("'", j + 1)
            out.append(json.dumps(body[j + 1:k]))
            j = k + 1
            continue
        m = re.match(r"[A-Za-z_]\w*", body[j:])
        if m:
            word = m.group(0)
            rest = body[j + len(word):].lstrip()
            if rest.startswith(":"):
                out.append(json.dumps(word))
            elif word in ("null", "true", "false"):
                out.append(word)
            elif word == "undefined":
                out.append("null")
            else:
                out.append(json.dumps(consts[word]))
            j += len(word)
            continue
        out.append(c)
        j += 1
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", "".join(out)))


def node_record(gitdir, test, builder):
    src = show(gitdir, NODE_COMMIT, TESTS + test)
    arrow = src.index("=>", src.index(f"const {builder} = ("))
    return ts_object(src, src.index("({", arrow) + 1)


def merge(records):
    out = {}
    for r in records:
        out.setdefault(str(r["id"]), {}).update(r)
    return list(out.values())


def day(v):
    return v[:10] if v else ""


def stamp(v):
    return v.replace("T", " ").rstrip("Z") if v else ""


def yes(v):
    return "" if v is None else ("Yes" if v else "No")


def text(v):
    return "" if v is None else str(v)


def hours(seconds):
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"


def write(out, name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(r)
    with open(os.path.join(out, name), "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))


def main(pygit, nodegit, out):
    os.makedirs(out, exist_ok=True)

    def fx(name):
        return json.loads(show(pygit, PY_COMMIT, FIX + name))

    # Clients
    clients = merge(fx("list_clients_response.json")["response"]["result"]["clients"]
                    + [fx("get_client_response.json")["response"]["result"]["client"],
                       fx("create_client_response.json")["response"]["result"]["client"],
                       node_record(nodegit, "Client.test.ts", "buildClientResponse")])
    write(out, "clients.csv",
          ["Client ID", "Organization", "First Name", "Last Name", "Email", "Business Phone",
           "Mobile Phone", "Home Phone", "Fax", "Address Line 1", "Address Line 2", "City",
           "Province/State", "Country", "Postal/Zip Code", "Secondary Address Line 1",
           "Secondary Address Line 2", "Secondary City", "Secondary Province/State",
           "Secondary Country", "Secondary Postal/Zip Code", "Currency", "Language",
           "Company Industry", "Company Size", "VAT Name", "VAT Number", "Internal Note",
           "Signup Date", "Last Updated"],
          [[c["id"], c["organization"], c["fname"], c["lname"], c["email"], text(c["bus_phone"]),
            text(c["mob_phone"]), text(c["home_phone"]), text(c["fax"]), c["p_street"],
            c["p_street2"], c["p_city"], c["p_province"], c["p_country"], c["p_code"],
            c["s_street"], c["s_street2"], c["s_city"], c["s_province"], c["s_country"],
            c["s_code"], c["currency_code"], c["language"], text(c["company_industry"]),
            text(c["company_size"]), text(c["vat_name"]), text(c["vat_number"]),
            text(c["note"]), stamp(c["signup_date"]), stamp(c["updated"])] for c in clients])

    # Invoices
    inv = node_record(nodegit, "Invoice.test.ts", "buildMockResponse")
    write(out, "invoices.csv",
          ["Invoice ID", "Invoice Number", "Client ID", "Organization", "First Name",
           "Last Name", "Email", "Date Issued", "Due Date", "Status", "Payment Status",
           "Currency", "Total", "Paid", "Outstanding", "Discount Total", "PO Number",
           "Description", "Notes", "Terms", "Street Address", "Street Address 2", "City",
           "Province/State", "Postal/Zip Code", "Country", "Date Paid", "Created",
           "Last Updated"],
          [[inv["id"], inv["invoice_number"], inv["customerid"], inv["organization"],
            inv["fname"], inv["lname"], inv["email"], day(inv["create_date"]),
            day(inv["due_date"]), inv["v3_status"].capitalize(),
            inv["payment_status"].capitalize(), inv["currency_code"], inv["amount"]["amount"],
            inv["paid"]["amount"], inv["outstanding"]["amount"], inv["discount_total"]["amount"],
            text(inv["po_number"]), inv["description"], inv["notes"], text(inv["terms"]),
            inv["street"], inv["street2"], inv["city"], inv["province"], inv["code"],
            inv["country"], day(inv["date_paid"]), stamp(inv["created_at"]),
            stamp(inv["updated"])]])

    # Items
    it = node_record(nodegit, "Item.test.ts", "buildMockResponse")
    write(out, "items.csv",
          ["Item ID", "Name", "Description", "SKU", "Rate", "Currency", "Quantity",
           "Inventory", "Last Updated"],
          [[it["id"], it["name"], it["description"], it["sku"], it["unit_cost"]["amount"],
            it["unit_cost"]["code"], it["qty"], it["inventory"], stamp(it["updated"])]])

    # Payments
    p = node_record(nodegit, "Payment.test.ts", "buildMockResponse")
    write(out, "payments.csv",
          ["Payment ID", "Invoice ID", "Client ID", "Date", "Amount", "Currency", "Type",
           "Transaction ID", "Note", "Last Updated"],
          [[p["id"], p["invoiceid"], p["clientid"], day(p["date"]), p["amount"]["amount"],
            p["amount"]["code"], p["type"], text(p["transactionid"]), p["note"],
            stamp(p["updated"])]])

    # Team (the signed-in identity and its role in the business)
    me = fx("auth_me_response.json")["response"]
    role = next(m["role"] for m in me["business_memberships"]
                if m["business"]["id"] == 439000)
    team = {me["identity_id"]: f"{me['first_name']} {me['last_name']}"}
    write(out, "team.csv",
          ["Team Member ID", "First Name", "Last Name", "Email", "Role", "Job Title",
           "Language", "Date Added"],
          [[me["identity_id"], me["first_name"], me["last_name"], me["email"],
            role.replace("_", " ").capitalize(), me["profession"]["title"], me["language"],
            stamp(me["created_at"])]])

    # Projects
    lp = fx("list_projects_response.json")["projects"]
    projects = merge(lp + [fx("get_project_response.json")["project"],
                           fx("create_project_response.json")["project"]])
    write(out, "projects.csv",
          ["Project ID", "Title", "Description", "Client ID", "Due Date", "Project Type",
           "Billing Method", "Hourly Rate", "Fixed Price", "Budget", "Internal", "Active",
           "Complete", "Billed Amount", "Billed Status", "Created", "Last Updated"],
          [[x["id"], x["title"], text(x["description"]), text(x["client_id"]), day(x["due_date"]),
            x["project_type"].replace("_", " ").capitalize(),
            x["billing_method"].replace("_", " ").capitalize(), text(x["rate"]),
            text(x["fixed_price"]), text(x["budget"]), yes(x["internal"]), yes(x["active"]),
            yes(x["complete"]), x["billed_amount"], x["billed_status"].capitalize(),
            stamp(x["created_at"]), stamp(x["updated_at"])] for x in projects])

    # Time Tracking
    te = merge(fx("list_time_entries_response.json")["time_entries"]
               + [fx("get_time_entry_response.json")["time_entry"]])
    write(out, "time_entries.csv",
          ["Time Entry ID", "Team Member", "Client ID", "Project ID", "Service ID", "Note",
           "Date", "Started At", "Duration", "Billable", "Billed", "Created"],
          [[t["id"], team.get(t["identity_id"], t["identity_id"]), text(t["client_id"]),
            text(t["project_id"]), text(t["service_id"]), t["note"], day(t["started_at"]),
            stamp(t["started_at"]), hours(t["duration"]), yes(t["billable"]),
            yes(t["billed"]), stamp(t["created_at"])] for t in te])


if __name__ == "__main__":
    main(*sys.argv[1:4])
