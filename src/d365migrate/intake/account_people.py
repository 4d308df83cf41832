"""A second accounts file whose every row names a company of the first by its id and its
name: the companies' people.

Dolibarr's contacts profile is ``export_societe_2`` (its module, 'société'), so its name says
account; where its headers are words no list reads (Thai, Urdu, Tamil, Kazakh), nothing
else says people. But each of its rows carries, in two columns, the id and the name of a
company of ``export_societe_1``, and an e-mail address: records that belong to another
file's company, with an address to write to, are that company's contacts. An account's own
parent is an id of its own file, on some rows only; a second copy of the same companies
holds their ids and names as its own key and name, not beside a key of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.served_units import column_values, named_values

__all__ = ["account_people"]

#: The share of a column's values the other file must hold for the column to point into it.
MIN_HELD = 0.9


def _key(df: pl.DataFrame) -> str | None:
    """The file's own key: its first column, when every row has a value of its own."""
    first = df.columns[0] if df.columns else None
    if first is None or df[first].null_count() or df[first].n_unique() != df.height:
        return None
    return first


def _pointer(df: pl.DataFrame, skip: set[str], held: Mapping[str, set[str]],
             names: bool) -> str | None:
    """A column (not in ``skip``) filled on every row whose values one of ``held``'s columns
    holds: names (words) when ``names``, else ids of two values or more."""
    for c in df.columns:
        if c in skip or df[c].null_count():
            continue
        vals = column_values(df[c])
        if not vals or named_values(vals) != names or (not names and len(vals) < 2):
            continue
        if any(len(vals & h) >= MIN_HELD * len(vals) for h in held.values()):
            return c
    return None


def _same_companies(df: pl.DataFrame, by_id: str, by_name: str, odf: pl.DataFrame,
                    okey: str, named: Mapping[str, set[str]]) -> bool:
    """Whether a row's id and name are one company's (the other file's row of that id has
    that name), on nearly every row: an employee count beside a type is no company."""
    pairs = set(zip(df[by_id].cast(pl.Utf8).str.strip_chars().to_list(),
                    df[by_name].cast(pl.Utf8).str.strip_chars().to_list(), strict=True))
    for col in named:
        theirs = set(zip(odf[okey].cast(pl.Utf8).str.strip_chars().to_list(),
                         odf[col].cast(pl.Utf8).str.strip_chars().to_list(), strict=True))
        if len(pairs & theirs) >= MIN_HELD * len(pairs):
            return True
    return False


def _own_names(df: pl.DataFrame, key: str) -> dict[str, set[str]]:
    """The file's columns of names, one a row, each row's its own (a company's name)."""
    return {c: v for c in df.columns if c != key and df[c].n_unique() == df.height
            and (v := column_values(df[c])) and named_values(v)}


def _emailed(df: pl.DataFrame) -> str | None:
    return next((c for c in df.columns
                 if (vals := column_values(df[c])) and all("@" in v for v in vals)), None)


def account_people(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """Accounts files whose rows point at another accounts file's companies by id and by
    name, each with an e-mail address: source -> ('contact', why) (module docstring)."""
    accounts = [s for s, k in kinds.items() if k == "account" and tables[s].height]
    keys = {s: _key(tables[s]) for s in accounts}
    names = {s: _own_names(tables[s], k) for s, k in keys.items() if k is not None}
    out: dict[str, tuple[str, str]] = {}
    for source in accounts:
        df = tables[source]
        own = keys[source]
        email = _emailed(df) if own is not None else None
        if own is None or email is None:
            continue
        for other in accounts:
            odf, okey = tables[other], keys[other]
            if other == source or okey is None:
                continue
            named = names[other]
            by_id = _pointer(df, {own, email}, {okey: column_values(odf[okey])}, False)
            by_name = _pointer(df, {own, email}, named, True) if by_id else None
            if by_id and by_name and _same_companies(df, by_id, by_name, odf, okey, named):
                out[source] = ("contact", f"each of its rows names a company of '{other}' by "
                               f"its id ('{by_id}') and its name ('{by_name}'), with an "
                               f"e-mail address ('{email}'): that company's people, contacts")
                break
    return out
