"""Bars opened in one thread while another writes a line (a phase's closes beside the next load)."""

from __future__ import annotations

import sys
import threading
import time

import pytest
import tqdm.notebook as notebook_tqdm

from d365migrate import progress


def test_a_bar_opened_while_another_thread_writes_is_whole(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path) -> None:
    # the notebook bar (what a papermill run uses), with its widget shown nowhere
    monkeypatch.setattr(notebook_tqdm, "display", lambda *a, **k: None)
    monkeypatch.setattr(progress, "tqdm", notebook_tqdm.tqdm)
    monkeypatch.setattr(sys, "stdout", (tmp_path / "out.txt").open("w"))
    stop = threading.Event()
    errors: list[Exception] = []
    opened = [0]

    def open_and_close() -> None:
        while not stop.is_set():
            bar = progress.open_bar(total=3, desc="close phonecall", unit="rec")
            bar.update(1)
            bar.close()
            opened[0] += 1

    opener = threading.Thread(target=open_and_close)
    opener.start()
    deadline = time.monotonic() + 60
    try:  # unlocked, about one write in ten met a half-built bar: 1,000 bars show it
        while opened[0] < 1000 and time.monotonic() < deadline:
            try:
                progress.write_line("load phonecall: 30 records")
            except AttributeError as exc:  # 'tqdm' object has no attribute 'container'
                errors.append(exc)
    finally:
        stop.set()
        opener.join()
        sys.stdout.close()
    assert opened[0] >= 1000 and errors == []
