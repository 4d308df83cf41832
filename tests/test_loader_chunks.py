"""The loader turns staged rows into dicts only as each chunk is cut (issue 15: a million
dicts built up front were most of the load step's memory): creates first, then updates, each
in staged order, never more than a request may carry."""

from __future__ import annotations

from typing import Any

import polars as pl

from d365migrate.load.loader import _Work


class FakeLoader:
    def __init__(self, batch_kinds: set[str]) -> None:
        self.batch_kinds = batch_kinds

    def max_items(self, kind: str) -> int:
        return 2 if kind in self.batch_kinds else 10**18

    def job(self, kind: str, items: list[tuple[dict[str, Any], dict[str, Any]]]) -> Any:
        return kind, items


def test_rows_are_cut_in_order_creates_first() -> None:
    new = pl.DataFrame({"__source_id": ["a", "b", "c", "d", "e"], "n": [1, 2, 3, None, 5]})
    old = pl.DataFrame({"__source_id": ["x", "y"], "n": [8, 9]})
    built: list[tuple[str, bool]] = []

    def build(row: dict[str, Any], create: bool) -> dict[str, Any]:
        built.append((row["__source_id"], create))
        return {"n": row["n"]}

    work = _Work(FakeLoader({"update"}), new, old, build)  # type: ignore[arg-type]
    assert work.remaining() == 7
    kind, items = work.take(3)
    assert kind == "create" and [r for r, _ in items] == new.head(3).to_dicts()
    assert built == [("a", True), ("b", True), ("c", True)]  # nothing built ahead
    assert work.remaining() == 4
    kind, items = work.take(3)
    assert [r["__source_id"] for r, _ in items] == ["d", "e"] and items[0][1] == {"n": None}
    kind, items = work.take(3)  # updates go as a $batch here: at most 2 a request
    assert kind == "update" and [r["__source_id"] for r, _ in items] == ["x", "y"]
    assert work.take(3) is None and work.remaining() == 0
    assert [s for s, _ in built] == ["a", "b", "c", "d", "e", "x", "y"]
