"""Rules tuned on keys23's exports (classic sales sample databases exported table by table:
Northwind, Chinook, Sakila, AdventureWorks), on made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import classify_table, discover
from d365migrate.intake.id_references import pointing_kind
from d365migrate.intake.kinds import column_prefix, name_kind
from d365migrate.intake.line_items import sold_item_columns
from d365migrate.intake.read import Export
from d365migrate.mapping.responsible_users import responsible_bonus
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_vetoes import fractions
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_kind_word_inside_another_word_names_nothing_at_the_start() -> None:
    # 'ContactType' starts with the Portuguese 'conta' (an account) inside 'contact'
    assert name_kind("ContactType") == (None, "")
    assert name_kind("PhoneNumberType") == (None, "")
    # a kind word of whole words at the start still names the kind
    assert name_kind("sales_orders_2020")[0] == "order"
    assert name_kind("Contas")[0] == "account"            # one word: the Portuguese word


def test_who_sells_is_a_user_by_two_words_written_as_one() -> None:
    assert name_kind("SalesPerson") == ("user", "exact")
    assert name_kind("sales_reps") == ("user", "exact")
    assert name_kind("account_managers") == ("user", "exact")
    assert name_kind("ContactPersons")[0] == "contact"    # a person still a contact
    assert pointing_kind("SalesPersonID") == "user"
    assert pointing_kind("account_manager_id") == "user"
    assert pointing_kind("contact_person_id") == "contact"
    assert pointing_kind("org_id") == "account"


def test_a_promotion_offer_is_no_quote() -> None:
    assert name_kind("SpecialOffer") == (None, "")
    assert name_kind("promo_offers") == (None, "")
    assert name_kind("Offers")[0] == "quote"              # an offer alone: a quote
    assert name_kind("price_offer")[0] == "quote"
    cols = ["SpecialOfferID", "Description", "DiscountPct", "Type", "Category", "StartDate",
            "EndDate", "MinQty", "MaxQty"]
    assert classify_table("SpecialOffer", cols, "SpecialOfferID")[0] != "quote"


def test_a_description_column_is_no_time_stamp_of_an_association() -> None:
    # a sales territory: its id, its label and its region's id; no association of two ids
    cols = ["TerritoryID", "TerritoryDescription", "RegionID"]
    kind, _, _, evidence = classify_table("Territories", cols, "TerritoryID",
                                          frozenset({"TerritoryID"}))
    assert kind == "territory"
    assert not any("association" in e for e in evidence)
    # ids and a time stamp only: still an association
    cols = ["TerritoryID", "RegionID", "created_on"]
    evidence = classify_table("territory_region", cols, None)[3]
    assert any("association" in e for e in evidence)


def test_what_the_lines_of_a_sale_sell_is_a_product() -> None:
    lines = ["InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity"]
    assert sold_item_columns("InvoiceLine", lines, "InvoiceLineId") == ["TrackId"]
    # no quantity and unit price: no lines of a sale
    assert sold_item_columns("InvoiceLine", ["InvoiceLineId", "InvoiceId", "TrackId"],
                             "InvoiceLineId") == []
    # a line's product named by its kind's word is left to that word
    assert sold_item_columns("OrderItem", ["OrderId", "ProductId", "Price", "Qty"], None) == []
    tracks = pl.DataFrame({"TrackId": ["1", "2", "3", "4"],
                           "Name": ["Intro", "Outro", "Reprise", "Finale"],
                           "Composer": ["A. Young", "B. Scott", "A. Young", "C. Ray"],
                           "Milliseconds": ["343719", "342562", "230619", "252051"],
                           "UnitPrice": ["0.99", "0.99", "1.99", "0.99"]})
    line_rows = pl.DataFrame({"InvoiceLineId": ["10", "11", "12", "13"],
                              "InvoiceId": ["1", "1", "2", "3"],
                              "TrackId": ["1", "2", "3", "4"],
                              "UnitPrice": ["0.99", "0.99", "1.99", "0.99"],
                              "Quantity": ["1", "1", "2", "1"]})
    invoices = pl.DataFrame({"InvoiceId": ["1", "2", "3"],
                             "InvoiceDate": ["2021-01-01", "2021-01-02", "2021-01-03"],
                             "Total": ["1.98", "3.98", "0.99"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."), {
        "Song": tracks, "InvoiceLine": line_rows, "Invoice": invoices})).objects}
    assert kinds["Song"] == "product"
    assert kinds["Invoice"] != "product"                   # the document, not what is sold
    # without the lines, nothing says the songs are sold
    alone = {o.source: o.name for o in discover(Export(Path("."), {"Song": tracks})).objects}
    assert alone["Song"] != "product"


def test_a_rental_rate_and_a_replacement_cost_make_a_product() -> None:
    cols = ["film_id", "title", "description", "release_year", "rental_duration",
            "rental_rate", "length", "replacement_cost", "rating", "last_update"]
    assert classify_table("film", cols, "film_id")[0] == "product"


def test_the_rep_of_a_customer_is_its_owner() -> None:
    assert responsible_bonus("ownerid", ("support", "rep", "id")) > 0
    assert responsible_bonus("ownerid", ("sales", "person", "id")) > 0
    assert responsible_bonus("preferredsystemuserid", ("support", "rep", "id")) == 0
    assert responsible_bonus("ownerid", ("created", "by", "id")) == 0
    df = pl.DataFrame({"CustomerId": ["1", "2", "3"], "FirstName": ["Ann", "Bo", "Cy"],
                       "LastName": ["Lee", "Ray", "Fox"], "SupportRepId": ["3", "4", "3"]})
    sugg = suggest_columns(df, DEFS["contact"], source_object="Customer")
    assert _top(sugg, "SupportRepId") == "ownerid"
    df = pl.DataFrame({"StoreID": ["1", "2", "3"], "Name": ["A Bikes", "B Cycles", "C Shop"],
                       "SalesPersonID": ["275", "276", "275"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="Store")
    assert _top(sugg, "SalesPersonID") == "ownerid"


def test_a_discount_of_fractions_is_no_amount() -> None:
    assert fractions(("0", "0.15", "0.05"))
    assert not fractions(("0", "1"))                        # no share strictly between
    assert not fractions(("5", "12.5"))
    assert not fractions(("0.1", "n/a"))
    lines = pl.DataFrame({"OrderID": ["10248", "10248", "10249"],
                          "ProductID": ["11", "42", "14"], "UnitPrice": ["14", "9.8", "18.6"],
                          "Quantity": ["12", "10", "9"], "Discount": ["0", "0.15", "0.05"]})
    sugg = suggest_columns(lines, DEFS["salesorderdetail"], source_object="Order Details")
    assert _top(sugg, "Discount") is None
    assert _top(sugg, "UnitPrice") == "priceperunit"
    # an amount off stays the line's discount amount
    amounts = lines.with_columns(pl.Series("Discount", ["0", "12.50", "4.00"]))
    sugg = suggest_columns(amounts, DEFS["salesorderdetail"], source_object="Order Details")
    assert _top(sugg, "Discount") == "manualdiscountamount"


def test_ship_columns_are_the_ship_to_address_not_a_prefix() -> None:
    cols = ["OrderID", "CustomerID", "ShipVia", "ShipName", "ShipAddress", "ShipCity",
            "ShipRegion", "ShipPostalCode", "ShipCountry", "Freight"]
    assert column_prefix(cols) == ()
    assert column_prefix(["acct_id", "acct_name", "acct_city", "phone"]) == ("acct",)
    df = pl.DataFrame({c: [f"{c} {i}" for i in range(3)] for c in cols})
    df = df.with_columns(pl.Series("OrderID", ["1", "2", "3"]),
                         pl.Series("Freight", ["32.38", "11.61", "65.83"]),
                         pl.Series("RequiredDate", ["8/1/1996", "8/16/1996", "8/5/1996"]),
                         pl.Series("ShippedDate", ["7/16/1996", "7/10/1996", "7/12/1996"]))
    sugg = suggest_columns(df, DEFS["salesorder"], source_object="Orders")
    assert {c: _top(sugg, c) for c in ("ShipName", "ShipAddress", "ShipCity", "ShipCountry",
                                       "RequiredDate", "ShippedDate")} == {
        "ShipName": "shipto_name", "ShipAddress": "shipto_line1", "ShipCity": "shipto_city",
        "ShipCountry": "shipto_country", "RequiredDate": "requestdeliveryby",
        "ShippedDate": "datefulfilled"}


def test_stock_and_rental_words_of_a_product() -> None:
    df = pl.DataFrame({"ProductID": ["1", "2"], "ProductName": ["Chai", "Chang"],
                       "UnitsInStock": ["39", "17"], "rental_rate": ["0.99", "4.99"]})
    sugg = suggest_columns(df, DEFS["product"], source_object="Products")
    assert _top(sugg, "UnitsInStock") == "quantityonhand"
    assert _top(sugg, "rental_rate") == "price"


def test_a_territory_named_by_its_own_description() -> None:
    df = pl.DataFrame({"TerritoryID": ["01581", "01730", "01833"],
                       "TerritoryDescription": ["Westboro", "Bedford", "Georgetown"],
                       "RegionID": ["1", "1", "2"]})
    sugg = suggest_columns(df, DEFS["territory"], source_object="Territories")
    assert _top(sugg, "TerritoryDescription") == "name"
    assert _top(sugg, "RegionID") == "parentterritoryid"
    # sentences describe the record: they stay its description
    long = df.with_columns(pl.Series("TerritoryDescription", [
        "The western suburbs of Boston, served from the Westboro office since 1998",
        "Bedford and the towns north of it along the river, with two key accounts",
        "Georgetown: the old harbour district, the restaurants and the hotels there"]))
    sugg = suggest_columns(long, DEFS["territory"], source_object="Territories")
    assert _top(sugg, "TerritoryDescription") == "description"
    # a file with a name column keeps it as the name
    named = df.with_columns(pl.Series("Name", ["West", "North", "Harbour"]))
    sugg = suggest_columns(named, DEFS["territory"], source_object="Territories")
    assert _top(sugg, "Name") == "name"
    assert _top(sugg, "TerritoryDescription") == "description"
