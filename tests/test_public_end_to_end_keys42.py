"""keys42's public exports run end to end from their parameters files, decisions only
(issue 13): Hubleto's demo records, Baserow's Sales Pipeline Management template and
Django-CRM's real-estate pack. Same harness as tests/test_public_end_to_end.py (that module
is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, inventory_files, outcomes, run_public
from test_public_end_to_end_session12 import _product_catalogue


def test_hubleto_customers_contacts_and_products(tmp_path: Path) -> None:
    """Hubleto's 13 customers load as accounts with their street lines ('Street Line 1'),
    region, postal code and country by name; its 58 contacts as contacts and its 60
    products as products in the org's own unit group; every record read back. The contacts'
    e-mails and web addresses (rows of a values file) arrive as their columns; the staff
    and the category tree stay in Hubleto, each listed with its reason."""
    run_dir = run_public("hubleto-demo", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("customers", 13, 13, 0, 0, 0),
                             "contact": ("contacts", 58, 58, 0, 0, 0),
                             "product": ("products", 60, 60, 0, 0, 0)}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    telecom = accounts.filter(pl.col("name") == "Slovak Telecom").to_dicts()[0]
    assert (telecom["address1_line1"], telecom["address1_stateorprovince"],
            telecom["address1_city"], telecom["address1_postalcode"],
            telecom["address1_country"]) == (
        "Karadžičova 10", "Bratislavský kraj", "Bratislava", "83104", "Slovakia")
    # the registration, tax and VAT numbers have no account column: not written anywhere
    assert not {"accountnumber", "description"} & {
        c for c in accounts.columns if accounts[c].drop_nulls().len()}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert people.filter(pl.col("lastname") == "Stoneman")["firstname"].to_list() == [
        "Mechelle"]
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert {p["__via__defaultuomid"] for p in products.to_dicts()} == {"existing"}
    # the contacts' e-mails and web addresses, rows of the values file, read as their
    # columns: every contact's arrives, read back and compared
    assert (people["emailaddress1"].drop_nulls().len(), people["websiteurl"].drop_nulls().len(),
            ) == (58, 58)
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["contact"]["matched"] == 58
    files = inventory_files(run_dir)
    assert files["contact_values"]["folded"] == {"into": "contacts.csv", "rows": 116}
    assert files["contact_values"]["not_taken"] == 0
    for name in ("product_categories", "users"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_baserow_sales_pipeline_deals_of_their_accounts_at_their_stage(
        tmp_path: Path) -> None:
    """Baserow's 20 accounts, 28 opportunities and 7 products and services load; each deal
    is linked to its account by the account's name (read back in the org) and stands at its
    stage: six won and six lost closed, the rest open. The products' type is Sales
    Inventory or Services. The accounts' contact person (a name, no contacts file) is a
    link left, counted; the revenue goals stay in Baserow with their reasons."""
    run_dir = run_public("baserow-sales-pipeline", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("Accounts", 20, 20, 0, 0, 0, 0),
        "opportunity": ("Opportunities", 28, 28, 0, 0, 0, 12),
        "product": ("Products and services", 7, 7, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 20}
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals["__ref__customerid_account"].drop_nulls().len() == 28
    states = deals.group_by("stepname", "statecode").len().sort("stepname").rows()
    assert states == [("Deal closed lost", 2, 6), ("Deal closed won", 1, 6),
                      ("Negotiation", 0, 7), ("Proposal", 0, 1), ("Prospecting", 0, 8)]
    # a count of licences or hours is no revenue: no money column took it
    assert "estimatedvalue" not in deals.columns
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    assert verification["opportunity"]["columns"]["customerid"] == 0
    products = pl.read_parquet(run_dir / "staged" / "product.parquet")
    assert dict(products.select("name", "producttypecode").rows()) == {
        "CoreERP Suite": 1, "InsightIQ Analytics": 1, "SalesFlow CRM": 1,
        "Cybersecurity Monitoring": 3, "Cloud Migration": 3, "Custom Development": 3,
        "Training & onboarding": 3}
    files = inventory_files(run_dir)
    for name in ("Goals by account", "Goals by product or service"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def _rows_linked(run_dir: Path, target: str, column: str) -> int:
    """Records staged with ``column`` set by any of its lookups (a task's regarding is one
    lookup per table)."""
    staged = pl.read_parquet(run_dir / "staged" / f"{target}.parquet")
    refs = [pl.col(c).is_not_null() for c in staged.columns
            if c.startswith(f"__ref__{column}")]
    return int(staged.select(pl.any_horizontal(refs).sum()).item()) if refs else 0


def test_django_crm_real_estate_pack_links_by_name(tmp_path: Path) -> None:
    """The real-estate pack's six kinds of records load from its decisions; with no ids,
    contacts, deals and tickets find their account by its name, and the eight tasks their
    deal, account, lead or ticket (cases load before the activities), every link read back
    in the org. Won and lost deals, booked and
    fallen-through enquiries, closed and rejected tickets and the done task are closed."""
    run_dir = run_public("django-crm-real-estate", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "account": ("accounts", 6, 6, 0, 0, 0, 0),
        "contact": ("contacts", 8, 8, 0, 0, 0, 0),
        "opportunity": ("deals", 6, 6, 0, 0, 0, 2),
        "lead": ("leads", 25, 25, 0, 0, 0, 5),
        "incident": ("tickets", 5, 5, 0, 0, 0, 2),
        "task": ("tasks", 8, 8, 0, 0, 0, 1)}
    linked = {(t, c): _rows_linked(run_dir, t, c) for t, c in (
        ("contact", "parentcustomerid"), ("opportunity", "customerid"),
        ("incident", "customerid"), ("task", "regardingobjectid"))}
    assert linked == {("contact", "parentcustomerid"): 8, ("opportunity", "customerid"): 6,
                      ("incident", "customerid"): 5, ("task", "regardingobjectid"): 8}
    verification = json.loads((run_dir / "verification.json").read_text())["tables"]
    for (target, column) in linked:
        assert verification[target]["columns"][column] == 0, (target, column)
    # a ticket's contacts: a JSON list of names, no lookup: each counted as a link left
    assert out["incident"]["links_left"] == {"primarycontactid": 5}
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert set(accounts["industrycode"]) == {29}   # REAL ESTATE: Specialty Realty
    mapping = (run_dir / "mapping.yml").read_text()
    for custom in ("budget_max", "configuration", "possession_by", "finance_required"):
        assert f"{custom}: no column of lead fits" in mapping
