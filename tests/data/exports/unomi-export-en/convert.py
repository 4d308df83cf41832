"""Apache Unomi's profile export (the router's CSV export), headed in its own property labels.

Built for round Z4 (session 52, keys390). Usage:

    python convert.py --lang en|de UNOMI OUT

UNOMI: files of GitHub apache/unomi at ef10dfe15c2337d479a3c8745e7ad21b30c82205 under their
own paths (SOURCE.md lists them with their SHA-256); OUT: the export folder to write.

Rules (nothing here is invented data):
- Rows: the profiles Unomi's own integration tests create, in the order the tests run them:
  the four profile imports (itests/src/test/resources/1-basic-test.csv, 2-surfers-test.csv,
  5-ranking-test.csv, 6-actors-test.csv, each read with the import configuration its test
  sets: separator, header line, delete column (a row whose last cell is TRUE is a profile
  the import deletes: left out, as SurfersIT asserts: 34 surfers), and the column ->
  property mapping of ProfileImportBasicIT / SurfersIT / RankingIT / ActorsIT, copied in
  IMPORTS below) and the three profiles ProfileExportIT saves (its profileN.setProperty(...)
  calls, read from the Java source). Values are typed as LineSplitProcessor types them
  (trimmed; a boolean property Boolean.valueOf, an integer one Integer.valueOf; a
  multivalued one has its delimiters removed and is split on ';'). ProfileExportIT's
  firstVisit (the moment the test runs) is left out: it is no fixed value.
- Cells: ProfileExportServiceImpl.convertProfileToCSVLine with the ExportConfiguration
  defaults (column separator ',', line separator '\\n', multi-value separator ';', no
  multi-value delimiter): a value's '"' doubled, the value quoted when it holds the column
  separator; a multivalued value joined by ';'; a property the profile lacks is empty; a
  boolean is Java's 'true'/'false'.
- Header: the router's export writes no header line; here each column is headed by the label
  Unomi gives the property in services/src/main/resources/messages_<lang>.properties
  (profilesProperty.<id>); a property that bundle lacks takes messages_en's label (the
  bundle's fallback), and a property the tests define themselves (alive, uciId, rank,
  movieGenres) takes the name its test gives it in new Metadata(scope, id, name, ...).
"""
import argparse
import csv
import io
import os
import re

LANGS = ("en", "de")
TESTS = "itests/src/test/java/org/apache/unomi/itests/"
RES = "itests/src/test/resources/"

# exported columns: (property id, value type as the property type or the test defines it)
COLUMNS = [
    ("firstName", "string"), ("lastName", "string"), ("email", "email"),
    ("gender", "string"), ("age", "integer"), ("nationality", "string"), ("city", "string"),
    ("linkedInId", "string"), ("facebookId", "string"), ("twitterId", "integer"),
    ("uciId", "string"), ("rank", "integer"), ("alive", "boolean"),
    ("movieGenres", "multi"),
]
# (file, its test, separator, has header, has delete column, {property: column index})
IMPORTS = [
    ("1-basic-test.csv", "ProfileImportBasicIT.java", ",", False, False,
     {"email": 0, "firstName": 1, "lastName": 2, "city": 3}),
    ("2-surfers-test.csv", "ProfileImportSurfersIT.java", ";", True, True,
     {"linkedInId": 0, "lastName": 1, "email": 2, "facebookId": 3, "gender": 4,
      "alive": 5, "city": 6}),
    ("5-ranking-test.csv", "ProfileImportRankingIT.java", ";", True, False,
     {"rank": 0, "uciId": 1, "lastName": 2, "nationality": 3, "age": 4, "city": 5}),
    ("6-actors-test.csv", "ProfileImportActorsIT.java", ";", True, False,
     {"twitterId": 0, "lastName": 1, "email": 2, "movieGenres": 3, "city": 4}),
]
SEP, LINE, MULTI_SEP = ",", "\n", ";"


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        return fh.read()


def properties(root, lang):
    """profilesProperty.<id> labels of messages_<lang>.properties (key=value lines)."""
    text = read(root, f"services/src/main/resources/messages_{lang}.properties")
    out = {}
    for line in text.splitlines():
        m = re.match(r"profilesProperty\.(\w+)\s*=\s*(.*)$", line)
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def test_names(root):
    """Names the tests give the property types they create: new Metadata(scope, id, name."""
    out = {}
    for _f, test, *_rest in IMPORTS:
        for pid, name in re.findall(
                r'new Metadata\("[^"]*",\s*"(\w+)",\s*"([^"]*)"', read(root, TESTS + test)):
            out[pid] = name
    return out


def typed(value, kind):
    value = value.strip()
    if kind == "boolean":
        return value.lower() == "true"         # Boolean.valueOf
    if kind == "integer":
        return int(value)                      # Integer.valueOf
    if kind == "multi":
        inner = value.replace("[", "").replace("]", "")   # the actors' '[]' delimiters
        return inner.split(MULTI_SEP) if inner else []
    return value


def profiles(root):
    kinds = dict(COLUMNS)
    rows = []
    for name, _test, sep, header, delete, mapping in IMPORTS:
        lines = [x for x in read(root, RES + name).splitlines() if x.strip()]
        for rec in csv.reader(lines[1 if header else 0:], delimiter=sep):
            if delete and rec[-1].strip().lower() == "true":
                continue                       # a profile to delete: the import removes it
            rows.append({p: typed(rec[i], kinds[p]) for p, i in mapping.items()})
    # ProfileExportIT: profileN.setProperty("prop", "value"), firstVisit (a Date) left out
    by_profile = {}
    for var, prop, value in re.findall(r'(profile\d+)\.setProperty\("(\w+)",\s*"([^"]*)"\)',
                                       read(root, TESTS + "ProfileExportIT.java")):
        by_profile.setdefault(var, {})[prop] = value
    rows.extend(by_profile.values())
    return rows


def cell(value):
    """ProfileExportServiceImpl.convertProfileToCSVLine for one property."""
    if value is None:
        return ""
    if isinstance(value, list):
        return MULTI_SEP.join(v.replace('"', '""') for v in value)
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    text = text.replace('"', '""')
    return f'"{text}"' if SEP in text else text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=LANGS, required=True)
    ap.add_argument("unomi")
    ap.add_argument("out")
    args = ap.parse_args()
    labels = {**properties(args.unomi, "en"), **test_names(args.unomi)}
    labels.update(properties(args.unomi, args.lang))
    buf = io.StringIO()
    buf.write(SEP.join(cell(labels[p]) for p, _k in COLUMNS) + LINE)
    for prof in profiles(args.unomi):
        buf.write(SEP.join(cell(prof.get(p)) for p, _k in COLUMNS) + LINE)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "profiles.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


if __name__ == "__main__":
    main()
