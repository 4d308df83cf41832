"""keys478's public export runs end to end from its parameters file, decisions only
(issue 13): FreeAgent, its own records -- the FreeAgent API responses an MIT-licensed Ruby
client's tests carry (deanpcmad/freeagentrb at 6e0be2a2: VCR cassettes recorded against
FreeAgent's sandbox and the records its resource tests stub): the contacts Michael Scott of
'Dunder Mifflin', Maurice Moss and Dwight Schrute, the user Dean Perry, 'Test Project' for
'Acme Trading', 'Sample Task', invoice '001', the expenses 'Train fare' and 'Hotel', a
practice's client 'Test Company' -- headed by FreeAgent's API field names ('url',
'organisation_name', 'first_name', 'charge_sales_tax', 'account_manager', 'contact_email'),
in English (tests/data/exports/freeagent-export-en; SOURCE.md), on the branch-point engine
4c7a5ec4 (session 59, round Z24). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

The three contacts load as contacts keyed by FreeAgent's url: first and last name, e-mail
(Dwight Schrute has none), country, creation time, status Active (1). Michael Scott's
organisation 'Dunder Mifflin' names no record of the export (the practice's client is 'Test
Company'): the engine leaves the company link out and counts the contact as moved without
it (links_left parentcustomerid 1), nothing held back. The practice's client loads as an
account keyed by its url: name, its licence's 'Active Licence' as active (1), contact
e-mail, town, country, creation time. No owner is named: none queued.

The parameters decide: the tasks not a task list (discovery named them Dynamics to-dos: the
measured file miss; a FreeAgent task is a billable kind of work in a project) and the users
not loaded (the org's own staff); the keys (FreeAgent's url); no owner column (the client's
account manager is the practice's, an API address); the client's 'url' not its website
(suggest's source-key miss) and its 'type' (a legal form, 'UkLimitedCompany') not the
relationship type (the measured column miss); 'Active Licence' as an active account.

What is NOT read (left unmapped): the urls (keys only); a contact's invoicing settings
('contact_name_on_invoices', 'charge_sales_tax', 'locale', 'uses_contact_invoice_sequence',
the four 'emails_...'/'uses_contact_level_email_settings'), 'account_balance',
'active_projects_count', 'updated_at' and 'organisation_name' (the link no record answers);
a client's 'subdomain', 'type', 'company_start_date', 'sales_tax_registration_status',
'account_manager', 'account_owner.*' and 'updated_at'; users.csv, projects.csv, tasks.csv,
invoices.csv and expenses.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from d365migrate.staging.keys import surrogate_key
from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "freeagent-export-en"
CONTACT = {"firstname": "first_name", "lastname": "last_name",
           "overriddencreatedon": "created_at", "emailaddress1": "email",
           "address1_country": "country", "statuscode": "status"}
ACCOUNT = {"name": "name", "statuscode": "status", "emailaddress1": "contact_email",
           "address1_city": "town", "address1_country": "country",
           "overriddencreatedon": "created_at"}
UNREAD = {"users", "projects", "tasks", "invoices", "expenses"}
API = "https://api.sandbox.freeagent.com/v2/"


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


def test_freeagent_contacts_and_practice_client_load(runs: Callable[[str], Path]) -> None:
    """3 contacts load as contacts (one moved without its unmatched company), the practice's
    client as an account; the users, projects, tasks, invoices and expenses stay in
    FreeAgent; nothing is held back and nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("contacts", 3, 3, 0, 0, 0, 0, 0),
        "account": ("clients", 1, 1, 0, 0, 0, 0, 0)}
    assert out["contact"]["links_left"] == {"parentcustomerid": 1}
    assert not out["account"]["links_left"]
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contacts": ("contact", {"contact": 3}, True),
        "clients": ("account", {"account": 1}, True),
        **{f: ("unknown", {}, False) for f in UNREAD}}
    assert "set to unknown in the parameters file" in files["tasks"]["reason"]
    assert "the bills of sales, which no Sales table holds" in files["invoices"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "account"}
    contact, account = tables["contact"], tables["account"]
    assert (contact["source"], contact["source_key"]) == ("contacts", "key(url)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert set(contact["unmapped"]) == {
        "url", "active_projects_count", "organisation_name", "updated_at",
        "contact_name_on_invoices", "charge_sales_tax", "locale", "account_balance",
        "uses_contact_invoice_sequence", "emails_invoices_automatically",
        "emails_payment_reminders", "emails_thank_you_notes",
        "uses_contact_level_email_settings"}
    assert [(u["source"], u["target"]) for u in contact["unresolved_lookups"]] == [
        ("organisation_name", "parentcustomerid")]
    assert (account["source"], account["source_key"]) == ("clients", "key(url)")
    assert {c["target"]: c["source"] for c in account["columns"]} == ACCOUNT
    assert set(account["unmapped"]) == {
        "url", "account_manager", "subdomain", "type", "company_start_date",
        "sales_tax_registration_status", "updated_at", "account_owner.first_name",
        "account_owner.last_name", "account_owner.last_logged_in_at"}
    assert not any(t.get("owner") for t in tables.values())
    assert not contact.get("lookups") and not account.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        f: "unknown" for f in UNREAD}

    for table in ("contact", "account"):
        for kind in ("quarantine", "cleared", "skipped", "failed", "unresolved_links"):
            assert pl.read_csv(run_dir / kind / f"{table}.csv",
                               infer_schema=False).height == 0, (table, kind)

    contacts = _staged(run_dir, "contact")
    assert contacts.select(list(CONTACT)).rows() == [
        ("Michael", "Scott", "2025-10-03T20:53:38Z", "michael.scott@dundermifflin.com",
         "United Kingdom", 1),
        ("Maurice", "Moss", "2025-10-03T20:52:48Z", "maurice.moss@gmail.com",
         "United Kingdom", 1),
        ("Dwight", "Schrute", "2025-10-03T21:36:19Z", None, "United Kingdom", 1)]
    assert contacts["__source_id"].to_list() == [
        surrogate_key([f"{API}contacts/{n}"]) for n in (209309, 209308, 209310)]
    assert "parentcustomerid" not in contacts.columns

    accounts = _staged(run_dir, "account")
    assert accounts.select(list(ACCOUNT)).rows() == [
        ("Test Company", 1, "maemail@email.com", "Edinburgh", "United Kingdom",
         "2015-01-12T11:45:32Z")]
    assert accounts["__source_id"].to_list() == [surrogate_key([f"{API}company"])]
    assert "websiteurl" not in accounts.columns and "customertypecode" not in accounts.columns

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact", "account"}
    assert set(verified["contact"]) == set(CONTACT)
    assert set(verified["account"]) == set(ACCOUNT)
    assert not any(v for table in verified.values() for v in table.values())
