"""What the reports say is true for the export at hand: the run's name, owners the export
names only by an id, files of kinds the map leaves out (issues #11/#13, seen on the Pardot
rehearsal). Fast: facts and inventories built by hand, no run."""

from __future__ import annotations

import re

from d365migrate.report.sponsor import header, render_report, sign_off
from d365migrate.report.sponsor_facts import Facts, run_words


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_a_run_folder_with_a_plain_name_is_not_echoed_as_run_run():
    """A run folder named "run" (steps run by hand) with no start time in run.json read
    "Run run, " in the header: a bare folder name and a dangling comma."""
    head = _text(header(Facts(engagement="pardot", run_id="run")))
    assert "Run run" not in head and not re.search(r",\s*(The field map|$)", head)
    assert "Run \u201crun\u201d (its start time was not recorded)" in head
    assert "(run \u201crun\u201d)" in _text(sign_off(Facts(engagement="pardot", run_id="run")))


def test_a_time_stamped_run_is_named_by_when_it_ran():
    assert run_words("20261130T232600123456Z") == "run started 30 Nov 2026, 23:26 UTC"
    assert run_words("interactive-20261130T232600123456Z") == \
        "run started 30 Nov 2026, 23:26 UTC"
    # run.json's own times win over the folder's name
    assert run_words("20261130T232600123456Z", "1 Dec 2026, 00:10 UTC",
                     "1 Dec 2026, 00:20 UTC") == \
        "run started 1 Dec 2026, 00:10 UTC, finished 1 Dec 2026, 00:20 UTC"
    assert run_words("rehearsal-2", "1 Dec 2026, 00:10 UTC") == \
        "run \u201crehearsal-2\u201d started 1 Dec 2026, 00:10 UTC"
    page = render_report(Facts(engagement="e", run_id="20261130T232600123456Z"))
    assert "Run started 30 Nov 2026, 23:26 UTC<br>" in page
