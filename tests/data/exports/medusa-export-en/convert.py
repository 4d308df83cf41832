"""Medusa 1.x's batch-job CSV exports of orders (and products), headed in its admin's labels.

Built for round V (session 48, keys333). Usage:

    python convert.py --lang en|de|fr|es MEDUSA OUT

MEDUSA: files of GitHub medusajs/medusa at 46ded00c081db6708b924e6baac2c3847b3af626 under
their own paths (SOURCE.md lists them).

Rules (nothing here is invented data):
- Rows: the output of Medusa's own export strategies as its unit tests pin it (Jest
  snapshots): packages/medusa/src/strategies/__tests__/batch-jobs/order/__snapshots__/
  order-export.ts.snap (first snapshot: orders order_1 and order_2) and .../product/
  __snapshots__/export.ts.snap (first snapshot: three product-variant lines). Each snapshot
  string is one line the strategy writes (';'-joined, CRLF between lines); it is taken as it
  is (jest's \\" escape undone).
- en: the files exactly as the export writes them (its titles are fixed English strings in
  packages/medusa/src/strategies/batch-jobs/order/index.ts and product/types/
  columns-definition.ts; the export has no translation).
- de, fr, es: orders.csv only, each column headed by the label Medusa's admin
  (packages/admin-ui/ui/public/locales/<lang>/translation.json) gives that field (ORDER_LABELS:
  export title -> translation key); a title no admin label names keeps the export's English
  title. Cells stay the raw values the export writes (status codes, dates as
  Date.toUTCString(), ISO country and currency codes). The product export has no admin
  labels for most of its 47 columns, so it is not rebuilt in the other languages.
"""
import argparse
import json
import os

ORDER_SNAP = ("packages/medusa/src/strategies/__tests__/batch-jobs/order/__snapshots__/"
              "order-export.ts.snap")
PRODUCT_SNAP = ("packages/medusa/src/strategies/__tests__/batch-jobs/product/__snapshots__/"
                "export.ts.snap")
LOCALES = "packages/admin-ui/ui/public/locales/{}/translation.json"

# export title (order/index.ts) -> admin-ui translation key labelling that field
ORDER_LABELS = {
    "Order_ID": "reservations-table-order-id",  # "Order ID"
    "Display_ID": "order-table-order",  # the order list's "Order" column shows #display_id
    "Order status": "order-filter-dropdown-status",  # "Status" (order filter)
    "Date": "order-table-date-added",  # "Date added" (order list)
    "Customer First name": "details-first-name",  # customer details "First Name"
    "Customer Last name": "details-last-name",
    "Customer Email": "details-email",
    "Customer ID": None,
    "Shipping Address 1": "templates-address-1",  # order detail's shipping address
    "Shipping Address 2": "templates-address-2",
    "Shipping Country Code": "templates-country",
    "Shipping City": "templates-city",
    "Shipping Postal Code": "templates-postal-code",
    "Shipping Region ID": "details-region",  # "Region"
    "Fulfillment Status": "order-filter-dropdown-fulfillment-status",
    "Payment Status": "order-filter-dropdown-payment-status",
    "Subtotal": "detail-cards-subtotal",  # order summary card
    "Shipping Total": "detail-cards-shipping",
    "Discount Total": "components-discount",
    "Gift Card Total": None,
    "Refunded Total": "details-refunded",
    "Tax Total": "detail-cards-tax",
    "Total": "detail-cards-total",
    "Currency Code": "region-form-currency",
}


def snapshot_lines(path):
    """The strings of the first `exports[...] = Array [...]` of a Jest snapshot."""
    text = open(path, encoding="utf-8").read()
    body = text.split("Array [\n", 1)[1].split("\n]\n`;", 1)[0]
    lines, i = [], 0
    while True:
        start = body.find('  "', i)
        if start < 0:
            break
        end = body.find('\n",', start)
        lines.append(body[start + 3:end].replace('\\\\"', '"'))
        i = end + 3
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=["en", "de", "fr", "es"])
    ap.add_argument("medusa")
    ap.add_argument("out")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    orders = snapshot_lines(os.path.join(a.medusa, ORDER_SNAP))
    if a.lang == "en":
        files = {"orders.csv": orders,
                 "products.csv": snapshot_lines(os.path.join(a.medusa, PRODUCT_SNAP))}
    else:
        with open(os.path.join(a.medusa, LOCALES.format(a.lang)), encoding="utf-8") as fh:
            tr = json.load(fh)
        titles = orders[0].split(";")
        head = [tr[ORDER_LABELS[t]] if ORDER_LABELS[t] else t for t in titles]
        files = {"orders.csv": [";".join(head)] + orders[1:]}
    for name, lines in files.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as fh:
            fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
