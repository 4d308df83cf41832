"""A file named after the sales pipeline that holds the deals in it.

A pipeline file describes the sales process: its stages, their order and win probability.
Some CRMs (and the CRMs people build in a spreadsheet or a no-code database) name the table
of deals after the pipeline they move through: Baserow's "Lightweight CRM" keeps its
opportunities in "Pipelines", each with a contract value and an expected close date. Each
row there is a deal, worth an amount and closing on a date, which no stage definition is.
"""

from __future__ import annotations

from d365migrate.intake.kinds import DEAL_VALUE_COLUMNS, col_norm

__all__ = ["deal_columns_of_pipeline"]

#: Words of a close date: when a deal is expected to close or closed.
_CLOSE_WORDS = ("closedate", "closingdate", "closeon", "closedon", "closeat", "closedat",
                "expectedclose", "estimatedclose")


def deal_columns_of_pipeline(columns: list[str]) -> list[str] | None:
    """The columns that make a pipeline-named file the deals themselves (an amount the deal
    is worth and the date it closes), or None when it lacks either."""
    norm = {c: col_norm(c) for c in columns}
    value = next((c for c, n in norm.items()
                  if n in DEAL_VALUE_COLUMNS or n.endswith(("value", "amount"))), None)
    close = next((c for c, n in norm.items() if any(w in n for w in _CLOSE_WORDS)), None)
    if value is None or close is None:
        return None
    return [value, close]
