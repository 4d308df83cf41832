"""keys40's public exports run end to end from their parameters files, decisions only
(issue 13): Bagisto's Data Transfer customer and product files, a configurable product and
its variants in one product file. Same harness as tests/test_public_end_to_end.py (that
module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue


def test_bagisto_customers_and_a_configurable_product_with_its_variants(tmp_path: Path
                                                                        ) -> None:
    """The three customers load as contacts (gender by its label, birth date); the product
    file's eleven rows load as products keyed by SKU, bound to the org's default unit group
    and unit. The configurable jacket, which its four variants name as their parent by SKU
    in the same file, loads as a product family (Dynamics refuses a plain product as a
    parent), and each variant arrives under it, read back from the org. The tax rates stay
    in Bagisto, listed with their reason."""
    run_dir = run_public("bagisto-data-transfer", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customers", 3, 3, 0, 0, 0, 0),
        "product": ("products", 11, 11, 0, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people.select("__source_id", "firstname", "lastname", "gendercode",
                         "birthdate").rows() == [
        ("john@example.com", "John", "Doe", 1, "1991-05-15T00:00:00Z"),
        ("jane@example.com", "Jane", "Smith", 2, "1991-05-15T00:00:00Z"),
        ("robert@example.com", "Robert", "Johnson", 1, "1990-11-26T00:00:00Z")]
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(tmp_path / "parameters" / "bagisto-data-transfer.yml",
                          tmp_path / "run")
    try:
        rows = list(ctx.client.query("products", select=[
            "productid", "productnumber", "productstructure", "price",
            "_parentproductid_value"]))
    finally:
        ctx.client.close()
    by_id = {r["productid"]: r for r in rows}
    assert len(rows) == 11
    assert {r["productnumber"]: r["productstructure"] for r in rows
            if r["_parentproductid_value"] is None} == {
        "SP-001": 1, "SP-002": 1, "SP-003": 1, "SP-004": 1, "GP-001": 1, "BP-001": 1,
        "CP-001": 2}
    assert sorted((r["productnumber"], by_id[r["_parentproductid_value"]]["productnumber"],
                   r["productstructure"], r["price"]) for r in rows
                  if r["_parentproductid_value"]) == [
        ("SP-005", "CP-001", 1, 14.0), ("SP-006", "CP-001", 1, 17.0),
        ("SP-007", "CP-001", 1, 21.0), ("SP-008", "CP-001", 1, 21.0)]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["tax-rates"]["migrated"] and files["tax-rates"]["reason"]


def test_prestashop_buyer_and_catalogue(tmp_path: Path) -> None:
    """PrestaShop's registered buyer loads as a contact (his birthday a date, his password
    and secure key nowhere); the 19 catalogue products load keyed by their reference, with
    price, wholesale price as the cost, weight and stock, bound to the org's default unit
    group and unit. The orders and their lines wait for a price list, and the address book,
    brands, suppliers and catalogue tree stay in PrestaShop, each listed with its reason."""
    run_dir = run_public("prestashop-fashion-fixtures", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("customer", 1, 1, 0, 0, 0, 0),
        "product": ("product", 19, 19, 0, 0, 0, 0)}
    [buyer] = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert (buyer["firstname"], buyer["lastname"], buyer["emailaddress1"]) == (
        "John", "DOE", "pub@prestashop.com")
    assert not any("123456789" in str(v) or "4a027ae3" in str(v) for v in buyer.values())
    shirt = pl.read_parquet(run_dir / "staged" / "product.parquet").filter(
        pl.col("productnumber") == "demo_1").to_dicts()[0]
    assert (shirt["name"], shirt["price"], shirt["currentcost"], shirt["stockweight"]) == (
        "Hummingbird printed t-shirt", 23.9, 5.49, 0.3)
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert "salesorder" in files["orders"]["reason"]
    for name in ("address", "category", "manufacturer", "supplier"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_woocommerce_variable_products_as_families_with_their_variations(tmp_path: Path
                                                                         ) -> None:
    """WooCommerce's 25 sample products load keyed by product ID; a variation names its
    variable product by SKU in the Parent column (a row of the same file, whose key is its
    ID: linked by that other unique column): the V-neck tee and the hoodie, which variations
    name, load as product families and their seven variations under them, every link read
    back. The tax rates stay in WooCommerce, listed with their reason."""
    run_dir = run_public("woocommerce-sample-data", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "product": ("sample_products", 25, 25, 0, 0, 0, 0)}
    staged = pl.read_parquet(run_dir / "staged" / "product.parquet")
    families = staged.filter(pl.col("productstructure") == 2)
    assert sorted(families["productnumber"]) == ["woo-hoodie", "woo-vneck-tee"]
    parents = dict(staged.filter(pl.col("__ref__parentproductid").is_not_null())
                   .select("productnumber", "__ref__parentproductid").iter_rows())
    assert len(parents) == 7 and set(parents.values()) == set(families["__source_id"])
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["product"]["columns"]["parentproductid"] == 0
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["sample_tax_rates"]["migrated"] and files["sample_tax_rates"]["reason"]


def test_vendure_every_variant_row_a_product_named_after_its_product(tmp_path: Path) -> None:
    """Vendure's catalogue import file: a product's first row has its name, each row after
    it with no name is one more variant with its own SKU, price and options. All 86 SKUs
    load as products, a variant named after its product with its options ('Laptop (15 inch
    / 8GB)'), read back; the cafe chair's three colours share one SKU in the file, so two
    rows are skipped as the same record again, naming the row kept."""
    run_dir = run_public("vendure-mock-products", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"product": ("products", 88, 86, 0, 2, 0)}
    staged = pl.read_parquet(run_dir / "staged" / "product.parquet")
    names = dict(staged.select("productnumber", "name").iter_rows())
    assert (names["L2201308"], names["L2201508"], names["L2201516"], names["C27F390"]) == (
        "Laptop", "Laptop (15 inch / 8GB)", "Laptop (15 inch / 16GB)",
        "Curvy Monitor (27 inch)")
    assert staged["name"].null_count() == 0
    verification = json.loads((run_dir / "verification.json").read_text())
    assert verification["tables"]["product"]["matched"] == 86
    records = verification["spot_check"]["tables"]["product"]["records"]
    shown = {f["export_column"] for r in records for f in r["fields"] if f["field"] == "name"}
    assert shown == {"name (continuing the row above, with optionValues)"}
    skipped = pl.read_csv(run_dir / "skipped" / "product.csv", infer_schema=False)
    assert skipped["row"].to_list() == ["87", "88"]
    assert set(skipped["reason"]) == {"duplicate source id; row 86 kept"}
