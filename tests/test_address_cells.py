"""A whole address in one cell (EspoCRM's, Kimai's) reaches Dynamics 365 part by part:
read only where its lines say which part is which, staged per part, and proved against the
export's cell word for word (intake/address_cells.py, mapping/address_columns.py,
staging/address_columns.py, verify/export_cells.py)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.address_cells import address_parts
from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.mapfile import confirm, table_map
from d365migrate.mapping.propose import propose_mapping
from d365migrate.staging.stage import stage_table
from d365migrate.verify.export_cells import ExportCells, address_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


@pytest.mark.parametrize(("cell", "parts"), [
    ("345 Sugar Blvd.\nDenver, CA 82411\nUSA",
     {"line1": "345 Sugar Blvd.", "city": "Denver", "stateorprovince": "CA",
      "postalcode": "82411", "country": "USA"}),
    ("7170 Scottie Motorway Suite 828\nBridgettestad, MO 04855-1492",
     {"line1": "7170 Scottie Motorway Suite 828", "city": "Bridgettestad",
      "stateorprovince": "MO", "postalcode": "04855-1492"}),
    ("c/o Lager\nHauptstraße 5\n10115 Berlin\nDeutschland",
     {"line1": "c/o Lager", "line2": "Hauptstraße 5", "postalcode": "10115", "city": "Berlin",
      "country": "Deutschland"}),
    ("Damrak 1\r\n1012 AB Amsterdam\r\nNiederlande",   # a country named in German
     {"line1": "Damrak 1", "postalcode": "1012 AB", "city": "Amsterdam",
      "country": "Niederlande"}),
    ("1 Main St\nToronto, ON M5V 2T6\nCanada",
     {"line1": "1 Main St", "city": "Toronto", "stateorprovince": "ON",
      "postalcode": "M5V 2T6", "country": "Canada"}),
    ("10 Downing St\nLondon SW1A 2AA\nRoyaume-Uni",
     {"line1": "10 Downing St", "city": "London", "postalcode": "SW1A 2AA",
      "country": "Royaume-Uni"}),
    ("Flat 2\n10 High St\nCambridge\nCB2 1TN",   # a British town, then its postcode
     {"line1": "Flat 2", "line2": "10 High St", "city": "Cambridge", "postalcode": "CB2 1TN"}),
])
def test_the_lines_of_an_address_read_part_by_part(cell: str, parts: dict[str, str]) -> None:
    assert address_parts(cell) == parts


@pytest.mark.parametrize("cell", [
    None, "", "345 Sugar Blvd., Denver",                  # one line: which part is which?
    "Building A\nSecond floor\nReception",                # no postal code beside a city
    "Denver, CA 82411\nUSA",                              # no street before the place
    "Hauptstraße 5\nBerlin\nDeutschland",                 # a town without its postal code
])
def test_lines_that_do_not_say_which_part_is_which_are_not_read(cell: str | None) -> None:
    assert address_parts(cell) is None


def _people(addresses: list[str | None], **more: list[str]) -> pl.DataFrame:
    n = len(addresses)
    return pl.DataFrame({"ID": [f"c{i}" for i in range(n)],
                         "First Name": [f"Ann{i}" for i in range(n)],
                         "Last Name": [f"Lee{i}" for i in range(n)],
                         "Address": addresses, **more})


ADDRESSES = ["345 Sugar Blvd.\nDenver, CA 82411\nUSA",
             "9 IBM Path\nSan Francisco, NY 82560\nUSA",
             "Suite 4\n1 Main St\nToronto, ON M5V 2T6\nCanada",
             "Somewhere near the old mill",                  # one line: stays whole
             None]


def _contact_map(df: pl.DataFrame) -> dict:
    export = Export(Path("."), {"Contacts": df})
    defs = {"contact": json.loads((TABLES / "contact.json").read_text())}
    return propose_mapping(export, discover(export), defs, ["contact"],
                           source_id_column="new_sourceid").mapping


def test_a_whole_address_column_feeds_each_part_and_stages_it() -> None:
    df = _people(ADDRESSES)
    mapping = _contact_map(df)
    entry = table_map(mapping, "contact")
    parts = {c["target"]: c.get("address_part") for c in entry["columns"]
             if c["source"] == "Address"}
    assert parts == {"address1_line1": "line1", "address1_line2": "line2",
                     "address1_city": "city", "address1_stateorprovince": "stateorprovince",
                     "address1_postalcode": "postalcode", "address1_country": "country"}
    # the street entry comes first: the column's own suggestion is still the street
    assert next(c for c in entry["columns"] if c["source"] == "Address")["target"] == \
        "address1_line1"
    city = next(c for c in entry["columns"] if c["target"] == "address1_city")
    assert "'Address 1: City'" in city["reason"] and "3 of its 3 multi-line" in city["reason"]
    mapping = confirm(mapping, "tester")
    defs = json.loads((TABLES / "contact.json").read_text())
    staged = stage_table(mapping, "contact", {"Contacts": df}, table_def=defs).staged
    rows = staged.sort("__source_id").select(
        "address1_line1", "address1_line2", "address1_city", "address1_stateorprovince",
        "address1_postalcode", "address1_country").rows()
    assert rows == [
        ("345 Sugar Blvd.", None, "Denver", "CA", "82411", "USA"),
        ("9 IBM Path", None, "San Francisco", "NY", "82560", "USA"),
        ("Suite 4", "1 Main St", "Toronto", "ON", "M5V 2T6", "Canada"),
        ("Somewhere near the old mill", None, None, None, None, None),   # whole, as written
        (None, None, None, None, None, None)]


def test_an_export_with_the_parts_in_columns_of_their_own_is_not_split() -> None:
    df = _people(ADDRESSES, City=["Denver", "SF", "Toronto", "Mill", None])
    entry = table_map(_contact_map(df), "contact")
    assert not any(c.get("address_part") for c in entry["columns"])
    # one-line addresses are no whole addresses to read
    entry = table_map(_contact_map(_people(["1 Main St, Denver"] * 4 + [None])), "contact")
    assert not any(c.get("address_part") for c in entry["columns"])


def test_the_org_parts_are_proved_against_the_export_cell_word_for_word() -> None:
    tmap = {"target": "contact", "columns": [
        {"source": "Address", "target": f"address1_{p}", "address_part": p}
        for p in ("line1", "city", "stateorprovince", "postalcode", "country")]}
    addresses = address_columns(tmap, ["Address"])
    assert addresses == {"address1_composite": ("Address", (
        "address1_line1", "address1_city", "address1_stateorprovince", "address1_postalcode",
        "address1_country"))}
    rows = pl.DataFrame({"Address": ADDRESSES[:2]})
    cells = ExportCells("contact", {}, rows, addresses=addresses)
    good = {"address1_line1": "345 Sugar Blvd.", "address1_city": "Denver",
            "address1_stateorprovince": "CA", "address1_postalcode": "82411",
            "address1_country": "USA"}
    cells.compare("c0", 1, good)
    # a part lost (the postal code), or taken from another row (the city)
    cells.compare("c1", 2, {"address1_line1": "9 IBM Path", "address1_city": "Denver",
                            "address1_stateorprovince": "NY", "address1_country": "USA"})
    assert (cells.checked, cells.matched) == (2, 1)
    assert cells.mismatches == [{
        "table": "contact", "source_id": "c1", "column": "address1_composite (the export's cell)",
        "expected": "9 IBM Path / San Francisco, NY 82560 / USA",
        "actual": "9 IBM Path Denver NY USA"}]
    assert cells.summary()["columns"] == {"address1_composite": {
        "export_column": "Address", "cells": 2, "differ": 1}}


def test_a_map_reading_only_some_parts_is_proved_word_within_the_cell() -> None:
    """No state read (a decision left it out): the parts held must be words of the cell,
    none from another row, but the state's word is not asked for."""
    tmap = {"target": "lead", "columns": [
        {"source": "Address", "target": f"address1_{p}", "address_part": p}
        for p in ("line1", "city", "postalcode", "country")]}
    cells = ExportCells("lead", {}, pl.DataFrame({"Address": ADDRESSES[:2]}),
                        addresses=address_columns(tmap, ["Address"]))
    cells.compare("l0", 1, {"address1_line1": "345 Sugar Blvd.", "address1_city": "Denver",
                            "address1_postalcode": "82411", "address1_country": "USA"})
    cells.compare("l1", 2, {"address1_line1": "9 IBM Path", "address1_city": "Denver",
                            "address1_postalcode": "82560", "address1_country": "USA"})
    assert (cells.checked, cells.matched) == (2, 1)
    assert cells.mismatches[0]["source_id"] == "l1"


