"""keys118's public exports run end to end from their parameters files, decisions only (issue
13): coreBOS's (vtiger CRM's open fork) test database as its Export writes each module for a
user working in French, Spanish, Italian, Dutch or Brazilian Portuguese, files named and
columns headed with coreBOS's own labels ('Comptes', 'Pre-Contactos', 'Assistenza Clienti',
'Onderdeel van', 'Responsável'), values as stored; keys162's Hungarian and Romanian ones,
held out (their parameters name the files discovery missed and the columns a decision
needs); keys229's Mexican Spanish one (es_mx), held out the same way. The same records as
keys92's German export (tests/test_public_end_to_end_keys92.py), the same outcome. Same
harness as tests/test_public_end_to_end.py."""

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

#: export -> its accounts', contacts', leads' and tickets' files, then its products' and
#: suppliers' (not moved)
EXPORTS = {
    "corebos-export-fr": ("Comptes", "Contacts", "Prospect", "Tickets", "Produits",
                          "Fournisseurs"),
    "corebos-export-es": ("Cuentas", "Contactos", "Pre-Contactos", "Incidencias",
                          "Productos", "Proveedores"),
    "corebos-export-it": ("Aziende", "Contatti", "Leads", "Assistenza Clienti", "Prodotti",
                          "Fornitori"),
    "corebos-export-nl": ("Accounts", "Contacten", "Leads", "Helpdesk", "Producten",
                          "Leveranciers"),
    "corebos-export-pt-br": ("Contas", "Contatos", "Leads", "Tickets", "Produto",
                             "Fornecedores"),
    # keys162, held out (session 30): no engine word tuned on these labels
    "corebos-export-hu": ("Cégek", "Kapcsolatok", "Jelöltek", "Kérések", "Termékek",
                          "Beszállítók"),
    "corebos-export-ro": ("Organizatii", "Contacte", "Potentiali", "Tichete Suport",
                          "Produse", "Furnizori"),
    # keys229, held out (session 36): Mexican Spanish, a regional variant of es
    "corebos-export-es-mx": ("Cuentas", "Contactos", "Prospectos", "Casos", "Productos",
                             "Proveedores"),
}

#: held-out exports: columns the engine reads itself, beyond the decided ones (account name,
#: links, lead status, ticket title), per object; the rest stays in the source, listed
HELD_OUT = {
    "corebos-export-hu": {
        "account": {"accountnumber", "address1_city", "address2_city", "emailaddress1",
                    "numberofemployees", "telephone1", "websiteurl"},
        "contact": {"birthdate", "firstname", "lastname", "jobtitle", "telephone1"},
        "lead": {"companyname", "firstname", "lastname", "address1_city", "jobtitle"}},
    "corebos-export-ro": {
        "account": {"address1_line1", "donotemail", "emailaddress2", "telephone2"},
        "contact": {"department", "firstname", "lastname", "jobtitle", "telephone3"},
        "lead": {"lastname", "address1_city", "jobtitle"}},
    # keys229: its parameters also decide the Mexican address labels (city, state), the
    # ticker, the contact's office and other phones, the ticket's number and description
    "corebos-export-es-mx": {
        "account": {"accountnumber", "address1_line1", "address1_postalcode", "donotemail",
                    "emailaddress2", "numberofemployees", "telephone1", "websiteurl"},
        "contact": {"birthdate", "department", "donotphone", "firstname", "lastname",
                    "jobtitle", "mobilephone"},
        "lead": {"address1_line1", "emailaddress1", "firstname", "lastname", "jobtitle",
                 "mobilephone"}},
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_corebos_labelled_organisations_persons_leads_tickets(name: str,
                                                              tmp_path: Path) -> None:
    """The 1152 organisations (accounts), 1010 persons (contacts) and 510 leads load and are
    read back whole (146 persons' account and 52 organisations' parent name an account two
    accounts share, so left unbound and reported); 99 of the 180 trouble tickets load as
    cases with their account as customer, the 81 whose related-to names a person or a
    shared account name are held back with that reason. Products and suppliers stay in the
    source, each listed with its reason."""
    accounts, contacts, leads, tickets, products, suppliers = EXPORTS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (accounts, 1152, 1152, 0, 0, 0, 52),
        "contact": (contacts, 1010, 1010, 0, 0, 0, 146),
        "lead": (leads, 510, 510, 0, 0, 0, 0),
        "incident": (tickets, 180, 99, 81, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"customerid", "statuscode", "prioritycode"} <= set(columns["incident"])
    if name in HELD_OUT:
        for unit, read in HELD_OUT[name].items():
            assert read <= set(columns[unit]), (unit, read - set(columns[unit]))
        assert {"name", "parentaccountid"} <= set(columns["account"])
        assert "parentcustomerid" in columns["contact"]
        assert "statuscode" in columns["lead"]
    else:
        _sibling_columns(name, columns)
    _held_and_left(run_dir, products, suppliers)


def _sibling_columns(name: str, columns: dict[str, dict[str, int]]) -> None:
    """keys118's five, measured after tuning: the columns the engine reads in each."""
    assert {"name", "parentaccountid", "emailaddress2", "donotemail",
            "ownerid"} <= set(columns["account"])
    # the Dutch labels' 'P Plaats' / 'B Plaats' (postal / visiting address) read as no
    # address column (left in MEASUREMENTS.md): the other four load both addresses
    if name != "corebos-export-nl":
        assert {"address1_line1", "address1_city"} <= set(columns["account"])
    assert {"parentcustomerid", "birthdate", "donotphone", "donotemail",
            "ownerid"} <= set(columns["contact"])
    assert {"companyname", "statuscode", "jobtitle", "ownerid"} <= set(columns["lead"])


def _held_and_left(run_dir: Path, products: str, suppliers: str) -> None:
    """Tickets held back with their reason, links left unbound, files left in the source."""
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv")["reason"]
    assert held.str.contains("is not an account of the export").sum() == 60
    assert held.str.contains("account records of the export share this name").sum() == 21
    for unit, n in (("account", 52), ("contact", 146)):
        left = pl.read_csv(run_dir / "unresolved_links" / f"{unit}.csv")["reason"]
        assert left.str.contains("account records of the export share this name").sum() == n
    files = inventory_files(run_dir)
    for source in (products, suppliers):
        assert not files[source]["migrated"] and files[source]["reason"], source
