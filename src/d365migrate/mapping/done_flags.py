"""A to-do's done flag: a true/false column saying an activity is finished is its state.

CRMs keep whether a task, call or meeting is finished as a flag beside it (Pipedrive's
``done``, Asana's ``completed``, ``is_closed``, ``erledigt``), not as a status word. Its
values (true/false, 1/0, yes/no) name none of the State column's options (Open, Completed,
Canceled), so the option overlap found nothing and the suggestion was dropped: the
activities arrived open whatever the source said. Here such a column is the activity's
state: a true value Completed, a false one Open (its stage in the load: created open, then
closed, ``load/closes.py``). The flag's name must say done; a flag saying anything else
(``busy_flag``, ``is_private``) is no state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from d365migrate.intake.kinds import ascii_folded, name_word_split

__all__ = ["DONE_WORDS", "done_flag_candidates", "done_flag_column", "done_flag_values",
           "address_state", "is_done_flag", "own_states", "status_beside"]

#: Words of a column name saying the activity is finished, in the common European languages.
DONE_WORDS = frozenset({
    "done", "completed", "complete", "finished", "closed", "resolved", "accomplished",
    "erledigt", "abgeschlossen", "fertig", "termine", "terminee", "fait", "fini", "acheve",
    "completado", "completada", "hecho", "realizado", "realizada", "finalizado", "finalizada",
    "completato", "completata", "fatto", "concluso", "conclusa", "afgerond", "gedaan", "klaar",
    "voltooid", "concluido", "concluida", "feito", "feita"})
TRUE_WORDS = frozenset({"true", "1", "yes", "y", "t", "x", "ja", "oui", "si", "vero",
                        "waar", "sim"})
FALSE_WORDS = frozenset({"false", "0", "no", "n", "f", "nein", "non", "falso", "onwaar",
                         "nee", "nao"})
#: A done flag's values in words: the done word itself for true (Pipedrive's 'Done'), a to-do
#: word for false ('To do', 'Offen', 'À faire').
TODO_WORDS = frozenset({"to do", "todo", "open", "not done", "pending", "offen", "a faire",
                        "pendiente", "da fare", "te doen", "a fazer", "pendente"})
#: Words of a column name saying it holds the record's status, which decides over a flag.
STATUS_WORDS = frozenset({"status", "state", "statecode", "statuscode"})
#: Words naming another record: 'deal_status', 'ticket_state' beside a to-do's done flag are
#: that record's, carried along; they say nothing of whether the to-do is done.
OTHER_RECORD_WORDS = frozenset({"deal", "deals", "opportunity", "lead", "account", "company",
                                "organization", "org", "ticket", "case", "order", "project",
                                "pipeline", "contact", "person", "customer", "campaign"})
#: The State options a to-do's flag decides between.
OPEN, COMPLETED = "open", "completed"
CONFIDENCE = 0.93


def _flag_values(values: tuple[str, ...] | list[str]) -> bool:
    vals = {ascii_folded(str(v).strip().lower()) for v in values
            if v is not None and str(v).strip()}
    return bool(vals) and vals <= TRUE_WORDS | FALSE_WORDS | DONE_WORDS | TODO_WORDS


def _done_name(name: str) -> bool:
    return bool({ascii_folded(w.lower()) for w in name_word_split(name)} & DONE_WORDS)


def is_done_flag(name: str, values: tuple[str, ...] | list[str]) -> bool:
    """Whether column ``name`` with these values says, true or false, that a to-do is done:
    a done word in its name ('done', 'is_completed', 'Erledigt'), flag values only."""
    return _done_name(name) and _flag_values(values)


def done_flag_column(df: pl.DataFrame) -> str | None:
    """The first column of ``df`` that is a done flag, if any."""
    return next((c for c in df.columns if _done_name(c) and _flag_values(
        df[c].drop_nulls().cast(pl.Utf8).unique().to_list())), None)


def _done_states(options: Any) -> bool:
    labels = {str(o).strip().lower() for o in options or ()}
    return {OPEN, COMPLETED} <= labels


#: Words of an address's other parts: a 'State' among them is the region, no status.
_ADDRESS_PARTS = frozenset({"city", "town", "zip", "zipcode", "postal", "postcode", "country",
                            "street", "address1", "ort", "stadt", "ville", "ciudad", "cidade",
                            "citta", "plz", "cep"})
_REGION_WORDS = frozenset({"state", "estado", "etat", "stato"})


def address_state(column: str, columns: Iterable[str]) -> bool:
    """True when ``column`` is an address's state (Upsales' 'mailAddress.state' beside
    'mailAddress.city', Autotask's 'state' beside 'city'): a sibling with the same words
    names another part of the address. Such a state is a region, no record's status."""
    words = [ascii_folded(w.lower()) for w in name_word_split(column)]
    if not set(words) & _REGION_WORDS:
        return False
    stem = [w for w in words if w not in _REGION_WORDS]
    for other in columns:
        theirs = [ascii_folded(w.lower()) for w in name_word_split(other)]
        if other != column and set(theirs) & _ADDRESS_PARTS \
                and [w for w in theirs if w not in _ADDRESS_PARTS and w != "code"] == stem:
            return True
    return False


