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
