"""GrandNode's install data as its admin "Export to Excel" writes it (keys355, session 50,
round Y): the registered customer and the sample products, English only.

    python convert.py --lang en SRC OUT

SRC holds the files named in SOURCE.md under their own paths (grandnode/grandnode2 at
22c554f05). GrandNode ships its labels in English only (``App_Data/Resources/
DefaultLanguage.xml``; the one other file, ``Installation/installation.pl.xml``, is the
install page's) and its Excel export heads the columns with property names in every
language, so ``--lang`` takes ``en`` only. Rules:
- customers.xlsx: ``CustomerController.ExportExcelAll`` -> ``ExportManager<Customer>`` ->
  ``ExcelExportProvider.ExportToByte``: one sheet named after the type ("Customer"), row 1
  the ``CustomerSchemaProperty`` names, each cell the value's ``ToString()`` (null ->
  empty; bool -> 'True'/'False'; the enum PasswordFormatId -> its name). Records: the one
  registered customer ``InstallDataCustomersAndUsers.cs`` creates (the admin user, in the
  Registered and Administrators groups; the three built-in guest records are system
  accounts in the Guests group, which the customer list's default "Registered" filter
  leaves out). Its e-mail and password are the install form's; the e-mail is taken as the
  admin address's ('admin@yourstore.com'), the password (stored in Clear format) is left
  empty. First and last name are its only user fields.
- products.xlsx: ``ProductController.ExportExcelAll`` -> ``ProductSchemaProperty``, sheet
  "Product": every product ``InstallDataProducts.cs`` creates, in install order; a
  property the installer does not set has the domain default (false, 0, null). Enum
  columns cast to int are the enum's number (``Grand.Domain/Catalog/*.cs``).
- Ids: GrandNode's ids are MongoDB ObjectIds made at install time (and the customer's GUID
  is ``Guid.NewGuid()``); they are written as stable stand-ins: 24 hex digits of the
  SHA-256 of the thing referred to ('Product:productBuildComputer', 'Category:Others',
  'ProductLayoutId:productLayoutSimple', ...). SeName is GrandNode's slug of the name
  (lower case, letters and digits, other runs -> '-'). Picture1-3 (server paths of
  generated thumbnails) are left empty.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import uuid
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

CUSTOMER_SCHEMA = ("src/Business/Grand.Business.Customers/Services/ExportImport/"
                   "CustomerSchemaProperty.cs")
PRODUCT_SCHEMA = ("src/Business/Grand.Business.Catalog/Services/ExportImport/"
                  "ProductSchemaProperty.cs")
PRODUCT_DOMAIN = "src/Core/Grand.Domain/Catalog/Product.cs"
CUSTOMERS = "src/Modules/Grand.Module.Installer/Services/InstallDataCustomersAndUsers.cs"
PRODUCTS = "src/Modules/Grand.Module.Installer/Services/InstallDataProducts.cs"
ENUMS = "src/Core/Grand.Domain/Catalog/{}.cs"
CREATED = datetime(2024, 1, 1)  # the workbooks' document dates and zip times, pinned


def stand_in(ref: str) -> str:
    return hashlib.sha256(f"grandnode:{ref}".encode()).hexdigest()[:24]


def schema(src: Path, path: str, typ: str) -> list[tuple[str, str]]:
    """(column name, source expression) in the schema's order."""
    text = (src / path).read_text(encoding="utf-8-sig")
    pat = r'new PropertyByName<' + typ + r'>\("(\w+)",\s*p\s*=>\s*(.*?)\)(?:,\n|\n\s*\};)'
    return [(m.group(1), m.group(2).strip()) for m in re.finditer(pat, text, re.S)]


def enum_values(src: Path, name: str) -> dict[str, int]:
    text = (src / ENUMS.format(name)).read_text(encoding="utf-8-sig")
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"(\w+)\s*=\s*(\d+)", text)}


def domain_types(src: Path) -> dict[str, str]:
    text = (src / PRODUCT_DOMAIN).read_text(encoding="utf-8-sig")
    return {m.group(2): m.group(1)
            for m in re.finditer(r"public ([\w?<>]+) (\w+) \{ get; set; \}", text)}


def default(typ: str) -> str:
    if typ.endswith("?") or typ == "string":
        return ""
    if typ == "bool":
        return "False"
    return "0"  # int, long, double and enums (exported as numbers)


