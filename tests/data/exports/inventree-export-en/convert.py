"""Build InvenTree's table exports (companies, contacts, addresses, sales and purchase orders).

InvenTree (inventree/InvenTree, MIT; SOURCE.md) is an open-source inventory and parts
management system that also keeps the companies it buys from and sells to (customers,
suppliers, manufacturers), their contacts and addresses, and its sales and purchase orders.
Each table of its web interface has a download button: the API list view is asked with
``export=true`` and the generic exporter (``data_exporter/mixins.py``,
``plugin/base/integration/DataExport.py``, the ``inventree-exporter`` plugin) writes the
view's serializer through tablib:

- the columns are the serializer's fields in its ``Meta.fields`` order, less write-only
  fields, the ``export_exclude_fields`` (a company's ``primary_address``; an order's
  ``notes`` and ``duplicate``), the ``notes`` a list view drops (``NotesFieldMixin``),
  tag fields and nested serializers (the ``*_detail`` fields and an order's ``created_by``:
  none is listed in ``export_child_fields``);
- each is headed by the field's ``label``: the label the serializer declares, else the
  model field's ``verbose_name`` (gettext, capitalised first: DRF's ``capfirst``), else
  DRF's default, the field name capitalised (``status_text`` -> "Status text": never
  translated), all in the user's language (the ``django.po`` of
  ``src/backend/InvenTree/locale/<lang>``);
- the values are the serializer's representation: a related record as its primary key, a
  flag ``True``/``False``, a date ``YYYY-MM-DD``, a money amount as a float (``150.0``),
  ``None`` as an empty cell; tablib's CSV (``csv.writer``, excel dialect, CRLF, no BOM);
- the rows in the list view's default order (companies and contacts by name, addresses by
  title, orders by reference descending); the file named
  ``InvenTree_<Model>_<date>.csv`` (``generate_filename``).

The records are InvenTree's demo dataset (inventree/demo-dataset, MIT, the fixed data its
demo server loads: ``inventree_data.json``, a Django ``dumpdata`` fixture) at 6200e342
(2024-03-19), read as the program at 770f7a29 (2025-11-16) serializes them: fields the 2024
data does not hold take the model's default (a company's ``active`` True, ``tax_id``
empty; an order's ``start_date``, a sales order's ``issue_date``, a purchase order's
``destination`` empty); the counts (parts supplied and manufactured, addresses, line
items, completed lines, shipments) and ``overdue`` are computed from the dataset as the
serializers' annotations compute them, "today" being 2025-11-16, the export's date.

Usage: python convert.py --lang en|de|fr|es|it DATA_JSON SRC OUT
(DATA_JSON: the demo dataset's inventree_data.json; SRC: the InvenTree files of SOURCE.md
under their repository paths; only the django.po of the language is read)
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import json
import re
from pathlib import Path

PO = {"de": "de", "fr": "fr", "es": "es", "it": "it"}
TODAY = dt.date(2025, 11, 16)   # the program commit's date: the export's date and "today"
MEDIA_URL = "/media/"           # InvenTree/settings.py

# A label is ("T", msgid) when gettext translates it (a verbose_name or a declared
# label=_(...)), ("", text) when DRF builds it from the field name or Django's default
# verbose_name (never translated).
ADDRESS_STR = ("Return the string representation for the primary address. "
               "This property exists for backwards compatibility.")
COMPANY = [  # company/serializers.py CompanySerializer
    ("pk", ("", "ID")),
    ("name", ("T", "Company name")),
    ("description", ("T", "Company description")),
    ("website", ("T", "Website")),
    ("phone", ("T", "Phone number")),
    ("address", ("T", ADDRESS_STR)),             # SerializerMethodField(label=_(...))
    ("email", ("", "Email")),                    # EmailField declared without a label
    ("currency", ("T", "Currency")),             # InvenTreeCurrencySerializer's label
    ("contact", ("T", "Contact")),
    ("link", ("T", "Link")),
    ("image", ("", "Image")),                    # InvenTreeImageSerializerField, no label
    ("active", ("T", "Active")),
    ("is_customer", ("T", "Is customer")),
    ("is_manufacturer", ("T", "Is manufacturer")),
    ("is_supplier", ("T", "Is supplier")),
    ("parts_supplied", ("", "Parts supplied")),
    ("parts_manufactured", ("", "Parts manufactured")),
    ("address_count", ("", "Address count")),
    ("tax_id", ("T", "Tax ID")),
]
CONTACT = [  # ContactSerializer; Contact's fields have no verbose_name
    ("pk", ("", "ID")),
    ("company", ("", "Company")),
    ("company_name", ("T", "Company Name")),
    ("name", ("", "Name")),
    ("phone", ("", "Phone")),
    ("email", ("", "Email")),
    ("role", ("", "Role")),
]
ADDRESS = [  # AddressSerializer
    ("pk", ("", "ID")),
    ("company", ("T", "Company")),
    ("title", ("T", "Address title")),
    ("primary", ("T", "Primary address")),
    ("line1", ("T", "Line 1")),
    ("line2", ("T", "Line 2")),
    ("postal_code", ("T", "Postal code")),
    ("postal_city", ("T", "City/Region")),
    ("province", ("T", "State/Province")),
    ("country", ("T", "Country")),
    ("shipping_notes", ("T", "Courier shipping notes")),
    ("internal_shipping_notes", ("T", "Internal shipping notes")),
    ("link", ("T", "Link")),
]
ORDER = [  # order/serializers.py AbstractOrderSerializer.order_fields, exported ones
    ("pk", ("", "ID")),
    ("creation_date", ("T", "Creation Date")),
    ("issue_date", ("T", "Issue Date")),
    ("start_date", ("T", "Start date")),
    ("target_date", ("T", "Target Date")),
    ("description", ("T", "Description")),
    ("line_items", ("T", "Line Items")),
    ("completed_lines", ("T", "Completed Lines")),
    ("link", ("T", "Link")),
    ("project_code", ("T", "Project Code")),
    ("reference", ("", "Reference")),            # CharField(required=True), no label
    ("responsible", ("T", "Responsible")),
    ("contact", ("T", "Contact")),
    ("address", ("T", "Address")),
    ("status", ("T", "Order Status")),
    ("status_text", ("", "Status text")),
    ("status_custom_key", ("T", "Custom status key")),
    ("barcode_hash", ("", "Barcode hash")),
    ("overdue", ("", "Overdue")),
    ("project_code_label", ("", "Project Code Label")),   # label='Project Code Label'
]
SALES_ORDER = ORDER + [  # SalesOrderSerializer's extra fields
    ("customer", ("T", "Customer")),
    ("customer_reference", ("T", "Customer Reference ")),
    ("shipment_date", ("T", "Shipment Date")),
    ("total_price", ("", "Total price")),        # TotalPriceMixin: MoneyField, no label
    ("order_currency", ("T", "Order Currency")),
    ("shipments_count", ("T", "Shipments")),
    ("completed_shipments_count", ("T", "Completed Shipments")),
]
PURCHASE_ORDER = ORDER + [  # PurchaseOrderSerializer's extra fields
    ("complete_date", ("T", "Completion Date")),
    ("supplier", ("T", "Supplier")),
    ("supplier_reference", ("T", "Supplier Reference")),
    ("supplier_name", ("T", "Supplier Name")),
    ("total_price", ("", "Total price")),
    ("order_currency", ("T", "Order Currency")),
    ("destination", ("T", "Destination")),
]
# order/status_codes.py
SO_STATUS = {10: "Pending", 15: "In Progress", 20: "Shipped", 25: "On Hold", 30: "Complete",
             40: "Cancelled", 50: "Lost", 60: "Returned"}
SO_OPEN = {10, 25, 15}
PO_STATUS = {10: "Pending", 20: "Placed", 25: "On Hold", 30: "Complete", 40: "Cancelled",
             50: "Lost", 60: "Returned"}
PO_OPEN = {10, 25, 20}


def _po_string(raw: str) -> str:
    return ast.literal_eval('"' + raw + '"')


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (no msgctxt), fuzzy and untranslated left out."""
    out: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            continue
        parts: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?)\s+"(.*)"$', line)
            if m:
                key = m.group(1).replace("[0]", "")
                parts[key] = _po_string(m.group(2))
            elif key and (m := re.match(r'"(.*)"$', line)):
                parts[key] += _po_string(m.group(1))
        if parts.get("msgid") and parts.get("msgstr") and "msgctxt" not in parts:
            out[parts["msgid"]] = parts["msgstr"]
    return out


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def cell(value) -> str:
    if value is None:
        return ""
    return str(value)   # csv.writer: True -> "True", 150.0 -> "150.0"


