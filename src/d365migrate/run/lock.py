"""One engagement, one run at a time: ``runs/<engagement>/.lock``.

``run``, ``rollback`` and ``verify`` take the engagement's lock for as long as they work; a
second one is refused with a message naming the holder (pid, host, start time, command).
The lock file is created with ``O_CREAT | O_EXCL``, so of two processes starting together
exactly one wins. A lock whose process is gone (same host, pid not alive) is stale: it is
cleared under a second exclusive file (``.lock.clearing``), after reading it again, so two
processes that both find it stale never remove a lock a third has just taken.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from d365migrate.runfolder import EngagementFolder
from d365migrate.runstatus import pid_alive

TORN_GRACE_SECONDS = 10.0  # an empty lock file older than this was torn by a kill
_held: dict[Path, int] = {}  # locks this process holds: nested takes are counted


class EngagementLocked(RuntimeError):
    """Another run, rollback or verify holds the engagement."""

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        self.path, self.holder = path, holder
        super().__init__(
            f"engagement {path.parent.name} is busy: {holder.get('command', '?')} "
            f"(pid {holder.get('pid', '?')} on {holder.get('host', '?')}, started "
            f"{holder.get('started_at', '?')}) holds {path}; wait for it to finish, or "
            "remove the file if that process is gone on another host")


def read_lock(path: Path) -> dict[str, Any] | None:
    """The holder the lock file names; None when it has no readable content (yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _stale(path: Path, holder: dict[str, Any] | None) -> bool:
    if holder is None:  # killed between creating and writing it
        try:
            return time.time() - path.stat().st_mtime > TORN_GRACE_SECONDS
        except FileNotFoundError:
            return False
    return holder.get("host") == socket.gethostname() and \
        not pid_alive(int(holder.get("pid") or 0))


def _clear_stale(path: Path, holder: dict[str, Any] | None) -> bool:
    """Remove the stale lock if it is still the one found stale; True when removed."""
    guard = path.with_name(path.name + ".clearing")
    try:
        fd = os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        g = read_lock(guard)
        if g and g.get("host") == socket.gethostname() and not pid_alive(int(g.get("pid") or 0)):
            guard.unlink(missing_ok=True)  # a clearer killed mid-way
        return False
    try:
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
        os.close(fd)
        again = read_lock(path)
        if again == holder and _stale(path, again):
            path.unlink(missing_ok=True)
            return True
        return False
    finally:
        guard.unlink(missing_ok=True)


def acquire(engagement_dir: Path, command: str) -> Path:
    """Take the engagement's lock or raise ``EngagementLocked``; returns the lock file."""
    path = EngagementFolder(Path(engagement_dir)).lock.resolve()
    if _held.get(path):
        _held[path] += 1
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    me = {"pid": os.getpid(), "host": socket.gethostname(), "command": command,
          "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
    for _ in range(5):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder == {}:
                continue  # released meanwhile: try again
            if _stale(path, holder):
                _clear_stale(path, holder)
                continue
            raise EngagementLocked(path, holder or {"command": "(being written)"}) from None
        try:
            os.write(fd, json.dumps(me).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        _held[path] = 1
        return path
    raise EngagementLocked(path, read_lock(path) or {})


def release(path: Path) -> None:
    """Give the lock back (the last of nested takes removes the file, if it is ours)."""
    depth = _held.get(path, 0) - 1
    if depth > 0:
        _held[path] = depth
        return
    _held.pop(path, None)
    holder = read_lock(path)
    if holder and holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname():
        path.unlink(missing_ok=True)


@contextmanager
def engagement_lock(engagement_dir: Path, command: str) -> Iterator[Path]:
    """Hold the engagement's lock while the block runs; released on success and failure."""
    path = acquire(engagement_dir, command)
    try:
        yield path
    finally:
        release(path)
