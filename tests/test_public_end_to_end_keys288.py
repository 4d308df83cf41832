"""keys288's public exports run end to end from their parameters files, decisions only
(issue 13): FacturaScripts' (NeoRazorX/facturascripts at defd68f4, LGPL-3.0) customers,
addresses and contacts, suppliers and agents as its list views' own CSV export writes them
(the visible columns, ';', a BOM, every string quoted, a phone starting with '+' written
"'+34 ..."), the records its Randomizer plugin draws with Faker (seeded: FacturaScripts keeps
no fixed demo records), headed in English, Spanish, French and German through
Core/Translation (tests/data/exports/facturascripts-export-{en,es,fr,de}; SOURCE.md).
Written on the branch-point engine 7c17aa14 (session 43, round Q), brought up to the
engine's session-43 rules (the formula guard read off: the phones now arrive). Same harness
as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the files, the
contacts loaded and held back, the contact columns that arrive and the country's name),
then what is special to German and French. In all four the 8 customers load as accounts by
their own code (a decision), every one, with its code, name, e-mail, phone and notes; the 48
addresses and contacts load as contacts keyed by description, name and surname (a decision:
the list shows no id), with their description, e-mail, phone, street, city, province and
country; the phone of both files ('Phone', 'Teléfono', 'téléphone', 'Telefon') arrives as
telephone1, the export's formula-guard apostrophe read off ("'+34 999 56 6963" is
'+34 999 56 6963'); suppliers and agents stay in FacturaScripts (the parameters set them
unknown: vendors and sales agents, no Sales table); verification finds no column differing.

What is not read (left unmapped by the engine), in every language: the customer's fiscal
number (no column) and group; no contact is linked to its customer (the list has no customer
column). By language:
- en, es, fr: the 12 contacts with no surname (the suppliers' and agents' own contacts, whose
  name is the whole name, and drawn contacts without one) are held back: Dataverse requires
  a contact's last name.
- de: the German file leaves "name" in Spanish ('Nombre'), read as the last name, and leaves
  'Nachnamen' (surnames) unread: no first name arrives, every contact has a last name (its
  first name) and all 48 load.
- fr: 'Prenom' (FacturaScripts' French for the name, literally first name) is not read as the
  customer's name; the run would copy the e-mail there (and hold back the four customers
  without one, stopping at the quarantine gate): the parameters name 'Prenom' the account's
  name. On the contacts it is read as the first name.
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
    one_row,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

#: Berta Arroyo, customer 7, as every language reads her
BERTA = {"accountnumber": "7", "name": "Berta Arroyo",
         "emailaddress1": "villagomez.leo@miramontes.com",
         "description": "In in aperiam laudantium nam aut et blanditiis. Aut aut voluptas et "
                        "error soluta doloribus. Deleniti sed sunt totam deleniti quibusdam."}
#: a contact of a customer whose description is its address (Contacto::test), Leo Cantú
STREET = "Paseo Elena, 23, Bajo 4º, 83143, As Flores de Ulla"
LEO = {"description": STREET, "emailaddress1": "carreon.rayan@jasso.com",
       "telephone1": "+34 979 412352", "address1_line1": STREET, "address1_city": "El Olivera",
       "address1_stateorprovince": None}
#: the customers' phones by code, the formula guard's apostrophe read off ("'+34 ...")
PHONES = {"1": "+34 999 56 6963", "2": None, "3": "+34 943-176829", "4": None,
          "5": "974 551418", "6": "+34 953-731038", "7": None, "8": "+34 909-125864"}
#: not read in any language
UNREAD = {"account": ("customertypecode", "accountcategorycode"),
          "contact": ("parentcustomerid",)}

# per language: the files (customers, contacts, suppliers, agents), contacts loaded and held
# back, how many loaded contacts have a phone, Leo Cantú's name columns, the country's name
# (English installs load Lang/EN's)
LANGS: dict[str, dict[str, Any]] = {
    "facturascripts-export-en": {
        "files": ("Customers", "Addresses_and_contacts", "Suppliers", "Agents"),
        "contacts": (36, 12), "phones": 21, "leo": {"firstname": "Leo", "lastname": "Cantú"},
        "country": "Spain"},
    "facturascripts-export-es": {
        "files": ("Clientes", "Direcciones_y_contactos", "Proveedores", "Agentes"),
        "contacts": (36, 12), "phones": 21, "leo": {"firstname": "Leo", "lastname": "Cantú"},
        "country": "España"},
    "facturascripts-export-fr": {
        "files": ("Les_clients", "Adresses_et_contacts", "Fournisseurs", "Agents"),
        "contacts": (36, 12), "phones": 21, "leo": {"firstname": "Leo", "lastname": "Cantú"},
        "country": "España"},
    "facturascripts-export-de": {
        # 'Nombre' (the name, untranslated) read as the last name; 'Nachnamen' unread
        "files": ("Kunden", "Adressen_und_Kontakte", "Lieferanten", "Agenten"),
        "contacts": (48, 0), "phones": 27, "leo": {"lastname": "Leo"},
        "country": "España"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_facturascripts_export_loads_customers_and_contacts(name: str,
                                                             runs: Callable[[str], Path]
                                                             ) -> None:
    """8 customers load as accounts, every one; of the 48 contacts ``LANGS`` says how many
    load and how many are held back (no last name); Berta Arroyo and Leo Cantú arrive field
    by field, every customer's phone and the contacts' without the formula guard's
    apostrophe, the columns the run does not read absent; suppliers and agents are not
    migrated, each with its reason; verification finds no column differing."""
    run_dir = runs(name)
    want = LANGS[name]
    customers, contacts, suppliers, agents = want["files"]
    loaded, held = want["contacts"]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (customers, 8, 8, 0, 0, 0, 0),
        "contact": (contacts, 48, loaded, held, 0, 0, 0)}
    assert not issues(run_dir, "quarantine", "account")
    held_back = issues(run_dir, "quarantine", "contact")
    assert len(held_back) == held
    assert all("last name is required" in r for r in held_back)
    staged = run_dir / "staged"
    accounts = pl.read_parquet(staged / "account.parquet")
    assert sorted(accounts["accountnumber"].to_list()) == [str(i) for i in range(1, 9)]
    berta = one_row(accounts, "accountnumber", "7")
    assert {k: berta.get(k) for k in BERTA} == BERTA
    assert dict(accounts.select("accountnumber", "telephone1").iter_rows()) == PHONES
    assert accounts["__source_id"].n_unique() == 8
    people = pl.read_parquet(staged / "contact.parquet")
    assert people.height == loaded            # staged: the rows that load
    assert people["telephone1"].drop_nulls().len() == want["phones"]
    assert not people["telephone1"].drop_nulls().str.starts_with("'").any()
    leo = one_row(people, "emailaddress1", "carreon.rayan@jasso.com")
    expected = {**LEO, **want["leo"], "address1_country": want["country"]}
    assert {k: leo.get(k) for k in expected} == expected
    # the customers' own contacts: described by the customer's name, from Spain
    jaime = one_row(people, "description", "D. Jaime Valenzuela")
    assert jaime["address1_country"] == want["country"]
    for table, frame in (("account", accounts), ("contact", people)):
        for column in UNREAD[table]:
            assert column not in frame.columns, (table, column)
    verified = verified_columns(run_dir)
    assert {"accountnumber", "name", "emailaddress1", "telephone1", "description"} <= set(
        verified["account"])
    assert {"description", "lastname", "emailaddress1", "telephone1", "address1_line1",
            "address1_city", "address1_country"} <= set(verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == set(want["files"])
    for kept in (suppliers, agents):
        assert not files[kept]["migrated"], kept
        assert "set to unknown in the parameters file" in files[kept]["reason"], kept


def test_facturascripts_export_de_name_read_as_the_last_name(runs: Callable[[str], Path]
                                                             ) -> None:
    """German: 'Nombre' (the German file's untranslated "name") arrives as the last name and
    'Nachnamen' (the surnames) is not read: no contact has a first name, every one loads;
    Jaime Valenzuela's own contact (name 'D.', surname 'Jaime Valenzuela') has 'D.' as its
    last name."""
    run_dir = runs("facturascripts-export-de")
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "firstname" not in people.columns
    assert people["lastname"].null_count() == 0
    jaime = one_row(people, "description", "D. Jaime Valenzuela")
    assert jaime["lastname"] == "D."


def test_facturascripts_export_fr_customer_name_by_decision(runs: Callable[[str], Path]
                                                            ) -> None:
    """French: the customers' 'Prenom' fills the account's name by the parameters' decision
    (every customer's name arrives, none held back); on the contacts 'Prenom' is read as the
    first name by the engine itself and 'nom' as the last name."""
    run_dir = runs("facturascripts-export-fr")
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert accounts["name"].null_count() == 0
    assert "Pablo Aguayo" in accounts["name"].to_list()
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    jaime = one_row(people, "description", "D. Jaime Valenzuela")
    assert (jaime["firstname"], jaime["lastname"]) == ("D.", "Jaime Valenzuela")
