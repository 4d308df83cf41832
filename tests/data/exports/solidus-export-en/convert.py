"""Solidus's sample orders and products as its admin lists show them (keys346, session 50,
round X): the two sample orders and the twelve sample products, headed by Solidus's own
labels (core's ``en.yml``, solidus_i18n's ``de.yml`` / ``fr.yml`` / ``es.yml``) in one
language.

    python convert.py --lang en SRC OUT      # en, de, fr, es

SRC holds the files named in SOURCE.md under their own paths: Solidus (solidusio/solidus at
1f5bf5c638) and, under ``rails-i18n/``, rails-i18n's locale files (svenfuchs/rails-i18n at
34be758a27: the date and currency formats, the gem solidus_i18n's README tells shops to add).
Solidus has no CSV export; its admin list views give the columns. Rules:
- Records: ``sample/db/samples/orders.rb`` (orders R123456789 and R987654321, e-mail
  spree@example.com, completed by the seed) and ``sample/db/samples/products.rb`` (twelve
  products, name and USD price; no master SKU).
- orders.csv: the legacy backend's order list (``backend/.../orders/index.html.erb``) as it
  opens (``show_only_complete_orders_by_default``: completed orders, ``completed_at desc``):
  Completed at, Number, State, Payment State, Shipment State, Customer Email, Total, each
  header ``Spree::Order.human_attribute_name`` (ransack's ``sort_link``; its sort arrow left
  out). Cells: the completion date as ``l(date)`` (rails-i18n ``date.formats.default``; the
  seed runs at install time, so a fixed day stands for it: FIXED_DAY), the number, the
  state / payment state / shipment state translated (``spree.order_state``,
  ``spree.payment_states``, ``spree.shipment_states``): a completed order whose check payment
  is pending is ``complete`` / ``balance_due`` / ``pending``; the e-mail; the total as the
  seed writes it (``total:``; Solidus recomputes it at checkout from the shipping and tax
  sample data, which this converter does not run), as ``display_total`` prints it (Money's
  i18n backend: the currency's '$' first, rails-i18n's separator and delimiter). The order
  completed last (R987654321) first.
- products.csv: the legacy backend's product list (``backend/.../products/index.html.erb``,
  ``name asc``): SKU (``Spree::Variant.human_attribute_name(:sku)``), Name and Master Price
  (``Spree::Product.human_attribute_name``), the image column (no header) left out. Cells:
  the master's SKU (none in the sample: empty), the name, ``display_price`` in USD as above.
  Names sorted as SQLite (the sandbox's database) sorts them: byte order.
"""
from __future__ import annotations

import argparse
import csv
import re
from datetime import date
from pathlib import Path

import yaml

CORE_EN = "core/config/locales/en.yml"
I18N = "i18n/config/locales/{}.yml"
RAILS_I18N = "rails-i18n/rails/locale/{}.yml"
PRODUCTS = "sample/db/samples/products.rb"
ORDERS = "sample/db/samples/orders.rb"
FIXED_DAY = date(2026, 8, 19)  # the Solidus snapshot's commit day stands for the seeding day


def locale(src: Path, path: str, lang: str) -> dict:
    return yaml.safe_load((src / path.format(lang)).read_text(encoding="utf-8"))[lang]


def strftime(fmt: str, d: date) -> str:  # Ruby's %-d / %-m (no padding) as well
    return fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace(
        "%d", f"{d.day:02d}").replace("%m", f"{d.month:02d}").replace("%Y", str(d.year))


def money(amount: float, fmt: dict) -> str:  # USD: symbol first, the locale's marks
    whole, cents = f"{amount:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "$" + fmt["delimiter"].join(groups) + fmt["separator"] + cents


def products(src: Path) -> list[tuple[str, float]]:
    text = (src / PRODUCTS).read_text(encoding="utf-8")
    body = text[text.index("products = ["):]
    out = []
    for block in re.findall(r"\{(.*?)\n  \}", body, re.S):
        name = re.search(r'^\s*name: "([^"]+)"', block, re.M).group(1)
        price = float(re.search(r"^\s*price: ([\d.]+)", block, re.M).group(1))
        out.append((name, price))
    return out


def orders(src: Path) -> list[dict[str, str]]:
    text = (src / ORDERS).read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"Spree::Order\.create!\((.*?)\n\)", text, re.S):
        out.append({k: re.search(rf'^\s*{k}: "?([^",\n]+)"?', block, re.M).group(1)
                    for k in ("number", "email", "total")})
    return out


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", "de", "fr", "es"])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    lang, src, out = a.lang, a.src, a.out
    en = locale(src, CORE_EN, "en")
    tr = en if lang == "en" else locale(src, I18N, lang)
    rails = locale(src, RAILS_I18N, lang)

    def t(*keys: str) -> str:  # the language's entry, else English (I18n's fallback)
        for d in (tr, en):
            for k in keys:
                d = d.get(k) if isinstance(d, dict) else None
            if d:
                return d
        raise KeyError(keys)

    def attr(model: str, name: str) -> str:
        return t("activerecord", "attributes", model, name)

    cur = rails["number"]["currency"]["format"]
    day = strftime(rails["date"]["formats"]["default"], FIXED_DAY)
    out.mkdir(parents=True, exist_ok=True)

    header = [attr("spree/order", k) for k in ("completed_at", "number", "state",
                                               "payment_state", "shipment_state", "email",
                                               "total")]
    rows = [[day, o["number"], t("spree", "order_state", "complete"),
             t("spree", "payment_states", "balance_due"),
             t("spree", "shipment_states", "pending"), o["email"],
             money(float(o["total"]), cur)] for o in reversed(orders(src))]
    write(out / "orders.csv", header, rows)

    header = [attr("spree/variant", "sku"), attr("spree/product", "name"),
              attr("spree/product", "price")]
    rows = [["", name, money(price, cur)] for name, price in
            sorted(products(src), key=lambda p: p[0].encode())]
    write(out / "products.csv", header, rows)


if __name__ == "__main__":
    main()
