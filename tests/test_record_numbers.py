"""A record's number as a CRM names it, with a word before it that says it is the CRM's own
('interne Ticket Nr.', coreBOS's German tickets), keys its file (intake/key_rules.py)."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.key_rules import own_record_number, record_number
from d365migrate.intake.record_keys import composite_key, key_candidates


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


def test_a_row_counter_keys_nothing() -> None:
    """Frappe's list export numbers its rows ('Sr' 1, 2, 3...): the row's place in this
    export, which a re-export in another order gives to another record. No key, no part of
    a composite; a first column of the same name holding other numbers (ids) still keys."""
    leads = pl.DataFrame({"Sr": ["1", "2", "3"], "Name": ["Ann", "Bo", "Cy"],
                          "E-Mail": ["a@x.example", "b@x.example", "c@x.example"]})
    assert "Sr" not in [k["column"] for k in key_candidates("CRM Lead", leads)]
    deals = leads.drop("E-Mail").with_columns(pl.Series("Name", ["Ann", "Ann", "Cy"]),
                                              pl.Series("Firma", ["A", "B", "A"]))
    assert [k["column"] for k in key_candidates("CRM Deal", deals)] == []
    assert composite_key(deals)["columns"] == ["Name", "Firma"]   # never with 'Sr'
    ids = leads.with_columns(pl.Series("Sr", ["17", "4", "9"]))
    assert key_candidates("CRM Lead", ids)[0]["column"] == "Sr"


def test_a_bare_number_column_may_still_be_the_crms_record_number() -> None:
    """'Nr' 1, 2, 3... is how a CRM numbers its own records as often as its rows: kept."""
    customers = pl.DataFrame({"Nr": ["1", "2", "3"], "Firma": ["A", "B", "C"]})
    assert key_candidates("Kunden", customers)[0]["column"] == "Nr"


def test_an_id_column_named_with_the_id_word_first_is_no_natural_key() -> None:
    """'ID Contatto' (CiviCRM's Italian contact id) keyed its file and, read as a natural
    key, was mapped as a field too: on the accounts split from it, a link to a contact that
    named 41 records "moved without the record their ID Contatto names" (session 26)."""
    from d365migrate.intake.key_rules import is_natural_key

    for column in ("ID Contatto", "ID do Contato", "Identificador del contacto",
                   "Identifiant de contact", "Contact ID", "id"):
        assert not is_natural_key(column), column
    for column in ("Email", "Name", "Idea", "Identity", "Account Name"):
        assert is_natural_key(column), column
