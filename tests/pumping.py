"""A job source for ``load.pump.Pump`` in tests: jobs handed out one at a time."""

from __future__ import annotations


class ListSource:
    def __init__(self, jobs: list[int]) -> None:
        self.jobs = list(jobs)

    def remaining(self) -> int:
        return len(self.jobs)

    def take(self, size: int) -> int | None:
        return self.jobs.pop(0) if self.jobs else None
