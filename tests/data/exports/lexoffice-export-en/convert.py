#!/usr/bin/env python3
"""Render the fixed lexoffice records of Daniel-Jorg-Schuppelius/lexoffice-php-sdk's
entity tests as CSV files, one per lexoffice resource, headed by the lexoffice API's own
field names (dotted paths into the JSON record; the first element of a list as [0]).

Usage: convert.py GITDIR OUT   (GITDIR holds commit COMMIT)
Standard library only; a rerun gives the same bytes.
"""
import csv
import hashlib
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "450f731b451dd516ed2e0c420d5f008dbf417bb9"

# (test file, test function, which `$data = [...]` in it (0-based), which element of
# 'content' when the data is a page/list (None: the record itself))
SOURCES = {
    "contacts.csv": [
        ("tests/Entities/ContactsTest.php", "test_create_contact", None),
        ("tests/Entities/ContactsTest.php", "test_create_contacts", 0),
        ("tests/Entities/ContactsTest.php", "test_create_contacts", 1),
    ],
    "articles.csv": [
        ("tests/Entities/ArticlesTest.php", "test_create_article", None),
        ("tests/Entities/ArticlesTest.php", "test_create_articles", 1),
    ],
    "invoices.csv": [
        ("tests/Entities/Documents/InvoicesTest.php", "test_create_invoice", None),
    ],
    "quotations.csv": [
        ("tests/Entities/Documents/QuotationsTest.php", "test_create_quotation", None),
    ],
    "order_confirmations.csv": [
        ("tests/Entities/Documents/OrderConfirmationsTest.php",
         "test_create_order_confirmation", None),
    ],
}

_DOC = ["id", "organizationId", "createdDate", "updatedDate", "version", "language",
        "archived", "voucherStatus", "voucherNumber", "voucherDate"]
_ADDR = ["address.contactId", "address.name", "address.supplement", "address.street",
         "address.city", "address.zip", "address.countryCode"]
_TOTAL = ["totalPrice.currency", "totalPrice.totalNetAmount", "totalPrice.totalGrossAmount",
          "totalPrice.totalTaxAmount", "taxConditions.taxType"]

COLUMNS = {
    "contacts.csv": [
        "id", "organizationId", "version", "roles.customer.number", "roles.vendor.number",
        "company.name", "company.taxNumber", "company.vatRegistrationId",
        "company.allowTaxFreeInvoices", "company.contactPersons[0].salutation",
        "company.contactPersons[0].firstName", "company.contactPersons[0].lastName",
        "company.contactPersons[0].emailAddress", "company.contactPersons[0].phoneNumber",
        "person.salutation", "person.firstName", "person.lastName",
        "addresses.billing[0].supplement", "addresses.billing[0].street",
        "addresses.billing[0].zip", "addresses.billing[0].city",
        "addresses.billing[0].countryCode", "addresses.shipping[0].supplement",
        "addresses.shipping[0].street", "addresses.shipping[0].zip",
        "addresses.shipping[0].city", "addresses.shipping[0].countryCode",
        "emailAddresses.business[0]", "emailAddresses.office[0]",
        "emailAddresses.private[0]", "emailAddresses.other[0]",
        "phoneNumbers.business[0]", "phoneNumbers.office[0]", "phoneNumbers.mobile[0]",
        "phoneNumbers.private[0]", "phoneNumbers.fax[0]", "phoneNumbers.other[0]",
        "note", "archived",
    ],
    "articles.csv": [
        "id", "title", "description", "type", "articleNumber", "gtin", "note", "unitName",
        "price.netPrice", "price.grossPrice", "price.leadingPrice", "price.taxRate",
        "version",
    ],
    "invoices.csv": _DOC + ["dueDate"] + _ADDR + _TOTAL + [
        "paymentConditions.paymentTermLabel", "paymentConditions.paymentTermDuration",
        "shippingConditions.shippingDate", "shippingConditions.shippingType",
        "title", "introduction", "remark"],
    "quotations.csv": _DOC + ["expirationDate"] + _ADDR + _TOTAL + [
        "title", "introduction", "remark"],
    "order_confirmations.csv": _DOC + _ADDR + _TOTAL + [
        "shippingConditions.shippingDate", "shippingConditions.shippingType",
        "title", "introduction", "remark", "deliveryTerms"],
}

_TOKEN = re.compile(r'\s*(?:(=>)|([\[\],])|"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\''
                    r'|(-?\d+(?:\.\d+)?)|(true|false|null))', re.S)


def parse_php_array(text, pos):
    """Parse a PHP short array literal starting at text[pos] == '['.
    Returns (value, end). Lists become Python lists, maps dicts; numbers keep their
    literal text."""
    toks = []
    depth = 0
    while True:
        m = _TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot parse PHP at {text[pos:pos + 40]!r}")
        pos = m.end()
        if m.group(1):
            toks.append(("=>", None))
        elif m.group(2):
            toks.append((m.group(2), None))
            depth += {"[": 1, "]": -1, ",": 0}[m.group(2)]
            if depth == 0:
                break
        elif m.group(3) is not None:
            toks.append(("s", m.group(3).replace('\\"', '"').replace("\\\\", "\\")))
        elif m.group(4) is not None:
            toks.append(("s", m.group(4).replace("\\'", "'").replace("\\\\", "\\")))
        elif m.group(5):
            toks.append(("n", m.group(5)))
        else:
            toks.append(("k", {"true": True, "false": False, "null": None}[m.group(6)]))

    def value(i):
        kind, v = toks[i]
        if kind == "[":
            return array(i + 1)
        return v, i + 1

    def array(i):
        items = []
        keyed = False
        while toks[i][0] != "]":
            v, i = value(i)
            if toks[i][0] == "=>":
                keyed = True
                val, i = value(i + 1)
                items.append((v, val))
            else:
                items.append((None, v))
            if toks[i][0] == ",":
                i += 1
        if keyed:
            return {k: v for k, v in items}, i + 1
        return [v for _, v in items], i + 1

    return value(0)[0], pos


def records(git_dir, path, func, which, read):
    text = read(path)
    start = text.index(f"function {func}(")
    pos = text.index("$data = [", start) + len("$data = ")
    data, _ = parse_php_array(text, pos)
    return data if which is None else data["content"][which]


def pick(rec, dotted):
    cur = rec
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", dotted):
        if cur is None:
            return None
        if part.startswith("["):
            idx = int(part[1:-1])
            cur = cur[idx] if isinstance(cur, list) and len(cur) > idx else None
        else:
            cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def main():
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    cache = {}

    def read(path):
        if path not in cache:
            raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                                 check=True, capture_output=True).stdout
            cache[path] = raw.decode("utf-8")
            print(hashlib.sha256(raw).hexdigest(), path, file=sys.stderr)
        return cache[path]

    for name, srcs in SOURCES.items():
        cols = COLUMNS[name]
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for path, func, which in srcs:
                rec = records(git_dir, path, func, which, read)
                w.writerow([cell(pick(rec, c)) for c in cols])


if __name__ == "__main__":
    main()
