"""Rules added after measuring keys38's four exports held out (issue 13; MEASUREMENTS.md,
"keys38's four"), on made-up data so they run where the public data is absent: an events
file people register for is the business's events (a campaign), the people an event brings
(speakers, attendees) are contacts, a lead's 'Name' beside its company is its person, a
'role' of jobs is a job title, a campaign's bare 'Start'/'End' and a person's 'Biography'
and 'Job role', and a touch log's 'Channel' routes its rows to calls, e-mails and meetings,
each regarding the lead it names by name, an e-mail's one date its start as a call's.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.propose import propose_mapping
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS, ROOT
from tuning_support import top as _top

PEOPLE = {"id": ["1", "2", "3"], "Name": ["Ada Byron", "Alan Kay", "Grace Ho"],
          "Company": ["Analytical Ltd", "Parc Labs", "Navy Systems"],
          "Email": ["ada@example.org", "alan@example.org", "grace@example.org"]}


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def test_events_people_register_for_are_a_campaign_meetings_are_not() -> None:
    events = pl.DataFrame({"id": ["1", "2"], "Name": ["Tech Summit", "Green Expo"],
                           "Start Date": ["2024-09-15", "2024-10-20"],
                           "End Date": ["2024-09-17", "2024-10-22"],
                           "Venue": ["Convention Center", "Green Hall"]})
    registrations = pl.DataFrame({"id": ["1", "2"], "Event": ["Tech Summit", "Green Expo"],
                                  "Paid": ["true", "false"]})
    kinds = _kinds({"Events": events, "Registrations": registrations})
    assert kinds["Events"] == "campaign"
    # a calendar's meetings, at a venue (Zoho's), that nobody registers for
    assert _kinds({"Events": events})["Events"] == "activity"
    # ... or beside registrations for other events (Odoo's calendar and its event app)
    other = registrations.with_columns(pl.Series("Event", ["Wine Fair", "Book Fair"]))
    assert _kinds({"Events": events, "Registrations": other})["Events"] == "activity"


def test_the_people_an_event_brings_are_contacts() -> None:
    speakers = pl.DataFrame({**PEOPLE, "Role": ["Founder & CEO", "Professor", "CTO"]})
    attendees = pl.DataFrame({**PEOPLE, "Job role": ["Analyst", "Engineer", "Director"]})
    kinds = _kinds({"Speakers": speakers, "Attendees": attendees})
    assert kinds == {"Speakers": "contact", "Attendees": "contact"}
    # the same people signing in are the CRM's staff; rows linking people to a meeting
    # are attendance, not people
    staff = pl.DataFrame({**PEOPLE, "Role": ["admin", "agent", "agent"],
                          "username": ["ada", "alan", "grace"]})
    assert _kinds({"Speakers": staff})["Speakers"] != "contact"
    links = pl.DataFrame({**PEOPLE, "meeting_id": ["m1", "m1", "m2"]})
    assert _kinds({"Attendees": links})["Attendees"] != "contact"


def test_a_leads_name_beside_its_company_is_its_person() -> None:
    leads = pl.DataFrame({**PEOPLE, "Status": ["New", "Contacted", "Lost"]})
    assert _top(suggest_columns(leads, DEFS["lead"], source_object="Leads"), "Name") \
        == "lastname"
    # a topic beside the company stays no person's name
    topics = leads.with_columns(pl.Series("Name", [
        "Website redesign for the new store", "Renewal of the support contract",
        "Upgrade of the fleet of laptops"]))
    assert _top(suggest_columns(topics, DEFS["lead"], source_object="Leads"), "Name") \
        != "lastname"


def test_a_role_of_jobs_is_a_job_title_a_buying_role_stays() -> None:
    jobs = pl.DataFrame({**PEOPLE, "Role": ["Founder & CEO", "Professor", "CTO"],
                         "Biography": ["Built engines.", "Built languages.", "Built ships."]})
    sugg = suggest_columns(jobs, DEFS["contact"], source_object="people")
    assert _top(sugg, "Role") == "jobtitle"
    assert _top(sugg, "Biography") == "description"
    buying = jobs.with_columns(pl.Series("Role", ["Decision Maker", "Influencer",
                                                  "Employee"]))
    assert _top(suggest_columns(buying, DEFS["contact"], source_object="people"),
                "Role") == "accountrolecode"
    signing_in = jobs.with_columns(pl.Series("Role", ["admin", "agent", "user"]))
    assert _top(suggest_columns(signing_in, DEFS["contact"], source_object="people"),
                "Role") != "jobtitle"
    job_role = pl.DataFrame({**PEOPLE, "Job role": ["Analyst", "Engineer", "Director"]})
    assert _top(suggest_columns(job_role, DEFS["contact"], source_object="people"),
                "Job role") == "jobtitle"
    # an org whose contact has no Role column: jobs are still the job title, sign-in roles
    # and ids still nothing
    bare = dict(load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")[
        "contact"])
    bare["Attributes"] = [a for a in bare["Attributes"] if a["LogicalName"] != "accountrolecode"]
    assert "accountrolecode" not in str(bare)
    assert _top(suggest_columns(jobs, bare, source_object="people"), "Role") == "jobtitle"
    assert _top(suggest_columns(signing_in, bare, source_object="people"), "Role") is None
    ids = jobs.with_columns(pl.Series("Role", ["1", "2", "3"]))
    assert _top(suggest_columns(ids, bare, source_object="people"), "Role") != "jobtitle"


def test_a_campaigns_bare_start_and_end_are_its_dates() -> None:
    campaigns = pl.DataFrame({"id": ["1", "2"], "Name": ["Summer Sale", "Launch"],
                              "Start": ["2025-06-01", "2025-07-15"],
                              "End": ["2025-06-30", "2025-08-15"],
                              "Budget": ["50000", "75000"]})
    sugg = suggest_columns(campaigns, DEFS["campaign"], source_object="Campaigns")
    assert _top(sugg, "Start") in ("actualstart", "proposedstart")
    assert _top(sugg, "End") in ("actualend", "proposedend")
    # a meeting's Start stays its scheduled start
    meetings = campaigns.rename({"Name": "Subject"})
    assert _top(suggest_columns(meetings, DEFS["appointment"], source_object="meetings"),
                "Start") == "scheduledstart"


def test_a_touch_logs_channel_routes_its_rows_regarding_the_lead_it_names() -> None:
    log = pl.DataFrame({"id": ["1", "2", "3", "4"],
                        "Date": ["2025-04-03", "2025-04-05", "2025-04-07", "2025-04-09"],
                        "Channel": ["Email", "Call", "Meeting", "Call"],
                        "Notes": ["Sent the brochure", "Talked prices", "Demo", "Follow-up"],
                        "Lead": ["Ada Byron", "Alan Kay", "Grace Ho", "Ada Byron"]})
    leads = pl.DataFrame({**PEOPLE, "Status": ["New", "Contacted", "Lost"]})
    ex = Export(Path("."), {"Interactions": log, "Leads": leads})
    tables = ["lead", "phonecall", "email", "appointment"]
    proposal = propose_mapping(ex, discover(ex), {t: DEFS[t] for t in tables}, tables,
                               source_id_column="new_sourceid")
    entries = {t["target"]: t for t in proposal.mapping["tables"]
               if t.get("source") == "Interactions"}
    assert {t: e["where"]["in"] for t, e in entries.items()} == {
        "phonecall": ["Call"], "email": ["Email"], "appointment": ["Meeting"]}
    for entry in entries.values():
        # each regarding its lead, named by its name (the leads' key is their id)
        regarding = [lk for lk in entry["lookups"] if lk["target"] == "regardingobjectid"]
        assert [(lk["source"], lk["table"], lk["references"]) for lk in regarding] == [
            ("Lead", "lead", "Leads.id")]
        assert regarding[0]["fallbacks"][0]["match"] == "name"
        # an e-mail's one date is when it went, as a call's
        assert {"source": "Date", "target": "scheduledstart"}.items() <= next(
            c for c in entry["columns"] if c["target"] == "scheduledstart").items()
