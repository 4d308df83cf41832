"""General rules from keys37's held-out e-commerce exports (Spree, Magento, Saleor), each
on made-up data: a place written by its code, a code list's id that is no record key, a
product's stock count, a product's variants and their prices per sales channel, a store's
own product types, and a rich-text column of JSON beside its plain text."""

from __future__ import annotations

import json

import polars as pl

from d365migrate.intake.discover import classify_table, primary_key
from d365migrate.intake.key_rules import code_list_reference
from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_place_written_by_its_code_is_the_place() -> None:
    buyers = pl.DataFrame({"email": ["ann@example.com", "bo@example.com", "cy@example.com"],
                           "first_name": ["Ann", "Bo", "Cy"], "last_name": ["Ek", "Lo", "Ma"],
                           "city": ["Springfield", "Austin", "Leeds"],
                           "province_code": ["IL", "TX", ""],
                           "country_code": ["US", "US", "GB"]})
    sugg = suggest_columns(buyers, DEFS["contact"], source_object="customers")
    assert _top(sugg, "province_code") == "address1_stateorprovince"
    assert _top(sugg, "country_code") == "address1_country"


def test_a_code_beside_a_column_ending_in_its_place_is_that_value_again() -> None:
    # Pipedrive's organizations: 'country_code' beside 'address_country'
    orgs = pl.DataFrame({"name": ["Acme", "Globex"],
                         "address_country": ["United States", "Germany"],
                         "country_code": ["US", "DE"]})
    sugg, why = suggest_columns_why(orgs, DEFS["account"], source_object="organizations")
    assert _top(sugg, "address_country") == "address1_country"
    assert _top(sugg, "country_code") is None
    assert why["country_code"] == "the value of 'address_country' again, as a code"
    # only a place's code goes by the last word: a supplier's code is its part number
    goods = pl.DataFrame({"Name": ["Bolt", "Nut"], "Supplier Code": ["S-77", "S-78"],
                          "Default Supplier": ["Acme", "Bolt Co"]})
    sugg = suggest_columns(goods, DEFS["product"], source_object="products")
    assert _top(sugg, "Supplier Code") == "vendorpartnumber"


def test_a_code_lists_id_is_no_key_of_a_file_of_one_row() -> None:
    # one registered customer: every column is unique, the country's id no less
    one = pl.DataFrame({"firstname": ["Vera"], "lastname": ["Cole"],
                        "email": ["vera@example.com"], "region": ["Michigan"],
                        "country_id": ["US"], "telephone": ["(555) 229-3326"]})
    assert primary_key("customer_profile", one) == "email"
    sugg = suggest_columns(one, DEFS["contact"], source_object="customer_profile")
    assert _top(sugg, "country_id") == "address1_country"
    # in the code list's own file it is the key
    countries = pl.DataFrame({"name": ["United States"], "country_id": ["US"]})
    assert primary_key("countries", countries) == "country_id"
    assert code_list_reference("customers", "currency_code")
    assert not code_list_reference("customers", "customer_id")
    assert not code_list_reference("countries", "country_id")


def test_a_products_inventory_count_is_its_quantity_on_hand() -> None:
    items = pl.DataFrame({"sku": ["MUG-1", "MUG-2"], "name": ["Mug", "Big mug"],
                          "price": ["9.99", "12.50"], "inventory_count": ["120", "35"]})
    sugg = suggest_columns(items, DEFS["product"], source_object="items")
    assert _top(sugg, "inventory_count") == "quantityonhand"


def test_a_products_variants_are_products_linked_to_their_parent() -> None:
    cols = ["id", "sku", "name", "product", "track_inventory", "created_at"]
    kind, *_ = classify_table("shop_productvariant", cols, "id")
    assert kind == "product"
    kind, *_ = classify_table("product_variants", cols, "id")
    assert kind == "product"
    variants = pl.DataFrame({"id": ["501", "502", "503"], "sku": ["TEE-S", "TEE-M", "CAP-1"],
                             "name": ["S", "M", "One size"], "product": ["7", "7", "9"]})
    sugg = suggest_columns(variants, DEFS["product"], source_object="variants", key="id")
    assert _top(sugg, "product") == "parentproductid"
    assert _top(sugg, "name") == "name"
    # a product's name written in a 'product' column stays its name
    named = pl.DataFrame({"product": ["Tee", "Cap"], "price": ["10", "8"]})
    assert _top(suggest_columns(named, DEFS["product"], source_object="items"),
                "product") == "name"


