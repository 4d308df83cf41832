"""What keeps `d365migrate run` fast (issue 13) without changing what it does: two kernels
started with the run, one for the notebooks before validation, ready at once, and one that
imports Great Expectations meanwhile for validation and the notebooks after it; an import
that fails there is still named clearly where validation needs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import d365migrate.run.runner as runner
from d365migrate import cli
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.run.engine import SAVE_EVERY_SECONDS
from d365migrate.staging import validate
from test_run_failures import engagement, notebook, only_run

PID = "import os; from pathlib import Path; Path(run_dir, '{}.pid').write_text(str(os.getpid()))"
TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
SRC = Path(__file__).resolve().parents[1] / "src"
LOADED = ("from pathlib import Path; from d365migrate.staging import validate\n"
          "Path(run_dir, 'loaded.txt').write_text(str('module' in validate._GX))")
# what a notebook found: its kernel's process, whether Great Expectations was imported and
# whether its first validation was run as the kernel started
FOUND = ("import os, sys; from pathlib import Path\n"
         "from d365migrate.staging import validate\n"
         "Path(run_dir, '{}.found').write_text(f\"{{os.getpid()}} "
         "{{'great_expectations' in sys.modules}} {{validate.WARM_TARGET in validate._BATCHES}}\")")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    (tmp_path / "books").mkdir()
    monkeypatch.setattr(runner, "notebooks_dir_default", lambda: tmp_path / "books")
    return tmp_path



def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh interpreter with this checkout's src first on its path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC),
                                                        os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True)

def test_the_notebooks_of_a_run_share_one_kernel_and_each_keeps_its_html(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["01_a.ipynb", "02_b.ipynb", "03_c.ipynb"]
    for name in names:
        notebook(project / "books", name, PID.format(name.split(".")[0]))
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", names)
    assert cli.main(["run", str(engagement(project))]) == 0
    run_dir = only_run(project)
    pids = {(run_dir / f"{n.split('.')[0]}.pid").read_text() for n in names}
    assert len(pids) == 1 and pids != {str(os.getpid())}  # one kernel, not us
    for name in names:  # rendered in the background, all there when the run returns
        html = (run_dir / name).with_suffix(".html").read_text(encoding="utf-8")
        assert "<html" in html.lower()
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "succeeded" and info["notebooks"] == names


def test_validation_finds_great_expectations_imported_and_the_notebooks_before_it_do_not_wait(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["01_profile.ipynb", "02_mapping.ipynb", "03_stage_validate.ipynb", "04_load.ipynb"]
    for name in names:
        notebook(project / "books", name, FOUND.format(name.split(".")[0]))
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", names)
    assert cli.main(["run", str(engagement(project))]) == 0
    run_dir = only_run(project)
    found = {n.split("_")[0]: (run_dir / f"{n.split('.')[0]}.found").read_text().split()
             for n in names}
    assert found["01"][1] == found["02"][1] == "False"  # no wait for the 2.5 s import
    assert found["03"][1] == found["04"][1] == "True"  # imported before validation ran
    assert found["03"][2] == "True" and found["01"][2] == "False"  # and GX's first run paid
    assert found["01"][0] == found["02"][0] != found["03"][0] == found["04"][0]
    assert str(os.getpid()) not in {pid for pid, *_ in found.values()}
    assert runner.kernel_groups(["03_stage_validate.ipynb", "04_load.ipynb"]) == [
        (True, ["03_stage_validate.ipynb", "04_load.ipynb"])]
    assert runner.kernel_groups(["01_profile.ipynb"]) == [(False, ["01_profile.ipynb"])]


def test_a_great_expectations_import_failing_at_kernel_start_fails_validation_by_name(
        project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    broken = project / "broken" / "great_expectations"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('a broken install')\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(broken.parent), str(SRC), os.environ.get("PYTHONPATH", "")]))
    notebook(project / "books", "01_profile.ipynb", LOADED)
    notebook(project / "books", "03_stage_validate.ipynb",
             "from d365migrate.staging import validate\nvalidate._gx()")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_profile.ipynb", "03_stage_validate.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    err = capsys.readouterr().err
    run_dir = only_run(project)
    assert (run_dir / "loaded.txt").read_text() == "False"  # 01's kernel does not import it
    assert "run failed at step 03_stage_validate (" in err
    assert "GXUnavailable: Great Expectations could not be imported, so the staged tables " \
           "cannot be validated: ImportError: a broken install" in err
    assert "Traceback" not in err
    info = json.loads((run_dir / "run.json").read_text())
    assert info["failed_notebook"] == "03_stage_validate.ipynb"
    assert info["error"].startswith("GXUnavailable: Great Expectations could not be imported")


def test_validation_names_a_failed_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_GX", {})
    monkeypatch.setattr(validate, "_BATCHES", {})
    monkeypatch.setattr(validate, "_SUITES", {})
    monkeypatch.setitem(sys.modules, "great_expectations", None)
    validate.preload_gx()  # never raises: the failure is kept for validation to name
    assert isinstance(validate._GX["error"], ImportError)
    staged = pl.DataFrame({"__source_id": ["c1"], "__source_row": [1], "name": ["Acme"]})
    table = load_table_defs(TABLES)["account"]
    with pytest.raises(validate.GXUnavailable, match="could not be imported.*staged tables"):
        validate.validate_staged(staged, "account", table, file="companies.csv")


def test_a_run_process_skips_only_the_optional_iri_grammar() -> None:
    """jsonschema then works as without its optional IRI package: every other format kept."""
    code = ("from d365migrate.run.runner import without_iri_grammar\n"
            "without_iri_grammar()\n"
            "import jsonschema\n"
            "from jsonschema import FormatChecker\n"
            "print(sorted({'email', 'uri', 'iri', 'date'} & set(FormatChecker.checkers)))\n")
    done = _python(code)
    assert done.stdout.split("\n")[0] == "['date', 'email', 'uri']"


def test_a_notebook_sees_no_name_an_earlier_notebook_defined(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared kernel is emptied between notebooks: a notebook leaning on a name only an
    earlier one defined fails here as it would when an analyst runs it alone."""
    notebook(project / "books", "01_a.ipynb", "left_behind = 1")
    notebook(project / "books", "02_b.ipynb", "print(left_behind)")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_a.ipynb", "02_b.ipynb"])
    assert cli.main(["run", str(engagement(project))]) != 0
    info = json.loads((only_run(project) / "run.json").read_text())
    assert info["status"] == "failed" and info["notebooks"] == ["01_a.ipynb"]


