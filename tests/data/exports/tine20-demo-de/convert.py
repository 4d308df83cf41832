"""Lay out the Tine 2.0 demo-data export (see SOURCE.md): ours, not Tine's code.

``python convert.py TINE20_DIR OUT_DIR [LANG]`` copies, byte for byte, the CSV files Tine's
demo data imports (``<App>/Setup/DemoData/import/<Model>/<file>.csv`` under TINE20_DIR, the
repository's ``tine20`` folder) into OUT_DIR as ``<Model>.csv``, the model each file fills.
Without LANG (or with ``de``) nothing in a file is changed: header, values, separators and
line ends are Tine's (tine20-demo-de).

With LANG (``fr``, ``es``, ``it``: tine20-demo-<lang>, keys110; ``nl_NL``, ``pl``, ``pt_BR``:
tine20-demo-nl, -pl, -pt-br, keys116; ``cs``, ``hu``, ``ru``, ``sv_SE``, ``ca``: tine20-demo-cs,
-hu, -ru, -sv, -ca, keys145; ``vi``, ``th``, ``sq``: tine20-demo-vi, -th, -sq, keys155;
``zh_CN``, ``bg``: tine20-demo-zh-cn, -bg, keys166; ``nb``: tine20-demo-nb, keys193;
``fi``, ``ja``, ``ro_RO``, ``hr_HR``: tine20-demo-fi, -ja, -ro, -hr, keys258) only the header
line changes:
each field name becomes the label Tine's interface shows for it in that language -- the
field's English label (``LABELS``: the model's own ``LABEL``/``'label'`` where its PHP model
has one, else the English msgid Tine's grids and edit dialogs use for it) passed through the
app's ``<App>/translations/<LANG>.po``, then Tinebase's. A label with no translation in
either stays as Tine leaves it: in English. Values, quoting of the data rows and line ends
stay byte for byte.
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from po_files import read_po  # noqa: E402  (one .po reader for the converters)

FILES = {
    "Contact.csv": "Addressbook/Setup/DemoData/import/Contact/Contact.csv",
    "Lead.csv": "Crm/Setup/DemoData/import/Lead/lead.csv",
    "Customer.csv": "Sales/Setup/DemoData/import/Customer/customers.csv",
    "Supplier.csv": "Sales/Setup/DemoData/import/Supplier/supplier.csv",
    "Product.csv": "Sales/Setup/DemoData/import/Product/product.csv",
    "Contract.csv": "Sales/Setup/DemoData/import/Contract/contract.csv",
    "Offer.csv": "Sales/Setup/DemoData/import/Offer/offer.csv",
    "OrderConfirmation.csv": "Sales/Setup/DemoData/import/OrderConfirmation/orderConfirmation.csv",
    "Invoice.csv": "Sales/Setup/DemoData/import/Invoice/invoice.csv",
    "PurchaseInvoice.csv": "Sales/Setup/DemoData/import/PurchaseInvoice/purchaseinvoice.csv",
    "Task.csv": "Tasks/Setup/DemoData/import/Task/task.csv",
    "Event.csv": "Calendar/Setup/DemoData/import/Event/event.csv",
    "User.csv": "Admin/Setup/DemoData/import/User/user.csv",
    "Role.csv": "Admin/Setup/DemoData/import/Role/role.csv",
    "CostCenter.csv": "Tinebase/Setup/DemoData/import/CostCenter/costcenter.csv",
    "Timeaccount.csv": "Timetracker/Setup/DemoData/import/Timeaccount/timeaccount.csv",
}

_ADDRESS = {  # Addressbook_Model_Contact's labels (LABEL => '...')
    "adr_one_countryname": "Country", "adr_one_locality": "City",
    "adr_one_postalcode": "Postalcode", "adr_one_region": "Region",
    "adr_one_street": "Street", "adr_one_street2": "Street 2",
    "adr_two_countryname": "Country (private)", "adr_two_locality": "City (private)",
    "adr_two_postalcode": "Postalcode (private)", "adr_two_region": "Region (private)",
    "adr_two_street": "Street (private)", "adr_two_street2": "Street 2 (private)",
    "bday": "Birthday", "email": "Email", "email_home": "Email (private)",
    "salutation": "Salutation", "title": "Job Title", "url": "Web", "n_given": "First Name",
    "n_family": "Last Name", "n_middle": "Middle Name", "n_prefix": "Title",
    "org_name": "Company / Organisation", "org_unit": "Unit", "tel_cell": "Mobile",
    "tel_cell_private": "Mobile (private)", "tel_fax": "Fax", "tel_fax_home": "Fax (private)",
    "tel_home": "Phone (private)", "tel_work": "Phone", "notes": "Note", "tags": "Tags",
    "domain": "Domain", "gender": "Gender",
}
_CONTACTS = {"contract_ex": "Contact Person (external)", "contract_in": "Contact Person (internal)"}
_BANK = {"url": "Web", "description": "Description", "vatid": "VAT ID", "iban": "IBAN",
         "bic": "BIC", "currency": "Currency",
         "currency_trans_rate": "Currency Translation Rate", "name": "Name"}

#: The header Tine writes for a user's password column (its msgid, a label: no secret; the
#: export holds no password values).
PASSWORD_LABEL = "Password"

# file -> (app whose translations it reads, field -> English label)
LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "Contact.csv": ("Addressbook", _ADDRESS),
    "Lead.csv": ("Crm", {
        "lead_name": "Lead name", "leadstate_id": "Leadstate", "leadtype_id": "Leadtype",
        "leadsource_id": "Leadsource", "start": "Start", "description": "Description",
        "end": "End", "turnover": "Turnover", "probability": "Probability",
        "end_scheduled": "Estimated end", "resubmission_date": "Resubmission Date",
        "tags": "Tags", "CUSTOMER": "Customer", "PARTNER": "Partner",
        "RESPONSIBLE": "Responsible", "TASK": "Task", "PRODUCT": "Product"}),
    "Customer.csv": ("Sales", {
        **_BANK, **_CONTACTS, "name_shorthand": "Name shorthand",
        "credit_term": "Credit Term (days)", "discount": "Discount (%)", "street": "Street",
        "postfach": "Postbox", "postnumber": "Postalcode", "ort": "Locality"}),
    "Supplier.csv": ("Sales", {**_BANK, **_CONTACTS}),
    "Product.csv": ("Sales", {
        "gtin": "GTIN", "name": "Name", "description": "Description",
        "manufacturer": "Manufacturer", "category": "Category",
        "purchaseprice": "Purchaseprice", "salesprice": "Salesprice",
        "accountable": "Accountable", "lifespan_start": "Lifespan start",
        "lifespan_end": "Lifespan end"}),
    "Contract.csv": ("Sales", {
        **_CONTACTS, "title": "Title", "customers": "Customer", "costcenter": "Cost Center",
        "product": "Products", "description": "Description", "start_date": "Start Date",
        "end_date": "End Date"}),
    "Offer.csv": ("Sales", {"title": "Title", "description": "Description",
                            "customer": "Customer"}),
    "OrderConfirmation.csv": ("Sales", {"title": "Title", "description": "Description",
                                        "offer": "Offer", "contract": "Contract"}),
    "Invoice.csv": ("Sales", {
        "description": "Description", "is_auto": "Is auto", "date": "Date",
        "credit_term": "Credit Term (days)", "price_net": "Price Net",
        "sales_tax": "Sales Tax", "inventory_change": "Inventory Change",
        "cleared": "Cleared", "type": "Type", "start_date": "Interval Begins",
        "end_date": "Interval Ends", "costcenter": "Cost Center", "contract": "Contract",
        "customer": "Customer"}),
    "PurchaseInvoice.csv": ("Sales", {
        "number": "Invoice Number", "description": "Description", "date": "Date of invoice",
        "due_in": "Due in", "due_at": "Due at", "payed_at": "Payed at",
        "payment_method": "Payment Method", "discount": "Discount (%)",
        "discount_until": "Discount until", "price_net": "Price Net",
        "price_gross2": "Additional Price Gross", "sales_tax": "Sales Tax",
        "price_gross": "Price Gross", "price_tax": "Taxes (VAT)", "price_total": "Total Price",
        "supplier": "Supplier", "costcenter": "Cost Center", "contact": "Approver"}),
    "Task.csv": ("Tasks", {
        "summary": "Summary", "due": "Due", "priority": "Priority",
        "description": "Description", "percent": "Percent", "status": "Status",
        "completed": "Completed"}),
    "Event.csv": ("Calendar", {
        "summary": "Summary", "description": "Description", "date": "Date", "time": "Time",
        "duration": "Duration", "rrule": "Recurrence", "members": "Attendee",
        "resources": "Resources", "groups": "Groups", "is_all_day_event": "All Day Event",
        "status": "Status"}),
    "User.csv": ("Admin", {
        "firstname": "First Name", "lastname": "Last Name", "loginname": "Login Name",
        "password": PASSWORD_LABEL, "email": "Email"}),
    "Role.csv": ("Admin", {"name": "Name", "description": "Description",
                           "members": "Members", "groups": "Groups", "rights": "Rights"}),
    "CostCenter.csv": ("Tinebase", {"name": "Name", "number": "Number"}),
    "Timeaccount.csv": ("Timetracker", {
        "title": "Title", "number": "Number", "description": "Description",
        "budget": "Budget", "price": "Price", "is_open": "Status",
        "is_billable": "Project time billable", "billed_in": "Cleared in",
        "status": "Billed", "cleared_at": "Cleared at"}),
}


def translator(tine: Path, app: str, lang: str):
    """The label -> label function of APP in LANG (then Tinebase's; else English)."""
    tables = [read_po((tine / a / "translations" / f"{lang}.po").read_text(encoding="utf-8"))
              for a in dict.fromkeys([app, "Tinebase"])]

    def tr(label: str) -> str:
        return next((t[label] for t in tables if label in t), label)
    return tr


def relabel(data: bytes, labels: dict[str, str], tr) -> bytes:
    """DATA with its header line's field names replaced by their translated labels."""
    head, nl, rest = data.partition(b"\n")
    end = b"\r\n" if head.endswith(b"\r") else b"\n"
    fields = next(csv.reader([head.rstrip(b"\r").decode("utf-8")]))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow([tr(labels.get(f, f)) for f in fields])
    return buf.getvalue().encode("utf-8") + (end if nl else b"") + rest


def convert(tine: Path, out: Path, lang: str = "de") -> list[str]:
    """Copy the files (headers relabelled in LANG unless German); return the names."""
    out.mkdir(parents=True, exist_ok=True)
    for name, source in FILES.items():
        if lang == "de":
            shutil.copyfile(tine / source, out / name)
            continue
        app, labels = LABELS[name]
        data = relabel((tine / source).read_bytes(), labels, translator(tine, app, lang))
        (out / name).write_bytes(data)
    return list(FILES)


if __name__ == "__main__":
    lang = sys.argv[3] if len(sys.argv) > 3 else "de"
    print("\n".join(convert(Path(sys.argv[1]), Path(sys.argv[2]), lang)))
