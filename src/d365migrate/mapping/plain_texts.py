"""A rich-text column of JSON documents beside its own plain text.

Editors that store a document (Editor.js, Draft.js, ProseMirror: Saleor's product
'description' is '{"time":...,"blocks":[{"data":{"text":...}}]}') keep its plain text
beside it for search ('description_plaintext'). The plain text is what a Dataverse text
column holds; the JSON, moved there, would show braces and block ids to every user. So
the plain-text column takes what the rich one would fill, and the rich one is left out,
saying where its text is.
"""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.vocabulary import source_words

__all__ = ["yield_plain_texts"]

Scored = dict[str, list[tuple[float, str, str]]]
#: The last words that say a column is another's plain text.
_PLAIN = (("plaintext",), ("plain", "text"), ("plain",), ("text", "plain"))


def _documents(values: pl.Series) -> bool:
    """Whether every filled value is a JSON object or list (a stored document)."""
    vals = values.cast(pl.Utf8, strict=False).str.strip_chars().drop_nulls()
    vals = vals.filter(vals != "")
    return vals.len() > 0 and bool(vals.str.contains(r"^[\[{][\s\S]*[\]}]$").all())


def yield_plain_texts(rows: pl.DataFrame, scored: Scored, unmapped: dict[str, str]) -> None:
    """Give each '<x>_plaintext' column what '<x>' (a column of JSON documents) would fill."""
    by_words = {tuple(source_words(c)[0]): c for c in rows.columns}
    for col in rows.columns:
        words = tuple(source_words(col)[0])
        for tail in _PLAIN:
            rich = by_words.get(words[:-len(tail)]) if words[-len(tail):] == tail and len(
                words) > len(tail) else None
            if rich and rich != col and scored.get(rich) and _documents(rows[rich]):
                taken = [(c[0], c[1], f"the plain text of '{rich}' (JSON documents): {c[2]}")
                         for c in scored[rich]]
                scored[col] = [*taken, *(c for c in scored.get(col, [])
                                         if c[1] not in {x[1] for x in taken})]
                scored[rich] = []
                unmapped.pop(col, None)
                unmapped[rich] = (f"rich text stored as JSON documents; its plain text is "
                                  f"in '{col}'")
                break
