"""Session 43's rules, each on made-up data: a link written as a person's whole name where
the people's file keeps the name in parts (Monica's activities name their contact "John
Doe"; its contacts file holds first, middle and last name apart) is found by discovery in
any language, proposed as a lookup by name, and resolved by staging; a link left unbound
says the export's value, not the key it resolved to."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.run.gates import link_outcomes
from d365migrate.staging.lookups import resolve_lookup, shared_names

PEOPLE = ["Vorname,Zweiter Vorname,Nachname,E-Mail,Straße",
          "Anna,,Schmidt,anna@example.de,Hauptstraße 1",
          "Jonas,Peter,Weber,jonas@example.de,Bahnhofstraße 22",
          "Lea,,Fischer,lea@example.de,Ringstraße 3",
          "Bono,,,bono@example.de,"]


def _export(tmp_path: Path, files: dict[str, list[str]]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _links(folder: Path) -> dict[str, tuple[str, list[str] | None]]:
    found = discover(read_export(folder))
    return {r.from_: (r.to, r.joined) for r in found.relationships}


def test_a_whole_name_links_to_the_people_file_that_keeps_its_parts(tmp_path: Path) -> None:
    """German headers, no word of them known to matter: 'Kontakt' names people by first,
    middle and last name joined ("Jonas Peter Weber"; "Bono" alone where only the first
    is filled); the link's target is the run of name columns, the middle name included."""
    folder = _export(tmp_path, {
        "kontakte.csv": PEOPLE,
        "aufgaben.csv": ["Kontakt,Titel,Erledigt", "Anna Schmidt,Anrufen,Nein",
                         "Jonas Peter Weber,Angebot schicken,Ja", "Lea Fischer,Termin,Nein",
                         "Bono,Konzert,Nein", "Anna Schmidt,Nachfassen,Nein"]})
    links = _links(folder)
    assert links["aufgaben.Kontakt"] == (
        "kontakte.Vorname", ["Vorname", "Zweiter Vorname", "Nachname"])


def test_no_whole_name_link_from_first_names_alone_or_from_too_few_names(
        tmp_path: Path) -> None:
    """A column naming only single-part names ('Bono', 'Anna') is no proof of a whole name;
    a column whose names are mostly not the file's people (2 of 5) links nothing; street
    lines (digits) are no name parts."""
    folder = _export(tmp_path, {
        "kontakte.csv": PEOPLE,
        "firsts.csv": ["Wer,Was", "Anna,a", "Jonas,b", "Lea,c", "Bono,d"],
        "others.csv": ["Person,Was", "Anna Schmidt,a", "Lea Fischer,b", "Max Mustermann,c",
                       "Erika Musterfrau,d", "Otto Normal,e"],
        "streets.csv": ["Adresse,Was", "Hauptstraße 1 anna@example.de,a",
                        "Ringstraße 3 lea@example.de,b", "Bahnhofstraße 22 jonas@example.de,c"]})
    links = _links(folder)
    assert not any(k.startswith(("firsts.", "others.", "streets.")) for k in links), links


def test_staging_resolves_a_whole_name_and_says_a_shared_one(tmp_path: Path) -> None:
    """The lookup matches the parts joined as discovery did (trimmed, empty parts left out,
    case and inner spaces ignored); a whole name two people share resolves to neither and
    says so."""
    people = pl.DataFrame({"id": ["1", "2", "3", "4"], "first": ["John", "Jane", " Bono", "Jane"],
                           "middle": [None, "", None, None], "last": ["Doe", "Roe", "", "Roe"]})
    tasks = pl.DataFrame({"who": ["john   DOE", "Bono", "Jane Roe", "Nobody Here"]})
    lookup = {"table": "contact", "source": "who", "references": "people.id", "by": "first",
              "fallbacks": [{"source": "who", "match": "name",
                             "references": ["first", "middle", "last"]}]}
    tables = {"people": people, "tasks": tasks}
    refs, via = resolve_lookup(tasks, lookup, tables)
    assert refs.to_list() == ["1", "3", None, None]
    assert via.to_list() == ["name", "name", None, None]
    assert shared_names(tasks, lookup, tables, refs).to_list() == [
        None, None, "2 contact records of the export share this name", None]


def test_an_unbound_link_names_the_exports_value_not_the_key_it_resolved_to() -> None:
    """A note whose contact (matched by name to its hashed key) did not load: the unresolved
    row and its reason name 'Bono' as the export writes it."""
    loaded = pl.DataFrame({"__source_row": [1], "__source_id": ["n1"],
                           "__ref__objectid_contact": ["c3014f768f92d45cf380f47acfea3fbc"]})
    export_rows = pl.DataFrame({"Contact": ["Bono"]})
    lookups = [{"target": "objectid", "navigation": "objectid_contact", "table": "contact",
                "source": "Contact"}]
    counts, rows = link_outcomes(loaded, lookups, lambda table: set(), export_rows, "notes.csv")
    assert counts["objectid"] == {"named": 1, "unresolved": 1}
    assert rows["value"].to_list() == ["Bono"]
    assert rows["reason"][0].startswith("its contact 'Bono' is not in the org (it did not load)")
