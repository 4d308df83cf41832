"""The report's bar charts: a chart of counts never labels a gridline with half a record
(two records once drew 0, 0.5, 1, 1.5, 2 on a sponsor's report)."""

from __future__ import annotations

import re

from d365migrate.report.svg_charts import Series, bar_chart


def _gridline_numbers(svg: str) -> list[str]:
    return re.findall(r"text-anchor='middle' fill='#555'>([^<]+)</text>", svg)


def test_a_chart_of_few_records_counts_in_whole_records() -> None:
    svg = bar_chart(["Contacts", "Deals"], [Series("moved", [2, 2], "#2e7d32")])
    assert _gridline_numbers(svg) == ["0", "1", "2"]


def test_fractions_keep_their_fine_gridlines() -> None:
    svg = bar_chart(["Hours"], [Series("logged", [1.5], "#2e7d32")])
    assert "0.5" in _gridline_numbers(svg)
