"""nopCommerce's sample customers and sample orders as its admin "Export to Excel" writes
them (keys343, session 49, round W): customers.xlsx and orders.xlsx.

    python convert.py --lang en SRC OUT      # en only: the headers are property names

SRC holds the excerpts named in SOURCE.md (the nopCommerce snapshot is too large to fetch;
the lines were read through the public-code index and saved verbatim):
- ``src/Libraries/Nop.Services/Installation/InstallSampleData.cs.excerpt``: the five sample
  customers' addresses (InstallSampleCustomersAsync: each customer's billing and shipping
  address; the customer takes the address's e-mail as e-mail and username, its first and
  last name; active; role Registered; password "123456" in the Clear format, empty salt).
- ``src/Libraries/Nop.Services/Installation/InstallSampleData.orders.excerpt``: the five
  sample orders' own fields (InstallOrdersAsync); every order also sets StoreId = the
  default store, no discounts, no shipping or payment fee, TaxRates "0:0;", OrderTax 0,
  RefundedAmount 0, CurrencyRate 1, CustomerCurrencyCode "USD", AffiliateId 0,
  PaymentMethodSystemName "Payments.CheckMoneyOrder", CustomValuesXml and VatNumber empty
  (COMMON below). Billing and shipping addresses are clones of the customer's address; the
  third order has no shipping address.
- ``ExportManager/ExportManager.3x.excerpt``: the property lists of ExportOrdersToXlsx and
  ExportCustomersToXlsx (nopCommerce 3.x's ExportManager): the column order and headers.
Rules: one sheet named after the entity (``typeof(T).Name``), row 1 the property names,
one row per record, each cell the property's value: numbers as numbers, booleans as Excel
booleans, GUIDs as text, an empty string as an empty cell; CreatedOnUtc as an OLE
Automation date (``ToOADate``). Enum ids: OrderStatus Pending 10, Processing 20, Complete
30; PaymentStatus Pending 10, Paid 30; ShippingStatus ShippingNotRequired 10,
NotYetShipped 20, Shipped 30, Delivered 40; PasswordFormat Clear 0. Country and state names
as nopCommerce's country and state tables name them. What the install leaves to the moment
(ids, GUIDs, the creation time) is fixed here: customers numbered 1-5 and orders 1-5 in
install order, GUIDs uuid5 of the e-mail / order number, created 2024-01-01 00:00 UTC.
The customer's own attribute columns (gender, company, street, phone...) are empty: the
sample install sets only the first and last name on the customer, the rest on its address.
"""
from __future__ import annotations

import argparse
import re
import uuid
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

CUSTOMERS = "src/Libraries/Nop.Services/Installation/InstallSampleData.cs.excerpt"
ORDERS = "src/Libraries/Nop.Services/Installation/InstallSampleData.orders.excerpt"
EXPORT = "ExportManager/ExportManager.3x.excerpt"
COUNTRY = {"USA": "United States", "GBR": "United Kingdom", "CAN": "Canada"}
ORDER_STATUS = {"Pending": 10, "Processing": 20, "Complete": 30, "Cancelled": 40}
PAYMENT_STATUS = {"Pending": 10, "Authorized": 20, "Paid": 30}
SHIPPING_STATUS = {"ShippingNotRequired": 10, "NotYetShipped": 20, "PartiallyShipped": 25,
                   "Shipped": 30, "Delivered": 40}
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
CREATED = datetime(2024, 1, 1)
COMMON = {"StoreId": 1, "OrderSubTotalDiscountInclTax": 0, "OrderSubTotalDiscountExclTax": 0,
          "OrderShippingInclTax": 0, "OrderShippingExclTax": 0,
          "PaymentMethodAdditionalFeeInclTax": 0, "PaymentMethodAdditionalFeeExclTax": 0,
          "TaxRates": "0:0;", "OrderTax": 0, "RefundedAmount": 0, "OrderDiscount": 0,
          "CurrencyRate": 1, "CustomerCurrencyCode": "USD", "AffiliateId": 0,
          "PaymentMethodSystemName": "Payments.CheckMoneyOrder", "CustomValuesXml": "",
          "VatNumber": ""}


def value(expr: str) -> object:
    """A C# initialiser's right-hand side as the record holds it."""
    expr = expr.strip().rstrip(",")
    if expr == "string.Empty":
        return ""
    if expr in ("true", "false"):
        return expr == "true"
    if m := re.fullmatch(r'"(.*)"', expr):
        return m.group(1)
    if m := re.fullmatch(r"([0-9.]+)M", expr):
        n = float(m.group(1))
        return int(n) if n.is_integer() else n
    if m := re.search(r'ThreeLetterIsoCode == "(\w+)"', expr):
        return COUNTRY[m.group(1)]
    if m := re.search(r'sp\.Name == "([^"]+)"', expr):
        return m.group(1)
    if m := re.fullmatch(r"\w+\.(\w+)", expr):  # an enum member or an address's .Id
        return m.group(1)
    return expr


