"""keys249's public exports run end to end from their parameters files, decisions only
(issue 13): YetiForce CRM 4.4.132's own list view Export of the records its test suite creates
(it ships no demo data: 2 accounts, 2 contacts, 1 lead), in Polish, Russian and Romanian
(tests/data/exports/yetiforce-export-pl, -ru, -ro), and keys256's German, Spanish and French
(yetiforce-export-de, -es, -fr; session 40, round M). Same harness as
tests/test_public_end_to_end.py.

Every header is "<block>::<field>": the engine leaves most of them unread, so each parameters
file names the required names' columns and each record's YetiForce number as its key
(decisions); what else arrives is what the engine reads."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
)


def _run(name: str, tmp_path: Path, files: set[str]) -> tuple[Path, dict]:
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert set(inventory_files(run_dir)) == files
    return run_dir, out


def _contacts(run_dir: Path) -> None:
    """Both contacts load whole, by the names decided: the Twitter test's 'Test' (no first
    name) and 'Test Testowy'."""
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert sorted(zip(contacts["lastname"].to_list(), contacts["firstname"].to_list(),
                      strict=True)) == [("Test", None), ("Testowy", "Test")]


def _accounts(run_dir: Path) -> pl.DataFrame:
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert sorted(accounts["name"].to_list()) \
        == ["Api YetiForce Sp. z o.o. New name", "YetiForce Sp. z o.o."]
    return accounts


def test_yetiforce_export_pl_loads_contacts(tmp_path: Path) -> None:
    """Polish: only the contacts load. Discover names neither 'Kontrahenci' (accounts) nor
    'Leady' (leads), so the run maps no file to account or lead (both stay in the source) and
    no decision can route them; the contacts' 'Firma' (their account) is unread too."""
    run_dir, out = _run("yetiforce-export-pl", tmp_path, {"Kontakty", "Kontrahenci", "Leady"})
    assert outcomes(out) == {"contact": ("Kontakty", 2, 2, 0, 0, 0)}
    _contacts(run_dir)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert not any(c.startswith("__ref__parentcustomerid") for c in contacts.columns)


def test_yetiforce_export_ru_loads_accounts_and_contacts(tmp_path: Path) -> None:
    """Russian: the accounts and contacts load; 'Обращения' (YetiForce's Russian for leads,
    "requests") is read as tickets, which this run does not move, so the lead stays in the
    source. No address part of the accounts' main address is read; the Warsaw account's street
    does not arrive."""
    run_dir, out = _run("yetiforce-export-ru", tmp_path, {"Контакты", "Контрагенты", "Обращения"})
    assert outcomes(out) == {"account": ("Контрагенты", 2, 2, 0, 0, 0),
                             "contact": ("Контакты", 2, 2, 0, 0, 0)}
    accounts = _accounts(run_dir)
    assert not {"address1_line1", "address1_city"} & set(accounts.columns)
    _contacts(run_dir)


def test_yetiforce_export_ro_loads_accounts_contacts_leads(tmp_path: Path) -> None:
    """Romanian: all three files load (2 accounts, 2 contacts, 1 lead). The Warsaw account's
    street ('Adresa principala::Strada') arrives, its city ('Oras/Comuna') does not; the lead
    arrives with its company (decided) and e-mail, the engine filling the lead's required last
    name and its topic from the e-mail."""
    run_dir, out = _run("yetiforce-export-ro", tmp_path, {"Contacte", "Conturi", "Leaduri"})
    assert outcomes(out) == {"account": ("Conturi", 2, 2, 0, 0, 0),
                             "contact": ("Contacte", 2, 2, 0, 0, 0),
                             "lead": ("Leaduri", 1, 1, 0, 0, 0)}
    accounts = _accounts(run_dir)
    api = accounts.filter(pl.col("name") == "Api YetiForce Sp. z o.o. New name").to_dicts()[0]
    assert api["address1_line1"] == "Marszałkowska"
    assert "address1_city" not in accounts.columns
    _contacts(run_dir)
    lead = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()[0]
    assert (lead["companyname"], lead["emailaddress1"], lead["lastname"], lead["subject"]) \
        == ("TestLead sp. z o.o.", "test3@yetiforce.com", "test3@yetiforce.com",
            "test3@yetiforce.com")


