"""Build Smartstore's admin-list exports (customers, addresses, products) in one language.

Usage: python convert.py --lang {en,de} SRC OUT

SRC is a folder holding the Smartstore files named in SOURCE.md under their own repository
paths (smartstore/Smartstore at 087de664). OUT is the export folder to write
(tests/data/exports/smartstore-export-<lang>).

Rules (what the program gives, what is fixed here):
- Records: the installer's own (InstallationDataSeeder / InvariantSeedData, sample data on):
  the admin user (its address AdminAddress(): John Smith, admin@myshop.com; the admin's
  e-mail and user name are the install form's e-mail, taken here as the address's), the four
  built-in system accounts (search engine, background task, PDF converter, webhook client),
  and the sample products of InvariantSeedData.Products.cs (every `new Product { ... }`).
  The shop was installed with the invariant (English) seed data; the admin's language is
  switched to German for the de export (labels, yes/no and number/date format follow the
  language; stored names stay as installed).
- customers.csv: the admin customer list (_Grid.Customers.cshtml) with its role filter
  cleared, visible columns in grid order under default settings (user names on:
  CustomerLoginType UsernameOrEmail; company on; phone and postal code off): Email,
  Username, FullName, CustomerRoleNames, Company, Active, CreatedOn, LastActivityDate.
- addresses.csv: the customer's addresses (the admin's one), the address form's fields.
- products.csv: the admin product list (_Grid.Products.cshtml), visible columns but the
  thumbnail: Name, Sku, Price, DeliveryTime (its name), StockQuantity, UpdatedOn, Published.
- Labels: the LocalizedDisplay resources of CustomerModel / ProductOverviewModel / address
  fields from App_Data/Localization/App/<lang>/all.smres.xml.
- Fixed here: install time 2024-01-01 00:00 (created, updated, last activity); the
  admin address's state is the first state of the USA in the seed (as AdminAddress takes
  it); booleans as Common.Yes / Common.No; numbers and dates in the language's culture
  (en-US, de-DE). CSV: comma-separated, UTF-8, minimal quoting, CRLF.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
from pathlib import Path

RES = "src/Smartstore.Web/App_Data/Localization/App/{lang}/all.smres.xml"
SEED = "src/Smartstore.Core/Platform/Installation/SeedData/InvariantSeedData.cs"
PRODUCTS = "src/Smartstore.Core/Platform/Installation/SeedData/InvariantSeedData.Products.cs"
COUNTRIES = "src/Smartstore.Core/Platform/Installation/SeedData/InvariantSeedData.Countries.cs"

CUSTOMER_COLUMNS = [
    ("Email", "Admin.Customers.Customers.Fields.Email"),
    ("Username", "Admin.Customers.Customers.Fields.Username"),
    ("FullName", "Admin.Customers.Customers.Fields.FullName"),
    ("CustomerRoleNames", "Admin.Customers.Customers.Fields.CustomerRoles"),
    ("Company", "Admin.Customers.Customers.Fields.Company"),
    ("Active", "Admin.Customers.Customers.Fields.Active"),
    ("CreatedOn", "Common.CreatedOn"),
    ("LastActivityDate", "Admin.Customers.Customers.Fields.LastActivityDate"),
]
ADDRESS_COLUMNS = [
    ("FirstName", "Admin.Address.Fields.FirstName"),
    ("LastName", "Admin.Address.Fields.LastName"),
    ("Email", "Admin.Address.Fields.Email"),
    ("Company", "Admin.Address.Fields.Company"),
    ("Country", "Admin.Address.Fields.Country"),
    ("StateProvince", "Admin.Address.Fields.StateProvince"),
    ("City", "Admin.Address.Fields.City"),
    ("Address1", "Admin.Address.Fields.Address1"),
    ("Address2", "Admin.Address.Fields.Address2"),
    ("ZipPostalCode", "Admin.Address.Fields.ZipPostalCode"),
    ("PhoneNumber", "Admin.Address.Fields.PhoneNumber"),
    ("FaxNumber", "Admin.Address.Fields.FaxNumber"),
]
PRODUCT_COLUMNS = [
    ("Name", "Admin.Catalog.Products.Fields.Name"),
    ("Sku", "Admin.Catalog.Products.Fields.Sku"),
    ("Price", "Admin.Catalog.Products.Fields.Price"),
    ("DeliveryTime", "Admin.Catalog.Products.Fields.DeliveryTime"),
    ("StockQuantity", "Admin.Catalog.Products.Fields.StockQuantity"),
    ("UpdatedOn", "Common.UpdatedOn"),
    ("Published", "Admin.Catalog.Products.Fields.Published"),
]
INSTALL_TIME = {"en": "1/1/2024 12:00 AM", "de": "01.01.2024 00:00"}


def resources(src: Path, lang: str) -> dict[str, str]:
    text = (src / RES.format(lang=lang)).read_text(encoding="utf-8-sig")
    out = {}
    for name, value in re.findall(
        r'<LocaleResource Name="([^"]+)"[^>]*>\s*<Value>(.*?)</Value>', text, re.S
    ):
        out.setdefault(name.lower(), html.unescape(value))
    return out


def cs_string(block: str, field: str) -> str | None:
    m = re.search(r"^\s*" + field + r'\s*=\s*"((?:[^"\\]|\\.)*)"', block, re.M)
    return m.group(1).replace('\\"', '"') if m else None


def cs_value(block: str, field: str) -> str | None:
    m = re.search(r"^\s*" + field + r"\s*=\s*([^,\n]+?),?\s*$", block, re.M)
    return m.group(1).strip() if m else None


def number(value: str, lang: str, decimals: int) -> str:
    text = f"{float(value):,.{decimals}f}"
    if lang == "de":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def build(src: Path, lang: str) -> dict[str, list[list[str]]]:
    res = resources(src, lang)
    yes, no = res["common.yes"], res["common.no"]
    when = INSTALL_TIME[lang]
    seed = (src / SEED).read_text(encoding="utf-8-sig")

    # Roles, the address and the system accounts, as the installer creates them.
    addr = re.search(
        r"public Address AdminAddress\(\).*?new Address\(\)\s*\{(.*?)\};", seed, re.S
    ).group(1)
    countries = (src / COUNTRIES).read_text(encoding="utf-8-sig")
    usa_block = re.search(r"var usa = new Country\s*\{(.*?)\n\s*\};", countries, re.S).group(1)
    country_name = cs_string(usa_block, "Name")
    state = re.search(
        r'usa\.StateProvinces\.Add\(new StateProvince\(\)\s*\{\s*Name = "([^"]+)"', countries
    ).group(1)
    address = {
        "FirstName": cs_string(addr, "FirstName"),
        "LastName": cs_string(addr, "LastName"),
        "Email": cs_string(addr, "Email"),
        "Company": cs_string(addr, "Company"),
        "Country": country_name,
        "StateProvince": state,
        "City": cs_string(addr, "City"),
        "Address1": cs_string(addr, "Address1"),
        "Address2": cs_string(addr, "Address2"),
        "ZipPostalCode": cs_string(addr, "ZipPostalCode"),
        "PhoneNumber": cs_string(addr, "PhoneNumber"),
        "FaxNumber": cs_string(addr, "FaxNumber"),
    }
    role_name = {
        system: name
        for name, system in re.findall(
            r'Name = "([^"]+)",\s*Active = true,[^}]*?SystemName = SystemCustomerRoleNames\.(\w+)',
            seed,
        )
    }
    admin_roles = ("Administrators", "ForumModerators", "Registered")
    customers = [
        {
            "Email": address["Email"],
            "Username": address["Email"],
            "FullName": f'{address["FirstName"]} {address["LastName"]}',
            "CustomerRoleNames": ", ".join(role_name[r] for r in admin_roles),
            "Company": "",
            "Active": yes,
            "CreatedOn": when,
            "LastActivityDate": when,
        }
    ]
    system_users = (
        "SearchEngineUser", "BackgroundTaskUser", "PdfConverterUser", "WebhookClientUser"
    )
    for method in system_users:
        pattern = r"public Customer " + method + r"\(\).*?new Customer\s*\{(.*?)\};"
        block = re.search(pattern, seed, re.S).group(1)
        customers.append(
            {
                "Email": cs_string(block, "Email"),
                "Username": "",
                "FullName": "",
                "CustomerRoleNames": role_name["Guests"],
                "Company": "",
                "Active": yes if cs_value(block, "Active") == "true" else no,
                "CreatedOn": when,
                "LastActivityDate": when,
            }
        )

    # Delivery times by display order, then the sample products.
    dt_block = re.search(r"IList<DeliveryTime> DeliveryTimes\(\)(.*?)return", seed, re.S).group(1)
    dt_names = {
        int(o): n for n, o in re.findall(r'Name = "([^"]+)",\s*DisplayOrder = (\d+)', dt_block)
    }
    product_text = (src / PRODUCTS).read_text(encoding="utf-8-sig")
    dt_pattern = (
        r"var (\w+DeliveryTime) = _db\.DeliveryTimes\.First\(x => x\.DisplayOrder == (\d+)\)"
    )
    dt_vars = {v: dt_names[int(o)] for v, o in re.findall(dt_pattern, product_text)}
    products = []
    for block in re.findall(r"var \w+ = new Product\s*\{(.*?)\n\s*\};", product_text, re.S):
        delivery = cs_value(block, "DeliveryTime") or ""
        products.append(
            {
                "Name": cs_string(block, "Name"),
                "Sku": cs_string(block, "Sku") or "",
                "Price": number(cs_value(block, "Price").rstrip("Mm"), lang, 2),
                "DeliveryTime": dt_vars.get(delivery, ""),
                "StockQuantity": number(cs_value(block, "StockQuantity") or "0", lang, 0),
                "UpdatedOn": when,
                "Published": yes if cs_value(block, "Published") == "true" else no,
            }
        )

    def table(columns, rows):
        head = [res[key.lower()] for _, key in columns]
        return [head] + [[r[f] or "" for f, _ in columns] for r in rows]

    return {
        "customers.csv": table(CUSTOMER_COLUMNS, customers),
        "addresses.csv": table(ADDRESS_COLUMNS, [address]),
        "products.csv": table(PRODUCT_COLUMNS, products),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, choices=sorted(INSTALL_TIME))
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in build(args.src, args.lang).items():
        with open(args.out / name, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\r\n").writerows(rows)


if __name__ == "__main__":
    main()
