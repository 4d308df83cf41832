"""Exact Online export in English from the Exact Online records Exact's own MIT-licensed .NET
client of the Exact Online REST API ships with its unit tests
(exactonline/exactonline-api-dotnet-client: recorded API responses under
test/ExactOnline.Client.Sdk.UnitTests/Json/) -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding exactonline/exactonline-api-dotnet-client commit 02d05483;
OUT: the folder to write. Reads the account, sales invoice and GL account responses with
`git show` and writes one CSV per entity, one row per distinct record (by its ID, first seen
wins, files in the order of FILES below), the columns the API's property names in the
responses' order; a property no record of the file fills is left out (an Exact Online list
export shows the columns chosen), as are __metadata and the deferred links
(BankAccounts...). A sales invoice's lines (SalesInvoiceLines, expanded in one response) go
to their own file. Values as the API writes them (dates '/Date(ms)/', codes padded as
stored, numbers as JSON writes them), true/false, null empty, UTF-8, LF. A rerun gives the
same bytes.
"""
import csv
import hashlib
import json
import subprocess
import sys

COMMIT = "02d05483e8149422696d149c2ff07ffcb0e7c4df"
DIR = "test/ExactOnline.Client.Sdk.UnitTests/Json/"
FILES = {
    "accounts": ("APIResponse_Json_Array.txt", "APIResponse_Json_Object.txt",
                 "Response_Json_Array_Account.txt", "Response_Json_Array_Account_Long.txt",
                 "Response_Json_Array_Account_WithLinkedEntities.txt",
                 "Response_Json_Object_Account.txt"),
    "sales_invoices": ("Response_Json_Array_SalesInvoice_WithLinkedEntities.txt",
                       "Response_Json_Object_SalesInvoice.txt"),
    "gl_accounts": ("Response_Json_Array_GLAccount.txt", "Response_Json_Object_GLAccount.txt"),
}
KEYS = {"accounts": "ID", "sales_invoices": "InvoiceID", "gl_accounts": "ID",
        "sales_invoice_lines": "ID"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def records(raw):
    j = json.loads(raw.decode("utf-8-sig"))
    d = j.get("d", j) if isinstance(j, dict) else j
    if isinstance(d, dict) and "results" in d:
        d = d["results"]
    return d if isinstance(d, list) else [d]


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def distinct(recs, key):
    seen, out = set(), []
    for r in recs:
        if r[key] in seen:
            continue
        seen.add(r[key])
        out.append(r)
    return out


def write(out, name, recs):
    header = []
    for r in recs:
        header += [k for k, v in r.items()
                   if k != "__metadata" and not isinstance(v, (dict, list)) and k not in header]
    header = [h for h in header if any(cell(r.get(h)) != "" for r in recs)]
    path = f"{out}/{name}.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in recs:
            w.writerow([cell(r.get(h)) for h in header])
    return path, len(recs)


def main(gitdir, out):
    data = {}
    for name, files in FILES.items():
        recs = []
        for fn in files:
            raw = show(gitdir, DIR + fn)
            print(hashlib.sha256(raw).hexdigest(), DIR + fn)
            recs += records(raw)
        data[name] = distinct(recs, KEYS[name])
    lines = []
    for inv in data["sales_invoices"]:
        sub = inv.get("SalesInvoiceLines")
        if isinstance(sub, dict) and "results" in sub:
            lines += sub["results"]
    data["sales_invoice_lines"] = distinct(lines, "ID")
    written = [write(out, n, data[n]) for n in
               ("accounts", "sales_invoices", "sales_invoice_lines", "gl_accounts")]
    for path, n in written:
        with open(path, "rb") as f:
            raw = f.read()
        print(hashlib.sha256(raw).hexdigest(), path.rsplit("/", 1)[-1], n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
