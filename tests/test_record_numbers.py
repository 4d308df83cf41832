"""A record's number as a CRM names it, with a word before it that says it is the CRM's own
('interne Ticket Nr.', coreBOS's German tickets), keys its file (intake/key_rules.py)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.key_rules import own_record_number, record_number
from d365migrate.intake.record_keys import key_candidates


def test_an_internal_record_number_is_the_records_number() -> None:
    assert record_number("interne Ticket Nr.")
    assert own_record_number("Trouble Tickets", "interne Ticket Nr.")
    assert not own_record_number("Trouble Tickets", "interne Kunden Nr.")  # another's
    assert not record_number("interne Telefon Nr.")   # no record's


def test_it_keys_its_file() -> None:
    tickets = pl.DataFrame({"Titel": ["Drucker", "Netz", "Mail"],
                            "interne Ticket Nr.": ["TT1", "TT2", "TT3"],
                            "Status": ["Open", "Closed", "Open"]})
    assert key_candidates("Trouble Tickets", tickets)[0]["column"] == "interne Ticket Nr."
