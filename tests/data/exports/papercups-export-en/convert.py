"""Papercups' customers CSV export and its companies list, from the records its tests make.

Built for round V (session 48, keys327). Usage:

    python convert.py --lang en PAPERCUPS OUT

PAPERCUPS: files of GitHub papercups-io/papercups at
6a6f5adc7f0cef5813b2c2f1c0659922defaf976 under their own paths (SOURCE.md lists them).
Papercups ships no translations (its dashboard's labels are English literals in the
React components; priv/gettext holds only Ecto's English error messages), so English is
the one language.

Rules (nothing here is invented data; every value is read from the test files):
- Customers: the customers four of Papercups' ExUnit tests insert with fixed values, in
  this order: customers_test.exs's "update_customer/2 with valid data updates the
  customer" (the setup's factory customer updated with @update_attrs);
  customer_controller_test.exs's "finds the correct customer" (external_id, email and host
  bound to variables in the test); reporting_test.exs's describe
  "get_customer_breakdown/1" setup (four customers); slack_test.exs's
  "Helpers.identify_customer/1 returns the message sender type" (four customers). A field
  the test does not set takes the factory's value (test/support/factory.ex:
  customer_factory: first_seen, last_seen_at, and its e-mail sequence
  "test-N@test.com", N counting from 0 as ExMachina does in a test run alone), else nil
  (an empty cell). id (a random UUID), inserted_at and updated_at (the insert time) are
  generated when the row is inserted: empty unless the test sets them (reporting_test's
  inserted_at).
- Customers' columns and cells: CustomerView's render("index.csv") (GET
  /api/customers?format=csv, the dashboard's export): @customer_csv_ordered_fields of
  customer_view.ex, the header the raw field names, each value Elixir's to_string (nil
  empty, a Date 'YYYY-MM-DD', a UTC DateTime 'YYYY-MM-DD HH:MM:SSZ', a NaiveDateTime
  'YYYY-MM-DD HH:MM:SS'), written as CSVHelpers.dump_csv_rfc4180 writes: header
  unquoted, every cell double-quoted ('"' doubled), lines joined by CRLF, no final line
  break.
- Companies: the companies companies_test.exs makes: the setup's factory company
  (company_factory), "create_company/1 with valid data creates a company" (name given),
  "update_company/2 with valid data updates the company" (@update_attrs). Papercups has
  no companies export: the columns are the companies list's (CompaniesPage.tsx: each
  column's title over its dataIndex, the action column left out), an empty description or
  website shown '--' as that list renders it. CSV: Python's csv module (UTF-8, minimal
  quoting, CRLF).
"""
import argparse
import csv
import os
import re

LANGS = ("en",)

CUSTOMER_VIEW = "lib/chat_api_web/views/customer_view.ex"
FACTORY = "test/support/factory.ex"
COMPANIES_PAGE = "assets/src/components/companies/CompaniesPage.tsx"

# the customer rows: (test file, the test or describe that makes them, how)
CUSTOMER_SOURCES = [
    ("test/chat_api/customers_test.exs",
     'test "update_customer/2 with valid data updates the customer"', "update_attrs"),
    ("test/chat_api_web/controllers/customer_controller_test.exs",
     'test "finds the correct customer"', "inserts"),
    ("test/chat_api/reporting_test.exs", 'describe "get_customer_breakdown/1"', "inserts"),
    ("test/chat_api/slack_test.exs",
     'test "Helpers.identify_customer/1 returns the message sender type"', "inserts"),
]
COMPANIES_TEST = "test/chat_api/companies_test.exs"
# the customer's fields the database generates on insert (no fixed value in a test)
GENERATED = {"id", "inserted_at", "updated_at"}


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        return fh.read()


def balanced(text, start, open_ch, close_ch):
    """The text from text[start] (an opening bracket) to its matching closing one."""
    depth = 0
    i = start
    in_str = False
    while i < len(text):
        ch = text[i]
        if in_str:
            if ch == "\\":
                i += 1
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    raise ValueError("unbalanced")


def split_top(text):
    """Split a keyword list's body at its top-level commas."""
    parts, depth, cur, in_str, i = [], 0, [], False, 0
    while i < len(text):
        ch = text[i]
        cur.append(ch)
        if in_str:
            if ch == "\\":
                cur.append(text[i + 1])
                i += 1
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            cur.pop()
            parts.append("".join(cur))
            cur = []
        i += 1
    if "".join(cur).strip():
        parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def value(expr, env):
    """An Elixir literal as to_string prints it (None: nil); a bound variable's value."""
    expr = expr.strip()
    if expr == "nil":
        return None
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', expr, re.S)
    if m:
        return re.sub(r"\\(.)", r"\1", m.group(1))
    m = re.fullmatch(r"~[DNU]\[([^\]]*)\]", expr)
    if m:
        return m.group(1)
    if re.fullmatch(r"-?\d+", expr):
        return expr
    if expr in env:
        return env[expr]
    return ("expr", expr)     # a map, a call, an association: no exported value


