"""A leads file its contacts belong to is the companies: accounts.

Close calls a company a "lead": its contacts and opportunities each name their lead
('lead_id'), and one lead holds several contacts. Dynamics 365's lead is one prospect, who
has no contacts under them; the record people belong to is an account. So a file found to
be leads whose ids a contacts file's lead column holds is the customers' companies, unless
its rows carry a person's own given or family name: then each contact is the person the lead
became (Fat Free CRM's contacts name the lead they were converted from).
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm

__all__ = ["leads_with_contacts"]

#: A contact's column naming its lead (normalised).
_LEAD_REFS = frozenset({"leadid", "lead"})
#: A file's own id column (normalised).
_IDS = frozenset({"id", "leadid"})


def _ids(df: pl.DataFrame) -> set[str]:
    col = next((c for c in df.columns if col_norm(c) in _IDS), None)
    if col is None:
        return set()
    return {str(v).strip() for v in df[col].drop_nulls().to_list() if str(v).strip()}


def leads_with_contacts(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                        ) -> dict[str, tuple[str, str]]:
    """Leads files a contacts file's rows belong to (most of its lead ids are the file's):
    source -> ('account', why)."""
    out: dict[str, tuple[str, str]] = {}
    people = [s for s, k in kinds.items() if k == "contact" and s in tables]
    for source, kind in kinds.items():
        if kind != "lead" or source not in tables or not (ids := _ids(tables[source])) or any(
                col_norm(c) in (*FIRST_NAME_COLUMNS, *LAST_NAME_COLUMNS)
                for c in tables[source].columns):
            continue   # a person's lead, its contact the person it became
        for person in people:
            df = tables[person]
            for col in (c for c in df.columns if col_norm(c) in _LEAD_REFS):
                refs = [str(v).strip() for v in df[col].drop_nulls().to_list() if str(v).strip()]
                if refs and sum(r in ids for r in refs) >= 0.8 * len(refs):
                    out[source] = ("account", f"the contacts of '{person}' belong to its rows "
                                   f"('{col}'): the companies they work at, accounts (a "
                                   "Dynamics 365 lead has no contacts of its own)")
                    break
            if source in out:
                break
    return out
