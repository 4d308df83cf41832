"""Why discovery left a file unknown, in its own words, for the inventory and the reports.

Discovery leaves a file unknown for two different reasons: it could not tell what the rows
are (no kind fits its columns, or several fit as well), or it knows what they are and that
they are no object of the map ('lead_lists': lists of leads, not the leads; an association
table; suppliers; a ledger's accounts; a setup file named for a kind none of whose columns it
has). The second is worth saying as it is: "not recognised" would send the migration team
looking at a file discovery had already explained. Its classification writes that reason as
its last line of evidence (:func:`d365migrate.intake.discover.classify_table`); this reads
it back without the engine's advice to the analyst and its scores.
"""

from __future__ import annotations

import re

__all__ = ["why_unknown"]

#: Evidence lines that say discovery could not tell (no reason of its own).
_CANNOT_TELL = ("no object scored above", "unsure: its columns fit several objects")
#: The engine's advice to the analyst at a line's end, and its scores.
_ADVICE = re.compile(r";\s*set its object in the parameters( if it is wanted)?\s*$")
_SCORES = re.compile(r"\s*\(by its columns [a-z_]+ -?\d+(\.\d+)?\)")


def why_unknown(kind: str, evidence: list[str]) -> str | None:
    """The reason discovery gave for leaving a file unknown (the last line of its
    classification that is one), as a person reads it; None for a file of a kind, or one
    discovery could not tell at all. ``evidence``: the classification's lines, before the
    key's and the parts' are added."""
    if kind != "unknown":
        return None
    for line in reversed(evidence):
        if line.startswith(_CANNOT_TELL):
            continue
        text = _SCORES.sub("", _ADVICE.sub("", line.removeprefix("unsure: "))).strip(" ;")
        return text or None
    return None
