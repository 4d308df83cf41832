"""JupyterLab: notebooks opened in order with ``run_dir`` left empty share one folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from d365migrate.resources import notebooks_dir
from d365migrate.run.notebook import open_run, run_folder
from d365migrate.run.runner import IOPUB_TIMEOUT_SECONDS  # as `run` executes them

ROOT = Path(__file__).resolve().parents[1]


def engagement(root: Path, name: str = "lab") -> Path:
    (root / "parameters").mkdir(parents=True, exist_ok=True)
    params = yaml.safe_load((ROOT / "parameters" / "demo.yml").read_text())
    params.update(engagement=name, export=f"runs/{name}/export",
                  sample_export={"seed": 9, "scale": 0.2})
    path = root / "parameters" / f"{name}.yml"
    path.write_text(yaml.safe_dump(params))
    return path


def test_the_rule_01_starts_02_to_05_continue_06_rolls_back(tmp_path: Path):
    params = str(engagement(tmp_path))
    runs = tmp_path / "runs" / "lab"
    assert open_run(params, str(tmp_path / "given")).run_dir == tmp_path / "given"
    alone = open_run(params).run_dir  # a notebook opened on its own starts a folder
    assert alone.parent == runs and alone.name.startswith("interactive-") and alone.is_dir()
    first = open_run(params, start=True).run_dir  # notebook 01
    assert first != alone and first.is_dir()
    assert open_run(params).run_dir == first == run_folder(params)  # 02 .. 05
    (first / "reconciliation.json").write_text("{}")  # 05 finished it
    assert run_folder(params, rollback=True) == first  # 06 rolls back what 05 reconciled
    after = run_folder(params)  # a finished folder is not continued, nor an older one
    assert after not in (first, alone) and after.parent == runs and not after.exists()
    (tmp_path / "runs" / "none").mkdir()
    with pytest.raises(FileNotFoundError, match="no interactive run"):
        run_folder(str(engagement(tmp_path, "none")), rollback=True)


@pytest.fixture()
def no_org(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)


def test_notebooks_01_to_03_with_an_empty_run_dir_share_one_folder(tmp_path: Path, no_org):
    import papermill as pm

    from d365migrate.run.runner import ensure_export

    params = engagement(tmp_path)
    ensure_export(params)
    for name in ("01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb"):
        pm.execute_notebook(str(notebooks_dir() / name), str(tmp_path / name),
                            cwd=str(tmp_path), progress_bar=False, log_output=False,
                            iopub_timeout=IOPUB_TIMEOUT_SECONDS,
                            parameters={"parameters_file": str(params), "run_dir": ""})
    (folder,) = [p for p in (tmp_path / "runs" / "lab").iterdir()
                 if p.name.startswith("interactive-")]
    for made_by in ("discovery.json", "mapping.yml", "stage_summary.json", "inventory.json"):
        assert (folder / made_by).exists(), made_by
    assert (folder / "staged" / "account.parquet").exists()


def test_notebooks_01_to_05_with_an_empty_run_dir_end_with_the_report(tmp_path: Path, no_org):
    """As ``d365migrate run`` does: report.html in the run folder, its SHA-256 in run.json."""
    import json

    import papermill as pm

    from d365migrate.report.signoff import sha256_of
    from d365migrate.run.runner import RUN_NOTEBOOKS, ensure_export

    params = engagement(tmp_path, "lab5")
    raw = yaml.safe_load(params.read_text())
    objects = ["account", "contact"]
    raw.update(objects=objects)
    raw["mapping"]["decisions"]["choices"] = {
        k: v for k, v in raw["mapping"]["decisions"]["choices"].items()
        if k.partition(".")[0] in objects}
    params.write_text(yaml.safe_dump(raw))
    ensure_export(params)
    for name in RUN_NOTEBOOKS:
        pm.execute_notebook(str(notebooks_dir() / name), str(tmp_path / name),
                            cwd=str(tmp_path), progress_bar=False, log_output=False,
                            iopub_timeout=IOPUB_TIMEOUT_SECONDS,
                            parameters={"parameters_file": str(params), "run_dir": ""})
    (folder,) = [p for p in (tmp_path / "runs" / "lab5").iterdir()
                 if p.name.startswith("interactive-")]
    info = json.loads((folder / "run.json").read_text())
    assert info["status"] == "succeeded" and info["interactive"] and info["started_at"]
    assert info["report"]["sha256"] == sha256_of(folder / "report.html")
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert "Migration report: lab5" in report and "Every field of every record moved" in report
