"""A catalogue of products and their variants in two files (keys37's Saleor): the products'
file fills the product table first, its records made product families (Microsoft: "a
product or bundle can't be set as a parent"), the variants after them naming their family
as parent, a price naming a variant of the second file linked to it; moved balanced and
verified, each variant under its family in the org."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.more_files import without_links_into_unloaded
from d365migrate.mapping.parent_files import parents_first
from d365migrate.mapping.propose import propose_mapping
from engagements import made_up_parameters, run_steps
from tuning_support import DEFS

EXPORT = {
    # the variants file is larger: without the rule it would be the table's first file
    "shop_variants.csv": "id,sku,name,product,created_at\n"
                         "501,TEE-S,S,7,2024-01-02T10:00:00Z\n"
                         "502,TEE-M,M,7,2024-01-02T10:00:00Z\n"
                         "503,TEE-L,L,7,2024-01-02T10:00:00Z\n"
                         "504,CAP-1,One size,9,2024-01-03T10:00:00Z\n"
                         "505,MUG-1,300 ml,11,2024-01-04T10:00:00Z\n",
    "shop_products.csv": "id,name,slug,description,created_at\n"
                         "7,Organic tee,organic-tee,A soft cotton tee,2024-01-01T09:00:00Z\n"
                         "9,Cap,cap,A cap for the sun,2024-01-01T09:00:00Z\n"
                         "11,Mug,mug,A mug for tea,2024-01-01T09:00:00Z\n",
}
PRICES = ("shop_variantchannellisting.csv",
          "id,variant,channel,currency,price_amount\n1,501,1,USD,10.00\n2,502,1,USD,10.00\n"
          "3,503,1,USD,11.00\n4,504,1,USD,8.00\n5,505,1,USD,6.00\n")
UNITS = {f"{unit}.{col}": {"existing": {"table": table, "match": {"name": name}}}
         for unit in ("product", "product_2")
         for col, table, name in (("defaultuomscheduleid", "uomschedule", "Default Unit"),
                                  ("defaultuomid", "uom", "Primary Unit"))}


def _export(root: Path, with_prices: bool = False) -> Path:
    export = root / "export"
    export.mkdir(exist_ok=True)
    for name, text in [*EXPORT.items(), *([PRICES] if with_prices else [])]:
        (export / name).write_text(text, encoding="utf-8")
    return export


def _proposal(root: Path, objects: list[str]) -> dict:
    export = read_export(_export(root, with_prices=True))
    found = discover(export)
    return propose_mapping(export, found, DEFS, objects,
                           source_id_column="new_smartdeskid").mapping


def test_the_products_file_comes_first_and_its_records_are_product_families(
        tmp_path: Path) -> None:
    mapping = _proposal(tmp_path, ["product", "productpricelevel"])
    entries = {str(t.get("name") or t["target"]): t for t in mapping["tables"]}
    assert entries["product"]["source"] == "shop_products"
    [family] = [c for c in entries["product"]["columns"] if c["target"] == "productstructure"]
    assert (family["transform"], family["value"]) == ("constant", 2)
    assert "can't be a parent" in family["reason"] and "shop_variants" in family["reason"]
    variants = entries["product_2"]
    assert variants["source"] == "shop_variants"
    assert [(lk["target"], lk["source"], lk["references"]) for lk in variants["lookups"]] == [
        ("parentproductid", "product", "shop_products.id")]
    assert not any(c["target"] == "productstructure" for c in variants["columns"])
    # a price names a variant of the second products file: linked into its rows
    [price] = [lk for lk in entries["productpricelevel"]["lookups"]
               if lk["target"] == "productid"]
    assert price["references"] == "shop_variants.id"


def test_a_file_naming_no_other_keeps_the_best_first() -> None:
    class Found:
        def __init__(self, links: dict[str, str]) -> None:
            self.links = links

        def links_from(self, source: str) -> list:
            class Rel:
                kind, match_rate, column, target_column = "id", 1.0, "product", "id"
                target_source = self.links.get(source)
            return [Rel()] if source in self.links else []

    assert parents_first(Found({"variants": "products"}), ["variants", "products"]) == \
        "products"
    assert parents_first(Found({}), ["variants", "products"]) == "variants"
    # two files naming each other's rows: neither is the other's parent, the best stays
    assert parents_first(Found({"a": "b", "b": "a"}), ["a", "b"]) == "a"


def test_two_address_books_of_the_same_people_are_no_parents(tmp_path: Path) -> None:
    """Two address books' 'Display Name' match each other's: the same people twice, not a
    link to parents: the file discovery is surer of stays first (Thunderbird's books)."""
    (tmp_path / "address_book.csv").write_text(
        "First Name,Last Name,Display Name,Nickname,Primary Email,Work Phone,Notes\n"
        "Ann,Lee,Ann Lee,,ann@example.com,,\nBo,Chan,Bo Chan,,bo@example.com,,\n",
        encoding="utf-8")
    (tmp_path / "old_book.csv").write_text(
        "Display Name;First Name;Last Name;Primary Email\nAnn Lee;Ann;Lee;ann@example.com\n"
        "Bo Chan;Bo;Chan;bo@example.com\n", encoding="utf-8")
    export = read_export(tmp_path)
    found = discover(export)
    assert any(r.target_source == "old_book" for r in found.links_from("address_book"))
    mapping = propose_mapping(export, found, DEFS, ["contact"],
                              source_id_column="new_smartdeskid").mapping
    assert mapping["tables"][0]["source"] == "address_book"


def test_a_link_into_a_file_no_entry_took_is_unresolved_again() -> None:
    entries = [{"target": "productpricelevel", "source": "prices", "lookups": [
        {"target": "productid", "source": "variant", "references": "variants.id",
         "confidence": 0.9}], "unmapped": [], "unmapped_reasons": {}}]
    out = without_links_into_unloaded(entries, {"variants": "product"})
    assert out[0]["lookups"] == []
    assert out[0]["unresolved_lookups"][0]["target"] == "productid"
    assert "does not load" in out[0]["unmapped_reasons"]["variant"]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from d365migrate.run.context import RunContext

    root = tmp_path_factory.mktemp("families")
    params = made_up_parameters(root, _export(root), ["product"], "families", "Made-up shop",
                                mapping={"confirm_as": "analyst",
                                         "decisions": {"links": UNITS, "columns": {
                                             f"{u}.quantitydecimal": {"value": 0}
                                             for u in ("product", "product_2")}}})
    run_dir = root / "runs" / "families" / "r1"
    ctx = RunContext.open(params, run_dir)
    try:  # the org's default unit group and unit, as every new org has them
        group = ctx.client.create("uomschedules", {"name": "Default Unit",
                                                   "baseuomname": "Primary Unit"})
        ctx.client.create("uoms", {"name": "Primary Unit", "quantity": 1,
                                   "uomscheduleid@odata.bind": f"/uomschedules({group})"})
    finally:
        ctx.client.close()
    return run_steps(params, run_dir)


def test_each_variant_arrives_under_its_product_family(run: Path) -> None:
    from d365migrate.run.context import RunContext

    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert {u: (o["source"], o["loaded"], o["verified"], o["balanced"])
            for u, o in recon.items()} == {"product": (3, 3, 3, True),
                                           "product_2": (5, 5, 5, True)}
    assert recon["product_2"]["unresolved_lookups"] == 0
    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        rows = list(ctx.client.query("products", select=[
            "productid", "name", "productnumber", "productstructure", "_parentproductid_value"]))
    finally:
        ctx.client.close()
    by_id = {r["productid"]: r for r in rows}
    families = {r["name"]: r["productstructure"] for r in rows
                if r["_parentproductid_value"] is None}
    assert families == {"Organic tee": 2, "Cap": 2, "Mug": 2}
    assert sorted((r["productnumber"], by_id[r["_parentproductid_value"]]["name"],
                   r["productstructure"]) for r in rows if r["_parentproductid_value"]) == [
        ("CAP-1", "Cap", 1), ("MUG-1", "Mug", 1), ("TEE-L", "Organic tee", 1),
        ("TEE-M", "Organic tee", 1), ("TEE-S", "Organic tee", 1)]
    mapping = yaml.safe_load((run / "mapping.yml").read_text())
    assert mapping["tables"][0]["source"] == "shop_products"


def test_the_report_names_no_owner_for_tables_the_organisation_owns(run: Path) -> None:
    """Products have no owner in Dynamics 365 (the organisation owns them): the report must
    not say they went to the user the migration ran as."""
    from d365migrate.report.plain import object_name
    from d365migrate.report.sponsor_facts import object_rows, unowned_objects
    from d365migrate.runfolder import RunFolder

    load = json.loads((run / "load" / "product.json").read_text())
    assert load["has_owner"] is False
    rows = object_rows(RunFolder(run), None)
    assert unowned_objects({"tables": []}, rows) == []
    assert unowned_objects({"tables": []}, [{**rows[0], "has_owner": True}]) == [
        rows[0]["name"]]
    assert object_name("productpricelevel") == "Price list items"


def test_a_parent_column_naming_its_own_files_rows_by_another_column_links_them(
        tmp_path: Path) -> None:
    """WooCommerce's variations name their variable product by SKU in 'Parent' while the
    file's key is its ID: a link within the file by that other unique column; a column of
    the same values not named for a parent ('Related') links nothing of its own file."""
    (tmp_path / "products.csv").write_text(
        "ID,Type,SKU,Name,Parent,Related\n"
        "44,variable,tee,V-Neck Tee,,\n45,variable,hoodie,Hoodie,,\n"
        "76,variation,tee-red,Tee - Red,tee,tee\n77,variation,tee-blue,Tee - Blue,tee,tee\n"
        "79,variation,hoodie-red,Hoodie - Red,hoodie,hoodie\n"
        "80,variation,hoodie-blue,Hoodie - Blue,hoodie,hoodie\n"
        "81,variation,hoodie-green,Hoodie - Green,hoodie,hoodie\n", encoding="utf-8")
    found = discover(read_export(tmp_path))
    [rel] = found.links_from("products", "Parent")
    assert (rel.to, rel.kind, rel.match_rate) == ("products.SKU", "name", 1.0)
    assert found.links_from("products", "Related") == []
