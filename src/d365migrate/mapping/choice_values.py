"""Each distinct value of a choice column to the Dataverse option whose label says it.

Moved out of :mod:`~d365migrate.mapping.propose` (which keeps the name ``_choice_values``)
with one rule added: words CRMs use for an option Dataverse labels otherwise. Salesforce's
campaign statuses are Planned, In Progress, Completed and Aborted; Dynamics 365's are
Proposed, Ready To Launch, Launched, Completed, Canceled: a planned campaign is a proposed
one, one in progress launched, an aborted one canceled; a Medium priority is Normal, a
"To do" Not Started. Such a word is read only when the value names no option by its own
label or words, and only where it names one option.
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.active_flags import active_flag_values
from d365migrate.mapping.done_flags import done_flag_values
from d365migrate.mapping.foreign_values import english_value

__all__ = ["LABEL_WORDS", "choice_values"]

#: A value (lower case) -> labels (lower case) that say the same, tried in order.
LABEL_WORDS = {"planned": ("proposed", "open", "busy"),   # a planned meeting: Scheduled, Busy
               "aborted": ("canceled", "cancelled"),
               # a meeting or call held is done (Completed; a call Made), one not held
               # canceled
               "held": ("completed", "made"), "not held": ("canceled",),
               "in progress": ("launched",),
               # a priority's middle step (Low / Medium / High) is Dataverse's Normal; a
               # to-do not yet begun is Not Started (an activity's status)
               "medium": ("normal",), "to do": ("not started",), "todo": ("not started",),
               "to-do": ("not started",),
               # a relationship type in Spanish, Italian, Portuguese ('Tipo': Cliente)
               "cliente": ("customer",), "proveedor": ("supplier", "vendor"),
               "fornitore": ("supplier", "vendor"), "fornecedor": ("supplier", "vendor"),
               "competidor": ("competitor",), "concorrente": ("competitor",),
               "socio": ("partner",), "partner": ("partner",),
               # a quote's life in the CRMs' own words (Harvest's estimates, Zoho's quote
               # stages): sent or delivered it waits for the customer's answer (Dynamics'
               # Open), accepted it is Won; read only where the table has such an option
               # (a quote's status reason). Not 'declined'/'rejected' -> Lost: a lead has a
               # Lost option too, and consultants place a rejected lead otherwise
               "sent": ("open",), "accepted": ("won",),
               # an order's life in an order system's words (Superset's sales data: Shipped,
               # In Process, On Hold, Cancelled): shipped or delivered it is Dynamics'
               # Complete (Fulfilled), in process In Progress (Submitted), on hold Pending,
               # cancelled its Canceled state's one status, No Money; a delivered quote waits
               # for its answer (Open) where the table has that option
               "delivered": ("open", "complete"), "shipped": ("complete",),
               "fulfilled": ("complete",), "in process": ("in progress",),
               "processing": ("in progress",), "on hold": ("pending",),
               "cancelled": ("canceled", "no money"), "canceled": ("cancelled", "no money")}


def _inflected(a: str, b: str) -> bool:
    """One word, or it with a past or plural ending ('complete'/'completed')."""
    return a == b or any(a + e == b or b + e == a for e in ("d", "ed", "s", "es"))


def choice_values(series: pl.Series, attr: dict[str, Any], multi: bool = False
                  ) -> dict[str, int | None]:
    """Each distinct source value to the option whose label matches it; None = undecided.

    Exact labels first, then the one label that contains every word of the value
    ("Agriculture" -> "Agriculture and Non-petrol Natural Resource Extraction"), a word
    matching its own inflection ("Complete" -> "Completed", "Cancel" -> "Canceled"), then
    a word that says the same (:data:`LABEL_WORDS`: "Planned" -> "Proposed"); a value in
    another language is read through its English (``foreign_values``: "Terminée").
    Character similarity is not used: "Unqualified" is close to "Qualified" and means the
    opposite.
    """
    labels = tables.option_labels(attr)
    words = {label: set(re.findall(r"[a-z0-9]+", label)) for label in labels}
    values = series.drop_nulls().cast(pl.Utf8)
    values = values.filter(values.str.strip_chars() != "")  # staging reads a blank as empty
    done = done_flag_values(series.name, values.unique().to_list(), labels)
    if done is not None:  # a to-do's done flag: true Completed, false Open
        return dict(sorted(done.items()))
    active = active_flag_values(series.name, values.unique().to_list(), labels)
    if active is not None:  # a record's active flag: true Active, false Inactive
        return dict(sorted(active.items()))
    if multi:
        values = values.str.split(";").explode().str.strip_chars()
        values = values.filter(values != "")
    out: dict[str, int | None] = {}
    for v in sorted(values.unique().to_list(), key=str):
        key = str(v).strip().lower()
        hits = _labels_of(key, labels, words)
        if not hits and (english := english_value(key)) is not None:
            hits = _labels_of(english, labels, words)   # 'Terminée': completed
        out[str(v)] = labels[hits[0]] if len(hits) == 1 else None
    return out


def _labels_of(key: str, labels: dict[str, int], words: dict[str, set[str]]) -> list[str]:
    """The option labels a value (lower case) names: its own label, the one label holding
    its words (or their inflections), else a word that says the same."""
    if key in labels:
        return [key]
    # a board's list number and emoji are no words of the option ('1. High 🔥')
    mine = set(re.findall(r"[a-z0-9]+", re.sub(r"^\d+\s*[.)]\s+", "", key)))
    hits = [label for label, w in words.items() if mine and mine <= w]
    if not hits:
        hits = [label for label, w in words.items()
                if mine and all(any(_inflected(m, x) for x in w) for m in mine)]
    if not hits:
        hits = [label for label in LABEL_WORDS.get(" ".join(key.split()), ())
                if label in labels][:1]
    return hits
