"""A link named for a thing no CRM record is (a payment term) does not point at a file keyed
for another (d365migrate.intake.named_ids), whatever numbers the two share."""

from __future__ import annotations

from d365migrate.intake.named_ids import names_another


def test_a_payment_terms_id_is_no_users_id() -> None:
    assert names_another("C_PaymentTerm_ID", "AD_User", "AD_User_ID")
    assert names_another("C_Payment_ID", "AD_User", "AD_User_ID")


def test_a_named_id_shares_a_word_with_its_file() -> None:
    assert not names_another("C_BPartner_ID", "C_BPartner", "C_BPartner_ID")
    assert not names_another("Bill_Location_ID", "C_BPartner_Location",
                             "C_BPartner_Location_ID")
    assert not names_another("DropShip_BPartner_ID", "C_BPartner", "C_BPartner_ID")
    assert not names_another("SupplierID", "suppliers", "SupplierID")
    assert not names_another("C_Currency_ID", "C_Currency", "C_Currency_ID")


def test_a_role_a_plain_id_or_a_name_without_id_is_not_judged() -> None:
    assert not names_another("SupportRepId", "employees", "id")
    assert not names_another("parent_id", "companies", "company_id")
    assert not names_another("manager_id", "users", "user_id")
    assert not names_another("owner", "users", "user_id")
    assert not names_another("debtorno", "debtorsmaster", "debtorno")
