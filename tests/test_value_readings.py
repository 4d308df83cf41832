"""Columns read by their values when no word of their header is known (mapping/value_readings.py).

The headers here are words no language's list holds ('Qorvath'), as a new language's are; the
values alone must say what the column is, and a header the vocabulary reads still wins.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


@pytest.fixture(scope="module")
def defs() -> dict[str, dict]:
    return load_table_defs(TABLES)


def _top(df: pl.DataFrame, table: dict, name: str) -> dict[str, str | None]:
    out = suggest_columns(df, table, source_object=name)
    return {c: (cs[0].target if cs else None) for c, cs in out.items()}


def _meetings(n: int = 8) -> pl.DataFrame:
    starts = [f"2024-03-{d:02d} {9 + d % 5:02d}:00" for d in range(1, n + 1)]
    ends = [f"2024-03-{d:02d} {10 + d % 5:02d}:30" for d in range(1, n + 1)]
    return pl.DataFrame({"Qorvath": [f"Meeting {i}" for i in range(n)],
                         "Blenkor": starts, "Tivrana": ends})


def test_a_meetings_start_and_end_are_read_by_their_order(defs: dict[str, dict]) -> None:
    top = _top(_meetings(), defs["appointment"], "appointments")
    assert top["Blenkor"] == "scheduledstart"
    assert top["Tivrana"] == "scheduledend"


def test_two_dates_out_of_order_on_one_row_are_no_start_and_end(defs: dict[str, dict]) -> None:
    df = _meetings()
    ends = df["Tivrana"].to_list()
    ends[3] = "2024-02-01 08:00"     # one meeting 'ending' a month before it starts
    top = _top(df.with_columns(pl.Series("Tivrana", ends)), defs["appointment"], "appointments")
    assert top["Blenkor"] is None and top["Tivrana"] is None


def test_a_records_created_stamp_is_the_earlier_of_two_stamps(defs: dict[str, dict]) -> None:
    created = [f"2023-0{m}-1{m} 08:1{m}:00" for m in range(1, 9)]
    changed = [c if m % 3 == 0 else f"2024-0{m}-0{m} 17:2{m}:00"
               for m, c in enumerate(created, start=1)]
    df = pl.DataFrame({"Mirdal": [f"Company {i}" for i in range(8)],
                       "Vossek": created, "Truhm": changed})
    top = _top(df, defs["account"], "organisations")
    assert top["Vossek"] == "overriddencreatedon"
    assert top["Truhm"] is None     # the modified stamp: Dataverse sets its own


def test_recurring_values_naming_a_choices_options_read_as_that_choice(
        defs: dict[str, dict]) -> None:
    df = pl.DataFrame({"Perenvo": ["Anna Berg", "Ivo Kral", "Mia Lund", "Oto Sak", "Ema Ruz",
                                   "Lea Bos"],
                       "Stavuk": ["New", "Contacted", "New", "Qualified", "Contacted", "New"]})
    top = _top(df, defs["lead"], "prospects")
    assert top["Stavuk"] == "statuscode"


def test_translated_values_read_through_their_english(defs: dict[str, dict]) -> None:
    df = pl.DataFrame({"Zadnik": [f"Call {i}" for i in range(6)],
                       "Smerovik": ["Sortant", "Entrant", "Sortant", "Sortant", "Entrant",
                                    "Entrant"]})
    top = _top(df, defs["phonecall"], "calls")
    # French 'Sortant'/'Entrant' (outgoing/incoming): the call's direction
    assert top["Smerovik"] == "directioncode"


def test_yes_no_values_are_no_choice(defs: dict[str, dict]) -> None:
    df = pl.DataFrame({"Perenvo": ["A", "B", "C", "D", "E", "F"],
                       "Flarn": ["Yes", "No", "Yes", "Yes", "No", "No"]})
    assert _top(df, defs["lead"], "prospects")["Flarn"] is None


def test_sentences_no_word_read_are_the_description(defs: dict[str, dict]) -> None:
    texts = [f"Met the buyer at the fair in spring {i}, wants a quote for the new line"
             for i in range(6)]
    df = pl.DataFrame({"Nimbor": [f"Firm {i}" for i in range(6)], "Oskelt": texts})
    assert _top(df, defs["account"], "organisations")["Oskelt"] == "description"


def test_a_header_the_vocabulary_reads_wins_over_values(defs: dict[str, dict]) -> None:
    texts = [f"Met the buyer at the fair in spring {i}, wants a quote for the new line"
             for i in range(6)]
    df = pl.DataFrame({"Name": [f"Firm {i}" for i in range(6)], "Description": texts,
                       "Oskelt": [t.upper() for t in texts]})
    top = _top(df, defs["account"], "accounts")
    assert top["Description"] == "description"
    assert top["Oskelt"] is None


def test_a_files_one_time_stamp_is_when_its_records_were_created(defs: dict[str, dict]) -> None:
    df = pl.DataFrame({"Mirdal": [f"Company {i}" for i in range(6)],
                       "Kelvu": [f"2023-0{m}-1{m} 08:1{m}:00" for m in range(1, 7)]})
    assert _top(df, defs["account"], "organisations")["Kelvu"] == "overriddencreatedon"


def test_stamps_ahead_of_today_or_a_tasks_due_time_are_no_created_stamp(
        defs: dict[str, dict]) -> None:
    ahead = pl.DataFrame({"Mirdal": [f"Company {i}" for i in range(6)],
                          "Kelvu": [f"2999-0{m}-1{m} 08:1{m}:00" for m in range(1, 7)]})
    assert _top(ahead, defs["account"], "organisations")["Kelvu"] is None
    due = pl.DataFrame({"Zadnik": [f"Call back {i}" for i in range(6)],
                        "Kelvu": [f"2023-0{m}-1{m} 08:1{m}:00" for m in range(1, 7)]})
    assert _top(due, defs["task"], "todos")["Kelvu"] is None


def test_a_programs_identifier_or_a_header_a_list_reads_is_not_read_by_values(
        defs: dict[str, dict]) -> None:
    stamps = [f"2023-0{m}-1{m} 08:1{m}:00" for m in range(1, 7)]
    for header in ("resolved_at", "ModifiedDate", "_fivetran_synced", "Last updated time"):
        df = pl.DataFrame({"Mirdal": [f"Company {i}" for i in range(6)], header: stamps})
        assert _top(df, defs["account"], "organisations")[header] is None, header
    data = pl.DataFrame({"Nimbor": [f"Firm {i}" for i in range(6)],
                         "Oskelt": [f'{{"city": "Town {i}", "plan": "gold", "seats": 12}}'
                                    for i in range(6)]})
    assert _top(data, defs["account"], "organisations")["Oskelt"] is None   # JSON, no text


def test_the_created_stamp_headed_after_the_changed_one_is_still_the_earlier(
        defs: dict[str, dict]) -> None:
    """Redmine's issues head 'Updated' before 'Created', year first with slashes as the
    Japanese and Korean locales write it (2026/08/18 07:32)."""
    created = [f"2023/0{m}/1{m} 08:1{m}" for m in range(1, 9)]
    changed = [c if m % 3 == 0 else f"2024/0{m}/0{m} 17:2{m}"
               for m, c in enumerate(created, start=1)]
    df = pl.DataFrame({"Mirdal": [f"Issue {i}" for i in range(8)],
                       "Truhm": changed, "Vossek": created})
    top = _top(df, defs["incident"], "tickets")
    assert top["Vossek"] == "overriddencreatedon"
    assert top["Truhm"] is None


def test_the_stamp_never_after_the_files_other_stamps_is_when_it_was_created(
        defs: dict[str, dict]) -> None:
    """Three stamps (Redmine's updated, created and closed): the created one is never after
    either other; no such one, no reading."""
    created = [f"2023-0{m}-1{m} 08:1{m}" for m in range(1, 9)]
    closed = [f"2023-0{m}-2{m} 09:00" if m % 2 else None for m in range(1, 9)]
    changed = [f"2024-0{m}-0{m} 17:2{m}" for m in range(1, 9)]
    df = pl.DataFrame({"Mirdal": [f"Issue {i}" for i in range(8)], "Truhm": changed,
                       "Vossek": created, "Plenn": closed})
    top = _top(df, defs["incident"], "tickets")
    assert top["Vossek"] == "overriddencreatedon"
    assert top["Truhm"] is None and top["Plenn"] is None
    # one 'created' stamp after its record's change: none is never after the others
    late = changed.copy()
    late[4] = "2022-01-01 10:00"
    top = _top(df.with_columns(pl.Series("Truhm", late)), defs["incident"], "tickets")
    assert top["Vossek"] is None


def test_a_persons_birth_date_and_middle_initial_are_read_by_their_values(
        defs: dict[str, dict]) -> None:
    """CiviCRM's Danish contacts: 'Fødselsdato' (dates decades apart, long past) and
    'Mellemnavn' (single capital letters), words no list holds."""
    born = ["1931-03-28", "1960-12-22", "1976-06-22", "1996-07-17", "2018-01-02", "1954-05-09"]
    df = pl.DataFrame({"Fornavn": ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"],
                       "Qorvath": born, "Blenkor": ["G", "R.", "X", None, "B", "S"]})
    top = _top(df, defs["contact"], "contacts")
    assert top["Qorvath"] == "birthdate"
    assert top["Blenkor"] == "middlename"
    # a record's dates a few years apart are no births; lower-case letters no initials
    recent = ["2019-03-28", "2020-12-22", "2021-06-22", "2022-07-17", "2023-01-02", "2021-05-09"]
    df = df.with_columns(pl.Series("Qorvath", recent),
                         pl.Series("Blenkor", ["g", "r", "x", None, "b", "s"]))
    top = _top(df, defs["contact"], "contacts")
    assert top["Qorvath"] != "birthdate" and top["Blenkor"] != "middlename"
