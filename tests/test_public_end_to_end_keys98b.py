"""keys98's Italian and Spanish EspoCRM exports run end to end from their parameters files,
decisions only (issue 13): EspoCRM's Excel export for an Italian and a Spanish user (one
workbook per entity, the sheet named and every column headed in the language: 'Contatti',
'Nominativo', 'Titolo Account'; 'Posibles clientes', 'Titulo de cuenta', 'Toma de
contacto'), the records SuiteCRM's demo data (SOURCE.md). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

import pytest

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)

#: export -> its accounts', contacts' and leads' sheets, then the sheets left in the source
_SHEETS = {
    "espocrm-export-it": (("Account", "Contatti", "Leads"),
                          ("Opportunità", "Casi", "Riunioni", "Chiamate", "Compiti")),
    "espocrm-export-es": (("Cuentas", "Contactos", "Posibles clientes"),
                          ("Oportunidades", "Tickets", "Reuniones", "Llamadas", "Tareas")),
}


@pytest.mark.parametrize("name", sorted(_SHEETS))
def test_espocrm_italian_spanish_accounts_contacts_leads(name: str, tmp_path) -> None:
    """50 accounts, 200 contacts and 200 leads load and are read back whole, 'ID' keying
    each with no decision; the lead statuses and sources and the account type 'Cliente' in
    the language by decisions. 'Nominativo' / 'Nombre' is the first name beside the surname,
    'Titolo Account' / 'Titulo de cuenta' the job title, 'Provenienza' / 'Toma de contacto'
    the lead source. A contact's account ('Account', 'Cuenta') links by the account's name
    ('Azienda', 'Nombre'); the 66 contacts naming a name two of the demo's accounts share
    move without it, each listed in unresolved_links (the gate allows it). Opportunities,
    cases, meetings, calls and tasks stay in the source, each listed with its reason."""
    (accounts, contacts, leads), left = _SHEETS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (accounts, 50, 50, 0, 0, 0, 0),
        "contact": (contacts, 200, 200, 0, 0, 0, 66),
        "lead": (leads, 200, 200, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"name", "customertypecode", "emailaddress1", "telephone1", "websiteurl",
            "overriddencreatedon"} <= set(columns["account"])
    assert {"firstname", "lastname", "jobtitle", "emailaddress1", "telephone1",
            "address1_line1", "parentcustomerid"} <= set(columns["contact"])
    assert {"firstname", "lastname", "companyname", "jobtitle", "statuscode",
            "leadsourcecode", "address1_line1"} <= set(columns["lead"])
    shared = issues(run_dir, "unresolved_links", "contact")
    assert len(shared) == 66 and all("2 account records of the export share this name" in r
                                     for r in shared)
    files = inventory_files(run_dir)
    for sheet in (accounts, contacts, leads):
        assert files[sheet]["migrated"], sheet
    for sheet in left:
        assert not files[sheet]["migrated"] and files[sheet]["reason"], sheet
