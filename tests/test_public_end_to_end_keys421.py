"""keys421's public export runs end to end from its parameters file, decisions only
(issue 13): Paheko (paheko/paheko at 1e8d80ec, AGPL-3.0; the French association manager,
formerly Garradin), the records its own tests write on one site (run.php's administrator
'bohwaz', the API test's member 'Coucou' with a subscription to the activity 'Adhésion
test' at the fee 'Tarif réduit', the Selenium test's member 'Coucou Machin', two revenue
entries of the year 'Test 1') as its members, subscriptions, activities, fees and
simplified accounting CSV exports write them, headed in French (its only language;
tests/data/exports/paheko-export-fr; SOURCE.md), on the branch-point engine d4b1bc50
(session 54, round Z8). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The three members load as contacts, keyed by their member number (1, 2, 3): by decision the
whole name ('Nom & prénom') as the last name; e-mail, street, postal code, city, phone and
the registration date as the map reads them, the date read day first (7 August 2026, not
8 July); nothing held back, skipped or cleared; no one queued as owner; verification finds
no column differing. The subscriptions, activities, fees and accounting entries are not
loaded: each is reported unmatched (no Dataverse table).

The parameters decide: the members file as contacts (discovery named it unknown: the
measured file miss, which left propose with none of its columns); the activities file as
unknown (discovery read the file name 'activites' as CRM activities: the other file miss);
the registration date's day-first format (no day above 12 in the export, so intake reads
'07/08/2026' month first and says so on the scope page); the key (the member number); the
last name (the one-field name: a measured miss in both modes).

What is NOT read (left unmapped): the members' newsletter box (unticked or unset for all
three) and category (Administrateurs, Membres actifs); the files inscriptions.csv,
activites.csv, tarifs.csv and ecritures.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "paheko-export-fr"
KINDS = {"membres": ("contact", {"contact": 3}), "inscriptions": ("unknown", {}),
         "activites": ("unknown", {}), "tarifs": ("unknown", {}), "ecritures": ("unknown", {})}
CONTACT = {"lastname": "Nom & prénom", "emailaddress1": "Adresse E-Mail",
           "address1_line1": "Adresse postale", "address1_postalcode": "Code postal",
           "address1_city": "Ville", "telephone1": "Numéro de téléphone",
           "overriddencreatedon": "Date d'inscription"}


def test_paheko_members_load_as_contacts(runs: Callable[[str], Path]) -> None:
    """The three members load as contacts keyed by their number, the registration date read
    day first; the other four files stay in Paheko; verification finds no column
    differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("membres", 3, 3, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == CONTACT
    assert table["source_key"] == "key(Numéro de membre)"
    assert not table.get("owner")                        # the export names no owner
    assert not table.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "inscriptions": "unknown", "activites": "unknown", "tarifs": "unknown",
        "ecritures": "unknown"}

    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    rows = staged.select(list(CONTACT)).rows()
    assert rows == [                  # Paheko's order: by name, case-insensitive
        ("bohwaz", "bohwaz@example.org", None, None, None, None, None),
        ("Coucou", None, None, None, None, None, None),
        ("Coucou Machin", "abcd@gmail.com", "30 rue Truc", "21000", "DIJON", "0000000000",
         "2026-08-07T00:00:00Z")]                        # '07/08/2026': 7 August
    assert staged["__source_id"].n_unique() == 3

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
