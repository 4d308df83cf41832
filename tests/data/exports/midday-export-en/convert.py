"""Midday's own fixed records -> the CSVs of Midday's "export all data" (team export).

Reads, from a git directory holding Midday (midday-ai/midday) at one commit:
  packages/db/src/test/helpers/seed.ts        the DB test seed: fixed UUIDs and values
  apps/api/src/__tests__/factories/customer.ts the API tests' customer factory (fixed values)
and writes what apps/worker/src/processors/transactions/export-team-data.ts puts in its zip
for the seed's USD team ("Test Co USD"):
  transactions.csv      process-export.ts's 23 labelled columns ("ID", "Date", ...)
  invoices.csv          getInvoices' row keys (camelCase), objects as JSON (flattenForCsv)
  customers.csv         getCustomers' row keys
  tracker-projects.csv  getTrackerProjects' row keys
CSV as @fast-csv/format writeToString writes it: ',' delimiter, '"' quoting only where a
field holds ',', '"' or a line break, '\n' between rows and none after the last.

Usage: python convert.py GITDIR OUTDIR [--commit SHA]
Standard library only (and git). Deterministic: a rerun writes the same bytes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import subprocess
from pathlib import Path

COMMIT = "47d252aab7e3ab28a0027376cfdd6ee83d2e5ccf"
COMMIT_TIME = "2026-04-20 22:43:35+00"  # the commit's time (UTC): stands for defaultNow()
SEED = "packages/db/src/test/helpers/seed.ts"
CUSTOMER = "apps/api/src/__tests__/factories/customer.ts"
TEAM_USD_ID = "00000000-0000-0000-0000-000000000001"
TEAM_NAME = "Test Co USD"
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
TAX_LABELS = {"vat": "VAT", "sales_tax": "Sales Tax", "gst": "GST",
              "withholding_tax": "Withholding Tax", "service_tax": "Service Tax",
              "excise_tax": "Excise / Special Tax", "reverse_charge": "Reverse Charge",
              "custom_tax": "Custom Tax"}


def show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def function_body(src: str, name: str) -> str:
    start = src.index(f"function {name}(")
    end = src.index("\n}\n", start)
    return src[start:end]


def literal(raw: str, consts: dict[str, str]):
    raw = raw.strip().rstrip(",")
    if raw.startswith('"'):
        return json.loads(raw)
    if raw in ("true", "false"):
        return raw == "true"
    if raw == "null":
        return None
    if re.fullmatch(r"-?\d+(\.\d+)?", raw):
        return float(raw) if "." in raw else int(raw)
    if raw in consts:
        return consts[raw]
    m = re.fullmatch(r"CAT_IDS\.(\w+)", raw)
    if m:
        return ("CAT", m.group(1))
    return ("EXPR", raw)  # an expression computed at run time (e.g. a date relative to now)


def objects(body: str, consts: dict[str, str]) -> list[dict]:
    """The flat object literals of a values([...]) call, one key per line."""
    out, cur = [], None
    for line in body.splitlines():
        s = line.strip()
        if s == "{":
            cur = {}
        elif s in ("},", "}", "};") and cur is not None:
            out.append(cur)
            cur = None
        elif cur is not None:
            m = re.match(r"(\w+): (.+)$", s)
            if m:
                cur[m.group(1)] = literal(m.group(2), consts)
    return out


def js_round2(x: float) -> float:
    return math.floor(x * 100 + 0.5) / 100  # Math.round(x * 100) / 100


def js_str(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def money(amount: float, currency: str) -> str:
    """Intl.NumberFormat("en", {style: "currency"}): '$5,000.00', '-$1,234.50'."""
    # currencies without an English symbol print their code and a no-break space
    sym = SYMBOLS.get(currency, f"{currency}\u00a0")
    text = f"{sym}{abs(amount):,.2f}"
    return f"-{text}" if amount < 0 else text


def csv_field(v: str) -> str:
    if any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = [",".join(csv_field(h) for h in header)]
    lines += [",".join(csv_field(c) for c in row) for row in rows]
    path.write_bytes("\n".join(lines).encode("utf-8"))


def flatten(v) -> str:  # export-team-data.ts flattenForCsv
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    return js_str(v)


def transactions(seed: str, consts: dict[str, str]) -> list[list[str]]:
    cats = {}
    for c in objects(function_body(seed, "seedCategories"), consts):
        if c.get("teamId") == TEAM_USD_ID:
            cats[c["slug"]] = c
    rows = []
    txs = [t for t in objects(function_body(seed, "seedTransactions"), consts)
           if t.get("teamId") == TEAM_USD_ID and isinstance(t.get("date"), str)]
    # processTransactions sorts by date ascending; the zip's rows are then sorted newest
    # first (a stable sort: same-day rows keep the seed's order)
    txs = sorted(txs, key=lambda t: t["date"])
    txs = sorted(txs, key=lambda t: t["date"], reverse=True)
    for t in txs:
        cat = cats.get(t["categorySlug"], {})
        amount, cur = float(t["amount"]), t["currency"]
        tax_rate = t.get("taxRate", cat.get("taxRate"))
        tax_amount = (abs(js_round2(amount * (tax_rate / (100 + tax_rate))))
                      if tax_rate is not None else None)
        tax_type = t.get("taxType", cat.get("taxType"))
        base_amount, base_cur = t.get("baseAmount"), t.get("baseCurrency")
        has_base = base_amount is not None and base_cur and base_cur != cur
        base_tax = None
        if has_base and tax_amount is not None and amount != 0:
            base_tax = abs(js_round2(base_amount * (tax_rate / (100 + tax_rate))))
        date = dt.date.fromisoformat(t["date"]).strftime("%b %d, %Y")
        rows.append([
            t["id"], date, t["name"], "", js_str(t["amount"]), cur, money(amount, cur),
            js_str(base_amount) if has_base else "", base_cur if has_base else "",
            TAX_LABELS.get(tax_type or "", ""),
            f"{js_str(tax_rate)}%" if tax_rate is not None else "",
            money(tax_amount or 0, cur),
            money(base_tax, base_cur) if base_tax is not None else "",
            "", cat.get("name", ""), "", "",
            "Completed" if t["status"] == "completed" else "Not completed",
            "", "", "", "", "",
        ])
    return rows


TX_COLUMNS = ["ID", "Date", "Description", "Additional info", "Amount", "Currency",
              "Formatted amount", "Base amount", "Base currency", "Tax type", "Tax rate",
              "Tax amount", "Base tax amount", "From / To", "Category",
              "Category description", "Tax reporting code", "Status", "Attachments",
              "Balance", "Account", "Note", "Tags"]

INVOICE_KEYS = ["id", "dueDate", "invoiceNumber", "createdAt", "amount", "currency",
                "lineItems", "reminderSentAt", "updatedAt", "note", "internalNote", "paidAt",
                "vat", "tax", "filePath", "status", "fileSize", "viewedAt", "issueDate",
                "sentAt", "template", "customerName", "token", "sentTo", "discount",
                "subtotal", "scheduledAt", "scheduledJobId", "customer", "customerId",
                "team", "invoiceRecurringId", "recurringSequence", "recurring"]


def pg_ts(date: str) -> str:  # a timestamptz in mode "string", as Postgres prints it
    return f"{date} 00:00:00+00"


def invoices(seed: str, consts: dict[str, str]) -> list[list[str]]:
    rows = []
    for inv in objects(function_body(seed, "seedInvoices"), consts):
        rec = {k: None for k in INVOICE_KEYS}
        rec.update(id=inv["id"], dueDate=pg_ts(inv["dueDate"]),
                   invoiceNumber=inv["invoiceNumber"], createdAt=COMMIT_TIME,
                   updatedAt=COMMIT_TIME, amount=inv["amount"], currency=inv["currency"],
                   status=inv["status"], token="", team={"name": TEAM_NAME})
        rows.append([flatten(rec[k]) for k in INVOICE_KEYS])
    return rows


CUSTOMER_KEYS = ["id", "name", "email", "billingEmail", "phone", "website", "createdAt",
                 "teamId", "country", "addressLine1", "addressLine2", "city", "state", "zip",
                 "note", "vatNumber", "countryCode", "token", "contact", "status",
                 "isArchived", "logoUrl", "description", "industry", "companyType",
                 "employeeCount", "foundedYear", "estimatedRevenue", "fundingStage",
                 "totalFunding", "headquartersLocation", "timezone", "linkedinUrl",
                 "twitterUrl", "instagramUrl", "facebookUrl", "ceoName", "financeContact",
                 "financeContactEmail", "primaryLanguage", "fiscalYearEnd",
                 "enrichmentStatus", "enrichedAt", "portalEnabled", "portalId",
                 "invoiceCount", "projectCount", "totalRevenue", "outstandingAmount",
                 "lastInvoiceDate", "invoiceCurrency", "tags"]


def customers(factory: str) -> list[list[str]]:
    body = function_body(factory, "createValidCustomerResponse")
    vals = objects(body.replace("return {", "{"), {})[0]
    rec = {k: None for k in CUSTOMER_KEYS}
    for k, v in vals.items():
        if k in rec:
            rec[k] = v
    created = dt.datetime.fromisoformat(vals["createdAt"].replace("Z", "+00:00"))
    rec.update(createdAt=created.strftime("%Y-%m-%d %H:%M:%S+00"), teamId=TEAM_USD_ID,
               token="", status="active", isArchived=False, portalEnabled=False,
               invoiceCount=0, projectCount=0, totalRevenue=0, outstandingAmount=0, tags=[])
    return [[flatten(rec[k]) for k in CUSTOMER_KEYS]]


PROJECT_KEYS = ["id", "name", "description", "status", "customerId", "estimate", "currency",
                "teamId", "createdAt", "rate", "totalDuration", "totalAmount", "customer",
                "team"]


def projects(seed: str, consts: dict[str, str]) -> list[list[str]]:
    entries = objects(function_body(seed, "seedTrackerData").split("trackerEntries")[1], consts)
    rows = []
    body = function_body(seed, "seedTrackerData").split("trackerEntries")[0]
    for p in objects(body, consts):
        secs = sum(e["duration"] for e in entries if e["projectId"] == p["id"])
        rec = {k: None for k in PROJECT_KEYS}
        rec.update(id=p["id"], name=p["name"], status=p["status"], currency=p["currency"],
                   teamId=TEAM_USD_ID, createdAt=COMMIT_TIME, rate=p["rate"],
                   totalDuration=secs, totalAmount=secs / 3600 * p["rate"],
                   team={"name": TEAM_NAME})
        rows.append([flatten(rec[k]) for k in PROJECT_KEYS])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gitdir")
    ap.add_argument("outdir")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    seed = show(a.gitdir, a.commit, SEED)
    consts = dict(re.findall(r'export const (\w+) = "([^"]+)";', seed))
    consts.update(dict(re.findall(r'^const (\w+) = "([^"]+)";', seed, re.M)))
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "transactions.csv", TX_COLUMNS, transactions(seed, consts))
    write_csv(out / "invoices.csv", INVOICE_KEYS, invoices(seed, consts))
    write_csv(out / "customers.csv", CUSTOMER_KEYS,
              customers(show(a.gitdir, a.commit, CUSTOMER)))
    write_csv(out / "tracker-projects.csv", PROJECT_KEYS, projects(seed, consts))


if __name__ == "__main__":
    main()
