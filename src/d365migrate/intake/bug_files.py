"""A bug tracker's bugs are its cases; a CRM's bugs beside its own cases are not.

ZenTao and MantisBT export their bugs as the records their users raise: in Dynamics 365, cases.
SuiteCRM's 'Bugs' module, beside its 'Cases', is the product's defect list, which the
support team links cases to: no customer's request, and a second source of cases would
split the one case unit (its decisions name the cases file's columns). So a file named
bugs stays a ticket file only where no other file of the export is one.
"""

from __future__ import annotations

from collections.abc import Mapping

from d365migrate.intake.kinds import normalize_name

__all__ = ["bugs_beside_cases"]

#: Names (normalised, singular) of a file of software defects.
_BUG_NAMES = frozenset({"bug", "defect"})


def bugs_beside_cases(kinds: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Files named bugs, read as tickets beside another tickets file: source -> ('unknown',
    why); none where the bugs are the export's only tickets."""
    bugs = [s for s, k in kinds.items() if k == "ticket" and normalize_name(s) in _BUG_NAMES]
    cases = [s for s, k in kinds.items() if k == "ticket" and s not in bugs]
    if not bugs or not cases:
        return {}
    why = (f"unsure: its name says bugs, a product's defects, beside the cases of "
           f"'{cases[0]}'; set its object in the parameters if its bugs should load as cases")
    return {s: ("unknown", why) for s in bugs}
