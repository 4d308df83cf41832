"""Wix's own example records -> CSV files headed by the Wix REST API's field names (English).

Usage: python convert.py DOCSGIT OUT

DOCSGIT is a git directory holding wix-incubator/wix-rest-docs at COMMIT (e.g. the `fetch`
tool's mirror of github:wix-incubator/wix-rest-docs). The script reads, with `git show`, the
service descriptions Wix publishes with its REST reference (all/all-apis/*.service.json) and
takes the example responses of their operations (operations[].docs.examples[].response):
every contact (Contacts v4), product (Stores Catalog v1), order and its line items (Stores
Orders v2), coupon (Coupons v2) and label (Contacts Labels v4). A record met in several
examples is written once: its fullest body (the longest JSON), first met on a tie (a label:
as first met, the English list before its translated one). Records
are written in the order first met. Columns are the API's field names, nested objects joined
by '.'; a path through a list of objects writes the list's values joined by ';' (a contact's
e-mails and phones) or, for a contact's addresses, the item's index as a step
('info.addresses.items.0.address.city'); lists of plain values are joined by ';'. Values as
the API gives them (ISO 8601 timestamps, true/false, numbers as written). Output:
contacts.csv, products.csv, orders.csv, order_line_items.csv, coupons.csv, labels.csv
(UTF-8, comma-separated, LF, quoted where needed). Standard library only; a rerun gives the
same bytes.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "c0e4ada8e781b9a2f6db53dbe039c1bc0b603b92"

CONTACT = ["id", "revision", "source.sourceType", "createdDate", "updatedDate",
           "lastActivity.activityDate", "lastActivity.activityType", "primaryInfo.email",
           "primaryInfo.phone", "info.name.first", "info.name.last", "info.emails.items.email",
           "info.phones.items.phone", "info.company", "info.jobTitle", "info.birthdate",
           "info.locale", "info.labelKeys.items"]
ADDRESS = ["tag", "address.addressLine", "address.streetAddress.number",
           "address.streetAddress.name", "address.addressLine2", "address.city",
           "address.subdivision", "address.postalCode", "address.country"]
EXTENDED = ["custom.color", "custom.number", "custom.date", "custom.url",
            "members.membershipStatus", "emailSubscriptions.subscriptionStatus",
            "emailSubscriptions.deliverabilityStatus", "ecom.numOfPurchases",
            "ecom.totalSpentAmount", "ecom.totalSpentCurrency", "ecom.lastPurchaseDate"]
PRODUCT = ["id", "numericId", "name", "slug", "productType", "description", "brand", "ribbon",
           "visible", "manageVariants", "sku", "weight", "price.currency", "price.price",
           "price.discountedPrice", "price.pricePerUnit", "pricePerUnitData.totalQuantity",
           "pricePerUnitData.totalMeasurementUnit", "discount.type", "discount.value",
           "costRange.minValue", "costRange.maxValue", "stock.trackInventory",
           "stock.inStock", "stock.inventoryStatus", "stock.quantity", "collectionIds",
           "createdDate", "lastUpdated"]
ORDER = ["id", "number", "dateCreated", "lastUpdated", "buyerInfo.contactId",
         "buyerInfo.firstName", "buyerInfo.lastName", "buyerInfo.email", "buyerInfo.phone",
         "buyerLanguage", "buyerNote", "currency", "weightUnit", "totals.subtotal",
         "totals.shipping", "totals.tax", "totals.discount", "totals.total", "totals.weight",
         "totals.quantity", "paymentStatus", "fulfillmentStatus", "read", "archived",
         "billingInfo.paymentMethod", "billingInfo.paidDate",
         "billingInfo.address.fullName.firstName", "billingInfo.address.fullName.lastName",
         "billingInfo.address.addressLine1", "billingInfo.address.addressLine2",
         "billingInfo.address.city", "billingInfo.address.subdivision",
         "billingInfo.address.zipCode", "billingInfo.address.country",
         "billingInfo.address.email", "billingInfo.address.phone",
         "shippingInfo.deliveryOption", "shippingInfo.estimatedDeliveryTime",
         "shippingInfo.shippingRegion",
         "shippingInfo.shipmentDetails.address.fullName.firstName",
         "shippingInfo.shipmentDetails.address.fullName.lastName",
         "shippingInfo.shipmentDetails.address.addressLine1",
         "shippingInfo.shipmentDetails.address.addressLine2",
         "shippingInfo.shipmentDetails.address.city",
         "shippingInfo.shipmentDetails.address.subdivision",
         "shippingInfo.shipmentDetails.address.zipCode",
         "shippingInfo.shipmentDetails.address.country",
         "shippingInfo.shipmentDetails.trackingInfo.trackingNumber",
         "shippingInfo.shipmentDetails.trackingInfo.shippingProvider",
         "shippingInfo.shipmentDetails.priceData.price", "discount.value",
         "discount.appliedCoupon.code", "channelInfo.type", "enteredBy.identityType"]
LINE = ["index", "name", "productId", "variantId", "sku", "lineItemType", "quantity",
        "price", "discount", "tax", "totalPrice", "weight"]
COUPON = ["id", "specification.name", "specification.code", "specification.type",
          "specification.moneyOffAmount", "specification.freeShipping",
          "specification.buyXGetY.x", "specification.buyXGetY.y",
          "specification.limitedToOneItem", "specification.usageLimit",
          "specification.scope.namespace", "specification.scope.group.name",
          "specification.startTime", "specification.expirationTime",
          "specification.active", "expired", "dateCreated"]
LABEL = ["key", "displayName", "namespace", "labelType", "createdDate", "updatedDate"]


def show(gitdir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def records(gitdir: str, service: str, field: str, key: str = "id",
            fullest: bool = True) -> list[dict]:
    """Every record under `field` (a list or one object) in the service's example responses."""
    spec = json.loads(show(gitdir, f"all/all-apis/{service}.service.json"))
    found: dict[str, dict] = {}
    for op in spec["operations"]:
        for ex in (op.get("docs") or {}).get("examples") or []:
            for body in ex.get("response") or []:
                try:
                    j = json.loads(body)
                except ValueError:
                    continue
                if not isinstance(j, dict):
                    continue
                v = j.get(field + "s", j.get(field))
                for rec in v if isinstance(v, list) else [v]:
                    if isinstance(rec, dict) and isinstance(rec.get(key), str):
                        old = found.get(rec[key])
                        if old is None or (fullest and len(json.dumps(rec)) > len(json.dumps(old))):
                            found[rec[key]] = rec
    return list(found.values())


