"""IBM Db2's SAMPLE database (IBM/db2-samples) -> the CSV files IBM Data Studio's
"Export data" writes for its tables (see SOURCE.md).

    python convert.py GITDIR OUT

GITDIR: a git directory holding IBM/db2-samples commit 23a61f9b. The relational rows come
from the INSERT statements of c/dbsample.sqc (the sample program that creates and fills the
SAMPLE tables); the XML documents of CUSTOMER, PRODUCT and PURCHASEORDER from db2sampl/*.xml,
shredded with the XMLTABLE columns named in SOURCE.md. Python 3, standard library only.
Deterministic: a rerun writes the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

COMMIT = "23a61f9be5187d98c4dd4c0546382cbb5b3fd820"

# the tables' columns (c/dbsample.sqc's CREATE TABLE) and their SQL types:
# C = CHAR(n) (padded with blanks to n, as Db2 stores it), V = VARCHAR, D = DATE, N = number
TABLES = {
    "DEPARTMENT": [("DEPTNO", "C3"), ("DEPTNAME", "V"), ("MGRNO", "C6"), ("ADMRDEPT", "C3"),
                   ("LOCATION", "C16")],
    "EMPLOYEE": [("EMPNO", "C6"), ("FIRSTNME", "V"), ("MIDINIT", "C1"), ("LASTNAME", "V"),
                 ("WORKDEPT", "C3"), ("PHONENO", "C4"), ("HIREDATE", "D"), ("JOB", "C8"),
                 ("EDLEVEL", "N"), ("SEX", "C1"), ("BIRTHDATE", "D"), ("SALARY", "N2"),
                 ("BONUS", "N2"), ("COMM", "N2")],
    "STAFF": [("ID", "N"), ("NAME", "V"), ("DEPT", "N"), ("JOB", "C5"), ("YEARS", "N"),
              ("SALARY", "N2"), ("COMM", "N2")],
    "PROJECT": [("PROJNO", "C6"), ("PROJNAME", "V"), ("DEPTNO", "C3"), ("RESPEMP", "C6"),
                ("PRSTAFF", "N2"), ("PRSTDATE", "D"), ("PRENDATE", "D"), ("MAJPROJ", "C6")],
    "SALES": [("SALES_DATE", "D"), ("SALES_PERSON", "V"), ("REGION", "V"), ("SALES", "N")],
}


def git_show(gitdir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


READ: dict[str, str] = {}


def read(gitdir: str, path: str) -> bytes:
    data = git_show(gitdir, path)
    READ[path] = hashlib.sha256(data).hexdigest()
    return data


def c_statements(source: str) -> list[str]:
    """The SQL text of every execi("...") call: C string literals joined, line
    continuations (backslash-newline) removed."""
    out = []
    for m in re.finditer(r'execi\(\s*((?:"(?:[^"\\]|\\.|\\\n)*"\s*)+)\)\s*;', source):
        body = "".join(re.findall(r'"((?:[^"\\]|\\.|\\\n)*)"', m.group(1)))
        out.append(re.sub(r"\\\n", "", body))
    return out


def sql_values(text: str) -> list:
    """The literals of one VALUES( ... ) tuple: 'strings' ('' escapes), NULL, numbers."""
    vals, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in " \t\n,":
            i += 1
        elif ch == "'":
            j, buf = i + 1, []
            while True:
                if text[j] == "'" and j + 1 < len(text) and text[j + 1] == "'":
                    buf.append("'")
                    j += 2
                elif text[j] == "'":
                    break
                else:
                    buf.append(text[j])
                    j += 1
            vals.append(("s", "".join(buf)))
            i = j + 1
        else:
            m = re.match(r"[^,\s]+", text[i:])
            tok = m.group(0)
            vals.append(None if tok.upper() == "NULL" else ("n", tok))
            i += len(tok)
    return vals


def iso_date(v: str) -> str:
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", v)      # USA format 'mm/dd/yyyy'
    return f"{m.group(3)}-{m.group(1)}-{m.group(2)}" if m else v


def cell(value, typ: str) -> str:
    """One value as Data Studio's CSV writes it: character data in double quotes (CHAR
    padded to its length), numbers and dates as Db2 shows them, NULL empty."""
    if value is None:
        return ""
    v = value[1]
    if typ.startswith("C"):
        return '"' + v.ljust(int(typ[1:])).replace('"', '""') + '"'
    if typ == "V":
        return '"' + v.replace('"', '""') + '"'
    if typ == "D":
        return iso_date(v)
    if typ == "N2":
        return f"{float(v):.2f}"
    return str(int(float(v)))


def write(out: Path, name: str, header: list[str], rows: list[list[str]], written: list) -> None:
    text = ",".join(header) + "\r\n" + "".join(",".join(r) + "\r\n" for r in rows)
    data = text.encode("utf-8")
    (out / name).write_bytes(data)
    written.append((hashlib.sha256(data).hexdigest(), name, len(rows)))


def q(v: str | None) -> str:
    return "" if v is None else '"' + v.replace('"', '""') + '"'


def main() -> None:
    gitdir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    written: list = []
    source = read(gitdir, "c/dbsample.sqc").decode("latin-1")
    rows: dict[str, list] = {t: [] for t in TABLES}
    for stmt in c_statements(source):
        m = re.match(r"\s*INSERT\s+INTO\s+(\w+)\s+VALUES\s*\((.*)\)\s*$", stmt, re.S)
        if m and m.group(1) in TABLES:
            rows[m.group(1)].append(sql_values(m.group(2)))
    for table, cols in TABLES.items():
        body = []
        for vals in rows[table]:
            assert len(vals) == len(cols), (table, vals)
            body.append([cell(v, t) for v, (_, t) in zip(vals, cols, strict=True)])
        write(out, f"{table}.csv", [c for c, _ in cols], body, written)

    # CUSTOMER: CID and XMLTABLE('$INFO/customerinfo' COLUMNS NAME, STREET, CITY, PROV_STATE,
    # PCODE_ZIP, COUNTRY (addr/@country), PHONE_WORK, PHONE_HOME, PHONE_CELL, PHONE_COTTAGE
    # (phone[@type=...]), ASSISTANT_NAME, ASSISTANT_PHONE)
    body = []
    for n in range(1, 7):
        root = ET.fromstring(read(gitdir, f"db2sampl/c{n}.xml"))
        addr = root.find("addr")

        def phone(kind, el=root):
            for p in el.findall("phone"):
                if p.get("type") == kind:
                    return p.text
            return None
        asst = root.find("assistant")
        body.append([root.get("Cid"), q(root.findtext("name")), q(addr.findtext("street")),
                     q(addr.findtext("city")), q(addr.findtext("prov-state")),
                     q(addr.findtext("pcode-zip")), q(addr.get("country")),
                     q(phone("work")), q(phone("home")), q(phone("cell")), q(phone("cottage")),
                     q(asst.findtext("name") if asst is not None else None),
                     q(phone("home", asst) if asst is not None else None)])
    write(out, "CUSTOMER.csv", ["CID", "NAME", "STREET", "CITY", "PROV_STATE", "PCODE_ZIP",
                                "COUNTRY", "PHONE_WORK", "PHONE_HOME", "PHONE_CELL",
                                "PHONE_COTTAGE", "ASSISTANT_NAME", "ASSISTANT_PHONE"],
          body, written)

    # PRODUCT: PID and XMLTABLE('$DESCRIPTION/product/description' COLUMNS NAME, DETAILS,
    # PRICE DECIMAL(10,2), WEIGHT)
    body = []
    for n in range(1, 5):
        root = ET.fromstring(read(gitdir, f"db2sampl/p{n}.xml"))
        d = root.find("description")
        body.append([q(root.get("pid")), q(d.findtext("name")), q(d.findtext("details")),
                     f"{float(d.findtext('price')):.2f}", q(d.findtext("weight"))])
    write(out, "PRODUCT.csv", ["PID", "NAME", "DETAILS", "PRICE", "WEIGHT"], body, written)

    # PURCHASEORDER: POID, STATUS, ORDERDATE (the document's attributes), and its items:
    # POID and XMLTABLE('$PORDER/PurchaseOrder/item' COLUMNS PARTID, NAME, QUANTITY, PRICE)
    heads, items = [], []
    for n in range(1, 7):
        root = ET.fromstring(read(gitdir, f"db2sampl/po{n}.xml"))
        po = root.get("PoNum")
        heads.append([po, q(root.get("Status")), root.get("OrderDate")])
        for it in root.findall("item"):
            items.append([po, q(it.findtext("partid")), q(it.findtext("name")),
                          str(int(it.findtext("quantity"))),
                          f"{float(it.findtext('price')):.2f}"])
    write(out, "PURCHASEORDER.csv", ["POID", "STATUS", "ORDERDATE"], heads, written)
    write(out, "PURCHASEORDER_ITEM.csv", ["POID", "PARTID", "NAME", "QUANTITY", "PRICE"],
          items, written)

    read(gitdir, "LICENSE")
    print("read:")
    for path, sha in READ.items():
        print(f"    {sha}  {path}")
    print("written:")
    for sha, name, n in written:
        print(f"    {sha}  {name} ({n} rows)")


if __name__ == "__main__":
    main()
