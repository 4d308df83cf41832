"""Links to a user of the source CRM other than the record's owner: an account's preferred
rep, a territory's manager, a goal's owner. The map binds such a column as a lookup to
``systemuser`` through the export's users file; the load and the verification find each
user in the org as owners are found (by email, else by full name, the users file saying
which email and name an id stands for), but without the fallback owner: a user the org
does not have leaves the link empty, counted as an unresolved link of its record, never a
record given to someone else."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["USERS", "user_link_ids"]

#: The table a user link points at.
USERS = "systemuser"


def user_link_ids(refs: Iterable[Any], users: list[dict[str, Any]],
                  people: Mapping[str, Any] | None,
                  domain_aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """Staged reference (a users-file id, an email or a name) -> the org user it names, for
    the references that name exactly one enabled user."""
    from d365migrate.load.owners import match_owners  # the load's, staging imports no load

    distinct = {str(r) for r in refs if r is not None and str(r).strip()}
    if not distinct:
        return {}
    match = match_owners({r.strip().lower(): 1 for r in distinct}, users, people=people,
                         domain_aliases=dict(domain_aliases or {}))
    return {r: match.ids[r.strip().lower()] for r in distinct
            if r.strip().lower() in match.ids}
