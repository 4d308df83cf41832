"""django-oscar's sandbox records as its dashboard gives them (keys372, session 51, round Z):
the orders list's CSV download and the customers list, headed by Oscar's own labels (its
``django.po`` catalogues) and, where the column takes a model field's name, Django's.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths: django-oscar
(django-oscar/django-oscar at cdbfc4412c) and Django 5.2.19's catalogues (the newest 5.2,
inside Oscar's ``django>=4.2,<6.2``). Rules:
- Records: the sandbox's fixtures, ``sandbox/fixtures/auth.json`` (two users: superuser,
  staff) and ``sandbox/fixtures/orders.json`` (order 100099 of the superuser, its shipping
  address, one line, its analytics user record: one order). Nothing else is added.
- orders.csv: ``dashboard/orders/views.py`` OrderListView.download_selected_orders with the
  order selected: a header of CSV_COLUMNS' translated titles; cells from get_row_values:
  number, total_incl_tax (a Decimal, written as str: '7.99'), date_placed through
  ``format_datetime(dt, "DATETIME_FORMAT")`` (the sandbox's TIME_ZONE Europe/London, the
  language's Django DATETIME_FORMAT), num_items (sum of line quantities), status (stored
  text, untranslated), order.email (the user's e-mail), the shipping address's name
  ('first last'), no billing address -> ''. UnicodeCSVWriter: csv.excel (comma, CRLF,
  minimal quoting), no BOM (OSCAR_CSV_INCLUDE_BOM unset).
- customers.csv: Oscar has no customer export; the dashboard's customer list
  (``dashboard/users/tables.py`` UserTable, newest ``date_joined`` first) with its visible
  data columns (the checkbox and action columns, headed ' ', are left out): Email
  (User.email's verbose name 'email address', capitalised), Name (the column's own name,
  untranslated; get_full_name() is empty -> the table's default '—'), Active and Staff
  (is_active 'active', is_staff 'staff status'; a plain Column prints True as 'True'),
  Date registered (date_joined 'date joined'; the template prints the datetime in the
  language's DATETIME_FORMAT, Europe/London), Number of Orders (Oscar's title; the user
  record's num_orders, default 0). Written as the orders file is.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

OSCAR_PO = "src/oscar/locale/{}/LC_MESSAGES/django.po"
AUTH_PO = "django/contrib/auth/locale/{}/LC_MESSAGES/django.po"
CONF_PO = "django/conf/locale/{}/LC_MESSAGES/django.po"
TZ = ZoneInfo("Europe/London")  # sandbox/settings.py TIME_ZONE
# django/conf/locale/<lang>/formats.py DATETIME_FORMAT (en: the sandbox's en-gb)
FORMATS = {"en": "j M Y, P", "de": "j. F Y H:i", "fr": "j F Y H:i",
           "es": r"j \d\e F \d\e Y \a \l\a\s H:i"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (no msgctxt, fuzzy entries skipped)."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if "#, fuzzy" in block or "msgctxt" in block:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if not m:
            continue

        def join(s: str) -> str:
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s)
            return "".join(parts).encode("utf-8").decode("unicode_escape").encode(
                "latin-1").decode("utf-8")

        out[join(m.group(1))] = join(m.group(2))
    return out


def date_format(dt: datetime, fmt: str, conf: dict[str, str]) -> str:
    """The few dateformat codes the four formats use (django/utils/dateformat.py)."""
    def t(s: str) -> str:
        return conf.get(s) or s

    out, i = [], 0
    while i < len(fmt):
        c = fmt[i]
        if c == "\\":
            out.append(fmt[i + 1])
            i += 2
            continue
        if c == "j":
            out.append(str(dt.day))
        elif c == "Y":
            out.append(str(dt.year))
        elif c == "F":
            out.append(t(MONTHS[dt.month - 1]))
        elif c == "M":
            out.append(t(MONTHS[dt.month - 1][:3].lower()).title())
        elif c == "H":
            out.append(f"{dt.hour:02d}")
        elif c == "i":
            out.append(f"{dt.minute:02d}")
        elif c == "P":  # 'f a': hour 1-12, ':mm' unless zero, then a.m./p.m.
            h = dt.hour % 12 or 12
            f = str(h) if dt.minute == 0 else f"{h}:{dt.minute:02d}"
            out.append(f"{f} {t('p.m.' if dt.hour >= 12 else 'a.m.')}")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def when(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(TZ)


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, dialect=csv.excel)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    oscar = read_po(src / OSCAR_PO.format(lang))
    auth = read_po(src / AUTH_PO.format(lang))
    conf = read_po(src / CONF_PO.format(lang))

    def t(cat: dict[str, str], msgid: str) -> str:
        return cat.get(msgid) or msgid  # an untranslated entry shows the English msgid

    def cap(s: str) -> str:
        return s[:1].upper() + s[1:]

    fixtures = src / "sandbox/fixtures"
    users = {r["pk"]: r["fields"] for r in json.loads((fixtures / "auth.json").read_text())
             if r["model"] == "auth.user"}
    recs = json.loads((fixtures / "orders.json").read_text())
    by = {}
    for r in recs:
        by.setdefault(r["model"], []).append(r)
    addresses = {r["pk"]: r["fields"] for r in by["order.shippingaddress"]}
    out.mkdir(parents=True, exist_ok=True)

    header = [t(oscar, x) for x in (
        "Order number", "Order value", "Date of purchase", "Number of items", "Order status",
        "Customer email address", "Deliver to name", "Bill to name")]
    rows = []
    for o in sorted(by["order.order"], key=lambda r: r["fields"]["date_placed"], reverse=True):
        f = o["fields"]
        items = sum(ln["fields"]["quantity"] for ln in by["order.line"]
                    if ln["fields"]["order"] == o["pk"])
        email = users[f["user"]]["email"] if f["user"] else f["guest_email"]
        ship = addresses.get(f["shipping_address"])
        name = " ".join(x for x in (ship["first_name"], ship["last_name"]) if x) if ship else ""
        rows.append([f["number"], str(Decimal(f["total_incl_tax"])),
                     date_format(when(f["date_placed"]), FORMATS[lang], conf), str(items),
                     f["status"], email, name, ""])
    write(out / "orders.csv", header, rows)

    num_orders = {r["fields"]["user"]: r["fields"]["num_orders"]
                  for r in by["analytics.userrecord"]}
    header = [cap(t(auth, "email address")), "Name", cap(t(auth, "active")),
              cap(t(auth, "staff status")), cap(t(auth, "date joined")),
              t(oscar, "Number of Orders")]
    rows = []
    for pk, u in sorted(users.items(), key=lambda kv: kv[1]["date_joined"], reverse=True):
        full = f"{u['first_name']} {u['last_name']}".strip()
        rows.append([u["email"], full or "—", str(u["is_active"]), str(u["is_staff"]),
                     date_format(when(u["date_joined"]), FORMATS[lang], conf),
                     str(num_orders.get(pk, 0))])
    write(out / "customers.csv", header, rows)


if __name__ == "__main__":
    main()
