"""keys429's public exports run end to end from their parameters files, decisions only
(issue 13): Awesome Support 6.3.0 (Awesome-Support/Awesome-Support at 5eac93d8,
GPL-2.0-or-later; a WordPress help desk, the round's fallback: FluentCRM ships no records of
its own), the fixed records of its own PHPUnit suite -- tests/test-post.php's ten 'Test
Ticket' tickets (the admin's, assigned to the admin, one 'In Progress'), and in English the
test install's admin, an agent and two clients -- as its admin lists show them (no CSV
export): the ticket list headed in English, German, French and Italian, and the WordPress
Users screen it extends in English (tests/data/exports/awesome-support-export-en, -de, -fr,
-it; SOURCE.md), on the branch-point engine d3222a02 (session 55, round Z9). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``).

In every language the ten tickets load as cases (number, title, status In Progress, the
opening date 2024-10-08 16:10 UTC), each under the account the org keeps for its web site's
help-desk requests (the test creates it first); the assignee 'admin' (a display name) is no
user of the org: queued once, its ten cases given the fallback owner; nothing held back;
verification finds no column differing. In English the Users screen's two clients ('User
Demo', 'John Doe') load as contacts keyed by their login, the whole name as the last name;
the administrator and the support agent are skipped with their reason (staff, not
customers).

The parameters decide: the key (the ticket's post ID) and the case number from it; the
statuses 'New' / 'In Progress' (Neu / In Bearbeitung, Nouveau / En cours, Nuovo / In
lavorazione) as In Progress (the run stops on undecided choices); every case's customer the
org's account (the 'Created by' column -- the client's name and e-mail on two lines -- names
no record the run loads; the map left it unread, the measured miss in every language); in
English the users file as contacts (discovery named it a user list: propose's two misses),
its key, the staff rows skipped, the date column's format ('2024/10/08 at 4:10 pm') and the
date as the created-on (the measured English miss).

What is NOT read (left unmapped), in every language: the tag column (empty), 'Created by'
(replaced by the link above) and the activity summary (the replies' count and last reply);
in English the users' role (used only to skip the staff) and Auto-Assign.
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

# each language's headers of the columns the run reads: status, title, ID, date, agent
HEADERS = {
    "awesome-support-export-en": ("Status", "Title", "ID", "Date", "Agent"),
    "awesome-support-export-de": ("Status", "Titel", "ID", "Datum", "Agent"),
    "awesome-support-export-fr": ("Statut", "Titre", "ID", "Date", "Agent"),
    "awesome-support-export-it": ("Status", "Titolo", "ID", "Data", "Agent"),
}
# the tickets' post IDs, newest first (the list's order): tests and replies share the ids
NUMBERS = ["14", "12", "10", "9", "8", "7", "5", "3", "2", "1"]
ACCOUNT = "Awesome Support requests"


def _org(client: Any) -> None:
    """What the org's admin set up: the account for its web site's help-desk requests (a
    case needs a customer; the export names none the run loads)."""
    client.create("accounts", {"name": ACCOUNT})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


@pytest.mark.parametrize("name", list(HEADERS))
def test_awesome_support_tickets_load_as_cases_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """Ten tickets load as cases under the org's account, numbered by their post ID, the
    admin queued as owner (the fallback given); verification finds no column differing."""
    status, title, number, date, agent = HEADERS[name]
    english = name.endswith("-en")
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    want = {"incident": ("tickets", 10, 10, 0, 0, 0, 0, 0)}
    if english:
        want["contact"] = ("users", 4, 2, 0, 2, 0, 0, 0)
    assert outcomes(out, "unresolved_lookups", "closed") == want
    files = inventory_files(run_dir)
    kinds = {"tickets": ("ticket", {"incident": 10})}
    if english:
        kinds["users"] = ("contact", {"contact": 4})
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == kinds

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == ({"incident", "contact"} if english else {"incident"})
    table = tables["incident"]
    assert {c["target"]: c["source"] for c in table["columns"]} == {
        "statuscode": status, "title": title, "overriddencreatedon": date,
        "ticketnumber": number}
    assert table["source_key"] == f"key({number})"
    assert table["owner"]["source"] == agent
    assert [(lk["target"], lk["table"], lk["existing"]) for lk in table["lookups"]] == [
        ("customerid", "account", {"table": "account", "match": {"name": ACCOUNT}})]
    assert not table.get("unresolved_lookups")
    assert not mapping.get("unmatched_sources")

    for kind in ("quarantine", "skipped", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "incident.csv", infer_schema=False)
        assert issues.height == 0, kind
    staged = pl.read_parquet(run_dir / "staged" / "incident.parquet").sort("__source_row")
    assert staged["ticketnumber"].to_list() == NUMBERS
    assert set(staged["title"]) == {"Test Ticket"}
    assert set(staged["statuscode"]) == {1}                      # In Progress
    assert set(staged["overriddencreatedon"]) == {"2024-10-08T16:10:00Z"}
    assert set(staged["__owner_email"]) == {"admin"}
    assert set(staged["__via__customerid_account"]) == {"existing"}

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).to_dicts()
    assert [(q["email"], q["status"], q["records"]) for q in queue] == [
        ("admin", "unmatched", "10")]
    assert "fallback owner" in queue[0]["resolution"]
    verified = verified_columns(run_dir)
    assert set(verified["incident"]) == {"statuscode", "title", "overriddencreatedon",
                                         "ticketnumber", "customerid", "ownerid"}
    assert not any(n for cols in verified.values() for n in cols.values())


def test_awesome_support_clients_load_as_contacts_in_english(
        runs: Callable[[str], Path]) -> None:
    """The Users screen's two clients load as contacts keyed by their login; the
    administrator and the support agent are skipped, each with its reason."""
    run_dir = runs("awesome-support-export-en")
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    table = {t["target"]: t for t in mapping["tables"]}["contact"]
    assert {c["target"]: c["source"] for c in table["columns"]} == {
        "lastname": "Name", "emailaddress1": "Email"}
    assert table["source_key"] == "key(Username)"
    assert not table.get("owner")
    assert not table.get("lookups")

    staged = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("__source_row")
    assert staged.select("lastname", "emailaddress1").rows() == [
        ("User Demo", "user@n2clic.com"), ("John Doe", "mail@example.com")]
    skipped = pl.read_csv(run_dir / "skipped" / "contact.csv", infer_schema=False)
    assert skipped.select("row", "value").rows() == [
        ("1", "Administrator"), ("2", "Support Agent")]
    assert all(r.startswith("left out as decided: the site's staff")
               for r in skipped["reason"])
    for kind in ("quarantine", "cleared", "flags"):
        issues = pl.read_csv(run_dir / kind / "contact.csv", infer_schema=False)
        assert issues.height == 0, kind
    verified = verified_columns(run_dir)
    assert verified["contact"] == {"lastname": 0, "emailaddress1": 0}
