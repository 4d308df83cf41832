"""A '<kind>_history' table that holds the kind's records, one row a version of a record.

A warehouse connector's history mode (Fivetran's ``account_history``, ``visitor_history``)
lands each record with a row per version: the record's own id and its own fields. A CRM's
change log under the same kind of name (Salesforce's ``OpportunityHistory``,
``AccountHistory``) instead names the record it logs by a link (``OpportunityId``) or lists
what changed (``Field``, ``OldValue``, ``NewValue``). So a history file that neither links to
the kind its name names nor lists changes holds that kind's records: it is no log.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["versioned_records"]

#: Columns of a change log (normalised): which field changed, from what, to what.
_CHANGE_COLUMNS = frozenset({"field", "fieldname", "oldvalue", "newvalue", "old", "new",
                             "from", "to", "fromvalue", "tovalue", "previousvalue",
                             "changedfield", "action", "operation"})


def versioned_records(cols: set[str], kind_words: Iterable[str]) -> bool:
    """True when a history-named file of the columns ``cols`` (normalised) holds records of
    the kind named by ``kind_words`` (its words, normalised) rather than a log of them."""
    refs = {w + "id" for w in kind_words}
    return "id" in cols and not (cols & refs) and not (cols & _CHANGE_COLUMNS)
