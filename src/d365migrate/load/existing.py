"""Lookups bound to a record already in the org, not to one the export carries: a product's
default unit group is the org's own "Default Unit" group (``mapping.decisions.links:
{product.defaultuomscheduleid: {existing: {table: uomschedule, match: {name: Default
Unit}}}}``), a record's currency the org's currency whose code its row names (``existing:
{table: transactioncurrency, by: isocurrencycode}``). Found by the match at load: exactly one
record must match each reference, which the preflight checks first, naming the table and the
values when none or several do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import DataverseClient
from d365migrate.staging.existing_refs import existing_key, is_existing_key, match_of

__all__ = ["existing_key", "existing_problem", "find_existing", "is_existing_key",
           "org_records_named", "resolve_existing_key"]


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"  # OData: a quote is doubled


def find_existing(client: DataverseClient, table_def: Mapping[str, Any],
                  match: Mapping[str, Any]) -> list[str]:
    """Ids of the org's records of the table whose columns hold the match's values (at most
    two: one is the answer, two are too many)."""
    pk = str(table_def["PrimaryIdAttribute"])
    where = " and ".join(f"{column} eq {_literal(value)}" for column, value in match.items())
    return [str(r[pk]) for r in client.query(str(table_def["EntitySetName"]), select=[pk],
                                             filter=where, top=2)]


def existing_problem(spec: Mapping[str, Any], found: list[str]) -> str | None:
    """Why the lookup cannot bind, in words, or None when exactly one record matched."""
    if len(found) == 1:
        return None
    said = " and ".join(f"{c} is '{v}'" for c, v in spec["match"].items())
    if not found:
        return (f"no {spec['table']} in the org whose {said}: create it, or name one that "
                "exists (mapping.decisions.links ... existing: match)")
    return (f"more than one {spec['table']} in the org whose {said}: name it by a column "
            "that only it holds")


def resolve_existing_key(client: DataverseClient, table_def: Mapping[str, Any], key: str
                         ) -> str | None:
    """The org id a staged ``existing:`` reference stands for (verification reads it back
    as the records were bound), or None when not exactly one record matches."""
    found = find_existing(client, table_def, match_of(key))
    return found[0] if len(found) == 1 else None


def org_records_named(client: DataverseClient, table_def: Mapping[str, Any], refs: pl.Series
                      ) -> dict[str, str]:
    """The org id of each distinct reference a staged column holds that names exactly one
    record (one query a reference: a handful of currencies, one unit group)."""
    out = {}
    for key in refs.drop_nulls().unique().to_list():
        found = find_existing(client, table_def, match_of(key))
        if len(found) == 1:
            out[key] = found[0]
    return out
