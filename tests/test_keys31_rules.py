"""Rules added after measuring keys31's exports held out (Outlook calendar exports, one
German and one '~'-separated; one person's address book as Outlook, Windows Address Book,
KMail and Yahoo! export it; Yahoo! Calendar), on made-up frames so they run where the public
data is absent: a tilde between fields, a calendar's columns settle its kind and route its
rows as meetings, Outlook's German calendar titles, 'Street 2' beside 'Street' (no 'Street
1'), vCard's and Yahoo!'s address-book words."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.accuracy import proposed_targets
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _proposed(tables: dict[str, pl.DataFrame], target: str) -> dict[str, dict[str, str]]:
    mapped = proposed_targets(Export(Path("."), tables), DEFS, [target])
    return {src: {c: cands[0].target for c, cands in cols.items()}
            for src, cols in mapped.items()}


def test_fields_written_with_a_tilde_between_them(tmp_path: Path) -> None:
    """Some Outlook-style exports put '~' between fields; a quoted value may hold commas
    and line breaks."""
    (tmp_path / "planner.csv").write_text(
        "Subject~Start Date~Start Time~Description\n"
        '"Budget review"~2025-03-04~10:00 AM~"Bring the figures, all of them\nand a pen"\n'
        '"Team lunch"~2025-03-05~12:30 PM~"At the corner, as usual"\n', encoding="utf-8")
    df = read_export(tmp_path).tables["planner"]
    assert df.columns == ["Subject", "Start Date", "Start Time", "Description"]
    assert df.height == 2
    assert df["Description"][0] == "Bring the figures, all of them\nand a pen"


GERMAN_CALENDAR = pl.DataFrame({
    "Betreff": ["Quartalsplanung", "Kundentermin Müller"],
    "Beginnt am": ["2.5.2006", "4.5.2006"],
    "Beginnt um": ["11:50:00", "09:00:00"],
    "Endet am": ["2.5.2006", "4.5.2006"],
    "Endet um": ["13:00:00", "10:30:00"],
    "Ganztägiges Ereignis": ["Aus", "Aus"],
    "Besprechungsplanung": ["Weber, Anna", "Weber, Anna"],
    "Erforderliche Teilnehmer": ["Kuhn, Paul", "Müller, Eva"],
    "Beschreibung": ["Zahlen mitbringen", ""],
    "Ort": ["Raum 2", "Hamburg, Büro Müller"],
    "Priorität": ["Normal", "Hoch"],
})


def test_a_calendars_columns_make_its_rows_meetings() -> None:
    """A subject, a priority and a description read as a case's; but a start, an end and an
    all-day flag or attendees are a calendar's: its rows are meetings (activities)."""
    assert _kinds({"Export": GERMAN_CALENDAR})["Export"] == "activity"
    cases = pl.DataFrame({
        "Betreff": ["Drucker defekt", "Login geht nicht"],
        "Beschreibung": ["Papierstau", "Passwort vergessen"],
        "Priorität": ["Hoch", "Normal"],
        "Status": ["offen", "erledigt"],
    })
    assert _kinds({"Export": cases})["Export"] == "ticket"


def test_outlooks_german_calendar_titles() -> None:
    """'Beginnt am' / 'Endet am' are the start and end dates, 'Ganztägiges Ereignis' the
    all-day flag, 'Besprechungsplanung' the organiser, 'Ort' a meeting's place."""
    sugg = suggest_columns(GERMAN_CALENDAR, DEFS["appointment"], source_object="Export")
    assert _top(sugg, "Beginnt am") == "scheduledstart"
    assert _top(sugg, "Endet am") == "scheduledend"
    assert _top(sugg, "Ganztägiges Ereignis") == "isalldayevent"
    assert _top(sugg, "Besprechungsplanung") == "ownerid"
    assert _top(sugg, "Ort") == "location"
    people = pl.DataFrame({"Vorname": ["Eva"], "Nachname": ["Müller"], "Ort": ["Hamburg"]})
    assert _top(suggest_columns(people, DEFS["contact"]), "Ort") == "address1_city"


def test_a_calendar_with_no_type_column_is_routed_as_meetings() -> None:
    """An activities file with no column saying each row's kind, named nothing, is routed
    as meetings when its columns are a calendar's; a 'Category' whose values name no kind
    (Training, Holiday) routes nothing."""
    calendar = pl.DataFrame({
        "Subject": ["New Year's Day", "Sales kick-off", "Trade fair"],
        "Start Date": ["1/1/2025", "1/14/2025", "3/4/2025"],
        "Start Time": ["", "08:00 AM", "09:00 AM"],
        "End Date": ["", "1/14/2025", "3/6/2025"],
        "End Time": ["", "05:00 PM", "06:00 PM"],
        "All day event": ["true", "false", "false"],
        "Category": ["Holiday", "Training", "Training"],
        "Description": ["", "Whole team", "Booth 12"],
    })
    cols = _proposed({"Planner": calendar}, "appointment")["Planner"]
    assert cols["Subject"] == "subject"
    assert cols["Start Date"] == "scheduledstart"
    assert cols["All day event"] == "isalldayevent"
    calls = pl.DataFrame({  # no end, no all-day flag, no attendees: not a calendar
        "Subject": ["Call Ann", "Call Bob"],
        "Start Date": ["1/1/2025", "1/2/2025"],
        "Duration": ["10", "5"],
    })
    assert "Planner" not in _proposed({"Planner": calls}, "appointment")


