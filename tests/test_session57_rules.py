"""Session 57's rules, each on made-up data: round Z16's left items (Nylas' mailbox messages
read as a help desk's and routed to the meetings) and round Z17's held-out misses."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.chatter_notes import messages_as_notes
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.history import route_by_name
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}



def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


MAILBOX = ["ID", "Subject", "From", "To", "Cc", "Date", "Body", "Thread ID"]


def test_a_mailboxs_messages_are_e_mails() -> None:
    """With no tickets in the export, messages with a sender, a recipient and a subject are
    e-mails (activities); texts sent without a subject (Twilio's) stay messages; remarks
    with neither are notes; beside a tickets file every message stays a ticket's."""
    kinds = {"messages": "ticket_message", "sms": "ticket_message", "chatter": "ticket_message",
             "contacts": "contact"}
    columns = {"messages": MAILBOX, "sms": ["sid", "from", "to", "body", "direction"],
               "chatter": ["id", "model", "res_id", "body"]}
    got = messages_as_notes(kinds, columns)
    assert {s: k for s, (k, _) in got.items()} == {"messages": "activity", "chatter": "note"}
    assert "sender, a recipient and a subject" in got["messages"][1]
    assert messages_as_notes({**kinds, "tickets": "ticket"}, columns) == {}


def test_a_file_of_messages_routes_to_the_e_mails() -> None:
    assert route_by_name("messages") == "email"
    assert route_by_name("Message") == "email"
    assert route_by_name("calls") == "phonecall"     # the other routes stand
    assert route_by_name("Messages and meetings") is None   # two kinds: none by name


def test_a_persons_name_is_no_employee_number() -> None:
    """IceHRM's emergency contacts' 'Employee' names whose contact it is (a staff member's
    whole name): no employee id, which is a number or a code."""
    from d365migrate.mapping.value_vetoes import phrases
    assert phrases(("IceHrm Employee", "Lala Lamees", "Sofia O'Sullivan"))
    assert not phrases(("EMP-001", "EMP-002"))
    assert not phrases(("JSM", "ABK"))            # initials: a code, kept
    assert not phrases(("E 1001", "E 1002"))       # digits: a number


def test_a_yes_no_is_never_a_date_however_few_the_rows() -> None:
    """Invoiced's estimate 'Closed' false on its one row: no Closed On, though its name is
    the date's display name; a date column of the same name still is."""
    flags = pl.DataFrame({"Number": ["EST-00001"], "Closed": ["false"]})
    assert _top(flags, "quote", "estimates")["Closed"] != "closedon"
    dates = pl.DataFrame({"Number": ["EST-00001"], "Closed": ["2019-11-12"]})
    assert _top(dates, "quote", "estimates")["Closed"] == "closedon"


def test_a_licence_keys_table_is_data(tmp_path: Path) -> None:
    """Lemon Squeezy's 'license_keys.csv' (its customers' licence keys) is read, not skipped
    as the project's licence; a LICENSE.txt beside it still is."""
    from d365migrate.intake.document_files import is_document_name
    from d365migrate.intake.read import read_export
    (tmp_path / "license_keys.csv").write_text("ID,Key,Customer ID\n1,ABC-123,7\n",
                                               encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted\n",
                                          encoding="utf-8")
    assert sorted(read_export(tmp_path).tables) == ["license_keys"]
    assert not is_document_name("license_keys.csv") and not is_document_name("README_x.xlsx")
    assert is_document_name("LICENSE") and is_document_name("README_de.md")