def blocks(text: str, start: str) -> list[dict[str, object]]:
    """The ``Name = value`` lines of each ``new X { ... }`` block that ``start`` opens."""
    out = []
    for m in re.finditer(start + r"\s*\{(.*?)\n\s*\}", text, re.S):
        rec = {}
        for line in m.group(1).splitlines():
            if km := re.match(r"\s*(\w+) = (.+)$", line):
                rec[km.group(1)] = value(km.group(2))
        out.append(rec)
    return out


def columns(text: str, entity: str) -> list[str]:
    return re.findall(r'PropertyByName<' + entity + r'>\("(\w+)"', text)


def oadate(d: datetime) -> float:
    return (d - datetime(1899, 12, 30)).total_seconds() / 86400


def write(path: Path, sheet: str, header: list[str], rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    for cell in ws[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    wb.properties.created = CREATED
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
            z.writestr(zipfile.ZipInfo(name, CREATED.timetuple()[:6]), data,
                       zipfile.ZIP_DEFLATED)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en"])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    src, out = a.src, a.out
    out.mkdir(parents=True, exist_ok=True)
    export = (src / EXPORT).read_text(encoding="utf-8")
    addresses = blocks((src / CUSTOMERS).read_text(encoding="utf-8"), r"new Address")
    by_email = {ad["Email"]: i + 1 for i, ad in enumerate(addresses)}

    rows = []
    for cid, ad in enumerate(addresses, 1):
        rec = {"CustomerId": cid, "CustomerGuid": str(uuid.uuid5(uuid.NAMESPACE_URL,
                                                                 str(ad["Email"]))),
               "Email": ad["Email"], "Username": ad["Email"], "Password": "123456",
               "PasswordFormatId": 0, "PasswordSalt": "", "IsTaxExempt": False,
               "AffiliateId": 0, "VendorId": 0, "Active": True, "IsGuest": False,
               "IsRegistered": True, "IsAdministrator": False, "IsForumModerator": False,
               "FirstName": ad["FirstName"], "LastName": ad["LastName"],
               "CountryId": 0, "StateProvinceId": 0, "VatNumberStatusId": 0,
               "AvatarPictureId": 0, "ForumPostCount": 0}
        rows.append([rec.get(c, "") for c in columns(export, "Customer")])
    write(out / "customers.xlsx", "Customer", columns(export, "Customer"), rows)

    otext = (src / ORDERS).read_text(encoding="utf-8")
    who = dict(re.findall(r'var (\w+)Customer = customers\["([^"]+)"\]', otext))
    rows = []
    for oid, order in enumerate(blocks(otext, r"new Order"), 1):
        ordinal = ORDINALS[oid - 1]
        addr = addresses[by_email[who[ordinal]] - 1]
        rec = dict(COMMON)
        rec.update({k: v for k, v in order.items() if isinstance(v, (int, float, str))})
        rec.update({"OrderId": oid, "OrderGuid": str(uuid.uuid5(uuid.NAMESPACE_URL,
                                                                f"nop-order-{oid}")),
                    "CustomerId": by_email[who[ordinal]],
                    "OrderStatusId": ORDER_STATUS[str(order["OrderStatus"])],
                    "PaymentStatusId": PAYMENT_STATUS[str(order["PaymentStatus"])],
                    "ShippingStatusId": SHIPPING_STATUS[str(order["ShippingStatus"])],
                    "ShippingPickUpInStore": order["PickupInStore"],
                    "CreatedOnUtc": oadate(CREATED)})
        parts = {"FirstName": "FirstName", "LastName": "LastName", "Email": "Email",
                 "Company": "Company", "Country": "CountryId",
                 "StateProvince": "StateProvinceId", "City": "City",
                 "Address1": "Address1", "Address2": "Address2",
                 "ZipPostalCode": "ZipPostalCode", "PhoneNumber": "PhoneNumber",
                 "FaxNumber": "FaxNumber"}
        for prefix, present in (("Billing", True), ("Shipping", "ShippingAddressId" in order)):
            for col, field in parts.items():
                rec[prefix + col] = addr.get(field, "") if present else ""
        rows.append([rec.get(c, "") for c in columns(export, "Order")])
    write(out / "orders.xlsx", "Order", columns(export, "Order"), rows)


if __name__ == "__main__":
    main()
