"""keys427's public export runs end to end from its parameters file, decisions only (issue
13): LimeSurvey 6.1.8 (GPL-2.0-or-later; the open-source survey tool), the records its own
test suite imports and writes (the participants of three test surveys: 453951's five,
147472's two, 625219's two; the central participant CPDImportParticpantsTest imports and
updates, Max Mustermann; the CI's admin and UserManagementTest's new user) as its survey
participants, central participant and users CSV exports write them, in English
(machine-name headers, untranslated; tests/data/exports/limesurvey-export-en; SOURCE.md), on
the branch-point engine d4b1bc50 (session 54, round Z8). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

Survey 453951's five participants load as contacts, survey 625219's two as contacts of a
second entry (their ids written 'tokens-625219:<id>'), the central participant as a third
(its ids 'central-1691685213:<id>'), its website and its blocklist flag (not blocklisted:
bulk e-mail allowed) with it; survey 147472's participant list is set aside by the map as
the records of survey 453951 again (participant1 and participant2 of the same e-mails: not
moved twice); the users file is the survey tool's administrators, matched, not created. The
central participant's owner (owner_uid 1: the user admin, 'TravisLS' <no@email.com>) is no
user of the org: queued as unmatched, the fallback owner assigned. Nothing held back,
skipped or cleared; verification finds no column differing.

The parameters decide: the three keys (LimeSurvey's tid per survey, the central
participant's id); the test participants' one name ('Participant 0', 'Paticipant 1', in the
first-name column) as the last name Dynamics requires, the first name left empty (both
participant files); the central participant's 'blacklisted' (Y / N) as Do not allow Bulk
Emails (left unread by the map). The measured misses need no decision to load: survey
147472's columns are those of the set-aside file (its people load from survey 453951), and
the users' whole name is on a file that is not loaded.

What the run reads: the participants' e-mail and one name (as the last name); the central
participant's first and last name, e-mail, website ('Webseite'), blocklist flag and owner.

What is NOT read (left unmapped):
- participants: the e-mail status ('OK'), access code, survey language, validity window,
  invitation and reminder state, reminder count, completion, uses left; survey 147472's
  whole file (its two attributes among it);
- central participant: its language ('de');
- users: the whole file (matched to the org's users for the owner, never created).
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
    run_public,
    runs_once,
    verified_columns,
)

NAME = "limesurvey-export-en"
KINDS = {"tokens_453951": ("contact", {"contact": 5}),
         "tokens_147472": ("contact", {}),
         "tokens_625219": ("contact", {"contact_3": 2}),
         "central_1691685213": ("contact", {"contact_2": 1}),
         "userExport": ("user", {})}
PARTICIPANT = {"emailaddress1": "email", "lastname": "firstname"}
CENTRAL = {"firstname": "firstname", "lastname": "lastname", "emailaddress1": "email",
           "websiteurl": "Webseite", "donotbulkemail": "blacklisted"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory, run_public)


def test_limesurvey_participants_and_central_participant_load(
        runs: Callable[[str], Path]) -> None:
    """Two surveys' participants and the central participant load as contacts, the third
    survey's list (the same two people again) is set aside, the users are matched, the
    central participant's owner falls back; verification finds no column differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared") == {
        "contact": ("tokens_453951", 5, 5, 0, 0, 0, 0, 0),
        "contact_2": ("central_1691685213", 1, 1, 0, 0, 0, 0, 0),
        "contact_3": ("tokens_625219", 2, 2, 0, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS
    set_aside = files["tokens_147472"]               # the same people: not moved twice
    assert (set_aside["migrated"], set_aside["not_taken"], set_aside["second_file_of"]) == (
        False, 2, {"table": "contact", "file": "tokens_453951.csv"})
    assert "records of 'tokens_453951' again" in set_aside["reason"]
    assert (files["userExport"]["migrated"], files["userExport"]["not_taken"]) == (False, 2)
    assert "users are not created" in files["userExport"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name", t["target"]): t for t in mapping["tables"]}
    assert {(u["source"], u["kind"], u.get("fed_by"), u.get("same"))
            for u in mapping["unmatched_sources"]} == {
        ("tokens_147472", "contact", "tokens_453951", True), ("userExport", "user", None, None)}
    assert set(tables) == {"contact", "contact_2", "contact_3"}
    for entry, source, key, columns in (
            ("contact", "tokens_453951", "key(tid)", PARTICIPANT),
            ("contact_2", "central_1691685213", "key(participant_id)", CENTRAL),
            ("contact_3", "tokens_625219", "key(tid)", PARTICIPANT)):
        table = tables[entry]
        assert (table["source"], table["source_key"]) == (source, key)
        assert {c["target"]: c["source"] for c in table.get("columns", [])} == columns
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert not tables["contact"].get("owner") and not tables["contact_3"].get("owner")
    assert (tables["contact_2"]["owner"]["source"], tables["contact_2"]["owner"]["match"]) == (
        "owner_uid", "email")                            # the owner by the users file's e-mail
    assert [(n["source"], n["same_as"]) for n in tables["contact"]["not_further"]] == [
        ("tokens_147472", "tokens_453951")]
    assert tables["contact_3"]["id_prefix"] == "tokens-625219:"
    assert tables["contact_2"]["id_prefix"] == "central-1691685213:"

    staged = run_dir / "staged"
    first = pl.read_parquet(staged / "contact.parquet").to_dicts()
    assert [(c["lastname"], c["emailaddress1"]) for c in first] == [
        (f"Participant {n}", f"participant{n}@example.com") for n in range(5)]
    assert all("firstname" not in c for c in first)      # the one name is the last name
    third = pl.read_parquet(staged / "contact_3.parquet").to_dicts()
    assert [(c["lastname"], c["emailaddress1"]) for c in third] == [
        ("Paticipant 1", "p1@mail.com"), ("Paticipant 2", "p2@mail.com")]
    assert all(c["__source_id"].startswith("tokens-625219:") for c in third)
    central = pl.read_parquet(staged / "contact_2.parquet").to_dicts()
    assert [(c["firstname"], c["lastname"], c["emailaddress1"], c["websiteurl"],
             c["donotbulkemail"]) for c in central] == [
        ("Max", "Mustermann", "max.mustermann@example.com", "http://www.example.org", False)]
    assert central[0]["__source_id"].startswith("central-1691685213:")

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"], q["person"]) for q in queue] == [
        ("1", "unmatched", "1", "TravisLS <no@email.com>")]
    assert "fallback owner avery.admin@contoso.example" in queue[0]["resolution"]

    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(PARTICIPANT)
    assert set(verified["contact_3"]) == set(PARTICIPANT)
    assert set(verified["contact_2"]) == set(CENTRAL) | {"ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
