"""'Project lead', 'Team lead': the person who leads the work, no sales lead.

A column named 'lead' on a deal names the lead it came from (Dynamics' Originating Lead).
After a word naming a piece of work or a group ('Project lead' on a projects file, 'Team
lead', 'Tech lead', 'Engagement lead') 'lead' is the person leading it: a name of the
business's people, no lead record to link, whatever the file's own word in front.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["leads_work"]

#: What a person leads (singular, lower case): a piece of work or a group of people.
_LED = frozenset({"project", "team", "tech", "technical", "design", "engagement", "program",
                  "programme", "product", "squad", "workstream", "delivery", "group",
                  "section", "unit", "study", "research", "creative", "campaign"})


def leads_work(words: Sequence[str]) -> bool:
    """Whether a column's words end in 'lead' right after a word naming what a person
    leads ('project lead', 'team_lead')."""
    return len(words) >= 2 and words[-1] == "lead" and words[-2] in _LED
