"""keys442's public exports run end to end from their parameters files, decisions only
(issue 13): Poetry Slam Manager, SAP's Partner Reference Application
(SAP-samples/partner-reference-application at 2d71f9d4, branch main-multi-tenant,
Apache-2.0; a CAP application in which an event manager sells seats at poetry slams to
visitors), its sample data (srv/poetryslam/sample_data: 8 poetry slams, 12 visitors, 10
bookings) as Fiori Elements' "Export to Spreadsheet" writes the tables (one sheet 'SAPUI5
Spreadsheet Export' each), headed in English and in German
(tests/data/exports/poetryslams-export-en and -de; SOURCE.md), on the branch-point engine
17d18fea (session 56, round Z12). Same harness as tests/test_public_end_to_end.py (the
shared runner ``runs_once``, through conftest's ``runs``).

The twelve visitors load as contacts ('Visitors.xlsx', 'Gäste.xlsx'), keyed by their e-mail
address: the whole name ('Name') as the last name and the e-mail, as the map reads them;
nothing held back, skipped or failed; no one queued as owner; verification finds no column
differing. One value is cleared, in both languages: João Pereira's e-mail
'joão.pereira@pra.ondemand.com' (a non-ASCII local part: 'email address is not valid'), so
his contact loads with his name alone and the cleared report keeps the value. The poetry
slams and the bookings are not loaded: each is reported unmatched (events and event
registrations: no Dynamics 365 Sales table).

The parameters decide: the key (the e-mail: the list shows no visitor id, the UUID is
hidden) and that the export names no owner. Discovery named the three workbooks right
(measured 3/3 in both languages), so there is no intake decision, and the map read both
visitor columns right (2/2 both modes), so there is no column decision.

What is NOT read: the workbooks 'Poetry Slams.xlsx' (number, title, description, status,
event date, capacity) and 'Bookings.xlsx' / 'Buchungen.xlsx' (the slam's number, the
visitor's name and e-mail, artist, status; read under its sheet's name 'SAPUI5 Spreadsheet
Export', first in path order) whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

VISITORS = {"poetryslams-export-en": "Visitors", "poetryslams-export-de": "Gäste"}
CONTACT = {"lastname": "Name", "emailaddress1": "Email"}
ROWS = [                              # in the list's key (UUID) order
    ("Thomas Schmidt", "thomas.schmidt@pra.ondemand.com"),
    ("Miguel Rodriguez", "miguel.rodriguez@pra.ondemand.com"),
    ("Nathalie Perrin", "nathalie.perrin@pra.ondemand.com"),
    ("Alessandra Bertolini", "alessandra.bertolini@pra.ondemand.com"),
    ("Vladimir Zhukov", "vladimir.zhukov@pra.ondemand.com"),
    ("Takahiro Suzuki", "takahiro.suzuki@pra.ondemand.com"),
    ("Xiao-ming Zhou", "xiao-ming.zhou@pra.ondemand.com"),
    ("Aneesha Mishra", "aneesha.mishra@pra.ondemand.com"),
    ("Elena Petrova", "elena.petrova@pra.ondemand.com"),
    ("Michael Adams", "michael.adams@pra.ondemand.com"),
    ("Tomoko Sato", "tomoko.sato@pra.ondemand.com"),
    ("João Pereira", None)]           # the non-ASCII e-mail cleared


@pytest.mark.parametrize("name", list(VISITORS))
def test_poetry_slam_visitors_load_as_contacts(name: str,
                                               runs: Callable[[str], Path]) -> None:
    """The twelve visitors load as contacts keyed by their e-mail, one non-ASCII e-mail
    cleared; the poetry slams and the bookings stay in the app; verification finds no column
    differing."""
    visitors = VISITORS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": (visitors, 12, 12, 0, 0, 0, 0, 1)}
    assert out["contact"]["cleared_fields"] == {"emailaddress1": 1}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        visitors: ("contact", {"contact": 12}), "Poetry Slams": ("unknown", {}),
        "SAPUI5 Spreadsheet Export": ("unknown", {})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "contact"
    assert {c["target"]: c["source"] for c in table.get("columns", [])} == CONTACT
    assert table["source_key"] == "key(Email)"
    assert not table.get("owner")                        # the export names no owner
    assert not table.get("lookups")
    assert {u["source"]: u["kind"] for u in mapping["unmatched_sources"]} == {
        "Poetry Slams": "unknown", "SAPUI5 Spreadsheet Export": "unknown"}

    for kind in ("quarantine", "skipped", "flags"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.select("row", "column", "target", "value", "action").rows() == [
        ("12", "Email", "emailaddress1", "joão.pereira@pra.ondemand.com", "field cleared")]
    assert cleared["reason"][0].startswith("email address is not valid")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.select(list(CONTACT)).rows() == ROWS
    assert staged["__source_id"].n_unique() == 12        # João keyed by his e-mail still

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert set(verified["contact"]) == set(CONTACT)
    assert not any(verified["contact"].values())
