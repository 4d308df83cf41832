"""keys498's public export runs end to end from its parameters file, decisions only
(issue 13): Flowlu (activepieces/activepieces, MIT; the Flowlu piece, a client of Flowlu's
REST API), the fixed sample records of the piece's four triggers -- one CRM account (the
contact 'Ms. AP-TEST-Jane Doe'), one opportunity ('AP-TEST-Deal-AI', lost), one task
('AP-TEST-Task-AI', completed) and one project -- as Flowlu's API returns them, headed by the
piece's field labels ('Account ID', 'Expected Close Date', 'Started At'), in English
(tests/data/exports/flowlu-export-en; SOURCE.md), on the branch-point engine 70bec93d
(session 60, round Z31). Same harness as tests/test_public_end_to_end.py (the shared runner
``runs_once``, through conftest's ``runs``).

The CRM account loads as a contact keyed by Flowlu's id: first, middle and last name,
e-mail, the primary and second phones, the billing address (address 1), the shipping address
(address 2), the creation time. The opportunity loads keyed by its id, its customer the
contact that its 'Contact Email' names (also its contact), with its name, amount, expected
and actual close dates and description, and is closed as Lost (Canceled) at the first step.
The task loads keyed by its id, completed (status 5), high priority (3), with planned start,
deadline, actual start and end; its CRM account (18) is not in the export: the link is left
empty, the task kept. The project stays in Flowlu (no Sales table). Nothing quarantined,
skipped, failed or cleared; verification finds no column differing.

The parameters decide: the file of CRM accounts a contact list (discovery named it account:
the measured file and propose misses), the keys (Flowlu's ids), no owner column (the user ids
are Flowlu numbers), the deal's close date and the task's actual start (the two misses of
both modes), the opportunity's customer by the contact's e-mail, the task's status and
priority codes, and the one pipeline stage ('2', where the lost deal stands).

What is NOT read (left unmapped): an account's type, display and legal names, category,
industry and honorific ids, VAT, Telegram, Skype and social links, active flag, update
time; a deal's pipeline and source ids, start date, loss reason id, closing comment, the
contact's name, phone, company and position; a task's type, owner and assignee ids, workflow
and its status id, linked module, object type and id, parent, the two approval flags, the
estimated and spent times; projects.csv whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    verified_columns,
)

NAME = "flowlu-export-en"
CONTACT = {"statecode": "Active",  # session 64: the contact's active flag, its state
           "firstname": "First Name", "middlename": "Middle Name", "lastname": "Last Name",
           "emailaddress1": "Email", "telephone1": "Phone", "telephone2": "Phone 2",
           "telephone3": "Phone 3", "websiteurl": "Website", "description": "Description",
           "address1_country": "Billing Country", "address1_stateorprovince": "Billing State",
           "address1_city": "Billing City", "address1_postalcode": "Billing Postal Code",
           "address1_line1": "Billing Address", "address2_country": "Shipping Country",
           "address2_city": "Shipping City", "address2_line1": "Shipping Address",
           "overriddencreatedon": "Created At"}
DEAL = {"name": "Name", "estimatedvalue": "Amount", "estimatedclosedate": "Expected Close Date",
        "actualclosedate": "Close Date", "description": "Description",
        "overriddencreatedon": "Created At"}
TASK = {"subject": "Name", "description": "Description", "statuscode": "Status",
        "prioritycode": "Priority", "scheduledstart": "Start Date", "scheduledend": "Deadline",
        "actualstart": "Started At", "actualend": "Completed At",
        "overriddencreatedon": "Created At"}


def _issues(run_dir: Path, kind: str, table: str) -> list[dict]:
    return pl.read_csv(run_dir / kind / f"{table}.csv", infer_schema=False).to_dicts()


def test_flowlu_contact_deal_task_load(runs: Callable[[str], Path]) -> None:
    """The CRM account loads as a contact, the deal as an opportunity of that contact closed
    as Lost, the task completed with its CRM account link left empty; the project stays in
    Flowlu; nothing is held back and nothing differs."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "contact": ("accounts", 1, 1, 0, 0, 0, 0, 0),
        "opportunity": ("opportunities", 1, 1, 0, 0, 0, 0, 1),
        "task": ("tasks", 1, 1, 0, 0, 0, 0, 1)}
    assert out["opportunity"]["closed_as"] == {"Lost": 1}
    assert out["task"]["closed_as"] == {"Completed": 1}
    assert out["task"]["links_left"] == {"regardingobjectid": 1}   # account 18: not exported
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "accounts": ("contact", {"contact": 1}, True),
        "opportunities": ("deal", {"opportunity": 1}, True),
        "tasks": ("task", {"task": 1}, True),
        "projects": ("unknown", {}, False)}
    assert "projects the business works on, which no Sales table holds" in files[
        "projects"]["reason"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"contact", "opportunity", "task"}
    contact, deal, task = tables["contact"], tables["opportunity"], tables["task"]
    assert (contact["source"], contact["source_key"]) == ("accounts", "key(Account ID)")
    assert {c["target"]: c["source"] for c in contact["columns"]} == CONTACT
    assert {"Account Type", "Name", "VAT or Tax ID", "Owner User ID"} <= set(
        contact["unmapped"])
    assert (deal["source"], deal["source_key"]) == ("opportunities", "key(Opportunity ID)")
    deal_cols = {c["target"]: c["source"] for c in deal["columns"]}
    assert {k: deal_cols.get(k) for k in DEAL} == DEAL
    assert [(lk["target"], lk["source"], lk["table"], lk.get("required"))
            for lk in deal["lookups"]] == [
        ("parentcontactid", "Contact Email", "contact", None),
        ("customerid", "Contact Email", "contact", True)]
    assert {"Pipeline ID", "Loss Reason ID", "Closing Comment", "Start Date"} <= set(
        deal["unmapped"])
    assert (task["source"], task["source_key"]) == ("tasks", "key(Task ID)")
    assert {c["target"]: c["source"] for c in task["columns"]} == TASK
    assert {"CRM Account ID", "Linked Object ID", "Workflow Status ID"} <= set(
        task["unmapped"])
    assert not any(t.get("owner") for t in tables.values())
    assert [(u["source"], u["kind"]) for u in mapping["unmatched_sources"]] == [
        ("projects", "unknown")]

    for table in ("contact", "opportunity", "task"):
        for kind in ("quarantine", "skipped", "failed", "cleared"):
            assert not _issues(run_dir, kind, table), (table, kind)

    contacts = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert contacts.select(list(CONTACT)).rows() == [
        (0, "AP-TEST-Jane", None, "Doe", "jane@example.com", "+15550101", "+15550199")
        + (None,) * 11 + ("2026-10-01T07:01:33Z",)]
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert deals.select(*DEAL, "salesstage", "statecode", "statuscode").rows() == [
        ("AP-TEST-Deal-AI", 1500.0, "2026-11-30T00:00:00Z", "2026-10-01T00:00:00Z", "test",
         "2026-10-01T07:02:29Z", 0, 2, 4)]
    # the deal's customer and contact: the contact loaded from the account with that e-mail
    the_contact = contacts["__source_id"][0]
    assert deals["__ref__customerid_contact"].to_list() == [the_contact]
    assert deals["__ref__parentcontactid"].to_list() == [the_contact]
    tasks = pl.read_parquet(run_dir / "staged" / "task.parquet")
    assert tasks.select(list(TASK)).rows() == [
        ("AP-TEST-Task-AI", None, 5, 2, "2026-10-02T12:00:00Z", "2026-10-05T20:00:00Z",
         "2026-10-01T07:04:53Z", "2026-10-01T07:04:53Z", "2026-10-01T07:04:09Z")]

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["contact"]) == set(CONTACT)
    assert set(DEAL) | {"customerid", "parentcontactid", "statecode", "statuscode"} <= set(
        verified["opportunity"])
    assert set(verified["task"]) == set(TASK)
    assert not any(v for table in verified.values() for v in table.values())
