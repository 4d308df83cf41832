"""Rules added after measuring keys59's held-out export (issue 13: Openbravo's sample
client, one CSV per database table with Compiere's column names), on made-up data so they
run where the public data is absent: 'BPartner' (Compiere's business partner) names the
accounts, 'C_BPartner_ID' on a person is the account they work for, a 'Search Key' is a
record's own code, and a users file whose people mostly belong to several of the accounts
is the accounts' contacts (a staff's users, all of one company, stay users)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.customer_users import customer_user_files
from d365migrate.intake.kinds import name_kind
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

PARTNERS = pl.DataFrame({
    "C_BPARTNER_ID": ["B1", "B2", "B3", "B4"],
    "NAME": ["Northwind Bakery", "Blue Yonder Air", "Wingtip Toys", "Coho Vineyard"],
    "ISCUSTOMER": ["Y", "Y", "N", "Y"],
})


def _users(partners: list[str | None]) -> pl.DataFrame:
    n = len(partners)
    return pl.DataFrame({
        "AD_USER_ID": [f"U{i}" for i in range(n)],
        "NAME": [f"Person {i}" for i in range(n)],
        "EMAIL": [f"p{i}@example.com" for i in range(n)],
        "C_BPARTNER_ID": partners,
    })


def test_bpartner_names_the_accounts() -> None:
    assert name_kind("C_BPARTNER")[0] == "account"
    assert name_kind("BPartners")[0] == "account"


def test_a_persons_bpartner_is_their_account() -> None:
    df = _users(["B1", "B2", None, "B4"])
    assert _top(suggest_columns(df, DEFS["contact"]), "C_BPARTNER_ID") == "parentcustomerid"


def test_search_key_is_the_accounts_number() -> None:
    df = pl.DataFrame({"ID": ["A1", "A2", "A3"], "Search Key": ["C-001", "C-002", "C-003"],
                       "Name": ["Northwind", "Wingtip", "Coho"]})
    assert _top(suggest_columns(df, DEFS["account"]), "Search Key") == "accountnumber"


def test_users_of_several_accounts_are_contacts() -> None:
    tables = {"C_BPARTNER": PARTNERS, "AD_USER": _users(["B1", "B2", "B3", None, "B4"])}
    kinds = {"C_BPARTNER": "account", "AD_USER": "user"}
    assert customer_user_files(tables, kinds)["AD_USER"][0] == "contact"


def test_staff_of_one_company_stay_users() -> None:
    tables = {"C_BPARTNER": PARTNERS, "AD_USER": _users(["B1", "B1", "B1", "B1", None])}
    kinds = {"C_BPARTNER": "account", "AD_USER": "user"}
    assert customer_user_files(tables, kinds) == {}


def test_users_with_few_linked_rows_stay_users() -> None:
    tables = {"C_BPARTNER": PARTNERS, "AD_USER": _users(["B1", "B2", "B3", None, None, None,
                                                        None, None])}
    kinds = {"C_BPARTNER": "account", "AD_USER": "user"}
    assert customer_user_files(tables, kinds) == {}
