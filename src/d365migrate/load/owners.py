"""Owners matched to Dataverse users by email, else by full name; the unmatched wait in a
queue a person clears.

Exports name a record's owner in different ways: an email (``owner_email``), a user id
(Salesforce ``OwnerId``) or a full name (``sales: Jane Doe``). The export's own users file
says who an id or a name is (:func:`export_people`); the owner is then matched to the org's
users by email, else by full name (``systemuser.fullname``). A name two users share, in the
export or in the org, is not guessed: it blocks like an unmatched owner, with the reason.

An owner with no enabled systemuser blocks the records it owns: the customer's admin
provisions the user (then the run is repeated), or a fallback owner is confirmed in the
parameters, in which case those records go to the fallback and the queue says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.load.nested_people import with_nested_person


class OwnersUnresolved(RuntimeError):
    """Records would load with owners nobody decided on; the message lists them."""


@dataclass
class OwnerMatch:
    ids: dict[str, str]            # source owner (email, id or name) -> systemuserid to bind
    queue: pl.DataFrame            # email (the owner as the export gives it), status, records,
                                   # resolution, reason, person (who the users file says)
    fallback: str | None
    #: How each matched owner was found: "email" or "name".
    how: dict[str, str] = field(default_factory=dict)

    @property
    def blocking(self) -> pl.DataFrame:
        return self.queue.filter(pl.col("resolution") == "blocked")


def normalise_email(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    return value or None


def normalise_name(value: str | None) -> str | None:
    """A full name compared as people read it: Unicode NFC, case and spacing ignored."""
    if value is None:
        return None
    value = " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()
    return value or None


@dataclass(frozen=True)
class Person:
    """Who an owner reference means, as the export's users file says (either may be None);
    ``ambiguous`` lists the users file's rows when a name there is shared."""

    email: str | None
    fullname: str | None
    ambiguous: tuple[str, ...] = ()


def _norm(column: str) -> str:
    return re.sub(r"[^0-9a-z]", "", column.lower())


_EMAIL_COLUMNS = ("email", "emailaddress", "internalemailaddress", "useremail", "mail",
                  "primaryemail", "workemail")
_NAME_COLUMNS = ("fullname", "name", "displayname", "ownername", "username")
_FIRST, _LAST = ("firstname", "first", "givenname"), ("lastname", "last", "surname",
                                                       "familyname")
_ID_COLUMNS = ("id", "userid", "ownerid", "agentid", "salesid", "memberid", "uuid", "guid")


def people_of_table(df: pl.DataFrame, key: str | None = None) -> dict[str, Person]:
    """Owner reference (trimmed, lowercase, as staging keeps it) -> the person, from one users
    file: by its id (``key`` or an id-named column), its email and its full name.

    The full name is the file's name column, else first + last name. A name two rows share
    maps to an ambiguous person (the owner is not guessed between them)."""
    cols = {_norm(c): c for c in df.columns}
    email_col = next((cols[n] for n in _EMAIL_COLUMNS if n in cols), None)
    if email_col is None:
        email_col = next((c for n, c in cols.items() if n.endswith("email")), None)
    if email_col is None:   # Freshdesk's agents: {"email": ..., "name": ...} in 'contact'
        df = with_nested_person(df, any(n in cols for n in _NAME_COLUMNS))
        cols = {_norm(c): c for c in df.columns}
        email_col = cols.get("email")
    name_col = next((cols[n] for n in _NAME_COLUMNS if n in cols
                     and not _looks_like_emails(df[cols[n]])), None)
    first = next((cols[n] for n in _FIRST if n in cols), None)
    last = next((cols[n] for n in _LAST if n in cols), None)
    id_cols = [c for c in dict.fromkeys([key, *(cols[n] for n in _ID_COLUMNS if n in cols)])
               if c and c in df.columns and c not in (email_col, name_col)]
    people: list[tuple[list[str], Person]] = []
    for row in df.iter_rows(named=True):
        email = normalise_email(_text(row.get(email_col))) if email_col else None
        if name_col:
            name = _text(row.get(name_col))
        else:
            name = " ".join(p for p in (_text(row.get(first)) if first else None,
                                        _text(row.get(last)) if last else None) if p) or None
        name = " ".join(name.split()) if name else None
        refs = [r.lower() for c in id_cols if (r := _text(row.get(c)))]
        people.append((refs, Person(email, name)))
    out: dict[str, Person] = {}
    by_name: dict[str, list[Person]] = {}
    for refs, person in people:
        for ref in refs:
            out.setdefault(ref, person)
        if person.email:
            out.setdefault(person.email, person)
        n = normalise_name(person.fullname)
        if n:
            by_name.setdefault(n, []).append(person)
    for n, same in by_name.items():
        if len(same) == 1:
            out.setdefault(n, same[0])
        else:
            out[n] = Person(None, same[0].fullname, tuple(
                p.email or p.fullname or "?" for p in same))
    return out


