"""keys118's public exports run end to end from their parameters files, decisions only (issue
13): coreBOS's (vtiger CRM's open fork) test database as its Export writes each module for a
user working in French, Spanish, Italian, Dutch or Brazilian Portuguese, files named and
columns headed with coreBOS's own labels ('Comptes', 'Pre-Contactos', 'Assistenza Clienti',
'Onderdeel van', 'Responsável'), values as stored. The same records as keys92's German
export (tests/test_public_end_to_end_keys92.py), the same outcome. Same harness as
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
    assert {"name", "parentaccountid", "emailaddress2", "donotemail",
            "ownerid"} <= set(columns["account"])
    # the Dutch labels' 'P Plaats' / 'B Plaats' (postal / visiting address) read as no
    # address column (left in MEASUREMENTS.md): the other four load both addresses
    if name != "corebos-export-nl":
        assert {"address1_line1", "address1_city"} <= set(columns["account"])
    assert {"parentcustomerid", "birthdate", "donotphone", "donotemail",
            "ownerid"} <= set(columns["contact"])
    assert {"companyname", "statuscode", "jobtitle", "ownerid"} <= set(columns["lead"])
    assert {"customerid", "statuscode", "prioritycode"} <= set(columns["incident"])
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv")["reason"]
    assert held.str.contains("is not an account of the export").sum() == 60
    assert held.str.contains("account records of the export share this name").sum() == 21
    for unit, n in (("account", 52), ("contact", 146)):
        left = pl.read_csv(run_dir / "unresolved_links" / f"{unit}.csv")["reason"]
        assert left.str.contains("account records of the export share this name").sum() == n
    files = inventory_files(run_dir)
    for source in (products, suppliers):
        assert not files[source]["migrated"] and files[source]["reason"], source
