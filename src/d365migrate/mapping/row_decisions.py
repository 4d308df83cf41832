"""Rows the analyst decides not to move: ``mapping.decisions.skip_rows``.

An export carries rows nobody wants in Dynamics 365: test records, the company's own login
users in a contacts table (Openbravo's AD_User), records marked deleted. The analyst names
them by a column's values and says why, in the parameters::

    skip_rows:
      contact:
        - column: Type
          values: [Login user]
          reason: the company's own login users, matched to Dynamics 365 users instead
        - column: USERNAME
          filled: true          # any value: a row with a sign-in name
          reason: the company's own login users

Staging skips those rows (:mod:`d365migrate.staging.decided_skips`), each counted as skipped
with that reason beside its file and row, so source rows = loaded + quarantined + failed +
skipped still holds and the report says plainly what was left out and why.
"""

from __future__ import annotations

import copy
from typing import Any

from d365migrate.mapping.mapfile import MappingError, unit_name
from d365migrate.mapping.owner_columns import source_columns

DECISION = "mapping.decisions.skip_rows"


def decide_skip_rows(mapping: dict[str, Any], unit: str, rules: Any) -> dict[str, Any]:
    """The map with ``unit``'s rows to skip (a list of column, values, reason), checked:
    the column is one of the entry's file, the values and the reason are given."""
    out = copy.deepcopy(mapping)
    entry = next((t for t in out.get("tables", []) if unit_name(t) == unit), None)
    if entry is None or not entry.get("source"):
        return mapping  # an object this run does not move
    if isinstance(rules, dict):
        rules = [rules]
    if not isinstance(rules, list) or not rules:
        raise MappingError(f"{DECISION}.{unit}: give a list of rules, each with column, "
                           "values and reason")
    known = source_columns(entry)
    decided = []
    for n, rule in enumerate(rules, start=1):
        where = f"{DECISION}.{unit} rule {n}"
        if not isinstance(rule, dict):
            raise MappingError(f"{where}: give column, values and reason")
        column = str(rule.get("column") or "").strip()
        values = rule.get("values")
        values = [values] if isinstance(values, str | int | float) else values
        reason = str(rule.get("reason") or "").strip()
        if column not in known:
            have = ", ".join(f"'{c}'" for c in known) or "none"
            raise MappingError(f"{where}: '{column}' is not a column of {entry['source']} "
                               f"(its columns: {have})")
        filled = rule.get("filled") is True
        if filled == bool(values) or (values and not all(str(v).strip() for v in values)):
            raise MappingError(f"{where}: name the values of '{column}' whose rows are "
                               "skipped (values: [...]), or say any value (filled: true)")
        if not reason:
            raise MappingError(f"{where}: say why those rows are skipped (reason: ...): the "
                               "report shows it beside each row")
        decided.append({"column": column, "reason": reason, **(
            {"filled": True} if filled else {"values": [str(v).strip() for v in values]})})
    entry["skip_rows"] = decided
    return out