def export_people(tables: Mapping[str, pl.DataFrame], sources: Iterable[str],
                  keys: Mapping[str, str | None] | None = None) -> dict[str, Person]:
    """Owner reference -> person, from every users file of the export (``sources``: those
    discovery named users; ``keys``: their id columns). The first file to name a reference
    keeps it."""
    out: dict[str, Person] = {}
    for source in sources:
        if source in tables:
            for ref, person in people_of_table(tables[source],
                                               (keys or {}).get(source)).items():
                out.setdefault(ref, person)
    return out


#: Words of a column naming a user (normalised, split): the records' user references.
_USER_WORDS = frozenset({"user", "owner", "staff", "employee", "agent", "rep", "assignee",
                         "salesperson", "officer", "manager"})


def discovered_people(tables: Mapping[str, pl.DataFrame], discovery: Any) -> dict[str, Person]:
    """:func:`export_people` over the files ``discovery`` (an intake ``Discovery``) named
    users, keyed by the id columns it found. Where two users files share ids (Fineract's
    staff and its app logins both count from 1), the file the records' user columns point
    into comes first ('staff_id' into the staff): the first file to name an id keeps it."""
    sources = discovery.sources("user")
    pointed = {s: sum(1 for r in discovery.relationships if r.target_source == s
                      and set(re.findall(r"[a-z]+", r.column.lower())) & _USER_WORDS)
               for s in sources}
    sources = sorted(sources, key=lambda s: -pointed[s])
    return export_people(tables, sources, {s: discovery.key_of(s) for s in sources})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _looks_like_emails(series: pl.Series) -> bool:
    values = [v for v in series.cast(pl.Utf8).drop_nulls().head(50).to_list() if v.strip()]
    return bool(values) and sum("@" in v for v in values) > len(values) / 2


def fetch_users(client: DataverseClient) -> list[dict[str, Any]]:
    return list(client.query("systemusers", select=[
        "systemuserid", "fullname", "internalemailaddress", "isdisabled"]))