def text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ";".join(text(x) for x in v if x is not None and x != "")
    return str(v).strip()


def get(rec: object, path: list[str]) -> object:
    """Follow a dotted path; a list of objects met on the way gives the list of its values."""
    for i, step in enumerate(path):
        if isinstance(rec, list):
            if step.isdigit():
                rec = rec[int(step)] if int(step) < len(rec) else None
                continue
            return [get(x, path[i:]) for x in rec]
        if not isinstance(rec, dict):
            return None
        rec = rec.get(step)
    return rec


def row(rec: dict, cols: list[str]) -> list[str]:
    return [text(get(rec, c.split("."))) for c in cols]


def write(out: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(out / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(gitdir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    contacts = records(gitdir, "contacts", "contact")
    addr = [f"info.addresses.items.{n}.{c}" for n in (0, 1) for c in ADDRESS]
    ext = [f"info.extendedFields.items.{e}" for e in EXTENDED]
    rows = []
    for c in contacts:
        items = ((c.get("info") or {}).get("extendedFields") or {}).get("items") or {}
        rows.append(row(c, CONTACT + addr) + [text(items.get(e)) for e in EXTENDED])
    write(out, "contacts.csv", CONTACT + addr + ext, rows)

    write(out, "products.csv", PRODUCT,
          [row(p, PRODUCT) for p in records(gitdir, "stores-catalog", "product")])

    orders = records(gitdir, "stores-orders", "order")
    write(out, "orders.csv", ORDER, [row(o, ORDER) for o in orders])
    rows = []
    for o in orders:
        for li in o.get("lineItems") or []:
            rows.append([text(o["id"]), text(o.get("number"))] + row(li, LINE))
    write(out, "order_line_items.csv", ["orderId", "orderNumber"] + LINE, rows)

    write(out, "coupons.csv", COUPON,
          [row(c, COUPON) for c in records(gitdir, "coupons", "coupon")])
    write(out, "labels.csv", LABEL,
          [row(lb, LABEL) for lb in records(gitdir, "labels", "label", key="key",
                                               fullest=False)])
    (out / "LICENSE").write_bytes(show(gitdir, "LICENSE"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
