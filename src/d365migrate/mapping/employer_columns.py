"""A person's employer before an organisation's name, for the contact's company.

CiviCRM's contacts export holds people, households and organisations in one file: its
'Organization Name' is an organisation's own name on the organisation's rows, its 'Current
Employer' the organisation a person works for (by id). Both read as the contact's company
(parentcustomerid), and a column of names outscores one of ids; but the column that names
the employer is the person's link, the other a name of another kind of row. Asked by the
suggestion engine (``mapping/suggest.py``) once every column is scored.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

__all__ = ["employer_first"]

#: Words that name whom a person works for.
EMPLOYER_WORDS = frozenset({"employer"})
TARGET = "parentcustomerid"


def employer_first(readings: Mapping[str, Sequence[Sequence[str]]],
                   scored: MutableMapping[str, list[tuple[float, str, str]]]) -> None:
    """Raise the employer column's claim on the contact's company above every other
    column's (``readings``: each column's words, its own first; ``scored`` in place)."""
    def claim(col: str) -> float:
        return max((c[0] for c in scored.get(col, []) if c[1] == TARGET), default=0.0)

    employers = [c for c, rs in readings.items() if claim(c) > 0.0
                 and any(EMPLOYER_WORDS & {w.lower() for w in ws} for ws in rs)]
    if len(employers) != 1:
        return
    col = employers[0]
    best_other = max((claim(c) for c in scored if c != col), default=0.0)
    if best_other <= claim(col):
        return
    scored[col] = [(round(min(best_other + 0.01, 0.99), 3), t, why) if t == TARGET
                   else (s, t, why) for s, t, why in scored[col]]
    scored[col].sort(key=lambda c: (-c[0], c[1]))
