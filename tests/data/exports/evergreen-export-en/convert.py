"""Evergreen ILS's patron search results, downloaded as CSV, headed in its own labels.

Built for round Z (session 51, keys375). Usage:

    python convert.py --lang en|es|cs EG OUT

EG: files of GitHub evergreen-library-system/Evergreen at
921164cbfe938ca0ea3865f8cabaa4bc21a88e35 under their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: every user of Evergreen's "concerto_enhanced" test dataset
  (Open-ILS/tests/datasets/sql/concerto_enhanced/actor.usr.sql, a PostgreSQL COPY dump of
  the loaded Concerto sample data: patrons and staff) except the one marked deleted (a patron
  search never returns deleted users), in id order. The card barcode, the profile (permission
  group) and the home library are the linked rows of actor.card.sql, permission.grp_tree
  (950.data.seed-values.sql's groups 1-23 and the dataset's 1016-1019) and actor.org_unit.sql
  (950.data.seed-values.sql's org unit 1); the mailing and billing address are the
  actor.usr_address.sql rows the user's mailing_address and billing_address point to.
- Columns: the web staff client's patron search results grid
  (Open-ILS/src/templates/staff/circ/patron/t_search_results.tt2): its 21 labelled columns
  in their order (labels l('...'), translated by build/i18n/po/webstaff/<lang>.po), then
  seven of the further user fields the grid offers through its path='*' column picker
  (suffix, email, day_phone, expire_date, juvenile, active, barred), headed by their IDL
  labels (Open-ILS/examples/fm_IDL.xml reporter:label, translated by
  build/i18n/po/fm_IDL.dtd/<lang>.po). Profile names are translated by
  build/i18n/po/db.seed/<lang>.po (oils_i18n_gettext names). An untranslated msgid stays
  English, as gettext shows it.
- Cells: as the grid's CSV download prints them (egGridValueFilter): booleans Yes/No in
  the language (base_js.tt2's egStrings.YES/NO), dates by AngularJS's locale patterns for
  the grid's formats (DoB: "shortDate"; timestamps: "short"; the local time of the dump).
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = {"en": None, "es": "es-ES", "cs": "cs-CZ"}
# AngularJS locale patterns (ngLocale: shortDate, short) per language
DATE_FMT = {"en": ("{m}/{d}/{yy}", "{m}/{d}/{yy} {h12}:{mi} {ap}"),
            "es": ("{d}/{m}/{yy}", "{d}/{m}/{yy} {h}:{mi}"),
            "cs": ("{dd}.{mm}.{yy}", "{dd}.{mm}.{yy} {h}:{mi}")}
DS = "Open-ILS/tests/datasets/sql/concerto_enhanced/"
SEED = "Open-ILS/src/sql/Pg/950.data.seed-values.sql"
TT2 = "Open-ILS/src/templates/staff/circ/patron/t_search_results.tt2"
IDL = "Open-ILS/examples/fm_IDL.xml"

# (label source, msgid or IDL field, value path)
COLUMNS = [("tt2", "ID", "id"), ("tt2", "Card", "card.barcode"),
           ("tt2", "Profile", "profile.name"), ("tt2", "Last Name", "family_name"),
           ("tt2", "First Name", "first_given_name"),
           ("tt2", "Middle Name", "second_given_name"), ("tt2", "DoB", "dob"),
           ("tt2", "Home Library", "home_ou.shortname"),
           ("tt2", "Created On", "create_date")]
for _pfx, _rel in (("Mailing", "mailing_address"), ("Billing", "billing_address")):
    for _lab, _fld in (("Street 1", "street1"), ("Street 2", "street2"), ("City", "city"),
                       ("County", "county"), ("State", "state"), ("Zip", "post_code")):
        COLUMNS.append(("tt2", f"{_pfx}:{_lab}", f"{_rel}.{_fld}"))
COLUMNS += [("idl", "suffix", "suffix"), ("idl", "email", "email"),
            ("idl", "day_phone", "day_phone"), ("idl", "expire_date", "expire_date"),
            ("idl", "juvenile", "juvenile"), ("idl", "active", "active"),
            ("idl", "barred", "barred")]
BOOLS = {"juvenile", "active", "barred"}


def read_po(path):
    """msgid -> msgstr of a gettext catalogue (single-line and continued strings)."""
    out, text = {}, open(path, encoding="utf-8").read()
    for m in re.finditer(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', text, re.M):
        def join(s):
            return "".join(re.findall(r'"(.*)"', s)).replace('\\"', '"')
        if join(m.group(2)):
            out.setdefault(join(m.group(1)), join(m.group(2)))
    return out


def copy_rows(path):
    """A pg_dump COPY block: list of dicts (\\N -> None)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    head = next(i for i, x in enumerate(lines) if x.startswith("COPY "))
    cols = [c.strip() for c in lines[head][lines[head].index("(") + 1:
                                          lines[head].index(")")].split(",")]
    rows = []
    for line in lines[head + 1:]:
        if line == "\\.":
            break
        vals = [None if v == "\\N" else v.replace("\\\\", "\\") for v in line.split("\t")]
        rows.append(dict(zip(cols, vals, strict=True)))
    return rows


