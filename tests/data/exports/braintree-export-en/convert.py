"""Braintree's own fixed test records as the Braintree Control Panel's CSV downloads write them.

Built for round Z20 (session 57, keys466). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub braintree/braintree_python (MIT) holding commit
80b03f49e8923e30bdaeeace2acacfcfa7a517cb; files are read with `git show`.

Rules (nothing here is invented data except what the gateway itself stamps: ids, times):
- Rows: the fixed literal request records of the SDK's integration tests, read with Python's
  ast (only literal values; a value that is code is left out, except the SDK's own test
  amount constants, braintree/transaction_amounts.py, which are resolved):
  * customers: every `Customer.create({...})` of tests/integration/test_customer.py,
    test_customer_search.py, test_credit_card.py and test_transaction.py that names a person
    or a company (first or last name, company or e-mail) and whose e-mail, when given, is a
    valid address (the tests' deliberately invalid creates fail at the gateway and store
    nothing), plus every customer a transaction stores in the Vault (options.store_in_vault
    or store_in_vault_on_success); exact duplicates once (first met wins).
  * transactions: every `Transaction.sale({...})` / `Transaction.credit({...})` of
    tests/integration/test_transaction.py and test_transaction_search.py that carries a
    customer, billing or shipping block, an order id or a cardholder name; exact duplicates
    once.
- Ids and times are the gateway's, which the records do not carry: a customer id is 9 digits
  and a transaction id 8 lower-case letters and digits, both from the SHA-1 of the test
  file's name and the call's line; 'Created Datetime' counts one minute per row from the
  pinned commit's date (2026-06-16 17:24:32 UTC), 'Created Timezone' UTC.
- Files and columns: the Control Panel's search-result downloads: Vault > Customers search
  (`customers.csv`) and Transactions search (`transactions.csv`), headed as the Control Panel
  labels the columns ('Customer ID', 'First Name', ..., 'Transaction ID', 'Transaction Type',
  'Transaction Status', 'Created Datetime', 'Amount Authorized', 'Customer First Name',
  'Billing City (Locality)', 'Billing State/Province (Region)', ...), in the download's
  order; only the columns these records can fill or that every download carries.
- Values: amounts with two decimals, type and status as the API words them (sale, credit,
  authorized, submitted_for_settlement, processor_declined, gateway_rejected), expiration
  MM/YYYY, card type from the number's range, first six / last four digits; LF line ends,
  minimal quoting (Python's csv).
"""
import ast
import csv
import datetime
import hashlib
import io
import os
import re
import subprocess
import sys

COMMIT = "80b03f49e8923e30bdaeeace2acacfcfa7a517cb"
BASE = datetime.datetime(2026, 6, 16, 17, 24, 32)
CUSTOMER_FILES = ["tests/integration/test_customer.py",
                  "tests/integration/test_customer_search.py",
                  "tests/integration/test_credit_card.py",
                  "tests/integration/test_transaction.py"]
TRANSACTION_FILES = ["tests/integration/test_transaction.py",
                     "tests/integration/test_transaction_search.py"]
AMOUNTS = "braintree/transaction_amounts.py"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def amounts(gitdir):
    out = {}
    for node in ast.walk(ast.parse(show(gitdir, AMOUNTS))):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = node.value.value
    return out


def lit(n, consts):
    if isinstance(n, ast.Dict):
        d = {}
        for k, v in zip(n.keys, n.values, strict=True):
            if isinstance(k, ast.Constant):
                r = lit(v, consts)
                if r is not None:
                    d[k.value] = r
        return d
    if isinstance(n, ast.Constant):
        return n.value
    if (isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
            and n.value.id == "TransactionAmounts" and n.attr in consts):
        return consts[n.attr]
    return None


def calls(gitdir, path, obj, meths, consts):
    out = []
    for n in ast.walk(ast.parse(show(gitdir, path))):
        if (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                and isinstance(n.func.value, ast.Name) and n.func.value.id == obj
                and n.func.attr in meths and n.args and isinstance(n.args[0], ast.Dict)):
            out.append((n.lineno, n.func.attr, lit(n.args[0], consts)))
    return sorted(out, key=lambda x: x[0])