def literal(expr: str, prop: str) -> str:
    """A C# initializer value as GrandNode's export prints it."""
    expr = re.sub(r"\s*//[^\n]*$", "", expr.strip(), flags=re.M).strip().rstrip(",")
    if expr.startswith('"'):
        return re.sub(r'"\s*\+\s*"', "", expr)[1:-1]
    if expr in ("true", "false"):
        return expr.capitalize()
    if re.fullmatch(r"-?\d+(\.\d+)?[mMdD]?", expr):
        num = float(expr.rstrip("mMdD"))
        return str(int(num)) if num == int(num) else repr(num)
    m = re.search(r'Name == "([^"]+)"\)\.Id', expr)
    if m:
        table = re.search(r"_(\w+)Repository", expr).group(1)
        return stand_in(f"{table[0].upper()}{table[1:]}:{m.group(1)}")
    m = re.fullmatch(r"(\w+)\.Id", expr)
    if m:
        var = m.group(1)
        kind = "Product" if var.startswith("product") and "Layout" not in var else prop
        return stand_in(f"{kind}:{m.group(1)}")
    m = re.fullmatch(r"(\w+)\.(\w+)", expr)
    if m:
        return f"enum:{m.group(1)}.{m.group(2)}"
    raise ValueError(f"unread value for {prop}: {expr}")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def products(src: Path) -> list[dict[str, str]]:
    text = (src / PRODUCTS).read_text(encoding="utf-8-sig")
    out = []
    for m in re.finditer(r"\n        var (\w+) = new Product \{\n(.*?)\n        \};", text, re.S):
        var, body = m.group(1), m.group(2)
        props: dict[str, str] = {"Id": stand_in(f"Product:{var}")}
        cats: list[str] = []
        top = r"^ {12}(\w+) =(.*?)(?=^ {12}\w+ =|\Z)"  # the initializer's own assignments
        for a in re.finditer(top, body, re.S | re.M):
            prop, expr = a.group(1), a.group(2).strip()
            if prop == "ProductCategories":
                names = re.findall(r'CategoryId = _categoryRepository\.Table\.Single\('
                                   r'c => c\.Name == "([^"]+)"\)', expr)
                cats = [stand_in(f"Category:{c}") for c in names]
                continue
            if expr.startswith(("{", "new ")) or prop.startswith("Product"):
                if prop not in ("ProductTypeId", "ProductLayoutId"):
                    continue
            props[prop] = literal(expr, prop)
        props["CategoryIds"] = ";".join(cats)
        out.append(props)
    return out


def product_rows(src: Path) -> tuple[list[str], list[list[str]]]:
    cols = schema(src, PRODUCT_SCHEMA, "Product")
    types = domain_types(src)
    rows = []
    for p in products(src):
        row = []
        for name, expr in cols:
            m = re.fullmatch(r"(\(int\))?p\.(\w+)", expr)
            if name == "SeName":
                val = slug(p["Name"])
            elif name in ("CategoryIds",):
                val = p["CategoryIds"]
            elif m:
                prop = m.group(2)
                val = p.get(prop, default(types.get(prop, "string")))
                if val.startswith("enum:"):
                    enum, member = val[5:].split(".")
                    val = str(enum_values(src, enum)[member])
            else:  # CollectionIds (none set), Picture1-3 (left empty)
                val = ""
            row.append(val)
        rows.append(row)
    return [c for c, _ in cols], rows


def customer_rows(src: Path) -> tuple[list[str], list[list[str]]]:
    text = (src / CUSTOMERS).read_text(encoding="utf-8-sig")
    admin = text[text.index("//admin user"):text.index("//Anonymous user")]
    fields = dict(re.findall(r'SystemCustomerFieldNames\.(\w+), Value = "([^"]*)"', admin))
    email = re.search(r'Email = "([^"]+)"', admin).group(1)  # the admin address's e-mail
    values = {
        "CustomerId": stand_in("Customer:adminUser"),
        "CustomerGuid": str(uuid.UUID(stand_in("CustomerGuid:adminUser")
                                      + hashlib.sha256(b"adminUser").hexdigest()[:8])),
        "Email": email, "Username": email, "Password": "",
        "PasswordFormatId": re.search(r"PasswordFormatId = PasswordFormat\.(\w+)", admin).group(1),
        "PasswordSalt": re.search(r'PasswordSalt = "([^"]*)"', admin).group(1),
        "IsTaxExempt": "False", "AffiliateId": "", "VendorId": "",
        "Active": re.search(r"Active = (\w+)", admin).group(1).capitalize(),
        "VatNumberStatusId": "0",
    }
    cols = [c for c, _ in schema(src, CUSTOMER_SCHEMA, "Customer")]
    row = [values.get(c, fields.get(c, "")) for c in cols]
    return cols, [row]


def write(path: Path, sheet: str, header: list[str], rows: list[list[str]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append([v if v != "" else None for v in r])
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    wb.save(path)
    # fixed bytes: the zip members' times and the core properties' dates pinned to CREATED
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = CREATED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp,
                              data)
            z.writestr(zipfile.ZipInfo(name, CREATED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", default="en", choices=["en"])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    write(a.out / "customers.xlsx", "Customer", *customer_rows(a.src))
    write(a.out / "products.xlsx", "Product", *product_rows(a.src))


if __name__ == "__main__":
    main()