def fmt_date(value, lang, with_time):
    if not value:
        return ""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d))?", value)
    y, mo, d, h, mi = m.groups()
    h = int(h or 0)
    parts = {"yy": y[2:], "m": int(mo), "mm": mo, "d": int(d), "dd": d, "h": h,
             "mi": mi or "00", "h12": (h % 12) or 12, "ap": "AM" if h < 12 else "PM"}
    return DATE_FMT[lang][1 if with_time else 0].format(**parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=sorted(LANGS), required=True)
    ap.add_argument("eg")
    ap.add_argument("out")
    a = ap.parse_args()
    loc = LANGS[a.lang]

    def p(rel):
        return os.path.join(a.eg, rel)
    ws = read_po(p(f"build/i18n/po/webstaff/{loc}.po")) if loc else {}
    idl_po = read_po(p(f"build/i18n/po/fm_IDL.dtd/{loc}.po")) if loc else {}
    seed_po = read_po(p(f"build/i18n/po/db.seed/{loc}.po")) if loc else {}

    tt2 = open(p(TT2), encoding="utf-8").read()
    idl = open(p(IDL), encoding="utf-8").read()
    au = re.search(r'<class id="au".*?</class>', idl, re.S).group(0)
    seed = open(p(SEED), encoding="utf-8").read()

    groups = {int(i): n for i, n in re.findall(
        r"\((\d+), oils_i18n_gettext\(\d+, '([^']*)', 'pgt', 'name'\)", seed)}
    for g in copy_rows(p(DS + "permission.grp_tree.sql")):
        groups[int(g["id"])] = g["name"]
    orgs = {int(i): s for i, s in re.findall(
        r"\((\d+), NULL, \d+, '([^']*)'", seed)}
    for o in copy_rows(p(DS + "actor.org_unit.sql")):
        orgs[int(o["id"])] = o["shortname"]
    cards = {c["id"]: c["barcode"] for c in copy_rows(p(DS + "actor.card.sql"))}
    addrs = {x["id"]: x for x in copy_rows(p(DS + "actor.usr_address.sql"))}

    header = []
    for src, key, _path in COLUMNS:
        if src == "tt2":
            assert f"label=\"[% l('{key}') %]\"" in tt2, key
            header.append(ws.get(key, key))
        else:
            tag = re.search(rf'<field [^>]*\bname="{key}"[^>]*>', au).group(0)
            lab = re.search(r'reporter:label="([^"]+)"', tag).group(1)
            header.append(idl_po.get(lab, lab))
    yes, no = ws.get("Yes", "Yes"), ws.get("No", "No")

    users = sorted((u for u in copy_rows(p(DS + "actor.usr.sql")) if u["deleted"] != "1"),
                   key=lambda u: int(u["id"]))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "patrons.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for u in users:
            row = []
            for _src, _key, path in COLUMNS:
                if path == "card.barcode":
                    v = cards.get(u["card"])
                elif path == "profile.name":
                    n = groups[int(u["profile"])]
                    v = seed_po.get(n, n)
                elif path == "home_ou.shortname":
                    v = orgs[int(u["home_ou"])]
                elif "." in path:
                    rel, fld = path.split(".")
                    v = (addrs.get(u[rel]) or {}).get(fld)
                elif path == "dob":
                    v = fmt_date(u[path], a.lang, False)
                elif path in ("create_date", "expire_date"):
                    v = fmt_date(u[path], a.lang, True)
                elif path in BOOLS:
                    v = {"1": yes, "0": no}.get(u[path] or "", "")
                else:
                    v = u[path]
                row.append("" if v is None else v)
            w.writerow(row)
    print(f"patrons.csv: {len(users)} rows")


if __name__ == "__main__":
    main()
