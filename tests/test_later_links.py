"""A link into a table that loads later in the same run (an account's Primary Contact: the
accounts load before the contacts) is bound once that table has loaded (issue 13), and every
file that counted it says so: the load's link counts, unresolved_links/ (only what is still
unbound), the phase's reconciliation, verification and the sponsor's report. A link the org
refuses keeps its record without it, listed with the org's reason."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from d365migrate.dataverse import DataverseClient, TerminalError
from engagements import made_up_parameters, run_steps

EXPORT = {
    "accounts.csv": "account_id,account_name,primary_contact_id\n"
                    "A1,Acme,C1\n"
                    "A2,Globex,C2\n"       # the org refuses it (below)
                    "A3,Initech,C9\n"      # no contact of the export
                    "A4,Umbrella,C3\n"
                    "A5,Hooli,\n",         # names none
    "contacts.csv": "contact_id,first_name,last_name,email,account_id\n"
                    "C1,Ada,Lovelace,ada@acme.example,A1\n"
                    "C2,Grace,Hopper,grace@globex.example,A2\n"
                    "C3,Alan,Turing,alan@umbrella.example,A4\n"
                    "C4,Edsger,Dijkstra,edsger@hooli.example,A5\n",
}
REFUSAL = "A primary contact must be one of the account's people (made up)"


def _globex(client: DataverseClient) -> set[str]:
    return {r["accountid"] for r in client.query("accounts", select=["accountid", "name"])
            if r.get("name") == "Globex"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The org refuses Globex's Primary Contact, in a chunk and alone."""
    root = tmp_path_factory.mktemp("later-links")
    with pytest.MonkeyPatch.context() as mp:
        _refusing(mp)
        return _run(root, "later-links", {"max_unresolved_links": {"primarycontactid": 2}})


def _run(root: Path, engagement: str, gates: dict[str, Any], run: str = "r1") -> Path:
    """The made-up export (written once: a delta run's edits stay) run end to end."""
    export = root / "export"
    if not export.exists():
        export.mkdir()
        for name, text in EXPORT.items():
            (export / name).write_text(text, encoding="utf-8")
    params = made_up_parameters(root, export, ["account", "contact"], engagement,
                                "Made-up CRM", gates=gates)
    return run_steps(params, root / "runs" / engagement / run)


def _refusing(mp: pytest.MonkeyPatch) -> None:
    """The org refuses Globex's Primary Contact, in a chunk and alone."""
    many, one = DataverseClient.update_multiple, DataverseClient.update

    def update_multiple(self: DataverseClient, entity_set: str, table: str,
                        records: list[dict[str, Any]], **kw: Any) -> None:
        if entity_set == "accounts" and any("primarycontactid@odata.bind" in r and
                                            r.get("accountid") in _globex(self)
                                            for r in records):
            raise TerminalError(REFUSAL, status=400)
        many(self, entity_set, table, records, **kw)

    def update(self: DataverseClient, entity_set: str, key: Any, values: dict[str, Any]
               ) -> None:
        if entity_set == "accounts" and "primarycontactid@odata.bind" in values and \
                key in _globex(self):
            raise TerminalError(REFUSAL, status=400)
        one(self, entity_set, key, values)

    mp.setattr(DataverseClient, "update_multiple", update_multiple)
    mp.setattr(DataverseClient, "update", update)


def _json(run: Path, *parts: str) -> Any:
    return json.loads(run.joinpath(*parts).read_text())


def test_the_map_takes_the_primary_contact_as_a_link_into_contacts(run: Path) -> None:
    staged = pl.read_parquet(run / "staged" / "account.parquet")
    assert staged["__ref__primarycontactid"].to_list() == ["C1", "C2", None, "C3", None]


def test_each_primary_contact_is_read_back_from_the_org(run: Path) -> None:
    from d365migrate.run.context import RunContext

    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        contacts = {r["new_smartdeskid"]: r["contactid"] for r in ctx.client.query(
            "contacts", select=["contactid", "new_smartdeskid"])}
        primary = {r["name"]: r.get("_primarycontactid_value") for r in ctx.client.query(
            "accounts", select=["name", "_primarycontactid_value"])}
    finally:
        ctx.client.close()
    assert primary == {"Acme": contacts["C1"], "Globex": None, "Initech": None,
                       "Umbrella": contacts["C3"], "Hooli": None}


def test_the_counts_and_files_say_what_was_bound_and_what_was_not(run: Path) -> None:
    load = _json(run, "load", "account.json")
    assert load["links"]["primarycontactid"] == {"named": 4, "unresolved": 2}
    assert load["unresolved_lookups"] == 2 and load["bound_later"] == {"primarycontactid": 2}
    assert "awaiting_links" not in load
    left = pl.read_csv(run / "unresolved_links" / "account.csv")
    assert left["source_id"].to_list() == ["A2", "A3"]
    refused, missing = left["reason"].to_list()
    assert refused.startswith(f"Dataverse refused the link to contact 'C2' ({REFUSAL}")
    assert "names no contact of the export" in missing
    assert not left["reason"].str.contains("load after these").any()
    assert pl.read_csv(run / "refused_links" / "account.csv")["source_id"].to_list() == ["A2"]
    for counted in (_json(run, "phases", "account.json"),
                    _json(run, "reconciliation.json")["objects"]["account"]):
        assert counted["unresolved_lookups"] == 2, counted
        assert counted["bound_later"] == {"primarycontactid": 2}
        assert "awaiting_links" not in counted and counted["balanced"]
    assert _json(run, "load", "contact.json")["unresolved_lookups"] == 0


