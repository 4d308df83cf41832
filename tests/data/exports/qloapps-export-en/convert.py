"""QloApps' install fixtures as its back office's list "Export" writes them (SOURCE.md).

    python convert.py GIT_DIR COMMIT OUT_DIR --lang en|fr|de|es

GIT_DIR is a bare clone of GitHub Qloapps/QloApps; every file is read at COMMIT with
`git show`. QloApps (a PrestaShop 1.6 fork) exports a list through
AdminController::processExport and admin/themes/default/template/layout-export.tpl: one
header per fields_list column, its title through the admin translation file
(translations/<lang>/admin.php: $_LANGADM[<controller> + md5(title)], else the generic
AdminController / Helper / AdminTab entries, else the English title, as
Translate::getAdminTranslation looks them up), every value as the list's SQL gives it
(a callback's text where it prints no HTML), each quoted with '"' and ended by ';'.
Written here: ';'-separated, every field quoted, '\n' line ends, UTF-8; the trailing ';'
PrestaShop's template puts after the last field of each line is dropped (it would add an
unnamed empty column), so are the template's blank lines.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

FIXTURES = "install/fixtures/fashion/data"


def show(git_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def langadm(text: str) -> dict[str, str]:
    """The $_LANGADM entries of a translations/<lang>/admin.php (single-quoted PHP strings)."""
    out = {}
    for key, value in re.findall(r"\$_LANGADM\['([^']+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", text):
        out[key] = re.sub(r"\\(['\\])", r"\1", value)
    return out


def label(table: dict[str, str], controller: str, title: str) -> str:
    key = hashlib.md5(title.encode("utf-8")).hexdigest()
    for prefix in (controller, "AdminController", "Helper", "AdminTab"):
        if prefix + key in table:
            return html.unescape(table[prefix + key])
    return title


def entities(xml: str, tag: str) -> list[ET.Element]:
    return ET.fromstring(xml.encode("utf-8")).find("entities").findall(tag)


def field(el: ET.Element, name: str) -> str:
    if name in el.attrib:
        return el.attrib[name]
    child = el.find(name)
    return (child.text or "") if child is not None else ""


def lang_names(xml: str, tag: str) -> dict[str, str]:
    root = ET.fromstring(xml.encode("utf-8"))
    out = {}
    for el in root.iter(tag):
        out[el.attrib["id"]] = el.attrib.get("name") or (el.findtext("name") or "")
    return out


def display_price(value: str) -> str:
    """Tools::displayPrice with the installed currency 1: the US localization pack's dollar
    (sign '$', format 1 'X0,000.00', blank 0, decimals); a NULL stays empty."""
    if value == "":
        return ""
    return "$" + f"{float(value):,.2f}"


def write(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir")
    ap.add_argument("commit")
    ap.add_argument("out_dir")
    ap.add_argument("--lang", required=True, choices=["en", "fr", "de", "es"])
    args = ap.parse_args()
    g, c, lang = args.git_dir, args.commit, args.lang
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)

    tr = langadm(show(g, c, f"translations/{lang}/admin.php"))
    genders = [e.attrib["id"]
               for e in entities(show(g, c, "install/data/xml/gender.xml"), "gender")]
    gender_name = lang_names(show(g, c, f"install/langs/{lang}/data/gender.xml"), "gender")
    states = [e.attrib["id"] for e in entities(show(g, c, "install/data/xml/order_state.xml"),
                                               "order_state")]
    state_name = lang_names(show(g, c, f"install/langs/{lang}/data/order_state.xml"), "order_state")
    country_name = lang_names(show(g, c, f"install/langs/{lang}/data/country.xml"), "country")

    customers = entities(show(g, c, f"{FIXTURES}/customer.xml"), "customer")
    addresses = entities(show(g, c, f"{FIXTURES}/address.xml"), "address")
    orders = entities(show(g, c, f"{FIXTURES}/orders.xml"), "orders")
    # the installer saves each entity in fixture order: the database numbers them 1, 2, ...
    customer_no = {e.attrib["id"]: i for i, e in enumerate(customers, 1)}
    customer_by_id = {e.attrib["id"]: e for e in customers}

    # AdminCustomersController: B2B off (the default), so no Company column
    cols = ["ID", "Social title", "First name", "Last name", "Email address", "Sales",
            "Enabled", "Newsletter", "Opt-in", "Registration", "Last visit"]
    rows = []
    for e in customers:
        gid = int(field(e, "id_gender") or 0)
        title = gender_name.get(genders[gid - 1], "") if gid else ""
        rows.append([str(customer_no[e.attrib["id"]]), title, field(e, "firstname"),
                     field(e, "lastname"), field(e, "email"),
                     "",   # total_spent: the sum of valid orders; none of the five is valid
                     field(e, "active"), field(e, "newsletter"), field(e, "optin"),
                     "",   # date_add: stamped at installation, not in the fixtures
                     ""])  # connect: the last connection's date_add, stamped at installation
    write(out / "customer.csv", [label(tr, "AdminCustomers", t) for t in cols], rows)

    # AdminAddressesController: the customers' addresses only (a.id_customer != 0), by id
    cols = ["ID", "First Name", "Last Name", "Address", "Zip/Postal Code", "City", "Country"]
    rows = []
    for i, e in enumerate(addresses, 1):
        if not field(e, "id_customer"):
            continue
        rows.append([str(i), field(e, "firstname"), field(e, "lastname"), field(e, "address1"),
                     field(e, "postcode"), field(e, "city"),
                     country_name.get(field(e, "id_country"), "")])
    write(out / "address.csv", [label(tr, "AdminAddresses", t) for t in cols], rows)

    # AdminOrdersController: Delivery (the delivery address's country) after the first
    # three columns, as Country::isCurrentlyUsed() adds it; B2B off; the PDF column is
    # dropped by processExport; newest first (id_order DESC)
    address_country = {}
    for e in addresses:
        address_country.setdefault(e.attrib["id"], field(e, "id_country"))
    cols = ["ID", "Reference", "New client", "Delivery", "Customer", "Order Source", "Total",
            "Due Amount", "Payment", "Status", "Date"]
    rows = []
    seen: set[str] = set()
    numbered = list(enumerate(orders, 1))
    new_flag = {}
    for i, e in numbered:
        cust = field(e, "id_customer")
        new_flag[i] = cust not in seen
        seen.add(cust)
    for i, e in reversed(numbered):
        cust = customer_by_id.get(field(e, "id_customer"))
        name = "" if cust is None else f"{field(cust, 'firstname')[:1]}. {field(cust, 'lastname')}"
        state = int(field(e, "current_state") or 0)
        rows.append([
            str(i), field(e, "reference"),
            label(tr, "AdminOrders", "Yes" if new_flag[i] else "No"),
            country_name.get(address_country.get(field(e, "id_address_delivery"), ""), ""),
            name,
            "",   # source: NULL, the fixtures set none
            display_price(field(e, "total_paid_tax_incl")),
            "",   # amount_due: no advance-payment row (htl_customer_adv_payment) for these
            field(e, "payment"),
            state_name.get(states[state - 1], "") if state else "",
            "",   # date_add: stamped at installation, not in the fixtures
        ])
    write(out / "orders.csv", [label(tr, "AdminOrders", t) for t in cols], rows)


if __name__ == "__main__":
    main()
