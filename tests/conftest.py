"""Fixtures shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    """``monkeypatch`` for a module's shared run (environment set once for all its tests)."""
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


#: The public exports' tests: their held-out measure and end-to-end runs, over four hundred
#: exports whose data is rebuilt from SOURCE.md (absent in CI, where they skip). They take
#: longer than the rest together, so they are their own tier: ``make test-public``.
_PUBLIC_FILES = ("test_public_exports.py", "test_public_end_to_end")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name.startswith(_PUBLIC_FILES):
            item.add_marker(pytest.mark.public)
