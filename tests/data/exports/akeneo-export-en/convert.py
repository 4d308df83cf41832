"""Akeneo PIM's CSV exports of products and users, headed in its own UI labels.

Built for round Z4 (session 52, keys386). Usage:

    python convert.py --lang en|de|fr AKENEO OUT

AKENEO: files of GitHub akeneo/pim-community-dev at commit
67c116052b7f1d4510c13c39adefe1f5eb1ecc93 under their own paths (SOURCE.md lists them).
Needs PyYAML (to read Akeneo's translation catalogues).

Rules (nothing here is invented data):
- Rows: the install fixtures of Akeneo's demo catalogue, icecat_demo_dev (products.csv:
  every product; users.csv: every user), taken as they are.
- products.csv: Akeneo's product CSV export (';'-separated, one column per property, per
  attribute and per locale / channel / currency / unit, a column only when some product
  has a value in it, cells the raw flat values: codes, 1/0, ISO dates). The export heads
  columns by codes; here each is headed by its label in the language: properties by the
  UI's own translation (PROPERTY_KEYS, Akeneo's jsmessages catalogue), attributes by the
  attribute's label in the locale (attributes.csv label-<locale>, '[code]' when it has
  none, as Akeneo shows it), followed by the locale code and the channel's label
  (channels.csv) for a localisable / scopable value, the currency for a price, '-unit' for
  a metric's unit; association columns by the association type's label and the translated
  word for products / groups.
- users.csv: the user fixture's columns but the password (never exported), headed by the
  user grid's and user form's labels (USER_KEYS, Akeneo's messages catalogue).
- CSV: ';' delimiter, Python's csv module (UTF-8, minimal quoting, LF as Akeneo writes).
"""
import argparse
import csv
import os

import yaml

LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR"}
FIX = "src/Pim/Bundle/InstallerBundle/Resources/fixtures/icecat_demo_dev"
TR = "src/Pim/Bundle/{bundle}/Resources/translations/{cat}.{lang}.yml"

# product property -> (bundle, catalogue, translation key)
PROPERTY_KEYS = {
    "categories": ("EnrichBundle", "jsmessages", "pim_enrich.form.product.tab.categories.title"),
    "enabled": ("EnrichBundle", "jsmessages", "pim_enrich.export.product.filter.enabled.title"),
    "family": ("EnrichBundle", "jsmessages", "pim_enrich.export.product.filter.family.title"),
    "parent": ("EnrichBundle", "jsmessages", "pim_enrich.form.product_model.product_model"),
    "groups": ("EnrichBundle", "jsmessages", "pim_enrich.entity.product.meta.groups.title"),
}
ASSOC_TARGET_KEYS = {
    "products": ("EnrichBundle", "jsmessages", "pim_menu.item.product"),
    "groups": ("EnrichBundle", "jsmessages", "pim_menu.item.group"),
}
# user fixture column -> (bundle, catalogue, translation key); password left out
USER_KEYS = [
    ("username", ("UserBundle", "messages", "oro.user.grid.users.columns.username")),
    ("first_name", ("UserBundle", "messages", "oro.user.grid.users.columns.firstName")),
    ("last_name", ("UserBundle", "messages", "oro.user.grid.users.columns.lastName")),
    ("email", ("UserBundle", "messages", "oro.user.grid.users.columns.email")),
    ("catalog_locale", ("UserBundle", "messages", "Catalog locale")),
    ("user_locale", ("UserBundle", "messages", "UI locale")),
    ("catalog_scope", ("UserBundle", "messages", "Catalog scope")),
    ("default_tree", ("UserBundle", "messages", "Default tree")),
    ("roles", ("UIBundle", "messages", "Roles")),
    ("groups", ("UIBundle", "messages", "Groups")),
    ("enabled", ("UserBundle", "messages", "oro.user.grid.users.columns.enabled")),
]


def flatten(d, prefix=""):
    out = {}
    for k, v in (d or {}).items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out


class Catalogues:
    def __init__(self, root, lang):
        self.root, self.lang, self.cache = root, lang, {}

    def __call__(self, spec):
        bundle, cat, key = spec
        path = os.path.join(self.root, TR.format(bundle=bundle, cat=cat, lang=self.lang))
        if path not in self.cache:
            with open(path, encoding="utf-8") as fh:
                self.cache[path] = flatten(yaml.safe_load(fh))
        value = self.cache[path].get(key)
        if value is None:  # Symfony falls back to the English catalogue
            return Catalogues(self.root, "en")(spec)
        return str(value)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def product_header(col, attrs, channels, assocs, tr, locale):
    if col in PROPERTY_KEYS:
        return tr(PROPERTY_KEYS[col])
    code, _, rest = col.partition("-")
    if code in assocs and rest in ASSOC_TARGET_KEYS:
        label = assocs[code].get("label-" + locale) or f"[{code}]"
        return f"{label} ({tr(ASSOC_TARGET_KEYS[rest])})"
    attr = attrs[code]
    label = attr.get("label-" + locale) or f"[{code}]"
    if not rest:
        return label
    parts = rest.split("-")
    if parts == ["unit"]:
        return f"{label}-unit"
    if attr["type"] == "pim_catalog_price_collection":
        return f"{label} ({parts[0]})"
    shown = []
    for p in parts:
        if p in channels:
            shown.append(channels[p].get("label-" + locale) or f"[{p}]")
        else:
            shown.append(p)
    return f"{label} ({', '.join(shown)})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LOCALES))
    ap.add_argument("akeneo")
    ap.add_argument("out")
    a = ap.parse_args()
    locale = LOCALES[a.lang]
    tr = Catalogues(a.akeneo, a.lang)
    fix = os.path.join(a.akeneo, FIX)
    attrs = {r["code"]: r for r in read_csv(os.path.join(fix, "attributes.csv"))}
    channels = {r["code"]: r for r in read_csv(os.path.join(fix, "channels.csv"))}
    assocs = {r["code"]: r for r in read_csv(os.path.join(fix, "association_types.csv"))}
    os.makedirs(a.out, exist_ok=True)

    with open(os.path.join(fix, "products.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        cols = next(reader)
        rows = list(reader)
    keep = [i for i, c in enumerate(cols) if any(r[i] for r in rows)]
    header = [product_header(cols[i], attrs, channels, assocs, tr, locale) for i in keep]
    with open(os.path.join(a.out, "products.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[i] for i in keep])

    users = read_csv(os.path.join(fix, "users.csv"))
    with open(os.path.join(a.out, "users.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow([tr(spec) for _, spec in USER_KEYS])
        for u in users:
            w.writerow([u[c] for c, _ in USER_KEYS])


if __name__ == "__main__":
    main()
