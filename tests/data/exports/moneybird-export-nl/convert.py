"""Render Moneybird's own fixed records as Moneybird's own list exports, in nl and en.

Source: the recorded API responses of the MIT-licensed Moneybird SDK for .NET
(VincentVrijburg/moneybird-dotnet, tests/Moneybird.Net.Tests/Responses/Endpoints/...),
read with `git show COMMIT:PATH` from a git directory holding the commit.

    python convert.py GITDIR OUTBASE

writes OUTBASE/moneybird-export-nl/*.csv and OUTBASE/moneybird-export-en/*.csv. Each file
is what Moneybird's 'Exporteren' (Excel) of a list gives once saved as CSV by the
spreadsheet of that language: nl with ';' and decimal commas, en with ',' and decimal
points; UTF-8 with a BOM, CR LF, dates dd-mm-yyyy as Moneybird shows them. Standard
library only; a rerun gives the same bytes.
"""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "ac08cb7cc5b7439068bedb5de1a5aa64b70e315f"
BASE = "tests/Moneybird.Net.Tests/Responses/Endpoints/"
FILES = {
    "contacts": ["Contacts/getContacts.json", "Contacts/getContact.json",
                 "Contacts/newContact.json"],
    "people": ["Contacts/getContactPerson.json", "Contacts/newContactPerson.json"],
    "invoices": ["SalesInvoices/getSalesInvoice.json", "SalesInvoices/getSalesInvoices.json",
                 "SalesInvoices/postSalesInvoice.json", "SalesInvoices/sendSalesInvoice.json"],
    "estimates": ["Estimates/getEstimate.json", "Estimates/getEstimates.json",
                  "Estimates/postEstimate.json", "Estimates/sendEstimate.json"],
    "products": ["Products/getProduct.json", "Products/getProducts.json",
                 "Products/patchProduct.json", "Products/postProduct.json"],
}

LANGS = {
    "nl": {"delim": ";", "dec": ",", "yes": "Ja", "no": "Nee",
           "country": {"NL": "Nederland"},
           "delivery": {"Email": "E-mail", "Post": "Post", "Manual": "Handmatig",
                        "Simplerinvoicing": "Peppol"},
           "inv_state": {"open": "Openstaand", "late": "Te laat", "paid": "Betaald",
                         "draft": "Concept", "scheduled": "Ingepland",
                         "pending_payment": "Wacht op betaling", "reminded": "Herinnerd",
                         "uncollectible": "Oninbaar"},
           "est_state": {"draft": "Concept", "open": "Openstaand", "late": "Verlopen",
                         "accepted": "Geaccepteerd", "rejected": "Afgewezen",
                         "billed": "Gefactureerd", "archived": "Gearchiveerd"},
           "freq": {"day": "dag", "week": "week", "month": "maand", "quarter": "kwartaal",
                    "year": "jaar"}},
    "en": {"delim": ",", "dec": ".", "yes": "Yes", "no": "No",
           "country": {"NL": "Netherlands"},
           "delivery": {"Email": "Email", "Post": "Post", "Manual": "Manual",
                        "Simplerinvoicing": "Peppol"},
           "inv_state": {"open": "Open", "late": "Late", "paid": "Paid", "draft": "Draft",
                         "scheduled": "Scheduled", "pending_payment": "Pending payment",
                         "reminded": "Reminded", "uncollectible": "Uncollectible"},
           "est_state": {"draft": "Draft", "open": "Open", "late": "Expired",
                         "accepted": "Accepted", "rejected": "Rejected", "billed": "Billed",
                         "archived": "Archived"},
           "freq": {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
                    "year": "year"}},
}

