"""Rules added after measuring keys96's two help desks held out (issue 13, session 25), on
made-up data so they run where the public data is absent: a users file's 'roles' column
(Customer / Agent) splits customers from staff, and a Customer role is a sign-in role, no
contact's role at an account; a ticket's bare name beside its subject is who wrote in, the
subject its title; a remark column beside a record's own name is no note."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.remark_columns import remark_of_named_record
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.user_roles import role_split
from d365migrate.mapping.value_vetoes import sign_in_roles
from tuning_support import DEFS, top

PEOPLE = pl.DataFrame({
    "id": ["1", "2", "3", "4"], "login": ["ana", "bo", "cy", "di"],
    "firstname": ["Ana", "Bo", "Cy", "Di"], "lastname": ["Ray", "Lee", "Fox", "Orr"],
    "email": ["ana@x.example", "bo@y.example", "cy@z.example", "di@help.example"],
    "roles": ["Customer", "Customer", "Customer", "Agent"]})
FORMS = pl.DataFrame({
    "name": ["Jo Ames", "Kit Bell"], "email": ["jo@a.example", "kit@b.example"],
    "source": ["Web", "Email"], "subject": ["Cannot print", "Refund please"],
    "message": ["The printer jams", "I was charged twice"]})
QUEUES = pl.DataFrame({
    "id": ["1", "2", "3"], "name": ["Users", "Billing", "Hardware"],
    "note": ["Standard pool for tickets.", "Invoices and refunds", "Printers and laptops"],
    "created_by_id": ["1", "1", "1"]})


def test_a_roles_column_of_customer_and_agent_splits_the_users_file() -> None:
    split = role_split(PEOPLE)
    assert split is not None and split.column == "roles"
    assert (split.customers, split.staff) == (("Customer",), ("Agent",))


def test_a_customer_role_is_a_sign_in_role_no_role_at_an_account() -> None:
    assert sign_in_roles(("Customer",))
    assert sign_in_roles(("Customer", "Agent", "Admin"))
    assert not sign_in_roles(("Decision Maker", "Customer"))
    sugg = suggest_columns(PEOPLE.filter(pl.col("roles") == "Customer"), DEFS["contact"])
    assert top(sugg, "roles") != "accountrolecode"


def test_a_tickets_name_beside_its_subject_is_the_customer_the_subject_its_title() -> None:
    sugg = suggest_columns(FORMS, DEFS["incident"])
    assert top(sugg, "subject") == "title"
    assert top(sugg, "name") == "customerid"
    # no subject: the name is the case's title, as before
    named = suggest_columns(FORMS.drop("subject"), DEFS["incident"])
    assert top(named, "name") == "title"


def test_a_remark_beside_a_records_own_name_is_no_note() -> None:
    assert remark_of_named_record({"id", "name", "note", "createdbyid"})
    assert not remark_of_named_record({"id", "note", "parentid", "createdbyid"})
    assert not remark_of_named_record({"id", "title", "body", "note"})
    kinds = {o.source: o.name for o in discover(
        Export(root=Path("."), tables={"groups": QUEUES})).objects}
    assert kinds["groups"] != "note"
