"""Rules tuned on keys20's exports (recruiting systems' interviews), on made-up data."""

from __future__ import annotations

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.lookalikes import dated
from d365migrate.mapping.history import route_by_name


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
