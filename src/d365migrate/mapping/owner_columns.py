"""Which of an object's user columns is its owner: picked by the proposal, decided by a person.

An export often names several users per record (owner, created_by, assigned_to, sales_id);
only one can be the record's owner (``ownerid``). The suggestion engine gives ``ownerid`` to
the column it is surest of; the proposal says which it picked, over which other user columns,
and how to choose another (:func:`explain_owner`). The analyst decides in the parameters,
``mapping.decisions.owner_columns: {account: assigned_to}`` (:func:`decide_owner_column`;
``{account: null}``: no column names it), without editing the map.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from d365migrate.mapping.mapfile import MappingError, unit_name

#: Words of a column's name that say it names a user of the source CRM.
USER_WORDS = ("owner", "assigned", "assignee", "created by", "creator", "modified by",
              "updated by", "user", "agent", "rep", "salesperson", "sales id", "manager")
DECISION = "mapping.decisions.owner_columns"
#: Words of a column's name that say its user answers or owns the record: a ticket's
#: assignee, owner or agent is the staff's, never the customer who asked.
STAFF_WORDS = ("owner", "assigned", "assignee", "agent", "responder", "rep", "salesperson",
               "manager")


def _words(column: str) -> str:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", column)
    return " " + " ".join(re.split(r"[^a-z0-9]+", spaced.lower())).strip() + " "


#: Words of a column's name that say its person asked: a ticket's requester, its customer.
ASKER_WORDS = ("requester", "requestor", "requested", "customer", "client", "contact",
               "caller", "reporter")


def names_asker(column: str) -> bool:
    """True when the column's name says it names the person who asked ('requester_id')."""
    return any(f" {w} " in _words(column) for w in ASKER_WORDS)


def names_staff(column: str) -> bool:
    """True when the column's name says it names the staff member who answers or owns the
    record ('assignee_id', 'responder_id', 'owner'), not the customer."""
    return any(f" {w} " in _words(column) for w in STAFF_WORDS)


def source_columns(entry: dict[str, Any]) -> list[str]:
    """Every column of the entry's source the map knows: mapped, linked, owner or left out."""
    cols = [c.get("source") for c in entry.get("columns", [])]
    cols += [lk.get("source") for lk in entry.get("lookups", [])]
    cols += [(entry.get("owner") or {}).get("source"), *entry.get("unmapped", [])]
    return list(dict.fromkeys(c for c in cols if c and not str(c).startswith("__")))


def user_columns(entry: dict[str, Any]) -> list[str]:
    """The entry's other columns that could be its owner: those the engine also took for the
    owner (``ownerid went to``) and those whose name says they name a user."""
    owner = (entry.get("owner") or {}).get("source")
    reasons = entry.get("unmapped_reasons") or {}
    out = [c for c in source_columns(entry) if c != owner and c != entry.get("source_key") and (
        "ownerid went to" in str(reasons.get(c, ""))
        or any(f" {w} " in _words(c) for w in USER_WORDS))]
    return out


def explain_owner(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry with its owner's reason saying which user column it is, over which others,
    and how to choose another; the others listed in ``owner.others``."""
    owner = entry.get("owner")
    others = user_columns(entry)
    if not owner or not others:
        return entry
    unit = unit_name(entry)
    listed = ", ".join(f"'{c}'" for c in others)
    owner["others"] = others
    owner["reason"] = (f"{owner.get('reason', '').rstrip('.')}; picked as the owner over "
                       f"{listed} (the surest match of the columns naming a user); choose "
                       f"another in the parameters: {DECISION}: {{{unit}: <column>}}")
    return entry


def decide_owner_column(mapping: dict[str, Any], unit: str, column: Any) -> dict[str, Any]:
    """``mapping.decisions.owner_columns``: the column whose user owns ``unit``'s records
    (matched by email, else full name, as the proposal's owner is). The column the proposal
    had picked is left out of the map, saying why. ``null`` says no column names the owner
    (Kimai's Danish 'Bruger', "user", holds the customer's number): the records take the
    run's fallback owner, and the column the proposal had picked is listed unmapped."""
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    if entry is None or not entry.get("source"):
        return mapping  # an object this run does not move
    if column is None:
        before = (entry.pop("owner", None) or {}).get("source")
        used = {c.get("source") for c in entry.get("columns") or []} | {
            lk.get("source") for lk in entry.get("lookups") or []}
        if before and before not in used and before not in (entry.get("unmapped") or []):
            entry.setdefault("unmapped", []).append(before)
            entry.setdefault("unmapped_reasons", {})[before] = (
                f"not the owner: no column names {unit}'s owner (decided in {DECISION})")
        return out
    column = str(column).strip()
    known = source_columns(entry)
    if column not in known:
        have = ", ".join(f"'{c}'" for c in known) or "none"
        raise MappingError(f"{DECISION}.{unit}: '{column}' is not a column of "
                           f"{entry['source']} (its columns: {have})")
    before = (entry.get("owner") or {}).get("source")
    if before == column:
        return out
    entry["owner"] = {"source": column, "match": "email", "confidence": 1.0,
                      "reason": f"decided in the parameters ({DECISION})" + (
                          f": '{column}', not '{before}', names the owner" if before else "")}
    unmapped = [c for c in entry.get("unmapped", []) if c != column]
    reasons = entry.setdefault("unmapped_reasons", {})
    reasons.pop(column, None)
    if before:
        unmapped.append(before)
        reasons[before] = f"a user column; the owner is '{column}' (decided in {DECISION})"
    entry["unmapped"] = list(dict.fromkeys(unmapped))
    return out
