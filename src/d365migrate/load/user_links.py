"""The org's user each staged user link names (``staging.user_links``): found as owners are
(by email, else full name; the users file saying which email and name an id stands for),
without the fallback owner, so that the load binds and the verification expects alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from d365migrate.load.owners import match_owners

__all__ = ["user_link_ids"]


def user_link_ids(refs: Iterable[Any], users: list[dict[str, Any]],
                  people: Mapping[str, Any] | None,
                  domain_aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """Staged reference (a users-file id, an email or a name) -> the org user it names, for
    the references that name exactly one enabled user."""
    distinct = {str(r) for r in refs if r is not None and str(r).strip()}
    if not distinct:
        return {}
    match = match_owners({r.strip().lower(): 1 for r in distinct}, users, people=people,
                         domain_aliases=dict(domain_aliases or {}))
    return {r: match.ids[r.strip().lower()] for r in distinct
            if r.strip().lower() in match.ids}
