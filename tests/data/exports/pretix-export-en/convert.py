"""pretix's fixed test order as its "Order data" exporter gives it (keys342, session 49,
round W): the event's orders and order positions (attendees), each sheet as "CSV
(Excel-style)", headed by pretix's own labels (its ``django.po`` catalogues) in one language.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths: the exporter and the
catalogues from the pretix 2026.8.0 wheel (``src/pretix/...``), and the records from the
API tests of pretix/pretix (``src/tests/api/conftest.py`` at 07bceaf2, the organizer, the
event and its meta value; ``src/tests/api/test_invoices.py`` at 35d0d2b4, the ``order``
fixture with its item, tax rule, question, payments, fees, invoice address and two
positions; both read with ``ast``, the head of each file up to the fixtures used). Rules:
- The export: the event's "Order data" exporter (``base/exporters/orderlist.py``
  OrderListExporter) with "Only paid orders" unticked (the order is pending), no payment
  amounts, sheets "Orders" (``orders.csv``) and "Order positions" (``positions.csv``) in the
  format "CSV (Excel-style)" (csv's excel dialect: ',' and CRLF; UTF-8).
- Labels: ``gettext`` of each header in the language (``pgettext('address', 'State')``
  with its context); the tax columns' rate is not localised ('0.00', '19.00'), the meta
  property's name ('type') and the question's text ('T-Shirt size') are data.
- Cells: Decimals as Django's ``localize`` writes them (en '.', de/fr/es ','); status the
  translated 'pending' (a canceled position 'canceled'); Yes/No translated; dates
  '%Y-%m-%d' and times '%H:%M:%S' in the event's time zone (Europe/Berlin); the country its
  code (NZ); the sales channel the web channel's label ('Online shop', translated); payment
  providers the providers' names sorted by identifier ('banktransfer', 'stripe'); the order
  link SITE_URL of pretix's test settings (http://example.com) + /organizer/event/order/
  code/secret/. Orders: fees the sum of the active fees, tax columns for every rate of
  active fees and positions (0.00, 19.00), positions the count of active positions.
  Positions: every position (the canceled one too, as the exporter lists them when
  "Only paid orders" is unticked), Product ID 1 (the item's row in a fresh test database),
  the position order link EMPTY (it carries the position's web_secret, a random value the
  fixture does not fix), the question's answer text in its column.
"""
from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

PO = "src/pretix/locale/{}/LC_MESSAGES/django.po"
CONFTEST = "src/tests/api/conftest.py"
FIXTURES = "src/tests/api/test_invoices.py"
SITE_URL = "http://example.com"  # pretix/testutils/settings.py
DECIMAL_SEP = {"en": ".", "de": ",", "fr": ",", "es": ","}  # Django's locale formats


def read_po(path: Path) -> dict[tuple[str, str], str]:
    """(msgctxt, msgid) -> msgstr of a gettext catalogue (fuzzy and empty entries skipped)."""
    out: dict[tuple[str, str], str] = {}
    if not path.exists():
        return out

    def join(s: str) -> str:
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s)
        return "".join(parts).replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")

    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if "#, fuzzy" in block:
            continue
        m = re.search(r'^(?:msgctxt ((?:".*"\n)+))?msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)',
                      block + "\n", re.M)
        if m and join(m.group(3)):
            out[(join(m.group(1) or ""), join(m.group(2)))] = join(m.group(3))
    return out


def calls(fn: ast.AST) -> list[tuple[str, list, dict]]:
    """Every call in a function: (callee text, positional args, keyword args), in order."""
    out = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            kw = {}
            for k in node.keywords:
                try:
                    kw[k.arg] = ast.literal_eval(k.value)
                except ValueError:
                    kw[k.arg] = k.value
            out.append((node.lineno, node.col_offset, ast.unparse(node.func), node.args, kw))
    return [c[2:] for c in sorted(out, key=lambda c: (c[0], c[1]))]


def functions(path: Path) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}


def when(node: ast.Call) -> dt.datetime:
    """datetime.datetime(y, m, d, H, M, S, tzinfo=...utc) -> an aware UTC datetime."""
    return dt.datetime(*[ast.literal_eval(a) for a in node.args], tzinfo=dt.timezone.utc)


