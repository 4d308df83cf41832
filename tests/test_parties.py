"""Activity parties: from/to/cc of emails, caller and callee of calls, organizer and attendees
of meetings, each address resolved to the contact, user, account or lead with that email, else
kept as the address used; a re-run adds none; rollback removes them.

A sample export (scale 0.3) is written, then given what a real export has and the sample lacks:
callers and callees on calls, organizers and attendees on meetings, Cc on emails, addresses in
other case and with spaces, a ``Name <address>`` form and addresses no record has. It goes
through the real steps into the embedded emulator; the org is read back with
``$expand=<table>_activity_parties`` and compared with the export row by row.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from d365migrate.demo.sample_export import write_sample_export
from d365migrate.load.identity import stored_source_id
from d365migrate.load.parties import PartyBodies, PartyIndex
from d365migrate.mapping.history import party_addresses
from d365migrate.run.runner import run
from d365migrate.verify.rollback import rollback_run
from engagements import demo_parameters

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb",
             "04_load.ipynb"]
ENGAGEMENT = "parties"
MASKS = {"email": {"from_email": 1, "to_emails": 2, "cc_emails": 3},
         "call": {"from_email": 1, "to_emails": 2},
         "meeting": {"from_email": 7, "to_emails": 5, "cc_emails": 6},
         "message": {"from_email": 1, "to_email": 2}}
NOBODY = "Nobody.Known@nowhere-{}.example"


# -- unit: staging's party column and the resolver -----------------------------------------
def test_party_addresses_split_trim_and_read_names() -> None:
    df = pl.DataFrame({"f": [" A@x.com ", None, "Bo <b@y.com>"],
                       "t": ["c@x.com; d@x.com;;", " ", "c@x.com;c@x.com"]})
    out = df.select(party_addresses([{"source": "f", "mask": 1, "split": ";"},
                                     {"source": "t", "mask": 2, "split": ";"}]).alias("p"))
    assert out["p"].to_list() == [
        [{"mask": 1, "address": "A@x.com"}, {"mask": 2, "address": "c@x.com"},
         {"mask": 2, "address": "d@x.com"}],
        [],
        [{"mask": 1, "address": "b@y.com"}, {"mask": 2, "address": "c@x.com"}]]


def test_resolution_prefers_contacts_then_users_and_only_unique_matches() -> None:
    index = PartyIndex(
        entity_sets={"contact": "contacts", "systemuser": "systemusers",
                     "account": "accounts", "lead": "leads"},
        by_address={"contact": {"c@x.com": {"c1"}, "twice@x.com": {"c2", "c3"},
                                "both@x.com": {"c4"}},
                    "systemuser": {"both@x.com": {"u1"}, "u@x.com": {"u2"}},
                    "account": {"a@x.com": {"a1"}}, "lead": {"l@x.com": {"l1"}}})
    bodies = PartyBodies(index, "email")
    got = bodies.bodies("s1", [{"mask": 1, "address": " C@X.com"},
                               {"mask": 2, "address": "both@x.com"},
                               {"mask": 2, "address": "u@x.com"},
                               {"mask": 3, "address": "a@x.com"},
                               {"mask": 3, "address": "l@x.com"},
                               {"mask": 2, "address": "twice@x.com"},
                               {"mask": 2, "address": "who@x.com "}])
    assert got == {"email_activity_parties": [
        {"partyid_contact@odata.bind": "/contacts(c1)", "participationtypemask": 1},
        {"partyid_contact@odata.bind": "/contacts(c4)", "participationtypemask": 2},
        {"partyid_systemuser@odata.bind": "/systemusers(u2)", "participationtypemask": 2},
        {"partyid_account@odata.bind": "/accounts(a1)", "participationtypemask": 3},
        {"partyid_lead@odata.bind": "/leads(l1)", "participationtypemask": 3},
        {"addressused": "twice@x.com", "participationtypemask": 2},
        {"addressused": "who@x.com", "participationtypemask": 2}]}
    assert bodies.counts["resolved"] == 0  # nothing counted until the record lands
    bodies.landed(["s1"])
    assert bodies.counts == {"resolved": 5, "as_address": 2, "ambiguous": 1,
                             "resolved_by_table": {"account": 1, "contact": 2, "lead": 1,
                                                   "systemuser": 1}}


# -- the run ---------------------------------------------------------------------------------
def augment(export: Path) -> None:
    """Give calls and meetings their people and emails a Cc, as a real export has them."""
    acts = pl.read_csv(export / "activities.csv", infer_schema=False)
    contacts = pl.read_csv(export / "contacts.csv", infer_schema=False)
    users = pl.read_csv(export / "users.csv", infer_schema=False)["email"].to_list()
    email_of = dict(zip(contacts["contact_id"].to_list(), contacts["email"].to_list(),
                        strict=True))
    rows = []
    for i, row in enumerate(acts.iter_rows(named=True)):
        kind, contact = row["type"], email_of.get(row["contact_id"] or "")
        row["cc_emails"] = None
        if kind in ("call", "meeting"):
            row["from_email"] = row["owner_email"] if i % 5 else users[i % len(users)].upper()
            others = [f" {contact} " if contact and i % 3 else contact] if contact else []
            if i % 4 == 0:
                others.append(NOBODY.format(i))
            if kind == "meeting" and i % 2:
                others.append(users[(i + 1) % len(users)])
            row["to_emails"] = ";".join(o for o in others if o) or None
        if kind == "meeting" and i % 3 == 0:
            row["cc_emails"] = f"Guest {i} <guest{i}@nowhere.example>"
        if kind == "email" and i % 2:
            row["cc_emails"] = ";".join([users[i % len(users)], NOBODY.format(i)])
        rows.append(row)
    pl.DataFrame(rows, schema={c: pl.Utf8 for c in [*acts.columns, "cc_emails"]}).write_csv(
        export / "activities.csv")


def parameters(root: Path) -> Path:
    return demo_parameters(root, ENGAGEMENT, seed=11)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parties")
    export = root / "runs" / ENGAGEMENT / "export"
    write_sample_export(export, seed=11, scale=0.3)
    augment(export)
    return root


@pytest.fixture(scope="module")
def first(project: Path) -> Path:
    mp = pytest.MonkeyPatch()
    mp.delenv("DATAVERSE_URL", raising=False)
    try:
        yield run(parameters(project), notebooks=NOTEBOOKS, progress=False)
    finally:
        mp.undo()


def export(project: Path, name: str) -> pl.DataFrame:
    return pl.read_csv(project / "runs" / ENGAGEMENT / "export" / f"{name}.csv",
                       infer_schema=False)


def client_for(run_dir: Path):
    from d365migrate.dataverse.destination import Destination, connect

    run_json = json.loads((run_dir / "run.json").read_text())
    return connect(Destination(**run_json["destination"]))


def load_json(run_dir: Path, unit: str) -> dict:
    return json.loads((run_dir / "load" / f"{unit}.json").read_text())


def org_parties(client, entity_set: str, table: str) -> dict[str, list[dict]]:
    """Source id -> the record's parties, read back with $expand."""
    nav = f"{table}_activity_parties"
    return {rec["new_smartdeskid"]: rec[nav]
            for rec in client.query(entity_set, select=["activityid", "new_smartdeskid"],
                                    expand=nav)}


