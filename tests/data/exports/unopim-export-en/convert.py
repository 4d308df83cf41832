"""UnoPim's CSV exports of its demo catalogue's products and its demo users, per language.

Built for round Z5 (session 52, keys399). Usage:

    python convert.py --lang en|de|fr SRC OUT

SRC: the files of GitHub unopim/unopim at 8b8f02313017320e39e1f85853353bd670947ef0 under
their own paths (e.g. `git archive 8b8f0231 packages | tar -x -C SRC`; SOURCE.md lists the
files read). The PHP data files are read with the PHP CLI (`php` on PATH): each is a plain
`return [...]` array, json_encode'd as it stands.

Rules (nothing here is invented data):
- Rows: products.csv -- the 102 products of the installer's demo catalogue
  (packages/Webkul/Installer/src/Database/Data/Demo/products/*.php, in the order
  DemoProductSeeder loads them: the files sorted by name, then their order); the variant rows
  the seeder derives from a product's `variants` list are left out. users.csv -- the five demo
  users of Data/Demo/organisation.php (the installer's own admin, whose name and e-mail the
  person installing types, is left out).
- products.csv: the product export job (DataTransfer Helpers/Exporters/Product/Exporter.php)
  with its "use labels" option on, filtered to the channel `default` and the language's
  locale (en_US, de_DE, fr_FR: the demo's three locales). Columns: channel, locale, sku,
  status, type, parent, attribute_family, variant_structure, configurable_attributes,
  categories (the exporter's fixed keys, written as they are), then every attribute but sku
  and status in id order (the base install's AttributeTableSeeder ids, then the demo's
  attributes.php in its order), headed by the attribute's name in the locale (base attributes:
  the installer catalogue's seeders.attribute.attributes; demo ones: their labels); a price
  attribute gives one column per currency, "<name> (USD)", "<name> (EUR)". Cells: the
  seeder's values (DemoProductSeeder::buildValues: common, locale-specific, the channel's
  cost, the channel-and-locale copy with meta_title / meta_description / meta_keywords
  defaults and the price) as the exporter prints them: select and multiselect option codes
  become the option's label in the locale (option labels of attributes.php and the base
  options), arrays joined by ', ', a measurement is its stored structure (unit, amount to 4
  places, family, base amount to 6 places, base unit, symbol; MeasurementFamilySeeder)
  joined by ', ', booleans 1 / 0, status 'true', media paths as the seeder stores them
  (demo/catalog/<media>.webp, -detail / -context gallery, demo/spec-sheets/<family>.pdf).
- users.csv: the user export job (Helpers/Exporters/User/Exporter.php): name, email, image,
  status ('active'), role_name, permission_type, permissions (joined by ','), timezone,
  ui_locale_code (en_US: DemoOrganisationSeeder). The job heads them by these keys; here each
  is headed by the label UnoPim's admin gives the field (the users grid, the user form, the
  role form, the account page; Admin lang app.php of the language). Cells as the job writes
  them (it does not translate values).
- CSV: ',' separated, '"' enclosure, no BOM (AbstractExporter::getExportParameter), written
  by Python's csv module (minimal quoting, LF line ends as PHP's fputcsv).
"""

import argparse
import csv
import glob
import json
import os
import re
import subprocess

LANGS = {"en": "en_US", "de": "de_DE", "fr": "fr_FR"}
CHANNEL = "default"
CURRENCIES = ["USD", "EUR"]
DEMO = "packages/Webkul/Installer/src/Database/Data/Demo"
ASSETS = "packages/Webkul/Installer/src/Resources/assets/images/demo"
INSTALLER_LANG = "packages/Webkul/Installer/src/Resources/lang/{}/app.php"
ADMIN_LANG = "packages/Webkul/Admin/src/Resources/lang/{}/app.php"
ATTR_SEEDER = "packages/Webkul/Installer/src/Database/Seeders/Attribute/AttributeTableSeeder.php"
SEEDERS = "packages/Webkul/Installer/src/Database/Seeders/"
OPTION_SEEDER = SEEDERS + "Attribute/AttributeOptionTableSeeder.php"
MEASURE_SEEDER = "packages/Webkul/Measurement/src/Database/Seeders/MeasurementFamilySeeder.php"
CHANNEL_LOCALE_ATTRIBUTES = ["name", "short_description", "description", "meta_title",
                             "meta_keywords", "meta_description"]
LOCALE_ATTRIBUTES = ["highlights", "care_instructions", "ingredients", "storage_instructions"]
# base attribute code -> key of the installer catalogue's seeders.attribute.attributes
BASE_LABEL_KEY = {"tax_category_id": "tax-category"}
# users.csv: export key -> path of its label in the Admin catalogue
USER_LABELS = [
    ("name", "settings.users.index.datagrid.name"),
    ("email", "settings.users.index.datagrid.email"),
    ("image", "settings.users.index.datagrid.image"),
    ("status", "settings.users.index.datagrid.status"),
    ("role_name", "settings.users.index.create.role"),
    ("permission_type", "settings.roles.index.datagrid.permission-type"),
    ("permissions", "settings.roles.create.permissions"),
    ("timezone", "settings.users.index.create.user-timezone"),
    ("ui_locale_code", "account.edit.ui-locale"),
]


