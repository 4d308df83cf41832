"""GiveWP's CSV exports of donations and donors, headed in its own labels.

Built for round Z3 (session 51, keys377). Usage:

    python convert.py --lang en|de|es|pl GIVE164 SAMPLE OUT

GIVE164: files of GitHub impress-org/givewp at 7bcc80dbc47bd18e162e3671cd521214faed4ef2
(Give 1.6.4, the last commit that ships languages/*.po) under their own paths; SAMPLE:
sample-data/sample-data.csv of impress-org/givewp at d9fa8f64f04ad7449283064944f27a9d0bba7caf
(GiveWP's own sample donations for its importer). SOURCE.md lists both.

Rules (nothing here is invented data):
- Rows: the 304 sample donations of sample-data.csv, as GiveWP's donation importer loads
  them: one donation form per distinct "Donation Form" (post IDs 1.. in order of first
  appearance), then one donation (payment) per row (post IDs after the forms', in file
  order), one donor per distinct e-mail (with a WordPress user, the importer's
  "create user" option; user 1 is the site admin, donors' users 2.. in order of first
  appearance). Cells come from the row as written (state and country names, the payment
  method's name).
- Files and columns: Give 1.6.4's batch exports (includes/admin/reporting/export/):
  donations.csv = Give_Batch_Payments_Export::csv_cols (sequential numbers off, the
  default: no "Payment Number"), newest first (ID descending, the query's default);
  donors.csv = Give_Batch_Customers_Export::get_cols with every column ticked, donors by id
  descending (the donors query's default). Headers are the msgids of those files
  translated by languages/give-<locale>.po (an untranslated msgid stays English, as
  gettext shows it); the amount header carries the site currency's symbol (USD: '$').
- Cells as the export code writes them: the amount by give_format_amount (2 decimals,
  ',' thousands), the payment's post_date ('Y-m-d H:i:s'), the status's label (translated;
  the sample's 'Completed' is the 'publish' status, label 'Complete'), 'guest' (translated)
  only for a donation without a user (none here), the donor's first donation date by
  date_i18n with the site's date format set to 'Y-m-d' (a WordPress General Settings
  choice; it prints no month name), the donation count and sum of the donor's donations
  (give_format_amount). Transaction ID and purchase key are empty: the sample has none.
- CSV: Give_Batch_Export's own writer: every cell in double quotes, a double quote in a
  cell turned into a single quote, then PHP addslashes; CRLF line ends; UTF-8.
"""
import argparse
import csv
import os
import re
from datetime import datetime

LANGS = {"en": None, "de": "de_DE", "es": "es_ES", "pl": "pl_PL"}

