"""A file whose 'role' says customer or supplier: business partners, not users.

A role column makes a file look like the application's users (an admin, an agent, a
viewer). Small-business accounting tools keep their customers and suppliers in one table
whose role says which a row is (Frappe Books' parties: 'Customer', 'Supplier', 'Both';
Bigcapital's contacts, ERPNext's party types). When most filled roles are such partner roles
the file is the business's customers (D365's accounts), whatever the other columns suggest.
So is a file no kind fits whose type says each row is a company or an individual (the
parties of a contracts database): companies and people the business deals with; when every
row is a person (Shuup's person contacts beside its company contacts), its people: contacts.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import col_norm
from d365migrate.intake.party_types import PARTY_NAMES, PERSON_NAMES

__all__ = ["partner_role_files"]

#: Columns saying what a row's party is to the business (normalised).
_ROLE_COLUMNS = frozenset({"role", "partyrole", "partnerrole", "partytype", "contacttype",
                           "type", "typ", "tipo"})
#: A business partner's roles (lower case, whole value; 'both': customer and supplier).
_PARTNER_ROLES = frozenset({"customer", "supplier", "vendor", "both", "client", "prospect",
                            "customer and supplier", "customer/supplier"})
#: What kind of party a row is: a company or a person (read in files no kind fits).
_PARTY_KINDS = PARTY_NAMES


def partner_role_files(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                       ) -> dict[str, tuple[str, str]]:
    """Files named users whose role column holds partner roles on most rows, and files no
    kind fits whose role or type says company or individual: source -> ('account', why),
    or ('contact', why) when every row's type says person."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        if kind not in ("user", "unknown"):
            continue
        # a file no kind fits: only a company / individual type (a 'Client' role there is
        # a program's participant, a 'customer' type a link row's side)
        roles = _PARTY_KINDS if kind == "unknown" else _PARTNER_ROLES
        df = tables[source]
        for col in (c for c in df.columns if col_norm(c) in _ROLE_COLUMNS):
            values = df[col].drop_nulls().cast(pl.Utf8).str.strip_chars().str.to_lowercase()
            partners = int(values.is_in(list(roles)).sum())
            if kind == "unknown" and values.len() and values.is_in(list(PERSON_NAMES)).all():
                out[source] = ("contact", f"its '{col}' says person on every row: people, "
                               "named contact")
                break
            if values.len() and partners * 2 > values.len():
                out[source] = ("account", f"its '{col}' says customer or supplier (or "
                               f"company or individual) on {partners} of {values.len()} rows: "
                               "the business's partners, named account")
                break
    return out
