"""keys295's public exports run end to end from their parameters files, decisions only
(issue 13): kivitendo ERP (kivitendo/kivitendo-erp at 901c4566, GPL-2.0), the fixed customer,
vendor and contact-person records of its own test scripts (t/...: 9 customers, 5 vendors, 2
contact persons; it ships no demo database), as its Customers, Vendors and Contacts reports
export them to CSV, headed by its labels in English and German (tests/data/exports/
kivitendo-export-en, -de; SOURCE.md: kivitendo ships these two locales only), written on the
branch-point engine 1fcf865d (session 44, round R). Same harness as
tests/test_public_end_to_end.py (``runs_once``, through conftest's ``runs``).

One parametrized test over the two languages (``LANGS``: per language, the headers the
parameters name and the country as kivitendo shows it), then what is special. In both the 9
customers load as accounts and the 2 contact persons as contacts, nothing held back, each
record keyed by the parameters' keys (the customer number; surname and given name), read
back with no column differing. The parameters decide the customer number (accountnumber) and
the invoice recipient's e-mail (emailaddress2), which the map leaves unread; the four "e-mails"
of the shop test's customers that are no addresses ('foo', 'foofoo', 'email') are cleared,
the field only, the record loads. The vendors are not moved (the parameters' intake line:
no Sales table takes a supplier); without it discovery names them unknown too.

What is not read (left unmapped by the engine), in both languages:
- customers: the free-text contact person ('Contact' / 'Kontakt': empty, would be the
  primary contact lookup), the payment terms (empty in every customer), the GLN (no column);
- contacts: the customer/vendor name and number (empty: the test contacts belong to none),
  Private Phone and Mobile2 (empty: the test contacts have no phone; the empty Phone1, Phone2
  and Mobile1 are mapped to telephone1, telephone2 and mobilephone, as the keys say, and load
  as nothing: Phone1 and Mobile1 read since the engine's session-44 words);
- the vendors' file as a whole (see above).
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
    discovered_without_intake,
    inventory_files,
    issues,
    one_row,
    outcomes,
    verified_columns,
)

#: the Bochum tax office of t/db_helper/zugferd_data.t, as both languages read it
FINANZAMT = {"name": "Finanzamt für Steuerstrafsachen und Steuerfahndung Bochum",
             "accountnumber": "10007", "address1_line1": "Uhlandstr.",
             "address1_postalcode": "44791", "address1_city": "Bochum",
             "emailaddress1": None, "telephone1": None, "emailaddress2": "customer@localhost"}
#: Evil Inc of t/shop/shop_order.t
EVIL_INC = {"name": "Evil Inc", "accountnumber": "10002", "address1_line1": "Evil Street",
            "address1_postalcode": "66666", "emailaddress1": "evil@evilinc.com"}
#: Ada Lovelace of t/controllers/csvimport/contact.t (no customer, no phone)
ADA = {"lastname": "Lovelace", "firstname": "Ada", "emailaddress1": "ada@no.domain",
       "address1_line1": "5th Avenue", "address1_city": "Brooklyn", "department": "R&D",
       "telephone1": None, "telephone2": None, "mobilephone": None}
#: the customer numbers, in the file's order (by name)
NUMBERS = ["10001", "10003", "10004", "10005", "10006", "10002", "10007", "CUST1704", "10008"]
#: the shop test's customers whose 'e-mail' is no address: cleared, the record loads
CLEARED = ["foo", "foo", "foofoo", "email"]
ACCOUNT_UNREAD = ("primarycontactid", "paymenttermscode", "telephone2", "fax")
CONTACT_UNREAD = ("parentcustomerid", "telephone3")
#: the contacts' phone columns the map reads (all empty), per language
CONTACT_PHONES = {
    "kivitendo-export-en": {"Phone1": "telephone1", "Phone2": "telephone2",
                            "Mobile1": "mobilephone"},
    "kivitendo-export-de": {"Telefon 1": "telephone1", "Telefon 2": "telephone2",
                            "Mobil 1": "mobilephone"},
}

# per language: the headers the parameters name, the countries as kivitendo shows them
LANGS: dict[str, dict[str, Any]] = {
    "kivitendo-export-en": {
        "number": "Number", "invoice_mail": "Email of the invoice recipient",
        "germany": "Germany", "uk": "United Kingdom",
    },
    "kivitendo-export-de": {
        "number": "Nummer", "invoice_mail": "E-Mail des Rechnungsempfängers",
        "germany": "Deutschland", "uk": "Vereinigtes Königreich",
    },
}


@pytest.mark.parametrize("name", list(LANGS))
def test_kivitendo_customers_and_contacts_load(name: str, runs: Callable[[str], Path]) -> None:
    """9 accounts and 2 contacts load, nothing held back or skipped; records field by field
    as ``LANGS`` says (countries in the export's language); the unread columns absent; the
    four non-addresses cleared; verification finds no column differing; vendors not moved."""
    run_dir = runs(name)
    want = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 9, 9, 0, 0, 0, 0),
        "contact": ("contacts", 2, 2, 0, 0, 0, 0)}
    assert not issues(run_dir, "quarantine", "account")
    assert not issues(run_dir, "quarantine", "contact")
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert accounts["accountnumber"].to_list() == NUMBERS
    for expected in ({**FINANZAMT, "address1_country": want["germany"]},
                     {**EVIL_INC, "address1_country": want["germany"]}):
        record = one_row(accounts, "accountnumber", expected["accountnumber"])
        assert {k: record.get(k) for k in expected} == expected
    first = one_row(accounts, "accountnumber", "10001")
    assert (first["name"], first["address1_country"]) == ("CustomerName", want["uk"])
    # the four shop-test customers' 'e-mails' that are no addresses: the field cleared
    assert accounts["emailaddress1"].null_count() == 8  # Evil Inc alone keeps one
    cleared = pl.read_csv(run_dir / "cleared" / "account.csv", infer_schema=False)
    assert cleared["value"].to_list() == CLEARED
    assert set(cleared["target"].to_list()) == {"emailaddress1"}
    for unread in ACCOUNT_UNREAD:
        assert unread not in accounts.columns, unread
    ada = one_row(contacts, "lastname", "Lovelace")
    expected = {**ADA, "address1_country": want["uk"]}
    assert {k: ada.get(k) for k in expected} == expected
    byron = one_row(contacts, "lastname", "Byron")
    assert (byron["firstname"], byron["address1_country"]) == ("George", None)
    for unread in CONTACT_UNREAD:
        assert unread not in contacts.columns, unread
    verified = verified_columns(run_dir)
    assert {"name", "accountnumber", "emailaddress2", "address1_country"} <= set(
        verified["account"])
    assert {"lastname", "firstname", "department", "emailaddress1"} <= set(verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"customers", "vendors", "contacts"}
    assert files["customers"]["taken"] == {"account": 9}
    assert files["contacts"]["taken"] == {"contact": 2}
    assert not files["vendors"]["migrated"] and files["vendors"]["kind"] == "unknown"
    assert files["vendors"]["reason"].startswith("not migrated")


@pytest.mark.parametrize("name", list(LANGS))
def test_kivitendo_number_and_invoice_mail_by_the_parameters(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customer number and the invoice recipient's e-mail are left unread by the map;
    the parameters' column decisions make them accountnumber and emailaddress2; the keys are
    the parameters' (a hash of the number; of surname and given name). The contacts' Phone1,
    Phone2 and Mobile1 are read by the map (telephone1, telephone2, mobilephone, as the keys
    say); four contact columns stay unread (customer/vendor name and number, private phone,
    second mobile)."""
    run_dir = runs(name)
    want = LANGS[name]
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    tables = {t["target"]: t for t in mapping["tables"]}
    decided = {c["target"]: c["source"] for c in tables["account"]["columns"]
               if c.get("reason") == "decided in the parameters file"}
    assert decided == {"accountnumber": want["number"], "emailaddress2": want["invoice_mail"]}
    assert tables["account"]["key_columns"] == [want["number"]]
    assert len(tables["contact"]["key_columns"]) == 2
    # the contacts' empty phones the map reads itself (Phone1 and Mobile1 since session 44);
    # the private phone and the second mobile stay unread
    phones = {c["source"]: c["target"] for c in tables["contact"]["columns"]
              if c["source"] in CONTACT_PHONES[name]}
    assert phones == CONTACT_PHONES[name]
    assert len(tables["contact"]["unmapped"]) == 4


@pytest.mark.parametrize("name", list(LANGS))
def test_kivitendo_vendors_unknown_without_intake(name: str, tmp_path: Path) -> None:
    """Without the parameters' intake line, discovery names the vendors' file unknown as
    well (the intake line states the decision), the customers accounts, the contact persons
    contacts."""
    found = discovered_without_intake(name, tmp_path, {"vendors.csv": {"object": "unknown"}})
    kinds = {o["source"]: o["name"] for o in found}
    assert kinds == {"customers": "account", "vendors": "unknown", "contacts": "contact"}
