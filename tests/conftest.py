"""Fixtures shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    """``monkeypatch`` for a module's shared run (environment set once for all its tests)."""
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Any]:
    """Each public export a table-driven end-to-end module names run once, from its
    parameters file alone, for all of that module's tests (a module may define its own)."""
    from test_public_end_to_end import runs_once

    return runs_once(tmp_path_factory)


#: The public exports' tests: their held-out measure and end-to-end runs, over four hundred
#: exports whose data is rebuilt from SOURCE.md (absent in CI, where they skip). They take
#: longer than the rest together, so they are their own tier: ``make test-public``.
_PUBLIC_FILES = ("test_public_exports.py", "test_public_end_to_end")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name.startswith(_PUBLIC_FILES):
            item.add_marker(pytest.mark.public)
