"""Rules tuned on keys20's exports (recruiting systems, an accounting system's chart of
accounts), on made-up data."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.lookalikes import dated
from d365migrate.intake.money_columns import LEDGER_SHAPE, ledger_classes
from d365migrate.intake.value_shapes import value_columns
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_interviews_with_a_date_are_activities_routed_to_appointments() -> None:
    cols = ["id", "created_at", "creator_id", "date", "duration", "location", "note",
            "subject", "candidate_ref"]
    kind = classify_table("interviews", cols, "id", frozenset({"id"}))[0]
    assert kind == "activity"
    assert route_by_name("interviews") == "appointment"
    assert route_by_name("booked_interview") == "appointment"


def test_an_activity_file_with_no_date_is_no_activity() -> None:
    # interview kinds of a hiring stage: a name and a kit, no time they happen at
    cols = ["id", "stage_ref_id", "_fivetran_synced", "kit_text", "name"]
    kind, _, _, evidence = classify_table("interview", cols, "id", frozenset({"id"}))
    assert kind == "unknown"
    assert any("no column says when" in e for e in evidence)
    # the same with a start column is an activity
    kind = classify_table("interview", [*cols, "starts_at"], "id", frozenset({"id"}))[0]
    assert kind == "activity"


def test_dated_reads_european_words_and_ignores_sync_stamps() -> None:
    def norm(*names: str) -> set[str]:
        return {col_norm(n) for n in names}
    assert dated(norm("Codice", "Data", "Tecnico"))
    assert dated(norm("Ora inizio"))
    assert dated(norm("Fälligkeitsdatum"))
    assert not dated(norm("_fivetran_synced", "name", "kit"))
    assert not dated(norm("_airbyte_emitted_at", "title"))


def test_a_user_file_with_an_employee_number_is_users() -> None:
    # a staff list: names, an (empty) employee number, an admin flag; no e-mail
    cols = ["id", "created_at", "disabled", "employee_id", "first_name", "last_name",
            "site_admin", "updated_at"]
    assert classify_table("staff_users", cols, "id", frozenset({"id"}))[0] == "user"


def test_a_chart_of_accounts_is_known_by_its_classes() -> None:
    df = pl.DataFrame({"account_id": ["a1", "a2", "a3", "a4", "a5"],
                       "name": ["Main bank", "Office rent", "Sales", "Loan", "Capital"],
                       "code": ["090", "400", "200", "800", "970"],
                       "type": ["BANK", "OVERHEADS", "REVENUE", "TERMLIAB", "EQUITY"],
                       "class": ["ASSET", "EXPENSE", "REVENUE", "LIABILITY", "EQUITY"]})
    shapes = frozenset(value_columns(df, {c: "string" for c in df.columns}))
    assert LEDGER_SHAPE in shapes
    kind, _, _, evidence = classify_table("ledger_account_data", df.columns, "account_id",
                                          frozenset({"account_id"}), shapes=shapes)
    assert kind == "unknown"
    assert any("chart of accounts" in e for e in evidence)
    # customers with a type of their own are customers still
    assert not ledger_classes(["customer", "partner", "reseller"])
    assert not ledger_classes(["sales", "bank"])          # no two classes of the books


def test_recruiting_and_meeting_words() -> None:
    people = pl.DataFrame({"id": ["c1", "c2"], "first_name": ["Ann", "Bo"],
                           "last_name": ["Li", "Ek"],
                           "recruiter_id": ["4177634003", "4177842003"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="candidates"),
                "recruiter_id") == "ownerid"
    meetings = pl.DataFrame({"id": ["m1", "m2"], "subject": ["Intro", "Review"],
                             "duration": [30, 45],
                             "organizer_id": ["4177942003", "4177847003"],
                             "start": ["2024-01-02 10:00", "2024-01-03 11:00"]})
    sugg = suggest_columns(meetings, DEFS["appointment"], source_object="meetings")
    assert _top(sugg, "duration") == "scheduleddurationminutes"
    assert _top(sugg, "organizer_id") == "ownerid"
    calls = pl.DataFrame({"id": ["p1", "p2"], "subject": ["Call", "Call back"], "duration": [5, 7]})
    assert _top(suggest_columns(calls, DEFS["phonecall"], source_object="calls"),
                "duration") == "actualdurationminutes"