def test_a_second_street_line_beside_the_first_when_no_line_is_numbered_one() -> None:
    """Outlook writes 'Business Street', 'Business Street 2', 'Business Street 3' (and
    'User 1'...'User 4'): 'Street 2' is the second line. 'email_1' beside 'email' (a series
    counted from 1 after the unnumbered one) is still the second address."""
    df = pl.DataFrame({c: ["x"] for c in (
        "Business Street", "Business Street 2", "Business Street 3",
        "User 2", "User 3", "User 4", "Web Page")})
    sugg = suggest_columns(df, DEFS["contact"])
    assert _top(sugg, "Business Street 2") == "address1_line2"
    assert _top(sugg, "Business Street 3") == "address1_line3"
    mails = pl.DataFrame({"name": ["Ann"], "email": ["a@x.org"], "email_1": ["b@x.org"]})
    assert _top(suggest_columns(mails, DEFS["contact"]), "email_1") == "emailaddress2"


def test_vcard_and_yahoo_address_book_words() -> None:
    """KDE's address book writes vCard's parts ('Home Address Locality', 'Honorific
    Prefixes', 'Additional Names'); Yahoo! Mail 'First', 'Middle', 'Last', 'Alternate Email
    2', 'Home Town', 'Work Post Code'."""
    kmail = pl.DataFrame({c: [v] for c, v in (
        ("Given Name", "Eva"), ("Family Name", "Müller"), ("Additional Names", "Maria"),
        ("Honorific Prefixes", "Dr."), ("Honorific Suffixes", "PhD"),
        ("Home Address Street", "Elbchaussee 1"), ("Home Address Locality", "Hamburg"),
        ("Home Address Region", "HH"), ("Home Address Postal Code", "22763"),
        ("Home Address Country", "Germany"), ("Business Address Street", "Hafenstr. 2"),
        ("Business Address Locality", "Bremen"), ("Business Address Postal Code", "28195"))})
    sugg = suggest_columns(kmail, DEFS["contact"])
    assert _top(sugg, "Additional Names") == "middlename"
    assert _top(sugg, "Honorific Prefixes") == "salutation"
    assert _top(sugg, "Honorific Suffixes") == "suffix"
    assert _top(sugg, "Home Address Street") == "address2_line1"
    assert _top(sugg, "Home Address Locality") == "address2_city"
    assert _top(sugg, "Home Address Region") == "address2_stateorprovince"
    assert _top(sugg, "Home Address Postal Code") == "address2_postalcode"
    assert _top(sugg, "Business Address Locality") == "address1_city"
    yahoo = pl.DataFrame({c: [v] for c, v in (
        ("First", "Eva"), ("Middle", "Maria"), ("Last", "Müller"), ("Email", "e@x.org"),
        ("Alternate Email 1", "f@x.org"), ("Alternate Email 2", "g@x.org"),
        ("Home Town", "Hamburg"), ("Work Post Code", "28195"))})
    sugg = suggest_columns(yahoo, DEFS["contact"])
    assert _top(sugg, "First") == "firstname"
    assert _top(sugg, "Middle") == "middlename"
    assert _top(sugg, "Last") == "lastname"
    assert _top(sugg, "Alternate Email 2") == "emailaddress3"
    assert _top(sugg, "Home Town") == "address2_city"
    assert _top(sugg, "Work Post Code") == "address1_postalcode"


def test_a_dates_time_of_day_on_a_twelve_hour_clock_or_in_german() -> None:
    """A calendar's 'Start Time' beside its 'Start Date' may say AM or PM ('05:00 PM' is
    17:00, '12:15 AM' is 00:15); German Outlook writes the day in 'Beginnt am' and the time
    in 'Beginnt um'. A length ('00:30') is still minutes."""
    from d365migrate.mapping.clock_durations import clock_minutes, with_time_of_day

    got = pl.DataFrame({"t": ["05:00 PM", "08:00 AM", "12:15 AM", "12:30 PM", "17:45",
                              "0:30"]}).select(clock_minutes(pl.col("t"), "h:mm").alias("t"))["t"]
    assert got.to_list() == ["1020", "480", "15", "750", "1065", "30"]
    frame = pl.DataFrame({"Beginnt am": ["2.5.2006"], "Beginnt um": ["11:50:00"],
                          "Start Date": ["1/14/2025"], "Start Time": ["08:00 AM"]})
    entry = {"source": "cal", "columns": [
        {"source": "Beginnt am", "target": "scheduledstart", "transform": "datetime"},
        {"source": "Start Date", "target": "scheduledend", "transform": "datetime"}],
        "unmapped": ["Beginnt um", "Start Time"]}
    cols = with_time_of_day([entry], {"cal": frame})[0]["columns"]
    assert [c.get("plus_minutes") for c in cols] == ["Beginnt um", "Start Time"]
