"""keys97's public exports run end to end from their parameters files, decisions only
(issue 13): X2CRM's import samples and OroCRM's sales import/export templates, another
program's own files of its import layout. Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_x2crm_import_samples_load_and_cases_without_a_customer_held_back(
        tmp_path: Path) -> None:
    """X2CRM's accounts, contacts, opportunities and X2 leads load with their X2 dates
    ("September 15, 2014 10:34:04 PM"), the opportunities' quote amounts as their estimated
    value and Won / Lost as decided, the leads named by their X2 name; the two service cases
    name no contact, so Dynamics' required customer is missing: both held back, each with
    why. The actions, products and quotes stay in the source, each with its reason."""
    run_dir = run_public("x2crm-import-tests", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("accounts", 2, 2, 0, 0, 0),
                             "contact": ("contacts", 3, 3, 0, 0, 0),
                             "lead": ("x2Leads", 2, 2, 0, 0, 0),
                             "opportunity": ("opportunity", 2, 2, 0, 0, 0),
                             "incident": ("services", 2, 0, 2, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet").sort("__source_id")
    assert accounts["overriddencreatedon"].to_list() == ["2014-09-15T22:34:04Z",
                                                         "2014-09-15T22:35:45Z"]
    assert accounts["revenue"].to_list() == [0.0, 1200000000.0]
    assert accounts["tickersymbol"].to_list() == ["ONE", "TWO"]
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").sort("__source_id")
    assert deals["estimatedvalue"].to_list() == [123.0, 0.0]      # X2's quoteAmount
    assert deals["statecode"].to_list() == [1, 2]                  # Won; Lost
    assert deals["statuscode"].to_list() == [3, 4]                 # Won; Canceled
    assert deals["closeprobability"].to_list() == [99, 0]
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet").sort("__source_id")
    assert leads["subject"].to_list() == ["Lead One", "Lead Two"]
    assert leads["estimatedamount"].to_list() == [450.0, 890.0]    # X2's quoteAmount
    assert leads["leadsourcecode"].to_list() == [8, 8]             # Google, Facebook: Web
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    held = (run_dir / "quarantine" / "incident.csv").read_text()
    assert held.count("no customerid: the export names no contact for it") == 2
    files = inventory_files(run_dir)
    for name in ("actions", "product", "quote"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_orocrm_lead_templates_with_their_numbered_addresses(tmp_path: Path) -> None:
    """OroCRM's lead export template and lead import sample load as leads named by their
    'Lead name' (the topic), with their numbered address blocks in Dynamics' two address
    blocks ('Address 2 Street' the second address's street, never the first's line 2), the
    first and second phones, the industry decided; the opportunity template stays in the
    source (its account is in no file of these templates), said in the inventory."""
    run_dir = run_public("orocrm-sales-templates", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"lead": ("lead_export_template", 1, 1, 0, 0, 0),
                             "lead_2": ("lead_import_exist_contact", 2, 2, 0, 0, 0)}
    lead = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()[0]
    assert (lead["subject"], lead["salutation"], lead["firstname"], lead["lastname"]) == (
        "Oro Inc. Lead Name", "Mr.", "Jerry", "Coleman")
    assert (lead["address1_line1"], lead["address1_city"], lead["address1_postalcode"],
            lead["address1_country"]) == ("1215 Caldwell Road", "Rochester", "14608", "US")
    assert (lead["address2_line1"], lead["address2_city"], lead["address2_line2"]) == (
        "4677 Pallet Street", "New York", None)
    assert (lead["telephone1"], lead["telephone2"]) == ("585-255-1127", "978-242-1314")
    assert (lead["industrycode"], lead["numberofemployees"]) == (6, 100)
    more = pl.read_parquet(run_dir / "staged" / "lead_2.parquet").sort("subject")
    assert more["subject"].to_list() == ["Oro Inc. Lead Name7", "Oro Inc. Lead Name8"]
    assert more["address1_name"].to_list() == ["Primary Address"] * 2
    assert more["telephone1"].to_list() == ["3333333"] * 2
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert not files["export_template"]["migrated"]
    assert "Opportunities" in files["export_template"]["reason"]
