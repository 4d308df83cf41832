"""Owners matched to Dataverse users by email; the unmatched wait in a queue a person clears.

A SmartDesk owner with no enabled systemuser blocks the records it owns: the customer's admin
provisions the user (then the run is repeated), or a fallback owner is confirmed in the
parameters, in which case those records go to the fallback and the queue says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient


class OwnersUnresolved(RuntimeError):
    """Records would load with owners nobody decided on; the message lists them."""


@dataclass
class OwnerMatch:
    ids: dict[str, str]            # source owner email -> systemuserid to bind
    queue: pl.DataFrame            # email, status, records, resolution
    fallback: str | None

    @property
    def blocking(self) -> pl.DataFrame:
        return self.queue.filter(pl.col("resolution") == "blocked")


def normalise_email(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    return value or None


def fetch_users(client: DataverseClient) -> list[dict[str, Any]]:
    return list(client.query("systemusers", select=[
        "systemuserid", "fullname", "internalemailaddress", "isdisabled"]))


def match_owners(owner_counts: dict[str, int], users: list[dict[str, Any]], *,
                 fallback_email: str | None = None,
                 domain_aliases: dict[str, str] | None = None) -> OwnerMatch:
    """Match each distinct owner email (trimmed, case-insensitive, domain aliases applied)."""
    aliases = {k.lower(): v.lower() for k, v in (domain_aliases or {}).items()}

    def canon(email: str) -> str:
        local, _, domain = email.partition("@")
        return f"{local}@{aliases.get(domain, domain)}"

    by_email: dict[str, dict[str, Any]] = {}
    for u in users:
        e = normalise_email(u.get("internalemailaddress"))
        if e:
            by_email[canon(e)] = u
    fallback_id = None
    if fallback_email:
        fb = by_email.get(canon(normalise_email(fallback_email) or ""))
        if fb is None or fb.get("isdisabled"):
            raise OwnersUnresolved(
                f"fallback owner {fallback_email} is not an enabled user in the destination org")
        fallback_id = fb["systemuserid"]
    ids: dict[str, str] = {}
    rows = []
    for email, n in sorted(owner_counts.items()):
        user = by_email.get(canon(email))
        if user is not None and not user.get("isdisabled"):
            ids[email] = user["systemuserid"]
            continue
        status = "disabled" if user is not None else "unmatched"
        if fallback_id:
            ids[email] = fallback_id
            resolution = f"assigned to fallback owner {fallback_email}"
        else:
            resolution = "blocked"
        rows.append({"email": email, "status": status, "records": n, "resolution": resolution})
    queue = pl.DataFrame(rows, schema={"email": pl.Utf8, "status": pl.Utf8, "records": pl.Int64,
                                       "resolution": pl.Utf8})
    return OwnerMatch(ids, queue, fallback_email)


def require_owners_decided(match: OwnerMatch, table: str) -> None:
    """Block the load of a table while any of its owners is undecided."""
    blocked = match.blocking
    if blocked.height:
        listed = ", ".join(f"{r['email']} ({r['status']}, {r['records']} records)"
                           for r in blocked.iter_rows(named=True))
        raise OwnersUnresolved(
            f"{table}: {blocked.height} owner(s) have no enabled Dataverse user: {listed}. "
            "Provision them in the org, or confirm owners.fallback_owner_email in the "
            "parameters file, then run again.")
