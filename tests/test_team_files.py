"""A teams file whose rows are its members (a seller and their manager a row) holds the CRM's
users; a file of the teams themselves stays what its name says: no Sales table holds it."""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
from d365migrate.intake.person_files import team_members


def test_a_team_file_of_sellers_and_their_managers_is_the_users():
    kind, conf, _, evidence = classify_table(
        "sales_teams", ["sales_agent", "manager", "regional_office"])
    assert kind == "user" and conf > 0.4
    assert any("each row is one of their members ('sales_agent', with their 'manager')" in e
               for e in evidence)


def test_a_file_of_the_teams_themselves_is_not():
    kind, _, _, evidence = classify_table("teams", ["name", "manager", "region"])
    assert kind == "unknown"
    assert any("teams of users" in e for e in evidence)
    assert team_members(["team_name", "manager"]) is None
    assert team_members(["agent", "office"]) is None  # no manager: nothing says members
    assert team_members(["rep", "Supervisor"]) == ["rep", "Supervisor"]
