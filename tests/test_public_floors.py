"""tests/public_floors.py reads a printed public measure and names every figure off its floor."""

from __future__ import annotations

from pathlib import Path

from public_floors import main, measured

MODULE = '''
BASELINES = {"acme": ("acme.yml", {"files": (1, 2), "suggest": (5, 9), "propose": (4, 9)}),
             "zeta": ("zeta.yml", {"files": (1, 1), "suggest": (2, 3), "propose": (2, 3)})}
FLOORS = {"acme": {"files": (2, 2), "suggest": (8, 9), "propose": (8, 9)},
          "zeta": {"files": (1, 1), "suggest": (3, 3), "propose": (3, 3)}}
'''
LOG = """..sacme: files identified 2/2
acme.yml via suggest: top-1 standard 88.9% (8/9), all 88.9% (8/9), source keys right 0/1
  acct -> account: standard 88.9% (8/9), all 88.9% (8/9)
acme.yml via propose: top-1 standard 100.0% (9/9), all 100.0% (9/9), source keys right 0/1
"""


def test_reads_each_exports_figures() -> None:
    """Progress marks pytest prints before a test's output ('..s') are not the name."""
    baselines = {"acme": ("acme.yml", {})}
    assert measured(LOG, baselines) == {"acme": {"files": (2, 2), "suggest": (8, 9),
                                                 "propose": (9, 9)}}


def test_a_figure_off_its_floor_fails_and_absent_data_is_counted(tmp_path: Path,
                                                                 capsys) -> None:
    module, log = tmp_path / "m.py", tmp_path / "log"
    module.write_text(MODULE)
    log.write_text(LOG)
    assert main(["public_floors.py", str(log), str(module)]) == 1
    out = capsys.readouterr().out
    assert "acme propose: floor (8, 9), measured (9, 9)" in out
    assert "compared 1 diffs 1 skipped 1" in out
    log.write_text(LOG.replace("(9/9), all 100.0% (9/9)", "(8/9), all 88.9% (8/9)"))
    assert main(["public_floors.py", str(log), str(module)]) == 0


def test_raise_writes_only_figures_that_rose(tmp_path: Path, capsys) -> None:
    """--raise writes acme's propose 9/9 (it rose), never a figure that fell."""
    module, log = tmp_path / "m.py", tmp_path / "log"
    module.write_text(MODULE)
    log.write_text(LOG.replace("(8/9), all 88.9% (8/9)", "(7/9), all 77.8% (7/9)"))
    assert main(["public_floors.py", "--raise", str(log), str(module)]) == 1  # suggest fell
    text = module.read_text()
    assert '"acme": {"files": (2, 2), "suggest": (8, 9), "propose": (9, 9)}' in text
    assert "raised 1 figures" in capsys.readouterr().out
    names = tmp_path / "names"
    names.write_text("acme zeta\n")
    assert main(["public_floors.py", str(log), str(module), "--totals", str(names)]) == 0
    assert "suggest 7/9 77.8% · propose 9/9 100.0% (not in the log: zeta)" in \
        capsys.readouterr().out