def digest(path, line):
    return hashlib.sha1(f"{path}:{line}".encode()).hexdigest()


def customer_id(path, line):
    return str(int(digest(path, line), 16) % 900000000 + 100000000)


def transaction_id(path, line):
    n = int(digest(path, line), 16)
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    s = ""
    for _ in range(8):
        n, r = divmod(n, 36)
        s += chars[r]
    return s


def s(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def money(v):
    if v in (None, ""):
        return ""
    return f"{float(v):.2f}"


def card_type(number):
    if not number:
        return ""
    if number.startswith(("34", "37")):
        return "American Express"
    if number.startswith("4"):
        return "Visa"
    if number[:2] in ("51", "52", "53", "54", "55") or number[:2] == "22":
        return "MasterCard"
    if number.startswith(("6011", "65")):
        return "Discover"
    if number.startswith("35"):
        return "JCB"
    return ""


def expiration(card):
    if card.get("expiration_date"):
        m, _, y = str(card["expiration_date"]).partition("/")
        return f"{m}/{'20' + y if len(y) == 2 else y}"
    if card.get("expiration_month") and card.get("expiration_year"):
        return f"{card['expiration_month']}/{card['expiration_year']}"
    return ""


def country(a):
    return s(a.get("country_name") or a.get("country_code_alpha2") or "")


CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Company", "Email", "Phone", "Fax", "Website",
    "Created Datetime", "Created Timezone", "Payment Method Token", "Card Type", "Cardholder Name",
    "Last Four of Credit Card", "Expiration Date", "Billing First Name", "Billing Last Name",
    "Billing Company", "Billing Street Address", "Billing Extended Address",
    "Billing City (Locality)", "Billing State/Province (Region)", "Billing Postal Code",
    "Billing Country"]

TRANSACTION_HEADER = [
    "Transaction ID", "Subscription ID", "Transaction Type", "Transaction Status",
    "Created Datetime", "Created Timezone", "Settlement Date", "Merchant Account",
    "Currency ISO Code", "Amount Authorized", "Amount Submitted For Settlement", "Tax Amount",
    "Tax Exempt", "Purchase Order Number", "Order ID", "Descriptor Name", "Descriptor Phone",
    "Descriptor URL", "Refunded Transaction ID", "Payment Instrument Type", "Card Type",
    "Cardholder Name", "First Six of Credit Card", "Last Four of Credit Card", "Expiration Date",
    "Customer ID", "Payment Method Token", "Customer First Name", "Customer Last Name",
    "Customer Company", "Customer Email", "Customer Phone", "Customer Fax", "Customer Website",
    "Billing First Name", "Billing Last Name", "Billing Company", "Billing Street Address",
    "Billing Extended Address", "Billing City (Locality)", "Billing State/Province (Region)",
    "Billing Postal Code", "Billing Country", "Shipping First Name", "Shipping Last Name",
    "Shipping Company", "Shipping Street Address", "Shipping Extended Address",
    "Shipping City (Locality)", "Shipping State/Province (Region)", "Shipping Postal Code",
    "Shipping Country", "Processor Response Code", "Processor Response Text"]


def address_cells(a):
    return [s(a.get("first_name")), s(a.get("last_name")), s(a.get("company")),
            s(a.get("street_address")), s(a.get("extended_address")), s(a.get("locality")),
            s(a.get("region")), s(a.get("postal_code")), country(a)]


def customer_row(cid, c, card, token, when):
    billing = card.get("billing_address") or {}
    number = str(card.get("number") or "")
    return [cid, s(c.get("first_name")), s(c.get("last_name")), s(c.get("company")),
            s(c.get("email")), s(c.get("phone")), s(c.get("fax")), s(c.get("website")),
            when, "UTC", token, card_type(number), s(card.get("cardholder_name")),
            number[-4:] if number else "", expiration(card) if number else ""] + (
                address_cells(billing) if number else [""] * 9)


