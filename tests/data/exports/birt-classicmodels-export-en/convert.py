"""Eclipse BIRT's sample database (Classic Models Inc.) exported one CSV per table.

Built for round Z6 (session 53, keys403). Usage:

    python convert.py --lang en SRC OUT [--derby /usr/share/java/derby.jar]

SRC: a folder holding `data/org.eclipse.birt.report.data.oda.sampledb/db/BirtSample.jar`
of GitHub eclipse-birt/birt at f1c4980b46863afc628131e4f66a3fdd5ebb54f6 under its own path
(SOURCE.md gives its SHA-256). The jar is the read-only Apache Derby database BIRT ships as
its "Classic Models Inc. Sample Database" (schema CLASSICMODELS). Needs a JDK (javac, java)
and Apache Derby's embedded driver (Debian: libderby-java, 10.14.2.0).

Rules (nothing here is invented data):
- Rows: every row of every table of schema CLASSICMODELS, in primary-key order, read with
  JDBC (jdbc:derby:jar:(BirtSample.jar)BirtSample) and written as Derby gives each value
  (ResultSet.getString: DATE 2003-01-06, DOUBLE 21000.0, SQL NULL an empty cell).
- Files and columns: one file per table, named after the table in lower case
  (customers.csv, orderdetails.csv...), headed by the table's own column names as the
  database ships them (upper case: CUSTOMERNUMBER, CONTACTLASTNAME...), in their order.
  Left out: PRODUCTLINES.IMAGE (a BLOB: a picture's bytes). PRODUCTLINES.HTMLDESCRIPTION (a
  CLOB) is kept, its HTML as stored, line breaks included.
- Only English: the sample database ships no translation of its names or values.
- CSV: Python's csv module (UTF-8, minimal quoting, CRLF).
"""
import argparse
import csv
import os
import subprocess
import tempfile

JAR = "data/org.eclipse.birt.report.data.oda.sampledb/db/BirtSample.jar"

# table -> (primary-key order, columns left out)
TABLES = {
    "CUSTOMERS": ("CUSTOMERNUMBER", ()),
    "EMPLOYEES": ("EMPLOYEENUMBER", ()),
    "OFFICES": ("OFFICECODE", ()),
    "ORDERS": ("ORDERNUMBER", ()),
    "ORDERDETAILS": ("ORDERNUMBER, ORDERLINENUMBER", ()),
    "PAYMENTS": ("CUSTOMERNUMBER, CHECKNUMBER", ()),
    "PRODUCTLINES": ("PRODUCTLINE", ("IMAGE",)),
    "PRODUCTS": ("PRODUCTCODE", ()),
}

# A tiny JDBC reader: prints each row's fields separated by \x1f, rows ended by \x1e,
# SQL NULL as \x00 (no such character occurs in the data). Run in the temporary folder,
# where Derby writes its derby.log.
JAVA = r"""
import java.sql.*;
public class DumpTable {
  public static void main(String[] a) throws Exception {
    Connection c = DriverManager.getConnection("jdbc:derby:jar:(" + a[0] + ")BirtSample");
    ResultSet r = c.createStatement().executeQuery(a[1]);
    ResultSetMetaData m = r.getMetaData();
    java.io.PrintStream out = new java.io.PrintStream(System.out, false, "UTF-8");
    StringBuilder h = new StringBuilder();
    for (int i = 1; i <= m.getColumnCount(); i++) {
      if (i > 1) h.append('\u001f');
      h.append(m.getColumnName(i));
    }
    out.print(h.append('\u001e'));
    while (r.next()) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= m.getColumnCount(); i++) {
        if (i > 1) b.append('\u001f');
        String v = r.getString(i);
        b.append(v == null ? "\u0000" : v);
      }
      out.print(b.append('\u001e'));
    }
    out.flush();
  }
}
"""


def columns(jar: str, derby: str, work: str, table: str) -> list[str]:
    rows = run(jar, derby, work, f"SELECT * FROM CLASSICMODELS.{table} FETCH FIRST 1 ROWS ONLY")
    return rows[0]


def run(jar: str, derby: str, work: str, sql: str) -> list[list[str | None]]:
    out = subprocess.run(["java", "-cp", os.pathsep.join([work, derby]), "DumpTable", jar, sql],
                         check=True, capture_output=True, cwd=work).stdout.decode("utf-8")
    rows = [rec.split("\x1f") for rec in out.split("\x1e")[:-1]]
    return [[None if v == "\x00" else v for v in row] for row in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["en"], default="en")
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--derby", default="/usr/share/java/derby.jar")
    args = ap.parse_args()
    jar = os.path.abspath(os.path.join(args.src, JAR))
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "DumpTable.java"), "w", encoding="utf-8") as f:
            f.write(JAVA)
        subprocess.run(["javac", "-d", work, os.path.join(work, "DumpTable.java")], check=True)
        for table, (order, left_out) in TABLES.items():
            cols = [c for c in columns(jar, args.derby, work, table) if c not in left_out]
            rows = run(jar, args.derby, work,
                       f"SELECT {', '.join(cols)} FROM CLASSICMODELS.{table} ORDER BY {order}")
            path = os.path.join(args.out, f"{table.lower()}.csv")
            with open(path, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(rows[0])
                for row in rows[1:]:
                    w.writerow(["" if v is None else v for v in row])
            print(f"{path}: {len(rows) - 1} rows")


if __name__ == "__main__":
    main()
