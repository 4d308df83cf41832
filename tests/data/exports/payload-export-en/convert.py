"""Payload CMS's ecommerce template: its seeded records as the admin's list views show them.

Built for round Z7 (session 53, keys412). Usage:

    python convert.py --lang en|de|fr|es SRC OUT

SRC: files of GitHub payloadcms/payload at db7543c2121f0b672e33436447122b5e09ea4f2b under
their own paths (SOURCE.md lists them and how to extract them with `git show`); OUT: the
folder to write. Node.js must be on PATH (the prices are formatted by Intl.NumberFormat,
as the plugin's PriceCell does in the browser).

Rules (nothing here is invented data):
- Rows: the records the ecommerce template's seed (templates/ecommerce/src/endpoints/seed,
  `index.ts` with `product-hat.ts` and `product-tshirt.ts`) creates: the customer user, its
  two addresses, the two transactions, the two orders, the two products. A value the seed
  does not set is the field's defaultValue in the plugin (inventory 0), otherwise empty.
  Values that the seed leaves to the database (ids, createdAt of the orders, the orders'
  random access tokens) are not fixed, so those columns are left out.
- Files and columns: the template configures no CSV export (no import-export plugin), so
  each file is the admin list view of its collection with every data column the seed fills,
  in the collection's field order (fields of unnamed tabs in tab order, then the sidebar),
  a named group's sub-fields hoisted as Payload's flattenTopLevelFields does
  ('Shipping address > First name'). Users: the template's defaultColumns (name, email,
  roles). Headers: each field's label through the language's translations (the ecommerce
  plugin's `plugin-ecommerce:*` keys, Payload's `general:email`); a field with no label is
  its name in words (Payload's toWords: 'Name', 'Roles', 'Title', 'Slug', 'Categories').
- Cells as the list view's cells show them: a relationship the related document's title
  (useAsTitle: the user's name, a category's title), a select its option label (order and
  transaction statuses translated; countries by the addresses collection's English labels;
  the currency 'US Dollar (USD)'), an array its row count with the plural label
  ('2 Items'), a checkbox general:true/false in lower case, a price the plugin's
  formatPrice (Intl.NumberFormat of the language, USD, two decimals).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import json
import os
import re
import subprocess

LANGS = ("en", "de", "fr", "es")
SEED = "templates/ecommerce/src/endpoints/seed/"
PLUGIN_TR = "packages/plugin-ecommerce/src/translations/languages/%s.ts"
CORE_TR = "packages/translations/src/languages/%s.ts"

STRING = r"""(?P<q>['"`])(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)"""


def read(src, path):
    with open(os.path.join(src, path), encoding="utf-8") as f:
        return f.read()


def translations(text, block=None):
    """key -> string of a Payload translation file (the block's keys when one is named)."""
    if block:
        start = text.index(f"\n  {block}: {{")
        text = text[start:text.index("\n  },", start)]
    out = {}
    for m in re.finditer(r"^\s+'?([\w-]+)'?:\s*(?:\n\s*)?" + STRING, text, re.M):
        out.setdefault(m.group(1), m.group("s").replace("\\'", "'"))
    return out


def ts_object(text, name):
    """The string and number properties of `const NAME ... = { ... }` in the seed."""
    m = re.search(r"const " + re.escape(name) + r"\b[^=]*=\s*\{(.*?)\n\}", text, re.S)
    if not m:
        raise SystemExit(f"seed object {name} not found")
    return props(m.group(1))


def props(body):
    out = {}
    pattern = r"(\w+):\s*(?:" + STRING + r"|(?P<n>-?\d+(?:\.\d+)?)\b|(?P<b>true|false)\b)"
    for m in re.finditer(pattern, body):
        key = m.group(1)
        if key in out:
            continue
        if m.group("s") is not None:
            out[key] = m.group("s")
        elif m.group("n") is not None:
            out[key] = int(m.group("n")) if m.group("n").isdigit() else float(m.group("n"))
        else:
            out[key] = m.group("b") == "true"
    return out


def creates(seed, collection):
    """The body of every payload.create({collection: COLLECTION, ...}) call, in seed order."""
    bodies = []
    pattern = (r"collection: '" + re.escape(collection)
               + r"',(.*?)(?=payload\.(?:create|logger|delete|update)|\Z)")
    for m in re.finditer(pattern, seed, re.S):
        bodies.append(m.group(1))
    if not bodies:
        raise SystemExit(f"no {collection} created by the seed")
    return bodies


def price(cents, lang):
    """The plugin's formatPrice: Intl.NumberFormat(lang, USD, 2 decimals) of cents / 100."""
    js = ("const [v, l] = JSON.parse(process.argv[1]);"
          "process.stdout.write(new Intl.NumberFormat(l, {currency: 'USD',"
          " currencyDisplay: 'symbol', maximumFractionDigits: 2, minimumFractionDigits: 2,"
          " style: 'currency'}).format(v / 100))")
    return subprocess.run(["node", "-e", js, json.dumps([cents, lang])], check=True,
                          capture_output=True, text=True).stdout


ADDRESS = [("title", "addressTitle"), ("firstName", "addressFirstName"),
           ("lastName", "addressLastName"), ("company", "addressCompany"),
           ("addressLine1", "addressLine1"), ("addressLine2", "addressLine2"),
           ("city", "addressCity"), ("state", "addressState"),
           ("postalCode", "addressPostalCode"), ("country", "addressCountry"),
           ("phone", "addressPhone")]


def build(src, lang, out):
    seed = read(src, SEED + "index.ts")
    tr = translations(read(src, PLUGIN_TR % lang))
    general = translations(read(src, CORE_TR % lang), "general")

    def t(key):
        return tr[key]

    countries = {m.group(2): m.group(1) for m in re.finditer(
        r"\{ label: '([^']*)', value: '([A-Z]{2})' \}",
        read(src, "packages/plugin-ecommerce/src/collections/addresses/defaultCountries.ts"))}
    currencies = read(src, "packages/plugin-ecommerce/src/currencies/index.ts")
    usd = props(currencies.split("code: 'USD'")[1].split("}")[0])
    currency_label = f"{usd['label']} (USD)"
    addresses = {name: ts_object(seed, name) for name in
                 re.findall(r"const (baseAddress\w+Data)\b", seed)}

    user = props(creates(seed, "users")[-1])
    roles = re.search(r"roles: \[([^\]]*)\]", creates(seed, "users")[-1]).group(1)
    user_name = user["name"]
    rows = {}
    rows["users.csv"] = (["Name", general["email"], "Roles"],
                         [[user["name"], user["email"], ", ".join(re.findall(r"'(\w+)'", roles))]])

    head = [t("customer")] + [t(k) for _, k in ADDRESS]
    body = []
    for block in creates(seed, "addresses"):
        addr = addresses[re.search(r"\.\.\.\((baseAddress\w+Data)", block).group(1)]
        cells = [user_name if "customer: customer.id" in block else ""]
        for field, _ in ADDRESS:
            value = addr.get(field, "")
            cells.append(countries.get(value, value) if field == "country" else value)
        body.append(cells)
    rows["addresses.csv"] = (head, body)

    head = ([t("paymentMethod"), "Stripe > Stripe Customer ID", "Stripe > Stripe PaymentIntent ID"]
            + [f"{t('billingAddress')} > {t(k)}" for _, k in ADDRESS]
            + [t("status"), t("customer"), t("currency")])
    body = []
    for block in creates(seed, "transactions"):
        p = props(block)
        addr = addresses[re.search(r"billingAddress: (baseAddress\w+Data)", block).group(1)]
        body.append(["Stripe" if p["paymentMethod"] == "stripe" else p["paymentMethod"],
                     p["customerID"], p["paymentIntentID"]]
                    + [addr.get(f, "") for f, _ in ADDRESS]
                    + [t(p["status"]), user_name if "customer: customer.id" in block else "",
                       currency_label if p["currency"] == "USD" else p["currency"]])
    rows["transactions.csv"] = (head, body)

    head = ([t("items")] + [f"{t('shippingAddress')} > {t(k)}" for _, k in ADDRESS]
            + [t("customer"), t("status"), t("amount"), t("currency")])
    body = []
    for block in creates(seed, "orders"):
        p = props(block)
        addr = addresses[re.search(r"shippingAddress: (baseAddress\w+Data)", block).group(1)]
        n = block.count("quantity:")
        body.append([f"{n} {t('item') if n == 1 else t('items')}"]
                    + [addr.get(f, "") for f, _ in ADDRESS]
                    + [user_name if "customer: customer.id" in block else "", t(p["status"]),
                       price(p["amount"], lang),
                       currency_label if p["currency"] == "USD" else p["currency"]])
    rows["orders.csv"] = (head, body)

    cats = re.findall(r"const categories = \[([^\]]*)\]", seed)[0]
    cat_titles = re.findall(r"'([^']*)'", cats)
    destructured = re.search(r"const \[\s*customer,(.*?)\]\s*=\s*await", seed, re.S).group(1)
    cat_vars = [v for v in re.findall(r"(\w+Category)\b", destructured)]
    category = dict(zip(cat_vars, cat_titles, strict=True))
    head = ["Title", t("enableVariants"), t("priceIn").replace("{{currency}}", "USD"),
            t("inventory"), "Categories", "Slug"]
    body = []
    for block in creates(seed, "products"):
        fn = re.search(r"data: (\w+)Data\(", block).group(1)
        fname = {"productHat": "product-hat.ts", "productTshirt": "product-tshirt.ts"}[fn]
        data = read(src, SEED + fname)
        data = data[data.index(f"export const {fn}Data"):]
        data = data[:data.index("\nexport const", 1)] if "\nexport const" in data[1:] else data
        top = props(re.sub(r"meta: \{.*?\n    \},", "", data, flags=re.S))
        used = re.search(r"categories: \[([^\]]*)\]", block).group(1)
        enable = top.get("enableVariants")
        body.append([top["title"],
                     "" if enable is None else general["true" if enable else "false"].lower(),
                     price(top["priceInUSD"], lang), top.get("inventory", 0),
                     ", ".join(category[v.strip()] for v in used.split(",") if v.strip()),
                     top["slug"]])
    rows["products.csv"] = (head, body)

    os.makedirs(out, exist_ok=True)
    for name, (head, body) in rows.items():
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(head)
            w.writerows(body)
        print(name, len(body), "rows")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    build(a.src, a.lang, a.out)


if __name__ == "__main__":
    main()
