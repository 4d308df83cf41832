"""A column named with a bare noun is a record of that noun, not the flag named after it.

Dataverse names some yes/no columns after a noun: a campaign's ``istemplate`` is shown as
'Template'. A source column called 'template' that holds numbers (phpList's and Mailtrain's
campaigns: the id of the template the message was written from, 0 for none) names the
template, not whether the campaign is one; matched on the display name it would set every
campaign's flag from an id. A flag is kept when its source says so: its name has the flag
word ('is_template') or its values are yes/no.
"""

from __future__ import annotations

from d365migrate.mapping.sourcecols import Profile
from d365migrate.mapping.targets import Attr

__all__ = ["FLAG_PREFIXES", "noun_for_flag"]

#: How Dataverse's yes/no columns named after a noun begin ('istemplate', 'hasattachment').
FLAG_PREFIXES = ("is", "has")


def noun_for_flag(p: Profile, a: Attr) -> bool:
    """True when ``a`` is a yes/no column named flag word + noun, the source column is that
    bare noun, and its values are not yes/no (numbers, text): a record, not the flag."""
    if a.atype != "Boolean" or p.kind == "bool":
        return False
    bare = next((a.logical[len(f):] for f in FLAG_PREFIXES if a.logical.startswith(f)), None)
    return bool(bare) and p.compact == bare
