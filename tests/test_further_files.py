"""Several files of one kind fill one table (issue 13): three address books, two calendars.

Before, the map filled a table from one file and the inventory listed the others as not
moved: the largest single cause of held-out misses. On made-up data: two address books from
two programs (other headers, both numbering their people from 1) and two calendars each get an
entry; a run loads every row into one table without the second book's people updating the
first's, links into the second book land on its own people, each file is reconciled and
verified on its own, and the report names each file's row.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from d365migrate.load.deletions import DeletionDecisions
from d365migrate.load.order import base_unit, file_number, in_load_order, table_of
from d365migrate.mapping.more_files import id_prefix
from d365migrate.report.plain import object_name
from d365migrate.staging.further_ids import link_prefix, prefixed, unprefixed
from engagements import made_up_parameters, mark_succeeded, run_steps


def test_a_further_files_unit_is_named_ordered_and_fills_its_firsts_table():
    assert (base_unit("contact_2"), file_number("contact_2"), table_of("note_3")) \
        == ("contact", 2, "annotation")
    assert (base_unit("activity_note"), file_number("activity_note")) == ("activity_note", 1)
    assert base_unit("whatever_2") == "whatever_2"  # not a unit of the load: its own
    assert in_load_order(["task", "contact_2", "account", "contact_10", "contact"]) \
        == ["account", "contact", "contact_2", "contact_10", "task"]
    assert object_name("contact_2") == "Contacts (people), file 2"
    # a delta's decision for an object holds for its further files, unless they have one
    decisions = DeletionDecisions.parse({"contact": "deactivate", "contact_3": "keep",
                                         "records": {"contact_2/kmail:7": "delete"}})
    assert decisions.of("contact_2", "kmail:1") == "deactivate"
    assert decisions.of("contact_3", "x") == "keep"
    assert decisions.of("contact_2", "kmail:7") == "delete"


def test_a_files_ids_are_prefixed_by_its_name_and_unique():
    assert id_prefix("KMail Adressbuch", set(), 2) == "kmail-adressbuch:"
    assert id_prefix("Адреса", set(), 3) == "file3:"
    assert id_prefix("Book", {"book:"}, 2) == "book-2:"
    ids = pl.Series(["1", None, "2"])
    assert pl.select(prefixed(pl.lit(ids), "kmail:")).to_series().to_list() \
        == ["kmail:1", None, "kmail:2"]
    assert unprefixed(pl.Series(["kmail:1", "kmail:2"]), "kmail:").to_list() == ["1", "2"]
    mapping = {"tables": [{"target": "contact", "source": "book"},
                          {"name": "contact_2", "target": "contact", "source": "kmail",
                           "id_prefix": "kmail:"}]}
    tables = {"book": pl.DataFrame(), "kmail": pl.DataFrame()}
    assert link_prefix(mapping, {"references": "kmail.uid"}, tables) == "kmail:"
    assert link_prefix(mapping, {"references": "book.id"}, tables) is None


def _export(root: Path) -> Path:
    export = root / "export"
    export.mkdir()
    (export / "outlook_contacts.csv").write_text(
        "id,First Name,Last Name,E-mail Address,Business Phone\n"
        "1,Ada,Lovelace,ada@example.org,+44 20 7946 0001\n"
        "2,Alan,Turing,alan@example.org,+44 20 7946 0002\n"
        "3,Grace,Hopper,grace@example.org,+1 202 555 0103\n", encoding="utf-8")
    (export / "kmail_contacts.csv").write_text(
        "id,Given Name,Family Name,Email,Mobile Phone\n"
        "1,Edsger,Dijkstra,edsger@example.nl,+31 6 1234 5678\n"
        "2,Barbara,Liskov,barbara@example.com,+1 617 555 0199\n", encoding="utf-8")
    (export / "calendar_berlin.csv").write_text(
        "id,Subject,Start Date,End Date,All day event,Location,Contact ID\n"
        "m1,Kick-off,2024-03-04 09:00,2024-03-04 10:00,False,Berlin,1\n"
        "m2,Review,2024-03-05 14:00,2024-03-05 15:00,False,Online,2\n", encoding="utf-8")
    (export / "calendar_paris.csv").write_text(
        "id,Subject,Start Date,End Date,All day event,Location\n"
        "m1,Planning,2024-04-01 09:00,2024-04-01 11:00,False,Paris\n", encoding="utf-8")
    return export


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("further")
    params = made_up_parameters(root, _export(root), ["contact", "appointment"], "further",
                                "Made-up address books")
    return run_steps(params, root / "run")


def test_every_file_of_a_kind_gets_an_entry_of_its_own(run: Path) -> None:
    mapping = yaml.safe_load((run / "mapping.yml").read_text(encoding="utf-8"))
    entries = {t.get("name") or t["target"]: t for t in mapping["tables"]}
    assert {u: (t["target"], t["source"], t.get("id_prefix")) for u, t in entries.items()} \
        == {"contact": ("contact", "outlook_contacts", None),
            "contact_2": ("contact", "kmail_contacts", "kmail-contacts:"),
            "appointment": ("appointment", "calendar_berlin", None),
            "appointment_2": ("appointment", "calendar_paris", "calendar-paris:")}
    second = {c["source"]: c["target"] for c in entries["contact_2"]["columns"]}
    assert second["Given Name"] == "firstname" and second["Family Name"] == "lastname"
    assert "file 2 of this kind" in entries["contact_2"]["reason"]
    assert not [u for u in mapping.get("unmatched_sources") or []
                if u["source"] in ("kmail_contacts", "calendar_paris")]


def test_the_second_books_people_are_created_not_merged_into_the_firsts(run: Path) -> None:
    org = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert [(u, o["source"], o["balanced"]) for u, o in org.items()] == [
        ("contact", 3, True), ("contact_2", 2, True), ("appointment", 2, True),
        ("appointment_2", 1, True)]
    staged = pl.read_parquet(run / "staged" / "contact_2.parquet")
    assert sorted(staged["__source_id"].to_list()) == ["kmail-contacts:1", "kmail-contacts:2"]
    checked = json.loads((run / "verification.json").read_text())["tables"]
    assert {u: (v["checked"], v["matched"]) for u, v in checked.items()} == {
        "contact": (3, 3), "contact_2": (2, 2), "appointment": (2, 2), "appointment_2": (1, 1)}


def test_the_report_names_each_files_row(run: Path) -> None:
    from d365migrate.run.context import RunContext
    from d365migrate.run.runner import write_sponsor_report

    ctx = RunContext.open(run.parent / "parameters.yml", run)
    try:
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
    finally:
        ctx.client.close()
    html = (run / "report.html").read_text(encoding="utf-8")
    for name in ("Contacts (people) from outlook_contacts.csv",
                 "Contacts (people) from kmail_contacts.csv",
                 "Meetings from calendar_berlin.csv", "Meetings from calendar_paris.csv"):
        assert name in html
    assert "from another file" not in html  # no file of a kind left behind
    # the verification and spot-check tables name each file's records as What moved does
    verified = html[html.index("Verification: what arrived"):]
    assert "Contacts (people) from kmail_contacts.csv" in verified
    assert "file 2" not in html


def test_the_analyst_leaves_a_further_file_out_and_the_inventory_says_why():
    from d365migrate.mapping.decisions import apply_decisions
    from d365migrate.mapping.mapfile import MappingError

    mapping = {"tables": [{"target": "account", "source": "customers", "columns": []},
                          {"name": "account_2", "target": "account", "source": "platform",
                           "id_prefix": "platform:", "columns": []}],
               "unmatched_sources": []}
    out = apply_decisions(mapping, {"leave_out": {"account_2": "our own account"}})
    assert [t.get("name") or t["target"] for t in out["tables"]] == ["account"]
    assert out["unmatched_sources"] == [{
        "source": "platform", "kind": "account", "left_by": "account_2",
        "reason": "left out by the analyst: our own account"}]
    # decided again (a rerun): nothing more to do; a first file or no such entry: refused
    assert apply_decisions(out, {"leave_out": {"account_2": "our own account"}}) == out
    with pytest.raises(MappingError, match="not a further file's entry"):
        apply_decisions(mapping, {"leave_out": {"account": "no"}})
    with pytest.raises(MappingError, match="no such entry"):
        apply_decisions(mapping, {"leave_out": {"contact_2": "no"}})


def test_people_known_by_their_address_alone_are_named_by_it():
    """Roundcube's list of e-mail addresses, a further contacts file: Dataverse requires a
    contact's last name and the file has only addresses, so the map copies the address
    into it (said, for the person confirming); a file with first names but no last name
    gets no such copy: its contacts are refused, as before, for the analyst to decide."""
    from d365migrate.mapping.propose import _required_copies

    attrs = {"lastname": {"LogicalName": "lastname", "AttributeType": "String",
                          "RequiredLevel": {"Value": "ApplicationRequired"},
                          "DisplayName": {"UserLocalizedLabel": {"Label": "Last Name"}}}}
    emails = [{"target": "emailaddress1", "source": "Primary Email"}]
    [copy] = _required_copies(emails, attrs)
    assert (copy["target"], copy["source"]) == ("lastname", "Primary Email")
    assert "Dataverse requires Last Name" in copy["reason"]
    named = [*emails, {"target": "firstname", "source": "First"}]
    assert _required_copies(named, attrs) == []


def test_a_delta_run_and_a_rollback_keep_each_files_records_apart(tmp_path: Path) -> None:
    """At cutover the export comes again: the second book's changed person is updated and
    its new one created, under its own ids, the first book's people untouched; rolling the
    delta back removes only what it created, rolling the first run back removes every
    record of both books."""
    from d365migrate.run.context import RunContext
    from d365migrate.verify.rollback import rollback_run

    export = _export(tmp_path)
    params = made_up_parameters(tmp_path, export, ["contact"], "further-delta",
                                "Made-up address books")
    runs = tmp_path / "runs" / "further-delta"
    first = run_steps(params, runs / "20260101T000000000000Z")
    mark_succeeded(first)
    (export / "kmail_contacts.csv").write_text(
        "id,Given Name,Family Name,Email,Mobile Phone\n"
        "1,Edsger,Dijkstra,edsger@example.nl,+31 6 9999 0000\n"       # a new phone
        "2,Barbara,Liskov,barbara@example.com,+1 617 555 0199\n"
        "3,Tony,Hoare,tony@example.co.uk,+44 1865 000000\n", encoding="utf-8")  # new
    second = run_steps(params, runs / "20260102T000000000000Z")
    delta = json.loads((second / "delta.json").read_text())
    assert delta["mode"] == "delta"
    got = {u: (o["new"], o["changed"], o["unchanged"]) for u, o in delta["objects"].items()}
    assert got == {"contact": (0, 0, 3), "contact_2": (1, 1, 1)}

    ctx = RunContext.open(params, second)
    try:
        def people() -> dict[str, str]:
            return {r["new_smartdeskid"]: r.get("mobilephone") or r.get("telephone1")
                    for r in ctx.client.query("contacts", select=[
                        "new_smartdeskid", "mobilephone", "telephone1"])}

        now = people()
        assert sorted(now) == ["1", "2", "3", "kmail-contacts:1", "kmail-contacts:2",
                               "kmail-contacts:3"]
        # the delta section names the second book's changes by its file, as every table does
        from d365migrate.run.runner import write_sponsor_report
        write_sponsor_report(ctx.folder, ctx.params, ctx.destination)
        html = (second / "report.html").read_text(encoding="utf-8")
        since = html[html.index("Changes since the last run"):]
        assert "Contacts (people) from kmail_contacts.csv" in since
        assert "file 2" not in html
        assert now["kmail-contacts:1"] == "+31 6 9999 0000" and now["1"] == "+44 20 7946 0001"
        assert rollback_run(second, ctx.client, progress=False)["complete"]
        back = people()
        assert sorted(back) == ["1", "2", "3", "kmail-contacts:1", "kmail-contacts:2"]
        assert back["kmail-contacts:1"] == "+31 6 1234 5678"
        assert rollback_run(first, ctx.client, progress=False)["complete"]
        assert people() == {}
    finally:
        ctx.client.close()


def test_a_link_into_the_second_file_lands_on_its_own_record(tmp_path: Path) -> None:
    """A task names a person of the second book by that book's id: the link carries the
    book's prefix and binds to that person, not to a first-book person of the same id."""
    from d365migrate.run.context import RunContext

    export = tmp_path / "export"
    export.mkdir()
    (export / "contacts.csv").write_text(
        "id,first_name,last_name,email\n1,Ada,Lovelace,ada@example.org\n"
        "2,Alan,Turing,alan@example.org\n", encoding="utf-8")
    (export / "kmail_contacts.csv").write_text(
        "uid,Given Name,Family Name,Email\nk1,Edsger,Dijkstra,edsger@example.nl\n"
        "k2,Barbara,Liskov,barbara@example.com\n", encoding="utf-8")
    (export / "tasks.csv").write_text(
        "id,subject,due_date,person_uid\nt1,Send the paper,2024-03-04,k2\n"
        "t2,Review,2024-03-05,k1\n", encoding="utf-8")
    params = made_up_parameters(tmp_path, export, ["contact", "task"], "further-links",
                                "Made-up address books")
    run = run_steps(params, tmp_path / "run")
    mapping = yaml.safe_load((run / "mapping.yml").read_text(encoding="utf-8"))
    (task,) = [t for t in mapping["tables"] if t["target"] == "task"]
    assert [lk["references"] for lk in task["lookups"]] == ["kmail_contacts.uid"]
    staged = pl.read_parquet(run / "staged" / "task.parquet").sort("__source_id")
    refs = [c for c in staged.columns if c.startswith("__ref__")]
    assert staged[refs[0]].to_list() == ["kmail-contacts:k2", "kmail-contacts:k1"]
    ctx = RunContext.open(params, run)
    try:
        people = {r["contactid"]: r["lastname"] for r in ctx.client.query(
            "contacts", select=["contactid", "lastname"])}
        tasks = {r["subject"]: r["_regardingobjectid_value"] for r in ctx.client.query(
            "tasks", select=["subject", "_regardingobjectid_value"])}
    finally:
        ctx.client.close()
    assert {s: people[i] for s, i in tasks.items()} == {"Send the paper": "Liskov",
                                                        "Review": "Dijkstra"}
    assert json.loads((run / "reconciliation.json").read_text())["balanced"]