def php_load(path):
    """The array a PHP data file returns, through the PHP CLI's json_encode."""
    out = subprocess.run(
        ["php", "-r", "echo json_encode(include $argv[1], JSON_UNESCAPED_UNICODE);", path],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def dig(tree, dotted):
    for part in dotted.split("."):
        tree = tree[part]
    return tree


def base_attributes(src, inst):
    """[(id, code, type, {locale: name})] of AttributeTableSeeder, in id order."""
    text = open(os.path.join(src, ATTR_SEEDER), encoding="utf-8").read()
    rows = re.findall(r"'id'\s*=>\s*(\d+),\s*'code'\s*=>\s*'(\w+)',\s*'type'\s*=>\s*'(\w+)'", text)
    out = []
    for _id, code, typ in sorted(rows, key=lambda r: int(r[0])):
        key = BASE_LABEL_KEY.get(code, code.replace("_", "-"))
        labels = {loc: inst[loc]["seeders"]["attribute"]["attributes"].get(key, code)
                  for loc in inst}
        out.append((int(_id), code, typ, labels))
    return out


def base_options(src, inst):
    """{attribute id: [(code, {locale: label})]} of AttributeOptionTableSeeder."""
    text = open(os.path.join(src, OPTION_SEEDER), encoding="utf-8").read()
    rows = re.findall(r"'code'\s*=>\s*trans\('installer::app\.seeders\.attribute\."
                      r"attribute-options\.(\w+)'"
                      r"[^\]]*?'attribute_id'\s*=>\s*(\d+)", text)
    out = {}
    for key, attr_id in rows:
        opts = {loc: inst[loc]["seeders"]["attribute"]["attribute-options"][key] for loc in inst}
        out.setdefault(int(attr_id), []).append((opts["en_US"], opts))
    return out


def measurement_families(src):
    """{family code: (standard unit, {unit: (symbol, [(value, operator)])})}."""
    text = open(os.path.join(src, MEASURE_SEEDER), encoding="utf-8").read()
    fams = {}
    for block in re.split(r"\n\s{12}\[\s*\n\s*'code'", text)[1:]:
        code = re.match(r"\s*=>\s*'(\w+)'", block).group(1)
        std = re.search(r"'standard_unit'\s*=>\s*'(\w+)'", block).group(1)
        units = {}
        for ucode, sym, ops in re.findall(
                r"\['code'\s*=>\s*'(\w+)',\s*'labels'\s*=>[^,]+\),\s*'symbol'\s*=>\s*'([^']*)',"
                r"\s*'convert_from_standard'\s*=>\s*\[(.*?)\]\]", block):
            steps = re.findall(r"'value'\s*=>\s*'([^']+)',\s*'operator'\s*=>\s*'(\w+)'", ops)
            units[ucode] = (sym, steps)
        fams[code] = (std, units)
    return fams


def base_value(value, ops):
    """MeasurementHelper::calculateBaseValue."""
    v = float(value)
    for val, op in reversed(ops):
        val = float(val)
        if op in ("mul", "div") and val == 0:
            continue
        if op == "mul":
            v /= val
        elif op == "div":
            v *= val
        elif op == "add":
            v -= val
        elif op == "sub":
            v += val
    return v


def php_str(v):
    if v is True:
        return "1"
    if v is False:
        return "0"
    if v is None:
        return ""
    return str(v)


def escape(v):
    """EscapeFormulaOperators::escapeValue."""
    if isinstance(v, str) and v.lstrip() and v.lstrip()[0] in "=+-@\t\r":
        return "'" + v + "'"
    return v


def products_csv(src, locale, inst):
    demo_attr = php_load(os.path.join(src, DEMO, "attributes.php"))
    attrs = base_attributes(src, inst)
    bopts = base_options(src, inst)
    types = {c: t for _, c, t, _ in attrs}
    labels = {c: lab for _, c, _, lab in attrs}
    order = [c for _, c, _, _ in attrs]
    options = {c: list(bopts.get(i, [])) for i, c, _, _ in attrs}
    measure = {}
    for a in demo_attr["attributes"]:
        if a["code"] not in types:
            order.append(a["code"])
        types[a["code"]] = a["type"]
        labels[a["code"]] = a["labels"]
        options.setdefault(a["code"], [])
        for o in a.get("options", []):
            options[a["code"]].append((o["code"], o["labels"]))
        if "measurement" in a:
            measure[a["code"]] = a["measurement"]
    for code, extra in demo_attr["extra_options"].items():
        for o in extra:
            lst = options.setdefault(code, [])
            hit = [i for i, (c, _) in enumerate(lst) if c.lower() == o["code"].lower()]
            if hit:
                lst[hit[0]] = (o["code"], dict(lst[hit[0]][1], **o["labels"]))
            else:
                lst.append((o["code"], o["labels"]))
    for code, m in demo_attr["measurements"].items():
        types[code] = "measurement"
        measure[code] = m
    fams = measurement_families(src)
    optmap = {c: {oc: lab for oc, lab in lst} for c, lst in options.items()}

    header_keys, header = [], []
    for code in order:
        if code in ("sku", "status"):
            continue
        name = labels[code].get(locale, code)
        if types[code] == "price":
            for cur in CURRENCIES:
                header_keys.append((code, cur))
                header.append(f"{name} ({cur})")
        else:
            header_keys.append((code, None))
            header.append(name)
    fixed = ["channel", "locale", "sku", "status", "type", "parent", "attribute_family",
             "variant_structure", "configurable_attributes", "categories"]
    media_dir = os.path.join(src, ASSETS, "catalog")

    rows = []
    for path in sorted(glob.glob(os.path.join(src, DEMO, "products", "*.php"))):
        for p in php_load(path):
            common = {"sku": p["sku"], "url_key": p["sku"]}
            common.update(p.get("common") or {})
            for code, v in list(common.items()):
                if code in measure and isinstance(v, dict) and "value" in v:
                    fam = measure[code]["family"]
                    std, units = fams[fam]
                    sym, ops = units.get(v.get("unit"), (None, []))
                    common[code] = [v.get("unit"), f"{float(v['value']):.4f}", fam,
                                    f"{base_value(v['value'], ops):.6f}", std, sym]
            if p.get("media"):
                key = p["media"]
                if os.path.exists(os.path.join(media_dir, key + ".webp")):
                    common["image"] = f"demo/catalog/{key}.webp"
                gallery = [f"demo/catalog/{key}{s}.webp" for s in ("-detail", "-context")
                           if os.path.exists(os.path.join(media_dir, f"{key}{s}.webp"))]
                if gallery:
                    common["gallery"] = gallery
                common["spec_sheet"] = f"demo/spec-sheets/{p['family']}.pdf"
            values = dict(common)
            copy = p["locales"].get(locale)
            for code in LOCALE_ATTRIBUTES:
                if copy and code in copy:
                    values[code] = copy[code]
            if "cost" in p:
                values["cost"] = {k: str(v) for k, v in p["cost"].items()}
            if copy is not None:
                cl = {c: copy[c] for c in CHANNEL_LOCALE_ATTRIBUTES if c in copy}
                cl.setdefault("meta_title", copy.get("name"))
                cl.setdefault("meta_description", copy.get("short_description"))
                words = copy.get("name", "").lower().split(" ")
                cl.setdefault("meta_keywords", "|".join(words[:6]))
                cl["price"] = {k: str(v) for k, v in (p.get("prices") or {}).items()}
                values.update({k: v for k, v in cl.items() if v not in (None, "")})
            conf = p["type"] == "configurable"
            row = [CHANNEL, locale, p["sku"], "true", p["type"], "", p["family"],
                   f"{p['sku']}-structure" if conf else "",
                   ",".join(p.get("axes", [])) if conf else "",
                   ",".join(p.get("categories", []))]
            for code, cur in header_keys:
                v = values.get(code)
                if cur:
                    row.append(php_str((v or {}).get(cur)) if isinstance(v, dict) else "")
                    continue
                if types[code] in ("select", "multiselect") and v not in (None, ""):
                    labs = optmap.get(code, {})
                    def lab(x, labs=labs):
                        return labs.get(str(x), {}).get(locale, str(x))
                    v = [lab(x) for x in v] if isinstance(v, list) else lab(v)
                if isinstance(v, list):
                    v = ", ".join(php_str(x) for x in v)
                row.append(php_str(escape(v)))
            rows.append(row)
    return fixed + header, rows


def users_csv(src, admin):
    org = php_load(os.path.join(src, DEMO, "organisation.php"))
    roles = {r["name"]: r for r in org["roles"]}
    avatars = os.path.join(src, ASSETS, "avatars")
    header = [dig(admin, path) for _, path in USER_LABELS]
    rows = []
    for u in org["users"]:
        role = roles.get(u["role"])
        if role is None:
            continue
        img = f"demo/avatars/{u['avatar']}.webp"
        rows.append([
            escape(u["name"]), u["email"],
            img if os.path.exists(os.path.join(avatars, u["avatar"] + ".webp")) else "",
            "active", role["name"], role["permission_type"],
            ",".join(role.get("permissions") or []), u["timezone"], "en_US",
        ])
    return header, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANGS))
    ap.add_argument("src")
    ap.add_argument("out")
    a = ap.parse_args()
    locale = LANGS[a.lang]
    inst = {loc: php_load(os.path.join(a.src, INSTALLER_LANG.format(loc)))
            for loc in LANGS.values()}
    admin = php_load(os.path.join(a.src, ADMIN_LANG.format(locale)))
    os.makedirs(a.out, exist_ok=True)
    for name, (header, rows) in (("products.csv", products_csv(a.src, locale, inst)),
                                 ("users.csv", users_csv(a.src, admin))):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
        print(name, len(rows), "rows")


if __name__ == "__main__":
    main()
