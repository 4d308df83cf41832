"""Reconciliation lists skipped rows by reason in one order, whatever the process."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import polars as pl

from d365migrate.runfolder import RunFolder
from d365migrate.verify.reconcile import skipped_reasons


def test_skipped_reasons_come_most_first_then_by_reason(tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    path = folder.issues("skipped", "contact")
    path.parent.mkdir(parents=True, exist_ok=True)
    reasons = ["duplicate of row 4 kept"] * 3 + [f"reason {c}" for c in "qwertyuiopasdfgh"] \
        + ["reason z"] * 3
    pl.DataFrame({"source_id": [str(i) for i in range(len(reasons))], "reason": reasons}
                 ).write_csv(path)
    got = skipped_reasons(SimpleNamespace(folder=folder), "contact")  # type: ignore[arg-type]
    assert got[:2] == [{"reason": "duplicate of first row kept", "rows": 3},
                       {"reason": "reason z", "rows": 3}]
    assert [g["reason"] for g in got[2:]] == sorted(f"reason {c}" for c in "qwertyuiopasdfgh")