def match_owners(owner_counts: dict[str, int], users: list[dict[str, Any]], *,
                 fallback_email: str | None = None,
                 domain_aliases: dict[str, str] | None = None,
                 people: Mapping[str, Person] | None = None) -> OwnerMatch:
    """Match each distinct owner (trimmed, case-insensitive, domain aliases applied): by its
    email, else by its full name among the org's users (``fullname``).

    An owner may be an email, a users-file id or a full name; ``people`` (from
    :func:`export_people`) says which email and name an id or name stands for. A name two
    users share, in the org or in the export's users file, matches nobody: the owner is
    ``ambiguous`` and blocks, as an unmatched one does, with the users it could be."""
    aliases = {k.lower(): v.lower() for k, v in (domain_aliases or {}).items()}
    people = people or {}

    def canon(email: str) -> str:
        local, _, domain = email.partition("@")
        return f"{local}@{aliases.get(domain, domain)}"

    by_email: dict[str, dict[str, Any]] = {}
    by_name: dict[str, list[dict[str, Any]]] = {}
    for u in users:
        e = normalise_email(u.get("internalemailaddress"))
        if e:
            by_email[canon(e)] = u
        n = normalise_name(u.get("fullname"))
        if n:
            by_name.setdefault(n, []).append(u)
    fallback_id = None
    if fallback_email:
        fb = by_email.get(canon(normalise_email(fallback_email) or ""))
        if fb is None or fb.get("isdisabled"):
            raise OwnersUnresolved(
                f"fallback owner {fallback_email} is not an enabled user in the destination org")
        fallback_id = fb["systemuserid"]
    ids: dict[str, str] = {}
    how: dict[str, str] = {}
    rows = []
    for owner, n in sorted(owner_counts.items()):
        user, status, reason, matched_by = _find_user(owner, people, by_email, by_name, canon)
        if user is not None and not user.get("isdisabled"):
            ids[owner] = user["systemuserid"]
            how[owner] = matched_by
            continue
        if user is not None:
            status = "disabled"
            reason = f"the org's user {_who(user)} is disabled"
        if fallback_id:
            ids[owner] = fallback_id
            resolution = f"assigned to fallback owner {fallback_email}"
        else:
            resolution = "blocked"
        rows.append({"email": owner, "status": status, "records": n, "resolution": resolution,
                     "reason": reason, "person": _person(owner, people)})
    queue = pl.DataFrame(rows, schema={"email": pl.Utf8, "status": pl.Utf8, "records": pl.Int64,
                                       "resolution": pl.Utf8, "reason": pl.Utf8,
                                       "person": pl.Utf8})
    return OwnerMatch(ids, queue, fallback_email, how)


def _person(owner: str, people: Mapping[str, Person]) -> str:
    """Who an owner id is, as the export's users file says ('' when it says nothing)."""
    person = people.get(owner.strip().lower())
    if person is None or person.ambiguous:
        return ""
    return " ".join(p for p in (person.fullname, f"<{person.email}>" if person.email else "")
                    if p)


def _who(user: dict[str, Any]) -> str:
    return str(user.get("internalemailaddress") or user.get("fullname") or user["systemuserid"])


def _find_user(owner: str, people: Mapping[str, Person],
               by_email: dict[str, dict[str, Any]], by_name: dict[str, list[dict[str, Any]]],
               canon: Any) -> tuple[dict[str, Any] | None, str, str, str]:
    """(the org's user, status, reason, matched by) for one owner reference."""
    ref = owner.strip().lower()
    person = people.get(ref) or people.get(normalise_name(owner) or "")
    email = normalise_email(owner) if "@" in owner else (person.email if person else None)
    name = person.fullname if person else (None if "@" in owner else " ".join(owner.split()))
    if email and (user := by_email.get(canon(email))) is not None:
        return user, "matched", "", "email"
    if person is not None and person.ambiguous:
        return None, "ambiguous", (f"{len(person.ambiguous)} users of the export are named "
                                   f"'{person.fullname}': {', '.join(person.ambiguous)}"), ""
    same = by_name.get(normalise_name(name) or "", [])
    if len(same) == 1:
        return same[0], "matched", "", "name"
    if len(same) > 1:
        return None, "ambiguous", (f"{len(same)} users of the org are named '{name}': "
                                   f"{', '.join(sorted(_who(u) for u in same))}"), ""
    tried = " or ".join(f"{k} {v}" for k, v in (("email", email), ("name", name)) if v)
    if person is None and "@" not in owner and any(ch.isdigit() for ch in owner):
        tried = ""  # an id the users file does not know, not a name
    if not tried:
        return None, "unmatched", (f"'{owner}' is not an email, and no users file of the "
                                   "export says who it is"), ""
    return None, "unmatched", f"no user of the org with {tried}", ""


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