def test_a_shared_kernel_that_does_not_start_leaves_each_notebook_its_own(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """papermill then starts a kernel per notebook, and records in run.json why not if it
    cannot either: the run does not fail before it has a run folder."""
    names = ["01_a.ipynb", "02_b.ipynb"]
    for name in names:
        notebook(project / "books", name, PID.format(name.split(".")[0]))
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", names)
    monkeypatch.setattr(runner, "KERNEL_NAME", "no-such-kernel")
    assert cli.main(["run", str(engagement(project))]) == 0
    run_dir = only_run(project)
    pids = {(run_dir / f"{n.split('.')[0]}.pid").read_text() for n in names}
    assert len(pids) == 2  # a kernel each


def test_the_executed_notebook_is_saved_at_its_start_and_end_not_twice_a_cell(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """papermill's two saves a cell cost the runner 0.6 s a small run; the notebook is still
    saved whole when it finishes, and when a cell fails, showing where."""
    import nbformat
    import papermill.engines

    saves: list[str] = []
    write = papermill.engines.write_ipynb
    monkeypatch.setattr(papermill.engines, "write_ipynb",
                        lambda nb, path: (saves.append(path), write(nb, path)))
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_code_cell('parameters_file = ""\nrun_dir = ""',
                                            metadata={"tags": ["parameters"]})]
    book.cells += [nbformat.v4.new_code_cell(f"print({i})") for i in range(20)]
    book.cells += [nbformat.v4.new_code_cell("raise ValueError('row 7 is wrong')"),
                   nbformat.v4.new_code_cell("print('never')")]
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                   "language": "python"}
    nbformat.write(book, project / "books" / "01_many.ipynb")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_many.ipynb"])
    assert cli.main(["run", str(engagement(project))]) == 1
    done = nbformat.read(only_run(project) / "01_many.ipynb", as_version=4)
    # at its start and end (the end's shows the failure: papermill's cell_exception marks
    # the cell and does not save), and between cells at most one a second: not 48 (on a
    # quiet machine these 24 cells take 0.3 s; 3 saves was the count while the runner's own
    # imports slowed the kernel past a second)
    took = done.metadata.papermill["duration"]
    assert 2 <= len(saves) <= 2 + took / SAVE_EVERY_SECONDS
    code = [c for c in done.cells if c.cell_type == "code" and "parameters" not in c.source]
    assert ["".join(o["text"] for o in c.outputs) for c in code[:20]] == [
        f"{i}\n" for i in range(20)]
    assert code[20].metadata.papermill["status"] == "failed"
    assert code[20].outputs[0]["evalue"] == "row 7 is wrong"
    assert code[21].outputs == [] and code[21].metadata.papermill["status"] == "pending"


