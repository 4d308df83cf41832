"""Leads that are companies: each record holds a list of its people.

Close calls a company a "lead": the record names an organisation, its web site and
addresses, and holds the people who work there as a list (``contacts``: a JSON list of
objects each with a name, e-mails and phones), whatever its status (Potential, Interested,
Customer). A lead in the other CRMs' sense (Salesforce's, Zoho's, HubSpot's) is one person
at one company: it names the company, it holds no people. So a file discovery names leads
whose rows mostly carry a list of people is the organisations, Dataverse's accounts; the
people are contacts in their own file (or only inside, left with the list).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import polars as pl

from d365migrate.intake.kinds import name_word_split

__all__ = ["PEOPLE_LISTS", "lead_companies", "people_listed"]

#: Columns that list the people of a record (name words).
PEOPLE_LISTS = frozenset({"contacts", "people", "persons", "members", "employees"})
#: Keys of a listed object that say it is a person (a name with a way to reach them).
_PERSON_KEYS = frozenset({"name", "display_name", "first_name", "last_name", "full_name"})
_REACH_KEYS = frozenset({"email", "emails", "phone", "phones", "title", "job_title"})


def _people(cell: str | None) -> bool:
    """Whether a cell is a non-empty JSON list of people (objects with a name and an
    e-mail, a phone or a title)."""
    if not cell or not cell.lstrip().startswith("["):
        return False
    try:
        items = json.loads(cell)
    except ValueError:
        return False
    return bool(items) and isinstance(items, list) and all(
        isinstance(i, dict) and set(i) & _PERSON_KEYS and set(i) & _REACH_KEYS for i in items)


def people_listed(df: pl.DataFrame) -> str:
    """The column whose cells list each row's people on most rows (more than half), else
    ''."""
    for col in df.columns:
        if "_".join(name_word_split(col)) not in PEOPLE_LISTS or df.height == 0:
            continue
        cells = df[col].cast(pl.Utf8).to_list()
        if sum(_people(c) for c in cells) * 2 > len(cells):
            return col
    return ""


def lead_companies(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """Lead files whose rows list their people: source -> ("account", why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        col = people_listed(tables[source]) if kind == "lead" else ""
        if col:
            out[source] = ("account", f"each record lists its people ('{col}'): a company "
                           "with the people who work there, the accounts, not one person's "
                           "lead")
    return out