def test_street_lines_the_map_does_not_read_go_with_the_last_it_does() -> None:
    """A cell of three street lines where the map reads one: nothing of it is lost."""
    from d365migrate.staging.address_columns import with_address_parts

    df = pl.DataFrame({"Address": ["Suite 4\nFloor 2\n1 Main St\nToronto, ON M5V 2T6"]})
    columns = [{"source": "Address", "target": f"address1_{p}", "address_part": p}
               for p in ("line1", "city")]
    out, cols = with_address_parts(df, columns, "people.csv")
    assert [c["source"] for c in cols] == ["Address (street)", "Address (city)"]
    assert out.row(0)[1:] == ("Suite 4, Floor 2, 1 Main St", "Toronto")


def test_every_part_is_read_so_a_lost_word_is_caught_where_no_cell_had_a_state() -> None:
    """German addresses (no state, no country line): the state and the country are read all
    the same (a later cell may give them), so the proof asks every word of the cell back."""
    df = _people(["Hauptstr. 5\n10115 Berlin", "Damm 2\n20095 Hamburg", "Weg 1\n80331 München",
                  None, None])
    entry = table_map(_contact_map(df), "contact")
    tmap = {"target": "contact", "columns": entry["columns"]}
    parts = {c["address_part"] for c in entry["columns"] if c.get("address_part")}
    assert parts == {"line1", "city", "stateorprovince", "postalcode", "country"}
    cells = ExportCells("contact", {}, df.head(2), addresses=address_columns(tmap, df.columns))
    cells.compare("c0", 1, {"address1_line1": "Hauptstr. 5", "address1_city": "Berlin",
                            "address1_postalcode": "10115"})
    cells.compare("c1", 2, {"address1_line1": "Damm 2", "address1_postalcode": "20095"})
    assert (cells.checked, cells.matched) == (2, 1)   # Hamburg lost: a difference