def test_one_html_exporter_renders_each_notebook_as_its_own(tmp_path: Path) -> None:
    """The exporter (its templates compiled once) is reused: each page holds only its own
    notebook's output, no code and no fetch."""
    import nbformat

    pages = []
    for name, text in (("01_a", "first-notebook-output"), ("02_b", "second-notebook-output")):
        nb = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell(f"print('{text}')")
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text + "\n")]
        nb.cells = [cell]
        nbformat.write(nb, tmp_path / f"{name}.ipynb")
        pages.append(runner.render_html(tmp_path / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert runner._html_exporter() is runner._html_exporter()
    assert "first-notebook-output" in pages[0] and "second-notebook-output" not in pages[0]
    assert "second-notebook-output" in pages[1] and "first-notebook-output" not in pages[1]
    assert "print(" not in pages[1] and not runner.EXTERNAL.search(pages[1])


def test_a_kernel_keeps_one_client_ready_once_for_its_notebooks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One client a kernel: connected and waited for once (each wait read the kernel's output
    until none came for 0.2 s), used by every notebook and every reset between them; each
    notebook still gets its own outputs and a failing one still shows where it broke."""
    import papermill as pm
    from jupyter_core.utils import run_sync

    from d365migrate.run.engine import ENGINE_NAME
    from d365migrate.run.kernel_client import KeptClient, OneClientKernelManager

    waits: list[bool] = []  # each notebook's wait: whether the client was ready already
    real = KeptClient.wait_for_ready

    async def counted(self: KeptClient, timeout: float | None = None) -> None:
        waits.append(self._ready)
        await real(self, timeout)

    monkeypatch.setattr(KeptClient, "wait_for_ready", counted)
    codes = ["print('one')", "print('two' if 'x' not in dir() else 'leak'); x = 2",
             "raise ValueError('three broke')", "print('four' if 'x' not in dir() else 'x')"]
    for i, code in enumerate(codes):
        notebook(tmp_path, f"{i}.ipynb", code)
    km = OneClientKernelManager(kernel_name=runner.KERNEL_NAME)
    run_sync(km.start_kernel)()
    try:
        outputs = []
        for i in range(len(codes)):
            if i:
                runner.fresh_namespace(km)
            try:
                pm.execute_notebook(str(tmp_path / f"{i}.ipynb"), str(tmp_path / f"{i}.out"),
                                    km=km, engine_name=ENGINE_NAME, progress_bar=False)
            except pm.PapermillExecutionError as exc:
                outputs.append(exc.evalue)
                continue
            done = json.loads((tmp_path / f"{i}.out").read_text())
            outputs.append("".join(done["cells"][-1]["outputs"][0]["text"]).strip())
        assert outputs == ["one", "two", "three broke", "four"]
        broke = json.loads((tmp_path / "2.out").read_text())["cells"][-1]
        assert broke["metadata"]["papermill"]["status"] == "failed"
        assert waits == [False, True, True, True] and km.client() is km.client()
        assert km.client().channels_running
    finally:
        client = km.client()
        km.close_client()
        run_sync(km.shutdown_kernel)(now=True)
    assert not client.channels_running


def test_a_run_process_leaves_out_only_papermills_remote_notebook_stores() -> None:
    """papermill still reads and writes local notebooks; a notebook in Azure or S3 storage is
    refused as papermill refuses it without those libraries."""
    code = ("import sys\n"
            "from d365migrate.run.runner import without_remote_notebook_stores\n"
            "without_remote_notebook_stores()\n"
            "import papermill.iorw as io\n"
            "print(type(io.papermill_io.get_handler('x.ipynb')).__name__)\n"
            "print(any(m.startswith(('azure', 'boto3')) for m in sys.modules))\n"
            "try:\n    io.papermill_io.read('abs://acct.blob.core.windows.net/c/x.ipynb')\n"
            "except Exception as exc:\n    print(type(exc).__name__)\n")
    done = _python(code)
    assert done.stdout.split("\n")[:3] == ["LocalHandler", "False",
                                           "PapermillOptionalDependencyException"]


def test_great_expectations_validates_without_the_modules_only_unused_checks_import() -> None:
    """altair and scipy.stats (GX's KL-divergence chart and statistical tests) are imported
    only when used, and then work; Azure's client stays importable after GX's import."""
    code = ("import sys\n"
            "import polars as pl\n"
            "from d365migrate.staging import validate\n"
            "validate.preload_gx()\n"
            "validate.warm_validation()\n"
            "print('module' in validate._GX, validate.WARM_TARGET in validate._BATCHES)\n"
            "print([m for m in ('altair.vegalite', 'scipy.stats._stats_py', 'azure.identity')"
            " if m in sys.modules])\n"
            "from great_expectations.expectations.core import "
            "expect_column_kl_divergence_to_be_less_than as kl\n"
            "print(round(float(kl.stats.entropy([0.5, 0.5], [0.25, 0.75])), 4),"
            " kl.alt.Chart.__name__, 'altair.vegalite' in sys.modules)\n"
            "import importlib.util\n"
            "print(importlib.util.find_spec('azure.identity') is None"
            " or __import__('azure.identity') is not None)\n")
    done = _python(code)
    assert done.stdout.split("\n")[:4] == ["True True", "[]", "0.1438 Chart True", "True"]


def test_the_last_kernels_notebooks_are_rendered_as_each_is_done_and_kernels_stop_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """From validation on the first kernel is idle: each notebook's HTML is rendered while
    the next runs; before, a kernel's notebooks wait until the run moves to the next kernel.
    The kernels are stopped once, whoever asks first."""
    a, b = object(), object()
    names = ["01_p.ipynb", "02_m.ipynb", "03_s.ipynb", "04_l.ipynb", "05_r.ipynb"]
    kernels = dict(zip(names, [a, a, b, b, b], strict=True))
    assert [runner.in_last_kernel(kernels, names, i) for i in range(5)] == [
        False, False, False, True, True]
    assert not runner.in_last_kernel(dict.fromkeys(names), names, 3)  # papermill's own
    stopped: list[tuple[list, bool]] = []
    monkeypatch.setattr(runner, "stop_kernels", lambda kms, now: stopped.append((kms, now)))
    run_kernels = runner.RunKernels()
    run_kernels.started.extend([a, b])
    run_kernels.stop(now=False)
    run_kernels.stop(now=True)
    assert stopped == [([a, b], False), ([], True)]


def test_the_reconciliation_chart_is_drawn_without_a_plotting_library() -> None:
    """Inline SVG, each object's rows stacked by outcome, in a process that never imports
    matplotlib (its import and PNG rendering cost a run about 1 s of CPU)."""
    code = ("import sys\n"
            "from d365migrate.verify.reconcile import reconciliation_chart\n"
            "from d365migrate.report.sponsor import outcome_chart\n"
            "from d365migrate.run import warm\n"
            "svg = reconciliation_chart({'account': {'loaded': 3, 'quarantined': 1,"
            " 'failed': 0, 'skipped': 2, 'balanced': True}})\n"
            "print(svg.startswith('<svg'), svg.count('</rect>'),"
            " 'account: loaded 3' in svg, 'account: skipped 2' in svg,"
            " 'account: failed' in svg)\n"
            "warm.warm_kernel(gx=False)\n"
            "print([m for m in sys.modules if m.startswith('matplotlib')])\n")
    done = _python(code)
    assert done.stdout.split("\n")[:2] == ["True 3 True True False", "[]"]


def test_papermill_is_imported_without_its_hdfs_store_which_stays_importable() -> None:
    """A run's notebooks are local: papermill reads and writes them as before, refuses an
    HDFS notebook as it does without pyarrow, and pyarrow's file systems import afterwards."""
    code = ("import sys\n"
            "from d365migrate.run.runner import import_papermill\n"
            "pm = import_papermill()\n"
            "import papermill.iorw as io\n"
            "print(type(io.papermill_io.get_handler('x.ipynb')).__name__,"
            " callable(pm.execute_notebook))\n"
            "print('pyarrow.fs' in sys.modules)\n"
            "try:\n    io.papermill_io.read('hdfs://host/x.ipynb')\n"
            "except Exception:\n    print('refused')\n"  # papermill's own, without pyarrow
            "import pyarrow.fs\n"
            "print(pyarrow.fs.__name__)\n")
    done = _python(code)
    assert done.stdout.split("\n")[:4] == ["LocalHandler True", "False", "refused",
                                           "pyarrow.fs"]


def test_a_notebooks_html_reads_as_nbconverts_own_once_parsed(tmp_path: Path) -> None:
    """The page without nbconvert's BeautifulSoup pass is nbconvert's page once parsed: the
    same alt text on images without one (and none on those with one), the same tabindex on
    output areas, everything else as the template wrote it."""
    import base64
    import re

    import nbformat
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter

    from d365migrate.run.notebook_html import NO_ALT, FastHTMLExporter

    png = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")).decode()
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": png}),
        nbformat.v4.new_output("display_data", data={"text/html": (
            "<p>a <b>table</b> &amp; <img src='x.png'/> <img alt=\"chart\" src=\"y.png\">"
            "<br><div class=\"jp-OutputArea-output\">inner</div></p>")}),
        nbformat.v4.new_output("stream", name="stdout", text="<img> & 'quotes'\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# Title <img src='m.png'>"), cell]
    options = {"exclude_input": True, "exclude_input_prompt": True,
               "exclude_output_prompt": True}
    theirs, _ = HTMLExporter(**options).from_notebook_node(nb)
    ours, _ = FastHTMLExporter(**options).from_notebook_node(nb)
    assert str(BeautifulSoup(ours, features="html.parser")) == theirs
    assert ours.count(NO_ALT) == theirs.count(NO_ALT) >= 3  # png output, x.png, m.png
    assert ours.count('tabindex="0"') == theirs.count('tabindex="0"') >= 4
    assert re.search(r"<img alt=\"chart\" src=\"y.png\">", ours)  # its own alt kept


def test_the_runner_writes_run_json_without_importing_polars(tmp_path: Path) -> None:
    """Before the first notebook the runner only imports papermill and writes run.json: not
    polars and the export reader (0.4-0.8 s of CPU while the kernels start on the same two
    cores); a run's context still reads the export where a step asks for it."""
    params = engagement(tmp_path)
    (tmp_path / "export" / "accounts.csv").write_text("id,name\n1,Acme\n", encoding="utf-8")
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from d365migrate.dataverse.destination import resolve_destination\n"
            "from d365migrate.run.context import RunContext, write_run_json\n"
            "from d365migrate.run.parameters import load_parameters\n"
            "from d365migrate.runfolder import RunFolder\n"
            f"params = load_parameters(Path({str(params)!r}))\n"
            "dest = resolve_destination(params.engagement_dir, params.destination_url)\n"
            f"write_run_json(RunFolder(Path({str(tmp_path / 'r')!r})), params, dest,"
            " status='running')\n"
            "print([m for m in ('polars', 'd365migrate.intake.read') if m in sys.modules])\n"
            f"ctx = RunContext.open(Path({str(params)!r}), Path({str(tmp_path / 'r')!r}))\n"
            "print(type(ctx.export).__name__, type(ctx.export_files).__name__)\n")
    env = {k: v for k, v in os.environ.items() if k != "DATAVERSE_URL"}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, cwd=tmp_path)
    assert done.stdout.split("\n")[:2] == ["[]", "Export Export"]
    assert json.loads((tmp_path / "r" / "run.json").read_text())["status"] == "running"


