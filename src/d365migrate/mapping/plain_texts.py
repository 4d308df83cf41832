"""A rich-text column of JSON documents beside its own plain text.

Editors that store a document (Editor.js, Draft.js, ProseMirror: Saleor's product
'description' is '{"time":...,"blocks":[{"data":{"text":...}}]}') keep its plain text
beside it for search ('description_plaintext'). The plain text is what a Dataverse text
column holds; the JSON, moved there, would show braces and block ids to every user. So
the plain-text column takes what the rich one would fill, and the rich one is left out,
saying where its text is.

The same holds for HTML: a help desk's API writes a ticket's or a message's text twice,
as the HTML its editor stores and as plain text beside it (Freshdesk's 'description' and
'description_text', 'body' and 'body_text'). The plain text takes what the HTML would fill.
"""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.vocabulary import source_words

__all__ = ["yield_plain_texts"]

Scored = dict[str, list[tuple[float, str, str]]]
#: The last words that say a column is another's plain text.
_PLAIN = (("plaintext",), ("plain", "text"), ("plain",), ("text", "plain"))
#: The last word that says so only beside HTML ('description_text' of an HTML description).
_TEXT = ("text",)
#: An HTML tag: an element's opening, closing or empty tag ('<div dir="ltr">', '<br>').
_TAG = r"</?(?:[a-z][a-z0-9]*)(?:\s[^<>]*)?/?>"


def _documents(values: pl.Series) -> bool:
    """Whether every filled value is a JSON object or list (a stored document)."""
    vals = values.cast(pl.Utf8, strict=False).str.strip_chars().drop_nulls()
    vals = vals.filter(vals != "")
    return vals.len() > 0 and bool(vals.str.contains(r"^[\[{][\s\S]*[\]}]$").all())


def _markup(values: pl.Series) -> bool:
    """Whether most filled values carry HTML tags (a rich-text editor's stored text)."""
    vals = values.cast(pl.Utf8, strict=False).str.strip_chars().drop_nulls()
    vals = vals.filter(vals != "")
    return vals.len() > 0 and vals.str.contains(r"(?i)" + _TAG).mean() >= 0.5


def yield_plain_texts(rows: pl.DataFrame, scored: Scored, unmapped: dict[str, str]) -> None:
    """Give each '<x>_plaintext' column what '<x>' (a column of JSON documents) would fill,
    and each '<x>_text' of plain text what '<x>' (a column of HTML) would."""
    by_words = {tuple(source_words(c)[0]): c for c in rows.columns}
    for col in rows.columns:
        words = tuple(source_words(col)[0])
        for tail in (*_PLAIN, _TEXT):
            rich = by_words.get(words[:-len(tail)]) if words[-len(tail):] == tail and len(
                words) > len(tail) else None
            stored = "" if not rich or rich == col or not scored.get(rich) else (
                "JSON documents" if tail != _TEXT and _documents(rows[rich]) else
                "HTML" if _markup(rows[rich]) and not _markup(rows[col]) else "")
            if stored:
                taken = [(c[0], c[1], f"the plain text of '{rich}' ({stored}): {c[2]}")
                         for c in scored[rich]]
                scored[col] = [*taken, *(c for c in scored.get(col, [])
                                         if c[1] not in {x[1] for x in taken})]
                scored[rich] = []
                unmapped.pop(col, None)
                unmapped[rich] = (f"rich text stored as {stored}; its plain text is "
                                  f"in '{col}'")
                break