def money(value):
    return None if value in (None, "") else float(value)


def overdue(order: dict, open_codes: set[int]) -> bool:
    target = order.get("target_date")
    return (order["status"] in open_codes and target is not None
            and dt.date.fromisoformat(target) < TODAY)


def records(data: list[dict], tr) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = {}
    for obj in data:
        by.setdefault(obj["model"], []).append({"pk": obj["pk"], **obj["fields"]})
    companies = {c["pk"]: c for c in by["company.company"]}
    addresses = by.get("company.address", [])
    codes = {p["pk"]: p["code"] for p in by.get("common.projectcode", [])}

    def count(model: str, field: str, pk: int, cond=lambda r: True) -> int:
        return sum(1 for r in by.get(model, []) if r[field] == pk and cond(r))

    def address_str(a: dict) -> str:   # company/models.py Address.__str__
        lines = [a["line1"], a["line2"], a["postal_code"], a["postal_city"], a["province"],
                 a["country"]]
        return ", ".join(x for x in lines if len(x) > 0)

    out: dict[str, list[dict]] = {"Company": [], "Contact": [], "Address": [],
                                  "SalesOrder": [], "PurchaseOrder": []}
    for c in sorted(companies.values(), key=lambda c: (c["name"], c["pk"])):
        primary = [a for a in addresses if a["company"] == c["pk"] and a["primary"]]
        out["Company"].append({
            **c,
            "address": address_str(primary[0]) if primary else None,
            "email": c.get("email"),
            "image": MEDIA_URL + c["image"] if c.get("image") else None,
            "active": c.get("active", True),
            "parts_supplied": count("company.supplierpart", "supplier", c["pk"]),
            "parts_manufactured": count("company.manufacturerpart", "manufacturer", c["pk"]),
            "address_count": count("company.address", "company", c["pk"]),
            "tax_id": c.get("tax_id", ""),
        })
    for p in sorted(by.get("company.contact", []), key=lambda p: (p["name"], p["pk"])):
        out["Contact"].append({**p, "company_name": companies[p["company"]]["name"]})
    for a in sorted(addresses, key=lambda a: (a["title"], a["pk"])):
        out["Address"].append(a)

    def order_row(o: dict, status: dict[int, str], open_codes: set[int], line_model: str,
                  done_field: str) -> dict:
        return {
            **o,
            "issue_date": o.get("issue_date"), "start_date": o.get("start_date"),
            "line_items": count(line_model, "order", o["pk"]),
            "completed_lines": count(line_model, "order", o["pk"],
                                     lambda r: float(r["quantity"]) <= float(r[done_field])),
            "status_text": tr(status[o["status"]]),
            "status_custom_key": o.get("status_custom_key") or o["status"],
            "overdue": overdue(o, open_codes),
            "project_code_label": codes.get(o.get("project_code")),
            "total_price": money(o.get("total_price")),
            "order_currency": o.get("order_currency") or None,
        }

    def newest_first(orders: list[dict]) -> list[dict]:
        return sorted(orders, key=lambda o: (o["reference_int"], o["reference"]), reverse=True)

    for o in newest_first(by.get("order.salesorder", [])):
        row = order_row(o, SO_STATUS, SO_OPEN, "order.salesorderlineitem", "shipped")
        row["shipments_count"] = count("order.salesordershipment", "order", o["pk"])
        row["completed_shipments_count"] = count(
            "order.salesordershipment", "order", o["pk"], lambda s: s["shipment_date"] is not None)
        out["SalesOrder"].append(row)
    for o in newest_first(by.get("order.purchaseorder", [])):
        row = order_row(o, PO_STATUS, PO_OPEN, "order.purchaseorderlineitem", "received")
        row["supplier_name"] = companies[o["supplier"]]["name"]
        row["destination"] = o.get("destination")
        out["PurchaseOrder"].append(row)
    return out


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows([[cell(v) for v in row] for row in rows])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", *PO])
    ap.add_argument("data", type=Path)
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    po = ({} if args.lang == "en" else read_po(
        args.src / f"src/backend/InvenTree/locale/{PO[args.lang]}/LC_MESSAGES/django.po"))

    def tr(msgid: str) -> str:
        return po.get(msgid) or msgid   # gettext: the msgid where no translation

    def label(spec: tuple[str, str]) -> str:
        how, text = spec
        return capfirst(tr(text)) if how == "T" else text

    data = records(json.loads(args.data.read_text(encoding="utf-8")), tr)
    args.out.mkdir(parents=True, exist_ok=True)
    for model, columns in (("Company", COMPANY), ("Contact", CONTACT), ("Address", ADDRESS),
                           ("SalesOrder", SALES_ORDER), ("PurchaseOrder", PURCHASE_ORDER)):
        write(args.out / f"InvenTree_{model}_{TODAY.isoformat()}.csv",
              [label(spec) for _, spec in columns],
              [[r.get(f) for f, _ in columns] for r in data[model]])


if __name__ == "__main__":
    main()