# (key, nl label, en label) per file, in the export's column order
CONTACT_COLS = [
    ("customer_id", "Klantnummer", "Customer number"),
    ("company_name", "Bedrijfsnaam", "Company name"),
    ("firstname", "Voornaam", "First name"),
    ("lastname", "Achternaam", "Last name"),
    ("attention", "T.a.v.", "Attention"),
    ("address1", "Adres 1", "Address 1"),
    ("address2", "Adres 2", "Address 2"),
    ("zipcode", "Postcode", "Postal code"),
    ("city", "Plaats", "City"),
    ("country", "Land", "Country"),
    ("phone", "Telefoonnummer", "Phone number"),
    ("email", "E-mailadres", "Email address"),
    ("send_invoices_to_email", "Facturen sturen naar", "Send invoices to"),
    ("send_estimates_to_email", "Offertes sturen naar", "Send estimates to"),
    ("delivery_method", "Verzendmethode", "Delivery method"),
    ("tax_number", "Btw-nummer", "VAT number"),
    ("chamber_of_commerce", "KvK-nummer", "Chamber of Commerce number"),
    ("bank_account", "Bankrekening", "Bank account"),
    ("sepa_iban", "IBAN", "IBAN"),
    ("sepa_iban_account_name", "Naam rekeninghouder", "Account holder name"),
    ("sepa_bic", "BIC", "BIC"),
    ("sepa_mandate_id", "Machtigingskenmerk", "Mandate reference"),
    ("archived", "Gearchiveerd", "Archived"),
    ("created_at", "Aangemaakt op", "Created at"),
]
PEOPLE_COLS = [
    ("customer_id", "Klantnummer", "Customer number"),
    ("company_name", "Bedrijfsnaam", "Company name"),
    ("firstname", "Voornaam", "First name"),
    ("lastname", "Achternaam", "Last name"),
    ("department", "Afdeling", "Department"),
    ("phone", "Telefoonnummer", "Phone number"),
    ("email", "E-mailadres", "Email address"),
    ("created_at", "Aangemaakt op", "Created at"),
]
INVOICE_COLS = [
    ("invoice_id", "Factuurnummer", "Invoice number"),
    ("customer_id", "Klantnummer", "Customer number"),
    ("contact_name", "Contact", "Contact"),
    ("contact_person", "Contactpersoon", "Contact person"),
    ("reference", "Referentie", "Reference"),
    ("invoice_date", "Factuurdatum", "Invoice date"),
    ("due_date", "Vervaldatum", "Due date"),
    ("state", "Status", "Status"),
    ("currency", "Valuta", "Currency"),
    ("total_price_excl_tax", "Totaal excl. btw", "Total excl. VAT"),
    ("tax", "Btw", "VAT"),
    ("total_price_incl_tax", "Totaal incl. btw", "Total incl. VAT"),
    ("total_unpaid", "Openstaand", "Outstanding"),
    ("payment_reference", "Betalingskenmerk", "Payment reference"),
    ("sent_at", "Verstuurd op", "Sent on"),
    ("paid_at", "Betaald op", "Paid on"),
]
ESTIMATE_COLS = [
    ("estimate_id", "Offertenummer", "Estimate number"),
    ("customer_id", "Klantnummer", "Customer number"),
    ("contact_name", "Contact", "Contact"),
    ("reference", "Referentie", "Reference"),
    ("estimate_date", "Offertedatum", "Estimate date"),
    ("due_date", "Geldig tot", "Valid until"),
    ("state", "Status", "Status"),
    ("currency", "Valuta", "Currency"),
    ("total_price_excl_tax", "Totaal excl. btw", "Total excl. VAT"),
    ("tax", "Btw", "VAT"),
    ("total_price_incl_tax", "Totaal incl. btw", "Total incl. VAT"),
    ("sent_at", "Verstuurd op", "Sent on"),
    ("accepted_at", "Geaccepteerd op", "Accepted on"),
]
PRODUCT_COLS = [
    ("identifier", "Identificatie", "Identifier"),
    ("title", "Titel", "Title"),
    ("description", "Omschrijving", "Description"),
    ("price", "Prijs", "Price"),
    ("currency", "Valuta", "Currency"),
    ("frequency", "Frequentie", "Frequency"),
    ("created_at", "Aangemaakt op", "Created at"),
]
MONEY = {"total_price_excl_tax", "tax", "total_price_incl_tax", "total_unpaid", "price"}
DATES = {"invoice_date", "due_date", "sent_at", "paid_at", "estimate_date", "accepted_at",
         "created_at"}


def load(gitdir, path):
    out = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{BASE}{path}"],
                         check=True, capture_output=True).stdout
    data = json.loads(out.decode("utf-8"))
    return data if isinstance(data, list) else [data]


def date(v):
    if not v:
        return ""
    d = v[:10]
    return f"{d[8:10]}-{d[5:7]}-{d[0:4]}"


def money(v, dec):
    if v in (None, ""):
        return ""
    s = f"{float(v):.2f}"
    if len(str(v).split(".")[-1]) > 2:  # a unit price with more decimals keeps them
        s = str(v)
    return s.replace(".", dec)


