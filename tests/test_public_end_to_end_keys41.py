"""keys41's public exports run end to end from their parameters files, decisions only
(issue 13): FOSSASIA's Open Event sample event, the FOSSASIA Summit 2017. Same harness as
tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, outcomes, run_public


def test_open_event_sponsors_speakers_and_the_summit_fill_their_tables(tmp_path: Path) -> None:
    """The summit's 17 sponsors load as accounts and its 207 speakers as contacts, each
    under the sponsor its organisation names where it names one (35 speakers of Oracle,
    Microsoft, FOSSASIA...); 12 name none, and the other 160 organisations are no record of
    the export, so those speakers move without a company, each row counted in
    unresolved_links. The speakers (discovery takes them for companies) and the summit, a
    file named 'event' that discovery reads as a calendar's event, are what the parameters
    say: the summit a campaign of type Event; its organiser's name is no user of the org,
    so the fallback owner has it, listed in the owner queue. Every record is read back.
    The sessions, tracks, rooms and session types stay in Open Event, each listed with its
    reason."""
    run_dir = run_public("open-event-fossasia-summit", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("sponsors", 17, 17, 0, 0, 0, 0),
        "contact": ("speakers", 207, 207, 0, 0, 0, 160),
        "campaign": ("event", 1, 1, 0, 0, 0, 0)}
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    sudheesh = people.filter(pl.col("__source_id") == "2242").to_dicts()[0]
    assert (sudheesh["lastname"], sudheesh["jobtitle"], sudheesh["address1_city"],
            sudheesh["address1_country"], sudheesh["websiteurl"],
            sudheesh["__ref__parentcustomerid_account"]) == (
        "Sudheesh Singanamalla", "Developer", "Bangalore", "India", "http://sudheesh.info/",
        "202")   # Microsoft, a sponsor, by its name
    assert sudheesh["description"].startswith("<p><span")   # the short biography, as written
    assert people["__ref__parentcustomerid_account"].drop_nulls().len() == 207 - 12 - 160
    unresolved = pl.read_csv(run_dir / "unresolved_links" / "contact.csv", infer_schema=False)
    assert unresolved.height == 160
    assert unresolved.row(0, named=True)["reason"] == (
        "'Mesitis' names no account of the export, so the record moved without its "
        "parentcustomerid")
    summit = pl.read_parquet(run_dir / "staged" / "campaign.parquet").to_dicts()[0]
    assert (summit["name"], summit["typecode"], summit["actualstart"], summit["actualend"]) == (
        "FOSSASIA Summit", 3, "2017-03-17T01:00:00Z", "2017-03-19T10:00:00Z")   # +08:00 read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.select("email", "records", "resolution").rows() == [
        ("fossasia and science centre singapore", "1",
         "assigned to fallback owner avery.admin@contoso.example")]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("sessions", "tracks", "microlocations", "session_types"):
        assert not files[name]["migrated"] and files[name]["reason"], name


def test_focalboard_boards_fill_leads_contacts_competitors_and_tasks(tmp_path: Path) -> None:
    """Focalboard names each CSV after the board's view ('All Contacts', 'By Sprint'), so
    the parameters say what six of them hold. The Sales Pipeline's five prospects load as
    leads (the person, the company, e-mail, phone, the expected close and the card's
    creation time as JavaScript writes it), its empty 'New Prospect' card held back with
    its reason; the five people interviewed load as contacts; the five competitors with
    their reported revenue ("$25,000,000"); the cards of six boards fill the task table in
    turn, their P1/P2/P3 and '1. High' priorities and their statuses as decided. Company
    Goals & OKRs stays, listed with its reason. Every record is read back."""
    run_dir = run_public("focalboard-templates", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {
        "contact": ("All Users", 5, 5, 0, 0, 0),
        "lead": ("All Contacts", 6, 5, 1, 0, 0),
        "competitor": ("Competitor List", 5, 5, 0, 0, 0),
        "task": ("By Sprint", 10, 10, 0, 0, 0),
        "task_2": ("Preview Table View", 10, 10, 0, 0, 0),
        "task_3": ("List Tasks 🔨", 6, 6, 0, 0, 0),
        "task_4": ("List View", 5, 5, 0, 0, 0),
        "task_5": ("Task Overview", 5, 5, 0, 0, 0),
        "task_6": ("Content List", 4, 4, 0, 0, 0)}
    leads = pl.read_parquet(run_dir / "staged" / "lead.parquet")
    caitlyn = leads.filter(pl.col("__source_id") == "Caitlyn Russel").to_dicts()[0]
    assert (caitlyn["lastname"], caitlyn["companyname"], caitlyn["emailaddress1"],
            caitlyn["telephone1"], caitlyn["estimatedclosedate"],
            caitlyn["overriddencreatedon"]) == (
        "Caitlyn Russel", "Liminary Corp.", "caitlyn.russel@email.com", "(111) 123-1234",
        "2023-07-14T00:00:00Z", "2022-11-03T21:06:00Z")   # 'November 03, 2022 at 9:06 PM'
    held = pl.read_csv(run_dir / "quarantine" / "lead.csv", infer_schema=False)
    assert held.select("source_id", "column").rows() == [("New Prospect", "subject")]
    rivals = pl.read_parquet(run_dir / "staged" / "competitor.parquet")
    assert rivals.filter(pl.col("name") == "Liminary Corp.").select(
        "websiteurl", "reportedrevenue").rows() == [("liminarycorp.com", 25000000.0)]
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert "websiteurl" not in people.columns   # the interview's recording stays behind
    sprint = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert sprint.filter(pl.col("subject") == "Login screen not loading").select(
        "statuscode", "prioritycode").rows() == [(2, 2)]   # Next Up, P1 🔥
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert not files["By Quarter"]["migrated"] and "goal" in files["By Quarter"]["reason"]


def test_calcom_bookings_as_appointments_and_their_attendee_once(tmp_path: Path) -> None:
    """Cal.com's 18 seeded bookings load as appointments (the file is set to activities by
    the analyst; a booking routes to the meeting table by its name), with their title,
    start, end and description. Their host, user 4, is found in the export's users (Pro
    Example) but is no user of the org: the fallback owner has them, listed in the owner
    queue. The 18 attendee rows are one person, keyed by e-mail: one contact, the 17 rows
    that name him again skipped with that reason. Users, teams, memberships, profiles and
    event types stay, listed."""
    run_dir = run_public("calcom-seed", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("Attendee", 18, 1, 0, 17, 0),
                             "appointment": ("Booking", 18, 18, 0, 0, 0)}
    meetings = pl.read_parquet(run_dir / "staged" / "appointment.parquet")
    seeded = meetings.filter(pl.col("__source_id") == "3").to_dicts()[0]
    assert (seeded["subject"], seeded["scheduledstart"], seeded["scheduledend"]) == (
        "30min Seeded Booking", "2024-04-26T22:53:24Z", "2024-04-26T23:23:24Z")
    assert set(meetings["__owner_email"]) == {"4"}
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["records"], q["person"]) for q in queue] == [
        ("4", "18", "Pro Example <pro@example.com>")]
    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped.height == 17 and set(skipped["reason"]) == {"duplicate source id; row 1 kept"}
    person = pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()
    assert [(p["lastname"], p["emailaddress1"]) for p in person] == [
        ("Pro Example", "pro@example.com")]
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    for name in ("users", "Team", "Membership", "Profile", "EventType"):
        assert not files[name]["migrated"] and files[name]["reason"], name
