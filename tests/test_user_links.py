"""A user column beside the owner (an account's preferred rep, a territory's manager) links
to the org's user found as owners are found (by email, the users file saying which email an
id stands for), with no fallback: a user the org lacks or has disabled leaves the link empty
and counted, never another person's name on the record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from engagements import made_up_parameters, mark_succeeded, run_steps

EXPORT = {
    "users.csv": "user_id,name,email,active\n"
                 "U1,Avery Admin,avery.admin@contoso.example,true\n"
                 "U2,Sam Seller,sam.seller@contoso.example,true\n"
                 "U3,Lee Left,lee.left@contoso.example,false\n",
    "accounts.csv": "account_id,account_name,owner_email,preferred_user_id\n"
                    "A1,Acme,sam.seller@contoso.example,U2\n"
                    "A2,Globex,avery.admin@contoso.example,U1\n"
                    "A3,Initech,sam.seller@contoso.example,U3\n"   # disabled in the org
                    "A4,Umbrella,sam.seller@contoso.example,\n",    # no preferred user
    "territories.csv": "territory_id,territory_name,manager_id\nT1,Europe,U2\nT2,Asia,\n",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("user-links")
    export = root / "export"
    export.mkdir()
    for name, text in EXPORT.items():
        (export / name).write_text(text, encoding="utf-8")
    params = made_up_parameters(root, export, ["account", "territory"], "user-links",
                                "Made-up CRM", destination={
                                    "url": None, "seed_users_from_export": True})
    return run_steps(params, root / "runs" / "user-links" / "r1")


def test_the_map_links_the_user_columns_through_the_users_file(run: Path) -> None:
    mapping = yaml.safe_load((run / "mapping.yml").read_text())
    got = {t["target"]: [(lk["source"], lk["target"], lk["table"]) for lk in t["lookups"]]
           for t in mapping["tables"]}
    assert got["account"] == [("preferred_user_id", "preferredsystemuserid", "systemuser")]
    assert got["territory"] == [("manager_id", "managerid", "systemuser")]


def test_each_link_names_the_orgs_user_or_is_counted_empty(run: Path) -> None:
    from d365migrate.run.context import RunContext

    recon = json.loads((run / "reconciliation.json").read_text())["objects"]
    assert recon["account"]["balanced"] and recon["territory"]["balanced"]
    assert recon["account"]["unresolved_lookups"] == 1  # Lee's user is disabled
    assert recon["territory"]["unresolved_lookups"] == 0
    checked = json.loads((run / "verification.json").read_text())["tables"]
    assert (checked["account"]["matched"], checked["account"]["mismatched"]) == (4, 0)
    ctx = RunContext.open(run.parents[2] / "parameters.yml", run)
    try:
        users = {u["internalemailaddress"]: u["systemuserid"]
                 for u in ctx.client.query("systemusers",
                                           select=["systemuserid", "internalemailaddress"])}
        accounts = {r["name"]: r.get("_preferredsystemuserid_value")
                    for r in ctx.client.query("accounts", select=[
                        "name", "_preferredsystemuserid_value"])}
        managers = {r["name"]: r.get("_managerid_value") for r in ctx.client.query(
            "territories", select=["name", "_managerid_value"])}
    finally:
        ctx.client.close()
    assert accounts == {"Acme": users["sam.seller@contoso.example"],
                        "Globex": users["avery.admin@contoso.example"],
                        "Initech": None, "Umbrella": None}
    assert managers == {"Europe": users["sam.seller@contoso.example"], "Asia": None}


def test_a_delta_run_relinks_and_clears_a_user_link(tmp_path: Path) -> None:
    """At cutover Acme's preferred rep is Avery and Globex has none: the delta run moves
    the first link and empties the second, as it does for any lookup."""
    from d365migrate.run.context import RunContext

    export = tmp_path / "export"
    export.mkdir()
    for name, text in EXPORT.items():
        (export / name).write_text(text, encoding="utf-8")
    params = made_up_parameters(tmp_path, export, ["account"], "user-links-delta",
                                "Made-up CRM", destination={
                                    "url": None, "seed_users_from_export": True})
    runs = tmp_path / "runs" / "user-links-delta"
    first = run_steps(params, runs / "20260101T000000000000Z")
    mark_succeeded(first)
    (export / "accounts.csv").write_text(
        "account_id,account_name,owner_email,preferred_user_id\n"
        "A1,Acme,sam.seller@contoso.example,U1\n"
        "A2,Globex,avery.admin@contoso.example,\n"
        "A3,Initech,sam.seller@contoso.example,U3\n"
        "A4,Umbrella,sam.seller@contoso.example,\n", encoding="utf-8")
    second = run_steps(params, runs / "20260102T000000000000Z")
    delta = json.loads((second / "delta.json").read_text())["objects"]["account"]
    assert (delta["changed"], delta["new"]) == (2, 0)
    ctx = RunContext.open(params, second)
    try:
        avery = next(u["systemuserid"] for u in ctx.client.query(
            "systemusers", select=["systemuserid", "internalemailaddress"])
            if u["internalemailaddress"] == "avery.admin@contoso.example")
        accounts = {r["name"]: r.get("_preferredsystemuserid_value")
                    for r in ctx.client.query("accounts", select=[
                        "name", "_preferredsystemuserid_value"])}
    finally:
        ctx.client.close()
    assert accounts == {"Acme": avery, "Globex": None, "Initech": None, "Umbrella": None}
    checked = json.loads((second / "verification.json").read_text())["tables"]["account"]
    assert checked["mismatched"] == 0
