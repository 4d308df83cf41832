"""An order system's status words read as Dynamics' order status reasons (and so states):
shipped and delivered orders Complete (Fulfilled), in process In Progress (Submitted), on
hold Pending, cancelled No Money (the Canceled state's one status); a word that says none
('Disputed', 'Resolved') stays for the analyst. A delivered quote is still Open."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.choice_values import choice_values
from test_states import table_def


def _status(table: str) -> dict:
    return next(a for a in table_def(table)["Attributes"] if a["LogicalName"] == "statuscode")


def test_an_order_systems_status_words_read_as_order_status_reasons() -> None:
    words = pl.Series("Status", ["Shipped", "Delivered", "In Process", "On Hold", "Cancelled",
                                 "Disputed", "Resolved"])
    assert choice_values(words, _status("salesorder")) == {
        "Shipped": 100001, "Delivered": 100001, "In Process": 3, "On Hold": 2,
        "Cancelled": 4, "Disputed": None, "Resolved": None}


def test_the_same_words_keep_their_own_meaning_elsewhere() -> None:
    assert choice_values(pl.Series("s", ["Delivered", "Cancelled"]), _status("quote")) == {
        "Delivered": 3, "Cancelled": 6}          # Open; Canceled (Closed)
    assert choice_values(pl.Series("s", ["On Hold", "Canceled"]), _status("opportunity")) == {
        "On Hold": 2, "Canceled": 4}             # its own labels first
