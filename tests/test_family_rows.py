"""A configurable product and its variants in one product file (made-up data): the rows
the others name as their parent are staged as product families, the rest as products."""

from __future__ import annotations

import polars as pl

from d365migrate.staging.family_rows import families_named
from d365migrate.staging.rules import parent_loops

LINK = {"target": "parentproductid", "navigation": "parentproductid", "table": "product",
        "source": "parent_sku", "references": "catalogue.sku"}


def _staged(**more: list) -> pl.DataFrame:
    return pl.DataFrame({"__source_id": ["JACKET", "JACKET-S", "JACKET-M", "MUG"],
                         "__source_row": [1, 2, 3, 4], "name": ["Jacket", "S", "M", "Mug"],
                         "__ref__parentproductid": [None, "JACKET", "JACKET", None],
                         "__via__parentproductid": [None, "key", "key", None],
                         "__raw__parentproductid": [None, "JACKET", "JACKET", None], **more})


def test_the_row_its_variants_name_is_a_product_family() -> None:
    staged = families_named(_staged(), [LINK], "catalogue", "__ref__")
    assert dict(staged.select("__source_id", "productstructure").rows()) == {
        "JACKET": 2, "JACKET-S": 1, "JACKET-M": 1, "MUG": 1}


def test_staging_marks_the_families_when_it_checks_the_files_own_parents() -> None:
    staged, flags, cleared = parent_loops(_staged(), [LINK], "catalogue", "catalogue.csv",
                                          "__ref__", "__via__", "__raw__")
    assert staged.filter(pl.col("productstructure") == 2)["__source_id"].to_list() == [
        "JACKET"]
    assert flags.height == 0 and cleared == {}


def test_a_structure_the_map_gives_is_kept_on_the_other_rows() -> None:
    staged = families_named(_staged(productstructure=[1, 1, 1, 3]), [LINK], "catalogue",
                            "__ref__")
    assert staged["productstructure"].to_list() == [2, 1, 1, 3]


def test_a_link_into_another_file_or_table_marks_nothing() -> None:
    other_file = {**LINK, "references": "families.sku"}   # mapping/parent_files.py's case
    assert "productstructure" not in families_named(_staged(), [other_file], "catalogue",
                                                    "__ref__").columns
    parent_account = {**LINK, "target": "parentaccountid", "table": "account"}
    assert "productstructure" not in families_named(_staged(), [parent_account], "catalogue",
                                                    "__ref__").columns