def test_yetiforce_export_de_loads_accounts_contacts_leads(tmp_path: Path) -> None:
    """German (keys256): all three files load (2 accounts, 2 contacts, 1 lead). The accounts'
    names and the contacts' names are read without a decision; the lead's company
    ('Lead-Details::Leadname') is decided. No part of the accounts' main address is read, so
    the Warsaw account's street and city do not arrive (Romanian's street does); the contact
    'Test Testowy' arrives with its salutation and its status, and the lead with its e-mail,
    the engine filling its required last name and its topic from the e-mail."""
    run_dir, out = _run("yetiforce-export-de", tmp_path, {"Kontakte", "Leads", "Organisationen"})
    assert outcomes(out) == {"account": ("Organisationen", 2, 2, 0, 0, 0),
                             "contact": ("Kontakte", 2, 2, 0, 0, 0),
                             "lead": ("Leads", 1, 1, 0, 0, 0)}
    accounts = _accounts(run_dir)
    assert not {"address1_line1", "address1_city"} & set(accounts.columns)
    _contacts(run_dir)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    testowy = contacts.filter(pl.col("lastname") == "Testowy").to_dicts()[0]
    assert (testowy["salutation"], testowy["statuscode"]) == ("Mr.", 1)
    assert not any(c.startswith("__ref__parentcustomerid") for c in contacts.columns)
    lead = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()[0]
    assert (lead["companyname"], lead["emailaddress1"], lead["lastname"], lead["subject"]) \
        == ("TestLead sp. z o.o.", "test3@yetiforce.com", "test3@yetiforce.com",
            "test3@yetiforce.com")


def test_yetiforce_export_es_loads_accounts_and_contacts(tmp_path: Path) -> None:
    """Spanish (keys256): the accounts and contacts load, by the names decided (the account's
    'Nombre de la Empresa', the contact's 'Nombre' and 'Apellidos', all unread under their
    block). Discover names 'Potenciales' (YetiForce's Spanish for leads) no kind, as Polish
    'Leady', so the lead stays in the source. The Warsaw account's street and city do not
    arrive; no contact links to its account."""
    run_dir, out = _run("yetiforce-export-es", tmp_path, {"Contactos", "Empresas", "Potenciales"})
    assert outcomes(out) == {"account": ("Empresas", 2, 2, 0, 0, 0),
                             "contact": ("Contactos", 2, 2, 0, 0, 0)}
    accounts = _accounts(run_dir)
    assert not {"address1_line1", "address1_city"} & set(accounts.columns)
    _contacts(run_dir)
    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert not any(c.startswith("__ref__parentcustomerid") for c in contacts.columns)


def test_yetiforce_export_fr_loads_accounts_contacts_leads(tmp_path: Path) -> None:
    """French (keys256): all three files load (2 accounts, 2 contacts, 1 lead), by the names
    decided. The account's name ('Détails du compte::Compte') is read as its description: the
    decision names it the name, and the description still takes it, so each account arrives
    with its name in its description too. The Warsaw account's street ('Adresse
    principale::Rue') arrives, its city ('City/Village', left in English) does not; the lead
    arrives with its company (decided, under the block 'Détails du prospect ' as written) and
    e-mail, the engine filling its required last name and its topic from the e-mail."""
    run_dir, out = _run("yetiforce-export-fr", tmp_path, {"Comptes", "Contacts", "Prospects"})
    assert outcomes(out) == {"account": ("Comptes", 2, 2, 0, 0, 0),
                             "contact": ("Contacts", 2, 2, 0, 0, 0),
                             "lead": ("Prospects", 1, 1, 0, 0, 0)}
    accounts = _accounts(run_dir)
    assert accounts["description"].to_list() == accounts["name"].to_list()
    api = accounts.filter(pl.col("name") == "Api YetiForce Sp. z o.o. New name").to_dicts()[0]
    assert api["address1_line1"] == "Marszałkowska"
    assert "address1_city" not in accounts.columns
    _contacts(run_dir)
    lead = pl.read_parquet(run_dir / "staged" / "lead.parquet").to_dicts()[0]
    assert (lead["companyname"], lead["emailaddress1"], lead["lastname"], lead["subject"]) \
        == ("TestLead sp. z o.o.", "test3@yetiforce.com", "test3@yetiforce.com",
            "test3@yetiforce.com")
