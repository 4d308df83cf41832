"""keys37's public exports run end to end from their parameters files, decisions only
(issue 13): Magento's Luma sample store, one customer and six product files of one kind.
Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public
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
    assert {k: (o["source_object"], o["source"], o["loaded"], o["quarantined"], o["skipped"],
                o["failed"], o["unresolved_lookups"]) for k, o in out.items()} == {
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
    assert cleared.select("source_id", "column").rows() == [
        ("products-training-video:Luma Yoga For Life", "description")]
    assert cleared["reason"][0].startswith("longer than 2000 characters")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert "salesorder" in files["orders"]["reason"]
    for name in ("products_reviews", "sales_rules", "wishlist", "categories"):
        assert not files[name]["migrated"] and files[name]["reason"], name
