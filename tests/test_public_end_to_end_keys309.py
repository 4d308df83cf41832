"""keys309's public exports run end to end from their parameters files, decisions only
(issue 13): web2project (web2project/web2project; Clear BSD at the labels' commit 014e9ae0,
GPL-2.0+ at the records' commit 230fc810; open-source project management, the fallback of
EPESI, which keeps no fixed records), the fixed rows of its unit-test seed datasets as its
company edit form, contacts "CSV Download", projects list and task list show them, headed by
its own labels in English, German, Spanish and French (tests/data/exports/
web2project-export-en, -de, -es, -fr; SOURCE.md), on the branch-point engine e47e9bef
(session 45, round T). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers the
company and task maps read). In every language the 4 companies load as accounts, the 4
contacts as contacts and the 30 tasks as tasks, nothing held back, read back with no column
differing. The parameters decide the keys (no file has an id: a company is its name and
type, a contact its e-mail, a task its name), the contacts' Gender filler 'Unspecified'
left empty, in de and fr the task's subject (its name, which the map leaves unread), in en
and fr the company type's values web2project names differently (Client; fr Prestataire),
and a gate that lets the two contacts of CreatedCompany move without their company.

What the run reads and links, in every language:
- the contact's company (Company, by the account's name): contacts 1 and 2 linked to
  UnitTestCompany; contacts 3 and 4 name CreatedCompany, a name two companies share: moved
  without the link, each listed in unresolved_links (never bound by guess);
- the task's owner column (Owner / Besitzer / Propietario / Responsable) read twice: as the
  owner (the users' names, "Admin Person", "Contact Number 1", are no users of the org: the
  fallback owner, queued) and as the task's regarding contact, by the contact's display
  name (Task 4 the contact Contact Number 1, the other 29 Admin Person);
- the companies' owner likewise (the fallback owner, queued).

What is not read (left unmapped by the engine, or left out), in every language:
- the company type in de and es (Typ / Tipo: Lieferant, Kunde / Vendedor, Cliente);
- the tasks' priority icons (P, U: empty text), assignees and duration;
  the planned finish in en (Finish Date; de, es and fr read it as the due date);
- the contacts' Anniversary ('0/0/00'), Categories, e-mail type and display name, Outlook's
  flags (Priority, Private, Sensitivity) and the columns empty in every row that the map
  does not name (car, radio, ISDN and TTY phones, telex, hobby...), and the unnamed empty
  91st column (since session 56 the map names Outlook's other address, second, assistant's,
  callback and pager phones, home and other fax, assistant, manager, spouse, children and
  government ID: the emulator serves those contact columns; empty in every row);
- the projects file: named unknown (work for a client company, no Sales table), not moved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

KINDS = {"companies": "account", "contacts": "contact", "projects": "unknown",
         "tasks": "task"}
#: the contacts CSV Download: fixed English headers, the same map in every language
CONTACT = {
    "salutation": "Title", "firstname": "First Name", "middlename": "Middle Name",
    "lastname": "Last Name", "suffix": "Suffix", "department": "Department",
    "jobtitle": "Job Title", "address1_line1": "Business Street",
    "address1_line2": "Business Street 2", "address1_line3": "Business Street 3",
    "address1_city": "Business City", "address1_stateorprovince": "Business State",
    "address1_postalcode": "Business Postal Code", "address1_country": "Business Country",
    "address2_line1": "Home Street", "address2_line2": "Home Street 2",
    "address2_line3": "Home Street 3", "address2_city": "Home City",
    "address2_stateorprovince": "Home State", "address2_postalcode": "Home Postal Code",
    "address2_country": "Home Country", "fax": "Business Fax", "telephone1": "Business Phone",
    "company": "Company Main Phone", "telephone2": "Home Phone", "mobilephone": "Mobile Phone",
    "telephone3": "Other Phone", "birthdate": "Birthday", "emailaddress1": "E-mail Address",
    "emailaddress2": "E-mail 2 Address", "emailaddress3": "E-mail 3 Address",
    "gendercode": "Gender", "description": "Notes", "address1_postofficebox": "PO Box",
    "websiteurl": "Web Page",
    # session 56: the emulator serves the contact's documented Outlook-synced columns; Outlook's
    # 'Other' address is address 3, its 'Home Fax' the home address's (address 2) fax, and
    # the second, assistant's, callback and pager phones, assistant, manager, spouse,
    # children and government ID their namesakes (all empty in every row)
    "address3_line1": "Other Street", "address3_line2": "Other Street 2",
    "address3_line3": "Other Street 3", "address3_city": "Other City",
    "address3_stateorprovince": "Other State", "address3_postalcode": "Other Postal Code",
    "address3_country": "Other Country", "address3_fax": "Other Fax",
    "address2_fax": "Home Fax", "assistantphone": "Assistant's Phone",
    "business2": "Business Phone 2", "home2": "Home Phone 2", "callback": "Callback",
    "pager": "Pager", "assistantname": "Assistant's Name", "managername": "Manager's Name",
    "spousesname": "Spouse", "childrensnames": "Children",
    "governmentid": "Government ID Number"}
#: the contacts in the file's order: first, last name, job title, phone, mobile, e-mail
CONTACTS = [("Admin", "Person", "President", "703-555-1111", "1.999.999.9996",
             "email1@example.com"),
            ("Contact", "Number 1", "Vice President", "703-555-2222", None,
             "email2@example.com"),
            ("Contact", "Number 2", "CEO", "703-555-3333", None, "email3@example.com"),
            ("Contact", "Number 3", "COO", "703-555-4444", None, "email4@example.com")]
#: the companies: name, phone, state, postal code, country, type (3 Customer, 11 Vendor)
COMPANIES = [("UnitTestCompany", "1.999.999.9999", "CA", "90210", "United States", 11),
             ("CreatedCompany", "1.999.999.9999", "CA", "90210", "United States", 3),
             ("CreatedCompany", "1.999.999.9999", "CA", "90210", "United States", 11),
             ("UpdatedCompany", "1.777.999.9999", "NS", "A2A 2B2", "Canada", 11)]


def _account(name: str, email: str, phone2: str, desc: str, city: str, state: str,
             zip_: str, country: str, typ: str | None) -> dict[str, str]:
    cols = {"name": name, "emailaddress1": email, "telephone1": "Phone1",
            "telephone2": phone2, "websiteurl": "URL", "description": desc,
            "address1_line1": "Address1", "address1_line2": "Address2",
            "address1_city": city, "address1_stateorprovince": state,
            "address1_postalcode": zip_, "address1_country": country, "fax": "Fax"}
    if typ:
        cols["customertypecode"] = typ
    return cols


# per language: the account map (target: header), its owner column, the task map
LANGS: dict[str, dict[str, Any]] = {
    "web2project-export-en": {
        "account": _account("Name", "Email", "Phone2", "Description", "City", "State", "Zip",
                            "Country", "Type"),
        "owner": "Owner",
        "task": {"subject": "Task Name", "scheduledstart": "Start Date",
                 "percentcomplete": "Percent"}},
    "web2project-export-de": {
        "account": _account("Name", "E-Mail", "Phone2", "Beschreibung", "Stadt",
                            "Bundesland/Kanton", "PLZ", "Land", None),
        "owner": "Besitzer",
        "task": {"subject": "Aufgabenname", "scheduledstart": "Anfangsdatum",
                 "scheduledend": "Enddatum", "percentcomplete": "Percent"}},
    "web2project-export-es": {
        "account": _account("Nombre", "email", "Phone2", "Descripción", "Ciudad",
                            "Provincia", "Código Postal", "País", None),
        "owner": "Propietario",
        "task": {"subject": "Nombre", "scheduledstart": "Fecha de Inicio",
                 "scheduledend": "Fecha de Finalización",
                 "percentcomplete": "Percent"}},
    "web2project-export-fr": {
        "account": {**_account("Nom", "Courriel", "Phone2", "Description", "Ville", "Etat",
                               "Code postal", "Pays", "Type"), "fax": "Télécopie"},
        "owner": "Responsable",
        "task": {"subject": "Nom de la tâche", "scheduledstart": "Date de début",
                 "scheduledend": "Date de fin", "percentcomplete": "Percent"}},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_web2project_export_loads_in_four_languages(name: str,
                                                    runs: Callable[[str], Path]) -> None:
    """Companies, contacts and tasks load as counted, nothing held back; records field by
    field; the contacts' company link (two unresolved: a shared name) and the tasks'
    regarding contact; owners to the fallback; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 4, 4, 0, 0, 0, 0), "contact": ("contacts", 4, 4, 0, 0, 0, 2),
        "task": ("tasks", 30, 30, 0, 0, 0, 0)}
    assert {f: v["kind"] for f, v in inventory_files(run_dir).items()} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact", "task"}
    for table, want in (("account", lang["account"]), ("contact", CONTACT),
                        ("task", lang["task"])):
        got = {c["target"]: c["source"] for c in tables[table].get("columns", [])}
        assert got == want, table
    assert tables["account"]["owner"]["source"] == lang["owner"]
    assert tables["task"]["owner"]["source"] == lang["owner"]
    assert not tables["contact"].get("owner")
    assert not tables["account"].get("lookups")
    (link,) = tables["contact"]["lookups"]
    assert (link["target"], link["table"], link["source"]) == (
        "parentcustomerid", "account", "Company")
    (regarding,) = tables["task"]["lookups"]
    assert (regarding["target"], regarding["table"], regarding["source"]) == (
        "regardingobjectid", "contact", lang["owner"])

    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet").sort("__source_row").to_dicts()
    typed = "customertypecode" in lang["account"]
    assert [(a["name"], a["telephone1"], a["address1_stateorprovince"],
             a["address1_postalcode"], a["address1_country"],
             a.get("customertypecode") if typed else c[5])
            for a, c in zip(accounts, COMPANIES, strict=True)] == COMPANIES
    assert {a["__owner_email"] for a in accounts} == {"admin person"}
    assert accounts[3]["emailaddress1"] == "updated@example.org"
    assert accounts[3]["address1_line1"] == "Updated Address 1"
    assert accounts[0]["description"] == "This is a company."
    unit_test_company = accounts[0]["__source_id"]

    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row").to_dicts()
    assert [(c["firstname"], c["lastname"], c["jobtitle"], c["telephone1"],
             c["mobilephone"], c["emailaddress1"]) for c in contacts] == CONTACTS
    assert contacts[0]["birthdate"] == "1983-07-22T00:00:00Z"
    assert contacts[0]["description"] == "c1s notes."
    assert contacts[0]["address1_city"] == "c1 city"
    assert all(c["gendercode"] is None and c["department"] is None for c in contacts)
    assert [c["__ref__parentcustomerid_account"] for c in contacts] == [
        unit_test_company, unit_test_company, None, None]
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert unresolved["value"].to_list() == ["CreatedCompany", "CreatedCompany"]
    assert all("2 account records of the export share this name" in r
               for r in unresolved["reason"].to_list())

    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row").to_dicts()
    assert [t["subject"] for t in tasks] == [f"Task {i}" for i in range(1, 31)]
    assert tasks[0]["scheduledstart"] == "2009-07-05T00:00:00Z"
    assert tasks[21]["scheduledstart"] == "2009-09-09T00:00:00Z"          # Task 22
    if "scheduledend" in lang["task"]:
        assert tasks[0]["scheduledend"] == "2009-07-15T00:00:00Z"
        assert tasks[21]["scheduledend"] == "2009-11-01T00:00:00Z"
    by_contact = {c["emailaddress1"]: c["__source_id"] for c in contacts}
    assert [t["__owner_email"] for t in tasks].count("contact number 1") == 1
    assert tasks[3]["__owner_email"] == "contact number 1"                  # Task 4
    assert tasks[3]["__ref__regardingobjectid_contact_task"] == by_contact["email2@example.com"]
    assert {t["__ref__regardingobjectid_contact_task"] for i, t in enumerate(tasks)
            if i != 3} == {by_contact["email1@example.com"]}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert dict(zip(queue["email"].to_list(), queue["records"].to_list(), strict=True)) == {
        "admin person": "33", "contact number 1": "1"}
    assert set(queue["resolution"].to_list()) == {
        "assigned to fallback owner avery.admin@contoso.example"}
    verified = verified_columns(run_dir)
    assert set(verified) == {"account", "contact", "task"}
    assert not any(n for cols in verified.values() for n in cols.values())
