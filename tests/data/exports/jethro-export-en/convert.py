"""Jethro Pmm's CSV exports of persons and families, headed in its own labels.

Built for round Z6 (session 53, keys404). Usage:

    python convert.py --lang en|es JP OUT

JP: files of GitHub tbar0970/jethro-pmm at 492987994f1d74a41a0b55d854eb827168804187 under
their own paths (SOURCE.md lists them). Python 3, standard library only.

Rules (nothing here is invented data):
- Rows: the six persons in two families of Jethro's own sample import
  (calls/call_sample_import.class.php, "jethro_sample_import.csv", the file the Import page
  offers), read from that PHP file: each row's 'key' => value pairs. The values the sample
  takes from a fresh database are taken from the install code: person statuses from
  person_status's INSERT (first active: 'Core'; last not archived: 'Contact'), age brackets
  from age_bracket's INSERT (default 'Adult'; the child bracket: the last non-adult one,
  'Baby', as the sample's loop leaves it), the state default and phone formats from the
  installer's settings. Congregation names are typed in by whoever installs Jethro (no
  default): left empty. The sample's phone digits are rand() digits repeated; here the same
  draws in the same order from Python's random.Random(404) (fixed, so reproducible).
- Ids: the installer's own first person and family are id 1 (typed in at install, not
  exported); the import creates families 2 (Luther), 3 (Calvin) and persons 2-7 in row order.
  'Created' is a timestamp the database sets; fixed here to the source commit's time
  (2026-08-21 22:54:34). 'Creator' (the importing user) is not known: empty.
- Files and columns: calls/call_csv.class.php, the person list's "Download CSV" (merge_type
  person -> persons.csv; merge_type family -> families.csv): '"ID",' then the row keys of
  getDBObjectData('person') / Family::getFamilyDataByMemberIDs (familyid, history, feed_uuid
  left out), each headed strtoupper($dummy->getFieldLabel(key)): a field's own 'label', else
  _(ucwords(key with '_' as ' ')) (gettext: Spanish from locale/es/LC_MESSAGES/messages.mo),
  else, for a key the object has no field for, ucwords(key) as it is ('FAMILY_NAME').
  strtoupper is PHP 8's (ASCII only). Cells: getFormattedValue of the person's (or family's)
  field, raw for the joined values (format_value: references by their label, selects by
  their option label, phones by the first format of their length, datetimes 'j M Y g:ia').
- CSV: PHP fputcsv (',', '"', no escape char): a cell is quoted when it holds , " space tab
  CR or LF; lines end with LF.
"""
import argparse
import gettext
import os
import random
import re
from datetime import datetime

LANGS = ("en", "es")
CREATED = datetime(2026, 8, 21, 22, 54, 34)

# person.class.php _getFields order, as getInstancesQueryComps selects them (serialise
# 'history' is not selected), then its joined family/congregation/age-bracket columns.
# (key, explicit label or None: None -> _(ucwords(key)); "RAW" -> ucwords(key), no field)
PERSON_COLUMNS = [
    ("first_name", None), ("last_name", None), ("gender", None),
    ("age_bracketid", "Age bracket"), ("familyid", "Family"),
    ("congregationid", "Congregation"), ("status", None), ("email", None),
    ("mobile_tel", None), ("work_tel", None), ("remarks", "Contact Remarks"),
    ("status_last_changed", "Date of last status change"), ("created", "Created Date"),
    ("creator", None), ("feed_uuid", None),
    ("family_name", "RAW"), ("address_street", "RAW"), ("address_suburb", "RAW"),
    ("address_state", "RAW"), ("address_postcode", "RAW"), ("home_tel", "RAW"),
    ("congregation", "RAW"), ("age_bracket", "RAW"),
]
# family table columns (f.*, id first as the key), then getFamilyDataByMemberIDs' aggregates.
# Family labels: address_street 'Street Address' (wide screen), suburb/state/postcode from
# the ADDRESS_*_LABEL settings the installer sets ('Suburb', 'State', 'Postcode').
FAMILY_COLUMNS = [
    ("family_name", None), ("address_street", "Street Address"),
    ("address_suburb", "Suburb"), ("address_state", "State"),
    ("address_postcode", "Postcode"), ("home_tel", None), ("status", None),
    ("created", "Created Date"), ("creator", None), ("history", None),
    ("members", "RAW"), ("members_full", "RAW"), ("mobile_tels", "RAW"),
    ("emails", "RAW"), ("adult_members", "RAW"), ("adult_members_full", "RAW"),
    ("selected_firstnames", "RAW"), ("selected_lastnames", "RAW"), ("selected_names", "RAW"),
]
SKIP = {"familyid", "history", "feed_uuid"}
GENDER = {"female": "Female", "male": "Male", "": "Unknown"}   # person.class.php options
FAMILY_STATUS = {"current": "Current", "archived": "Archived"}  # family.class.php options


