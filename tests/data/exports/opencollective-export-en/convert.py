"""Open Collective's CSV exports of a fiscal host's hosted collectives, a collective's
contributors and its transactions, built from the API's own development database dump.

Built for round Z4 (session 52, keys391). Usage:

    python convert.py --lang en DUMP REST OUT

DUMP: test/dbdumps/opencollective_dvl.pgsql of GitHub opencollective/opencollective-api at
e3f35f58970e39eeaa678a8990dfd72d0e71a9ce (a pg_dump archive in tar format); REST: a folder
holding src/server/controllers/account-transactions.ts of GitHub
opencollective/opencollective-rest at 35c69f620f3fd20e8b77cf2064aa121401511be6 under its own
path (SOURCE.md lists both with their SHA-256).

Rules (nothing here is invented data):
- Rows: the dump's tables (Collectives, Users, Members, Orders, Subscriptions, Tiers,
  Transactions, PaymentMethods, PayoutMethods, Expenses, Locations), deleted rows left out.
  The host is 'opensource' (the host of most collectives in the dump), the collective
  'opensourced' (Open Source Collective: the most backers and transactions).
- Files, columns and cells: the REST service's CSV controllers (opencollective-rest),
  which the dashboard's export buttons call:
  hosted-collectives.csv = /v2/opensource/hosted-collectives.csv with the dashboard's
  default field preset (the controller's csvMapping picks them; json2csv heads each column
  with the field id); contributors.csv = /v2/opensourced/contributors.csv with its default
  fields (headed by field ids); transactions.csv = /v2/opensourced/transactions.csv with
  its default fields and useFieldNames=1 (headed by the controller's columnNames, read from
  REST's account-transactions.ts). The service writes English only: the dashboard's
  language changes no header and no value.
- Values the GraphQL API computes are computed from the same rows as it does: a balance is
  the sum of the collective's net amounts, a contributor's total the sum of its credit
  contributions to the collective, dates are UTC 'YYYY-MM-DD' (moment), money strings
  Intl en-US currency plus the code ('$1,234.50 USD'), enums as API v2 writes them.
- CSV: as @json2csv/plainjs writes it: header and string cells quoted, numbers bare, empty
  for undefined, LF line ends.
"""
import argparse
import io
import json
import os
import re
import tarfile
from datetime import datetime, timezone

WEBSITE_URL = "https://opencollective.com"
HOST_SLUG = "opensource"
COLLECTIVE_SLUG = "opensourced"

# the hosted-collectives dashboard's default preset, in its order, as csvMapping picks it
# ('totalNumberOfContributions' is in the preset but not in the controller's mapping)
HOSTED_FIELDS = ["name", "slug", "type", "currency", "approvedAt", "website", "balance",
                 "hostFeePercent", "adminCount", "adminEmails", "lastContributionDate"]
# the contributors controller's default fields, in its csvMapping's order
CONTRIBUTOR_FIELDS = [
    "contributorUrl", "contributorName", "contributorEmail", "contributorWebsite",
    "contributorType", "totalContributions", "currency", "address", "country",
    "recurringContribution", "recurringContributionStatus", "recurringContributionTier",
    "recurringContributionAmount", "recurringContributionCurrency",
    "recurringContributionFrequency", "contributorFirstContributionDate",
    "contributorLatestContributionDate"]
# the transactions controller's default fields (hostFee and paymentProcessorFee dropped as
# the controller drops them unless asked), in its csvMapping's order
TRANSACTION_FIELDS = [
    "datetime", "shortId", "shortGroup", "description", "type", "kind", "isRefund",
    "isRefunded", "shortRefundId", "refundKind", "displayAmount", "amount", "netAmount",
    "balance", "currency", "accountSlug", "accountName", "oppositeAccountSlug",
    "oppositeAccountName", "paymentMethodService", "paymentMethodType", "expenseType",
    "expenseTags", "payoutMethodType", "merchantId", "orderMemo", "orderProcessedDate"]

V2_TYPES = {"USER": "INDIVIDUAL"}
FREQUENCIES = {"month": "MONTHLY", "year": "YEARLY"}


