"""Hyperswitch's control-centre lists of customers, payments, refunds and disputes as CSV.

Built for round Z7 (session 53, keys413). Usage:

    python convert.py --lang en CC OUT

CC: files of GitHub juspay/hyperswitch-control-center at
787cc0ca7247eab4eb544ab13070c68614b4d5cd under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the fixed records the control centre's own Playwright end-to-end tests create or
  serve: customers created through the API (commands.ts createCustomerAPI with the ids the
  customers spec passes, createPaymentAPI's customer 'test_customer') and the mocked
  customer 'cus_pw_related'; the mocked payment-intent and refund hits of that customer
  (buildPaymentIntentHits(12), buildRefundHits(6), evaluated for i = 0..n-1); the mocked
  disputes (commands.ts buildDispute's defaults with each override the disputes spec gives).
- Files and columns: each list's default columns (the *Entity.res defaultColumns / allColumns
  of customers), headed by the title its getHeading gives (English: the control centre
  ships no translations, so only 'en' exists).
- Cells as the list prints them: amounts in minor units divided by 100 with the currency
  (CurrencyCell / amountValue), statuses upper case (the status Label), dates as ISO
  'YYYY-MM-DD HH:MM:SS' UTC (an epoch-second created_at converted), a field the record
  does not carry left empty.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import datetime
import os
import re

SPEC_C = "playwright-tests/e2e/3-operations/customers.spec.ts"
SPEC_D = "playwright-tests/e2e/3-operations/disputeOperations.spec.ts"
CMDS = "playwright-tests/support/commands.ts"
ENT = {
    "customers": ("src/screens/Customers/CustomersEntity.res", "allColumns", "let getHeading"),
    "payments": ("src/screens/Transaction/Order/OrderEntity.res", "defaultColumns",
                 "let getHeading = (~devSortEnabled"),
    "refunds": ("src/screens/Transaction/Refunds/RefundEntity.res", "defaultColumns",
                "let getHeading"),
    "disputes": ("src/screens/Transaction/Disputes/DisputesEntity.res", "defaultColumns",
                 "let getHeading"),
}


def read(cc, path):
    with open(os.path.join(cc, path), encoding="utf-8") as f:
        return f.read()


def braced(text, start):
    """The {...} literal starting at the first '{' at or after start."""
    i = text.index("{", start)
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    raise ValueError("unbalanced")


def js_value(expr, env):
    expr = expr.strip().rstrip(",").strip()
    expr = re.sub(r"\s+as\s+[\w\s|]+$", "", expr)
    if expr in env:
        return env[expr]
    if expr == "null":
        return None
    if expr in ("true", "false"):
        return expr == "true"
    if re.fullmatch(r'"[^"]*"', expr):
        return expr[1:-1]
    if expr.startswith("`") and expr.endswith("`"):
        return re.sub(r"\$\{([^}]*)\}", lambda m: str(js_value(m.group(1), env)), expr[1:-1])
    m = re.fullmatch(r"(.+?)\s*===\s*(.+?)\s*\?\s*(.+?)\s*:\s*(.+)", expr)
    if m:
        ok = js_value(m.group(1), env) == js_value(m.group(2), env)
        return js_value(m.group(3) if ok else m.group(4), env)
    py = expr.replace("===", "==")
    if re.fullmatch(r"[\d\si+*%()-]+", py):
        return eval(py, {"__builtins__": {}}, dict(env))  # integer arithmetic on i only
    return None  # a variable the record does not fix (e.g. the customerId argument)


def fields(body, env):
    out = {}
    for line in body.splitlines():
        m = re.match(r"\s*(\w+):\s*(.+?),?\s*$", line)
        if m and not m.group(2).startswith("{") and not m.group(2).startswith("..."):
            out[m.group(1)] = js_value(m.group(2), env)
    return out


def headings(cc, name):
    path, cols, anchor = ENT[name]
    text = read(cc, path)
    start = text.index("[", text.index("let " + cols))
    names = re.findall(r"\w+", text[start:].split("]", 1)[0])
    head = text[text.index(anchor):]
    titles = {}
    pat = r"\|\s*(\w+)\s*=>\s*Table\.makeHeaderInfo\(\s*~key=\"(\w+)\",\s*~title=\"([^\"]+)\""
    for m in re.finditer(pat, head):
        titles.setdefault(m.group(1), (m.group(2), m.group(3)))
    return [(c,) + titles[c] for c in names]


def customers(cc):
    cmds = read(cc, CMDS)
    spec = read(cc, SPEC_C)
    base = fields(braced(cmds, cmds.index("data:", cmds.index("function createCustomerAPI"))), {})
    pay = fields(braced(cmds, cmds.index("data:", cmds.index("function createPaymentAPI"))), {})
    rows = [{k: pay[k] for k in ("customer_id", "name", "email", "phone", "phone_country_code")}]
    ids = re.findall(r"createCustomerAPI\(\s*merchantId,\s*\"([^\"]+)\"", spec)
    m = re.search(r"Array\.from\(\s*\{\s*length:\s*(\d+)\s*\},\s*\(_, i\)\s*=>\s*(`[^`]+`)", spec)
    ids += [js_value(m.group(2), {"i": i}) for i in range(int(m.group(1)))]
    for cid in dict.fromkeys(ids):
        rows.append(dict(base, customer_id=cid))
    env = {k: v for k, v in re.findall(r"const (\w+) = \"([^\"]+)\";", spec)}
    at = spec.index("JSON.stringify({", spec.index("async function mockCustomerWithRelatedRecords"))
    rows.append(fields(braced(spec, at), env))
    return rows


def hits(cc, fn):
    spec = read(cc, SPEC_C)
    mock = spec[spec.index("async function mockCustomer"):]
    n = int(re.search(fn + r"\((\d+)\)", mock).group(1))
    body = braced(spec, spec.index("=> ({", spec.index("function " + fn)))
    return [fields(body, {"i": i}) for i in range(n)]


def disputes(cc):
    cmds = read(cc, CMDS)
    spec = read(cc, SPEC_D)
    base = fields(braced(cmds, cmds.index("return {", cmds.index("function buildDispute("))), {})
    at = spec.index("buildDispute({", spec.index("const sampleDispute"))
    sample = dict(base, **fields(braced(spec, at), {}))
    rows = {sample["dispute_id"]: sample}
    for m in re.finditer(r"sampleDispute\(\{", spec):
        over = fields(braced(spec, m.start()), {})
        if "dispute_id" in over:
            rows.setdefault(over["dispute_id"], dict(sample, **over))
    return list(rows.values())


def date(v):
    if v in (None, ""):
        return ""
    if isinstance(v, int):
        t = datetime.datetime.fromtimestamp(v, datetime.timezone.utc)
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return v.replace("T", " ")[:19]


def cell(rec, col, key):
    if col == "Amount":
        amt = rec.get("total_amount", rec.get("amount"))
        return f"{float(amt) / 100} {rec.get('currency', '')}"
    if col in ("Status", "RefundStatus", "DisputeStatus"):
        return str(rec.get(key) or rec.get("refund_status") or "").upper()
    if col in ("Created", "CreatedAt", "Modified"):
        if col == "Modified":
            return date(rec.get("modified_at"))
        return date(rec.get(key) or rec.get("created_at"))
    if col == "ConnectorName":
        return rec.get("connector", "")
    v = rec.get(key)
    return "" if v is None else str(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["en"], default="en")
    ap.add_argument("cc")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    data = {
        "customers": customers(a.cc),
        "payments": hits(a.cc, "buildPaymentIntentHits"),
        "refunds": hits(a.cc, "buildRefundHits"),
        "disputes": disputes(a.cc),
    }
    for name, rows in data.items():
        cols = headings(a.cc, name)
        with open(os.path.join(a.out, name + ".csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow([t for _, _, t in cols])
            for r in rows:
                w.writerow([cell(r, c, k) for c, k, _ in cols])
        print(name, len(rows))


if __name__ == "__main__":
    main()
