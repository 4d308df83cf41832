"""ERPNext's demo data (erpnext/demo/data/*.json and the customer and supplier lists of
erpnext/demo/setup/setup_data.py) written as Frappe's Data Import "Export" writes a DocType's
records: one CSV per DocType, each column headed by the field's label, a child table's fields
as "<label> (<table label>)", the record's name as "ID".

    python convert.py SOURCE_DIR OUT_DIR

SOURCE_DIR holds lead.json, contact.json, address.json, user.json (as the repository has them)
and setup_data_lists.txt (the two list lines of setup_data.py, character for character).
Ours: see SOURCE.md. Only what the demo itself sets, or what Frappe derives from it
deterministically when the records are inserted (names, defaults), is written.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import sys
from pathlib import Path


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def _lists(text: str) -> dict[str, list[str]]:
    out = {}
    for name in ("customers", "suppliers"):
        m = re.search(name + r"\s*=\s*(\[.*?\])", text)
        assert m, name
        out[name] = [str(x) for x in ast.literal_eval(m.group(1))]
    return out


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lists = _lists((src / "setup_data_lists.txt").read_text(encoding="utf-8"))
    # Customer: named by its customer name (Selling Settings' default); customer_type is a
    # random.choice the demo draws unseeded, so it is left out
    _write(out / "Customer.csv", ["ID", "Customer Name", "Customer Group", "Territory"],
           [[c, c, "Commercial", "Rest Of The World"] for c in lists["customers"]])
    # Supplier: likewise; supplier_type is an unseeded random.choice, left out
    _write(out / "Supplier.csv", ["ID", "Supplier Name"],
           [[s, s] for s in lists["suppliers"]])
    # Lead: named from a naming series when inserted (left out: it depends on the day);
    # status takes the DocType's default, "Lead"
    leads = json.loads((src / "lead.json").read_text(encoding="utf-8"))
    _write(out / "Lead.csv", ["Person Name", "Organization Name", "Email Id", "Status"],
           [[d["lead_name"], d["company_name"], d["email_id"], "Lead"] for d in leads])
    # Contact: named "<first> <last>-<first link's name>" (Contact.autoname); status takes
    # the default "Passive"; the links child table as "<field> (Links)"
    rows = []
    for d in json.loads((src / "contact.json").read_text(encoding="utf-8")):
        link = d["links"][0]
        full = " ".join(x.strip() for x in (d.get("first_name"), d.get("last_name")) if x)
        rows.append([f"{full}-{link['link_name'].strip()}", d["first_name"], d["last_name"],
                     d["email_id"], "Passive", link["link_doctype"], link["link_name"]])
    _write(out / "Contact.csv", ["ID", "First Name", "Last Name", "Email Address", "Status",
                                 "Link DocType (Links)", "Link Name (Links)"], rows)
    # Address: its customer or supplier goes in the links table (Frappe moved the two link
    # fields there); the title is the linked record's name and the ID "<title>-<type>"
    # (Address.autoname)
    rows = []
    for d in json.loads((src / "address.json").read_text(encoding="utf-8")):
        doctype, name = ("Customer", d["customer"]) if d.get("customer") else (
            "Supplier", d["supplier"])
        rows.append([f"{name}-{d['address_type']}", name, d["address_type"],
                     d["address_line1"], d["city"], d["country"], d["phone"], doctype, name])
    _write(out / "Address.csv", ["ID", "Address Title", "Address Type", "Address Line 1",
                                 "City/Town", "Country", "Phone", "Link DocType (Links)",
                                 "Link Name (Links)"], rows)
    # User: named by its email
    users = json.loads((src / "user.json").read_text(encoding="utf-8"))
    _write(out / "User.csv", ["ID", "Email", "First Name", "Last Name"],
           [[u["email"], u["email"], u["first_name"], u["last_name"]] for u in users])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
