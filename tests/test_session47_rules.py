"""Session 47's rules: meetings, calls and tasks named in Bulgarian, Indonesian and Malay,
Finnish, Estonian, Greek, Vietnamese, Catalan, Albanian, Basque and Serbian (EspoCRM's
Bulgarian, Indonesian and Serbian activity sheets were read as activities of no kind, so no
column of theirs moved), and Hungarian's customer candidates (vtiger's leads). Each on
made-up data: a file so named is discovered as activities and routed to its table."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.read import Export
from d365migrate.load.order import table_of
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.propose import found_units, propose_mapping

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")

MEETINGS = ["Срещи", "rapat", "Pertemuan", "Mesyuarat", "Tapaamiset", "Kokoukset",
            "Kohtumised", "Συναντήσεις", "Cuộc họp", "Takimet", "Bilerak", "Ročišta",
            "Sastanci"]
CALLS = ["Обаждания", "panggilan", "Puhelut", "Kõned", "Κλήσεις", "Cuộc gọi", "Trucades",
         "Thirrjet", "Deiak", "Pozivi"]
TASKS = ["Tehtävät", "Ülesanded", "Công việc", "Tasques", "Detyrat", "Zereginak", "Zadatak"]


@pytest.mark.parametrize("name", MEETINGS)
def test_a_meetings_file_is_activities_routed_to_appointments(name: str) -> None:
    assert name_kind(name) == ("activity", "exact")
    assert route_by_name(name) == "appointment"


@pytest.mark.parametrize("name", CALLS)
def test_a_calls_file_is_activities_routed_to_phone_calls(name: str) -> None:
    assert name_kind(name) == ("activity", "exact")
    assert route_by_name(name) == "phonecall"


@pytest.mark.parametrize("name", TASKS)
def test_a_tasks_file_is_tasks(name: str) -> None:
    assert name_kind(name) == ("task", "exact")


@pytest.mark.parametrize("name", ["Takım", "Takımlar", "Team", "Kone", "Dei"])
def test_look_alike_words_name_no_activity(name: str) -> None:
    """Turkish 'Takım' (a team) is Albanian's meeting without its ending; Finnish 'Kone' (a
    machine) is Estonian's call without its plural: neither names activities."""
    assert name_kind(name)[0] != "activity"
    assert route_by_name(name) is None


def test_hungarian_customer_candidates_are_leads() -> None:
    assert name_kind("Vevőjelöltek") == ("lead", "exact")


def test_an_indonesian_meetings_sheet_moves_as_appointments() -> None:
    """EspoCRM's Indonesian meetings ('rapat'): before, discovered as activities that no
    name routed, so the map proposed no table and none of its columns moved."""
    rapat = pl.DataFrame({"Nama": ["Kickoff", "Review", "Demo"],
                          "Status": ["Planned", "Held", "Held"],
                          "Tanggal mulai": ["2024-03-01 10:00", "2024-03-02 11:00",
                                            "2024-03-05 09:30"],
                          "Tanggal akhir": ["2024-03-01 11:00", "2024-03-02 12:00",
                                            "2024-03-05 10:00"],
                          "Deskripsi": ["Mulai proyek", "Tinjauan", "Demo produk"]})
    export = Export(Path("."), {"rapat": rapat})
    found = discover(export)
    assert found.kind_of("rapat") == "activity"
    units = found_units(found)
    assert "appointment" in units
    mapping = propose_mapping(export, found, {u: DEFS[table_of(u)] for u in units}, units,
                              source_id_column="new_sourceid").mapping
    [entry] = [t for t in mapping["tables"] if t["target"] == "appointment"]
    targets = {c["source"]: c["target"] for c in entry["columns"]}
    assert targets.get("Nama") == "subject"
