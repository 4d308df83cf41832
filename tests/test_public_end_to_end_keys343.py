"""keys343's public export run end to end from its parameters file, decisions only (issue
13): nopCommerce (nopSolutions/nopCommerce, nopCommerce Public License 4.0: AGPL-3.0 plus
attribution; open-source e-commerce), the sample customers and orders its installer creates
(Steve Gates, Arthur Holmes, James Pan, Brenda Lindgren, Victoria Terces and their five
orders) as its admin "Export to Excel" writes them (customers.xlsx, orders.xlsx: one sheet
each, 'Customer' and 'Order', headed by property names), English, the one language
nopCommerce ships in its repository (tests/data/exports/nopcommerce-export-en; SOURCE.md),
written on the branch-point engine d68e969e (session 49, round W). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

The five customers load as contacts (e-mail, first and last name; their other attribute
columns are empty in the export: the sample install keeps the address on the Address
record), the five orders as sales orders of those customers (by nopCommerce's customer
number) on the price list the org's admin set up (the test creates it first): total, tax,
discount, status, the billing and shipping addresses. Nothing is held back; verification
finds no column differing. The parameters decide: both keys (nopCommerce's numbers), the
order's number and name (its number), the status (OrderStatus ids: 10 Pending, 20
Processing In Progress, 30 Complete), the shipping method left unread (the shop's options
name no carrier), the customer's second street line and postal code on the first address
(the map read the line as a second address and left the code), the country id left unread,
the order's discount as an amount (the map read a percentage), its tax, the addresses'
states and the shipping postal code (the map left them).

What the run reads: the customers' e-mail, first and last name, gender, street, second
street, postal code, city, phone and fax (the last seven empty in every row); the orders'
number, name, status, total, tax, discount, customer, price list and both addresses
(country, state, city, two street lines, postal code, phone; the third order has no
shipping address).

What is NOT read (left unmapped by the engine, or by decision):
- customers: the id (the key), GUID, username, password, its format and salt, tax
  exemption, affiliate, vendor, active flag, the four role flags, company (an empty link to
  a parent account, left), the country id (by decision) and state id, VAT number and
  status, time zone, avatar, forum posts, signature;
- orders: store, GUID, payment and shipping status, subtotals and their discounts,
  shipping costs, payment fees, tax rates, refunded amount, currency rate and code,
  affiliate, pick-up flag, shipping method (by decision) and rate plugin, payment method,
  custom values, VAT number, the creation time (an OLE Automation date), the addressees'
  names, e-mails, companies and fax numbers;
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

NAME = "nopcommerce-export-en"
#: the contacts as staged (e-mail as the engine stores it, first and last name)
CONTACTS = [("steve_gates@nopcommerce.com", "Steve", "Gates"),
            ("arthur_holmes@nopcommerce.com", "Arthur", "Holmes"),
            ("james_pan@nopcommerce.com", "James", "Pan"),
            ("brenda_lindgren@nopcommerce.com", "Brenda", "Lindgren"),
            ("victoria_victoria@nopcommerce.com", "Victoria", "Terces")]
#: the orders as staged: number, status, total, billing country and state, shipping city
ORDERS = [("1", 3, 1855.0, "United States", "California", "Los Angeles"),
          ("2", 2, 2460.0, "United Kingdom", None, "London"),
          ("3", 2, 8.8, "United Kingdom", None, None),
          ("4", 3, 102.0, "United States", "Alaska", "Ketchikan"),
          ("5", 100001, 43.5, "Canada", "Saskatchewan", "Saskatoon")]
CONTACT_COLUMNS = {"emailaddress1": "Email", "firstname": "FirstName", "lastname": "LastName",
                   "gendercode": "Gender", "address1_line1": "StreetAddress",
                   "address1_line2": "StreetAddress2", "address1_postalcode": "ZipPostalCode",
                   "address1_city": "City", "telephone1": "Phone", "fax": "Fax"}
ORDER_COLUMNS = {
    "ordernumber": "OrderId", "name": "OrderId", "statuscode": "OrderStatusId",
    "totalamount": "OrderTotal", "totaltax": "OrderTax", "discountamount": "OrderDiscount",
    "billto_country": "BillingCountry", "billto_stateorprovince": "BillingStateProvince",
    "billto_city": "BillingCity", "billto_line1": "BillingAddress1",
    "billto_line2": "BillingAddress2", "billto_postalcode": "BillingZipPostalCode",
    "billto_telephone": "BillingPhoneNumber", "shipto_country": "ShippingCountry",
    "shipto_stateorprovince": "ShippingStateProvince", "shipto_city": "ShippingCity",
    "shipto_line1": "ShippingAddress1", "shipto_line2": "ShippingAddress2",
    "shipto_postalcode": "ShippingZipPostalCode", "shipto_telephone": "ShippingPhoneNumber"}
CUSTOMER_NOT_READ = {
    "CustomerId", "CustomerGuid", "Username", "Password", "PasswordFormatId", "PasswordSalt",
    "IsTaxExempt", "AffiliateId", "VendorId", "Active", "IsGuest", "IsRegistered",
    "IsAdministrator", "IsForumModerator", "Company", "CountryId", "StateProvinceId",
    "VatNumber", "VatNumberStatusId", "TimeZoneId", "AvatarPictureId", "ForumPostCount",
    "Signature"}
ORDER_NOT_READ = {
    "StoreId", "OrderGuid", "PaymentStatusId", "ShippingStatusId", "OrderSubtotalInclTax",
    "OrderSubtotalExclTax", "OrderSubTotalDiscountInclTax", "OrderSubTotalDiscountExclTax",
    "OrderShippingInclTax", "OrderShippingExclTax", "PaymentMethodAdditionalFeeInclTax",
    "PaymentMethodAdditionalFeeExclTax", "TaxRates", "RefundedAmount", "CurrencyRate",
    "CustomerCurrencyCode", "AffiliateId", "ShippingPickUpInStore",
    "ShippingRateComputationMethodSystemName", "CustomValuesXml", "VatNumber", "CreatedOnUtc",
    "BillingFirstName", "BillingLastName", "BillingEmail", "BillingCompany",
    "BillingFaxNumber", "ShippingFirstName", "ShippingLastName", "ShippingEmail",
    "ShippingCompany", "ShippingFaxNumber", "PaymentMethodSystemName", "ShippingMethod"}


def _price_list(client: Any) -> None:
    """The price list the org's admin set up for the orders (Dynamics requires one)."""
    client.create("pricelevels", {"name": "nopCommerce prices"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _price_list))


