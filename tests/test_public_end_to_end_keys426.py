"""keys426's public exports run end to end from their parameters files, decisions only
(issue 13): Znuny 6.5.9 (the OTRS Community Edition fork, a service desk; GPL-3.0; read from
alderpinto/Znuny-I9atech at 4e5a134a, the unpacked release checked against its MD5
manifest), the tickets its own records make -- its initial database's welcome ticket ('Znuny
says hi!') and the ten sample e-mails its PostMaster unit test pipes in as new tickets, with
the default configuration -- as its agent ticket search's CSV export writes them (one file,
ticket_search_2024-06-26_16-45.csv, 11 rows, 23 columns), headed in English, German, French
and Spanish (tests/data/exports/znuny-export-en, -de, -fr, -es; SOURCE.md), on the
branch-point engine d4b1bc50 (session 54, round Z8). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages. In every language ten tickets load as cases
(number, created-on, status In Progress, priority Normal, title from the subject), each under
the account the org keeps for e-mail requests from unknown senders (the test creates it
first); the ticket whose subject is 300 characters long (PostMaster-Test21's) is held back
with its reason (a case's title holds 200); the owner, Znuny's admin agent root@localhost,
is no user of the org: queued once, its ten cases given the fallback owner; verification
finds no column differing.

The parameters decide: the key (Znuny's ticket number); the state 'new' (neu / nouveau /
nuevo) as In Progress and the priority '3 normal' as Normal (the run stops on undecided
choices); every case's customer the org's account for unknown senders (the export carries
no customers: the senders are unknown to Znuny, the customer ID their address, the customer
name empty; in German, French and Spanish the map put the empty customer-name column on the
customer and left the customer-ID column unread: the measured miss, replaced by this link);
the quarantine gate (one of eleven held back). Discovery names the file and the map its
columns without help.

What the run reads, in every language: the ticket number (the key and the case number), the
creation time, the state, the priority, the subject (the title), the owner's login (the
owner, queued).

What is NOT read (left unmapped), in every language: the age, the close, first-lock and
first-response times, the queue, the lock, the owner's first and last name, the customer ID
(the senders' addresses), the customer name (empty), the sender (From), the accounted time,
the article tree (empty) and the four solution / first-response minute columns (empty).
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
    run_public,
    runs_once,
    verified_columns,
)

FILE = "ticket_search_2024-06-26_16-45"
# each language's headers of the columns the run reads: number, created, state, priority,
# subject, owner
HEADERS = {
    "znuny-export-en": ("Ticket Number", "Created", "State", "Priority", "Subject", "Owner"),
    "znuny-export-de": ("Ticket-Nummer", "Erstellt", "Status", "Priorität", "Betreff",
                        "Besitzer"),
    "znuny-export-fr": ("Numéro de ticket", "Créé", "État", "Priorité", "Sujet",
                        "Propriétaire"),
    "znuny-export-es": ("Número de Ticket", "Creado", "Estado", "Prioridad", "Asunto",
                        "Propietario"),
}
# the ten tickets that load, newest first (the export's order), with their titles: the
# welcome ticket last; the 300-character subject (2024062610000083) is held back
LOADED = [
    ("2024062610000109", "2024-06-26T08:09:00Z", "NOT REGEX ÜÄÖ"),
    ("2024062610000092", "2024-06-26T08:08:00Z", "NOT REGEX ÜÄÖ"),
    ("2024062610000074", "2024-06-26T08:06:00Z", "otrs.org"),
    ("2024062610000065", "2024-06-26T08:05:00Z", "test 11 (no content type but, 8bit chars)"),
    ("2024062610000056", "2024-06-26T08:04:00Z", "Und hier das UTF-8 Mail   ÜÄÖ"),
    ("2024062610000047", "2024-06-26T08:03:00Z",
     "2nd try: Again some stuff hübsches züm tästen]"),
    ("2024062610000038", "2024-06-26T08:02:00Z", "UTF-8 Test äöü 顧客コンタクト管理"),
    ("2024062610000029", "2024-06-26T08:01:00Z", "test 2"),
    ("2024062610000011", "2024-06-26T08:00:00Z", "test 1"),
    ("2021012710123456", "2024-06-26T07:18:07Z", "Znuny says hi!"),
]
ACCOUNT = "Znuny e-mail senders"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for e-mail requests from unknown senders
    (a case needs a customer; the export carries none)."""
    client.create("accounts", {"name": ACCOUNT})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(HEADERS))
def test_znuny_tickets_load_as_cases_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """Ten tickets load as cases under the org's account for unknown senders, the one of a
    300-character subject held back with its reason, the admin agent queued as owner (the
    fallback given); verification finds no column differing."""
    number, created, state, priority, subject, owner = HEADERS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "closed") == {
        "incident": (FILE, 11, 10, 1, 0, 0, 0, 0)}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        FILE: ("ticket", {"incident": 11})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"incident"}
    table = tables["incident"]
    assert {c["target"]: c["source"] for c in table["columns"]} == {
        "ticketnumber": number, "overriddencreatedon": created, "statuscode": state,
        "prioritycode": priority, "title": subject}
    assert table["source_key"] == f"key({number})"
    assert (table["owner"]["source"], table["owner"]["match"]) == (owner, "email")
    assert [(lk["target"], lk["table"], lk["existing"]) for lk in table["lookups"]] == [
        ("customerid", "account", {"table": "account", "match": {"name": ACCOUNT}})]
    assert not table.get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")

    quarantine = pl.read_csv(run_dir / "quarantine" / "incident.csv", infer_schema=False)
    assert quarantine["row"].to_list() == ["3"]          # PostMaster-Test21: 300 characters
    assert quarantine["column"].to_list() == ["title"]
    assert quarantine["value"][0].startswith("a string that is somewhat over 255 characters")
    assert "longer than 200 characters" in quarantine["reason"][0]

    staged = pl.read_parquet(run_dir / "staged" / "incident.parquet").to_dicts()
    assert [(c["ticketnumber"], c["overriddencreatedon"], c["title"]) for c in staged] == LOADED
    assert {(c["statuscode"], c["prioritycode"]) for c in staged} == {(1, 2)}  # In Progress, Normal
    assert {c["__owner_email"] for c in staged} == {"root@localhost"}
    assert {c["__via__customerid_account"] for c in staged} == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        ("root@localhost", "unmatched", "10")]
    assert "fallback owner" in queue[0]["resolution"]
    verified = verified_columns(run_dir)
    assert set(verified["incident"]) == {"ticketnumber", "overriddencreatedon", "statuscode",
                                         "prioritycode", "title", "customerid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())
