"""Asaas export (en) from the fixed Asaas API v3 records that tio-jobs/asaas-php (an Asaas
client for PHP, MIT) keeps as its tests' mocked responses, at eeb00e7f.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) tests/Fixtures/responses/customers/list.php
(two customers), customers/create.php (the customer the charges belong to, as created) and
charges/resources/list-all-charges.php (ten charges, 'payments' in the API). The PHP array
literals are read as data (strings, numbers as written, null/true/false, nested arrays).
One row per distinct id, first met wins, customers in the order list, create. Writes
customers.csv and payments.csv, headed by the API's field names in the record's order,
nested objects joined by '.' ('creditCard.creditCardBrand', 'fine.value'), a customer's
groups as their names joined by ';', the type marker 'object' and columns no record fills
left out. Values as the API gives them (ISO dates, true/false, numbers as written, null
empty). UTF-8, comma, LF.
"""
import csv
import os
import re
import subprocess
import sys

COMMIT = "eeb00e7f036e1d0791d851ef213bedc0e75ab8e7"
FIX = "tests/Fixtures/responses/"

TOKEN = re.compile(r'\s*(?:(=>)|(\[)|(\])|(,)|"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\''
                   r'|(-?\d+(?:\.\d+)?)|(null|true|false))', re.S)


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def tokens(src):
    pos, out = 0, []
    src = src.rstrip().rstrip(";").rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            if src[pos:].strip() == "":
                break
            raise ValueError(f"unexpected PHP at {pos}: {src[pos:pos + 30]!r}")
        pos = m.end()
        arrow, op, cl, comma, dq, sq, num, word = m.groups()
        if arrow:
            out.append(("=>", None))
        elif op:
            out.append(("[", None))
        elif cl:
            out.append(("]", None))
        elif comma:
            out.append((",", None))
        elif dq is not None:
            out.append(("v", dq.replace('\\"', '"').replace("\\\\", "\\")))
        elif sq is not None:
            out.append(("v", sq.replace("\\'", "'").replace("\\\\", "\\")))
        elif num is not None:
            out.append(("v", num))
        else:
            out.append(("v", {"null": None, "true": True, "false": False}[word]))
    return out


def parse(toks, i=0):
    kind, val = toks[i]
    if kind == "v":
        return val, i + 1
    assert kind == "["
    i += 1
    pairs, is_map = [], False
    while toks[i][0] != "]":
        key, i = parse(toks, i)
        if toks[i][0] == "=>":
            is_map = True
            val, i = parse(toks, i + 1)
            pairs.append((key, val))
        else:
            pairs.append((None, key))
        if toks[i][0] == ",":
            i += 1
    i += 1
    if is_map and not all(isinstance(k, str) and k.lstrip("-").isdigit() for k, _ in pairs):
        return dict(pairs), i
    return [v for _, v in pairs], i


def php_return(gitdir, path):
    text = show(gitdir, path).decode("utf-8")
    body = text[text.index("return") + len("return"):]
    value, _ = parse(tokens(body))
    return value


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if k == "object" and not prefix:
            continue
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            out[prefix + k] = ";".join(g["name"] if isinstance(g, dict) else str(g) for g in v)
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, records):
    rows, seen = [], set()
    for r in records:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        rows.append(flat(r))
    fields = []
    for r in rows:
        for k in r:
            if k not in fields and any(cell(x.get(k)) != "" for x in rows):
                fields.append(k)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(k)) for k in fields])
    return len(rows)


def main(gitdir, out):
    os.makedirs(out, exist_ok=True)
    customers = php_return(gitdir, FIX + "customers/list.php")["data"]
    customers.append(php_return(gitdir, FIX + "customers/create.php"))
    payments = php_return(gitdir, FIX + "charges/resources/list-all-charges.php")["data"]
    print("customers.csv", write(out, "customers.csv", customers))
    print("payments.csv", write(out, "payments.csv", payments))
    with open(os.path.join(out, "LICENSE"), "wb") as fh:
        fh.write(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
