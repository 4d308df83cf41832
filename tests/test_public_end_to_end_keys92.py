"""keys92's public export runs end to end from its parameters file, decisions only (issue
13): coreBOS's (vtiger CRM's open fork) test database as its Export writes each module for
a German user, files named and columns headed with coreBOS's de_de labels ('Organisationen',
'zuständig', 'Rechnungsadresse Ort'), values as stored. Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    verified_columns,
)


def test_corebos_german_organisations_persons_leads_tickets(tmp_path: Path) -> None:
    """The 1152 organisations (accounts), 1010 persons (contacts) and 510 leads load and are
    read back whole (146 persons' 'Organisation' and 52 organisations' 'Mitglied von' name
    an account two accounts share, so left unbound and reported); 99 of the 180 trouble
    tickets load as cases with their account as customer, the 81 whose 'bezogen auf' names
    a person or a shared account name are held back with that reason. Products and
    suppliers stay in the source, each listed with its reason. 'Organisationsnr.',
    'Kontaktnr.' and 'Lead Nr.' key their records with no decision; the tickets' 'interne
    Ticket Nr.' is keyed by a decision."""
    run_dir = run_public("corebos-export-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("Organisationen", 1152, 1152, 0, 0, 0, 52),
        "contact": ("Personen", 1010, 1010, 0, 0, 0, 146),
        "lead": ("Leads", 510, 510, 0, 0, 0, 0),
        "incident": ("Trouble Tickets", 180, 99, 81, 0, 0, 0)}
    columns = verified_columns(run_dir)
    assert all(n == 0 for t in columns.values() for n in t.values())
    # the billing and shipping address under 'Rechnungsadresse'/'Lieferadresse <part>',
    # the parent under 'Mitglied von', the owner under 'zuständig '
    assert {"name", "address1_line1", "address1_city", "address2_postalcode",
            "address2_country", "parentaccountid", "emailaddress2", "donotemail",
            "ownerid"} <= set(columns["account"])
    # 'Organisationsnr.' is the source key and, since session 40, the account number too
    assert "accountnumber" in columns["account"]
    assert {"parentcustomerid", "birthdate", "donotphone", "donotemail",
            "ownerid"} <= set(columns["contact"])
    assert {"companyname", "statuscode", "jobtitle", "ownerid"} <= set(columns["lead"])
    assert {"customerid", "statuscode", "prioritycode", "title"} <= set(columns["incident"])
    params = yaml.safe_load((Path(__file__).parent / "data" / "exports" /
                             "corebos-export-de" / "parameters.yml").read_text())
    assert params["mapping"]["decisions"]["keys"] == {"incident": ["interne Ticket Nr."]}
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv")["reason"]
    assert held.str.contains("is not an account of the export").sum() == 60
    assert held.str.contains("account records of the export share this name").sum() == 21
    for unit, n in (("account", 52), ("contact", 146)):
        left = pl.read_csv(run_dir / "unresolved_links" / f"{unit}.csv")["reason"]
        assert left.str.contains("account records of the export share this name").sum() == n
    report = (run_dir / "report.html").read_text()
    assert "shares its name with other account records of the export" in report
    files = inventory_files(run_dir)
    for name in ("Produkte", "Lieferanten"):
        assert not files[name]["migrated"] and files[name]["reason"], name
