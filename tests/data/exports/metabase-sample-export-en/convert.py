"""Metabase's Sample Dataset as Metabase's own CSV downloads of its four tables.

Built for round Z6 (session 53, keys400). Usage:

    python convert.py --lang en MB OUT

MB: files of GitHub metabase/metabase at 595594357796c0b03669cc938716108d4a5656a4 under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the Sample Dataset's records as Metabase's own EDN definition of it holds them
  (test/metabase/test/data/dataset_definitions/sample-dataset.edn: products, people,
  reviews, orders, each table a list of field definitions and rows; the loader gives each
  row the primary key ID 1, 2, ... in file order, which the foreign keys user_id and
  product_id refer to).
- Files and columns: a table's question downloaded as CSV ("Download full results",
  query_processor/streaming/csv.clj): one column per field in the table's field order, ID
  first, headed by the field's display name (its :display_name, or its name). The display
  names are the ones Metabase's own frontend fixture of the Sample Dataset records
  (frontend/test/__support__/sample_dataset_fixture.json: 'User ID', 'Created At', 'Ean');
  the two fields that fixture predates (orders' discount and quantity) take the name
  humanization gives a one-word name (models/humanization.clj: the word capitalised,
  'Discount', 'Quantity'). Metabase translates its interface, not display names, which are
  data: the download is headed in English whatever the user's language.
- Cells: streaming/common.clj's format-value: numbers as Clojure prints them (the EDN
  literal), nil empty, a date as 'yyyy-MM-dd', a timestamp with time zone as ISO-8601 with
  its offset (java.time's ISO_OFFSET_DATE_TIME: fraction of a second without trailing
  zeros, 'Z' for UTC), a timestamp at midnight as its date.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF), as clojure.data.csv writes it.
"""
import argparse
import csv
import json
import os
import re

EDN = "test/metabase/test/data/dataset_definitions/sample-dataset.edn"
FIXTURE = "frontend/test/__support__/sample_dataset_fixture.json"

# output file per table (the table's display name, lower case)
FILES = {"products": "products.csv", "people": "people.csv",
         "reviews": "reviews.csv", "orders": "orders.csv"}

TOKEN = re.compile(r'''\s+|,|;[^\n]*|"((?:[^"\\]|\\.)*)"|(#t)|([\[\]{}])|([^\s,\[\]{}"]+)''')


class Tagged:
    """An EDN value read with the #t reader tag (a date or timestamp literal)."""

    def __init__(self, text):
        self.text = text


def read_edn(text):
    """The EDN data (vectors -> lists, maps -> dicts, numbers kept as their literal text)."""
    stack = [[]]
    tag = False
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"EDN: cannot read at {pos}: {text[pos:pos + 40]!r}")
        pos = m.end()
        s, t, br, atom = m.groups()
        if t:
            tag = True
            continue
        if br in ("[", "{"):
            stack.append([br])
            continue
        if br in ("]", "}"):
            items = stack.pop()
            opener, items = items[0], items[1:]
            val = items if opener == "[" else dict(zip(items[::2], items[1::2], strict=True))
        elif s is not None:
            val = re.sub(r'\\(.)', lambda x: {"n": "\n", "t": "\t"}.get(x.group(1), x.group(1)), s)
        elif atom is not None:
            val = {"nil": None, "true": True, "false": False}.get(atom, atom)
        else:
            continue
        if tag:
            val, tag = Tagged(val), False
        stack[-1].append(val)
    return stack[0][0]


def fmt(value):
    """A cell as Metabase's CSV download writes the value."""
    if value is None:
        return ""
    if isinstance(value, Tagged):
        v = value.text
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", v)
        if not m:
            return v                        # a date: 'yyyy-MM-dd'
        day, time, frac, off = m.groups()
        frac = (frac or "").rstrip("0")
        if time == "00:00:00" and not frac:
            return day                      # midnight: its date
        return f"{day}T{time}{'.' + frac if frac else ''}{off}"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def display_names(fixture):
    """(TABLE, FIELD) -> display name, from the frontend's fixture of the Sample Dataset."""
    ent = fixture["entities"]
    tables = {str(k): v["name"] for k, v in ent["tables"].items()}
    return {(tables.get(str(f["table_id"])), f["name"]): f["display_name"]
            for f in ent["fields"].values()}


def humanize(name):
    """humanization.clj for a name of plain words: each word capitalised, 'id' -> 'ID'."""
    return " ".join("ID" if w.lower() == "id" else w.capitalize() for w in re.split(r"[_-]+", name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("mb")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(os.path.join(a.mb, EDN), encoding="utf-8") as fh:
        data = read_edn(fh.read())
    with open(os.path.join(a.mb, FIXTURE), encoding="utf-8") as fh:
        names = display_names(json.load(fh))
    os.makedirs(a.out, exist_ok=True)
    for table, fields, rows in data:
        cols = ["id"] + [f[":field-name"] for f in fields]
        header = [names.get((table.upper(), c.upper())) or humanize(c) for c in cols]
        with open(os.path.join(a.out, FILES[table]), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for i, row in enumerate(rows, 1):
                if len(row) != len(fields):
                    raise ValueError(f"{table} row {i}: {len(row)} values for {len(fields)} fields")
                w.writerow([str(i)] + [fmt(v) for v in row])
        print(f"{FILES[table]}: {len(rows)} rows, {header}")


if __name__ == "__main__":
    main()
