"""Progress bars that are safe to open while another thread writes or opens one.

A phase's closes run in a background thread while the main thread loads the next table.
`tqdm.write` (and tqdm's monitor thread) redraw every registered bar under tqdm's lock, but
a notebook bar is registered before its widget exists: a bar opened in one thread while
another wrote a line failed with "'tqdm' object has no attribute 'container'" (seen once in
CI, on the rollback test's load step). Opening bars under the same lock closes that window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tqdm.auto import tqdm


def open_bar(iterable: Iterable[Any] | None = None, **options: Any) -> tqdm:
    """A tqdm.auto bar, built whole before any other thread can redraw it."""
    with tqdm.get_lock():
        return tqdm(iterable, **options)


def write_line(text: str) -> None:
    """A line above the bars (tqdm.write), for summaries printed while bars are open."""
    tqdm.write(text)
