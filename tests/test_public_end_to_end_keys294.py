"""keys294's public exports run end to end from their parameters files, decisions only
(issue 13): pretalx (pretalx/pretalx at 5a3c2f61, AGPL-3.0 with additional terms; a
conference call-for-papers tool, the fallback of the part's Pretix, beyond the mirror's size
limit), the fixed records of its test suite's conftest (at 7c03a2ac) as its organiser CSV
exports write sessions, speakers and reviews, headed in English, German, French and Spanish
(tests/data/exports/pretalx-export-en, -de, -fr, -es; SOURCE.md), on the branch-point engine
1fcf865d (session 44, round R). Same harness as tests/test_public_end_to_end.py (the shared
runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the map's columns
of each table and what the notes' subject holds), then German's and English's own. In each:
the 2 speakers load as contacts (their code the key, their display name the last name,
their biography and e-mail), the 6 sessions as tasks (the parameters: an activity file
loads as appointments only where its name or a type column names the kind; the key is the
title with the state, no id being in the export) linked to their speaker by the speaker's
code, their state a task status by the parameters' choice (submitted not started, confirmed
completed, rejected / canceled / withdrawn canceled: one completed, three canceled), the 2
reviews as notes; nothing held back, nothing unresolved, read back with no column differing.

What is not read (left unmapped by the engine, or left by the parameters), by language:
- every language: the sessions' abstract (the parameters take the description for the
  task's description, and in fr and es the title for its subject, where the map read the
  abstract), notes, internal notes, session type, slot count, language, featured and
  recording flags, speaker names and room; the speakers' proposal titles; the reviews'
  score, which the engine takes for the notes' source id ("1.00", "0.00"), and the
  reviewer's e-mail; no note is linked to its session (five sessions share one title);
- en: the reviewer's name read as the note's subject (its title), the reviewed proposal's
  title not read;
- de: the reviewed proposal's title ('Titel') read as the note's subject, the reviewer's
  name not read; the speakers' 'Titel' (their proposal titles) read as the job title by the
  map, left by the parameters;
- fr, es: nothing of the reviews but the text (the parameters' note text): no subject.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

SPEAKERS = [
    {"__source_id": "SPEAKER1", "lastname": "Jane the Speaker",
     "description": "Best speaker in the world.", "emailaddress1": "jane@speaker.org"},
    {"__source_id": "SPEAKER2", "lastname": "Krümelmonster", "description": "COOKIIIIES!!",
     "emailaddress1": "speaker2@example.com"},
]
LAMETTA, DURER = "Lametta im Wandel der Zeiten", "Albrecht Dürer. Sein Leben, seine Zeit"
# the sessions in the export's order: (subject, minutes, status, speaker's code)
SESSIONS = [(LAMETTA, 60, 2, "SPEAKER1"), (DURER, 30, 2, "SPEAKER2"),
            (LAMETTA, 60, 5, "SPEAKER1"), (LAMETTA, 60, 6, "SPEAKER2"),
            (LAMETTA, 60, 6, "SPEAKER1"), (LAMETTA, 60, 6, "SPEAKER1")]
DESCRIPTIONS = {LAMETTA: "Früher war es nämlich mehr. Und wir mussten es bügeln.",
                DURER: "1 guter Talk"}
TASK = ["subject", "actualdurationminutes", "description", "statuscode"]

# per language: the map's columns per table (source -> target) and the notes' subjects
LANGS: dict[str, dict[str, Any]] = {
    "pretalx-export-en": {
        "contact": {"Name": "lastname", "Biography": "description", "Email": "emailaddress1"},
        "task": {"Proposal title": "subject", "Duration": "actualdurationminutes",
                 "Description": "description", "Proposal state": "statuscode"},
        # the reviewer's name (empty in one review) no longer stands in for a note's
        # subject: a name filled in every row only (session 63; the key says its owner)
        "annotation": {"Text": "notetext"},
        "note_subjects": None},
    "pretalx-export-de": {
        "contact": {"Name": "lastname", "Über dich": "description", "E-Mail": "emailaddress1"},
        "task": {"Titel": "subject", "Dauer": "actualdurationminutes",
                 "Beschreibung": "description", "Einreichungsstatus": "statuscode"},
        "annotation": {"Text": "notetext", "Titel": "subject"},
        "note_subjects": [LAMETTA, DURER]},
    "pretalx-export-fr": {
        "contact": {"Nom": "lastname", "Biographie": "description",
                    "Courriel": "emailaddress1"},
        "task": {"Titre de la proposition": "subject", "Durée": "actualdurationminutes",
                 "Description": "description", "Statut de la proposition": "statuscode"},
        "annotation": {"Texte": "notetext"},
        "note_subjects": None},
    "pretalx-export-es": {
        "contact": {"Nombre": "lastname", "Biografía": "description",
                    "Correo electrónico": "emailaddress1"},
        "task": {"Título de la propuesta": "subject", "Duración": "actualdurationminutes",
                 "Descripción": "description", "Estado de la propuesta": "statuscode"},
        "annotation": {"Texto": "notetext"},
        "note_subjects": None},
}


def _tables(run_dir: Path) -> dict[str, dict[str, str]]:
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    return {t["target"]: {c["source"]: c["target"] for c in t["columns"]}
            for t in mapping["tables"]}


@pytest.mark.parametrize("name", list(LANGS))
def test_pretalx_export_loads_in_four_languages(name: str,
                                                runs: Callable[[str], Path]) -> None:
    """Contacts, tasks and notes load as counted, nothing held back; records field by field;
    every session linked to its speaker; the states closed as decided; the map's columns."""
    want = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("test_speakers", 2, 2, 0, 0, 0, 0),
        "task": ("test_sessions", 6, 6, 0, 0, 0, 0),
        "note": ("test_reviews", 2, 2, 0, 0, 0, 0)}
    assert out["task"]["closed_as"] == {"Completed": 1, "Canceled": 3}
    assert out["task"]["links_left"] == {}
    assert {t: set(c.values()) for t, c in verified_columns(run_dir).items()} == {
        "contact": {0}, "task": {0}, "note": {0}}

    tables = _tables(run_dir)
    assert {t: tables[t] for t in ("contact", "task", "annotation")} == {
        t: want[t] for t in ("contact", "task", "annotation")}

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert contacts.select(*SPEAKERS[0]).to_dicts() == SPEAKERS

    tasks = pl.read_parquet(staged / "task.parquet").sort("__source_row")
    assert tasks.select(*TASK[:2], "statuscode", "__ref__regardingobjectid_contact_task"
                        ).rows() == SESSIONS
    assert tasks["description"].to_list() == [DESCRIPTIONS[s[0]] for s in SESSIONS]
    assert tasks["__source_id"].n_unique() == 6          # the title with the state: one each
    for absent in ("location", "scheduleddurationminutes", "scheduledend", "prioritycode"):
        assert absent not in tasks.columns, absent

    notes = pl.read_parquet(staged / "note.parquet").sort("__source_row")
    assert notes["notetext"].to_list() == ["Looks great!", "Looks horrible!"]
    assert notes["__source_id"].to_list() == ["1.00", "0.00"]   # the score, as the note's id
    if want["note_subjects"] is None:
        assert "subject" not in notes.columns
    else:
        assert notes["subject"].to_list() == want["note_subjects"]
    assert "objectid" not in tables["annotation"].values()

    files = inventory_files(run_dir)
    assert set(files) == {"test_speakers", "test_sessions", "test_reviews"}
    assert {f: files[f]["kind"] for f in files} == {
        "test_speakers": "contact", "test_sessions": "task", "test_reviews": "note"}