def load_dump(path: str) -> dict[str, list[dict]]:
    """Every table of the pg_dump tar archive: restore.sql names each table's data file."""
    with tarfile.open(path) as tar:
        sql = tar.extractfile("restore.sql").read().decode("utf-8")
        out: dict[str, list[dict]] = {}
        pattern = r'^COPY public\."?(\w+)"? \((.*?)\) FROM \'\$\$PATH\$\$/(\d+)\.dat\';'
        for m in re.finditer(pattern, sql, re.M):
            name, cols, dat = m.groups()
            names = [c.strip().strip('"') for c in cols.split(",")]
            raw = tar.extractfile(f"{dat}.dat").read().decode("utf-8")
            rows = []
            for line in raw.split("\n"):
                if line in ("", "\\."):
                    continue
                cells = [None if v == "\\N" else _unescape(v) for v in line.split("\t")]
                row = dict(zip(names, cells, strict=True))
                if row.get("deletedAt") is None:
                    rows.append(row)
            out[name] = rows
    return out


def _unescape(value: str) -> str:
    table = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda x: table.get(x.group(1), x.group(1)), value)


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    v = re.sub(r"\+00$", "+00:00", value)
    v = re.sub(r"\.(\d+)\+", lambda m: "." + m.group(1).ljust(6, "0")[:6] + "+", v)
    return datetime.fromisoformat(v).astimezone(timezone.utc)


def short_date(value: str | None) -> str | None:
    t = _ts(value)
    return t.strftime("%Y-%m-%d") if t else None


def js_number(cents: int) -> int | float:
    """A cents amount as the API's float value (JS prints 12 and 12.5)."""
    value = cents / 100
    return int(value) if value == int(value) else value


def amount_as_string(cents: int, currency: str) -> str:
    symbols = {"USD": "$", "EUR": "€", "GBP": "£"}
    value = abs(cents) / 100
    text = f"{symbols.get(currency, currency + ' ')}{value:,.2f}"
    return f"{'-' if cents < 0 else ''}{text} {currency}"


def pg_array(value: str | None) -> list[str]:
    """A PostgreSQL text array's items ('{a,"b c"}')."""
    if not value:
        return []
    return [a or b for a, b in re.findall(r'"((?:[^"\\]|\\.)*)"|([^,{}]+)', value)]


def name_and_legal_name(c: dict | None) -> str:
    if not c:
        return ""
    name, legal = c.get("name"), c.get("legalName")
    if legal and name and legal != name:
        return f"{legal} ({name})"
    return legal or name or ""