def records(src: Path) -> dict:
    conf = functions(src / CONFTEST)
    org = next(kw for f, _a, kw in calls(conf["organizer"]) if f == "Organizer.objects.create")
    meta = next(kw for f, _a, kw in calls(conf["meta_prop"])
                if f.endswith("meta_properties.create"))
    ev_calls = calls(conf["event"])
    event = next(kw for f, _a, kw in ev_calls if f == "Event.objects.create")
    meta_value = next(kw for f, _a, kw in ev_calls if f == "e.meta_values.create")["value"]
    tz = next(ast.literal_eval(n.value) for n in ast.walk(conf["event"])
              if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "e.settings.timezone")

    fix = functions(src / FIXTURES)
    item = next(kw for f, _a, kw in calls(fix["item"]) if f == "event.items.create")
    question = next(kw for f, _a, kw in calls(fix["question"]) if f == "event.questions.create")
    oc = calls(fix["order"])
    order = next(kw for f, _a, kw in oc if f == "Order.objects.create")
    payments = [kw for f, _a, kw in oc if f == "o.payments.create"]
    fees = [kw for f, _a, kw in oc if f == "o.fees.create" and not kw.get("canceled")]
    addr_call = next((a, kw) for f, a, kw in oc if f == "InvoiceAddress.objects.create")
    addr = addr_call[1]
    country = next(ast.literal_eval(n.args[0]) for n in ast.walk(ast.Module(
        body=[ast.Expr(v) for v in addr.values() if isinstance(v, ast.AST)], type_ignores=[]))
        if isinstance(n, ast.Call) and ast.unparse(n.func) == "Country")
    positions = [kw for f, _a, kw in oc if f == "OrderPosition.objects.create"]
    answer = next(kw for f, _a, kw in oc if f == "op.answers.create")["answer"]
    testtime = next(n.value for n in ast.walk(fix["order"])
                    if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "testtime")
    for p in payments:  # payment_date=testtime
        if isinstance(p.get("payment_date"), ast.Name):
            p["payment_date"] = testtime
    return {"org": org, "meta": (meta["name"], meta_value), "event": event, "tz": tz,
            "item": item, "question": question["question"], "order": order,
            "payments": payments, "fees": fees, "addr": addr, "country": country,
            "positions": positions, "answer": answer}


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, dialect="excel")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    cat = read_po(src / PO.format(lang)) if lang != "en" else {}

    def t(msgid: str, ctx: str = "") -> str:
        return cat.get((ctx, msgid)) or msgid  # an untranslated entry shows the English msgid

    def num(d: Decimal) -> str:  # django.utils.formats.localize of a Decimal
        return str(d.quantize(Decimal("0.01"))).replace(".", DECIMAL_SEP[lang])

    r = records(src)
    o, ev, addr = r["order"], r["event"], r["addr"]
    tz = ZoneInfo(r["tz"])
    odt = when(o["datetime"]).astimezone(tz)
    status = t(o["status"].attr.removeprefix("STATUS_").lower())  # STATUS_PENDING: 'pending'
    active = [p for p in r["positions"] if not p.get("canceled")]
    pos_rate = Decimal("0.00")  # positions carry no tax rate: the field's default
    rates = sorted({pos_rate} | {Decimal(ast.literal_eval(f["tax_rate"].args[0]))
                                 for f in r["fees"]})
    fee_gross = {rt: sum((Decimal(ast.literal_eval(f["value"].args[0])) for f in r["fees"]
                          if Decimal(ast.literal_eval(f["tax_rate"].args[0])) == rt), Decimal(0))
                 for rt in rates}
    fee_tax = {rt: sum((Decimal(ast.literal_eval(f["tax_value"].args[0])) for f in r["fees"]
                        if Decimal(ast.literal_eval(f["tax_rate"].args[0])) == rt), Decimal(0))
               for rt in rates}
    pos_gross = sum((Decimal(ast.literal_eval(p["price"].args[0])) for p in active), Decimal(0))
    paid = [p for p in r["payments"]
            if p["state"] in ("confirmed", "refunded") and "payment_date" in p]
    providers = {"banktransfer": "Bank transfer", "stripe": "Credit card via Stripe"}
    prov = ", ".join(t(providers[p]) for p in sorted({p["provider"] for p in r["payments"]}))
    channel = t("Online shop")  # the organizer's default "web" sales channel
    slug, name = ev["slug"], ev["name"]
    meta_name, meta_value = r["meta"]
    out.mkdir(parents=True, exist_ok=True)

    header = [t(x) for x in ("Event slug", "Event name", "Order code", "Order total", "Status",
                             "Email", "Phone number", "Order date", "Order time", "Company",
                             "Name", "Address", "ZIP code", "City", "Country")]
    header += [t("State", "address")] + [t(x) for x in (
        "Custom address field", "VAT ID", "Date of last payment", "Fees", "Order locale")]
    for rt in rates:
        header += [t(x).format(rate=rt) for x in (
            "Gross at {rate} % tax", "Net at {rate} % tax", "Tax value at {rate} % tax")]
    header += [t(x) for x in ("Invoice numbers", "Sales channel", "Requires special attention",
                              "Check-in text", "Comment", "Follow-up date", "Positions",
                              "Email address verified", "External customer ID",
                              "Payment providers", "Order link")] + [meta_name]
    row = [slug, name, o["code"], num(Decimal(o["total"])), status, o["email"], "",
           odt.strftime("%Y-%m-%d"), odt.strftime("%H:%M:%S"), addr.get("company", ""), "",
           "", "", "", r["country"], "", "", addr.get("vat_id", ""),
           max(when(p["payment_date"]) for p in paid).astimezone(tz).strftime("%Y-%m-%d")
           if paid else "",
           num(sum(fee_gross.values(), Decimal(0))), o["locale"]]
    for rt in rates:
        g = (pos_gross if rt == pos_rate else Decimal(0)) + fee_gross[rt]
        row += [num(g), num(g - fee_tax[rt]), num(fee_tax[rt])]
    row += ["", channel, t("No"), "", "", "", str(len(active)), t("No"), "", prov,
            f"{SITE_URL}/{r['org']['slug']}/{slug}/order/{o['code']}/{o['secret']}/", meta_value]
    write(out / "orders.csv", header, [row])

    header = [t(x) for x in ("Event slug", "Event name", "Order code", "Position ID", "Status",
                             "Email", "Phone number", "Order date", "Order time", "Product",
                             "Product ID", "Variation", "Variation ID", "Price", "Tax rate",
                             "Tax rule", "Tax value", "Attendee name", "Attendee email",
                             "Attendee company", "Address", "ZIP code", "City", "Country")]
    header += [t("State", "address")] + [t(x) for x in (
        "Voucher", "Voucher budget usage", "Voucher tag", "Pseudonymization ID", "Ticket secret",
        "Seat ID", "Seat name", "Seat zone", "Seat row", "Seat number", "Blocked", "Valid from",
        "Valid until", "Order comment", "Follow-up date", "Add-on to position ID")]
    header += [r["question"]] + [t(x) for x in (
        "Invoice address company", "Invoice address name", "Invoice address street",
        "Invoice address ZIP code", "Invoice address city", "Invoice address country")]
    header += [t("Invoice address state", "address")] + [t(x) for x in (
        "VAT ID", "Sales channel", "Order locale", "Email address verified",
        "External customer ID", "Check-in lists", "Payment providers", "Position order link")]
    rows = []
    for i, p in enumerate(sorted(r["positions"], key=lambda p: p["positionid"])):
        rows.append([slug, name, o["code"], str(p["positionid"]),
                     t("canceled") if p.get("canceled") else status, o["email"], "",
                     odt.strftime("%Y-%m-%d"), odt.strftime("%H:%M:%S"), r["item"]["name"], "1",
                     "", "", num(Decimal(ast.literal_eval(p["price"].args[0]))), num(pos_rate),
                     "", num(Decimal(0)), p["attendee_name_parts"]["full_name"], "", "", "", "",
                     "", "", "", "", "", "", p["pseudonymization_id"], p["secret"], "", "", "",
                     "", "", "", "", "", "", "", "", r["answer"] if i == 0 else "",
                     addr.get("company", ""), "", "", "", "", r["country"], "",
                     addr.get("vat_id", ""), channel, o["locale"], t("No"), "", "", prov, ""])
    write(out / "positions.csv", header, rows)


if __name__ == "__main__":
    main()
