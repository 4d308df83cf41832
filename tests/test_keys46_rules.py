"""Rules added after measuring keys46's held-out Close export (issue 13), on made-up data so
they run where the public data is absent: a leads file whose records list their people is
the companies, '<kind>_activities' of notes are notes, a deal's statuses its pipeline, a
'<x>_id' names the file called '<x>s' whatever discovery named it, a user's or a linked
record's name beside its id (and a status's display name) is no name of the row's own,
a deal's 'confidence', a status's type and a to-do's 'text' have their columns, a status id
of made-up ids names no option, an amount is in cents when its formatted text says so, and
a JSON list of people gives an activity's parties by their e-mails."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind, normalize_name
from d365migrate.intake.lead_companies import people_listed
from d365migrate.intake.read import Export
from d365migrate.mapping.history import party_addresses
from d365migrate.mapping.minor_units import formatted_divisor
from d365migrate.mapping.sibling_names import name_of_linked
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.value_vetoes import opaque_ids
from tuning_support import DEFS
from tuning_support import top as _top


def _discover(tables: dict[str, pl.DataFrame]):
    return discover(Export(Path("."), tables))


def _people(*names: str) -> str:
    return json.dumps([{"name": n, "emails": [{"email": f"{n.lower()}@example.org"}],
                        "phones": []} for n in names])


def _leads(listed: bool = True) -> pl.DataFrame:
    return pl.DataFrame({
        "id": ["lead_a1", "lead_b2", "lead_c3"],
        "name": ["Ferngate Ltd", "Larkspur Mills", "Quillon & Sons"],
        "url": ["https://ferngate.example", "", "https://quillon.example"],
        "status_label": ["Potential", "Interested", "Customer"],
        "contacts": [_people("Ada", "Bram"), _people("Cleo"), _people("Dov", "Esme")]
        if listed else ["", "", ""]})


def test_a_leads_file_whose_records_list_their_people_is_the_companies() -> None:
    kinds = {o.source: o.name for o in _discover({"leads": _leads()}).objects}
    assert kinds["leads"] == "account"
    assert people_listed(_leads()) == "contacts"
    # a lead file of one person each (no list of people) stays leads
    plain = _leads(listed=False).drop("contacts").with_columns(
        pl.Series("email", ["a@x.example", "b@y.example", "c@z.example"]),
        pl.Series("company", ["Ferngate", "Larkspur", "Quillon"]))
    assert {o.source: o.name for o in _discover({"leads": plain}).objects}["leads"] == "lead"
    # a list of tags is no list of people
    tags = _leads().with_columns(pl.Series("contacts", ['["a"]', '["b"]', '["c"]']))
    assert people_listed(tags) == ""


def test_names_of_activities_of_a_kind_and_of_a_deals_statuses() -> None:
    assert name_kind("note_activities")[0] == "note"
    assert name_kind("task_activities")[0] == "task"
    assert name_kind("call_activities")[0] == "activity"
    assert name_kind("opportunity_statuses")[0] == "pipeline"
    assert name_kind("deal_statuses")[0] == "pipeline"
    assert normalize_name("statuses") == "status"


def test_an_id_named_for_a_file_links_to_it_whatever_its_kind() -> None:
    contacts = pl.DataFrame({"id": ["c1", "c2", "c3"], "name": ["Ada", "Bram", "Cleo"],
                             "email": ["ada@f.example", "bram@l.example", "cleo@q.example"],
                             "lead_id": ["lead_a1", "lead_b2", "lead_c3"]})
    found = _discover({"leads": _leads(), "contacts": contacts})
    assert any(r.from_ == "contacts.lead_id" and r.to == "leads.id"
               for r in found.relationships)


def test_names_of_users_and_linked_records_beside_their_ids() -> None:
    tasks = pl.DataFrame({"id": ["t1", "t2"], "text": ["Call Ada", "Send terms"],
                          "lead_id": ["lead_a1", "lead_b2"], "lead_name": ["Ferngate", "Larkspur"],
                          "created_by": ["u1", "u1"], "created_by_name": ["Ann Lee", "Ann Lee"],
                          "status_label": ["Open", "Open"],
                          "status_display_name": ["Open", "Open"]})
    assert name_of_linked("created_by_name", tasks) == "created_by"
    assert name_of_linked("lead_name", tasks, {"task"}) == "lead_id"
    assert name_of_linked("status_display_name", tasks) == "status_label"
    # a file of the kind itself keeps its own '<kind>_name' ('Account Name' of companies)
    assert name_of_linked("lead_name", tasks, {"lead"}) == ""
    companies = pl.DataFrame({"Account ID": ["a1", "a2"], "Account Name": ["F", "L"]})
    assert name_of_linked("Account Name", companies, {"company"}) == ""
    sugg = suggest_columns(tasks, dict(DEFS["task"]), source_object="lead_tasks")
    assert _top(sugg, "text") == "subject"
    assert _top(sugg, "lead_name") is None
    assert _top(sugg, "created_by_name") is None


def test_a_deals_confidence_value_and_status_type() -> None:
    deals = pl.DataFrame({"id": ["o1", "o2", "o3"], "value": [300000, 50000, 50000],
                          "expected_value": [225000, 37500, 37500],
                          "confidence": [75, 75, 50],
                          "status_type": ["active", "won", "lost"]})
    sugg = suggest_columns(deals, dict(DEFS["opportunity"]), source_object="opportunities")
    assert _top(sugg, "confidence") == "closeprobability"
    assert _top(sugg, "value") == "estimatedvalue"
    assert _top(sugg, "expected_value") is None   # value x confidence, computed


def test_a_status_id_of_made_up_ids_is_no_choice() -> None:
    assert opaque_ids(("stat_HrZ1aYkkxRORQSxdBcNPT31Hk", "stat_nzPGZ5qJXdpP2GSFqzbP"))
    assert not opaque_ids(("open", "closed_won"))
    assert not opaque_ids(("1", "2"))
    leads = _leads().with_columns(pl.Series("status_id", [
        "stat_HrZ1aYkkxRORQSxdBcNPT", "stat_nzPGZ5qJXdpP2GSFqzbPd", "stat_HrZ1aYkkxRORQSxdBcNPT"]))
    sugg = suggest_columns(leads, dict(DEFS["account"]), source_object="leads")
    assert _top(sugg, "status_id") != "statuscode"


def test_an_amount_in_cents_told_by_its_formatted_text() -> None:
    deals = pl.DataFrame({"value": [300000, 50000], "value_formatted": ["$3,000", "$500"]})
    assert formatted_divisor("value", deals) == ("hundredths (cents)", 100)
    same = pl.DataFrame({"value": [3000, 500], "value_formatted": ["$3,000", "$500"]})
    assert formatted_divisor("value", same) is None
    assert formatted_divisor("value", deals.drop("value_formatted")) is None


def test_parties_from_a_json_list_of_people() -> None:
    cells = pl.DataFrame({"attendees": [
        json.dumps([{"email": "ada@example.org", "name": None, "status": "yes"},
                    {"email": "bram@example.org", "name": "Bram"}]),
        "cleo@example.org; Dov <dov@example.org>", None]})
    got = cells.select(party_addresses([{"source": "attendees", "mask": 5, "split": ";"}]))
    assert [[p["address"] for p in row] for row in got.to_series().to_list()] == [
        ["ada@example.org", "bram@example.org"], ["cleo@example.org", "dov@example.org"], []]
