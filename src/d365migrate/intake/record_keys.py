"""A file's key: its id column, else a natural key (name, e-mail), else a pair of columns.

Split from :mod:`d365migrate.intake.discover`. A natural key is both the record's key and a
mapped field; a composite is only a candidate the analyst confirms, so delta runs match the
same records on the next export."""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.intake.key_rules import (
    ID_NAMES,
    any_record_reference,
    firm_of_people,
    foreign_number,
    line_product,
    name_of_people,
    named_guid_key,
    other_party_email,
    own_record_number,
    positional_key,
    record_number,
    reference_to_other,
    row_counter,
    tax_number,
)
from d365migrate.intake.kinds import (
    col_norm,
    name_words,
    normalize_name,
)
from d365migrate.intake.values import infer_column

#: Columns that key a file without an id column: data of their own, mapped as well.
NATURAL_KEYS = {"name", "fullname", "subject", "title", "email", "emailaddress", "username",
                "accountname", "companyname", "dealname", "opportunityname", "ticketname"}
#: Columns tried pairwise for a composite key (the first this many, names and emails first).
COMPOSITE_COLUMNS = 10

def key_candidates(source: str, df: pl.DataFrame,
                   types: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Columns that could be the primary key, best first: unique, non-null, id-like.

    ``types`` are intake's column types; without them the id-like columns are typed here.
    """
    if df.height == 0:
        return []
    if types is None:
        types = {}
        for i, c in enumerate(df.columns):
            nc = col_norm(c)
            if (nc in {"id", "key", "uuid", "guid", "email", "code"} or i == 0
                    or nc.endswith(("id", "key", "number"))):
                types[c] = infer_column(df[c])["type"]
    stem = normalize_name(source)
    # Fivetran's history mode: a row per version of a record, so its 'id' repeats
    versions = "history" in name_words(source)
    out, distinct = [], 0
    for i, c in enumerate(df.columns):
        nc = col_norm(c)
        if any_record_reference(c) or line_product(source, c):
            continue   # 'Related to ID', 'Parent ID': the record a row is on, never its own
        own_guid = named_guid_key(source, c, df[c].head(1000).to_list())   # 'Account'
        idish = (nc in {"id", "key", "uuid", "guid"} or nc in ID_NAMES
                 or nc.endswith(("id", "key", "number"))
                 or nc in {"email", "code"} or own_guid or foreign_number(c)
                 or nc.endswith("sku")   # a product's stock-keeping unit: its number
                 or (i == 0 and positional_key(c) and not firm_of_people(c, df.columns)
                     and not name_of_people(source, c))
                 or record_number(c))   # 'Account No', 'Ticket No': the CRM's number
        # an e-mail column by its values too: headed in the export's language ('E-post',
        # 'E-posta': Frappe CRM's Swedish and Turkish leads, keys128)
        natural = not idish and (nc in NATURAL_KEYS or nc.endswith("email")
                                 or types.get(c) == "email")
        if not (idish or natural) or types.get(c) in {"long_text", "empty", "boolean",
                                                      "datetime", "date"}:
            continue
        s = df[c]
        if i == 0 and row_counter(c, s):
            continue   # 'Sr' 1, 2, 3...: the row's place in this export, no id
        nulls = s.null_count()
        unique = s.n_unique() - (1 if nulls else 0)
        nonnull = df.height - nulls
        if nonnull == 0:
            continue
        uniq = unique / df.height
        if uniq < 0.9 and nc.endswith(("id", "key")):   # a row repeated whole is one
            distinct = distinct or df.unique().height   # record read twice: its id once
            uniq = max(uniq, unique / distinct)
        if uniq < 0.9 and not (versions and nc == "id" and uniq >= 0.5):
            continue
        score = uniq - 0.5 * (nulls / df.height)
        if nc in {"id", stem + "id"} or nc in ID_NAMES or own_guid or (
                nc.endswith("id") and len(nc) > 2 and stem.endswith(nc[:-2])) \
                or own_record_number(source, c):
            score += 0.3
        if i == 0 and unique == df.height:   # first, and no row repeats it (no name twice)
            score += 0.1
        if nc.endswith("id"):
            score += 0.1
        if natural:
            score -= 0.2  # a name or email keys a file only when no id column does
        score -= 0.5 * reference_to_other(source, c)   # a line's 'order_id', 'country_id'
        score -= 0.5 * other_party_email(source, c)    # a ticket's asker's 'user_email'
        score -= 0.3 * tax_number(c)   # 'VAT-ID': the state's number for the firm
        out.append({"column": c, "uniqueness": round(uniq, 4),
                    "null_rate": round(nulls / df.height, 4),
                    "duplicates": nonnull - unique, "score": round(score, 3)})
    return sorted(out, key=lambda d: -d["score"])


def composite_key(df: pl.DataFrame, types: dict[str, str] | None = None
                  ) -> dict[str, Any] | None:
    """When no single column is unique: the first pair of filled, short columns whose values
    together are (names and emails first), as a key candidate for the analyst to confirm:
    ``{"column": "name+company", "columns": [...], "composite": True, ...}``; else None."""
    if df.height < 2:
        return None
    types = types or {}
    usable = [c for i, c in enumerate(df.columns)
              if not (i == 0 and row_counter(c, df[c]))   # 'Sr': no part of a key
              and types.get(c) not in {"long_text", "empty", "boolean", "multiselect"}
              and df[c].null_count() <= 0.05 * df.height]
    usable.sort(key=lambda c: (0 if col_norm(c) in NATURAL_KEYS
                               or col_norm(c).endswith(("name", "email")) else 1))
    usable = usable[:COMPOSITE_COLUMNS]
    for i, a in enumerate(usable):
        for b in usable[i + 1:]:
            if df.select(a, b).n_unique() == df.height:
                return {"column": f"{a}+{b}", "columns": [a, b], "composite": True,
                        "uniqueness": 1.0, "null_rate": 0.0, "duplicates": 0, "score": 0.0}
    return None


def primary_key(source: str, df: pl.DataFrame, types: dict[str, str] | None = None
                ) -> str | None:
    """The object's own id column as discovery finds it (its best key candidate), or None."""
    cands = key_candidates(source, df, types)
    return cands[0]["column"] if cands else None
