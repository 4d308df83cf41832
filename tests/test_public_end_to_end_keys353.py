"""keys353's public exports run end to end from their parameters files, decisions only
(issue 13): Frappe HR (frappe/hrms at 80f17c99, GPL-3.0; the HR and payroll app of the
Frappe framework), the records its own tests create -- 146 employees made by
make_employee("<e-mail>", ...), 3 job applicants -- as Frappe's report view exports the
lists Employee and Job Applicant, headed by its own labels in English, German, French and
Spanish (tests/data/exports/frappe-hrms-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine d7bd4b3a (session 50, round X). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``, through conftest's
``runs``).

One parametrized test over the four languages: the 3 job applicants load as contacts,
keyed by Frappe's document name (the parameters' key), nothing held back, and verification
finds no column differing; the employees are the staff (users: matched, not created). The
parameters decide the key, the applicant's whole name as the last name (the map alone leaves
the German and Spanish name unread, filling the required last name with the e-mail: the
measured miss), and leave the application's status and the position applied for unread (the
map alone reads them as the status reason and, but in French, the job title: the measured
misses). No owner column: the owner queue is empty.

What the run reads, in every language: the applicant's name (as the last name) and e-mail.

What is NOT read: the applicant's ID (the key only: the source id), status and designation
(by decision); the whole employees file (users, not moved).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate.run import steps
from d365migrate.run.context import RunContext
from test_public_end_to_end import (
    PUBLIC,
    _export_dir,
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

#: the applicants in the list's order, as staged in every language (last name, e-mail)
APPLICANTS = [("_Test Applicant", "job_applicant_naming@example.com"),
              ("_Test Applicant", "job_applicant_naming@example.com"),
              ("_Test Applicant", "test_applicant@example.com")]
KINDS = {"employees": ("user", {}), "job_applicants": ("contact", {"contact": 3})}

# per language: the headers the map reads (target: header), and the status and designation
# headers the parameters leave unread
LANGS: dict[str, dict[str, Any]] = {
    "frappe-hrms-export-en": {
        "contact": {"lastname": "Applicant Name", "emailaddress1": "Email Address"},
        "status": "Status", "designation": "Designation"},
    "frappe-hrms-export-de": {
        "contact": {"lastname": "Bewerbername", "emailaddress1": "E-Mail-Adresse"},
        "status": "Status", "designation": "Position"},
    "frappe-hrms-export-fr": {
        "contact": {"lastname": "Nom du candidat", "emailaddress1": "Adresse électronique"},
        "status": "Statut", "designation": "Désignation"},
    "frappe-hrms-export-es": {
        "contact": {"lastname": "Nombre del Solicitante",
                    "emailaddress1": "Dirección de correo electrónico"},
        "status": "Estado", "designation": "Puesto"},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_frappe_hrms_applicants_load_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The job applicants load as contacts, as counted, nothing held back; the employees
    are matched as users and not moved; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "contact": ("job_applicants", 3, 3, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert {c for c in contacts.columns if not c.startswith("__")} == {
        "lastname", "emailaddress1"}
    assert [(r["lastname"], r["emailaddress1"]) for r in contacts.to_dicts()] == APPLICANTS
    assert contacts["__source_id"].n_unique() == 3   # the document names tell them apart

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    sources = {t["target"]: {c["target"]: c["source"] for c in t.get("columns", [])}
               for t in mapping["tables"]}
    assert sources == {"contact": lang["contact"]}
    assert not any(t.get("owner") for t in mapping["tables"])   # no owner column read
    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert set(verified) == {"contact"}
    assert not any(n for cols in verified.values() for n in cols.values())


@pytest.mark.parametrize("name", list(LANGS))
def test_frappe_hrms_applicants_map_without_the_column_decisions(
        name: str, tmp_path: Path) -> None:
    """Without the column decisions the map reads the application's status as the status
    reason and (but in French, where 'Désignation' stays unread) the position applied for as
    the job title (the held-out misses the parameters decide). The German and Spanish
    applicant's name, unread held out (the required last name then filled with the e-mail),
    is read since session 50's tuning ('Bewerbername', 'Nombre del Solicitante')."""
    folder = _export_dir(name)
    if folder is None:
        pytest.skip(f"{name}: data files absent (see tests/data/exports/{name}/SOURCE.md)")
    params = yaml.safe_load((PUBLIC / name / "parameters.yml").read_text(encoding="utf-8"))
    decided = params["mapping"]["decisions"].pop("columns")
    lang = LANGS[name]
    assert decided == {"contact.lastname": {"source": lang["contact"]["lastname"]},
                       "contact.statuscode": None, "contact.jobtitle": None}
    params.update(export=str(folder), runs_dir=str(tmp_path / "runs"))
    path = tmp_path / f"{name}.yml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    ctx = RunContext.open(path, tmp_path / "run")
    steps.profile_step(ctx)
    steps.mapping_step(ctx)
    mapping = yaml.safe_load((ctx.run_dir / "mapping.yml").read_text(encoding="utf-8"))
    contact = next(t for t in mapping["tables"] if t["target"] == "contact")
    targets = {c["target"]: c["source"] for c in contact["columns"]}
    want = {"emailaddress1": lang["contact"]["emailaddress1"], "statuscode": lang["status"]}
    want["lastname"] = lang["contact"]["lastname"]   # the applicant's name, in every language
    if name != "frappe-hrms-export-fr":
        want["jobtitle"] = lang["designation"]
    assert targets == want
