"""The user a customer's record names as the one who looks after it: its owner.

A column naming a user by id with no owner word ('SupportRepId', 'SalesPersonID',
'account_manager_id', a bare 'user_id' or 'staff_id') fits every user lookup of the table
alike, and a single-target lookup (a contact's 'Preferred User', kept for booking service)
would win by a hair. The person who sells to or supports the customer, its rep, is who
owns the record in Dynamics: the owner goes first. Asked by the suggestion engine
(``mapping/suggest.py``) for each user lookup.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ASSIGNED_WORDS", "RESPONSIBLE_WORDS", "names_assignee", "responsible_bonus"]

#: Words (and two words written as one) naming the user responsible for a customer.
RESPONSIBLE_WORDS = frozenset({"rep", "reps", "representative", "salesperson", "salesrep",
                               "salesman", "saleswoman", "salesagent", "accountmanager",
                               "accountexecutive", "keyaccountmanager"})

#: A column naming whom the record is assigned to ('Assigned to', read from 'Zugeordnet zu'
#: or 'Assigné à'; 'Assignee'): the user responsible for it, whatever the record. Beside a
#: bare 'User' (Fat Free CRM's user_id: who added the record) it is the owner.
ASSIGNED_WORDS = frozenset({("assigned", "to"), ("assignee",), ("assign", "to")})


def names_assignee(words: Sequence[str]) -> bool:
    """The column's words say whom the record is assigned to (a column of names: a user)."""
    return tuple(w.lower() for w in words) in ASSIGNED_WORDS


def responsible_bonus(target: str, words: Sequence[str]) -> float:
    """What the owner lookup gains over the table's other user lookups when the column's
    words name the user responsible for the record; 0.0 for any other target or column."""
    if target != "ownerid":
        return 0.0
    ws = [w.lower() for w in words]
    pairs = {a + b for a, b in zip(ws, ws[1:], strict=False)}
    # a record's bare 'user' (Odoo's user_id: the salesperson, the recruiter, the one a
    # record is assigned to) is the one user it names: who looks after it; so is a bare
    # 'staff' or 'employee' (Fineract's staff_id: the loan officer of a client or group)
    bare_user = [w for w in ws if w not in ("id", "key")] in (["user"], ["staff"], ["employee"])
    if names_assignee(ws):   # assigned: before a bare 'user' (who may have only added it)
        return 0.03
    return 0.02 if (set(ws) | pairs) & RESPONSIBLE_WORDS or bare_user else 0.0


def assignee_over_bare_user(scored: dict[str, list], readings: dict[str, Sequence[Sequence[str]]]
                            ) -> None:
    """Beside a column naming whom the record is assigned to, a bare 'User' (Fat Free CRM's
    user_id: who added the record) or 'Owner' read from another language (Taiga's German
    'Besitzer', French 'propriétaire': who created the story, beside 'zugewiesen an') yields
    the owner to it, whichever links to the users file more surely; ``scored``: each
    column's (confidence, target, reason) candidates, in place; ``readings``: each column's
    words, its own first, then its readings from other languages."""
    def bare(col: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in (readings.get(col) or [()])[0] if w.lower() not in
                     ("id", "key"))

    def assigned(col: str) -> bool:
        # one user it is assigned to; 'Assignees' (web2project's: several) names no owner
        own = [w.lower() for w in (readings.get(col) or [()])[0]]
        return "assignees" not in own and any(
            names_assignee(ws) for ws in (readings.get(col) or [])[:2])

    assignee = next((c for c, cands in scored.items() if assigned(c)
                     and any(t == "ownerid" for _, t, *_ in cands)), None)
    if assignee is None:
        return
    foreign = not names_assignee((readings.get(assignee) or [()])[0])
    top = max(s for s, t, *_ in scored[assignee] if t == "ownerid")
    for col, cands in scored.items():
        own = [tuple(w.lower() for w in ws) for ws in (readings.get(col) or [])[:2]]
        if col == assignee or not (bare(col) == ("user",) or (
                foreign and len(own) > 1 and own[1] == ("owner",))):
            continue
        scored[col] = [(min(s, top - 0.01), t, *rest) if t == "ownerid" else (s, t, *rest)
                       for s, t, *rest in cands]
