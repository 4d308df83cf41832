"""Session 56's rules, each on made-up data: rounds Z12's and Z13's held-out misses (Spryker's
business units, merchants and concrete products; FreshBooks' and Square's team members,
internal notes and memos; a users file's yes/no flag and language code taken for owners;
Evidence's shop orders with the buyer's state and the sale's amount)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.kinds import name_kind
from d365migrate.intake.person_files import team_members
from d365migrate.intake.record_keys import key_candidates
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.owner_values import owner_by_values, user_names
from d365migrate.mapping.state_names import state_names
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_a_business_unit_is_no_unit_of_measure() -> None:
    assert name_kind("company_business_unit") == (None, "")
    assert name_kind("BusinessUnits") == (None, "")
    assert name_kind("units") == ("unit", "exact")           # a unit of measure still
    assert name_kind("sales_unit") == ("unit", "head")


def test_a_qualifier_after_the_kind_word_leaves_the_kind() -> None:
    """Spryker's 'product_concrete' / 'product_abstract', an ERP's 'customer_master'."""
    assert name_kind("product_concrete") == ("product", "head")
    assert name_kind("product_abstract") == ("product", "head")
    assert name_kind("customer_master") == ("account", "head")
    assert name_kind("master") == (None, "")
    assert name_kind("merchants") == ("account", "exact")    # a marketplace's sellers


def test_a_sku_keys_a_product_file() -> None:
    df = pl.DataFrame({"abstract_sku": ["001", "001", "002"],
                       "concrete_sku": ["001_1", "001_2", "002_1"],
                       "name.en_US": ["Canon", "Canon red", "Sony"]})
    assert key_candidates("product_concrete", df)[0]["column"] == "concrete_sku"


def test_a_team_file_of_people_is_its_members() -> None:
    people = ["Team Member ID", "First Name", "Last Name", "Email", "Role", "Job Title"]
    assert team_members(people) == ["First Name", "Email"]
    # a file of the teams themselves names each team
    assert team_members(["id", "name", "First Name", "Last Name", "Email"]) is None
    assert team_members(["id", "team_name", "lead"]) is None


def test_a_yes_no_flag_and_a_language_code_are_nobodys_name() -> None:
    users = pl.DataFrame({"login": ["ana"], "is_default": ["true"], "language": ["en"]})
    names = user_names([users])
    assert "true" not in names
    companies = pl.DataFrame({"name": ["Acme", "Globex", "Initech"],
                              "is_active": ["true", "true", "true"],
                              "language": ["en", "en", "en"]})
    assert owner_by_values(companies, ["is_active", "language"], names | {"en"}) is None
    # a column of the users' logins still is the owner
    companies = companies.with_columns(pl.Series("handled_by", ["ana", "ana", "ana"]))
    assert owner_by_values(companies, ["handled_by"], names)[0] == "handled_by"


def test_a_sign_in_role_is_no_users_title() -> None:
    team = pl.DataFrame({"First Name": ["Simon", "Ada", "Bo"],
                         "Last Name": ["Kovalic", "Lee", "Berg"],
                         "Email": ["s@x.example", "a@x.example", "b@x.example"],
                         "Role": ["Owner", "Member", "Member"],
                         "Job Title": ["Director", "Engineer", "Clerk"]})
    top = _top(team, "systemuser", "team")
    assert top["Role"] is None and top["Job Title"] == "jobtitle"


def test_a_partys_internal_note_and_memo_are_its_description() -> None:
    people = pl.DataFrame({"First Name": ["Ana", "Bo"], "Last Name": ["Ruiz", "Berg"],
                           "Internal Note": ["Likes cats", "Met at the fair"],
                           "Memo": ["VIP", "Pays late"]})
    top = _top(people, "contact", "clients")
    assert top["Internal Note"] == "description"
    assert _top(people.drop("Internal Note"), "contact", "clients")["Memo"] == "description"


def test_an_appointments_duration_in_minutes_is_its_planned_one() -> None:
    bookings = pl.DataFrame({"Start Time": ["2024-01-02 10:00", "2024-01-03 11:00"],
                             "Duration (minutes)": ["30", "60"]})
    assert _top(bookings, "appointment", "bookings")["Duration (minutes)"] == \
        "scheduleddurationminutes"


def test_a_state_of_places_is_the_address_not_the_status() -> None:
    assert state_names(("Minnesota", "Texas", "New York", "Ohio"))
    assert state_names(("CA", "NY", "TX", "QC", "ON"))
    assert not state_names(("open", "won", "lost", "canceled"))
    assert not state_names(("OR", "IN", "ME"))   # too few to say places
    orders = pl.DataFrame({"id": [str(i) for i in range(6)],
                           "order_datetime": ["2020-06-08T16:13:42.000Z"] * 6,
                           "state": ["Minnesota", "Texas", "Ohio", "Georgia", "Iowa", "Utah"],
                           "zipcode": ["55417", "77223", "44101", "30301", "50301", "84101"],
                           "sales": ["12.35", "129.6", "3", "4", "5", "6"]})
    top = _top(orders, "salesorder", "orders")
    assert top["state"] == "billto_stateorprovince"
    assert (top["order_datetime"], top["sales"]) == ("submitdate", "totalamount")
    # an order's state of its life stays its status
    lives = orders.with_columns(pl.Series("state", ["complete", "canceled", "cart",
                                                    "complete", "returned", "cart"]))
    assert _top(lives, "salesorder", "orders")["state"] != "billto_stateorprovince"


def test_an_orders_file_of_one_item_a_row_is_orders() -> None:
    """Evidence's Needful Things: the buyer's name and address on each row scored it people;
    the order's time, its item and the sale's amount say orders."""
    from d365migrate.intake.order_buyers import sale_of_buyer

    shop = ["id", "order_datetime", "first_name", "last_name", "email", "address", "state",
            "zipcode", "item", "category", "sales"]
    assert sale_of_buyer("order", "exact", "contact", shop) is not None
    people = ["id", "first_name", "last_name", "email", "address", "state", "zipcode"]
    assert sale_of_buyer("order", "exact", "contact", people) is None


def test_postgres_hour_only_offset_is_read() -> None:
    """PostgreSQL writes a timestamp with time zone's whole-hour offset as '+00' (Midday's
    seed): the moment was cleared as unreadable."""
    from d365migrate.intake.values import datetime_expr, guess_date_formats

    cells = pl.Series(["2024-05-01 00:00:00+00", "2024-05-02 10:30:00+02"])
    formats, share, _ = guess_date_formats(cells)
    assert share == 1.0
    got = pl.select(datetime_expr(pl.lit(cells), formats)).to_series().to_list()
    assert [str(v) for v in got] == ["2024-05-01 00:00:00", "2024-05-02 08:30:00"]
    # '+00:00' keeps its own reading
    assert guess_date_formats(pl.Series(["2024-05-01 00:00:00+00:00"]))[0] == [
        "%Y-%m-%d %H:%M:%S%:z"]


def test_a_choice_decided_as_null_leaves_the_value_empty() -> None:
    """Brevo's GENDER 'Kid' has no option: ``choices: {contact.gendercode: {Kid: null}}``
    crashed the run with a bare TypeError; it means no option, the value left empty (as
    ``values:`` with null does), and a word where a number belongs is refused by name."""
    import pytest

    from d365migrate.mapping.decisions import apply_decisions
    from d365migrate.mapping.mapfile import MappingError

    mapping = {"tables": [{"name": "contact", "target": "contact", "source": "contacts",
                           "columns": [{"source": "GENDER", "target": "gendercode",
                                        "transform": "choice",
                                        "values": {"Male": 1, "Kid": None}}]}]}
    out = apply_decisions(mapping, {"choices": {"contact.gendercode": {"Female": 2,
                                                                       "Kid": None}}})
    col = out["tables"][0]["columns"][0]
    assert col["values"] == {"Male": 1, "Female": 2}
    assert col["value_map"] == {"Kid": None}
    with pytest.raises(MappingError, match=r"choices.contact.gendercode: 'Kid' is given 'x'"):
        apply_decisions(mapping, {"choices": {"contact.gendercode": {"Kid": "x"}}})


def test_marketing_and_payment_words() -> None:
    """Round Z14's words: Brevo's SMS, CIV, EMAIL_BLACKLISTED, ADDED_TIME; PayPal's unit
    amount and national number. (An order's bare 'Shipping' as its freight was withdrawn
    after the whole measure: Italian 'Spedizioni' and 'shipping_address' read through it.)"""
    people = pl.DataFrame({"EMAIL": ["a@x.example", "b@x.example"], "LASTNAME": ["Ruiz", "Li"],
                           "SMS": ["+33612345678", "+33698765432"], "CIV": ["Mr", "Ms"],
                           "EMAIL_BLACKLISTED": ["false", "true"],
                           "ADDED_TIME": ["2024-01-02T10:00:00Z", "2024-02-03T11:00:00Z"],
                           "Phone National Number": ["4085551234", "4085554321"]})
    top = _top(people, "contact", "contacts")
    assert (top["SMS"], top["CIV"], top["EMAIL_BLACKLISTED"], top["ADDED_TIME"]) == (
        "mobilephone", "salutation", "donotbulkemail", "overriddencreatedon")
    assert top["Phone National Number"] == "telephone1"
    lines = pl.DataFrame({"Name": ["T-shirt", "Mug"], "Quantity": ["1", "2"],
                          "Unit Amount": ["90.00", "25.00"]})
    assert _top(lines, "salesorderdetail", "order_items")["Unit Amount"] == "priceperunit"


def test_round_z15_words_and_names() -> None:
    """A bank account is no customer's account (GoCardless' customer_bank_accounts); a
    register's number is no phone; Keap's 'Fax 1' and 'Street Address 1'. (A bare 'Tax' is
    no order's total tax by its name alone: Harvest's and Zoho's keys say a rate or nothing;
    withdrawn after the whole measure.)"""
    assert name_kind("customer_bank_accounts") == (None, "")
    assert name_kind("customer_accounts") == ("account", "head")
    people = pl.DataFrame({"given_name": ["Frank", "Ann"], "family_name": ["Osborne", "Li"],
                           "swedish_identity_number": ["556564-5404", "556564-5405"],
                           "Fax 1": ["+1 555 0101", "+1 555 0102"],
                           "identity_number": ["19800101-1234", "19900101-4321"]})
    top = _top(people, "contact", "customers")
    assert top["swedish_identity_number"] != "telephone1"
    assert (top["Fax 1"], top["identity_number"]) == ("fax", "governmentid")
    orders = pl.DataFrame({"Order ID": ["1", "2"],
                           "Grand total": ["90.14", "30.00"],
                           "Ship To Street Address 1": ["1 Main St", "2 High St"]})
    top = _top(orders, "salesorder", "orders")
    assert top["Ship To Street Address 1"] == "shipto_line1"


def test_round_z16_words_and_owners() -> None:
    """Mollie's 'Billing street and number' / 'street additional' and a line's 'VAT amount';
    French and German 'Mails' are e-mails (ProjeQtOr's 'Kein Empfang von Team Mails'); a
    users file moved as contacts takes no owner from its own logins (Helpy's)."""
    from d365migrate.mapping.negated_channels import negated_channel
    from d365migrate.mapping.owner_values import users_of

    orders = pl.DataFrame({"ID": ["ord_1", "ord_2"],
                           "Billing street and number": ["Keizersgracht 126", "Main 1"],
                           "Billing street additional": ["Apt 2", "Unit B"],
                           "Billing city": ["Amsterdam", "Utrecht"]})
    top = _top(orders, "salesorder", "orders")
    assert (top["Billing street and number"], top["Billing street additional"]) == (
        "billto_line1", "billto_line2")
    lines = pl.DataFrame({"Name": ["T-shirt", "Mug"], "Quantity": ["1", "2"],
                          "VAT amount": ["21.00", "4.20"]})
    assert _top(lines, "salesorderdetail", "order_lines")["VAT amount"] == "tax"
    assert negated_channel("Kein Empfang von Team Mails") == ("do", "not", "email")
    assert negated_channel("Do Not Mail") == ("do", "not", "postal", "mail")
    users = pl.DataFrame({"login": ["scott", "smith"], "name": ["Scott", "Smith"]})
    tables = {"users": users, "staff": pl.DataFrame({"login": ["ana"]})}
    kinds = {"users": "user", "staff": "user"}
    assert "scott" not in users_of(tables, kinds, "users")
    assert "scott" in users_of(tables, kinds) and "ana" in users_of(tables, kinds, "users")