def read(jp, path):
    with open(os.path.join(jp, path), encoding="utf-8") as fh:
        return fh.read()


def inserts(src):
    """The VALUES tuples of the first INSERT INTO in a class's init SQL."""
    body = src.split("VALUES", 1)[1].split(";", 1)[0]
    return [[v.strip().strip('"') for v in t.split(",")] for t in re.findall(r"\(([^()]*)\)", body)]


def settings(src):
    q = r"'((?:[^'\\]|\\.)*)'"
    pat = r"'([A-Z0-9_]+)',\s*" + q + r",\s*" + q + r",\s*" + q + r"\)"
    return {m[0]: m[3].replace("\\n", "\n") for m in re.findall(pat, src)}


def sample_rows(src):
    data = src.split("$data = Array(", 1)[1].split("$custom_fields", 1)[0]
    rows = []
    for block in re.split(r"\n\t\t\tArray\(", data)[1:]:
        row = {}
        for key, expr in re.findall(r"'(\w+)'\s*=>\s*(.+?),?\n", block):
            row[key] = expr.strip().rstrip(",")
        rows.append(row)
    return rows


def fmt_phone(digits, formats):
    lengths = {}
    for f in formats.split("\n"):
        lengths.setdefault(f.count("X"), f)
    f = lengths.get(len(digits))
    if not f:
        return digits
    it = iter(digits)
    return "".join(next(it) if c == "X" else c for c in f)


def fmt_datetime(d):
    ampm = "am" if d.hour < 12 else "pm"
    return f"{d.day} {d.strftime('%b %Y')} {d.hour % 12 or 12}:{d.minute:02d}{ampm}"


