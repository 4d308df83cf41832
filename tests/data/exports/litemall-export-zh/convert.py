"""litemall's admin "导出" (export) downloads of its own demo database, in Chinese.

Built for round Z9 (session 55, keys432). Usage:

    python convert.py GITDIR OUT

GITDIR: a git directory of GitHub linlinjava/litemall holding commit
a1ef964a718b7277925b19ea26afe78ea3a1d325; every file is read with `git show`.

Rules (nothing here is invented data):
- Records: litemall's demo data, litemall-db/sql/litemall_data.sql (the INSERTs the install
  loads), with the column order of litemall-db/sql/litemall_table.sql.
- Exports: the admin's list pages (litemall-admin/src/views/...vue) each have a "导出"
  button, handleDownload(): it hands the rows the page shows (this.list) with its fixed
  Chinese headers (tHeader, read from the .vue) and field names (filterVal) to
  export_json_to_excel2() of litemall-admin/src/vendor/Export2Excel.js, which writes one
  .xlsx named after its fourth argument, one sheet named 'SheetJS', row 1 the headers.
  The headers are hard-coded Chinese: the admin's en locale does not change them, so the
  export exists in Chinese only.
- The rows a page shows: its default listQuery (page 1, limit 20, sort add_time desc), the
  service's criteria (deleted = false; comments: type <> 2). MySQL leaves the order of
  equal add_time open: here ties are taken in primary-key order (InnoDB's clustered order).
- Values: the API's JSON (litemall-core JacksonConfig: LocalDateTime 'yyyy-MM-dd HH:mm:ss',
  LocalDate 'yyyy-MM-dd', NON_NULL: a NULL column is absent) of the MyBatis domain classes
  (litemall-db/.../domain/Litemall*.java: Byte/Short/Integer/BigDecimal -> a number, Boolean
  -> true/false, String[] (JSON array columns) -> an array). A field filterVal names that the
  class lacks (goods 'listPicUrl', 'goodsUnit') is undefined: an empty cell. SheetJS writes a
  number as a number cell, a boolean as a boolean cell, anything else as a string (an array
  by its JS String(): items joined by ','); a null/undefined cell is not written.
- Column widths (autoWidth) are not written: they carry no data. The zip entries have a
  fixed time, so a rerun gives the same bytes.
"""
import argparse
import decimal
import os
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

COMMIT = "a1ef964a718b7277925b19ea26afe78ea3a1d325"
DATA = "litemall-db/sql/litemall_data.sql"
SCHEMA = "litemall-db/sql/litemall_table.sql"
EXPORT_JS = "litemall-admin/src/vendor/Export2Excel.js"
JACKSON = "litemall-core/src/main/java/org/linlinjava/litemall/core/config/JacksonConfig.java"
DOMAIN = "litemall-db/src/main/java/org/linlinjava/litemall/db/domain/Litemall{}.java"
# (view, table, domain class, extra criteria)
EXPORTS = [
    ("user/user", "litemall_user", "User", None),
    ("sys/admin", "litemall_admin", "Admin", None),
    ("mall/brand", "litemall_brand", "Brand", None),
    ("goods/list", "litemall_goods", "Goods", None),
    ("goods/comment", "litemall_comment", "Comment", lambda r: r["type"] != 2),
]
PAGE = 20
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def columns(schema, table):
    body = re.search("CREATE TABLE `" + table + r"` \((.*?)\n\)", schema, re.S).group(1)
    return re.findall(r"^\s+`(\w+)`", body, re.M)


def sql_values(text):
    """The tuples of one INSERT's VALUES list: str, int, Decimal or None."""
    rows, i, n = [], 0, len(text)
    while i < n:
        if text[i] != "(":
            i += 1
            continue
        i += 1
        row = []
        while True:
            c = text[i]
            if c == "'":
                i += 1
                buf = []
                while True:
                    c = text[i]
                    if c == "\\":
                        nxt = text[i + 1]
                        buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(nxt, nxt))
                        i += 2
                    elif c == "'" and text[i + 1] == "'":
                        buf.append("'")
                        i += 2
                    elif c == "'":
                        i += 1
                        break
                    else:
                        buf.append(c)
                        i += 1
                row.append("".join(buf))
            else:
                m = re.compile(r"[^,)]*").match(text, i)
                tok = m.group(0).strip()
                i = m.end()
                if tok == "NULL":
                    row.append(None)
                elif re.fullmatch(r"-?\d+", tok):
                    row.append(int(tok))
                else:
                    row.append(decimal.Decimal(tok))
            if text[i] == ",":
                i += 1
                continue
            if text[i] == ")":
                i += 1
                break
        rows.append(row)
    return rows


def records(data, schema, table):
    cols = columns(schema, table)
    out = []
    for m in re.finditer("^INSERT INTO `" + table + r"` VALUES (.*);$", data, re.M):
        for row in sql_values(m.group(1)):
            assert len(row) == len(cols), (table, row[:3])
            out.append(dict(zip(cols, row, strict=True)))
    return out


