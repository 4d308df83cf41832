"""General rules from keys41's held-out exports (FOSSASIA's Open Event, Focalboard's board
templates, Cal.com's seed), each on made-up data: a date-time as JavaScript writes it in
English, 'NaN' among numbers, a meeting's 'starts at' / 'ends at', its room and abstract,
a person's short biography, a competitor's revenue, an event's sponsors and exhibitors, a
'<kind> List' whose columns state a company's facts, and a file of bookings."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.list_files import lists_of_members
from d365migrate.intake.values import infer_column, parse_dates
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.not_a_number import without_nan
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

_STAMPS = ["March 14, 2023 at 9:06 PM", "March 15, 2023 at 10:45 AM",
           "April 02, 2023 at 12:00 PM", "Apr 03, 2023 at 1:15 PM"]


def test_a_date_time_javascript_writes_in_english_is_a_date_time() -> None:
    # Intl.DateTimeFormat('en', {month: 'long', day: '2-digit', year: 'numeric', hour,
    # minute}) writes 'March 14, 2023 at 9:06 PM' (older engines with a comma)
    parsed = parse_dates(pl.Series(_STAMPS + ["March 16, 2023, 8:30 AM"]))
    assert parsed.failed.height == 0
    assert str(parsed.values[0]) == "2023-03-14 21:06:00"
    assert infer_column(pl.Series(_STAMPS))["type"] == "datetime"
    cards = pl.DataFrame({"Name": ["Renew contract", "Call back", "Send quote", "Visit"],
                          "Created Time": _STAMPS})
    assert _top(suggest_columns(cards, DEFS["task"], source_object="Tasks"),
                "Created Time") == "overriddencreatedon"


def test_nan_among_numbers_says_nothing_of_the_column() -> None:
    assert without_nan(["8.5", "NaN", "100", " nan "]) == ["8.5", "100"]
    assert without_nan(["NaN", "NaN"]) == ["NaN", "NaN"]   # all of them: left as they are
    goals = pl.DataFrame({"Name": ["Grow revenue", "Add customers", "Cut churn", "Ship"],
                          "Target": ["8.5", "NaN", "100", "NaN"],
                          "Actual": ["7", "NaN", "NaN", "1"]})
    sugg = suggest_columns(goals, DEFS["goal"], source_object="Goals")
    assert _top(sugg, "Target") == "targetmoney"
    assert _top(sugg, "Actual") == "actualmoney"


def test_a_sessions_starts_ends_room_and_abstract() -> None:
    talks = pl.DataFrame({"title": ["Opening", "Scaling with Kubernetes"],
                          "starts-at": ["2024-05-02T09:00:00+02:00", "2024-05-02T10:00:00+02:00"],
                          "ends-at": ["2024-05-02T09:30:00+02:00", "2024-05-02T10:45:00+02:00"],
                          "room": ["Main Hall", "Room 2"],
                          "abstract": ["Welcome and program.", "How we run it on clusters."]})
    sugg = suggest_columns(talks, DEFS["appointment"], source_object="talks")
    assert [_top(sugg, c) for c in talks.columns] == [
        "subject", "scheduledstart", "scheduledend", "location", "description"]
    # a campaign's 'starts' stays its start
    fairs = pl.DataFrame({"name": ["Spring fair"], "starts": ["2024-04-01"]})
    assert _top(suggest_columns(fairs, DEFS["campaign"], source_object="events"),
                "starts") in {"actualstart", "proposedstart"}


def test_a_short_biography_is_what_we_know_of_a_person() -> None:
    people = pl.DataFrame({"first_name": ["Ann", "Bo"], "last_name": ["Ek", "Lo"],
                           "short_bio": ["Engineer at a bank.", "Writes about maps."]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="people"),
                "short_bio") == "description"


def test_a_competitors_revenue_is_its_reported_revenue() -> None:
    rivals = pl.DataFrame({"Name": ["Initech", "Umbrella"],
                           "Revenue": ["$25,000,000", "$125,000,000"]})
    assert _top(suggest_columns(rivals, DEFS["competitor"], source_object="competitors"),
                "Revenue") == "reportedrevenue"


def test_an_events_sponsors_are_companies() -> None:
    kind, *_ = classify_table("sponsors", ["id", "name", "url", "level", "type", "logo-url"],
                              primary_key="id")
    assert kind == "account"
    kind, *_ = classify_table("Exhibitors", ["id", "name", "website", "booth"],
                              primary_key="id")
    assert kind == "account"


def test_a_kind_list_with_a_companys_facts_is_the_records() -> None:
    # a view exported as 'Partner List': partners with their web site and revenue
    assert lists_of_members("Partner List", ["Name", "Website", "Revenue", "Founded"]) is None
    # a list of lists stays so: a name and a description, no company's facts
    assert lists_of_members("Partner List", ["Name", "Description", "Created"]) is not None


def test_a_bookings_file_is_meetings() -> None:
    # Cal.com's, Calendly's bookings: a time booked with someone, a meeting in the calendar
    assert route_by_name("Booking") == "appointment"
    assert route_by_name("bookings_export") == "appointment"
