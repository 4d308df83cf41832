"""keys231's public exports run end to end from their parameters files, decisions only
(issue 13): Mautic's own contact export of its contact fixtures, as its default background
CSV export and as its Excel export write them. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)

MAUTIC = [("mautic-contacts-csv", "contacts_export"),
          ("mautic-contacts-xlsx", "contacts_october-24-2024")]


@pytest.mark.parametrize(("name", "source"), MAUTIC)
def test_mautic_contact_export_loads_as_contacts(name: str, source: str,
                                                 tmp_path: Path) -> None:
    """Every contact of Mautic's export (50: the fixtures' identified contacts) loads as a
    contact, read back whole, with no decision besides the fallback owner: the salutation
    from `title`, the job title from `position`, the e-mail, phone, mobile, fax, the address
    part by part and the website. The file names its people contacts, so the run takes them
    as contacts (Mautic's raw fixture tables, a "leads" table, load as leads). The company
    is a name: read as the link to the contact's account, which no file of the export holds,
    so the link is left on every row and reported. Score, time zone, locale, attribution,
    social handles (and the workbook's stage) stay unmapped. The workbook types the
    all-digit zip codes as numbers: they load as the same text as the CSV's."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": (source, 50, 50, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 50}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    penny = people.filter(pl.col("__source_id") == "1").to_dicts()[0]
    assert (penny["salutation"], penny["firstname"], penny["lastname"],
            penny["emailaddress1"], penny["telephone1"], penny["address1_line1"],
            penny["address1_city"], penny["address1_postalcode"], penny["address1_country"],
            penny["websiteurl"]) \
        == ("Mrs.", "Penny", "Moore", "pennykmoore@dayrep.com", "070 7086 0753",
            "88 Clasper Way", "HEWELSFIELD COMMON", "GL15 1XD", "United Kingdom",
            "WikiFire.co.uk")
    henry = people.filter(pl.col("__source_id") == "2").to_dicts()[0]
    assert (henry["address1_postalcode"], henry["address1_stateorprovince"]) \
        == ("347", "North West")
    assert people["address1_stateorprovince"].null_count() == 11
    for empty in ("jobtitle", "mobilephone", "address1_line2", "fax"):
        assert people[empty].null_count() == 50, empty      # empty in every row
    assert not {"points", "timezone", "stage"} & set(people.columns)
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) >= {"salutation", "emailaddress1", "address1_postalcode"}
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert all(f["migrated"] for f in files.values())