def status_of(amount, opts):
    a = float(amount) if amount else 0.0
    if 2000 <= a < 3000:
        return "processor_declined", "2000", "Do Not Honor"
    if 3000 <= a < 4000:
        return "failed", "3000", "Processor Network Unavailable - Try Again"
    if (opts or {}).get("submit_for_settlement"):
        return "submitted_for_settlement", "1000", "Approved"
    return "authorized", "1000", "Approved"


def write(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def main(gitdir, out):
    consts = amounts(gitdir)
    customers, seen_c = [], set()
    for path in CUSTOMER_FILES:
        for line, _, d in calls(gitdir, path, "Customer", {"create"}, consts):
            if not any(d.get(k) for k in ("first_name", "last_name", "company", "email")):
                continue
            if d.get("email") and not EMAIL.match(str(d["email"])):
                continue
            card = d.get("credit_card") or {}
            if card.get("number") and not str(card["number"]).isdigit():
                continue
            sig = repr(sorted((k, repr(v)) for k, v in d.items() if k in (
                "first_name", "last_name", "company", "email", "phone", "fax", "website",
                "credit_card")))
            if sig in seen_c:
                continue
            seen_c.add(sig)
            customers.append((path, line, d, card))
    transactions, seen_t = [], set()
    for path in TRANSACTION_FILES:
        for line, meth, d in calls(gitdir, path, "Transaction", {"sale", "credit"}, consts):
            card = d.get("credit_card") or {}
            if not (d.get("customer") or d.get("billing") or d.get("shipping")
                    or d.get("order_id") or card.get("cardholder_name")):
                continue
            sig = meth + repr(sorted((k, repr(v)) for k, v in d.items()))
            if sig in seen_t:
                continue
            seen_t.add(sig)
            transactions.append((path, line, meth, d, card))

    minute = 0
    rows_c = []
    for path, line, d, card in customers:
        cid = s(d.get("id")) or customer_id(path, line)
        token = (digest(path, line)[:6] if card.get("number") else "")
        when = (BASE + datetime.timedelta(minutes=minute)).strftime("%Y-%m-%d %H:%M:%S")
        rows_c.append(customer_row(cid, d, card, token, when))
        minute += 1
    rows_t = []
    for path, line, meth, d, card in transactions:
        when = (BASE + datetime.timedelta(minutes=minute)).strftime("%Y-%m-%d %H:%M:%S")
        minute += 1
        opts = d.get("options") or {}
        c = d.get("customer") or {}
        vaulted = bool(opts.get("store_in_vault") or opts.get("store_in_vault_on_success"))
        number = str(card.get("number") or "")
        amount = money(d.get("amount"))
        status, code, text = status_of(d.get("amount"), opts)
        cid = token = ""
        if vaulted:
            cid = s(c.get("id")) or customer_id(path, line)
            token = digest(path, line)[:6]
            if not any(r[0] == cid for r in rows_c):
                rows_c.append(customer_row(cid, c, card if number else {},
                                           token if number else "", when))
        desc = d.get("descriptor") or {}
        rows_t.append([
            transaction_id(path, line), "", meth, status, when, "UTC", "",
            s(d.get("merchant_account_id")), "USD", amount,
            amount if status == "submitted_for_settlement" else "",
            money(d.get("tax_amount")), s(d.get("tax_exempt")) if "tax_exempt" in d else "",
            s(d.get("purchase_order_number")), s(d.get("order_id")), s(desc.get("name")),
            s(desc.get("phone")), s(desc.get("url")), "", "credit_card" if card else "",
            card_type(number), s(card.get("cardholder_name")), number[:6], number[-4:],
            expiration(card), cid, token, s(c.get("first_name")), s(c.get("last_name")),
            s(c.get("company")), s(c.get("email")), s(c.get("phone")), s(c.get("fax")),
            s(c.get("website"))]
            + address_cells(d.get("billing") or {}) + address_cells(d.get("shipping") or {})
            + [code, text])
    os.makedirs(out, exist_ok=True)
    n_c = write(os.path.join(out, "customers.csv"), CUSTOMER_HEADER, rows_c)
    n_t = write(os.path.join(out, "transactions.csv"), TRANSACTION_HEADER, rows_t)
    print(f"customers.csv {n_c} rows, transactions.csv {n_t} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
