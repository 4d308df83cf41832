"""The CLI runs from an installed wheel, without the source tree: notebooks, GX suites, the
synonyms, templates and the emulator's table definitions all ship inside the package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Built from a copy, so the build leaves nothing in the project.
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    for name in ("src", "notebooks", "expectations"):
        shutil.copytree(ROOT / name, tree / name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(tree)], check=True, timeout=300)
    (whl,) = out.glob("d365migrate-*.whl")
    return whl


def test_wheel_carries_notebooks_suites_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert f"d365migrate/notebooks/{nb.name}" in names
    for suite in sorted((ROOT / "expectations").glob("*.json")):
        assert f"d365migrate/expectations/{suite.name}" in names
    assert "d365migrate/mapping/data/synonyms.yml" in names
    assert "d365migrate/report/templates/scope.html.j2" in names
    assert "dataverse_emulator/data/tables/account.json" in names


@pytest.mark.slow
def test_demo_runs_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    """A fresh venv holding only the wheel (its dependencies borrowed from this environment,
    but not the source tree) runs the demo end to end in a folder far from the project."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    site = Path(subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path("
         "'purelib'))"], check=True, capture_output=True, text=True).stdout.strip())
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, timeout=300)
    # Dependencies from this environment, added only after the install so that pip never sees
    # (or uninstalls) this environment's editable copy; its .pth files are not read.
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    work = tmp_path / "engagement"
    (work / "parameters").mkdir(parents=True)
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement="wheel", export="runs/wheel/export",
                  sample_export={"seed": 3, "scale": 0.2})
    (work / "parameters" / "wheel.yml").write_text(yaml.safe_dump(params))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DATAVERSE_URL")}
    # The borrowed dependencies' data files (nbconvert templates, kernel specs).
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import d365migrate, dataverse_emulator; "
                            "print(d365migrate.__file__); print(dataverse_emulator.__file__)"],
                           cwd=work, env=env, check=True, capture_output=True, text=True)
    assert str(ROOT) not in where.stdout and str(site) in where.stdout, where.stdout
    done = subprocess.run([str(venv / "bin" / "d365migrate"), "run", "parameters/wheel.yml"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (run_dir,) = [p for p in (work / "runs" / "wheel").iterdir() if p.name[:1].isdigit()]
    rec = json.loads((run_dir / "reconciliation.json").read_text())
    assert rec["balanced"] and rec["objects"]["account"]["loaded"] > 0
