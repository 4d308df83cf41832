"""keys117's and keys126's public exports run end to end from their parameters files,
decisions only (issue 13): iTop's sample data as its CSV export writes it for a user working
in German, French, Spanish, Italian, Dutch or Brazilian Portuguese (keys117), Czech, Polish,
Russian, Turkish or Hungarian (keys126), Danish, Slovak, Japanese or Simplified Chinese
(keys137) (localized labels and values, each file named as
iTop's download names it). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import assert_true_counts, run_public

NAMES = ["itop-export-de", "itop-export-fr", "itop-export-es", "itop-export-it",
         "itop-export-nl", "itop-export-pt-br",
         # keys126's
         "itop-export-cs", "itop-export-pl", "itop-export-ru", "itop-export-tr",
         "itop-export-hu",
         # keys137's
         "itop-export-da", "itop-export-sk", "itop-export-ja", "itop-export-zh-cn"]


@pytest.mark.parametrize("name", NAMES)
def test_itop_localized_organisations_and_people_load_linked_by_name(
        name: str, tmp_path: Path) -> None:
    """The 2 organisations load as accounts and the 34 people as contacts, each person linked
    to the organisation its employer column names; the fifteen other files (teams, sites,
    the service catalogue, the contract, SLAs, link tables) are listed with their reason,
    none taken."""
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (2, 2, 0, 0), "contact": (34, 34, 0, 0)}
    key = yaml.safe_load((Path(__file__).parent / "data" / "answer_keys" /
                          f"itop_export_{name[len('itop-export-'):].replace('-', '_')}.yml"
                          ).read_text(encoding="utf-8"))
    org = next(s for s, v in key["files"].items() if v["table"] == "account")
    person = next(s for s, v in key["files"].items() if v["table"] == "contact")
    accounts = {a["__source_id"]: a for a in
                pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()}
    assert {k: a["name"] for k, a in accounts.items()} == {"3": "IT Department", "2": "Demo"}
    contacts = {c["__source_id"]: c for c in
                pl.read_parquet(run_dir / "staged" / "contact.parquet").to_dicts()}
    picasso = contacts["2"]
    assert (picasso["firstname"], picasso["lastname"], picasso["emailaddress1"]) == (
        "Pablo", "Picasso", "pablo.picasso@demo.com")
    assert picasso["__ref__parentcustomerid_account"] == "2"
    assert sum(c["__ref__parentcustomerid_account"] == "3" for c in contacts.values()) == 27
    assert not out["contact"].get("links_left")
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files[org]["taken"] == {"account": 2}
    assert files[person]["taken"] == {"contact": 34}
    others = [s for s in key["files"] if s not in (org, person)]
    assert len(others) == 15
    for source in others:
        assert not files[source]["taken"], source
        assert files[source]["reason"], source
    recon = json.loads((run_dir / "reconciliation.json").read_text())
    assert recon["balanced"]
