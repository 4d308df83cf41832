"""A goal belongs to the person its owner column names.

Dynamics 365's goal has two users: its Goal Owner (``goalownerid``, the person or team who
must meet it, required by the table) and its Manager (``ownerid``, who owns the record).
A CRM's goals file names one person a goal: the record's owner column. That column then
fills both: ownerid as every owner (matched by email, else full name; the fallback owner
where none matches), and goalownerid as a user link found the same way but never given to
the fallback (staging/user_links.py): a goal of a person the org lacks keeps its owner
column's value out of Goal Owner, counted as an unresolved link, not the administrator's.
"""

from __future__ import annotations

from typing import Any

__all__ = ["GOAL_OWNER_REASON", "with_goal_owners"]

GOAL_OWNER_REASON = ("the goal belongs to the user its owner column names: goalownerid "
                     "('Goal Owner') is that user, found as owners are, never the fallback "
                     "owner")


def with_goal_owners(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each goal entry whose owner column names a user and whose Goal Owner no column fills,
    with that column also linked to Goal Owner."""
    for entry in entries:
        owner = entry.get("owner") or {}
        filled = {c.get("target") for c in entry.get("columns") or []} | {
            lk.get("target") for lk in entry.get("lookups") or []}
        if entry.get("target") != "goal" or not owner.get("source") or "goalownerid" in filled:
            continue
        entry.setdefault("lookups", []).append({
            "target": "goalownerid", "navigation": "goalownerid", "table": "systemuser",
            "source": owner["source"], "fallbacks": [],
            "confidence": owner.get("confidence", 1.0), "reason": GOAL_OWNER_REASON})
    return entries
