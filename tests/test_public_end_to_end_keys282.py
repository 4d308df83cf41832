"""keys282's public exports run end to end from their parameters files, decisions only
(issue 13): DjangoCRM's (DjangoCRM/django-crm, a program new here) own test records as its
Export and admin show them, headed in English, Spanish, French and Russian by its own
catalogues (tests/data/exports/djangocrm-export-en, -es, -fr, -ru; SOURCE.md), run on the
branch-point engine 8594f6a0 (session 42, round P). Same harness as
tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the files, one
company, one contact and the two leads field by field, and the columns the run does NOT
read, which must not arrive), then what is special to each. In all four the parameters move
companies, contacts, leads and tasks (not the deals: no deal names its company, and an
opportunity requires its customer; not the requests, set to nothing by the parameters):
16 companies and 6 tasks load; 10 of 14 contacts and 2 of 14 leads load, the others held
back for their missing last name (the tests create 'Ton', 'Kim', 'Bruno', 'Michael'...);
records are keyed by the columns the parameters name. Verification finds no column
differing.

What is not read (left unmapped by the engine, or read as another column), by language:
- all four: the owner ('Assigned to' / 'Asignado a' / 'Affecté à' / 'Назначено': the run
  has no owner column, every record the fallback owner's); 'Disqualified', 'Mass mailing',
  'Last contact date' (no column); a lead's 'Company address' and 'Company email'; a task's
  closing date and lead time ('Date of task closing' / 'Lead time'; the creation date is
  read, empty in every row); a lead's 'Sex' is read as its middle name ('M'); a contact's
  'Department' arrives in a column 'department' (empty in every row).
- en: a company's type and industry; a contact's 'Sex' as its middle name ('M'), a
  contact's company not read (no link); a lead's company address and e-mail are read as
  links to an account ('parentaccountid' / 'customerid'), left empty.
- es, fr, ru: a company's city ('Nombre de la ciudad', 'Nom de la ville', 'Название
  города'); 'Sexo' / 'Sexe' / 'Пол' read as the contact's gender (M decided as Male).
- es: a contact's company is read as a link to the account of that name, which the tests'
  companies share ('Test Company 1' twice, 'Test company' / 'Test Company' four times): 8
  contacts move without it (unresolved, the gate raised by the parameters).
- fr: a contact's company is read but left to a later link, resolved for none.
- fr, ru: a lead's lead source ('Source des Prospects', 'Источник Лида').
- ru: the secondary e-mail ('Дополнительный email') on contacts and leads; a contact's
  company not read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)

FILES = ("companies", "contacts", "leads", "tasks")
LAST_NAME = "last name is required by Dataverse (expect_column_values_to_not_be_null)"
SUBJECT = "'subject' is required in Dataverse (expect_column_values_to_not_be_null)"

COMPANY_1 = {"name": "Test Company 1", "websiteurl": "www.company1.com",
             "telephone1": "+1(23) 456-78-90", "address1_line1": "address 1",
             "emailaddress1": "office@company1.com", "description": None,
             "address1_country": None}
LEE = {"firstname": "Lee", "lastname": "Trump", "emailaddress1": "lee@company2.com",
       "jobtitle": None, "birthdate": None, "telephone1": None, "mobilephone": None,
       "address1_city": None, "address1_country": None}
JOHN = {"firstname": "John", "lastname": "Morgan", "emailaddress1": "john@company.com",
        "companyname": "New Company LLC", "subject": "New Company LLC", "middlename": "M"}
MICHAEL = {"firstname": "Michael", "lastname": "Brut", "emailaddress1": None,
           "companyname": "Another Test Company LLC", "subject": "Another Test Company LLC",
           "middlename": "M"}
TASKS = ["Mock task", "Test task for reminder",
         "A task to check the possible number of responsible subtasks.", "Test team task",
         "Task for another person", "Test task for create subtask"]

# per language: one record of each table field by field, the columns that do not arrive
LANGS: dict[str, dict[str, Any]] = {
    "djangocrm-export-en": {
        "account": {**COMPANY_1, "address1_city": "city1"},
        "account_unread": ("customertypecode", "industrycode", "ownerid"),
        "contact": {**LEE, "middlename": "M", "emailaddress2": None},
        "contact_unread": ("gendercode", "__ref__parentcustomerid_account"),
        "lead": {"emailaddress2": None, "leadsourcecode": None},
        "lead_unread": ("statecode",),
    },
    "djangocrm-export-es": {
        "account": {**COMPANY_1, "customertypecode": None, "industrycode": None},
        "account_unread": ("address1_city", "ownerid"),
        "contact": {**LEE, "gendercode": 1, "emailaddress2": None},
        "contact_unread": ("middlename",),
        "lead": {"emailaddress2": None, "leadsourcecode": None},
        "lead_unread": ("statecode",),
    },
    "djangocrm-export-fr": {
        "account": {**COMPANY_1, "customertypecode": None, "industrycode": None},
        "account_unread": ("address1_city", "ownerid"),
        "contact": {**LEE, "gendercode": 1, "emailaddress2": None},
        "contact_unread": ("middlename", "__ref__parentcustomerid_account"),
        "lead": {"emailaddress2": None},
        "lead_unread": ("statecode", "leadsourcecode"),
    },
    "djangocrm-export-ru": {
        "account": {**COMPANY_1, "customertypecode": None, "industrycode": None},
        "account_unread": ("address1_city", "ownerid"),
        "contact": {**LEE, "gendercode": 1},
        "contact_unread": ("middlename", "emailaddress2", "__ref__parentcustomerid_account"),
        "lead": {},
        "lead_unread": ("statecode", "leadsourcecode", "emailaddress2"),
    },
}


def _loaded(name: str, tmp_path: Path) -> tuple[Path, dict[str, dict[str, Any]]]:
    """Run ``name``: 16 companies and 6 tasks load, 10 of 14 contacts and 2 of 14 leads
    (the rest held back, each for its missing last name); the run folder and its objects."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("companies", 16, 16, 0, 0, 0),
                             "contact": ("contacts", 14, 10, 4, 0, 0),
                             "lead": ("leads", 14, 2, 12, 0, 0),
                             "task": ("tasks", 6, 6, 0, 0, 0)}
    return run_dir, out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory
         ) -> Callable[[str], tuple[Path, dict[str, dict[str, Any]]]]:
    """Each language run once (from its parameters file alone) for the tests below."""
    done: dict[str, tuple[Path, dict[str, dict[str, Any]]]] = {}

    def run(name: str) -> tuple[Path, dict[str, dict[str, Any]]]:
        if name not in done:
            done[name] = _loaded(name, tmp_path_factory.mktemp(name))
        return done[name]
    return run


