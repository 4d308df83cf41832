"""A file's object set in the parameters (``intake: {file: {object: kind}}``): discovery
takes the analyst's word, keeps the file's name (its links by name stay), says so in the
evidence; an object that is no kind of record is refused, naming the option."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.intake.decided_kinds import decided_kinds
from d365migrate.intake.discover import discover
from d365migrate.intake.guard import ExportError
from d365migrate.intake.read import read_export


def _export(tmp_path: Path) -> Path:
    (tmp_path / "shop_channel.csv").write_text(
        "id,name,slug,currency_code\n1,Channel-USD,default,USD\n2,Channel-PLN,pln,PLN\n",
        encoding="utf-8")
    (tmp_path / "contacts.csv").write_text(
        "id,first_name,last_name,email\n1,Ann,Lee,ann@example.com\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("key", ["shop_channel.csv", "shop_channel"])
def test_the_analysts_object_decides_the_files_kind(tmp_path: Path, key: str) -> None:
    intake = {key: {"object": "price_list"}}
    export = read_export(_export(tmp_path), intake)
    assert discover(export).by_source("shop_channel").name != "price_list"  # unsure alone
    found = discover(export, decided_kinds(export, intake))
    obj = found.by_source("shop_channel")
    assert (obj.name, obj.confidence, obj.source) == ("price_list", 1.0, "shop_channel")
    assert obj.evidence == [f"set to price_list in the parameters file (intake: {key}: "
                            "{object: price_list})"]
    assert found.by_source("contacts").name == "contact"


def test_a_file_said_to_hold_nothing_to_move_is_unknown(tmp_path: Path) -> None:
    intake = {"contacts.csv": {"object": "unknown"}}
    export = read_export(_export(tmp_path), intake)
    assert discover(export, decided_kinds(export, intake)).by_source("contacts").name == \
        "unknown"


def test_an_object_that_is_no_kind_of_record_is_refused(tmp_path: Path) -> None:
    intake = {"shop_channel.csv": {"object": "channel"}}
    export = read_export(_export(tmp_path), intake)
    with pytest.raises(ExportError, match=r"intake\.shop_channel\.csv\.object: 'channel' is no "
                                          r"kind of record.*price_list"):
        decided_kinds(export, intake)


def test_a_column_named_for_another_file_links_its_rows(tmp_path: Path) -> None:
    """'channel' beside shop_channel: its values are that file's ids (1, 2: small numbers
    any file's ids would match by chance, so only the file the column is named for)."""
    _export(tmp_path)
    (tmp_path / "shop_variantchannellisting.csv").write_text(
        "id,variant,channel,currency,price_amount\n11,501,1,USD,10.00\n12,501,2,PLN,40.00\n"
        "13,502,1,USD,12.00\n", encoding="utf-8")
    intake = {"shop_channel.csv": {"object": "price_list"}}
    export = read_export(tmp_path, intake)
    found = discover(export, decided_kinds(export, intake))
    [rel] = found.links_from("shop_variantchannellisting", "channel")
    assert (rel.to, rel.kind, rel.match_rate) == ("shop_channel.id", "id", 1.0)
    assert [r.to for r in found.links_from("shop_variantchannellisting", "currency")] != [
        "contacts.id"]


def test_a_row_whose_required_record_did_not_load_fails_before_it_is_sent() -> None:
    """A price list item's product is required by Dataverse (SystemRequired): an item
    naming a variant that was held back is a failure naming that variant, not a request
    the platform refuses with a reason naming no record."""
    import polars as pl

    from d365migrate.load.parents import without_parent
    from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW

    staged = pl.DataFrame({SOURCE_ID: ["11", "12", "13"], SOURCE_ROW: [2, 3, 4],
                           REF_PREFIX + "productid": ["501", "502", None]})
    lookups = [{"target": "productid", "navigation": "productid", "table": "product",
                "source": "variant"}]
    table_def = {"Attributes": [{"LogicalName": "productid", "AttributeType": "Lookup",
                                 "RequiredLevel": {"Value": "SystemRequired"}}]}
    ref_ids = {"productid": ("products", {"501": "guid-501"}, "productid")}
    kept, failed = without_parent(staged, lookups, ref_ids, "prices.csv", table_def)
    assert kept[SOURCE_ID].to_list() == ["11"]
    assert failed.select("source_id", "value").rows() == [("12", "502"), ("13", None)]
    assert failed["reason"][0].startswith("its product '502' is not in the org")
    assert failed["reason"][1] == ("'productid' is required by Dataverse and its row names "
                                   "no product ('variant' is empty)")
    # a lookup the platform does not require: the row goes, its link counted unresolved
    kept, failed = without_parent(staged, lookups, ref_ids, "prices.csv", {"Attributes": []})
    assert kept.height == 3 and failed.height == 0