def write_csv(path: str, header: list[str], rows: list[list]) -> None:
    def cell(v) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        return '"' + str(v).replace('"', '""') + '"'
    buf = io.StringIO()
    buf.write(",".join(cell(h) for h in header))
    for r in rows:
        buf.write("\n" + ",".join(cell(v) for v in r))
    buf.write("\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def column_names(rest: str) -> dict[str, str]:
    """The transactions controller's columnNames (field id -> header)."""
    path = os.path.join(rest, "src/server/controllers/account-transactions.ts")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    block = text.split("const columnNames = {", 1)[1].split("};", 1)[0]
    return dict(re.findall(r"^\s*(\w+): '([^']*)',", block, re.M))


def build(db: dict[str, list[dict]], rest: str, out: str) -> None:
    coll = {c["id"]: c for c in db["Collectives"]}
    by_slug = {c["slug"]: c for c in db["Collectives"]}
    email = {u["CollectiveId"]: u["email"] for u in db["Users"]}
    txs = db["Transactions"]
    orders = db["Orders"]
    subs = {s["id"]: s for s in db["Subscriptions"]}
    tiers = {t["id"]: t for t in db["Tiers"]}
    pms = {p["id"]: p for p in db["PaymentMethods"]}
    payouts = {p["id"]: p for p in db["PayoutMethods"]}
    expenses = {e["id"]: e for e in db["Expenses"]}
    locations = {x["CollectiveId"]: x for x in db["Locations"]}

    # hosted collectives of the host (newest first)
    host = by_slug[HOST_SLUG]
    hosted = sorted((c for c in db["Collectives"] if c["HostCollectiveId"] == host["id"]
                     and c["type"] in ("COLLECTIVE", "FUND") and c["approvedAt"]),
                    key=lambda c: (c["createdAt"], int(c["id"])), reverse=True)
    rows = []
    for c in hosted:
        balance = sum(int(t["netAmountInCollectiveCurrency"] or 0) for t in txs
                      if t["CollectiveId"] == c["id"])
        admins = [m for m in db["Members"] if m["CollectiveId"] == c["id"] and m["role"] == "ADMIN"]
        contacts = []
        for m in admins:
            a = coll.get(m["MemberCollectiveId"], {})
            contacts.append(f"{a.get('name') + ' ' if a.get('name') else ''}"
                            f"<{email.get(m['MemberCollectiveId'], 'undefined')}>")
        paid = [o["createdAt"] for o in orders
                if o["CollectiveId"] == c["id"] and o["status"] in ("PAID", "ACTIVE")]
        values = {
            "name": c["name"], "slug": c["slug"], "type": c["type"], "currency": c["currency"],
            "approvedAt": short_date(c["approvedAt"]) or "", "website": c["website"],
            "balance": amount_as_string(balance, c["currency"]),
            "hostFeePercent": js_number(int(float(c["hostFeePercent"]) * 100))
            if c["hostFeePercent"] is not None else None,
            "adminCount": len(admins), "adminEmails": ", ".join(contacts),
            "lastContributionDate": short_date(max(paid, key=_ts)) if paid else "",
        }
        rows.append([values[f] for f in HOSTED_FIELDS])
    write_csv(os.path.join(out, "hosted-collectives.csv"), HOSTED_FIELDS, rows)

    # contributors of the collective: its BACKER and ATTENDEE members
    target = by_slug[COLLECTIVE_SLUG]
    members = sorted((m for m in db["Members"] if m["CollectiveId"] == target["id"]
                      and m["role"] in ("BACKER", "ATTENDEE")), key=lambda m: int(m["id"]))
    rows = []
    for m in members:
        a = coll[m["MemberCollectiveId"]]
        mine = [o for o in orders if o["FromCollectiveId"] == a["id"]
                and o["CollectiveId"] == target["id"] and o["SubscriptionId"]]
        mine.sort(key=lambda o: _ts(o["createdAt"]), reverse=True)
        active = [o for o in mine if o["status"] == "ACTIVE"
                  and subs.get(o["SubscriptionId"], {}).get("isActive") == "t"]
        inactive = [o for o in mine if o["status"] in ("PAUSED", "CANCELLED")]
        rec = (active or inactive or [None])[0]
        total = sum(int(t["amount"]) for t in txs if t["CollectiveId"] == target["id"]
                    and t["FromCollectiveId"] == a["id"] and t["type"] == "CREDIT"
                    and t["kind"] in ("CONTRIBUTION", "ADDED_FUNDS", None))
        given = sorted((t["createdAt"] for t in txs if t["CollectiveId"] == a["id"]
                        and t["FromCollectiveId"] == target["id"]
                        and t["kind"] == "CONTRIBUTION"), key=_ts)
        loc = locations.get(a["id"], {})
        values = {
            "contributorUrl": f"{WEBSITE_URL}/{a['slug']}",
            "contributorName": a["name"],
            "contributorEmail": email.get(a["id"]) if a["type"] == "USER" else None,
            "contributorWebsite": a["website"],
            "contributorType": V2_TYPES.get(a["type"], a["type"]),
            "totalContributions": js_number(total),
            "currency": target["currency"],
            "address": loc.get("address") or a.get("address"),
            "country": loc.get("country") or a.get("countryISO"),
            "recurringContribution": "yes" if rec else "no",
            "recurringContributionStatus": rec["status"] if rec else None,
            "recurringContributionTier": tiers[rec["TierId"]]["name"]
            if rec and rec["TierId"] in tiers else None,
            "recurringContributionAmount": js_number(int(rec["totalAmount"])) if rec else None,
            "recurringContributionCurrency": rec["currency"] if rec else None,
            "recurringContributionFrequency": FREQUENCIES.get(rec["interval"], "ONETIME")
            if rec else None,
            "contributorFirstContributionDate": short_date(given[0]) if given else None,
            "contributorLatestContributionDate": short_date(given[-1]) if given else None,
        }
        rows.append([values[f] for f in CONTRIBUTOR_FIELDS])
    write_csv(os.path.join(out, "contributors.csv"), CONTRIBUTOR_FIELDS, rows)

    # transactions of the collective, newest first, with the running balance
    names = column_names(rest)
    mine = sorted((t for t in txs if t["CollectiveId"] == target["id"]),
                  key=lambda t: (_ts(t["createdAt"]), int(t["id"])))
    running, balance_after = 0, {}
    for t in mine:
        running += int(t["netAmountInCollectiveCurrency"] or 0)
        balance_after[t["id"]] = running
    by_id = {t["id"]: t for t in txs}
    by_order = {o["id"]: o for o in orders}
    rows = []
    for t in reversed(mine):
        hc = t["hostCurrency"] or t["currency"]
        fees = sum(int(t[k] or 0) for k in ("platformFeeInHostCurrency", "hostFeeInHostCurrency",
                                            "paymentProcessorFeeInHostCurrency"))
        refund = by_id.get(t["RefundTransactionId"]) if t["RefundTransactionId"] else None
        pm = pms.get(t["PaymentMethodId"]) if t["PaymentMethodId"] else None
        exp = expenses.get(t["ExpenseId"]) if t["ExpenseId"] else None
        order = by_order.get(t["OrderId"]) if t["OrderId"] else None
        data = json.loads(t["data"]) if t["data"] else {}
        tags = (exp or {}).get("tags")
        values = {
            "datetime": _ts(t["createdAt"]).strftime("%Y-%m-%dT%H:%M:%S"),
            "shortId": t["uuid"][:8], "shortGroup": (t["TransactionGroup"] or "")[:8],
            "description": t["description"], "type": t["type"], "kind": t["kind"],
            "isRefund": "REFUND" if t["isRefund"] == "t" else "",
            "isRefunded": "REFUNDED" if refund and t["isRefund"] != "t" else "",
            "shortRefundId": refund["uuid"][:8] if refund else "",
            "refundKind": None,
            "displayAmount": amount_as_string(int(t["amount"]), t["currency"]),
            "amount": js_number(int(t["amountInHostCurrency"])),
            "netAmount": js_number(int(t["amountInHostCurrency"]) + fees),
            "balance": js_number(balance_after[t["id"]]),
            "currency": hc,
            "accountSlug": coll[t["CollectiveId"]]["slug"],
            "accountName": name_and_legal_name(coll.get(t["CollectiveId"])),
            "oppositeAccountSlug": coll[t["FromCollectiveId"]]["slug"]
            if t["FromCollectiveId"] in coll else None,
            "oppositeAccountName": name_and_legal_name(coll.get(t["FromCollectiveId"])),
            "paymentMethodService": pm["service"].upper() if pm and pm["service"] else None,
            "paymentMethodType": pm["type"].upper() if pm and pm["type"] else None,
            "expenseType": exp["type"] if exp else None,
            "expenseTags": ", ".join(pg_array(tags)) if exp else "",
            "payoutMethodType": payouts[exp["PayoutMethodId"]]["type"]
            if exp and exp["PayoutMethodId"] in payouts else None,
            "merchantId": (data.get("charge") or {}).get("id") if isinstance(data, dict) else None,
            "orderMemo": (json.loads(order["data"]) or {}).get("memo")
            if order and order["data"] else None,
            "orderProcessedDate": short_date(order["processedAt"]) or ""
            if order else "",
        }
        rows.append([values[f] for f in TRANSACTION_FIELDS])
    write_csv(os.path.join(out, "transactions.csv"),
              [names.get(f, f) for f in TRANSACTION_FIELDS], rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--lang", choices=["en"], default="en",
                    help="the REST service writes English only")
    ap.add_argument("dump")
    ap.add_argument("rest")
    ap.add_argument("out")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    build(load_dump(args.dump), args.rest, args.out)


if __name__ == "__main__":
    main()