def test_pretalx_export_de_titles_not_a_job_title(runs: Callable[[str], Path]) -> None:
    """German: the speakers' 'Titel' (their proposal titles) is left by the parameters (the
    map read it as the job title), the biography 'Über dich' read by the parameters' decision;
    the sessions' 'Titel' is the task's subject."""
    run_dir = runs("pretalx-export-de")
    tables = _tables(run_dir)
    assert "Titel" not in tables["contact"]
    assert "jobtitle" not in pl.read_parquet(run_dir / "staged" / "contact.parquet").columns
    params = yaml.safe_load((Path(__file__).parent / "data" / "exports" / "pretalx-export-de"
                             / "parameters.yml").read_text(encoding="utf-8"))
    columns = params["mapping"]["decisions"]["columns"]
    assert columns["contact.jobtitle"] is None
    assert columns["contact.description"] == {"source": "Über dich"}
    assert tables["task"]["Titel"] == "subject"


def test_pretalx_export_en_reads_without_column_decisions(runs: Callable[[str], Path]
                                                          ) -> None:
    """English: the map itself reads the speaker's name, biography and e-mail, the session's
    title and duration and the review's text; the parameters decide the session's
    description (the map took the abstract) and state, not the title or the speaker's."""
    params = yaml.safe_load((Path(__file__).parent / "data" / "exports" / "pretalx-export-en"
                             / "parameters.yml").read_text(encoding="utf-8"))
    assert set(params["mapping"]["decisions"]["columns"]) == {
        "task.description", "task.statuscode"}
    tables = _tables(runs("pretalx-export-en"))
    assert "Abstract" not in tables["task"]
    assert "Reviewer email" not in tables["annotation"]
