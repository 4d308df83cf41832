"""Outlook's 'Title' beside its 'Job Title': the form of address, not a second job title.

Outlook's contact export (and address books that follow it: Roundcube's, Open-Xchange's)
names the salutation 'Title' (Mr., Dr., Prof.) and the position 'Job Title'. A bare 'Title'
reads as the job title in a file that has no other (SuiteCRM's, Salesforce's contacts); in
a file that also holds a 'Job Title' it is the person's title of address: the salutation.
Read by :func:`d365migrate.mapping.sourcecols.profile`, before any value is looked at (the
values of a salutation are often empty or, in a test file, the field's own name).
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["JOB_TITLE_NAMES", "title_is_salutation"]

#: A column's words that name the position a person holds.
JOB_TITLE_NAMES = frozenset({("job", "title"), ("jobtitle",)})


def title_is_salutation(words: list[str] | tuple[str, ...],
                        siblings: Collection[tuple[str, ...]]) -> bool:
    """Whether a column named 'Title' alone sits in a file with a 'Job Title' column."""
    return tuple(words) == ("title",) and any(tuple(s) in JOB_TITLE_NAMES for s in siblings)
