"""keys70's general rules (session 23): a choice value's words CRMs use where Dataverse's
option label says it otherwise."""

from __future__ import annotations

import polars as pl

from d365migrate.dataverse import tables
from d365migrate.mapping.choice_values import choice_values
from tuning_support import DEFS


def test_a_medium_priority_is_normal_and_a_to_do_not_started() -> None:
    # Relaticle's tasks (Status 'To do' / 'In progress', Priority 'High' / 'Medium' /
    # 'Low'), as consultants decided for Django-CRM, SuiteCRM, Freshdesk, Focalboard
    attrs = tables.attributes(DEFS["task"])
    assert choice_values(pl.Series(["High", "Medium", "Low"]), attrs["prioritycode"]) == {
        "High": 2, "Low": 0, "Medium": 1}
    assert choice_values(pl.Series(["To do", "todo", "To-Do", "In progress"]),
                         attrs["statuscode"]) == {"In progress": 3, "To do": 2, "To-Do": 2,
                                                  "todo": 2}
    # only where an option says it: a task's state has no 'Not Started', a case's priority
    # names its middle option Normal too
    assert choice_values(pl.Series(["To do"]), attrs["statecode"]) == {"To do": None}
    case_priority = tables.attributes(DEFS["incident"])["prioritycode"]
    assert choice_values(pl.Series(["Medium"]), case_priority) == {"Medium": 2}
