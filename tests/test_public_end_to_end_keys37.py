"""keys37's public exports run end to end from their parameters files, decisions only
(issue 13): Magento's Luma sample store, one customer and six product files of one kind.
Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import _export_dir, assert_true_counts, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue


def test_magento_customer_and_six_product_files_fill_their_tables(tmp_path: Path) -> None:
    """The registered customer loads as a contact; the six product files (bags, fitness
    equipment, balls, straps, watches, video downloads) fill the product table in turn,
    each an entry of its own bound to the org's default unit group and unit; every record
    is read back. One video's description is longer than the column holds: cleared with
    its reason, the product loaded. The orders wait for a price list, and the reviews, cart
    rules, wish list and categories stay in Magento, each listed with its reason."""
    run_dir = run_public("magento-sample-data", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customer_profile", 1, 1, 0, 0, 0, 0),
        "product": ("products_gear_bags", 14, 14, 0, 0, 0, 0),
        "product_2": ("products_gear_fitness_equipment", 9, 9, 0, 0, 0, 0),
        "product_3": ("products_gear_fitness_equipment_ball", 9, 9, 0, 0, 0, 0),
        "product_4": ("products_gear_fitness_equipment_strap", 3, 3, 0, 0, 0, 0),
        "product_5": ("products_gear_watches", 9, 9, 0, 0, 0, 0),
        "product_6": ("products_training_video_download", 6, 6, 0, 0, 0, 0)}
    person = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()[0]
    # the one-row file's 'country_id' is her country, not her id: her email keys her
    assert (person["__source_id"], person["firstname"], person["lastname"],
            person["address1_country"], person["address1_stateorprovince"],
            person["address1_postalcode"], person["gendercode"]) == (
        "roni_cost@example.com", "Veronica", "Costello", "US", "Michigan", "49628-7978", 2)
    balls = pl.read_parquet(run_dir / "staged" / "product_3.parquet").to_dicts()
    gray = next(b for b in balls if b["productnumber"] == "24-WG081-gray")
    assert (gray["name"], gray["price"], gray["quantityonhand"], gray["size"],
            gray["quantitydecimal"]) == ("Sprite Stasis Ball 55 cm", 23.0, 100.0, "55 cm", 0)
    assert {b["__via__defaultuomid"] for b in balls} == {"existing"}
    cleared = pl.read_csv(run_dir / "cleared" / "product_6.csv", infer_schema=False)
    # (session 56: a SKU keys a product file, so the video is known by its SKU, 240-LV09,
    # no longer by its name 'Luma Yoga For Life')
    assert cleared.select("source_id", "column").rows() == [
        ("products-training-video:240-LV09", "description")]
    assert cleared["reason"][0].startswith("longer than 2000 characters")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert "salesorder" in files["orders"]["reason"]
    for name in ("products_reviews", "sales_rules", "wishlist", "categories"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_spree_customers_and_the_products_named_on_their_own_rows(tmp_path: Path) -> None:
    """Spree's 20 customers load as contacts, their state and country written by code
    ('IL', 'US') in their address; the company five of them buy for is a link to an
    account this run does not load, left out and said so. The product import file loads
    the 37 products' own rows (one shares its SKU with another product's and is kept once)
    and 85 of the 87 variant rows, which carry no name (Spree writes it once, on the
    product's row): each is named after the product of its slug with its options ('Drip
    Coffee Maker 1.5L (Black)'); the two variants of the product whose row was the
    duplicate have no product row to be named after: held back, no name. The 87 rows
    repeating a variant's SKU with its price in EUR are skipped as the same record again:
    nothing is claimed for either."""
    run_dir = run_public("spree-sample-data", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "contact": ("customers", 20, 20, 0, 0, 0),
        "product": ("products", 211, 121, 2, 88, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    patel = people.filter(pl.col("lastname") == "Patel").to_dicts()[0]
    assert (patel["emailaddress1"], patel["address1_line1"], patel["address1_line2"],
            patel["address1_city"], patel["address1_stateorprovince"],
            patel["address1_country"], patel["address1_postalcode"]) == (
        "james.patel@example.com", "89 Commerce Drive", "Suite 200", "Austin", "TX", "US",
        "78701")
    # the five companies: a link to accounts, which this run does not load, left and said
    assert people["__via__left__parentcustomerid"].to_list().count(True) == 5
    assert out["contact"]["links_left"] == {"parentcustomerid": 5}
    held = pl.read_csv(run_dir / "quarantine" / "product.csv", infer_schema=False)
    assert held.height == 2 and set(held["reason"]) == {
        "product name is required by Dataverse (expect_column_values_to_not_be_null)"}
    skipped = pl.read_csv(run_dir / "skipped" / "product.csv", infer_schema=False)
    assert skipped.height == 88 and all(r.startswith("duplicate source id; row ")
                                        for r in skipped["reason"])
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    espresso = products.filter(pl.col("productnumber") == "AUTOMATIC-ESPRESSO-MACHINE")
    assert espresso.select("name", "statuscode").rows() == [("Automatic Espresso Machine", 1)]
    names = dict(products.select("productnumber", "name").iter_rows())
    assert (names["DRIP-COFFEE-MAKER-BLACK"], names["ROBOT-VACUUM-WHITE"]) == (
        "Drip Coffee Maker 1.5L (Black)", "Robot Vacuum (White)")
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["product"]["matched"] == 121
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["product_translations"]["migrated"]
    assert files["product_translations"]["reason"]


def test_saleor_products_as_families_variants_under_them_and_channel_prices(
        tmp_path: Path) -> None:
    """Saleor's 32 products load first, as product families (their 73 variants name them
    as parents, and Dynamics 365 takes only a family as a parent); the variants load under
    them, each bound to its family; the two sales channels, set to price lists in the
    parameters, load as price lists, and each variant's price in a channel as a price list
    item of it. 17 variants have no SKU, which a product requires: the parameters decide
    that theirs is the variant's own id (``else: id``), so every variant and every channel
    price loads. The organisation owns products and price lists: the report says of none
    of them that they went to the user the migration ran as."""
    run_dir = run_public("saleor-populatedb", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "pricelevel": ("channel_channel", 2, 2, 0, 0, 0, 0),
        "product": ("product_product", 32, 32, 0, 0, 0, 0),
        "product_2": ("product_productvariant", 73, 73, 0, 0, 0, 0),
        "productpricelevel": ("product_productvariantchannellisting", 146, 146, 0, 0, 0, 0)}
    families = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert set(families["productstructure"]) == {2}
    variants = pl.read_parquet(run_dir / "staged" / "product_2.parquet")
    assert "productstructure" not in variants.columns
    # the 17 without a SKU carry their Saleor id as their Product ID, read back
    folder = _export_dir("saleor-populatedb")
    assert folder is not None
    export = pl.read_csv(folder / "product_productvariant.csv", infer_schema=False)
    no_sku = export.filter(pl.col("sku").is_null())
    assert no_sku.height == 17
    numbers = dict(variants.select("__source_id", "productnumber").iter_rows())
    assert all(numbers[f"product-productvariant:{i}"] == i for i in no_sku["id"])
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert {t: v["matched"] for t, v in verification.items()} == {
        "pricelevel": 2, "product": 32, "product_2": 73, "productpricelevel": 146}
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Price list items" in report and "Productpricelevel" not in report
    assert "taken as the owner of" not in report
