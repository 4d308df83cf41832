#!/usr/bin/env python3
"""Xendit export (en) from xendit/xendit-python's recorded sample responses.

Usage: convert.py GITDIR OUTDIR [COMMIT]

Reads, with `git show COMMIT:PATH`, the modules of `tests/sampleresponse/` of Xendit's own
MIT-licensed Python SDK (xendit/xendit-python, the hand-written SDK before the generated
one replaced it): functions returning the API responses the unit tests replay, written as
Python literals. Each function's returned literal is read with `ast.literal_eval` (no code
of the repository is run); a function returning calls of other functions (a list of the
same record twice) is skipped, the records it repeats are met in the functions it calls.
Writes one CSV per resource, one row per distinct record id (first met wins, sources in
RESOURCES order), columns headed by Xendit's API field names in order of first appearance:
nested objects flattened one level ('payment_method.id'), lists left out, fields no record
fills left out; true/false, null empty, numbers as given, timestamps as the API gives them
(ISO 8601, UTC), UTF-8, LF.
"""
import ast
import csv
import hashlib
import subprocess
import sys

COMMIT = "262cbb7e27e99c0c0650a1a0d634d291d4038416"

# csv name -> [(module, function), ...]  (the record's id field is "id" unless given)
RESOURCES = [
    ("customers", [("direct_debit", "customer_response")]),
    ("invoices", [("invoice", "invoice_response"), ("invoice", "multiple_invoice_response")]),
    ("payment_requests", [("payment_request", "payment_request_response")]),
    ("payment_methods", [("direct_debit", "payment_method_response"),
                         ("payment_method", "payment_method_response"),
                         ("payment_method", "payment_method_list_response")]),
    ("direct_debit_payments", [("direct_debit", "payment_response")]),
    ("recurring_payments", [("recurring_payment", "recurring_payment_response")]),
    ("virtual_accounts", [("virtual_account", "virtual_account_response")]),
    ("credit_card_charges", [("credit_card", "charge_response")]),
    ("disbursements", [("disbursement", "disbursement_response"),
                       ("disbursement", "multi_disbursement_response")]),
    ("payouts", [("payout", "payout_response"), ("payout", "void_payout_response")]),
    ("refunds", [("refund", "refund_response")]),
    ("xenplatform_accounts", [("xenplatform", "xenplatform_account_response")]),
]
ID_FIELD = {"xenplatform_accounts": "user_id"}
MODULES = sorted({m for _, fns in RESOURCES for m, _ in fns})
SOURCES = [f"tests/sampleresponse/{m}.py" for m in MODULES] + ["LICENSE"]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def functions(text):
    """name -> the literal its (first) return statement gives, or None if not a literal."""
    out = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and sub.value is not None:
                    try:
                        out[node.name] = ast.literal_eval(sub.value)
                    except ValueError:
                        out[node.name] = None
                    break
    return out


def records(value):
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    if isinstance(value, dict):
        if isinstance(value.get("data"), list):   # a list response: {"has_more", "data": [...]}
            return [v for v in value["data"] if isinstance(v, dict)]
        return [value]
    return []


def flat(rec):
    row = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                if not isinstance(v2, (dict, list)):
                    row[f"{k}.{k2}"] = v2
        elif not isinstance(v, list):
            row[k] = v
    return row


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def main():
    gitdir, outdir = sys.argv[1], sys.argv[2]
    commit = sys.argv[3] if len(sys.argv) > 3 else COMMIT
    texts = {p: show(gitdir, commit, p) for p in SOURCES}
    print("read:")
    for p in SOURCES:
        print(f"    {hashlib.sha256(texts[p]).hexdigest()}  {p}")
    funcs = {m: functions(texts[f"tests/sampleresponse/{m}.py"].decode("utf-8"))
             for m in MODULES}
    print("wrote:")
    for name, fns in RESOURCES:
        idf = ID_FIELD.get(name, "id")
        rows, seen = [], set()
        for module, fn in fns:
            for rec in records(funcs[module][fn]):
                if rec.get(idf) in seen:
                    continue
                seen.add(rec.get(idf))
                rows.append(flat(rec))
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and any(x.get(k) not in (None, "") for x in rows):
                    cols.append(k)
        path = f"{outdir}/{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            for r in rows:
                w.writerow([cell(r.get(c)) for c in cols])
        with open(path, "rb") as f:
            print(f"    {hashlib.sha256(f.read()).hexdigest()}  {len(rows):3d}  {name}.csv")


if __name__ == "__main__":
    main()