def test_a_file_sharing_some_people_moves_and_says_so_one_repeating_them_does_not():
    """Nearly all of a file's people in an earlier file: a copy, not moved twice (Horde's
    one person in four programs' books). Some of them: an upsert or a second list with new
    people, it moves, and the map says how many arrive twice unless it is left out."""
    from d365migrate.mapping.more_files import not_further, overlap_note

    cols = [{"target": "emailaddress1", "source": "email"},
            {"target": "lastname", "source": "last"}]
    frames = {"book": pl.DataFrame({"email": ["a@x.org", "b@x.org", "c@x.org"],
                                    "last": ["A", "B", "C"]}),
              "copy": pl.DataFrame({"email": ["A@x.org ", "b@x.org"], "last": ["A", "B"]}),
              "more": pl.DataFrame({"email": ["c@x.org", "d@x.org", "e@x.org"],
                                    "last": ["C", "D", "E"]})}
    first = {"target": "contact", "source": "book", "columns": cols}
    copy = {"target": "contact", "source": "copy", "columns": cols}
    more = {"target": "contact", "source": "more", "columns": cols}
    assert not_further(copy, first, frames, 0.9) == (
        "its rows are the records of 'book' again (2 of 2 alike by emailaddress1): a report "
        "or a copy of that file, not moved twice")
    assert not_further(more, first, frames, 0.9) is None
    assert overlap_note(more, [first], frames) == (
        "1 of its 3 records are also in 'book' (alike by emailaddress1): they arrive twice "
        "unless this file is left out (mapping.decisions.leave_out)")
    assert overlap_note(first, [more], frames) is not None and overlap_note(
        more, [copy], frames) is None
