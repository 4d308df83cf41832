"""An id the same on every row of a keyed file, beside a real link to the same kind of
record, is the tenant's, not a link.

An export from a hosted CRM often stamps every record with the id of the account (tenant) it
came from: Pipedrive's persons carry ``company_id`` 7780468 on every row beside their
``org_id``. Read by its name such a column is a link to a company, and it took a person's
parent customer from the real ``org_id``: a link that names one record for every row of a
file whose records are each their own (a key of distinct values) says nothing about any one
of them. A file may still point every row at one record on purpose (Pardot's prospects of a
single campaign, one owner for every record), so the constant column yields only to another
column of the file that links to the same table and tells the rows apart. Discovery's links
already refuse such a column as a link *target* (:mod:`d365migrate.intake.links`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

__all__ = ["SHARED_BY_NATURE", "TENANT_REASON", "is_tenant_id", "yield_tenant_ids"]

#: Rows a file needs before one value on all of them says "tenant" rather than chance.
MIN_ROWS = 3
#: Tables whose one record many rows share by nature, never a tenant: every product sold by
#: the unit (Odoo's uom_id), every order in one currency or on one price list, every record
#: of a one-user account owned or written by that user (a tenant is an organisation, never
#: a person: Pipedrive's notes by 'user_id' 11884360 on every row).
SHARED_BY_NATURE = frozenset({"uom", "uomschedule", "transactioncurrency", "pricelevel",
                              "systemuser"})
TENANT_REASON = ("the same id on every row: the account (tenant) the export came from, "
                 "not a link to any one record; '{other}' links each row to its {table}")


def is_tenant_id(df: pl.DataFrame, column: str, key: str | None) -> bool:
    """True when ``column`` holds one value, present on every one of at least
    :data:`MIN_ROWS` rows, in a file whose ``key`` tells its records apart."""
    if key is None or key == column or key not in df.columns or df.height < MIN_ROWS:
        return False
    values = df[column]
    if values.dtype == pl.Utf8:
        values = values.str.strip_chars().replace("", None)
    return values.null_count() == 0 and values.n_unique() == 1 \
        and df[key].n_unique() == df.height


def yield_tenant_ids(df: pl.DataFrame, key: str | None, profiles: Mapping[str, Any],
                     scored: dict[str, list[tuple[float, str, str]]],
                     unmapped: dict[str, str]) -> None:
    """Clear the candidates of each tenant id (``profiles``: each column's profile, the
    table it refers to its ``ref``) that another, varying column of the file links to the
    same table, and say why. A link written as the linked record's API address
    (``ref_by_address``: Salesloft's ``{"_href": ".../accounts/35092358", "id": ...}``)
    names that record on purpose (three people at one company): never a tenant's."""
    refs = {c: p.ref for c, p in profiles.items()}
    constant = {c for c, r in refs.items() if r not in (None, "", "?", *SHARED_BY_NATURE)
                and not profiles[c].ref_by_address and is_tenant_id(df, c, key)}
    for col in sorted(constant):
        other = next((c for c, r in refs.items() if r == refs[col] and c not in constant
                      and scored.get(c)), None)
        if other is not None:
            scored[col] = []
            unmapped[col] = TENANT_REASON.format(other=other, table=refs[col])