def field_types(java):
    return {name: typ for typ, name in re.findall(r"^    private ([\w\[\]]+) (\w+);", java, re.M)}


def camel(col):
    head, *rest = col.split("_")
    return head + "".join(w.capitalize() for w in rest)


def js_value(value, typ):
    """The column's value as the admin page holds it (the API's JSON, parsed)."""
    if value is None:
        return None  # NON_NULL: absent -> undefined
    if typ == "Boolean":
        return bool(value)
    if typ in {"Byte", "Short", "Integer", "Long"}:
        return int(value)
    if typ == "BigDecimal":
        return decimal.Decimal(value)
    if typ.endswith("[]"):
        items = re.findall(r'"((?:[^"\\]|\\.)*)"|(-?\d+)', value)
        return [a if a else int(b) for a, b in items]
    return str(value)  # String, LocalDateTime ('yyyy-MM-dd HH:mm:ss'), LocalDate


def js_number(d):
    d = decimal.Decimal(d)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def js_string(v):
    if isinstance(v, list):
        return ",".join("" if x is None else (js_string(x) if not isinstance(x, bool)
                                                 else ("true" if x else "false")) for x in v)
    if isinstance(v, int):
        return str(v)
    return str(v)


def cell_ref(c, r):
    name = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        name = chr(65 + rem) + name
    return f"{name}{r + 1}"


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
           'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r='
           '"http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    width = max(len(r) for r in rows)
    out.append(f'<dimension ref="A1:{cell_ref(width - 1, len(rows) - 1)}"/><sheetData>')
    for r, row in enumerate(rows):
        out.append(f'<row r="{r + 1}">')
        for c, v in enumerate(row):
            if v is None:
                continue
            ref = cell_ref(c, r)
            if isinstance(v, bool):
                out.append(f'<c r="{ref}" t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, (int, decimal.Decimal)):
                out.append(f'<c r="{ref}"><v>{js_number(v)}</v></c>')
            else:
                s = escape(js_string(v))
                out.append(f'<c r="{ref}" t="str"><v>{s}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType='
        '"application/xml"/><Default Extension="rels" ContentType="application/vnd.openxml'
        'formats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" Content'
        'Type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
        'formats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles'
        '.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'styles+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
        '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas'
        '.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org'
        '/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id='
        '"rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
        '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val='
        '"12"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill pattern'
        'Type="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders '
        'count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
        'xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
        'builtinId="0"/></cellStyles></styleSheet>'),
}


def write_xlsx(path, sheet, rows):
    with zipfile.ZipFile(path, "w") as z:
        for name, text in PARTS.items():
            if name == "xl/workbook.xml":
                text = text.replace("{sheet}", escape(sheet))
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", ZIP_TIME),
                   sheet_xml(rows).encode("utf-8"), zipfile.ZIP_DEFLATED)


def handle_download(vue):
    """tHeader, filterVal and the file name of a view's handleDownload()."""
    body = vue[vue.index("handleDownload()"):]
    header = re.search(r"const tHeader = \[(.*?)\]", body, re.S).group(1)
    fields = re.search(r"const filterVal = \[(.*?)\]", body, re.S).group(1)
    name = re.search(r"export_json_to_excel2\(\s*tHeader,\s*this\.list,\s*filterVal,\s*'([^']+)'",
                     body).group(1)
    return re.findall(r"'([^']*)'", header), re.findall(r"'([^']*)'", fields), name


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gitdir")
    ap.add_argument("out")
    a = ap.parse_args()
    js = show(a.gitdir, EXPORT_JS)
    assert 'var ws_name = "SheetJS";' in js and "bookType = 'xlsx'" in js
    sheet = "SheetJS"
    jackson = show(a.gitdir, JACKSON)
    assert 'ofPattern("yyyy-MM-dd HH:mm:ss")' in jackson and "Include.NON_NULL" in jackson
    data, schema = show(a.gitdir, DATA), show(a.gitdir, SCHEMA)
    os.makedirs(a.out, exist_ok=True)
    for view, table, cls, extra in EXPORTS:
        vue = show(a.gitdir, f"litemall-admin/src/views/{view}.vue")
        assert "limit: 20," in vue and "sort: 'add_time'," in vue and "order: 'desc'" in vue
        header, fields, name = handle_download(vue)
        assert len(header) == len(fields), view
        types = field_types(show(a.gitdir, DOMAIN.format(cls)))
        rows = [r for r in records(data, schema, table) if not r["deleted"]]
        if extra:
            rows = [r for r in rows if extra(r)]
        rows.sort(key=lambda r: r["id"])
        rows.sort(key=lambda r: r["add_time"], reverse=True)
        page = []
        for r in rows[:PAGE]:
            obj = {camel(k): js_value(v, types[camel(k)]) for k, v in r.items()}
            page.append([obj.get(f) for f in fields])
        write_xlsx(os.path.join(a.out, f"{name}.xlsx"), sheet, [header, *page])
        print(f"{name}.xlsx: {len(page)} rows, {len(header)} columns ({view}.vue)")


if __name__ == "__main__":
    main()
