"""keys103's French, Dutch and Portuguese EspoCRM exports run end to end from their
parameters files, decisions only (issue 13): EspoCRM's Excel export for a French, Dutch,
European Portuguese user (one workbook per entity, the sheet named and every column headed in
the language: 'Comptes', 'Titre du Compte', 'Prospects'; 'Relaties', 'Relatie titel';
'Contas', 'Título da conta principal'), the records SuiteCRM's demo data (SOURCE.md). Same
harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json

import pytest
import yaml

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
    "espocrm-export-fr": (("Comptes", "Contacts", "Prospects"),
                          ("Opportunités", "Tickets", "Rendez-vous", "Appels", "Tâches")),
    "espocrm-export-nl": (("Relaties", "Contacten", "Leads"),
                          ("Kansen", "Tickets", "Vergaderingen", "Gesprekken", "Taken")),
    "espocrm-export-pt": (("Contas", "Contatos", "Leads"),
                          ("Oportunidades", "Casos", "Reuniões", "Chamadas", "Tarefas")),
}
#: Where each run differs from the French one (left for later rounds, MEASUREMENTS.md): the
#: Dutch contacts' 'Relatie' (their account, by name; no Dutch word for an account) links by
#: its values since session 28 (every one an account's name), 66 unresolved as in French;
#: EspoCRM pt_PT's 'Telemóvel' (the primary phone, literally "mobile") loads as
#: telephone3 and mobilephone, and a lead's 'Estado' (its status, read as its address's state
#: and left out by decision) gives no status.
_UNRESOLVED = {"espocrm-export-fr": 66, "espocrm-export-nl": 66, "espocrm-export-pt": 66}
_PHONE = {"espocrm-export-fr": ("telephone1", "telephone1"),
          "espocrm-export-nl": ("telephone1", "telephone1"),
          "espocrm-export-pt": ("telephone3", "mobilephone")}


@pytest.mark.parametrize("name", sorted(_SHEETS))
def test_espocrm_french_dutch_portuguese_accounts_contacts_leads(name: str, tmp_path) -> None:
    """50 accounts, 200 contacts and 200 leads load and are read back whole, 'ID' keying
    each with no decision; the account type and lead sources (and, fr and nl, the lead
    statuses) in the language by decisions. A person's title at the account is the job
    title. A contact's account links by the account's name (_UNRESOLVED); the 66
    contacts naming a name two of the demo's accounts share move without it, each listed
    in unresolved_links (the gate allows it). Opportunities, tickets, meetings, calls and
    tasks stay in the source, each listed with its reason."""
    (accounts, contacts, leads), left = _SHEETS[name]
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": (accounts, 50, 50, 0, 0, 0, 0),
        "contact": (contacts, 200, 200, 0, 0, 0, _UNRESOLVED[name]),
        "lead": (leads, 200, 200, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    account_phone, lead_phone = _PHONE[name]
    assert {"name", "customertypecode", "emailaddress1", account_phone, "websiteurl",
            "overriddencreatedon"} <= set(columns["account"])
    assert {"firstname", "lastname", "jobtitle", "emailaddress1",
            "telephone1"} <= set(columns["contact"])
    assert ("parentcustomerid" in columns["contact"]) == (_UNRESOLVED[name] > 0)
    assert {"firstname", "lastname", "companyname", "jobtitle", lead_phone,
            "leadsourcecode"} <= set(columns["lead"])
    assert ("statuscode" in columns["lead"]) == (name != "espocrm-export-pt")
    # the state is the address's (read from the whole address in one cell, part by part,
    # since session 26), never a lead's status; the parts are proved against the cell. The
    # Portuguese lead's 'Estado' took the state before the decision left it out: its
    # address carries no state (the proof then checks every part held is the cell's)
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text())
    for unit in ("contact", "lead"):
        entry = next(e for e in mapping["tables"] if e["target"] == unit)
        state = [c for c in entry["columns"] if c["target"] == "address1_stateorprovince"]
        assert [c.get("address_part") for c in state] == (
            [] if (name, unit) == ("espocrm-export-pt", "lead") else ["stateorprovince"]), unit
        cells = json.loads((run_dir / "verification.json").read_text())["tables"][unit][
            "export_cells"]["columns"]["address1_composite"]
        assert (cells["cells"], cells["differ"]) == (200, 0), unit
    shared = issues(run_dir, "unresolved_links", "contact")
    assert len(shared) == _UNRESOLVED[name] and all(
        "2 account records of the export share this name" in r for r in shared)
    files = inventory_files(run_dir)
    for sheet in (accounts, contacts, leads):
        assert files[sheet]["migrated"], sheet
    for sheet in left:
        assert not files[sheet]["migrated"] and files[sheet]["reason"], sheet
