"""Acceptance of a run's ``report.html`` by a named person: ``signoff.json``.

The runner records the SHA-256 of ``report.html`` in ``run.json`` when it writes the report
(``report`` -> ``sha256``). Signing off records the person's name, the time, that hash and the
org the report describes (URL and kind from ``run.json``), and is refused, with the reason in
words, when:

- the run has no report, or ``report.html`` is not the file the run wrote (its hash differs
  from the one in ``run.json``: edited, replaced or written again since);
- the run did not finish;
- the run was not verified, or its verification found differences (``verification.json``
  ``ok`` is false), or its counts do not balance (``reconciliation.json``).

A later acceptance of the same report keeps the earlier ones (``previous``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from d365migrate.runfolder import RunFolder, write_json
from d365migrate.runstatus import describe, run_status


class SignOffRefused(ValueError):
    """The run cannot be signed off; the message says why."""


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        return None


def refusals(folder: RunFolder) -> list[str]:
    """Why this run's report cannot be signed off now (empty: it can)."""
    why: list[str] = []
    run = _read(folder.run_json)
    if run is None:
        return [f"{folder.root.name} is not a run folder (no readable run.json)"]
    recorded = (run.get("report") or {}).get("sha256")
    if not folder.report.exists():
        why.append("the run has no report.html")
    elif not recorded:
        why.append("run.json records no fingerprint of report.html, so it cannot be told "
                   "whether the report is the one the run wrote")
    elif sha256_of(folder.report) != recorded:
        why.append("report.html has changed since the run wrote it (its SHA-256 differs "
                   "from the one in run.json); write it again from the run's files and "
                   "read it again before signing")
    if run_status(run) != "succeeded":
        why.append(f"the run did not finish (status: {describe(run)})")
    verification = _read(folder.verification)
    if verification is None:
        why.append("the run was not verified (no verification.json)")
    elif not verification.get("ok"):
        n = verification.get("mismatches") or 0
        missing = sum((t.get("missing") or 0)
                      for t in (verification.get("tables") or {}).values())
        why.append(f"the run's verification is not ok: {n} value(s) differ and {missing} "
                   "record(s) were not found (mismatches.csv)")
    rec = _read(folder.reconciliation)
    if rec is not None and not rec.get("balanced"):
        off = [o for o, r in (rec.get("objects") or {}).items() if not r.get("balanced")]
        why.append("the reconciliation does not balance for " + (", ".join(off) or "the run"))
    return why


def sign_off(run_dir: str | Path, name: str, *, now: datetime | None = None
             ) -> dict[str, Any]:
    """Record ``name``'s acceptance of the run's report in ``signoff.json``; return it.

    Raises :class:`SignOffRefused` (a ``ValueError``) naming every reason it cannot."""
    folder = RunFolder(Path(run_dir))
    if not name or not name.strip():
        raise SignOffRefused("a sign-off needs the name of the person who accepts")
    why = refusals(folder)
    if why:
        raise SignOffRefused("cannot sign off: " + "; ".join(why))
    run = _read(folder.run_json) or {}
    dest = run.get("destination") or {}
    previous = _read(folder.signoff)
    record: dict[str, Any] = {
        "name": name.strip(),
        "signed_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "report": folder.report.name,
        "report_sha256": sha256_of(folder.report),
        "org_url": dest.get("url"),
        "org_kind": dest.get("kind"),
        "engagement": run.get("engagement"),
        "run_id": folder.root.name,
    }
    if previous:
        record["previous"] = [*(previous.get("previous") or []),
                              {k: v for k, v in previous.items() if k != "previous"}]
    write_json(folder.signoff, record)
    return record
