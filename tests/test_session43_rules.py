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


# -- reading values ---------------------------------------------------------------------------

def test_a_formula_guard_apostrophe_is_read_off_and_said(tmp_path: Path) -> None:
    """FacturaScripts' CSV export writes a phone "+34 999 56 6963" as "'+34 999 56 6963" (the
    apostrophe that keeps a spreadsheet from running it): read without it, the column is a
    phone column; an apostrophe before anything else is the value's own; the reading note
    names the column and the count."""
    folder = _export(tmp_path, {"clientes.csv": [
        "Nombre;Teléfono;Nota", "Ana;'+34 999 56 6963;'hola", "Luis;'+34 912 345 678;",
        "Eva;958 123 456;'=no"]})
    export = read_export(folder)
    df = export.tables["clientes"]
    assert df["Teléfono"].to_list() == ["+34 999 56 6963", "+34 912 345 678", "958 123 456"]
    assert df["Nota"].to_list() == ["'hola", None, "=no"]
    notes = [p.problem for p in export.problems if "apostrophe" in p.problem]
    assert len(notes) == 2 and "column 'Teléfono': 2 value(s)" in notes[0]
    assert all(p.severity == "warning" for p in export.problems if "apostrophe" in p.problem)


def test_asctime_dates_are_dates() -> None:
    """C's asctime print (Request Tracker's default: 'Thu Dec 11 07:17:45 2003', a day below
    10 padded with a space) types a column as date-times and parses to the second."""
    from d365migrate.intake.values import infer_column, parse_dates

    s = pl.Series(["Thu Dec 11 07:17:45 2003", "Mon Jun  9 08:08:37 2003", None])
    assert infer_column(s)["type"] == "datetime"
    assert [str(v) for v in parse_dates(s).values.to_list()] == [
        "2003-12-11 07:17:45", "2003-06-09 08:08:37", "None"]


# -- suggestions ------------------------------------------------------------------------------

def test_a_stamp_a_list_reads_as_modified_is_no_creation_stamp() -> None:
    """A file's one time stamp is read as when each record was created where no word of its
    header is read; not where a list reads the header as a stamp the system keeps
    ('Änderungsdatum': modified on; 'Ultimo accesso': last login)."""
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns

    defs = load_table_defs(Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data"
                           / "tables")
    stamps = ["2023-12-14T18:19:13Z", "2023-12-07T20:08:10Z", "2022-01-26T08:21:10Z"]
    for header, created in (("Änderungsdatum", False), ("Ultimo accesso", False),
                            ("Zzyzx Qwrtp", True)):
        people = pl.DataFrame({"Vorname": ["Ann", "Bo", "Cy"], "Nachname": ["Lee", "Ek", "Ra"],
                               header: stamps})
        got = suggest_columns(people, defs["contact"], source_object="personen")
        assert (bool(got[header]) and got[header][0].target == "overriddencreatedon") \
            is created, header


def test_new_words_read_whole_names_plans_and_no_counts() -> None:
    """A help desk's 'Real Name' is a contact's whole name (the last name Dataverse requires
    takes it), 'Estimated Start Date' an appointment's start, a 'Comments' column of counts no
    description (a 'Notes' of '0' on every row still is: an empty note's placeholder)."""
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns

    defs = load_table_defs(Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data"
                           / "tables")
    people = pl.DataFrame({"Real Name": ["Jonas Liljegren", "Ann Lee", "Bo Ek"],
                           "Comments": ["2", "5", "1"], "Notes": ["0", "0", "0"]})
    got = suggest_columns(people, defs["contact"], source_object="users")
    assert got["Real Name"][0].target in {"fullname", "lastname"}
    assert not any(c.target == "description" for c in got["Comments"])
    assert got["Notes"][0].target == "description"   # '0' on every row: an empty note
    events = pl.DataFrame({"Estimated Start Date": ["2009-06-29", "2009-06-17"],
                           "Actual Completion Date": ["2009-06-30", "2009-06-18"]})
    got = suggest_columns(events, defs["appointment"], source_object="events")
    assert got["Estimated Start Date"][0].target == "scheduledstart"
    assert got["Actual Completion Date"][0].target == "actualend"


def test_a_leads_file_beside_the_exports_deals_file_stays_leads(tmp_path: Path) -> None:
    """Laravel CRM's leads carry a value and a pipeline stage, as Krayin's leads (its deals)
    do; but its export has a 'Deals' file of its own, so its 'Leads' are leads. Without a
    deals file beside them such leads are still the CRM's deals."""
    leads = ["Number,Title,Value,Contact,Organization,Stage",
             "1050,Enquiry about Support Plan,$21.00,Angela Rivera,Apex Digital,Closed Won",
             "1064,Infrastructure Review,$39.00,Lisa Walker,Beacon Software,New",
             "1123,New CRM opportunity,$31.00,Stephanie Williams,Quantum,Closed Lost"]
    deals = ["Number,Title,Value,Contact,Organization,Expected close,Stage",
             "2001,Support Plan,$21.00,Angela Rivera,Apex Digital,2026-01-01,Closed Won",
             "2002,CRM rollout,$31.00,Stephanie Williams,Quantum,2026-02-01,Negotiation"]
    both = discover(read_export(_export(tmp_path / "both", {"Leads.csv": leads,
                                                             "Deals.csv": deals})))
    assert {o.source: o.name for o in both.objects} == {"Leads": "lead", "Deals": "deal"}
    assert any("holds its deals" in e for o in both.objects for e in o.evidence)
    alone = discover(read_export(_export(tmp_path / "alone", {"Leads.csv": leads})))
    assert {o.source: o.name for o in alone.objects} == {"Leads": "deal"}


def test_sign_in_roles_are_no_job_title() -> None:
    """Faveo's clients' Italian 'Ruolo' ('user' on every row: who may sign in) is no job
    title, though the word reads as one; a role of jobs still is."""
    from d365migrate.mapping.accuracy import load_table_defs
    from d365migrate.mapping.suggest import suggest_columns

    defs = load_table_defs(Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data"
                           / "tables")
    clients = pl.DataFrame({"Nome": ["Ichae Semos", "Fidel Martin"], "Ruolo": ["user", "user"],
                            "Job Title": ["Engineer", "Buyer"]})
    got = suggest_columns(clients, defs["contact"], source_object="utenti")
    assert not any(c.target == "jobtitle" for c in got["Ruolo"])
    assert got["Job Title"][0].target == "jobtitle"
