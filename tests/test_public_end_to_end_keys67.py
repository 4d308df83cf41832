"""keys67's public exports run end to end from their parameters files, decisions only
(issue 13): Pipedrive's own UI export of deals (QuickTasker's fixture) and LinkedIn's
Connections.csv (kawsay's fixture). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import yaml

from test_public_end_to_end import (
    PUBLIC,
    assert_true_counts,
    outcomes,
    run_public,
    verified_columns,
)

PLACEHOLDER = "Pipedrive deals without an organization"


def _placeholder_account(client: Any) -> None:
    """The org's placeholder account for deals with no organization, as its admin sets it
    up before the run (the parameters bind every deal's customer to it)."""
    client.create("accounts", {"name": PLACEHOLDER})


def test_pipedrive_deals_export_won_lost_and_open(tmp_path: Path) -> None:
    """Pipedrive's 8 deals load as opportunities under the org's placeholder account (no deal
    names an organization, no persons file: a decision), their own Status deciding the
    state: 3 won, 3 lost (Canceled), 2 open; each deal's stage (both pipelines, one in
    Estonian) its step, its value, its creation and close dates kept. The contact person is
    a Pipedrive id with no persons file: 8 links left, counted. Pipedrive's user names are no
    users of the org: the fallback owner."""
    run_dir = run_public("pipedrive-quicktasker", tmp_path, _placeholder_account)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "closed") == {
        "opportunity": ("pipedrive-export", 8, 8, 0, 0, 0, 6)}
    assert out["opportunity"]["links_left"]["parentcontactid"] == 8
    deals = pl.read_parquet(run_dir / "staged" / "opportunity.parquet")
    assert set(deals["__via__customerid_account"]) == {"existing"}
    assert deals.group_by("statecode", "statuscode").len().sort("statecode").rows() == [
        (0, None, 2), (1, 3, 3), (2, 4, 3)]
    assert sorted(set(deals["stepname"])) == ["Hinnatud sobivaks", "Qualified"]
    deal2 = deals.filter(pl.col("name") == "P Deal 2").to_dicts()[0]
    assert (deal2["estimatedvalue"], deal2["overriddencreatedon"], deal2["actualclosedate"],
            deal2["statecode"]) == (666.0, "2021-08-26T11:06:31Z", "2022-03-28T08:57:47Z", 2)
    assert deals.filter(pl.col("name") == "P Deal 4")["actualclosedate"].to_list() == [None]
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "Siim US" in report or "siim us" in report.lower()   # the unmatched owner said
    # the deal's own Status was proposed as its state by itself (no stage_source nor
    # deal_states decision in the parameters): each value placed, Lost with Dynamics'
    # default status reason, Canceled (4), saying so (keys72)
    params = yaml.safe_load((PUBLIC / "pipedrive-quicktasker" / "parameters.yml").read_text(
        encoding="utf-8"))
    assert not {"stage_source", "deal_states"} & set(params["mapping"]["decisions"])
    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    assert mapping["stage_source"]["state_column"] == "Status"
    states = {s["value"]: s for s in mapping["deal_states"]}
    assert {v: (s["state"], s["statuscode"], s["decided"]) for v, s in states.items()} == {
        "Lost": (2, 4, True), "Won": (1, 3, True), "Open": (0, None, True)}
    assert "default status reason" in states["Lost"]["reason"]


def test_linkedin_connections_after_linkedins_notes(tmp_path: Path) -> None:
    """LinkedIn's Connections.csv: its byte-order mark, two lines of notes and a blank line
    are skipped before the header; the 2 connections load as contacts keyed by their
    profile URL, accents kept, the e-mail where the connection shares it, the position as
    the job title. Their employer is a name with no companies file: an account is made per
    distinct Company (a decision), each connection linked to its own."""
    run_dir = run_public("linkedin-kawsay", tmp_path)
    out = assert_true_counts(run_dir)
    assert outcomes(out) == {"account": ("employers", 2, 2, 0, 0, 0),
                             "contact": ("Connections", 2, 2, 0, 0, 0)}
    assert not out["contact"].get("links_left")
    employers = pl.read_parquet(run_dir / "staged" / "account.parquet")
    linked = pl.read_parquet(run_dir / "staged" / "contact.parquet")
    assert set(linked["__ref__parentcustomerid_account"]) == set(employers["__source_id"])
    people = pl.read_parquet(run_dir / "staged" / "contact.parquet").sort("lastname")
    assert people.select("firstname", "lastname", "emailaddress1", "jobtitle").rows() == [
        ("Æsop", "Fontaine", "aesop@example.com", "Director, Operations"),
        ("José", "García", None, "Senior Engineer")]
    # keyed by the profile (its hash the source id), the profile kept as the web address
    assert people["__source_id"].n_unique() == 2
    assert people["websiteurl"].to_list() == ["https://www.linkedin.com/in/aesop",
                                              "https://www.linkedin.com/in/josegarcia"]
    verified = verified_columns(run_dir)
    assert not any(n for cols in verified.values() for n in cols.values())
