"""keys98's public export runs end to end from its parameters file, decisions only (issue
13): EspoCRM's Excel export for a German user (one workbook per entity, the sheet named and
every column headed in German: 'Firmen', 'Zugewiesener Benutzer', 'Rechnungsadresse'), the
records SuiteCRM's demo data (SOURCE.md). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    issues,
    outcomes,
    run_public,
    verified_columns,
)


def test_espocrm_german_accounts_contacts_leads(tmp_path) -> None:
    """The 50 Firmen (accounts), 200 Kontakte (contacts) and 200 Interessenten (leads) load
    and are read back whole, 'ID' keying each with no decision; the German lead statuses and
    sources and the account type 'Kunde' by decisions. A contact's 'Firma' links it to its
    account by the account's name (keys98b: the word for a company names the link); the 66
    contacts naming a name two of the demo's accounts share move without it, each listed in
    unresolved_links (the gate allows it). Opportunities, cases, meetings, calls and tasks
    stay in the source, each listed with its reason."""
    run_dir = run_public("espocrm-export-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("Firmen", 50, 50, 0, 0, 0, 0),
        "contact": ("Kontakte", 200, 200, 0, 0, 0, 66),
        "lead": ("Interessenten", 200, 200, 0, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    assert {"name", "customertypecode", "emailaddress1", "telephone1", "websiteurl",
            "overriddencreatedon"} <= set(columns["account"])
    assert {"firstname", "lastname", "jobtitle", "emailaddress1", "telephone1",
            "address1_line1", "parentcustomerid"} <= set(columns["contact"])
    shared = issues(run_dir, "unresolved_links", "contact")
    assert len(shared) == 66 and all("2 account records of the export share this name" in r
                                     for r in shared)
    assert {"firstname", "lastname", "companyname", "jobtitle", "statuscode",
            "leadsourcecode", "address1_line1"} <= set(columns["lead"])
    files = inventory_files(run_dir)
    for name in ("Firmen", "Kontakte", "Interessenten"):
        assert files[name]["migrated"], name
    for name in ("Verkaufschancen", "Fälle", "Meetings", "Anrufe", "Aufgaben"):
        assert not files[name]["migrated"] and files[name]["reason"], name