# what a notebook found in its kernel: its process, its command, whether the debugger's
# package was imported and whether IPython keeps a history database
KERNEL = ("import os, sys; from pathlib import Path\n"
          "shell = get_ipython()\n"
          "Path(run_dir, '{}.kernel').write_text(' '.join([str(os.getpid()), "
          "str(sys.modules.get('debugpy') is not None), str(shell.history_manager.enabled), "
          "Path('/proc/self/cmdline').read_bytes().split(b'\\0')[2].decode()]))")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("fails", [False, True])
def test_a_runs_kernels_start_without_a_debugger_or_history_and_none_outlives_the_run(
        project: Path, monkeypatch: pytest.MonkeyPatch, fails: bool) -> None:
    """The run's own launcher starts ipykernel's kernel without debugpy (0.05-0.07 s a
    kernel) and IPython's history database (shared by every kernel on the machine: its lock
    held up a kernel's start); both kernels are gone when the run returns, finished or
    failed, and a failed run still shows where it broke."""
    names = ["01_profile.ipynb", "03_stage_validate.ipynb"]
    notebook(project / "books", names[0], KERNEL.format("01"))
    notebook(project / "books", names[1], KERNEL.format("03") + (
        "\nraise ValueError('row 3 is wrong')" if fails else ""))
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", names)
    assert cli.main(["run", str(engagement(project))]) == (1 if fails else 0)
    run_dir = only_run(project)
    found = [(run_dir / f"{n}.kernel").read_text().split() for n in ("01", "03")]
    assert found[0][0] != found[1][0]  # two kernels, the second one validating
    for pid, debugger, history, launcher in found:
        assert (debugger, history, launcher) == ("False", "False", runner.KERNEL_LAUNCHER)
        assert _gone(int(pid))
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == ("failed" if fails else "succeeded")
    if fails:
        assert info["failed_notebook"] == names[1] and info["notebooks"] == names[:1]
        assert "row 3 is wrong" in (run_dir / names[1]).read_text()