def test_a_variants_price_in_a_sales_channel_is_a_price_list_item() -> None:
    cols = ["id", "variant", "channel", "currency", "price_amount", "cost_price_amount"]
    kind, *_ = classify_table("shop_variantchannellisting", cols, "id")
    assert kind == "price_list_item"
    # without the channel it names no price list: a store's variants, unsure
    kind, *_ = classify_table("shop_variantlisting", ["id", "variant", "currency",
                                                      "price_amount"], "id")
    assert kind == "unknown"
    prices = pl.DataFrame({"id": ["1", "2", "3", "4"], "variant": ["501", "501", "502", "502"],
                           "channel": ["1", "2", "1", "2"],
                           "currency": ["USD", "PLN", "USD", "PLN"],
                           "price_amount": ["10.000", "40.000", "12.000", "48.000"]})
    sugg = suggest_columns(prices, DEFS["productpricelevel"], source_object="prices", key="id")
    assert _top(sugg, "variant") == "productid"
    assert _top(sugg, "channel") == "pricelevelid"
    assert _top(sugg, "price_amount") == "amount"


def test_a_stores_own_product_types_are_not_the_product_type_choice() -> None:
    named = pl.DataFrame({"sku": [f"P-{i}" for i in range(12)],
                          "name": [f"Thing {i}" for i in range(12)],
                          "product_type": ["Kitchen Appliance", "Air Treatment", "Garment Care",
                                           "Vacuum Cleaner", "Lighting", "Audio"] * 2})
    sugg, why = suggest_columns_why(named, DEFS["product"], source_object="products")
    assert _top(sugg, "product_type") is None
    ids = pl.DataFrame({"id": [str(i) for i in range(1, 9)], "name": list("abcdefgh"),
                        "product_type": ["17", "18", "18", "19", "20", "17", "21", "19"]})
    sugg = suggest_columns(ids, DEFS["product"], source_object="products", key="id")
    assert _top(sugg, "product_type") is None
    # a type naming the choice's options (a service, a stock item) is the choice
    kinds = pl.DataFrame({"name": ["Setup", "Desk", "Chair", "Support"],
                          "product_type": ["Services", "Sales Inventory", "Sales Inventory",
                                           "Services"]})
    assert _top(suggest_columns(kinds, DEFS["product"], source_object="products"),
                "product_type") == "producttypecode"
    # an open choice keeps a value map to the source's own words: a case's type
    cases = pl.DataFrame({"title": [f"Case {i}" for i in range(6)],
                          "type": ["Technical Issue", "Billing Issue", "Installation",
                                   "General", "Wire Transfer", "Technical Issue"]})
    assert _top(suggest_columns(cases, DEFS["incident"], source_object="cases"),
                "type") == "casetypecode"
    # codes of the choice's own values are its codes
    codes = pl.DataFrame({"name": ["Setup", "Desk", "Chair", "Support"],
                          "product_type": ["3", "1", "1", "3"]})
    assert _top(suggest_columns(codes, DEFS["product"], source_object="products"),
                "product_type") == "producttypecode"


def test_json_documents_beside_their_plain_text_yield_to_it() -> None:
    def doc(text: str) -> str:
        return json.dumps({"time": 1, "blocks": [{"type": "paragraph",
                                                  "data": {"text": f"<b>{text}</b>"}}]})

    products = pl.DataFrame({"name": ["Tee", "Cap"],
                             "description": [doc("Soft cotton"), doc("Wool cap")],
                             "description_plaintext": ["Soft cotton", "Wool cap"]})
    sugg, why = suggest_columns_why(products, DEFS["product"], source_object="products")
    assert _top(sugg, "description_plaintext") == "description"
    assert _top(sugg, "description") is None
    assert "plain text is in 'description_plaintext'" in why["description"]
    # a description of text beside a plain copy keeps its own place
    plain = products.with_columns(pl.Series("description", ["Soft cotton!", "Wool cap!"]))
    sugg = suggest_columns(plain, DEFS["product"], source_object="products")
    assert _top(sugg, "description") == "description"