def keywords(body, env=None):
    """'key: value, ...' -> {key: value}."""
    out = {}
    for part in split_top(body):
        m = re.match(r"(\w+):\s*(.*)$", part, re.S)
        if m:
            out[m.group(1)] = value(m.group(2), env or {})
    return out


def block(text, opener):
    """The text of a test or describe block: from its opener to the next one at its level."""
    start = text.index(opener)
    indent = len(text[:start]) - len(text[:start].rstrip(" "))
    nxt = re.compile(rf"\n {{{indent}}}(test|describe) \"")
    m = nxt.search(text, start + len(opener))
    return text[start:m.start() if m else len(text)]


def factory(root, name):
    """A factory's literal defaults, and its sequence templates."""
    text = read(root, FACTORY)
    start = text.index(f"def {name}_factory do")
    body = balanced(text, text.index("{", text.index("%", start)), "{", "}")
    fields = keywords(body[1:-1])
    seqs = {}
    for key, val in list(fields.items()):
        if isinstance(val, tuple):
            m = re.fullmatch(r'sequence\(:\w+, &"([^"]*)"\)', val[1].replace("\n", " ")
                             .replace("  ", ""))
            if m:
                seqs[key] = m.group(1)
    return fields, seqs


def inserts(text, kind, env):
    """The attributes of each insert(:kind, ...) in the text, in order."""
    out = []
    for m in re.finditer(rf"insert\(:{kind}\b", text):
        call = balanced(text, m.start() + len("insert"), "(", ")")[1:-1]
        parts = call.split(",", 1)
        rest = parts[1] if len(parts) > 1 else ""
        rest = rest.strip()
        if rest.startswith("%{"):
            rest = balanced(rest, 1, "{", "}")[1:-1]
        out.append(keywords(rest, env))
    return out


def attrs_map(text, name):
    """The keyword map of a module attribute ('@update_attrs %{...}')."""
    start = text.index(f"@{name} %{{")
    return keywords(balanced(text, text.index("{", start), "{", "}")[1:-1])


def customers(root):
    defaults, seqs = factory(root, "customer")
    rows = []
    for path, opener, how in CUSTOMER_SOURCES:
        text = read(root, path)
        blk = block(text, opener)
        if how == "update_attrs":
            made = [attrs_map(text, "update_attrs")]
        else:
            env = {m.group(1): value(m.group(2), {})
                   for m in re.finditer(r'^\s*(\w+) = ("[^"\n]*")\s*$', blk, re.M)}
            made = inserts(blk, "customer", env)
        n = 0
        for attrs in made:
            row = {}
            for key, val in defaults.items():
                if key in seqs:
                    row[key] = seqs[key].replace("#{&1}", str(n))
                elif not isinstance(val, tuple):
                    row[key] = val
            if seqs and how != "update_attrs":
                n += 1
            row.update({k: v for k, v in attrs.items() if not isinstance(v, tuple)})
            rows.append(row)
    return rows


def companies(root):
    defaults, _ = factory(root, "company")
    text = read(root, COMPANIES_TEST)
    rows = [dict(defaults)]
    create = block(text, 'test "create_company/1 with valid data creates a company"')
    m = re.search(r"params_with_assocs\(:company,(.*?)\)\n", create, re.S)
    row = dict(defaults)
    row.update({k: v for k, v in keywords(m.group(1)).items() if not isinstance(v, tuple)})
    rows.append(row)
    row = dict(defaults)
    row.update({k: v for k, v in attrs_map(text, "update_attrs").items()
                if not isinstance(v, tuple)})
    rows.append(row)
    return [{k: v for k, v in r.items() if not isinstance(v, tuple)} for r in rows]


def csv_fields(root):
    text = read(root, CUSTOMER_VIEW)
    m = re.search(r"@customer_csv_ordered_fields (.*?)\n\n", text, re.S)
    return [w for grp in re.findall(r"~w\(([^)]*)\)a", m.group(1)) for w in grp.split()]


def list_columns(root):
    text = read(root, COMPANIES_PAGE)
    cols = re.findall(r"title: '([^']*)',\s*dataIndex: '(\w+)'", text)
    return [(title, field) for title, field in cols if title]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=LANGS)
    ap.add_argument("papercups")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    # customers.csv: CSVHelpers.dump_csv_rfc4180 of the index.csv rows
    fields = csv_fields(a.papercups)
    source = {"created_at": "inserted_at"}       # customer.json's created_at
    lines = [",".join(fields)]
    for row in customers(a.papercups):
        cells = []
        for f in fields:
            v = row.get(source.get(f, f))
            cell = ("" if v is None else v).replace('"', '""')
            cells.append(f'"{cell}"')
        lines.append(",".join(cells))
    with open(os.path.join(a.out, "customers.csv"), "w", encoding="utf-8",
              newline="") as fh:
        fh.write("\r\n".join(lines))

    # companies.csv: the companies list's columns
    cols = list_columns(a.papercups)
    with open(os.path.join(a.out, "companies.csv"), "w", encoding="utf-8",
              newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([t for t, _ in cols])
        for row in companies(a.papercups):
            w.writerow([row.get(f) or ("--" if f != "name" else "") for _, f in cols])


if __name__ == "__main__":
    main()
