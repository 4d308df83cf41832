"""Sylius's fixed test-fixture records as its admin grids list them (keys305, session 44,
round S): customers, addresses, orders and administrators, headed by Sylius's own labels
(``sylius.ui.*`` in UiBundle's ``messages.<lang>.yml``) in one language.

    python convert.py --lang en SRC OUT

SRC holds the Sylius files named in SOURCE.md under their own paths (Sylius/Sylius at
3466cbab10). Rules (the admin grids' fields and their Twig cell templates):
- customers.csv: the customer grid (``grids/customer.yml``): email, last name, first name,
  registration date (``date.html.twig``: 'd-m-Y H:i:s', its two lines joined by a space),
  enabled and verified (the shop user's; an icon in the grid, written as the ``yes_label``
  / ``no_label`` words). Records: ``tests/Api/DataFixtures/ORM/customer.yaml`` (oliver,
  dave, tony; dave's second definition overrides the first), newest first as the grid
  sorts. Their ``createdAt`` is relative to now ('-1 days'...): "now" is pinned to the
  commit's date, 2024-10-24 14:15:48. ``tony`` is verified ('now').
- addresses.csv: Sylius has no address grid; the address book's fields as the address form
  labels them, with the customer's e-mail first: customer, first name, last name, company,
  street, city, postcode, country (its name in the language, Symfony Intl), province (its
  name), phone number. Records: the address of ``customer.yaml`` and the billing and
  shipping addresses of ``customer_order.yaml`` (both tony's).
- orders.csv: the order grid (``grids/order.yml``): number ('#' + number; the fixtures give
  none, so empty), date (checkoutCompletedAt; the fixtures give none: empty), customer
  (``customer.html.twig``: 'first last' then the e-mail, joined by a space), channel (its
  name), state, payment state, shipping state (``sylius.ui.<state>`` title-cased), total
  (no items: 0, as the money helper formats it in the language), currency (code). Records:
  ``order/new.yaml``'s two completed orders (the cart is not listed: the grid shows no
  carts) and ``order/fulfilled.yaml``'s order; channels from ``channel/channel.yaml``,
  customers ``order/customer.yaml``'s tony and dave (first names as written, lowercase).
- administrators.csv: the admin user grid (``grids/admin_user.yml``): email, first name,
  last name, username, registration date, enabled. Records:
  ``tests/Api/DataFixtures/ORM/administrator.yaml`` (rich, susie, wilhelm; no names;
  created 'now': the pinned date).
"""
from __future__ import annotations

import argparse
import csv
from datetime import datetime, timedelta
from pathlib import Path

import yaml

NOW = datetime(2024, 10, 24, 14, 15, 48)
UI = "src/Sylius/Bundle/UiBundle/Resources/translations/messages.{}.yml"
FIX = "tests/Api/DataFixtures/ORM/"
COUNTRIES = {"en": {"US": "United States", "PL": "Poland"},
             "de": {"US": "Vereinigte Staaten", "PL": "Polen"},
             "fr": {"US": "États-Unis", "PL": "Pologne"}}
ZERO = {"en": "$0.00", "de": "0,00\u00a0$", "fr": "0,00\u00a0$US"}


def load(src: Path, rel: str) -> dict:
    return yaml.safe_load((src / rel).read_text(encoding="utf-8"))


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    ui = load(src, UI.format(lang))["sylius"]["ui"]
    t = ui.__getitem__
    yes, no = t("yes_label"), t("no_label")
    out.mkdir(parents=True, exist_ok=True)

    def day(d: datetime | None) -> str:
        return "" if d is None else d.strftime("%d-%m-%Y %H:%M:%S")

    # customers (customer.yaml): oliver -1 day, dave -2, tony -3; users' enabled/verified
    cust = load(src, FIX + "customer.yaml")
    users = cust["Sylius\\Component\\Core\\Model\\ShopUser"]
    people = [("oliver", 1), ("dave", 2), ("tony", 3)]
    rows = []
    for who, days in people:
        user = users[f"shop_user_{{{who}}}"]
        rows.append([f"{who}@doe.com", "Doe", who, day(NOW - timedelta(days=days)),
                     yes if user["enabled"] else no,
                     yes if "verifiedAt" in user else no])
    write(out / "customers.csv",
          [t("email"), t("last_name"), t("first_name"), t("registration_date"),
           t("enabled"), t("verified")], rows)

    # addresses: customer.yaml's, customer_order.yaml's billing and shipping (all tony's)
    addrs = [cust["Sylius\\Component\\Core\\Model\\Address"]["address"]]
    co = load(src, FIX + "customer_order.yaml")["Sylius\\Component\\Core\\Model\\Address"]
    addrs += [co["billing_address"], co["shipping_address"]]
    rows = [["tony@doe.com", x["firstName"], x["lastName"], x["company"], x["street"],
             x["city"], x["postcode"], COUNTRIES[lang][x["countryCode"]],
             x.get("provinceName", ""), x["phoneNumber"]] for x in addrs]
    write(out / "addresses.csv",
          [t("customer"), t("first_name"), t("last_name"), t("company"), t("street"),
           t("city"), t("postcode"), t("country"), t("province"), t("phone_number")], rows)

    # orders: new.yaml's completed two (not the cart), fulfilled.yaml's one
    chans = load(src, FIX + "channel/channel.yaml")["Sylius\\Component\\Core\\Model\\Channel"]
    new = load(src, FIX + "order/new.yaml")["Sylius\\Component\\Core\\Model\\Order"]
    ful = load(src, FIX + "order/fulfilled.yaml")["Sylius\\Component\\Core\\Model\\Order"]
    orders = [o for o in new.values() if o["state"] != "cart"] + list(ful.values())
    rows = []
    for o in orders:
        who = o["customer"].removeprefix("@customer_")
        chan = chans[o["channel"].lstrip("@")]
        rows.append(["", "", f"{who} Doe {who}@doe.com", chan["name"],
                     t(o["state"]).title(), t(o["paymentState"]).title(),
                     t(o["shippingState"]).title(), ZERO[lang], o["currencyCode"]])
    write(out / "orders.csv",
          [t("number"), t("date"), t("customer"), t("channel"), t("state"),
           t("payment_state"), t("shipping_state"), t("total"), t("currency")], rows)

    # administrators (administrator.yaml): rich, susie, wilhelm
    adm = load(src, FIX + "administrator.yaml")["Sylius\\Component\\Core\\Model\\AdminUser"]
    (key, a_user), = adm.items()
    names = [n.strip() for n in key[key.index("{") + 1:key.index("}")].split(",")]
    rows = [[f"api_{n}@admin.com", "", "", n, day(NOW), yes if a_user["enabled"] else no]
            for n in names]
    write(out / "administrators.csv",
          [t("email"), t("first_name"), t("last_name"), t("username"),
           t("registration_date"), t("enabled")], rows)


if __name__ == "__main__":
    main()
