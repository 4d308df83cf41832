"""Lay out the Tine 2.0 demo-data export (see SOURCE.md): ours, not Tine's code.

``python convert.py TINE20_DIR OUT_DIR`` copies, byte for byte, the CSV files Tine's demo
data imports (``<App>/Setup/DemoData/import/<Model>/<file>.csv`` under TINE20_DIR, the
repository's ``tine20`` folder) into OUT_DIR as ``<Model>.csv``, the model each file fills.
Nothing in a file is changed: header, values, separators and line ends are Tine's.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

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


def convert(tine: Path, out: Path) -> list[str]:
    """Copy the files; return the names written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, source in FILES.items():
        shutil.copyfile(tine / source, out / name)
    return list(FILES)


if __name__ == "__main__":
    print("\n".join(convert(Path(sys.argv[1]), Path(sys.argv[2]))))
