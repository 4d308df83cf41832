"""OpenEMR's "Patient List" report exported to CSV, headed in OpenEMR's own translations.

Built for round X (session 50, keys348). Usage:

    python convert.py --lang en|es|fr|nl OEMR OUT

OEMR: files of GitHub ippf-dev/openemr (a fork of OpenEMR; the upstream snapshot could not
be brought here) at 7533dbed811dbe7418f798d0f8a7a7d0f5b606ae under their own paths
(SOURCE.md lists them and their SHA-256).

Rules (nothing here is invented data):
- Rows: the fourteen example patients OpenEMR ships in sql/example_patient_data.sql
  (INSERT INTO patient_data), all of them: the report run with "Not Having" visits and no
  dates lists every patient without a visit, and the example data holds no visit.
- File and columns: interface/reports/patient_list.php's CSV export ("Export to CSV",
  filename patient_list.csv): a header of eleven xl() labels, then per patient
  oeFormatShortDate(last visit), lname, fname, mname, pubpid, street, city, state,
  postal_code, phone_home, phone_biz, every cell double-quoted, quotes and backslashes
  escaped by a backslash (qescape), "\\n" line ends. The header's order (First, Last, Middle)
  is not the cells' order (lname, fname, mname): written as the program writes it.
- Labels: xl() looks each label up in lang_definitions for the chosen language
  (contrib/util/language_translations/currentLanguage_utf8.sql; English is lang 1 too:
  this version's xl() has no skip_english_translation default) and falls back to the label
  itself; it turns ' and " into a backtick.
- Cells: last visit empty (no visit: oeFormatShortDate of ''); city as stored (text field);
  state through the DEM layout's list 'state' (sql/database.sql list_options): the option's
  title, translated by xl_list_label (translate_lists defaults to on), empty where the
  stored value is no option id (one patient's 'California'). Order: lname, fname, mname,
  pid (the report's ORDER BY).
"""
import argparse
import os
import re

LANG_IDS = {"en": 1, "es": 3, "nl": 5, "fr": 8}  # lang_languages of the translation file
HEADERS = ["Last Visit", "First", "Last", "Middle", "ID", "Street", "City", "State", "Zip",
           "Home Phone", "Work Phone"]
CELLS = ["lname", "fname", "mname", "pubpid", "street", "city", "state", "postal_code",
         "phone_home", "phone_biz"]
SQ = r"'((?:[^'\\]|\\.|'')*)'"


def unq(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}
                  .get(m.group(1), m.group(1)), s.replace("''", "'"))


def split_values(text):
    """The values of one SQL tuple: quoted strings, numbers, NULL."""
    out = []
    for m in re.finditer(r"\s*(?:" + SQ + r"|(NULL)|(-?[\d.]+))\s*(?:,|$)", text):
        if m.group(1) is not None:
            out.append(unq(m.group(1)))
        elif m.group(2):
            out.append(None)
        else:
            out.append(m.group(3))
    return out


def read_patients(path):
    text = open(path, encoding="utf-8").read()
    rows = []
    for m in re.finditer(r"INSERT INTO `patient_data`\s*\(([^)]*)\)\s*VALUES\s*\((.*?)\);\s*$",
                         text, re.S | re.M):
        cols = [c.strip().strip("`") for c in m.group(1).split(",")]
        vals = split_values(m.group(2))
        assert len(cols) == len(vals), (cols, vals)
        rows.append(dict(zip(cols, vals, strict=True)))
    return rows


def read_translations(path, lang_id):
    text = open(path, encoding="utf-8").read()
    cons = {int(m.group(1)): unq(m.group(2)) for m in re.finditer(
        r"INSERT INTO `lang_constants` \([^)]*\) VALUES \((\d+)," + SQ + r"\);", text)}
    out = {}
    for m in re.finditer(r"INSERT INTO `lang_definitions` \([^)]*\) VALUES \(\d+,(\d+),(\d+),"
                         + SQ + r"\);", text):
        if int(m.group(2)) == lang_id and m.group(1).isdigit() and int(m.group(1)) in cons:
            out.setdefault(cons[int(m.group(1))], unq(m.group(3)))
    return out


def read_list(path, list_id):
    text = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"INSERT INTO list_options \( list_id, option_id, title[^)]*\) VALUES "
                         r"\('" + list_id + r"'," + SQ + r"," + SQ, text):
        out[unq(m.group(1))] = unq(m.group(2))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(LANG_IDS))
    ap.add_argument("oemr")
    ap.add_argument("out")
    a = ap.parse_args()
    tr = read_translations(os.path.join(
        a.oemr, "contrib/util/language_translations/currentLanguage_utf8.sql"), LANG_IDS[a.lang])

    def xl(s):
        d = tr.get(s) or s
        return d.replace('"', "`").replace("'", "`")

    states = read_list(os.path.join(a.oemr, "sql/database.sql"), "state")
    rows = read_patients(os.path.join(a.oemr, "sql/example_patient_data.sql"))
    rows.sort(key=lambda r: ((r["lname"] or "").lower(), (r["fname"] or "").lower(),
                             (r["mname"] or "").lower(), int(r["pid"])))

    def qescape(s):
        return (s or "").replace("\\", "\\\\").replace('"', '\\"')

    lines = [",".join('"' + xl(h) + '"' for h in HEADERS) + "\n"]
    for r in rows:
        cells = {**r, "state": xl(states[r["state"]]) if r["state"] in states else ""}
        lines.append(",".join(['""'] + ['"' + qescape(cells[c]) + '"' for c in CELLS]) + "\n")
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "patient_list.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.writelines(lines)


if __name__ == "__main__":
    main()
