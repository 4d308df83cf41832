"""Saltcorn's table CSV downloads of the records its own test fixtures write.

Built for round Z9 (session 55, keys430). Usage:

    python convert.py --lang en|de GITDIR OUT

GITDIR: a git directory of GitHub saltcorn/saltcorn holding commit
4f37a230d2d8390cff6762fdb03feaba63267dbe; files are read with `git show`.

Rules (nothing here is invented data):
- Rows: the records Saltcorn's own tests write, each table as the named test leaves it:
  * packages/saltcorn-data/db/fixtures.ts (the fixture every saltcorn-data and server test
    runs on): the users admin@foo.com / staff@foo.com / user@foo.com (roles 1, 40, 80), the
    patients 'Kirk Douglas' and 'Michael Douglas' (favourite book, parent), the publishers
    'AK Press' and 'No starch', the company 'my_company' with its departments and employees.
  * packages/saltcorn-data/tests/table.test.ts "should create by importing": the table
    'Invoice' created from its CSV (item, cost, count, vatable: Book and Pencil).
  * deploy/playwright/tests/TC_31_filter_view.spec.js 'Verify table creation': the table
    'My_Table' created from deploy/playwright/Csv_file_to_uplaod/People2.csv (four people).
- Files and columns: packages/server/routes/tables.ts GET /table/download/:name: the file
  '<table name>.csv', one column per field named by the field's NAME (not its label, so
  nothing is translated), fields in the order of their ids (the primary key 'id' is created
  with the table; the users table's 'email' field predates its 'id' field, migrations
  202010251412 and 202102091312, and 'role_id' came last, 202406260915), rows ordered by the
  primary key, csv-stringify with a header: LF after every record, a cell quoted only when it
  holds the delimiter, a quote or a line end; a date as toISOString(), a boolean
  'true'/'false', an empty cell for null, a key field's raw id.
- Language: with the setting 'Localize CSV downloads' (localize_csv_download) on and the
  user's locale using a decimal comma (de: (1.1).toLocaleString('de') is '1,1'), the
  delimiter is ';'. Headers and values are the same in every language.
"""
import argparse
import csv
import io
import os
import re
import subprocess

COMMIT = "4f37a230d2d8390cff6762fdb03feaba63267dbe"
FIXTURES = "packages/saltcorn-data/db/fixtures.ts"
TABLE_TEST = "packages/saltcorn-data/tests/table.test.ts"
PEOPLE = "deploy/playwright/Csv_file_to_uplaod/People2.csv"
TC31 = "deploy/playwright/tests/TC_31_filter_view.spec.js"
ROUTE = "packages/server/routes/tables.ts"
MIGRATIONS = ("packages/saltcorn-data/migrations/202010251412.js",
              "packages/saltcorn-data/migrations/202102091312.js",
              "packages/saltcorn-data/migrations/202406260915.js")
DELIM = {"en": ",", "de": ";"}


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def block(src, start, end):
    i = src.index(start)
    return src[i:src.index(end, i)]


def literal(v):
    v = v.strip()
    if v.startswith('"') or v.startswith("'"):
        return v[1:-1]
    if v in ("true", "false"):
        return v
    return int(v) if re.fullmatch(r"-?\d+", v) else v


def inserts(src, table):
    """Every db.insert(table, {...}) with literal values, in source order."""
    rows = []
    pat = r'db\.insert\("' + re.escape(table) + r'",\s*\{(.*?)\}\s*\)'
    for body in re.findall(pat, src, re.S):
        row = {}
        for k, v in re.findall(r"(\w+):\s*([^,\n]+)", body):
            row[k] = literal(v)
        rows.append(row)
    return rows


def fields(src, var):
    """Field names created on the table variable `var`, in creation (id) order."""
    pat = r"Field\.create\(\{\s*table:\s*" + var + r"\b[^}]*?name:\s*\"(\w+)\""
    return re.findall(pat, src, re.S)


def cell(v):
    if v is None:
        return ""
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


