"""keys27's public exports run end to end from their parameters files, decisions only
(issue 13): a German sports club's members and events (Admidio). Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public


def test_admidio_members_and_events_load(tmp_path: Path) -> None:
    run_dir = run_public("admidio-demo-de", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"], o["failed"])
            for k, o in out.items()} == {"contact": (161, 161, 0, 0, 0),
                                         "appointment": (15, 15, 0, 0, 0)}
    assert out["contact"]["source_object"] == "Kontakte"
    assert out["appointment"]["source_object"] == "Termine"     # German: appointments
    contacts = {c["__source_id"]: c for c in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    # German labels read: Nachname, Vorname, Straße, PLZ, Ort, Land, Handy, Geburtstag
    dagmar = contacts["202"]
    assert (dagmar["lastname"], dagmar["firstname"]) == ("Ahrends", "Dagmar")
    assert (dagmar["address1_line1"], dagmar["address1_postalcode"],
            dagmar["address1_city"], dagmar["address1_country"]) == (
        "Blumenwiese 23", "12345", "Müllerhausen", "DEU")
    assert (dagmar["telephone1"], dagmar["mobilephone"]) == ("0875-2255773", "0170-457412")
    assert dagmar["emailaddress1"] == "ahrends.dagmar@example.com"
    assert dagmar["birthdate"].startswith("2007-01-05")
    # the team's decision: Admidio's gender options 1 and 2 are Dataverse's Male and Female
    assert (contacts["1"]["gendercode"], dagmar["gendercode"]) == (1, 2)
    events = {a["__source_id"]: a for a in
              pl.read_parquet(run_dir / "staged" / "appointment.parquet").to_dicts()}
    training = events["3"]
    assert training["subject"] == "Youth training 1"               # dat_headline
    assert training["location"] == "Sports field Norwich"
    # dat_begin / dat_end in the club's zone (Europe/Berlin, winter): 14:00-16:00 -> UTC
    assert (training["scheduledstart"], training["scheduledend"]) == (
        "2025-12-25T13:00:00Z", "2025-12-25T15:00:00Z")
    assert events["4"]["scheduledstart"] == "2026-03-01T16:00:00Z"   # Barbecue, 17:00
    assert events["5"]["isalldayevent"] is True                      # dat_all_day
    assert training["overriddencreatedon"] == "2017-07-06T13:38:26Z"  # dat_timestamp_create
    # every event lies before the run's date: held, closed as completed
    assert {a["statuscode"] for a in events.values()} == {3}
    assert out["appointment"]["closed"] == 15
    # roles, memberships, relations and announcements are listed with reasons, none taken
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Kontakte"]["taken"] == {"contact": 161}
    assert files["Termine"]["taken"] == {"appointment": 15}
    for name in ("Rollen", "Mitgliedschaften", "Beziehungen", "Ankuendigungen"):
        assert not files[name]["taken"], name
        assert files[name]["reason"].startswith("not migrated"), name