def org_index(client) -> dict[str, dict[str, set[str]]]:
    """Every email address of the loaded contacts, accounts, leads and of every user."""
    out: dict[str, dict[str, set[str]]] = {}
    for es, pk, cols, loaded in (
            ("contacts", "contactid", ["emailaddress1", "emailaddress2", "emailaddress3"], True),
            ("systemusers", "systemuserid", ["internalemailaddress"], False),
            ("accounts", "accountid", ["emailaddress1"], True),
            ("leads", "leadid", ["emailaddress1"], True)):
        found = out.setdefault(es, {})
        for rec in client.query(es, filter="new_smartdeskid ne null" if loaded else None):
            for c in cols:
                if rec.get(c):
                    found.setdefault(rec[c].strip().lower(), set()).add(rec[pk])
    return out


def expected_parties(row: dict, masks: dict[str, int], index: dict) -> list[tuple[int, str]]:
    """(mask, record id or 'address:<address>') for every address of the row's columns."""
    out: list[tuple[int, str]] = []
    for column, mask in masks.items():
        for raw in (row.get(column) or "").split(";"):
            text = raw.strip()
            named = re.search(r"<([^<>\s]+@[^<>\s]+)>", text)
            address = named.group(1) if named else text
            if not address:
                continue
            target = f"address:{address}"
            for es in ("contacts", "systemusers", "accounts", "leads"):
                ids = index[es].get(address.lower())
                if ids:
                    target = next(iter(ids)) if len(ids) == 1 else target
                    break
            if (mask, target) not in out:
                out.append((mask, target))
    return out


def actual_parties(parties: list[dict]) -> list[tuple[int, str]]:
    return [(p["participationtypemask"], p["_partyid_value"] or f"address:{p['addressused']}")
            for p in parties]


