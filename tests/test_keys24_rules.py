"""Rules added after measuring keys24's held-out Odoo localisation exports (session 13), on
made-up frames so they run where the public data is absent: a "contacts" file whose rows are
mostly companies is the accounts, a country code in brackets is still a phone number, a
reference to a state record is the address's state, a street's number is not the street, a
unit shared by every product is no tenant id, a standard price beside a list price is the
cost, and the vocabulary of an ERP's products and order lines (a default code, a line's
quantity and unit, an order's state)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.company_rows import company_share
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.values import infer_column
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kind(name: str, df: pl.DataFrame) -> str:
    return {o.source: o.name for o in discover(Export(Path("."), {name: df})).objects}[name]


def _partners(flags: list[object]) -> pl.DataFrame:
    n = len(flags)
    return pl.DataFrame({
        "id": [f"p{i}" for i in range(n)],
        "name": ["Tecelagem Aurora", "Padaria Sol", "Joana Prado", "Ferragens Lua",
                 "Marco Vidal"][:n],
        "email": [f"x{i}@example.org" for i in range(n)],
        "city": ["Recife", "Natal", "Recife", "Belém", "Natal"][:n],
        "is_company": flags})


def test_contacts_file_of_mostly_companies_is_the_accounts() -> None:
    assert _kind("Contacts", _partners(["True", "True", "False", "True", "False"])) == "account"


def test_contacts_file_of_mostly_people_stays_contacts() -> None:
    assert _kind("Contacts", _partners(["False", "True", "False", "False", "False"])) \
        == "contact"


def test_company_share_reads_person_flags_and_type_columns() -> None:
    df = pl.DataFrame({"is_person": ["0", "1", "0"], "company_type": ["company", None, "x"]})
    # row 1: both say company; row 2: a person; row 3: the flag says company, the type nothing
    assert company_share(df) == (2, 3, ["is_person", "company_type"])
    clash = pl.DataFrame({"is_company": ["true"], "company_type": ["individual"]})
    assert company_share(clash)[0] == 0   # the columns disagree: not counted a company


def test_country_code_in_brackets_is_a_phone_number() -> None:
    s = pl.Series("phone", ["(+33) (1) 4268 5300", "(+33) (4) 7212 0044",
                            "(+49) (30) 555 0101", "(+44) (20) 7946 0000",
                            "(+39) (06) 555 1234", "(+34) (91) 555 6789"])
    assert infer_column(s)["type"] == "phone"
    df = pl.DataFrame({"name": [f"Firm {i}" for i in range(6)], "phone": s})
    assert _top(suggest_columns(df, DEFS["account"], source_object="firms"), "phone") \
        == "telephone1"


def test_state_reference_is_the_address_state() -> None:
    df = pl.DataFrame({"name": ["Firm A", "Firm B"], "state_id": ["geo.state_mx_jal",
                                                                  "geo.state_mx_nle"],
                       "country_id": ["geo.mx", "geo.mx"]})
    assert _top(suggest_columns(df, DEFS["account"], source_object="firms"), "state_id") \
        == "address1_stateorprovince"


def test_street_number_is_not_the_street() -> None:
    df = pl.DataFrame({"name": ["Firm A", "Firm B", "Firm C"],
                       "street_name": ["Rua das Flores", "Avenida Atlântica", "Rua Direita"],
                       "street_number": ["12", "s/n", "300"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="firms")
    assert _top(sugg, "street_name") == "address1_line1"
    assert _top(sugg, "street_number") != "address1_line1"
    alone = pl.DataFrame({"name": ["Firm A", "Firm B"], "house_number": ["7", "9a"]})
    assert _top(suggest_columns(alone, DEFS["account"], source_object="firms"),
                "house_number") != "address1_line1"


def test_unit_shared_by_every_product_is_no_tenant_id() -> None:
    df = pl.DataFrame({"id": ["p1", "p2", "p3", "p4"],
                       "name": ["Bolt", "Nut", "Washer", "Screw"],
                       "uom_id": ["units.each"] * 4,
                       "uom_po_id": ["units.box", None, "units.each", None]})
    sugg = suggest_columns(df, DEFS["product"], source_object="products", key="id")
    assert _top(sugg, "uom_id") == "defaultuomid"
    assert _top(sugg, "uom_po_id") != "defaultuomid"


def test_standard_price_beside_list_price_is_the_cost() -> None:
    df = pl.DataFrame({"name": ["Bolt", "Nut", "Washer"], "default_code": ["B-1", "N-2", "W-3"],
                       "list_price": ["2.50", "0.80", "0.20"],
                       "standard_price": ["1.10", "0.35", "0.05"]})
    sugg = suggest_columns(df, DEFS["product"], source_object="products")
    assert _top(sugg, "list_price") == "price"
    assert _top(sugg, "standard_price") == "standardcost"
    assert _top(sugg, "default_code") == "productnumber"


def test_order_line_quantity_and_unit_and_the_order_state() -> None:
    lines = pl.DataFrame({"order_id": ["o1", "o1", "o2"], "name": ["Bolt", "Nut", "Bolt"],
                          "product_uom_qty": ["4", "10", "2"],
                          "product_uom": ["Units", "Dozens", "Units"],
                          "price_unit": ["2.5", "8", "2.5"]})
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="order_lines")
    assert _top(sugg, "product_uom_qty") == "quantity"
    assert _top(sugg, "product_uom") == "uomid"
    orders = pl.DataFrame({"name": ["SO1", "SO2", "SO3"], "state": ["draft", "sale", "cancel"]})
    assert _top(suggest_columns(orders, DEFS["salesorder"], source_object="orders"), "state") \
        == "statuscode"