def write(path, header, rows, delim):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([cell(r.get(h)) for h in header])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=sorted(DELIM), required=True)
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    d = DELIM[a.lang]
    fx = show(a.gitdir, FIXTURES)
    route = show(a.gitdir, ROUTE)
    dl = block(route, '"/download/:name"', "stringify(rows")
    assert "orderBy: table.pk_name" in dl and ".sort((a: any, b: any) => a.id - b.id)" in dl
    assert ".map((f: any) => f.name)" in dl and 'numSep === ","' in dl
    assert 'csvOpts.delimiter = ";"' in dl and "toISOString()" in dl
    m1, m2, m3 = (show(a.gitdir, m) for m in MIGRATIONS)
    assert "'email','Email','String'" in m1 and "'id','ID','Integer'" in m2
    assert "'role_id','Role','Integer'" in m3
    out = {}

    # users: email (field from 202010251412), id (202102091312), role_id (202406260915)
    users = []
    for n, (email, role) in enumerate(re.findall(
            r'User\.create\(\{\s*email:\s*"([^"]+)",\s*password:\s*"[^"]*",\s*role_id:\s*(\d+)',
            fx), 1):
        users.append({"email": email, "id": n, "role_id": int(role)})
    assert [u["email"] for u in users] == ["admin@foo.com", "staff@foo.com", "user@foo.com"]
    out["users.csv"] = (["email", "id", "role_id"], users)

    # patients: id, name, favbook, parent (kirk_id = 1)
    pf = ["id"] + fields(fx, "patients")
    assert pf == ["id", "name", "favbook", "parent"], pf
    pats = inserts(fx, "patients")
    for n, p in enumerate(pats, 1):
        p["id"] = n
        if p.get("parent") == "kirk_id":
            p["parent"] = 1
    assert [p["name"] for p in pats] == ["Kirk Douglas", "Michael Douglas"]
    out["patients.csv"] = (pf, pats)

    # publisher: id, name
    assert ["id"] + fields(fx, "publisher") == ["id", "name"]
    pubs = [dict(r, id=n) for n, r in enumerate(inserts(fx, "publisher"), 1)]
    out["publisher.csv"] = (["id", "name"], pubs)

    # company, department, employee (the department's manager set to employee 1 afterwards)
    cf = ["id"] + fields(fx, "company")
    df = ["id"] + fields(fx, "department")
    ef = ["id"] + fields(fx, "employee")
    assert (cf, df, ef) == (["id", "name"], ["id", "company", "manager", "name"],
                            ["id", "name", "department"]), (cf, df, ef)
    comp = [dict(r, id=n) for n, r in enumerate(inserts(fx, "company"), 1)]
    deps = [dict(r, id=n) for n, r in enumerate(inserts(fx, "department"), 1)]
    emps = [dict(r, id=n) for n, r in enumerate(inserts(fx, "employee"), 1)]
    assert re.search(r'db\.update\(\s*"department",\s*\{\s*manager:\s*1,?\s*\},\s*1\s*\)', fx)
    deps[0]["manager"] = 1
    out["company.csv"] = (cf, comp)
    out["department.csv"] = (df, deps)
    out["employee.csv"] = (ef, emps)

    # Invoice: table.test's "should create by importing" CSV, values trimmed, typed
    tt = show(a.gitdir, TABLE_TEST)
    t = block(tt, 'it("should create by importing"', "});")
    src = re.search(r"const csv = `(.*?)`;", t, re.S).group(1)
    assert 'Table.create_from_csv("Invoice", fnm)' in t
    lines = [[c.strip() for c in ln.split(",")] for ln in src.strip().split("\n")]
    head = ["id"] + lines[0]
    inv = []
    for n, (item, cost, count, vat) in enumerate(lines[1:], 1):
        c = float(cost)
        inv.append({"id": n, "item": item, "cost": int(c) if c.is_integer() else c,
                    "count": int(count), "vatable": vat == "t"})
    out["Invoice.csv"] = (head, inv)

    # My_Table: TC_31 creates it from People2.csv (its own ids; dates already ISO)
    assert "'Csv_file_to_uplaod/People2.csv'" in show(a.gitdir, TC31)
    assert "'My_Table'" in show(a.gitdir, TC31)
    rd = list(csv.reader(io.StringIO(show(a.gitdir, PEOPLE))))
    people = [dict(zip(rd[0], r, strict=True)) for r in rd[1:] if r]
    out["My_Table.csv"] = (rd[0], sorted(people, key=lambda r: int(r["id"])))

    for name in sorted(out):
        header, rows = out[name]
        n = write(os.path.join(a.out, name), header, rows, d)
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main()