def fputcsv(cells):
    out = []
    for c in cells:
        c = str(c)
        if any(ch in c for ch in ',"\t\r\n '):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def build(jp):
    # rank, label, is_default, is_archived, require_congregation
    statuses = inserts(read(jp, "db_objects/person_status.class.php"))
    # rank, label, is_adult, is_default
    brackets = inserts(read(jp, "db_objects/age_bracket.class.php"))
    conf = settings(read(jp, "include/installer.class.php"))
    active = [s[1] for s in statuses if s[3] == "0"]
    default_bracket = next(b[1] for b in brackets if b[3] == "1")
    child_bracket = [b[1] for b in brackets if b[2] == "0"][-1]
    lens = {k: conf[k].split("\n")[0].count("X")   # jreset(get_valid_phone_number_lengths())
            for k in ("MOBILE_TEL_FORMATS", "HOME_TEL_FORMATS", "WORK_TEL_FORMATS")}
    rnd = random.Random(404)
    values = {"$first_status": active[0], "$last_status": active[-1],
              "$default_age_bracket": default_bracket, "$child_age_bracket": child_bracket,
              "reset($congs)": "", "end($congs)": ""}

    def ev(expr):
        if expr in values:
            return values[expr]
        m = re.fullmatch(r"'((?:[^'\\]|\\.)*)'", expr)
        if m:
            return m.group(1)
        m = re.fullmatch(r"ifdef\('(\w+)', ''\)", expr)
        if m:
            return conf.get(m.group(1), "")
        m = re.fullmatch(r"('04'\.)?str_repeat\(rand\((\d),(\d)\),\s*\$(\w+)_length(-2)?\)", expr)
        if m:
            n = lens[m.group(4).upper() + "_TEL_FORMATS"] - (2 if m.group(5) else 0)
            digit = str(rnd.randint(int(m.group(2)), int(m.group(3))))
            return ("04" if m.group(1) else "") + digit * n
        if expr.startswith("Array("):
            return None
        raise ValueError(expr)

    persons, families = [], []
    for row in sample_rows(read(jp, "calls/call_sample_import.class.php")):
        p = {k: ev(v) for k, v in row.items()}
        fam = next((f for f in families if f["family_name"] == p["family_name"]), None)
        if fam is None:   # the import takes a new family's details from its first row
            fam = {"id": len(families) + 2, "family_name": p["family_name"], "status": "current",
                   **{k: p[k] for k in ("address_street", "address_suburb", "address_state",
                                        "address_postcode", "home_tel")}}
            families.append(fam)
        p["id"] = len(persons) + 2
        p["family"] = fam
        p["adult"] = next(b[2] for b in brackets if b[1] == p["age_bracket"]) == "1"
        p["rank"] = next(int(b[0]) for b in brackets if b[1] == p["age_bracket"])
        persons.append(p)
    return persons, families, conf


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("jp")
    ap.add_argument("out")
    a = ap.parse_args()
    if a.lang == "en":
        _ = gettext.NullTranslations().gettext
    else:
        with open(os.path.join(a.jp, "locale", a.lang, "LC_MESSAGES", "messages.mo"), "rb") as fh:
            _ = gettext.GNUTranslations(fh).gettext
    persons, families, conf = build(a.jp)
    created = fmt_datetime(CREATED)

    def label(key, explicit):
        if explicit == "RAW":
            return key[:1].upper() + key[1:]
        words = key.replace("_", " ").split(" ")
        return explicit or _(" ".join(w[:1].upper() + w[1:] for w in words))

    def header(cols):
        return '"ID",' + fputcsv([label(k, e).upper() for k, e in cols if k not in SKIP])

    def fphone(v, kind):
        return fmt_phone(v, conf[kind + "_TEL_FORMATS"]) if v else ""

    os.makedirs(a.out, exist_ok=True)
    lines = [header(PERSON_COLUMNS)]
    for p in persons:
        f = p["family"]
        cell = {"first_name": p["first_name"], "last_name": p["last_name"],
                "gender": GENDER[p["gender"]], "age_bracketid": p["age_bracket"],
                "congregationid": p["congregation"], "status": p["status"], "email": p["email"],
                "mobile_tel": fphone(p["mobile_tel"], "MOBILE"),
                "work_tel": fphone(p["work_tel"], "WORK"), "remarks": "",
                "status_last_changed": "", "created": created, "creator": "",
                "family_name": f["family_name"], "address_street": f["address_street"],
                "address_suburb": f["address_suburb"], "address_state": f["address_state"],
                "address_postcode": f["address_postcode"],
                "home_tel": fphone(f["home_tel"], "HOME"),
                "congregation": p["congregation"], "age_bracket": p["age_bracket"]}
        lines.append(fputcsv([p["id"]] + [cell[k] for k, _e in PERSON_COLUMNS if k not in SKIP]))
    with open(os.path.join(a.out, "persons.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    lines = [header(FAMILY_COLUMNS)]
    for f in sorted(families, key=lambda x: x["family_name"]):   # ORDER BY f.family_name
        members = [p for p in persons if p["family"] is f]
        allm = sorted(members, key=lambda p: (p["rank"], [-ord(c) for c in p["gender"]]))
        adults = [p for p in allm if p["adult"]]
        sel = sorted(members, key=lambda p: (p["rank"], p["gender"], -p["id"]))
        cell = {"family_name": f["family_name"], "address_street": f["address_street"],
                "address_suburb": f["address_suburb"], "address_state": f["address_state"],
                "address_postcode": f["address_postcode"],
                "home_tel": fphone(f["home_tel"], "HOME"),
                "status": FAMILY_STATUS[f["status"]], "created": created, "creator": "",
                "members": ", ".join(p["first_name"] for p in allm),
                "members_full": ", ".join(f"{p['first_name']} {p['last_name']}" for p in allm),
                "mobile_tels": ", ".join(p["mobile_tel"] for p in adults),
                "emails": ", ".join(p["email"] for p in adults),
                "adult_members": ", ".join(p["first_name"] for p in adults),
                "adult_members_full": ", ".join(
                    f"{p['first_name']} {p['last_name']}" for p in adults),
                "selected_firstnames": ", ".join(p["first_name"] for p in sel),
                "selected_lastnames": ", ".join(p["last_name"] for p in sel),
                "selected_names": ",".join(f"{p['first_name']} {p['last_name']}" for p in sel)}
        lines.append(fputcsv([f["id"]] + [cell[k] for k, _e in FAMILY_COLUMNS if k not in SKIP]))
    with open(os.path.join(a.out, "families.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