def main(gitdir, outbase):
    # contacts: first met wins by id, then by company name (the SDK's fixtures repeat one
    # contact under several ids); the contacts invoices embed join them
    contacts, by_id, by_name = [], {}, {}

    def add_contact(c):
        if c["id"] in by_id:
            return by_id[c["id"]]
        name = c.get("company_name") or f'{c.get("firstname", "")} {c.get("lastname", "")}'.strip()
        if name in by_name:
            by_id[c["id"]] = by_name[name]
            return by_name[name]
        by_id[c["id"]] = by_name[name] = c
        contacts.append(c)
        return c

    people, seen_people = [], set()

    def add_person(p, owner):
        k = (owner["id"], p.get("firstname"), p.get("lastname"))
        if p["id"] in seen_people or k in seen_people:
            return
        seen_people.update({p["id"], k})
        people.append(dict(p, customer_id=owner.get("customer_id"),
                           company_name=owner.get("company_name")))

    all_contacts = []
    for f in FILES["contacts"]:
        for c in load(gitdir, f):
            add_contact(c)
            all_contacts.append(c)
    invoices, seen_inv = [], set()
    for f in FILES["invoices"]:
        for inv in load(gitdir, f):
            if inv.get("contact"):
                add_contact(inv["contact"])
            if not inv.get("invoice_id") or inv["invoice_id"] in seen_inv:
                continue  # drafts carry no number and are not in the invoices list
            seen_inv.add(inv["invoice_id"])
            invoices.append(inv)
    for c in all_contacts:
        for p in c.get("contact_people") or []:
            add_person(p, by_id[c["id"]])
    for f in FILES["invoices"]:
        for inv in load(gitdir, f):
            owner = by_id.get(inv.get("contact_id"))
            if owner:
                for p in (inv.get("contact") or {}).get("contact_people") or []:
                    add_person(p, owner)
    # a person fetched alone belongs to the contact holding its id
    for f in FILES["people"]:
        for p in load(gitdir, f):
            for c in all_contacts:
                if any(q["id"] == p["id"] for q in c.get("contact_people") or []):
                    add_person(p, by_id[c["id"]])
    estimates, seen_est = [], set()
    for f in FILES["estimates"]:
        for e in load(gitdir, f):
            if e["id"] in seen_est or e.get("estimate_id") in seen_est:
                continue
            seen_est.update({e["id"], e.get("estimate_id")})
            estimates.append(e)
    products, seen_prod = [], set()
    for f in FILES["products"]:
        for p in load(gitdir, f):
            if p["id"] in seen_prod or p.get("identifier") in seen_prod:
                continue
            seen_prod.update({p["id"], p.get("identifier")})
            products.append(p)

    invoices.sort(key=lambda r: r["invoice_id"])
    estimates.sort(key=lambda r: r["estimate_id"])
    contacts.sort(key=lambda r: int(r.get("customer_id") or 0))
    products.sort(key=lambda r: r["identifier"])

    for lang, L in LANGS.items():
        render(lang, L, outbase, contacts, people, invoices, estimates, products, by_id)


def render(lang, L, outbase, contacts, people, invoices, estimates, products, by_id):
    i = 1 if lang == "nl" else 2
    out = Path(outbase) / f"moneybird-export-{lang}"
    out.mkdir(parents=True, exist_ok=True)

    def cell(k, v, kind=None):
        if isinstance(v, bool):
            return L["yes"] if v else L["no"]
        if k in MONEY:
            return money(v, L["dec"])
        if k in DATES:
            return date(v)
        if k == "country":
            return L["country"].get(v, v or "")
        if k == "delivery_method":
            return L["delivery"].get(v, v or "")
        if k == "state":
            return L[kind].get(v, v)
        return "" if v is None else str(v)

    def write(name, cols, rows, kind=None):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=L["delim"], lineterminator="\r\n")
        w.writerow([c[i] for c in cols])
        for r in rows:
            w.writerow([cell(c[0], r.get(c[0]), kind) for c in cols])
        (out / name).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

    def doc(r):
        owner = by_id.get(r.get("contact_id")) or {}
        person = r.get("contact_person") or {}
        tax = (float(r.get("total_price_incl_tax") or 0)
               - float(r.get("total_price_excl_tax") or 0))
        return dict(r, customer_id=owner.get("customer_id"),
                    contact_name=owner.get("company_name"),
                    contact_person=" ".join(x for x in (person.get("firstname"),
                                                        person.get("lastname")) if x),
                    tax=f"{tax:.2f}")

    names = {"nl": ("contacten.csv", "contactpersonen.csv", "facturen.csv",
                    "offertes.csv", "producten.csv"),
             "en": ("contacts.csv", "contact_persons.csv", "invoices.csv",
                    "estimates.csv", "products.csv")}[lang]
    write(names[0], CONTACT_COLS, contacts)
    write(names[1], PEOPLE_COLS, people)
    write(names[2], INVOICE_COLS, [doc(r) for r in invoices], "inv_state")
    write(names[3], ESTIMATE_COLS, [doc(r) for r in estimates], "est_state")
    prows = []
    for p in products:
        freq = ""
        if p.get("frequency"):
            unit = p.get("frequency_type")
            freq = f'{p["frequency"]} {L["freq"].get(unit, unit)}'
        prows.append(dict(p, frequency=freq))
    write(names[4], PRODUCT_COLS, prows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
