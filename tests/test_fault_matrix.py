"""The fault matrix (issue 16), the scenarios that fit in CI time: each ends with the org
counted against a fault-free load of the same export (every record once, in its state:
won/lost deals, qualified leads, resolved cases, completed activities; one resolution a
resolved case), then every run folder rolled back newest first, leaving no record and no
column of the migration. The rest of the matrix (20% faults, kills during accounts and
contacts, the emulator server killed and restarted) runs in ``benchmarks/fault_matrix.py``
on the same harness (``tests/faultruns.py``).

Each scenario runs the load in a child process against a real emulator server; the sample
export (scale 0.1) is staged once for the module.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.dataverse.client import RetryPolicy
from d365migrate.load.org_records import ensure_source_id_column
from dataverse_emulator import Limits, create_app
from faultruns import (
    TIGHT,
    Engagement,
    baseline,
    closing,
    differences,
    empty,
    killed_during,
    unwritable_mid_run,
    with_faults,
)

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engagement, dict, Path]:
    from faultruns import stage_engagement

    root = tmp_path_factory.mktemp("faults")
    eng = stage_engagement(root, scale=0.1)
    return eng, baseline(eng, root / "baseline.sqlite"), root


def rolled_back_clean(result: dict) -> None:
    rb = result["rollback"]
    assert all(rb["complete"]), rb["complete"]
    assert empty(rb["picture"]) == []
    assert rb["schema_left"] == []


def test_five_percent_faults_under_tight_limits(staged):
    eng, expected, root = staged
    assert sum(len(t) for t in expected["tables"].values()) > 200  # a load worth the name
    result = with_faults(eng, root / "faults5.sqlite", *TIGHT, "--fault-rate", "0.05",
                         "--seed", "5", label="faults5")
    assert differences(expected, result["picture"]) == []
    rolled_back_clean(result)


def test_replies_dropped_after_the_server_committed(staged):
    eng, expected, root = staged
    result = with_faults(eng, root / "dropped.sqlite", *TIGHT, "--drop-after-commit-rate",
                         "0.1", "--seed", "11", label="dropped")
    assert differences(expected, result["picture"]) == []
    rolled_back_clean(result)


def test_run_killed_during_closes_then_run_again(staged):
    """Killed -9 while deals are being won and lost: the next run closes what is left."""
    eng, expected, root = staged
    result = killed_during(eng, root / "killed.sqlite", closing("opportunity"), "closes",
                           *TIGHT)
    assert result["killed"]
    assert differences(expected, result["picture"]) == []
    rolled_back_clean(result)


def test_run_folder_unwritable_mid_run_stops_clearly_and_resumes(staged):
    eng, expected, root = staged
    result = unwritable_mid_run(eng, root / "unwritable.sqlite", *TIGHT)
    if not result["supported"]:
        pytest.skip("this file system can make a folder neither read-only nor immutable")
    assert result["returncode"] != 0  # it stopped, saying what it could not write where
    assert "Operation not permitted" in result["stderr"] or \
        "Permission denied" in result["stderr"]
    assert "01-unwritable" in result["stderr"]
    assert result["ledger_lines"] == result["ledger_parsed"]  # nothing torn
    assert differences(expected, result["picture"]) == []
    rolled_back_clean(result)


def test_a_column_and_key_whose_replies_were_lost_count_as_created(tmp_path):
    """Every write's reply lost after the org committed it: the resend is told "already
    exists", which means done (and the run records it as its own, for rollback --schema)."""
    app = create_app(tmp_path / "org.sqlite", limits=Limits(drop_after_commit_rate=1.0))
    client = DataverseClient("http://dataverse.emulator/", StaticToken(),
                             transport=httpx.WSGITransport(app=app),
                             retry=RetryPolicy(sleep=lambda s: None))
    made: list[dict[str, str]] = []
    table_def = ensure_source_id_column(client, client.entity_definition("account"),
                                        "new_smartdeskid", made)
    assert "new_smartdeskid" in {a["LogicalName"] for a in table_def["Attributes"]}
    assert [k["KeyAttributes"] for k in table_def["Keys"]] == [["new_smartdeskid"]]
    assert [m["kind"] for m in made] == ["column", "key"]
