"""General rules added with the polish of issue 13, each on made-up data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns, suggest_columns_why

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _top(sugg: dict, col: str) -> str | None:
    return sugg[col][0].target if sugg.get(col) else None


def test_a_case_keeps_its_severity_and_parent_but_a_form_of_tickets_is_no_parent() -> None:
    """The incident's documented severitycode and parentcaseid take a ticket's severity and
    its parent; 'ticket_form_id' is the id of a ticket form (its head noun), not of
    a ticket, so it is no parent case (Zendesk's tickets carry one)."""
    df = pl.DataFrame({"id": ["1", "2", "3"], "subject": ["Down", "Slow", "Odd"],
                       "severity": ["1", "2", "1"], "parent_id": [None, "1", "1"],
                       "ticket_form_id": ["9001", "9001", "9002"]})
    sugg = suggest_columns(df, DEFS["incident"], source_object="tickets", key="id")
    assert _top(sugg, "severity") == "severitycode"
    assert _top(sugg, "parent_id") == "parentcaseid"
    alone = suggest_columns(df.drop("parent_id"), DEFS["incident"], source_object="tickets",
                            key="id")  # with no parent column to take the lookup first
    assert _top(alone, "ticket_form_id") is None


def test_an_accounts_type_or_group_id_is_no_parent_account() -> None:
    df = pl.DataFrame({"id": ["1", "2"], "name": ["Acme", "Globex"],
                       "company_type_id": ["7", "8"], "company_group_id": ["3", "3"],
                       "parent_id": [None, "1"]})
    sugg = suggest_columns(df, DEFS["account"], source_object="companies", key="id")
    assert _top(sugg, "parent_id") == "parentaccountid"
    alone = suggest_columns(df.drop("parent_id"), DEFS["account"], source_object="companies",
                            key="id")
    for col in ("company_type_id", "company_group_id"):
        assert _top(alone, col) != "parentaccountid", col


def test_the_tenants_id_on_every_row_yields_the_parent_customer_to_the_real_link() -> None:
    """Pipedrive's persons carry the tenant's company_id (one value on every row) beside
    their org_id: the organization is the parent customer; one owner of every person stays
    the owner."""
    df = pl.DataFrame({"id": ["5", "6", "2"], "company_id": ["7780468"] * 3,
                       "owner_id": ["11884360"] * 3, "org_id": ["1", "1", "11"],
                       "first_name": ["Ann", "Bo", "Cy"], "last_name": ["Ames", "Berg", "Cole"]})
    sugg, why = suggest_columns_why(df, DEFS["contact"], source_object="persons", key="id")
    assert _top(sugg, "org_id") == "parentcustomerid"
    assert _top(sugg, "company_id") is None
    assert why["company_id"].startswith("the same id on every row: the account (tenant)")
    assert _top(sugg, "owner_id") == "ownerid"


def test_one_linked_record_for_every_row_is_still_a_link_when_nothing_else_links_there() -> None:
    """Prospects of one campaign (Pardot's sample) all name it: with no other column linking
    to campaigns, the constant campaign_id is the link (no tenant's id to tell from it)."""
    df = pl.DataFrame({"id": ["1", "2", "3"], "first_name": ["Ann", "Bo", "Cy"],
                       "last_name": ["Ames", "Berg", "Cole"], "campaign_id": ["77"] * 3})
    sugg = suggest_columns(df, DEFS["lead"], source_object="prospects", key="id")
    assert _top(sugg, "campaign_id") == "campaignid"


def test_suppliers_own_organisation_and_projects_are_no_sales_objects() -> None:
    """Files an ERP keeps beside its customers: by their columns people, companies or price
    lists, by their names records no Sales table holds."""
    from d365migrate.intake.discover import classify_table

    cases = {
        "erp_vendor_data": ["id", "firstname", "lastname", "email", "companyname", "phone",
                            "mobilephone", "jobtitle", "isperson"],
        "Suppliers": ["id", "name", "website", "city", "country", "industry"],
        "subsidiaries": ["id", "name", "email", "url", "city", "country", "legalname"],
        # named, dates and a currency: by its columns a price list (keys13: a price list is
        # named)
        "jobs": ["id", "name", "companyname", "validfrom", "validto", "currency", "startdate"],
        "locations": ["id", "name", "website", "industry", "city", "country", "phone"],
    }
    for source, columns in cases.items():
        kind, _, _, evidence = classify_table(source, columns, "id")
        assert kind == "unknown", (source, kind)
        assert any("which no Sales table holds" in e for e in evidence), source
    # a file named for an object keeps it, whatever qualifies it (but a supplier's people
    # are no customers' contacts: intake/not_sales.supplier_file)
    assert classify_table("location_contacts", cases["erp_vendor_data"], "id")[0] == "contact"
    assert classify_table("customers", cases["Suppliers"], "id")[0] == "account"


def test_items_are_products_but_lines_of_a_sale_and_work_items_are_not() -> None:
    from d365migrate.intake.kinds import name_kind

    for source in ("items", "erp2_item_data", "inventory_items", "product_items"):
        assert name_kind(source)[0] == "product", source
    for source in ("line_item_history_data", "invoice_items", "deal_items", "work_items",
                   "action_items", "order_items", "quote_line_items", "bundle_item_data"):
        assert name_kind(source)[0] != "product", source
