"""Rules added after measuring keys39's exports held out (Apache Fineract's sample tenant,
GitHub and Workday as Fivetran lands them, Plane's seeded project), on made-up frames so
they run where the public data is absent: a customers file of people with a whole name, a
team is no territory, link rows with their link's type, a bare 'staff_id' is the owner."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _text(df: pl.DataFrame) -> pl.DataFrame:
    """Every cell a string, as a CSV file is read."""
    return df.select(pl.all().cast(pl.Utf8))


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(
        Path("."), {n: _text(df) for n, df in tables.items()})).objects}


#: A lender's clients: people, each with a given, a family and a whole name, no company.
CLIENTS = pl.DataFrame({
    "id": [1, 2, 3],
    "account_no": ["000000001", "000000002", "000000003"],
    "status": [300, 300, 600],
    "firstname": ["Ama", "Kofi", "Efua"],
    "lastname": ["Mensah", "Boateng", "Owusu"],
    "fullname": ["", "", ""],
    "display_name": ["Ama Mensah", "Kofi Boateng", "Efua Owusu"],
    "mobile_no": ["+233201234567", "", "+233209876543"],
    "date_of_birth": ["1980-02-01", "1975-07-12", ""],
    "staff_id": [1, 1, 2],
})


def test_a_customers_file_of_people_with_a_whole_name_is_their_contacts() -> None:
    """'client' names a customer, but its rows are people: a given and a family name, and
    a whole name written beside them ('display_name', 'fullname') that is the person's,
    no company's. They are contacts, mapped as people."""
    assert _kinds({"client": CLIENTS}) == {"client": "contact"}
    sugg = suggest_columns(_text(CLIENTS), DEFS["contact"], source_object="client")
    assert (_top(sugg, "firstname"), _top(sugg, "lastname")) == ("firstname", "lastname")


def test_a_company_with_a_display_name_and_no_person_stays_an_account() -> None:
    """A whole name alone, with no given and family name beside it, is the company's own:
    a customers file of companies stays accounts (the rule needs the people's names)."""
    companies = pl.DataFrame({
        "id": [1, 2], "display_name": ["Acme Ltd", "Globex plc"],
        "website": ["acme.example", "globex.example"], "phone": ["+441234567", "+449876543"],
        "industry": ["Retail", "Energy"]})
    assert _kinds({"client": companies}) == {"client": "account"}
    # and a person's name beside a company's name ('name'): the accounts' own file still
    both = CLIENTS.with_columns(pl.Series("name", ["Mensah Farms", "Boateng & Sons",
                                                   "Owusu Stores"]))
    assert _kinds({"client": both})["client"] != "contact"


def test_a_team_of_users_is_no_territory() -> None:
    """Teams (a code host's, a tracker's) have a name, a description and a parent team:
    a territory's columns, but a team groups the CRM's users, set up in the org; it stays
    unknown, saying why. A file whose name names no team is still judged by its columns."""
    teams = pl.DataFrame({
        "id": [10, 11, 12], "name": ["Platform", "Web", "Mobile"],
        "description": ["Core services", "Front end", "Apps"],
        "parent_id": [None, 10, 10], "privacy": ["closed", "closed", "secret"]})
    assert _kinds({"team_data": teams}) == {"team_data": "unknown"}
    found = discover(Export(Path("."), {"team_data": _text(teams)}))
    assert any("teams of users" in e for e in found.objects[0].evidence)
    assert _kinds({"regions": teams})["regions"] == "territory"


def test_link_rows_with_the_links_type_are_an_association() -> None:
    """Rows of two ids and the link's type ('region_assignment'), with a connector's
    timestamps, join records; the name's 'organization' names no accounts of their own.
    Without the type the rule held already; with any other column they are judged as ever."""
    links = pl.DataFrame({
        "organization_id": ["a1", "a2", "a3"], "position_id": ["p1", "p2", "p3"],
        "type": ["region_assignment", "cost_center", "region_assignment"],
        "_fivetran_synced": ["2023-10-30 05:44:20"] * 3})
    assert _kinds({"position_organization_data": links}) == {
        "position_organization_data": "unknown"}
    found = discover(Export(Path("."), {"position_organization_data": _text(links)}))
    assert any("association table" in e for e in found.objects[0].evidence)
    named = links.with_columns(pl.Series("name", ["North", "South", "East"]))
    assert _kinds({"position_organization_data": named})[
        "position_organization_data"] == "account"


def test_a_bare_staff_id_is_the_owner() -> None:
    """A customer's record naming one member of staff ('staff_id', 'employee_id': the loan
    officer, the rep) names who looks after it: its owner, not its preferred user."""
    sugg = suggest_columns(_text(CLIENTS), DEFS["contact"], source_object="client")
    assert _top(sugg, "staff_id") == "ownerid"
    groups = pl.DataFrame({"id": [1, 2], "display_name": ["Santa Cruz", "Santa Maria"],
                           "employee_id": [3, 4]})
    assert _top(suggest_columns(_text(groups), DEFS["account"], source_object="group"),
                "employee_id") == "ownerid"


#: A lender's app logins: names, an e-mail, a username and when the password was set.
APP_USERS = pl.DataFrame({
    "id": ["1", "2", "3"], "office_id": ["1", "1", "2"], "staff_id": ["", "", ""],
    "username": ["admin", "kwame", "abena"], "firstname": ["App", "Kwame", "Abena"],
    "lastname": ["Administrator", "Asante", "Darko"],
    "email": ["admin@lender.example", "kwame@lender.example", "abena@lender.example"],
    "enabled": ["1", "1", "0"], "last_time_password_updated": ["2024-03-07"] * 3,
    "password_never_expires": ["0", "0", "1"]})


def test_when_a_password_was_set_makes_people_the_apps_users() -> None:
    """People with a username and a password's age or expiry are the app's sign-ins, its
    staff, whatever their file is called; an e-mail and a name alone stay contacts."""
    assert _kinds({"m_appuser": APP_USERS}) == {"m_appuser": "user"}
    plain = APP_USERS.drop("last_time_password_updated", "password_never_expires")
    assert _kinds({"m_appuser": plain}) == {"m_appuser": "contact"}


def test_an_owner_id_is_the_person_of_the_users_file_it_points_into() -> None:
    """Two users files count their ids from 1 (the staff, and the app's logins): a
    client's 'staff_id' 1 is the first member of staff, not the first login."""
    from d365migrate.load.owners import discovered_people

    staff = pl.DataFrame({"id": ["1", "2"], "firstname": ["Aliya", "Mary"],
                          "lastname": ["Asare", "Mensah"], "is_loan_officer": ["1", "1"],
                          "display_name": ["Asare, Aliya", "Mensah, Mary"]})
    clients = _text(CLIENTS)
    tables = {"m_appuser": APP_USERS, "m_staff": staff, "m_client": clients}
    found = discover(Export(Path("."), tables))
    assert {o.source: o.name for o in found.objects}["m_staff"] == "user"
    people = discovered_people(tables, found)
    assert people["1"].fullname == "Asare, Aliya"
