"""Test engagements: the demo's parameters file (its decisions, its confirmation) under
another engagement name, export folder and sample, written in a test's own project folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def demo_parameters(root: Path, engagement: str, *, seed: int | None = 7,
                    scale: float = 0.3, **extra: Any) -> Path:
    """``root/parameters/<engagement>.yml``: the demo's parameters with this engagement's
    export under ``runs/<engagement>/export``, generated from the sample (``seed`` None: the
    test writes the export itself); ``extra`` keys replace the demo's."""
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text(encoding="utf-8"))
    params.update(engagement=engagement, export=f"runs/{engagement}/export")
    if seed is None:
        params.pop("sample_export", None)
    else:
        params["sample_export"] = {"seed": seed, "scale": scale}
    params.update(extra)
    path = root / "parameters" / f"{engagement}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path
