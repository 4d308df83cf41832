"""Rules added after measuring keys52's held-out export (issue 13: GLPI's test dataset), on
made-up data so they run where the public data is absent: a one-record file whose reference
every other file shares is no tenant; a file of a record's tasks links that record by its id;
a user named for the work (the technician, the assignee) owns the task over a bare user id
holding the same value; a knowledge base's items are no products."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import Export
from d365migrate.intake.tenant_files import tenant_files
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

ENTITY = "_main_entity"


def _scoped(n: int, **cols: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"id": [str(i) for i in range(1, n + 1)],
                         "name": [f"record {i}" for i in range(1, n + 1)],
                         "entities_id": [ENTITY] * n, **cols})


def test_a_reference_every_file_shares_is_no_tenant_of_the_one_record() -> None:
    contact = pl.DataFrame({"id": ["1"], "name": ["Durand"], "firstname": ["Anne"],
                            "email": ["anne.durand@example.org"], "entities_id": [ENTITY]})
    tables = {"Contact": contact, "Group": _scoped(2), "Supplier": _scoped(3),
              "User": _scoped(2)}
    assert tenant_files(tables, {"Contact": "contact"}) == {}
    # the one record's own id on every row of three other files, under another name: the
    # tenant still
    account = pl.DataFrame({"sid": ["AC0001"], "friendly_name": ["My first account"]})
    calls = {f"f{i}": pl.DataFrame({"sid": [f"CA{i}1", f"CA{i}2"],
                                    "account_sid": ["AC0001", "AC0001"]}) for i in range(3)}
    assert list(tenant_files({"accounts": account, **calls}, {"accounts": "account"})) == [
        "accounts"]


def test_a_file_of_a_records_tasks_links_that_record() -> None:
    tasks = pl.DataFrame({"id": ["1", "2"], "tickets_id": ["40", "41"],
                          "content": ["Call the user back", "Replace the drive"]})
    for name in ("TicketTask", "ticket_tasks", "Tasks"):
        got = suggest_columns(tasks, DEFS["task"], source_object=name)
        assert _top(got, "tickets_id") == "regardingobjectid", name


def test_the_technician_owns_the_task_over_its_writer() -> None:
    tasks = pl.DataFrame({"id": ["1", "2"], "users_id": ["ana", "ana"],
                          "users_id_tech": ["ana", "ana"],
                          "content": ["Call the user back", "Replace the drive"]})
    got = suggest_columns(tasks, DEFS["task"], source_object="TicketTask")
    assert _top(got, "users_id_tech") == "ownerid" and _top(got, "users_id") is None
    for name in ("assignee_id", "technician_id"):
        other = tasks.rename({"users_id_tech": name}).with_columns(
            pl.Series("users_id", ["bo", "cy"]))
        assert _top(suggest_columns(other, DEFS["task"], source_object="tasks"), name) \
            == "ownerid", name


def test_a_knowledge_base_item_is_no_product() -> None:
    articles = pl.DataFrame({"id": ["1", "2"], "name": ["Reset a password", "VPN access"],
                             "answer": ["Open the portal...", "Install the client..."],
                             "is_faq": ["0", "1"], "date": ["2016-11-17", "2016-11-18"]})
    for name in ("KnowbaseItem", "kb_items", "faq_items"):
        kinds = {o.source: o.name for o in discover(Export(Path("."), {name: articles})).objects}
        assert kinds[name] != "product", name
