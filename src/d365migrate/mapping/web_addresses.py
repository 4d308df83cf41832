"""A column named '<x> URL' holds a web address: its reading as '<x>' fits only a column of
web addresses.

The suggestion engine reads 'Website URL' as 'website' (a trailing 'url' adds nothing to a
web site's name). The same reading makes Intercom's 'source_url' (the page a conversation
started on) the 'source' a help desk's ticket came by (its origin, an option set) and a
lead's source: a web address is neither. So a vocabulary target reached only by dropping
'url' (or 'uri', 'link') is kept for a column of web addresses (``websiteurl``) alone.
"""

from __future__ import annotations

__all__ = ["URL_WORDS", "url_reading_misfit"]

#: Last words of a name that say its values are web addresses.
URL_WORDS = frozenset({"url", "uri", "link", "href"})


def url_reading_misfit(words: tuple[str, ...] | list[str], phrase: str, fmt: str | None
                       ) -> bool:
    """True when a name ending in a web-address word (``words``) reaches a target through a
    vocabulary ``phrase`` without that word, and the target (of format ``fmt``) holds no
    web address: 'source_url' read as 'source' for caseorigincode."""
    return (len(words) > 1 and words[-1] in URL_WORDS and words[-1] not in phrase.split("_")
            and fmt != "url")