def status_beside(name: str, columns: Iterable[str]) -> bool:
    columns = list(columns)

    def own_status(column: str) -> bool:
        words = {w.lower() for w in name_word_split(column)}
        return bool(words & STATUS_WORDS) and not words & OTHER_RECORD_WORDS \
            and not address_state(column, columns)
    return any(c != name and own_status(c) for c in columns)


def done_flag_candidates(name: str, values: tuple[str, ...], names: Mapping[str, Any],
                         cands: list[tuple[float, str, str]], columns: Iterable[str] = ()
                         ) -> list[tuple[float, str, str]]:
    """``cands`` with the table's State column first when the column is a to-do's done flag
    and the table's states are Open and Completed (an activity's). A status column beside it
    (Salesforce's Status beside IsClosed) says more (Not Started, Waiting...): it decides."""
    state = names.get("statecode")
    if state is None or not _done_states(getattr(state, "options", ())) \
            or not is_done_flag(name, values) or status_beside(name, columns):
        return cands
    why = (f"'{name}' says true or false whether the activity is done: {state.describe()}, "
           "true as Completed, false as Open")
    return [(CONFIDENCE, "statecode", why)] + [c for c in cands if c[1] != "statecode"]


def done_flag_values(name: str, values: list[str], labels: Mapping[str, int]
                     ) -> dict[str, int] | None:
    """Each value of a done flag to the State option it says (true Completed, false Open),
    or None when the column is no done flag or the options are no to-do's."""
    if OPEN not in labels or COMPLETED not in labels or not is_done_flag(name, values):
        return None
    said = {str(v): ascii_folded(str(v).strip().lower()) in TRUE_WORDS | DONE_WORDS
            for v in values}
    return {v: labels[COMPLETED] if done else labels[OPEN] for v, done in said.items()}


def own_states(proposed: Iterable[Mapping[str, Any]], columns: list[dict[str, Any]]
               ) -> list[dict[str, Any]]:
    """``columns`` with the activity's own state where the export writes it as Dataverse's
    option numbers (a Dataverse export's Status 0 Open, 1 Completed, and its Status Reason):
    each record keeps the state its export gives, not the one its kind implies (a meeting
    logged in a CRM took place). ``proposed``: the engine's columns before that rule."""
    own = [dict(c) for c in proposed if c.get("target") in ("statecode", "statuscode")
           and c.get("source") and c.get("transform") == "choice" and c.get("values")
           and all(str(k).strip().isdigit() and v == int(str(k).strip())
                   for k, v in c["values"].items())
           and not is_done_flag(str(c["source"]), [str(k) for k in c["values"]])]  # below
    if not any(c["target"] == "statecode" for c in own):
        return columns
    return [c for c in columns if c["target"] not in ("statecode", "statuscode")] + own
