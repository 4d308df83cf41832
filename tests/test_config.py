"""Parameters files: paths, validation, and secrets refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.load.order import LOAD_ORDER, SALES_UNITS
from d365migrate.run.parameters import ParametersError, load_parameters

ROOT = Path(__file__).resolve().parents[1]


def test_demo_parameters_load_with_paths_from_project_root():
    p = load_parameters(ROOT / "parameters" / "demo.yml")
    assert p.engagement == "demo"
    assert p.export == ROOT / "runs" / "demo" / "export"
    # every SmartDesk object, in load order (parents before what points at them)
    assert p.objects == [u for u in LOAD_ORDER if u not in SALES_UNITS]
    assert p.objects[:4] == ["account", "contact", "lead", "opportunity"]
    assert p.confirm_as


def test_secret_in_parameters_is_refused(tmp_path: Path):
    f = tmp_path / "p.yml"
    f.write_text("engagement: x\nexport: e\ndestination:\n  client_secret: abcdefgh12345\n")
    with pytest.raises(ParametersError, match="destination.client_secret looks like a secret"):
        load_parameters(f)


def test_missing_key_is_named(tmp_path: Path):
    f = tmp_path / "p.yml"
    f.write_text("engagement: x\n")
    with pytest.raises(ParametersError, match="required key 'export'"):
        load_parameters(f)


def test_unknown_object_is_named(tmp_path: Path):
    f = tmp_path / "p.yml"
    f.write_text("engagement: x\nexport: e\nobjects: [account, widget]\n")
    with pytest.raises(ParametersError, match="widget"):
        load_parameters(f)
