"""The load forgets a table's source-id map once no later phase points into it (it kept
every table's map to the end: about 150 MiB at a million rows)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from d365migrate.load.id_maps import drop_maps_read_no_more, tables_each_reads
from engagements import run_steps
from test_campaign_territory_competitor import LEADS_AND_CAMPAIGNS


def test_a_map_goes_after_the_last_phase_that_points_into_its_table():
    targets = ["account", "contact", "opportunity", "task"]
    reads = tables_each_reads({"contact": [{"table": "account"}],
                               "opportunity": [{"table": "account"}, {"table": "contact"}],
                               "task": [{"table": "opportunity"}]}, targets)
    assert reads == [set(), {"account"}, {"account", "contact"}, {"opportunity"}]
    id_maps: dict = {"account": {"A1": "x"}}
    assert drop_maps_read_no_more(id_maps, reads, 0) == []  # contacts still point at it
    id_maps["contact"] = {"C1": "y"}
    assert drop_maps_read_no_more(id_maps, reads, 1) == []
    id_maps["opportunity"] = {"D1": "z"}
    assert drop_maps_read_no_more(id_maps, reads, 2) == ["account", "contact"]
    assert list(id_maps) == ["opportunity"]  # the tasks' regarding still binds through it
    assert drop_maps_read_no_more(id_maps, reads, 3) == ["opportunity"] and id_maps == {}


def test_a_load_drops_each_map_after_its_last_reader_and_still_links(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import d365migrate.load.id_maps as id_maps_module

    dropped: list[tuple[int, list[str]]] = []

    def recording(id_maps: dict, reads: list[set[str]], done: int) -> list[str]:
        gone = drop_maps_read_no_more(id_maps, reads, done)
        dropped.append((done, gone))
        return gone

    monkeypatch.setattr(id_maps_module, "drop_maps_read_no_more", recording)
    monkeypatch.delenv("DATAVERSE_URL", raising=False)
    export = tmp_path / "runs" / "lc" / "export"
    export.mkdir(parents=True)
    for name, text in LEADS_AND_CAMPAIGNS.items():
        (export / name).write_text(text, encoding="utf-8")
    params = tmp_path / "lc.yml"
    params.write_text("engagement: lc\nexport: runs/lc/export\nobjects: [lead, campaign]\n"
                      "mapping:\n  confirm_as: Test Analyst\ndestination:\n  url: null\n",
                      encoding="utf-8")
    run = run_steps(params, tmp_path / "runs" / "lc" / "run-1")
    # campaigns load first and are kept for the leads; after the leads nothing reads either
    assert dropped == [(0, []), (1, ["campaign", "lead"])]
    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert recon["lead"]["unresolved_lookups"] == 0 and recon["lead"]["verified"] == 3
