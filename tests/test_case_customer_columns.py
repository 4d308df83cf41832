"""A ticket's customer column the engine read yields to the ticket's own customer link, and
says so: the column it replaced is left in the source with why, never dropped unsaid (keys158:
Redmine's Japanese assignee '担当者' vanished from the map, its reasons and the inventory)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from d365migrate.mapping.history import _as_case

INCIDENT = json.loads((Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator"
                       / "data" / "tables" / "incident.json").read_text(encoding="utf-8"))


def test_a_replaced_customer_column_is_listed_with_its_reason() -> None:
    reporter = SimpleNamespace(kind="id", target_source="reporters", match_rate=1.0,
                               column="Reporter", to="reporters.Name")
    discovery = SimpleNamespace(links_from=lambda source: [reporter])
    entry = {"columns": [], "unmapped": [], "unmapped_reasons": {},
             "lookups": [{"target": "customerid", "source": "Handler", "table": "contact",
                          "confidence": 0.7, "reason": "names contact records"}]}
    out = _as_case(entry, discovery, "issues", INCIDENT, {"contact": "reporters"})
    assert [lk["source"] for lk in out["lookups"]] == ["Reporter"]
    assert "Handler" in out["unmapped"]
    assert "'Reporter' names it" in out["unmapped_reasons"]["Handler"]