def test_nopcommerce_customers_and_orders_load(runs: Callable[[str], Path]) -> None:
    """Five customers load as contacts, five orders as their sales orders on the org's
    price list, as counted, nothing held back; statuses as decided; verification finds no
    column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("Customer", 5, 5, 0, 0, 0, 0), "salesorder": ("Order", 5, 5, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "Customer": ("contact", {"contact": 5}), "Order": ("order", {"salesorder": 5})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "salesorder"}
    contact, order = tables["contact"], tables["salesorder"]
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT_COLUMNS
    assert set(contact["unmapped"]) == CUSTOMER_NOT_READ
    assert contact["source_key"] == "key(CustomerId)"
    # the empty Company column: a link to a parent account, left
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        ("Company", "parentcustomerid")]
    assert {c["target"]: c["source"] for c in order["columns"]} == ORDER_COLUMNS
    assert set(order["unmapped"]) == ORDER_NOT_READ
    assert order["source_key"] == "key(OrderId)"
    assert {lk["target"]: (lk["table"], lk["source"]) for lk in order["lookups"]} == {
        "customerid": ("contact", "CustomerId"), "pricelevelid": ("pricelevel", None)}
    status = next(c for c in order["columns"] if c["target"] == "statuscode")
    assert status["values"] == {"10": 2, "20": 3, "30": 100001}
    for table in tables.values():
        assert not table.get("owner")
    assert not mapping.get("unmatched_sources")

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert [(r["emailaddress1"], r["firstname"], r["lastname"]) for r in contacts] == CONTACTS
    for column in ("gendercode", "address1_line1", "address1_line2", "address1_postalcode",
                   "address1_city", "telephone1", "fax"):   # empty in the export
        assert {r[column] for r in contacts} == {None}
    orders = pl.read_parquet(staged / "salesorder.parquet").sort("__source_row").to_dicts()
    assert [(r["ordernumber"], r["statuscode"], r["totalamount"], r["billto_country"],
             r["billto_stateorprovince"], r["shipto_city"]) for r in orders] == ORDERS
    assert [r["name"] for r in orders] == [r["ordernumber"] for r in orders]
    assert {(r["totaltax"], r["discountamount"]) for r in orders} == {(0.0, 0.0)}
    # each order's customer: the contact of the same nopCommerce number (order n, customer n)
    assert [r["__ref__customerid_contact"] for r in orders] == [
        r["__source_id"] for r in contacts]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT_COLUMNS)
    assert set(verified["salesorder"]) == set(ORDER_COLUMNS) | {"customerid", "pricelevelid"}
    assert not any(n for cols in verified.values() for n in cols.values())