def test_verification_expects_the_link_where_it_was_bound(run: Path) -> None:
    checked = _json(run, "verification.json")["tables"]["account"]
    assert (checked["checked"], checked["matched"], checked["mismatched"]) == (5, 5, 0)
    assert checked["columns"]["primarycontactid"] == 0


def test_the_report_lists_only_the_links_still_empty(run: Path) -> None:
    from d365migrate.run.context import RunContext
    from d365migrate.run.runner import write_sponsor_report

    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
    finally:
        ctx.client.close()
    text = re.sub(r"<[^>]+>", "|", (run / "report.html").read_text(encoding="utf-8"))
    left = text[text.index("Values left empty"):text.index("What needs a decision")]
    assert "refused the link to contact" in left and "names no contact" in left
    assert "load after these" not in text and "accounts.csv, row 2" in left
    assert "accounts.csv, row 1" not in left and "accounts.csv, row 4" not in left
    # the links bound after the contacts loaded are said, with how many
    assert "Links set after the records they name had loaded" in text
    assert "Accounts (companies): 2." in text


def test_the_gate_judges_the_links_once_bound(tmp_path: Path) -> None:
    """At the accounts' end one link is unresolved (Initech's C9) and three wait for the
    contacts: within a limit of 1. Once the contacts load, Globex's is refused too, and the
    run stops at the end of the contacts' phase (their files written), naming the accounts'
    link and their file."""
    from d365migrate.run.gates import GateBreached

    with pytest.MonkeyPatch.context() as mp, pytest.raises(GateBreached) as stopped:
        _refusing(mp)
        _run(tmp_path, "later-gate", {"max_unresolved_links": {"primarycontactid": 1}})
    [breach] = stopped.value.breaches
    assert (breach.object, breach.column, breach.count, breach.of) == \
        ("account", "primarycontactid", 2, 4)
    assert breach.file == "unresolved_links/account.csv"
    run = tmp_path / "runs" / "later-gate" / "r1"
    assert _json(run, "phases", "contact.json")["loaded"] == 4
    assert _json(run, "load", "account.json")["links"]["primarycontactid"] == \
        {"named": 4, "unresolved": 2}
    stopped_by = _json(run, "run.json")["gates"]["stopped"]["breaches"]
    assert [(b["object"], b["column"]) for b in stopped_by] == [("account", "primarycontactid")]


def test_a_link_into_a_later_table_waits_for_it_apart_from_the_unresolved() -> None:
    """Counted at the accounts' end, before the contacts load: waiting, listed with that
    reason, and not unresolved (a run stopped before the contacts leaves it so)."""
    from d365migrate.run.gates import link_outcomes

    loaded = pl.DataFrame({"__source_id": ["A1", "A2"], "__source_row": [1, 2],
                           "__ref__primarycontactid": ["C1", None]})
    lookups = [{"target": "primarycontactid", "navigation": "primarycontactid",
                "table": "contact", "source": "primary_contact_id"}]
    counts, rows = link_outcomes(loaded, lookups, lambda t: {}, None, "accounts.csv",
                                 later=lambda t: t == "contact", awaits={"contact"})
    assert counts == {"primarycontactid": {"named": 1, "unresolved": 0, "awaiting": 1}}
    [reason] = rows["reason"].to_list()
    assert "not in the org yet (contact records load after these, and the link is bound " \
           "once they have)" in reason


def test_a_delta_run_binds_a_new_primary_contact_and_its_rollback_restores_the_old(
        tmp_path: Path) -> None:
    """At cutover Acme's Primary Contact is a new person (C5, in the contacts loaded after
    the accounts): the delta run updates Acme, binds C5 once the contacts have loaded, and
    its rollback puts Ada (C1) back, from the prior link the ledger kept, and deletes C5."""
    from d365migrate.run.context import RunContext
    from d365migrate.verify.rollback import rollback_run
    from engagements import mark_succeeded

    first = _run(tmp_path, "later-delta", {"max_unresolved_links": {"primarycontactid": 2}},
                 "20260101T000000000000Z")
    mark_succeeded(first)
    export = tmp_path / "export"
    (export / "accounts.csv").write_text(EXPORT["accounts.csv"].replace("A1,Acme,C1",
                                                                        "A1,Acme,C5"))
    (export / "contacts.csv").write_text(EXPORT["contacts.csv"] +
                                         "C5,Barbara,Liskov,barbara@acme.example,A1\n")
    second = _run(tmp_path, "later-delta", {"max_unresolved_links": {"primarycontactid": 2}},
                  "20260102T000000000000Z")
    assert _json(second, "load", "account.json")["bound_later"] == {"primarycontactid": 1}
    checked = _json(second, "verification.json")["tables"]["account"]
    assert checked["mismatched"] == 0

    def primary() -> dict[str, str | None]:
        ctx = RunContext.open(tmp_path / "parameters.yml", second)
        try:
            people = {r["contactid"]: r["lastname"] for r in ctx.client.query(
                "contacts", select=["contactid", "lastname"])}
            return {r["name"]: people.get(r.get("_primarycontactid_value")) for r in
                    ctx.client.query("accounts", select=["name", "_primarycontactid_value"])}
        finally:
            ctx.client.close()

    assert primary()["Acme"] == "Liskov"
    ctx = RunContext.open(tmp_path / "parameters.yml", second)
    try:
        rollback_run(second, ctx.client, progress=False)
    finally:
        ctx.client.close()
    assert primary()["Acme"] == "Lovelace"
