"""keys289's public exports run end to end from their parameters files, decisions only
(issue 13): Request Tracker (Best Practical's open-source ticketing system, GPL-2.0), the
records of its own repository (a fresh install's initial data, the test initial data's
queues and user, one ticket per test e-mail piped into the General queue: 17 tickets, 14
users, 3 queues) as its spreadsheet export writes them, headed by its UI labels in English,
German, French and Russian (tests/data/exports/requesttracker-export-en, -de, -fr, -ru;
SOURCE.md), run on the branch-point engine 7c17aa14 (session 43, round Q), brought up to the
engine's session-43 rules (C asctime dates read: English's 'Created' is now the case's
created-on). Same harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the columns the run
does NOT read, which must not arrive), then what is special to each. In all four the 14
users load as contacts (the parameters' intake line: discovery names the file users), their
login name as the last name (RT's 'Real Name' is not read), the e-mail where it is one
(root@localhost and testuser1@somewhere are cleared, listed in cleared/contact.csv). RT
writes a ticket's requestor as its display of the person, a mailbox ('Jim Brandt
<user1@example.com>'): read by the address inside (session 44, intake/mailbox_values), 14
tickets load, each case's customer the contact of that address; the 3 whose requestor is
RT's 'root (Enoch Root)' (a login and a real name, no address) name no contact and are held
back, a case's customer being required (quarantine/incident.csv, one reason per ticket, the
run going on by the parameters' gate). The queues are not moved (kind unknown).

What is not read (left unmapped by the engine, or read as another column), by language:
- all: the users' real name, organization, pager, Unix login, language, time zone and
  free-form info; the tickets' number (the source key only, no case number), queue, told,
  last updated, resolved, due and time left.
- en: nothing more: 'Created' (RT's 'Thu Dec 11 07:17:45 2003', C's asctime) is read as the
  case's created-on (overriddencreatedon), the wall clock as written ('2003-12-11T07:17:45Z':
  RT writes it in its America/New_York zone, which the export does not say and the
  parameters do not set); the owner 'Nobody in particular' is read as the owner.
- de, fr, ru: the creation date ('Erstellt', 'Créé', 'Создана': the day and month names
  translated) is not read.
- de: the home and work phones 'Privat', 'Arbeit' (empty in every row).
- fr: the owner 'Intervenant'.
- ru: the nickname 'Псевдоним' (empty); the ticket's 'Контакт' (Told: 'Не установлено' in
  every row) read as the case's contact, left unresolved.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from d365migrate.intake.values import ValueFormat
from d365migrate.staging.stage import convert
from test_public_end_to_end import (
    assert_true_counts,
    discovered_without_intake,
    inventory_files,
    one_row,
    outcomes,
    verified_columns,
)
from test_public_exports import _export_dir

#: Jim Brandt, the requestor of tickets 2 and 3, autocreated by the mail gateway
JIM = {"__source_id": "user1@example.com", "lastname": "user1@example.com",
       "emailaddress1": "user1@example.com"}
#: root (etc/initialdata): its address has no domain a Dataverse e-mail takes: cleared
ROOT = {"__source_id": "root", "lastname": "root", "emailaddress1": None}
#: the users' columns the engine reads in every language (all empty in every row)
EMPTY = ("mobilephone", "address1_line1", "address1_line2", "address1_city",
         "address1_stateorprovince", "address1_postalcode", "address1_country")
#: the tickets' columns no language reads
TICKET_UNREAD = ("ticketnumber", "resolveby", "followupby")

# per language: the requestor's column, whether the owner is read (the case's
# __owner_email), whether the creation date is read (overriddencreatedon) and the contact's
# columns not read
LANGS: dict[str, dict[str, Any]] = {
    "requesttracker-export-en": {"requestor": "Requestor", "owner": True, "created": True,
                                 "contact_unread": ()},
    "requesttracker-export-de": {"requestor": "Auftraggeber", "owner": True, "created": False,
                                 "contact_unread": ("telephone1", "telephone2")},
    "requesttracker-export-fr": {"requestor": "Demandeur", "owner": False, "created": False,
                                 "contact_unread": ()},
    "requesttracker-export-ru": {"requestor": "Автор заявки", "owner": True, "created": False,
                                 "contact_unread": ("nickname",)},
}


@pytest.mark.parametrize("name", list(LANGS))
def test_rt_users_load_and_tickets_held_back(name: str, runs: Callable[[str], Path]) -> None:
    """14 contacts load from the users, nothing held back; 14 tickets load, each linked to
    the contact of its requestor's address, the 3 of 'root (Enoch Root)' held back; two
    users' addresses cleared; the columns not read are absent; verification finds no
    column differing; queues not moved."""
    run_dir = runs(name)
    want = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"contact": ("users", 14, 14, 0, 0, 0),
                             "incident": ("tickets", 17, 14, 3, 0, 0)}
    staged = run_dir / "staged"
    contacts = pl.read_parquet(staged / "contact.parquet")
    assert {k: one_row(contacts, "__source_id", "user1@example.com").get(k) for k in JIM} == JIM
    assert {k: one_row(contacts, "__source_id", "root").get(k) for k in ROOT} == ROOT
    assert contacts["lastname"].to_list()[:4] == ["RT_System", "Nobody", "root", "testuser1"]
    for column in EMPTY:
        assert contacts[column].null_count() == contacts.height, column
    # RT's real name, organization, Unix login... arrive nowhere
    assert "fullname" not in contacts.columns and "parentcustomerid" not in contacts.columns
    assert not contacts.select(pl.any_horizontal(
        pl.col(pl.String).fill_null("").str.contains("Jim Brandt"))).to_series().any()
    for unread in want["contact_unread"]:
        assert unread not in contacts.columns, unread
    cleared = pl.read_csv(run_dir / "cleared" / "contact.csv", infer_schema=False)
    assert cleared.select("source_id", "target", "value").rows() == [
        ("root", "emailaddress1", "root@localhost"),
        ("testuser1", "emailaddress1", "testuser1@somewhere")]

    # the requestor read by the address of RT's 'Real Name <e-mail>' display; root's
    # 'root (Enoch Root)' (login and real name) names no contact: held back
    held = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert set(held["column"]) == {want["requestor"]}
    assert held["source_id"].to_list() == ["8", "12", "13"]
    assert set(held["value"]) == {"root (Enoch Root)"}
    assert held["reason"].to_list()[0] == ("no customerid: 'root (Enoch Root)' is not a "
                                           "contact of the export")
    cases = pl.read_parquet(staged / "incident.parquet")
    assert cases.height == 14
    assert {"title", "statuscode", "prioritycode", "__ref__customerid_contact"} <= set(
        cases.columns)
    jim = one_row(cases, "__source_id", "2")
    assert jim["title"] == "This is another test"
    assert jim["__ref__customerid_contact"] == "user1@example.com"
    assert set(cases["__ref__customerid_contact"]) <= set(contacts["__source_id"])
    assert cases["__ref__customerid_contact"].null_count() == 0
    assert ("__owner_email" in cases.columns) is want["owner"]
    assert ("overriddencreatedon" in cases.columns) is want["created"]
    # French heads the ticket's number 'n°': read as the case number since session 53 (a
    # bare word for "number" in a file of numbered records), as the keys say of 'id'
    french = name.endswith("-fr")
    for unread in TICKET_UNREAD[1:] if french else TICKET_UNREAD:
        assert unread not in cases.columns, unread
    if french:
        assert cases["ticketnumber"].to_list() == cases["__source_id"].to_list()

    verified = verified_columns(run_dir)
    assert {"lastname", "emailaddress1"} <= set(verified["contact"])
    assert not any(n for cols in verified.values() for n in cols.values())
    files = inventory_files(run_dir)
    assert set(files) == {"tickets", "users", "queues"}
    assert files["users"]["taken"] == {"contact": 14}
    assert files["tickets"]["taken"] == {"incident": 17}
    assert not files["queues"]["migrated"] and files["queues"]["kind"] == "unknown"
    assert files["queues"]["reason"].startswith("not migrated")


def test_rt_english_created_read_as_created_on(runs: Callable[[str], Path]) -> None:
    """English: 'Created' (RT's 'Thu Dec 11 07:17:45 2003', C's asctime) is read as the
    case's created-on, its format found by discovery; each ticket's date converts, the wall
    clock as written (every ticket is held back, so none is staged: the staging conversion
    is applied here to the file's column under the run's own map and format)."""
    run_dir = runs("requesttracker-export-en")
    tickets = json.loads((run_dir / "discovery.json").read_text())["guesses"]["tickets"]
    assert tickets["date_formats"]["Created"] == ["%a %b %d %H:%M:%S %Y"]
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    incident = next(m for m in mapping["tables"] if m["target"] == "incident")
    created = next(c for c in incident["columns"] if c["source"] == "Created")
    assert (created["target"], created["transform"]) == ("overriddencreatedon", "datetime")
    assert "Created" not in incident["unmapped"]
    rows = pl.read_csv(_export_dir("requesttracker-export-en") / "tickets.csv",
                       infer_schema=False)
    fmt = ValueFormat(date_formats=tuple(tickets["date_formats"]["Created"]))
    typed = rows.select("id", convert(pl.col("Created"), "datetime", fmt=fmt).alias("on"))
    assert typed["on"].null_count() == 0
    on = dict(typed.iter_rows())
    assert (on["1"], on["2"], on["12"]) == (
        "2003-12-11T07:17:45Z", "2017-07-28T09:21:48Z", "2023-10-17T13:10:11Z")


def test_rt_russian_told_read_as_contact(runs: Callable[[str], Path]) -> None:
    """Russian: the ticket's 'Контакт' (RT's 'Told', when the requestor was last told: 'Не
    установлено', not set, in every row) is read as the case's contact, a link left
    unresolved; English and German read nothing of it. French reads its requestor
    ('Demandeur', since session 48) as the case's contact, a link left too (the export holds
    no people)."""
    for name in LANGS:
        cases = pl.read_parquet(runs(name) / "staged" / "incident.parquet")
        assert ("__via__left__primarycontactid" in cases.columns) is (
            name in ("requesttracker-export-ru", "requesttracker-export-fr")), name


@pytest.mark.parametrize("name", ["requesttracker-export-en", "requesttracker-export-ru"])
def test_rt_users_discovered_as_contacts(name: str, tmp_path: Path) -> None:
    """Without the parameters' intake line, discovery names RT's users file contacts (on
    the branch point users, not moved: since session 51 a users file whose people live
    somewhere and hold no staff's sign-in rights is the app's customers, RT's requestors)
    and the tickets tickets; the queues unknown."""
    found = discovered_without_intake(name, tmp_path, {"users.csv": {"object": "contact"}})
    assert {o["source"]: o["name"] for o in found} == {
        "tickets": "ticket", "users": "contact", "queues": "unknown"}
