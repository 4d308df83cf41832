"""Campaign, territory and competitor (issue 13, "Destination tables"): in the load order,
with their suites, and moved from a made-up export through the real steps into the embedded
emulator, each balanced, verified and reconciled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from d365migrate.load.order import LOAD_ORDER, table_rank
from d365migrate.staging.rules import suite_not_null
from engagements import run_steps

UNITS = ("campaign", "territory", "competitor")
EXPORT = {
    "campaigns.csv": "campaign_id,campaign_name,campaign_type,start_date,end_date,budget\n"
                     "K1,Spring launch,Advertisement,2024-03-01,2024-04-30,5000\n"
                     "K2,Trade fair,Event,2024-06-10,2024-06-12,12000\n"
                     "K3,,Webinar,2024-09-01,2024-09-01,300\n",  # no name: held back
    "territories.csv": "territory_id,territory_name,parent_territory_id,description\n"
                       "T1,Europe,,All of Europe\nT2,DACH,T1,Germany Austria Switzerland\n"
                       "T3,Nordics,T1,\n",
    "competitors.csv": "competitor_id,competitor_name,strengths,weaknesses,website\n"
                       "C1,Globex,Price,Support,https://globex.example\n"
                       "C2,Initech,Reach,Price,https://initech.example\n",
}
PARAMETERS = """engagement: sales-units
export: runs/sales-units/export
objects: [campaign, territory, competitor]
mapping:
  confirm_as: Test Analyst
  decisions:
    values:
      campaign.typecode: {Webinar: null}   # no option fits: left empty
destination:
  url: null
"""


def test_the_three_tables_load_after_what_they_may_name_and_have_suites():
    at = LOAD_ORDER.index
    assert at("pricelevel") < at("campaign")  # a campaign's price list
    assert all(u in LOAD_ORDER for u in UNITS)
    assert table_rank("campaign") > table_rank("pricelevel")  # rollback: campaign first
    for unit in UNITS:
        assert "name" in suite_not_null(unit), unit


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory,
        monkeypatch_module: pytest.MonkeyPatch) -> Path:

    monkeypatch_module.delenv("DATAVERSE_URL", raising=False)
    root = tmp_path_factory.mktemp("sales-units")
    export = root / "runs" / "sales-units" / "export"
    export.mkdir(parents=True)
    for name, text in EXPORT.items():
        (export / name).write_text(text, encoding="utf-8")
    (root / "parameters").mkdir()
    params = root / "parameters" / "sales-units.yml"
    params.write_text(PARAMETERS, encoding="utf-8")
    run_dir = root / "runs" / "sales-units" / "run-1"
    return run_steps(params, run_dir)


def test_each_moves_balanced_verified_and_reconciled(run: Path):
    want = {"campaign": (3, 2, 1), "territory": (3, 3, 0), "competitor": (2, 2, 0)}
    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    for unit, (source, loaded, quarantined) in want.items():
        phase = json.loads((run / "phases" / f"{unit}.json").read_text())
        assert phase["balanced"], unit
        assert (phase["source"], phase["loaded"], phase["quarantined"]) == (
            source, loaded, quarantined), unit
        assert phase["verified"] == loaded, unit
        assert recon[unit]["source"] == source and recon[unit]["loaded"] == loaded, unit
    mapping = yaml.safe_load((run / "mapping.yml").read_text())
    territory = next(t for t in mapping["tables"] if t["target"] == "territory")
    assert [lk["target"] for lk in territory["lookups"]] == ["parentterritoryid"]
    assert recon["territory"]["unresolved_lookups"] == 0  # DACH and Nordics under Europe
    reasons = (run / "quarantine" / "campaign.csv").read_text()
    assert "campaign name is required by Dataverse" in reasons


LEADS_AND_CAMPAIGNS = {
    "campaigns.csv": "campaign_id,campaign_name,start_date\nK1,Spring launch,2024-03-01\n"
                     "K2,Trade fair,2024-06-10\n",
    "leads.csv": "lead_id,first_name,last_name,company_name,email,campaign_id\n"
                 "L1,Ann,Lee,Acme,ann@acme.example,K1\nL2,Bo,Ek,Beta,bo@beta.example,K2\n"
                 "L3,Cy,Oh,Gamma,cy@gamma.example,\n",
}


def test_leads_keep_their_source_campaign_when_campaigns_load(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    """A lead's campaign column went unmapped ("no field"): the Lead table's Source Campaign
    (campaignid) is now known, and campaigns load before the leads that point at them."""
    assert LOAD_ORDER.index("campaign") < LOAD_ORDER.index("lead")
    assert table_rank("campaign") < table_rank("lead")  # rollback: leads first
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
    lead = next(t for t in yaml.safe_load((run / "mapping.yml").read_text())["tables"]
                if t["target"] == "lead")
    assert [(lk["source"], lk["target"], lk["table"]) for lk in lead["lookups"]] == [
        ("campaign_id", "campaignid", "campaign")]
    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert (recon["lead"]["loaded"], recon["lead"]["verified"]) == (3, 3)
    assert recon["lead"]["unresolved_lookups"] == 0 and recon["campaign"]["loaded"] == 2
