"""keys96's public exports run end to end from their parameters files, decisions only
(issue 13): osTicket's installer data and Zammad's seeds. Same harness as
tests/test_public_end_to_end.py.

Neither ticket names a customer the map links by itself: osTicket's welcome ticket names the
person who wrote in (a name and an e-mail, no users file), so the person is made from the
ticket's own columns (``intake.records_from_values``) and linked by e-mail; Zammad's names
its customer by her login, her e-mail address, linked to the users file's customer by
e-mail (a decision)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public


def _asker(run_dir: Path) -> str:
    """The e-mail of the contact the one case is of, as staged."""
    case = pl.read_parquet(run_dir / "staged" / "incident.parquet").to_dicts()[0]
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    who = people.filter(pl.col("__source_id") == case["__ref__customerid_contact"])
    return who["emailaddress1"].to_list()[0]


def test_osticket_welcome_ticket_is_a_case_of_the_person_who_wrote_in(tmp_path: Path) -> None:
    run_dir = run_public("osticket-install-data", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("organizations", 1, 1, 0, 0, 0),
                             "contact": ("askers", 1, 1, 0, 0, 0),
                             "incident": ("tickets", 1, 1, 0, 0, 0)}
    assert out["incident"]["unresolved_lookups"] == 0
    assert _asker(run_dir) == "support@osticket.com"
    assert json.loads((run_dir / "verification.json").read_text())["ok"]


def test_zammad_welcome_ticket_is_a_case_of_its_customer_by_her_login(tmp_path: Path) -> None:
    run_dir = run_public("zammad-seeds", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("organizations", 1, 1, 0, 0, 0),
                             "contact": ("users", 1, 1, 0, 0, 0),
                             "incident": ("tickets", 1, 1, 0, 0, 0)}
    assert out["incident"]["unresolved_lookups"] == 0
    assert _asker(run_dir) == "nicole.braun@zammad.org"
    assert json.loads((run_dir / "verification.json").read_text())["ok"]