@pytest.mark.parametrize("name", list(LANGS))
def test_djangocrm_export_loads_in_four_languages(name: str, runs: Callable) -> None:
    """Companies, contacts, leads and tasks load as ``_loaded`` says; Test Company 1, Lee
    Trump and the two leads that load (John Morgan of New Company LLC, Michael Brut of
    Another Test Company LLC: the only leads with a last name) arrive field by field as
    ``LANGS`` says, their e-mails lower-cased, the company name also the lead's topic; the
    six tasks by their names; the columns the run does not read are absent; the deals and
    requests are inventoried but not moved; verification finds no column differing."""
    run_dir, _ = runs(name)
    want = LANGS[name]
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    record = accounts.filter(pl.col("name") == "Test Company 1").to_dicts()
    assert len(record) == 1
    assert {k: record[0].get(k) for k in want["account"]} == want["account"]
    contacts = pl.read_parquet(staged / "contact.parquet")
    lee = contacts.filter(pl.col("lastname") == "Trump").to_dicts()[0]
    assert {k: lee.get(k) for k in want["contact"]} == want["contact"]
    assert sorted(contacts["lastname"].to_list()) == [
        "Last_name1", "Last_name2", "Lee", "Morgan", "Morgan", "Parker", "Smith", "Trump",
        "User", "User"]
    leads = pl.read_parquet(staged / "lead.parquet").sort("__source_row")
    for got, person in zip(leads.to_dicts(), (JOHN, MICHAEL), strict=True):
        expected = {**person, **want["lead"]}
        assert {k: got.get(k) for k in expected} == expected
    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    assert tasks["subject"].to_list() == TASKS
    assert tasks["overriddencreatedon"].null_count() == 6   # 'Creation date': empty
    for table in ("account", "contact", "lead"):
        frame = pl.read_parquet(staged / f"{table}.parquet")
        for unread in want[f"{table}_unread"]:
            assert unread not in frame.columns, (table, unread)
        assert "__owner_email" not in frame.columns, table      # the owner is not read
    # every lead held back lacks its last name (those with no company name their topic too)
    reasons = issues(run_dir, "quarantine", "lead")
    assert LAST_NAME in reasons
    assert all(LAST_NAME in r or r == SUBJECT for r in reasons)
    assert set(issues(run_dir, "quarantine", "contact")) == {LAST_NAME}
    verified = verified_columns(run_dir)
    assert {"name", "websiteurl", "telephone1"} <= set(verified["account"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {*FILES, "deals", "requests"}


def test_djangocrm_export_es_company_links_unresolved(runs: Callable) -> None:
    """Spanish: 'Empresa del contacto' is read as the contact's company, the account of that
    name; the tests' companies share names, so the 8 contacts naming one move without it
    (each in unresolved_links, with how many accounts share the name); the two naming
    'TEST', the only company of its name, are bound to it."""
    run_dir, out = runs("djangocrm-export-es")
    assert out["contact"]["unresolved_lookups"] == 8
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    bound = contacts.filter(pl.col("__ref__parentcustomerid_account").is_not_null())
    assert sorted(bound["firstname"].to_list()) == ["Regular", "VIP"]   # 'TEST', one account
    assert contacts["__shared__parentcustomerid_account"].drop_nulls().len() == 8
    reasons = issues(run_dir, "unresolved_links", "contact")
    assert len(reasons) == 8
    assert all("account records of the export share this name" in r for r in reasons)


@pytest.mark.parametrize("name", ["djangocrm-export-en", "djangocrm-export-fr",
                                  "djangocrm-export-ru"])
def test_djangocrm_export_contacts_without_company(name: str, runs: Callable) -> None:
    """English, French, Russian: no contact arrives with its company bound (en and ru do
    not read 'Company of contact' / 'Компания контактного лица'; fr reads 'Société du
    contact' and leaves it to a later link), and no link is counted unresolved."""
    run_dir, out = runs(name)
    assert out["contact"]["unresolved_lookups"] == 0
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "__ref__parentcustomerid_account" not in contacts.columns
    assert not (run_dir / "unresolved_links" / "contact.csv").exists() or \
        not issues(run_dir, "unresolved_links", "contact")


def test_djangocrm_export_en_sex_as_middle_name(runs: Callable) -> None:
    """English: 'Sex' (M for every test contact and lead) arrives as the middle name on both
    tables; no gender column. A lead's company address and e-mail are read as account links
    ('__via__left__parentaccountid' / '__via__left__customerid'), empty."""
    run_dir, _ = runs("djangocrm-export-en")
    staged = run_dir / "staged"
    for table in ("contact", "lead"):
        frame = pl.read_parquet(staged / f"{table}.parquet")
        assert frame["middlename"].unique().to_list() == ["M"], table
        assert "gendercode" not in frame.columns
    leads = pl.read_parquet(staged / "lead.parquet")
    for col in ("__via__left__parentaccountid", "__via__left__customerid"):
        assert leads[col].null_count() == leads.height