PAYMENT_COLS = [  # Give_Batch_Payments_Export::csv_cols (seq_id unset)
    ("id", "ID"), ("email", "Email"), ("first", "First Name"), ("last", "Last Name"),
    ("address1", "Address"), ("address2", "Address (Line 2)"), ("city", "City"),
    ("state", "State"), ("country", "Country"), ("zip", "Zip / Postal Code"),
    ("form_id", "Form ID"), ("form_name", "Form Name"), ("amount", "Amount"),
    ("gateway", "Payment Method"), ("trans_id", "Transaction ID"), ("key", "Purchase Key"),
    ("date", "Date"), ("user", "User"), ("status", "Status"),
]
DONOR_COLS = [  # Give_Batch_Customers_Export::get_cols, every option ticked
    ("full_name", "Full Name"), ("email", "Email Address"), ("address_line1", "Address"),
    ("address_line2", "Address 2"), ("address_city", "City"), ("address_state", "State"),
    ("address_zip", "Zip"), ("address_country", "Country"), ("userid", "User ID"),
    ("date_first_donated", "First Donation Date"), ("donations", "Number of Donations"),
    ("donation_sum", "Sum of Donations"),
]
# sample-data.csv's status -> give_get_payment_statuses() label (includes/payments/functions.php)
STATUS = {"Completed": "Complete", "Cancelled": "Cancelled", "Refunded": "Refunded",
          "Pending": "Pending"}


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (multi-line strings joined, fuzzy skipped)."""
    out = {}
    msgid = msgstr = None
    cur = None
    fuzzy = False

    def unq(s):
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def flush():
        if msgid is not None and msgstr and not fuzzy:
            out[msgid] = msgstr
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#,") and "fuzzy" in line:
                flush()
                msgid = msgstr = None
                fuzzy = True
            elif line.startswith("msgid "):
                if msgid is not None:
                    flush()
                    fuzzy = False
                msgid, msgstr, cur = unq(line[7:-1]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, cur = unq(line[8:-1]), "str"
            elif line.startswith('"') and cur:
                if cur == "id":
                    msgid += unq(line[1:-1])
                else:
                    msgstr += unq(line[1:-1])
            elif not line.strip():
                flush()
                msgid = msgstr = None
                cur = None
                fuzzy = False
        flush()
    return out


def money(x):
    """give_format_amount: two decimals, ',' thousands, '.' decimal (Give's defaults)."""
    return f"{x:,.2f}"


def php_cell(v):
    """Give_Batch_Export::print_csv_rows: '"' -> "'", then addslashes."""
    v = str(v).replace('"', "'")
    return v.replace("\\", "\\\\").replace("'", "\\'").replace("\0", "\\0")


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for row in [header, *rows]:
            fh.write(",".join('"' + php_cell(c) + '"' for c in row) + "\r\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("give164")
    ap.add_argument("sample")
    ap.add_argument("out")
    a = ap.parse_args()
    po = {}
    if LANGS[a.lang]:
        po = read_po(os.path.join(a.give164, "languages", f"give-{LANGS[a.lang]}.po"))

    def t(s):
        return po.get(s, s)

    with open(a.sample, encoding="utf-8", newline="") as fh:
        rows = [{k.strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]
    forms = {}
    for r in rows:
        forms.setdefault(r["Donation Form"], len(forms) + 1)
    users = {}
    payments = []
    for i, r in enumerate(rows):
        email = r["Donor Email"].lower()
        users.setdefault(email, len(users) + 2)
        when = datetime.strptime(r["Donation Date"], "%B %d, %Y %I:%M %p")
        payments.append({
            "id": len(forms) + 1 + i, "email": r["Donor Email"], "first": r["Donor First Name"],
            "last": r["Donor Last Name"], "address1": r["Address 1"], "address2": r["Address 2"],
            "city": r["City"], "state": r["State"], "country": r["Country"],
            "zip": r["Zip Code"], "form_id": forms[r["Donation Form"]],
            "form_name": r["Donation Form"], "amount": float(r["Donation Amount"]),
            "gateway": r["Payment Method"], "trans_id": "", "key": "",
            "date": when, "user": f'{r["Donor First Name"]} {r["Donor Last Name"]}',
            "status": t(STATUS[r["Donation Status"]]), "_email": email,
        })
    donors = {}
    for p in payments:  # the donor is made by the donor's first donation (file order)
        d = donors.setdefault(p["_email"], {
            "full_name": f'{p["first"]} {p["last"]}', "email": p["email"],
            "address_line1": p["address1"], "address_line2": p["address2"],
            "address_city": p["city"], "address_state": p["state"], "address_zip": p["zip"],
            "address_country": p["country"], "userid": users[p["_email"]],
            "first": p["date"], "count": 0, "sum": 0.0})
        d["first"] = min(d["first"], p["date"])
        d["count"] += 1
        d["sum"] += p["amount"]
    os.makedirs(a.out, exist_ok=True)
    head = [t(m) + (" ($)" if f == "amount" else "") for f, m in PAYMENT_COLS]
    out = []
    for p in sorted(payments, key=lambda p: -p["id"]):
        p = dict(p, amount=money(p["amount"]), date=p["date"].strftime("%Y-%m-%d %H:%M:%S"))
        out.append([p[f] for f, _ in PAYMENT_COLS])
    write(os.path.join(a.out, "donations.csv"), head, out)
    out = []
    for d in sorted(donors.values(), key=lambda d: -d["userid"]):
        d = dict(d, date_first_donated=d["first"].strftime("%Y-%m-%d"), donations=d["count"],
                 donation_sum=money(d["sum"]))
        out.append([d[f] for f, _ in DONOR_COLS])
    write(os.path.join(a.out, "donors.csv"), [t(m) for _, m in DONOR_COLS], out)


if __name__ == "__main__":
    main()
