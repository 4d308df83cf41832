"""Target columns as the suggestion engine sees them: the writable, meaningful columns of a
Dataverse table, with the words of their names and labels ready to compare.

The metadata itself is read through :mod:`d365migrate.dataverse.tables`.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from d365migrate.dataverse import tables
from d365migrate.dataverse.tables import CHOICE_TYPES, LOOKUP_TYPES
from d365migrate.intake.kinds import name_word_split
from d365migrate.mapping.vocabulary import Vocabulary, norm_words, singular, split_words

__all__ = ["Attr", "attributes", "table_names", "SKIP_TYPES"]

#: Column types that take no value from a source column.
SKIP_TYPES = {"Virtual", "EntityName", "ManagedProperty", "CalendarRules", "PartyList",
              "Uniqueidentifier", "BigInt", "Image", "File"}


@dataclass(frozen=True)
class Attr:
    logical: str
    atype: str
    label: str
    label_words: tuple[str, ...]
    compact: str
    bare: str
    fmt: str
    targets: tuple[str, ...]
    options: tuple[str, ...]
    required: bool
    addon: bool
    secondary_address: bool
    codes: tuple[str, ...] = ()    # a choice's option values, as text ('1', '2')

    def describe(self) -> str:
        return f"{self.logical} ('{self.label}')" if self.label else self.logical

    def deadline_unlike(self, source: str) -> bool:
        """Whether this is a deadline ('Resolve By', 'Follow Up By') and ``source`` says no
        deadline: 'resolved' and 'resolved_at' resemble Resolve By in spelling, but they are
        when a case was resolved, not when it must be."""
        if self.atype != "DateTime" or self.label.lower().split()[-1:] != ["by"]:
            return False
        words = [w.lower() for w in name_word_split(source)]   # 'resolved_by': who did
        return not ({"due", "deadline", "sla", "target"} & set(words) or any(
            w == "by" and i and not words[i - 1].endswith("ed") for i, w in enumerate(words)))


def _string_format(a: Mapping[str, Any], logical: str) -> str:
    fmt = a.get("FormatName")
    value = fmt.get("Value") if isinstance(fmt, Mapping) else None
    value = value or a.get("Format")
    if value and str(value).lower() not in ("text", "none"):
        return str(value).lower()
    if logical.startswith("emailaddress") or logical.endswith("emailaddress"):
        return "email"
    if re.search(r"(telephone\d?|mobilephone|^fax$|_fax$|^pager$|phone$)", logical):
        return "phone"
    if logical.endswith("url"):
        return "url"
    return str(value or "text").lower()


def _make_attr(a: Mapping[str, Any], atype: str, vocab: Vocabulary) -> Attr:
    logical = str(a["LogicalName"])
    label = tables.label(a.get("DisplayName"))
    compact = logical.replace("_", "")
    bare = compact
    if atype in CHOICE_TYPES and compact.endswith("code"):
        bare = compact[:-4]
    elif atype in LOOKUP_TYPES and compact.endswith("id"):
        bare = compact[:-2]
    req = tables.required_level(a)
    targets = tuple(str(t) for t in a.get("Targets") or ())
    if atype == "Owner" and not targets:
        targets = ("systemuser", "team")
    return Attr(
        logical=logical, atype=atype, label=label,
        label_words=norm_words(split_words(label)) if label else (),
        compact=compact, bare=bare,
        fmt=_string_format(a, logical) if atype in ("String", "Memo") else "",
        targets=targets, options=tuple(x for _, x in tables.options(a) if x),
        required=req in ("ApplicationRequired", "SystemRequired"),
        addon=logical.startswith(vocab.prefixes),
        secondary_address=bool(re.match(r"address[2-9]_", logical)),
        codes=tuple(str(v) for v, _ in tables.options(a)),
    )


def _derived_attributes(td: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Lookups (and the primary name) when a definition carries relationships only."""
    system = {"createdby", "modifiedby", "createdonbehalfby", "modifiedonbehalfby",
              "owningbusinessunit", "owninguser", "owningteam", "masterid", "slainvokedid",
              "createdbyexternalparty", "modifiedbyexternalparty", "entityimageid", "stageid"}
    by_attr: dict[str, list[str]] = {}
    nav: dict[str, str] = {}
    for rel in td.get("ManyToOneRelationships") or []:
        attr = rel.get("ReferencingAttribute")
        if not attr or attr in system:
            continue
        by_attr.setdefault(attr, []).append(str(rel.get("ReferencedEntity")))
        nav.setdefault(attr, str(rel.get("ReferencingEntityNavigationPropertyName") or attr))
    out: list[dict[str, Any]] = []
    for attr, targets in by_attr.items():
        if "owner" in targets:
            atype, targets = "Owner", ["systemuser", "team"]
        elif {"account", "contact"} <= set(targets):
            atype = "Customer"
        else:
            atype = "Lookup"
        out.append({"LogicalName": attr, "AttributeType": atype, "Targets": targets,
                    "DisplayName": {"UserLocalizedLabel": {"Label": nav[attr]}}})
    if td.get("PrimaryNameAttribute"):
        out.append({"LogicalName": td["PrimaryNameAttribute"], "AttributeType": "String",
                    "DisplayName": {"UserLocalizedLabel": {"Label": "Name"}}})
    return out


def attributes(table_def: Mapping[str, Any], vocab: Vocabulary) -> list[Attr]:
    """Writable, meaningful columns of a table definition; and a user's full name, which
    the org computes but owners are matched by (a users file is read, never written)."""
    td = tables.unwrap(table_def)
    raw = td.get("Attributes") or _derived_attributes(td)
    pk = td.get("PrimaryIdAttribute")
    out: list[Attr] = []
    seen: set[str] = set()
    for a in raw:
        if not isinstance(a, Mapping) or not a.get("LogicalName"):
            continue
        logical = str(a["LogicalName"])
        atype = tables.attribute_type(a)
        if logical in seen or logical == pk or a.get("AttributeOf") or a.get("IsPrimaryId"):
            continue
        if atype in SKIP_TYPES:
            continue
        read_only = a.get("IsValidForCreate") is False and a.get("IsValidForUpdate") in (
            False, None)
        if read_only and not (logical == "fullname" and td.get("LogicalName") == "systemuser"):
            continue
        if any(fnmatch.fnmatchcase(logical, pat) for pat in vocab.ignore):
            continue
        seen.add(logical)
        out.append(_make_attr(a, atype, vocab))
    return out


def table_names(logical: str, table_def: Mapping[str, Any]) -> set[str]:
    td = tables.unwrap(table_def)
    names = {logical.replace("_", "")}
    for key in ("EntitySetName", "LogicalCollectionName", "SchemaName"):
        if td.get(key):
            names.add("".join(singular(w) for w in split_words(str(td[key]))))
    label = tables.label(td.get("DisplayName"))
    if label:
        names.add("".join(singular(w) for w in split_words(label)))
    return {n for n in names if n}
