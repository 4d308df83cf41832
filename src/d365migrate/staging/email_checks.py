"""Every column the map reads as an e-mail address is checked as one, not the first alone.

The committed suites check ``emailaddress1``'s form; a map may fill ``emailaddress2`` and
``emailaddress3`` (or an e-mail column of another table) from the export as well, and an old
dump writes ``0`` in every empty one (OpenCATS): that ``0`` loaded as a second e-mail
address. Each mapped column with the ``email`` transform gets the suite's own check (its
pattern and reason), so a value that is no address is held back or cleared under the
column's policy, with the reason a person reads, like the first address.
"""

from __future__ import annotations

from typing import Any

import polars as pl

__all__ = ["EMAIL_REASON", "email_expectations"]

EMAIL_REASON = "email address is not valid"
#: The pattern when the table's suite has no e-mail check of its own to copy.
#: RFC 5322's atoms in the local part (a relay's 'a-b=c.com-9f@postmaster.twitter.com', an
#: 'it/ops@' alias), a domain of labels and a top-level name.
EMAIL_REGEX = r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
REGEX_CHECK = "expect_column_values_to_match_regex"


def email_expectations(staged: pl.DataFrame, tmap: dict[str, Any] | None,
                       declared: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The e-mail check for each staged column the map reads as an address that the suite
    does not already check."""
    checked = {e["kwargs"].get("column") for e in declared if e.get("type") == REGEX_CHECK}
    model = next((e for e in declared if e.get("type") == REGEX_CHECK
                  and (e.get("meta") or {}).get("reason") == EMAIL_REASON), None)
    regex = model["kwargs"]["regex"] if model else EMAIL_REGEX
    columns = [c["target"] for c in (tmap or {}).get("columns") or []
               if c.get("transform") == "email" and c.get("target") in staged.columns]
    return [{"type": REGEX_CHECK, "kwargs": {"column": column, "regex": regex},
             "meta": {"reason": EMAIL_REASON}}
            for column in dict.fromkeys(columns) if column not in checked]