def test_the_kernels_stop_while_the_report_is_written(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernels' shutdown (0.1-0.25 s) and the sponsor report overlap: each waits here
    for the other to have begun, which a run doing one after the other never lets happen."""
    import threading

    notebook(project / "books", "01_a.ipynb", "print(1)")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_a.ipynb"])
    stopping, reporting = threading.Event(), threading.Event()
    stop, report = runner.stop_kernels, runner.write_sponsor_report
    met: list[bool] = []  # each side saw the other begin

    def stop_kernels(kms: list, *, now: bool) -> None:
        if kms:
            stopping.set()
            met.append(reporting.wait(10))
        stop(kms, now=now)

    def write_sponsor_report(*args: object) -> Path:
        reporting.set()
        met.append(stopping.wait(10))
        return report(*args)

    monkeypatch.setattr(runner, "stop_kernels", stop_kernels)
    monkeypatch.setattr(runner, "write_sponsor_report", write_sponsor_report)
    assert cli.main(["run", str(engagement(project))]) == 0
    assert met == [True, True]
    run_dir = only_run(project)
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "succeeded" and (run_dir / "report.html").exists()
    assert info["report"]["sha256"]


def test_a_notebooks_html_that_cannot_be_written_fails_the_run_naming_it(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked once every notebook's HTML is done: the run is not recorded as succeeded,
    the notebook whose HTML failed is named, the notebooks before it count as done."""
    names = ["01_a.ipynb", "02_b.ipynb", "03_c.ipynb"]
    for name in names:
        notebook(project / "books", name, "print(1)")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", names)
    render = runner.render_html

    def render_html(path: Path) -> Path:
        if path.name == "02_b.ipynb":
            raise OSError(28, "No space left on device", str(path.with_suffix(".html")))
        return render(path)

    monkeypatch.setattr(runner, "render_html", render_html)
    assert cli.main(["run", str(engagement(project))]) == 1
    info = json.loads((only_run(project) / "run.json").read_text())
    assert info["status"] == "failed" and info["failed_notebook"] == "02_b.ipynb"
    assert info["notebooks"] == ["01_a.ipynb"] and "No space left" in info["error"]


def test_a_run_process_ends_once_its_output_is_out_without_pythons_teardown(
        tmp_path: Path) -> None:
    """What was printed and logged is written; nothing registered for the interpreter's
    teardown runs (the run has shut its kernels and closed its files by then); the
    command's exit code is the process's."""
    log = tmp_path / "run.log"
    code = ("import atexit, logging, sys\n"
            "from d365migrate.run.process_end import end_now\n"
            f"logging.basicConfig(filename={str(log)!r}, level=logging.INFO)\n"
            "atexit.register(lambda: print('teardown ran'))\n"
            "print('summary table', end='')\n"
            "print('a warning', file=sys.stderr, end='')\n"
            "logging.getLogger('d365migrate').info('logged line')\n"
            "end_now(3)\n"
            "print('never')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC),
                                                        os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env)
    assert (done.returncode, done.stdout, done.stderr) == (3, "summary table", "a warning")
    assert "logged line" in log.read_text()


def test_the_run_command_exits_with_its_code_and_its_message(tmp_path: Path) -> None:
    """``python -m d365migrate.cli run`` (and the console script, ``cli.entry``) ends the
    process with the command's code, its message written first."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC),
                                                        os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "d365migrate.cli", "run",
                           str(tmp_path / "missing.yml")], capture_output=True, text=True,
                          env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert any(line.startswith("d365migrate run: ") and "missing.yml" in line
               for line in done.stderr.splitlines())  # after the kernels' own warnings


def test_a_kernels_start_up_imports_run_without_the_collector_which_is_back_after() -> None:
    """The collector no longer walks the heap the start-up imports build (they are frozen
    at the end anyway): no collection while they run, the imports frozen, the collector on
    again after, also when an import fails."""
    code = ("import gc, sys\n"
            "from d365migrate.run.warm import warm_kernel\n"
            "runs = []\n"
            "gc.callbacks.append(lambda phase, info: runs.append(info['generation']))\n"
            "warm_kernel(gx=False)\n"
            "print(runs, gc.isenabled(), gc.get_freeze_count() > 100000)\n"
            "gc.unfreeze()\n"
            "sys.modules['d365migrate.run.runner'] = None\n"
            "try:\n    warm_kernel(gx=False)\n"
            "except ImportError:\n    print('raised', gc.isenabled())\n")
    done = _python(code)
    assert done.stdout.split("\n")[:2] == ["[] True True", "raised True"]


def test_the_runner_imports_its_libraries_without_the_collector_which_is_back_after(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is off while the runner imports papermill, jupyter_client, nbconvert
    and the report's modules (``run.collector``), and on again after each of them."""
    import gc

    from d365migrate.run.collector import collector_off

    notebook(project / "books", "01_a.ipynb", "print(1)")
    notebook(project / "books", "02_b.ipynb", "print(2)")
    monkeypatch.setattr(runner, "RUN_NOTEBOOKS", ["01_a.ipynb", "02_b.ipynb"])
    windows: list[bool] = []  # whether the collector was on inside each window
    during: list[bool] = []  # and as each notebook started

    @__import__("contextlib").contextmanager
    def watched() -> object:
        with collector_off():
            windows.append(gc.isenabled())
            yield

    execute = runner.import_papermill().execute_notebook
    monkeypatch.setattr(runner, "collector_off", watched)
    monkeypatch.setattr(runner.import_papermill(), "execute_notebook",
                        lambda *a, **kw: (during.append(gc.isenabled()), execute(*a, **kw))[1])
    assert gc.isenabled()
    assert cli.main(["run", str(engagement(project))]) == 0
    assert len(windows) == 4 and not any(windows)  # kernel, lock, papermill, report
    # on as the first notebook starts (the report's imports, in the HTML thread, may
    # overlap the start of the second) and after the run
    assert during[0] and gc.isenabled()
    with pytest.raises(ValueError), collector_off():
        raise ValueError("an import failed")
    assert gc.isenabled()
