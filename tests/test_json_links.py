"""Links written as JSON records (issue 13): a CRM read through its API writes a lookup as
the linked record's JSON, ``{"name": "Acme", "id": "9000..."}``, and an owner as ``{"name",
"id", "email"}`` (Zoho CRM through Airbyte). Discovery finds the link by the id inside, staging
resolves it by that id (else by the name inside), the owner is matched by the email inside,
and a JSON list of records (a multi-select lookup) is never read as one link. Made-up data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.json_cells import JSON, RECORD, RECORDS, cell_shape
from d365migrate.intake.read import read_export
from d365migrate.run.context import RunContext, write_run_json
from engagements import run_steps

ACME, GLOBEX, GONE = "9000000000000000001", "9000000000000000002", "9000000000000000099"


def _ref(name: str | None, rid: str | None) -> str:
    return json.dumps({"name": name, "id": rid})


OWNER = json.dumps({"name": "Dana Seller", "id": "8000000000000000001",
                    "email": "Dana.Seller@example.org"})
TAGS = json.dumps([{"name": "vip", "id": "7000000000000000001"},
                   {"name": "2024", "id": "7000000000000000002"}])


def _export(folder: Path, contacts: list[tuple[str, str, str, str]]) -> None:
    """accounts (Acme, Globex) and contacts: (id, first name, last name, Account cell)."""
    folder.mkdir(parents=True, exist_ok=True)
    pl.DataFrame({"id": [ACME, GLOBEX], "Account_Name": ["Acme", "Globex"],
                  "Owner": [OWNER, OWNER], "Phone": ["555-0100", "555-0101"]}
                 ).write_csv(folder / "Accounts.csv")
    pl.DataFrame({
        "id": [c[0] for c in contacts], "First_Name": [c[1] for c in contacts],
        "Last_Name": [c[2] for c in contacts],
        "Email": [f"{c[1].lower()}@mail.example" for c in contacts],
        "Owner": [OWNER] * len(contacts), "Account": [c[3] for c in contacts],
        "Tag": [TAGS if i % 2 else "[]" for i in range(len(contacts))],
    }).write_csv(folder / "Contacts.csv")


CONTACTS = [
    ("6000000000000000001", "Ann", "Ames", _ref("Acme", ACME)),        # by its id
    ("6000000000000000002", "Bob", "Bell", _ref("Globex", None)),      # by its name
    ("6000000000000000003", "Cy", "Cole", _ref("Initech", GONE)),      # names none: counted
    ("6000000000000000004", "Di", "Dunn", ""),                         # no account
    ("6000000000000000005", "Ed", "Eames", _ref("Acme", ACME)),
]


def test_cell_shapes_tell_one_record_from_a_list_of_records():
    assert cell_shape(pl.Series([_ref("Acme", ACME), None, ""])) == RECORD
    assert cell_shape(pl.Series([TAGS, "[]"])) == RECORDS
    assert cell_shape(pl.Series(['{"approve": false}', "[]"])) == JSON
    assert cell_shape(pl.Series(["Acme", "Globex"])) is None


def test_discovery_links_a_json_record_column_by_the_id_inside(tmp_path: Path):
    _export(tmp_path / "export", CONTACTS)
    found = discover(read_export(tmp_path / "export"))
    links = {(r.from_, r.to, r.kind, r.part) for r in found.relationships}
    assert ("Contacts.Account", "Accounts.id", "id", "id") in links
    # the name inside is the fallback, matched to the accounts' names
    assert ("Contacts.Account", "Accounts.Account_Name", "name", "name") in links
    # a list of records names several: never one link; nor the owner's JSON (no users file)
    assert not [r for r in found.relationships if r.column in ("Tag", "Owner")]


PARAMETERS = {
    "engagement": "jsonlinks", "export": "runs/jsonlinks/export",
    "objects": ["account", "contact"],
    "mapping": {"confirm_as": "Test Analyst"},
    "gates": {"max_unresolved_links": {"parentcustomerid": None}},
    "owners": {"fallback_owner_email": "avery.admin@contoso.example"},
    "destination": {"url": None},
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    params = tmp_path / "parameters" / "jsonlinks.yml"
    params.parent.mkdir(parents=True)
    params.write_text(yaml.safe_dump(PARAMETERS), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path, params


def _counts(run_dir: Path) -> dict:
    return json.loads((run_dir / "reconciliation.json").read_text())["objects"]


def test_json_links_load_by_id_else_name_and_delta_runs_follow_them(project):
    root, params = project
    export = root / "runs" / "jsonlinks" / "export"
    _export(export, CONTACTS)
    first = run_steps(params, root / "runs" / "jsonlinks" / "run-1")
    mapping = yaml.safe_load((first / "mapping.yml").read_text())
    contact = next(t for t in mapping["tables"] if t["target"] == "contact")
    lookup = next(lk for lk in contact["lookups"] if lk["target"] == "parentcustomerid")
    assert (lookup["source"], lookup.get("part")) == ("Account", "id")
    assert "Tag" in contact["unmapped"] and "multi-select lookup" in \
        contact["unmapped_reasons"]["Tag"]
    staged = pl.read_parquet(first / "staged" / "contact.parquet")
    refs = dict(zip(staged["__source_id"], staged["__ref__parentcustomerid_account"],
                    strict=True))
    assert refs == {CONTACTS[0][0]: ACME, CONTACTS[1][0]: GLOBEX, CONTACTS[2][0]: None,
                    CONTACTS[3][0]: None, CONTACTS[4][0]: ACME}
    # the owner is matched by the email inside its JSON (here: no such user, the fallback)
    assert set(staged["__owner_email"]) == {"dana.seller@example.org"}
    queue = pl.read_csv(first / "owner_queue.csv")
    assert queue["email"].to_list() == ["dana.seller@example.org"]
    out = _counts(first)
    assert out["contact"]["loaded"] == 5 and out["contact"]["verified"] == 5
    # the one naming an account the export does not carry: counted, with the id it names
    assert out["contact"]["unresolved_lookups"] == 1
    unresolved = pl.read_csv(first / "unresolved_links" / "contact.csv", infer_schema=False)
    assert unresolved["value"].to_list() == [GONE]
    verification = json.loads((first / "verification.json").read_text())
    assert verification["tables"]["contact"]["columns"]["parentcustomerid"] == 0

    ctx = RunContext.open(params, first)  # finished as the runner finishes a run
    write_run_json(ctx.folder, ctx.params, ctx.destination, status="succeeded")
    ctx.client.close()
    # the next export: Acme renamed (its id the same), Ed moved to Globex by id
    moved = [*CONTACTS[:4], (CONTACTS[4][0], "Ed", "Eames", _ref("Globex", GLOBEX))]
    renamed = [(c[0], c[1], c[2], c[3].replace('"Acme"', '"Acme Corp"')) for c in moved]
    _export(export, renamed)
    second = run_steps(params, root / "runs" / "jsonlinks" / "run-2")
    delta = json.loads((second / "delta.json").read_text())
    contacts = delta["objects"]["contact"]
    assert (contacts["changed"], contacts["new"]) == (1, 0)  # Ed only: a rename is no change
    assert contacts["unchanged"] == 4
    staged = pl.read_parquet(second / "staged" / "contact.parquet")
    assert staged.filter(pl.col("__source_id") == CONTACTS[4][0])[
        "__ref__parentcustomerid_account"].to_list() == [GLOBEX]
    # every record read back, Ed's account the one the export names now
    verification = json.loads((second / "verification.json").read_text())["tables"]["contact"]
    assert (verification["checked"], verification["matched"]) == (5, 5)
    assert verification["columns"]["parentcustomerid"] == 0
