#!/usr/bin/env python3
"""Build engagebay-export-en from the MIT-licensed EngageBay client ensilog/engagebay.

EngageBay's own records here are the fixed contacts, companies, deal and ticket that the
client's unit tests (Ensilog.Engagebay.Tests) build and send to EngageBay's REST API; this
script reads those test files at one commit and writes one CSV per EngageBay object, headed
by the EngageBay API property names the client's *KnownProperties classes declare ('name'
is a contact's FIRST name, 'last_name', 'role', 'company_ids', 'unique_id', 'track_id',
'currency_type', 'closed_date', 'group_id', 'assignee_id', 'html_body'). An address
(EngageBay keeps it as one JSON string) is written as its five parts. A record's custom
property is a column of its own, headed by the property's name. Nothing is generated; a
value the test sets from the clock (the deal's closed date: DateTime.UtcNow) is left empty.

usage: convert.py GITDIR OUTDIR   (GITDIR: a git directory holding COMMIT)
Standard library only; deterministic (a rerun writes the same bytes).
"""
import csv
import hashlib
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "da3f344ab5388fc2f7d8ae92d490861054e6bda8"
T = "Ensilog.Engagebay.Tests/"
FILES = [
    "LICENSE",
    T + "Contacts/CreateContactTests.cs",
    T + "Contacts/UpdatePartialContactTests.cs",
    T + "Contacts/ContactTests.cs",
    T + "Contacts/CreateBatchContactsBodyTests.cs",
    T + "Companies/AddContactToCompanyByEmailTests.cs",
    T + "Companies/CompanyTests.cs",
    T + "Companies/UpdateCompanyPartialTests.cs",
    T + "Deals/DealTests.cs",
    T + "Tickets/TicketTests.cs",
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def block(text, start, open_="{", close="}"):
    """The text of the initializer that follows the first occurrence of `start`."""
    i = text.index(start)
    i = text.index(open_, i)
    depth = 0
    for j in range(i, len(text)):
        if text[j] == open_:
            depth += 1
        elif text[j] == close:
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    raise ValueError(start)


def strings(body):
    """Name = "value" and Name = number assignments at the top of an initializer."""
    out = {}
    for m in re.finditer(r'(\w+)\s*=\s*("([^"]*)"|-?[\d.]+f?)\s*[,\n}]', body):
        out.setdefault(m.group(1), m.group(3) if m.group(3) is not None
                       else m.group(2).rstrip("f"))
    return out


def tags(body):
    return ",".join(re.findall(r'new Tag\("([^"]*)"\)', body))


def ids(body, name):
    m = re.search(name + r'\s*=\s*new[^{]*\{([^}]*)\}', body)
    return ";".join(x.strip() for x in m.group(1).split(",")) if m else ""


def address(body):
    m = re.search(r'new Address\s*(?:\(\))?\s*\{([^}]*)\}', body)
    return strings(m.group(1)) if m else {}


def custom(body):
    m = re.search(r'CreateCustomProperty\("([^"]+)"[^)]*\)\.WithValue\("([^"]*)"\)', body)
    return (m.group(1), m.group(2)) if m else None


def main(gitdir, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    src = {p: show(gitdir, p) for p in FILES}
    txt = {p: b.decode("utf-8-sig") for p, b in src.items()}
    for p, b in src.items():
        print(hashlib.sha256(b).hexdigest(), p, file=sys.stderr)

    # ---- contacts (EngageBay "subscribers")
    ccols = ["id", "name", "last_name", "email", "phone", "role", "website", "address",
             "city", "state", "zip", "country", "company_ids", "tags", "score",
             "Test field 1", "custom_property"]
    contacts = []
    # CreateContactTests and UpdatePartialContactTests build the same John Doe; the update
    # test gives him EngageBay's id 1001 and his custom text field 'Test field 1'
    upd = txt[T + "Contacts/UpdatePartialContactTests.cs"]
    body = block(upd, "Contact contactToCreate = new Contact()")
    s, a = strings(body), address(upd)
    fid = re.search(r'long idToTest = (\d+);', upd).group(1)
    tf = re.search(r'Name = "(Test field 1)",[^}]*Value = "([^"]*)"', upd, re.S)
    contacts.append({"id": fid, "name": s["FirstName"], "last_name": s["LastName"],
                     "email": s["Email"], "phone": s["Phone"], "role": s["Role"],
                     "website": s["Website"], "address": a["AddressLine"], "city": a["City"],
                     "state": a["State"], "zip": a["Zip"], "country": a["Country"],
                     "company_ids": ids(body, "CompanyIds"), "tags": tags(body),
                     tf.group(1): tf.group(2)})
    ct = txt[T + "Contacts/ContactTests.cs"]
    body = block(ct, "var contact = new Contact")
    s, a, cu = strings(body), address(body), custom(body)
    contacts.append({"name": s["FirstName"], "last_name": s["LastName"], "email": s["Email"],
                     "phone": s["Phone"], "role": s["Role"], "website": s["Website"],
                     "address": a["AddressLine"], "city": a["City"], "state": a["State"],
                     "zip": a["Zip"], "country": a["Country"],
                     "company_ids": ids(body, "CompanyIds"), cu[0]: cu[1]})
    # the batch: two contacts, each with the batch's own tag
    bt = txt[T + "Contacts/CreateBatchContactsBodyTests.cs"]
    batch_tag = re.search(r'Tag tagForWholeBatch = new Tag\("([^"]+)"\)', bt).group(1)
    for m in re.finditer(r'new Contact \{ Score = (\d+), Email = "([^"]+)", Tags = ([^}]*\}?)',
                         bt):
        own = re.findall(r'new Tag\("([^"]*)"\)', m.group(3))
        contacts.append({"email": m.group(2), "score": m.group(1),
                         "tags": ",".join([batch_tag] + own)})
    # the contact added to a company by e-mail
    ac = txt[T + "Companies/AddContactToCompanyByEmailTests.cs"]
    company_id = re.search(r'long companyId = (\d+);', ac).group(1)
    contacts.append({"email": re.search(r'string contactEmail = "([^"]+)";', ac).group(1),
                     "company_ids": company_id})

    # ---- companies
    kcols = ["id", "name", "url", "email", "phone", "website", "address", "city", "state",
             "zip", "country", "tags", "custom_property"]
    companies = []
    co = txt[T + "Companies/CompanyTests.cs"]
    body = block(co, "var company = new Company")
    s, a, cu = strings(body), address(body), custom(body)
    companies.append({"name": s["Name"], "url": s["Url"], "email": s["Email"],
                      "phone": s["Phone"], "website": s["Website"],
                      "address": a["AddressLine"], "city": a["City"], "state": a["State"],
                      "zip": a["Zip"], "country": a["Country"], cu[0]: cu[1]})
    up = txt[T + "Companies/UpdateCompanyPartialTests.cs"]
    body = block(up, "var company = new Company")
    s = strings(body)
    companies.append({"id": re.search(r'new UpdateCompanyPartial\((\d+), company\)', up).group(1),
                      "name": s["Name"], "url": s["Url"], "tags": tags(body)})

    # ---- deals
    dcols = ["name", "unique_id", "description", "track_id", "amount", "currency_type",
             "closed_date", "owner_id", "custom_property"]
    dt = txt[T + "Deals/DealTests.cs"]
    body = block(dt, "var deal = new Deal")
    s, cu = strings(body), custom(body)
    # the client writes an amount with two decimals ("F", invariant culture)
    deals = [{"name": s["Name"], "unique_id": s["UniqueId"], "description": s["Description"],
              "track_id": s["TrackId"], "amount": f'{float(s["Amount"]):.2f}',
              "currency_type": s["Currency"], "closed_date": "", "owner_id": s["OwnerId"],
              cu[0]: cu[1]}]

    # ---- tickets
    tcols = ["subject", "type", "priority", "status", "group_id", "assignee_id", "html_body",
             "custom_property"]
    tt = txt[T + "Tickets/TicketTests.cs"]
    body = block(tt, "var ticket = new Ticket")
    s, cu = strings(body), custom(body)
    tickets = [{"subject": s["Subject"], "type": s["Type"], "priority": s["Priority"],
                "status": s["Status"], "group_id": s["GroupId"],
                "assignee_id": s["AssigneeId"], "html_body": s["HtmlBody"], cu[0]: cu[1]}]

    for name, cols, rows in (("contacts.csv", ccols, contacts),
                             ("companies.csv", kcols, companies),
                             ("deals.csv", dcols, deals), ("tickets.csv", tcols, tickets)):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            for r in rows:
                extra = set(r) - set(cols)
                assert not extra, (name, extra)
                w.writerow([r.get(c, "") for c in cols])
    (out / "LICENSE").write_bytes(src["LICENSE"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
