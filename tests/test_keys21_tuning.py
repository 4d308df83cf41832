"""keys21's general rules, each on made-up data (issue 13): a column of whole numbers with a
few values that are no number at all (ZIP+4 codes, a UK postcode among US ZIP codes) is
typed as whole numbers, not decimals, so a postal code column keeps its name's reading."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.sourcecols import _kind
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def _table(name: str) -> dict:
    return dict(tables.unwrap(json.loads((TABLES / f"{name}.json").read_text("utf-8"))))


def _zips(n: int) -> list[str | None]:
    """US ZIP codes, a few ZIP+4 and one UK postcode among them, some empty."""
    out: list[str | None] = [f"{10000 + 317 * i:05d}" for i in range(n)]
    out[7], out[40], out[63], out[90] = "55401-1234", "60601-0042", "EC3V 9DU", "98101-2000"
    out[11] = out[52] = None
    return out


def test_whole_numbers_with_stray_codes_are_whole_numbers_not_decimals() -> None:
    values = [v for v in _zips(120) if v]
    assert _kind(pl.Series(values), values) == "int"
    # a real decimal column stays decimal; so does one with a decimal comma
    dec = ["12.5", "3", "7.25", "100", "0.5"] * 10
    assert _kind(pl.Series(dec), dec) == "decimal"
    comma = ["12,5", "3", "7,25", "100", "0,5"] * 10
    assert _kind(pl.Series(comma), comma) == "decimal"


def test_postal_code_of_zip_codes_with_zip_plus_four_maps_to_the_postal_code() -> None:
    zips = _zips(150)
    df = pl.DataFrame({"PostalCode": zips, "LastName": [f"Name{i}" for i in range(150)]},
                      schema={"PostalCode": pl.Utf8, "LastName": pl.Utf8})
    lead = suggest_columns(df, _table("lead"), source_object="Lead")
    assert lead["PostalCode"] and lead["PostalCode"][0].target == "address1_postalcode"
    df = df.rename({"PostalCode": "MailingPostalCode"})
    contact = suggest_columns(df, _table("contact"), source_object="Contact")
    assert contact["MailingPostalCode"][0].target == "address1_postalcode"


def test_an_amount_first_is_no_key_for_its_place_alone() -> None:
    """An export that puts a company's annual revenue first (HubSpot's columns in
    alphabetical order): unique amounts are no record id; a re-run would key on a figure
    that changes."""
    from d365migrate.intake.discover import primary_key
    from d365migrate.intake.key_rules import positional_key

    df = pl.DataFrame({"Annual Revenue": ["4000000", "3000000", "2000000", "7000000"],
                       "City": ["Boston"] * 4,
                       "Company name": ["Fourth Co", "Third Co", "Second Co", "Seventh Co"]})
    assert primary_key("companies", df) == "Company name"   # the name keys it, not a figure
    for name in ("Annual Revenue", "AnnualRevenue", "Amount", "Unit price", "Total cost",
                 "Deal value", "Balance"):
        assert not positional_key(name), name
    # ids, codes and plain first columns still key by their place
    for name in ("Record ID", "Code", "Reference", "Name", "Nummer"):
        assert positional_key(name), name
    df = df.rename({"Annual Revenue": "Ref"})
    assert primary_key("companies", df) == "Ref"
