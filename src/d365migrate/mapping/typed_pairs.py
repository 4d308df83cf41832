"""Typed pairs: 'Phone 4 - Type' says what 'Phone 4 - Value' holds (Google Contacts' CSV).

Google's contact export numbers a person's phones and relations and gives each a type
column beside its value: 'Phone 1 - Type' Pager, 'Phone 1 - Value' the number; 'Relation 1 -
Type' Spouse, 'Relation 1 - Value' the name. The number is only the order the person typed
them in; the type is the meaning. Dataverse's phones and relations are typed too (the
business, home and mobile phone, the fax, the pager; the spouse's and the manager's name),
so a value column whose type column says one type in (nearly) every row that has a value is
read under the name its type gives it ('Home Fax', 'Work Phone', 'Spouse Name'). E-mail
addresses and postal addresses are numbered in Dataverse too (emailaddress1-3,
address1-3): theirs keep their place and their own names. Applied by
:func:`d365migrate.mapping.suggest.suggest_columns_why` around the whole suggestion.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import polars as pl

from d365migrate.intake.kinds import name_word_split

__all__ = ["PAIR", "TYPED_GROUPS", "SELF_NAMED", "MOST", "typed_names", "by_pair_types"]

#: '<group> <n> - Type' / '<group> <n> - Value' (Google: 'Phone 3 - Value').
PAIR = re.compile(r"^\s*(?P<group>\D+?)\s*(?P<n>\d+)\s*-\s*(?P<part>type|value)\s*$", re.I)
#: The groups whose Dataverse columns are typed, not numbered, by their words.
TYPED_GROUPS = {("phone",): "Phone", ("telephone",): "Phone", ("relation",): "Name"}
#: Words of a type that name a kind of phone on their own ('Mobile', 'Home Fax', 'Pager').
SELF_NAMED = frozenset({"mobile", "cell", "fax", "pager"})
#: The share of a value column's filled rows one type must hold for the column to be read
#: as that type.
MOST = 0.8


def _type_of(values: pl.Series, types: pl.Series) -> str | None:
    """The one type (nearly) every filled value has, cleaned of Google's '* ' (the primary
    mark), or None."""
    pairs = [(str(t or "").strip().lstrip("*").strip())
             for v, t in zip(values.to_list(), types.to_list(), strict=True)
             if v is not None and str(v).strip()]
    if not pairs:
        return None
    top, n = Counter(pairs).most_common(1)[0]
    return top if top and n >= MOST * len(pairs) else None


def typed_names(df: pl.DataFrame) -> dict[str, tuple[str, str]]:
    """Value column -> (the name its type gives it, its type column), for the typed groups'
    pairs whose type is one in (nearly) every filled row; a name the file already has is
    not given."""
    parts: dict[tuple[str, str], dict[str, str]] = {}
    for col in df.columns:
        if (m := PAIR.match(col)) is not None:
            parts.setdefault((m["group"], m["n"]), {})[m["part"].lower()] = col
    out: dict[str, tuple[str, str]] = {}
    taken = set(df.columns)
    for (group, _), pair in parts.items():
        noun = TYPED_GROUPS.get(tuple(name_word_split(group)))
        if noun is None or set(pair) != {"type", "value"}:
            continue
        kind = _type_of(df[pair["value"]].cast(pl.Utf8, strict=False),
                        df[pair["type"]].cast(pl.Utf8, strict=False))
        if kind is None:
            continue
        alone = noun == "Phone" and bool(SELF_NAMED & set(name_word_split(kind)))
        name = kind if alone else f"{kind} {noun}"
        if name not in taken:
            taken.add(name)
            out[pair["value"]] = (name, pair["type"])
    return out


def by_pair_types(df: pl.DataFrame, whole: pl.DataFrame | None,
                  suggest: Callable[[pl.DataFrame, pl.DataFrame | None],
                                    tuple[dict[str, list[Any]], dict[str, str]]]
                  ) -> tuple[dict[str, list[Any]], dict[str, str]]:
    """``suggest`` run on the file with its typed values named by their types, its answers
    given back under the columns' own names, each reason saying which type was read."""
    names = typed_names(df)
    if not names:
        return suggest(df, whole)
    rename = {col: name for col, (name, _) in names.items()}
    out, why = suggest(df.rename(rename), whole.rename(rename, strict=False)
                       if whole is not None else None)
    back = {name: col for col, name in rename.items()}
    said = {col: f"'{col}' read by its type ('{names[col][1]}' says {names[col][0]}): "
            for col in names}

    def told(col: str, text: str) -> str:   # 'telephone1 went to Main Phone': its own name
        for name, own in back.items():
            text = re.sub(rf"went to {re.escape(name)}(?=[,)])", f"went to {own}", text)
        return said.get(col, "") + text

    return ({back.get(c, c): [dataclasses.replace(x, reason=told(back.get(c, c), x.reason))
                              for x in cands] for c, cands in out.items()},
            {back.get(c, c): told(back.get(c, c), w) for c, w in why.items()})
