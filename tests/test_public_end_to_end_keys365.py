"""keys365's public exports run end to end from their parameters files, decisions only
(issue 13): HospitalRun (HospitalRun/hospitalrun-frontend at e93fe243, the 1.0.0-beta branch:
HospitalRun 1.0, GPL-3.0; an open-source hospital information system), the records of the
PouchDB dumps its acceptance tests load and of its sample database (5 patients, 3
appointments, 1 incident report, 4 inventory items) as its list views show them, headed by
its own labels in English, German, French and Spanish (tests/data/exports/hospitalrun-export-en,
-de, -fr, -es; SOURCE.md), on the branch-point engine 99edcc1e (session 51, round Z). Same
harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``, through
conftest's ``runs``).

One parametrized test over the four languages (``LANGS``: per language, the headers each map
entry reads and the keys). In every language the 5 patients load as contacts and the 3
appointments as appointments, nothing held back, and verification finds no column differing.
No column names an owner: every record goes to the fallback owner, the owner queue is empty.
The parameters decide: the keys (a patient's number and date of birth: the dumps repeat
P00001; an appointment's patient and date), the patients' clinical status left unread (the
map reads it as the record's status), the appointment's type as its subject (the map takes
the patient's name), its state Scheduled with the status Busy (the map's constant
'Completed' contradicts 'Scheduled'); in German the date ('Tag') as start and end (the map
leaves it unread), in French the date of birth ('DdN') and the location ('Localisation')
(the map leaves both unread). The incident report (no customer: a case needs one) and the
inventory items (stock) stay in HospitalRun.

What the run reads, in every language: the patients' first and last name, sex and date of
birth; the appointments' date (as start and end), location, type (as subject) and status.

What is NOT read, in every language:
- patients: the Id (with the date of birth, the key only), the status (by decision);
- appointments: the patient's name (with the date, the key only: no link to the patient, whom
  the list names only by display name), the provider ('With': no user of the org);
- the incidents file (discovery: a ticket list) and the inventory file (discovery: unknown):
  not moved, by decision.
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

#: the patients as staged, in file order: first, last, sex (Male 1), date of birth
PATIENTS = [("Joe", "Bagadonuts", 1, None), ("Joe", "Bagadonuts", 1, "2016-06-07T00:00:00Z"),
            ("Lennex", "Zinyando", 1, None), ("Joe", "Bagadonuts", 1, "2013-08-06T00:00:00Z"),
            ("Joe", "Bagadonuts", 1, None)]
#: the appointments as staged, in file order: start (= end), location, subject
APPOINTMENTS = [("2015-12-30T00:00:00Z", "Hospital", "Followup"),
                ("2015-10-29T00:00:00Z", "Harare", "Admission"),
                ("2015-11-02T00:00:00Z", "Harare", "Admission")]
KINDS = {"patients": ("contact", {"contact": 5}), "appointments": ("activity", {"appointment": 3}),
         "incidents": ("ticket", {}), "inventory": ("unknown", {})}

# per language: the headers each map entry reads (target: header; statuscode a constant) and
# the key columns
LANGS: dict[str, dict[str, Any]] = {
    "hospitalrun-export-en": {
        "contact": {"firstname": "First Name", "lastname": "Last Name", "gendercode": "Sex",
                    "birthdate": "DOB"},
        "appointment": {"scheduledstart": "Date", "scheduledend": "Date",
                        "location": "Location", "subject": "Type", "statecode": "Status",
                        "statuscode": None},
        "keys": ("key(Id+DOB)", "key(Name+Date)")},
    "hospitalrun-export-de": {
        "contact": {"firstname": "Vorname", "lastname": "Nachname", "gendercode": "Geschlecht",
                    "birthdate": "DOB"},
        "appointment": {"scheduledstart": "Tag", "scheduledend": "Tag", "location": "Ort",
                        "subject": "Typ", "statecode": "Status", "statuscode": None},
        "keys": ("key(ID+DOB)", "key(Name+Tag)")},
    "hospitalrun-export-fr": {
        "contact": {"firstname": "Prénom", "lastname": "Nom", "gendercode": "Sexe",
                    "birthdate": "DdN"},
        "appointment": {"scheduledstart": "Date", "scheduledend": "Date",
                        "location": "Localisation", "subject": "Type", "statecode": "Statut",
                        "statuscode": None},
        "keys": ("key(Id+DdN)", "key(Nom+Date)")},
    "hospitalrun-export-es": {
        "contact": {"firstname": "Primer nombre", "lastname": "Apellido", "gendercode": "Sexo",
                    "birthdate": "DOB"},
        "appointment": {"scheduledstart": "Fecha de cita", "scheduledend": "Fecha de cita",
                        "location": "Ubicación", "subject": "Tipo", "statecode": "Estatus",
                        "statuscode": None},
        "keys": ("key(Id+DOB)", "key(Notas de paciente+Fecha de cita)")},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_hospitalrun_patients_and_appointments_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The patients load as contacts, the appointments as appointments (Scheduled, Busy), as
    counted, nothing held back; the incidents and inventory not moved; every record to the
    fallback owner; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("patients", 5, 5, 0, 0, 0, 0),
        "appointment": ("appointments", 3, 3, 0, 0, 0, 0)}
    assert (out["contact"]["closed"], out["appointment"]["closed"]) == (0, 3)
    assert out["appointment"]["closed_as"] == {"Scheduled": 3}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "appointment"}
    for entry, key in zip(("contact", "appointment"), lang["keys"], strict=True):
        table = tables[entry]
        assert {c["target"]: c["source"] for c in table["columns"]} == lang[entry]
        assert table["source_key"] == key
        assert not table.get("owner")
        assert not table.get("lookups") and not table.get("unresolved_lookups")
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("incidents", "ticket"), ("inventory", "unknown")]

    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet").sort("__source_row")
    assert list(contacts.select("firstname", "lastname", "gendercode",
                                "birthdate").iter_rows()) == PATIENTS
    meetings = pl.read_parquet(staged / "appointment.parquet").sort("__source_row")
    assert list(meetings.select("scheduledstart", "location", "subject").iter_rows()) == (
        APPOINTMENTS)
    assert meetings["scheduledend"].to_list() == meetings["scheduledstart"].to_list()
    assert meetings["statecode"].to_list() == [3, 3, 3]     # Scheduled
    assert meetings["statuscode"].to_list() == [5, 5, 5]    # Busy
    assert contacts["__source_id"].n_unique() == 5          # P00001 thrice, told apart

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(lang["contact"])
    assert set(verified["appointment"]) == set(lang["appointment"])
    assert not any(n for cols in verified.values() for n in cols.values())