def check_rows(rows: pl.DataFrame, id_of, org: dict[str, list[dict]], masks: dict[str, int],
               index: dict) -> tuple[int, int, int]:
    """Every row in the org has exactly its export's parties; (rows, resolved, addresses)."""
    checked = resolved = addresses = 0
    for row in rows.iter_rows(named=True):
        parties = org.get(id_of(row))
        if parties is None:  # quarantined or failed: its own accounting says so
            continue
        want = expected_parties(row, masks, index)
        assert sorted(actual_parties(parties)) == sorted(want), (id_of(row), row)
        checked += 1
        resolved += sum(1 for _, t in want if not t.startswith("address:"))
        addresses += sum(1 for _, t in want if t.startswith("address:"))
    return checked, resolved, addresses


def test_every_address_is_a_party_with_its_role(first: Path, project: Path) -> None:
    acts = export(project, "activities")
    messages = export(project, "ticket_messages")
    with client_for(first) as client:
        index = org_index(client)
        emails = org_parties(client, "emails", "email")
        calls = org_parties(client, "phonecalls", "phonecall")
        meetings = org_parties(client, "appointments", "appointment")
    totals = {}
    for kind, org in (("email", emails), ("call", calls), ("meeting", meetings)):
        rows = acts.filter(pl.col("type") == kind)
        checked, res, addr = check_rows(rows, lambda r: r["activity_id"], org, MASKS[kind],
                                        index)
        assert checked >= 0.8 * rows.height and res and addr, (kind, checked, res, addr)
        totals[kind] = (res, addr)
    checked, res, addr = check_rows(
        messages, lambda r: stored_source_id("case_email", "email", r["message_id"]), emails,
        MASKS["message"], index)
    assert checked >= 0.8 * messages.height and res, (checked, res)
    totals["message"] = (res, addr)
    for unit, kind in (("email", "email"), ("phonecall", "call"), ("appointment", "meeting"),
                       ("case_email", "message")):
        counts = load_json(first, unit)["parties"]
        assert (counts["resolved"], counts["as_address"]) == totals[kind], (unit, counts)


def test_parties_name_the_right_kind_of_record(first: Path, project: Path) -> None:
    """A user's address binds the user, a contact's the contact, an unknown one stays text."""
    acts = export(project, "activities").filter(pl.col("type") == "email")
    users = export(project, "users")
    with client_for(first) as client:
        user_ids = {r["internalemailaddress"].lower(): r["systemuserid"]
                    for r in client.query("systemusers") if r.get("internalemailaddress")}
        emails = org_parties(client, "emails", "email")
    seen_user = seen_unknown = 0
    for row in acts.iter_rows(named=True):
        parties = emails.get(row["activity_id"])
        if not parties or not row["cc_emails"]:
            continue
        cc = [p for p in parties if p["participationtypemask"] == 3]
        user, nobody = row["cc_emails"].split(";")
        assert user in users["email"].to_list()
        assert any(p["_partyid_value"] == user_ids[user.lower()] for p in cc), row
        assert any(p["addressused"] == nobody and p["_partyid_value"] is None for p in cc)
        seen_user += 1
        seen_unknown += 1
    assert seen_user and seen_unknown


def test_parties_go_by_batch_change_sets(first: Path) -> None:
    """CreateMultiple documents no deep insert: a table with parties is created by $batch."""
    for unit in ("email", "appointment", "phonecall", "case_email"):
        stats = load_json(first, unit)["throughput"]
        assert "create" in stats["via_batch"], (unit, stats["via_batch"])
    assert load_json(first, "task")["parties"] is None


def test_rerun_adds_no_party_and_rollback_removes_them(first: Path, project: Path) -> None:
    with client_for(first) as client:
        before = client.count("activityparties", "activitypartyid")
    assert before > 0
    second = run(project / "parameters" / f"{ENGAGEMENT}.yml", notebooks=NOTEBOOKS,
                 progress=False, full=True)  # every record again (a delta would send none)
    for unit in ("email", "phonecall", "appointment", "case_email"):
        again = load_json(second, unit)
        assert again["created"] == 0 and again["updated"] > 0, (unit, again)
        assert (again["parties"]["resolved"], again["parties"]["as_address"]) == (0, 0)
    with client_for(first) as client:
        assert client.count("activityparties", "activitypartyid") == before
    rollback_run(second, progress=False)
    assert rollback_run(first, progress=False)["complete"]
    with client_for(first) as client:
        assert client.count("activityparties", "activitypartyid") == 0
        for es in ("emails", "phonecalls", "appointments"):
            assert client.count(es, "activityid") == 0, es
