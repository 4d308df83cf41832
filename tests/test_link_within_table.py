"""Parent accounts loaded in the same phase as their children are linked by a second pass."""

from __future__ import annotations

import httpx
import polars as pl

from d365migrate.dataverse import DataverseClient, StaticToken
from d365migrate.load.ledger import Ledger
from d365migrate.load.loader import TableLoader
from d365migrate.load.org_records import ensure_source_id_column
from d365migrate.load.parents import link_within_table
from d365migrate.run.gates import link_outcomes
from d365migrate.staging.stage import REF_PREFIX, SOURCE_ID, SOURCE_ROW
from d365migrate.verify.fields import check_table
from dataverse_emulator import create_app

NAV = "parentaccountid"
COLUMN = "new_smartdeskid"


def test_parents_created_in_the_same_phase_are_linked(tmp_path) -> None:
    app = create_app(tmp_path / "org.sqlite")
    client = DataverseClient("http://dataverse.emulator/", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    table_def = ensure_source_id_column(client, client.entity_definition("account"), COLUMN)
    # A0 <- A1 <- A2 (a chain), A3 without parent, A4's parent is not in the export
    staged = pl.DataFrame({SOURCE_ID: ["A0", "A1", "A2", "A3", "A4"],
                           SOURCE_ROW: [1, 2, 3, 4, 5],
                           "name": ["Zero", "One", "Two", "Three", "Four"],
                           REF_PREFIX + NAV: [None, "A0", "A1", None, "A9"]})
    lookups = [{"target": "parentaccountid", "navigation": NAV, "table": "account",
                "source": "parent_id"}]
    loader = TableLoader(client, table_def, source_id_column=COLUMN,
                         ledger=Ledger(tmp_path / "ledger.jsonl"), progress=False)
    result = loader.load(staged, owner_ids={},
                         ref_ids={NAV: ("accounts", {}, "parentaccountid")})
    assert result.created == 5 and result.unresolved_lookups == 3  # nothing existed before
    linked = link_within_table(client, table_def, staged, lookups, {}, result.ids)
    assert linked.made == 2 and not linked.refused  # A4's parent is nowhere: unresolved
    parents = {r[COLUMN]: r.get("_parentaccountid_value")
               for r in client.query("accounts", select=[COLUMN, "_parentaccountid_value"])}
    assert parents == {"A0": None, "A1": result.ids["A0"], "A2": result.ids["A1"],
                       "A3": None, "A4": None}


def _products(tmp_path):
    app = create_app(tmp_path / "org.sqlite")
    client = DataverseClient("http://dataverse.emulator/", StaticToken(),
                             transport=httpx.WSGITransport(app=app))
    return client, ensure_source_id_column(client, client.entity_definition("product"), COLUMN)


def test_a_link_the_org_refuses_leaves_its_record_without_it_and_says_why(tmp_path) -> None:
    """Microsoft: "a product or bundle can't be set as a parent". A refused link in a chunk
    must neither stop the run (the records are in the org) nor take the chunk's other links
    with it: each is sent again alone, and the refused one is listed with the org's reason."""
    client, table_def = _products(tmp_path)
    nav = "parentproductid"
    staged = pl.DataFrame({SOURCE_ID: ["F1", "P1", "V1", "V2", "V3"],
                           SOURCE_ROW: [1, 2, 3, 4, 5],
                           "name": ["Family", "Plain", "Under family", "Under plain", "Too"],
                           "productnumber": ["F1", "P1", "V1", "V2", "V3"],
                           "productstructure": [2, 1, 1, 1, 1],
                           REF_PREFIX + nav: [None, None, "F1", "P1", "F1"]})
    loader = TableLoader(client, table_def, source_id_column=COLUMN,
                         ledger=Ledger(tmp_path / "ledger.jsonl"), progress=False)
    result = loader.load(staged, owner_ids={}, ref_ids={nav: ("products", {}, nav)})
    assert result.created == 5 and result.unresolved_lookups == 3
    lookups = [{"target": nav, "navigation": nav, "table": "product", "source": "Parent"}]
    linked = link_within_table(client, table_def, staged, lookups, {}, result.ids,
                               file="products.csv")
    assert linked.made == 2
    [refused] = linked.refused
    assert (refused["file"], refused["row"], refused["source_id"], refused["column"],
            refused["value"]) == ("products.csv", 4, "V2", "Parent", "P1")
    assert refused["reason"].startswith("Dataverse refused the link to product 'P1' (")
    assert linked.frame().height == 1
    parents = {r[COLUMN]: r.get("_parentproductid_value")
               for r in client.query("products", select=[COLUMN, "_parentproductid_value"])}
    assert parents == {"F1": None, "P1": None, "V1": result.ids["F1"], "V2": None,
                       "V3": result.ids["F1"]}
    # verification expects no parent where the org refused it (and counts it unresolved);
    # told nothing, it reports V2's parent as differing from the org
    tmap = {"columns": [{"source": "Name", "target": "name"}], "lookups": lookups}
    staged = staged.select(SOURCE_ID, SOURCE_ROW, "name", REF_PREFIX + nav)
    check = check_table(client, table_def, tmap, staged, source_id_column=COLUMN,
                        resolve=lambda table, sids: {s: result.ids[s] for s in sids},
                        refused={("V2", REF_PREFIX + nav)})
    assert (check.checked, check.matched, check.unresolved_lookups) == (5, 5, 1)
    check = check_table(client, table_def, tmap, staged, source_id_column=COLUMN,
                        resolve=lambda table, sids: {s: result.ids[s] for s in sids})
    assert (check.matched, [(m["source_id"], m["column"]) for m in check.mismatches]) == (
        4, [("V2", "parentproductid")])


def test_a_refused_link_counts_as_unresolved_with_the_orgs_reason() -> None:
    loaded = pl.DataFrame({SOURCE_ID: ["V1", "V2"], SOURCE_ROW: [1, 2],
                           REF_PREFIX + "parentproductid": ["F1", "P1"]})
    lookups = [{"target": "parentproductid", "navigation": "parentproductid",
                "table": "product", "source": "Parent"}]
    in_org = {"F1", "P1", "V1", "V2"}
    why = "Dataverse refused the link to product 'P1' (not a family), so the record moved " \
          "without it"
    counts, rows = link_outcomes(loaded, lookups, lambda t: in_org, None, "products.csv",
                                 refused={("V2", "Parent"): why})
    assert counts == {"parentproductid": {"named": 2, "unresolved": 1}}
    assert rows.select("source_id", "value", "reason").rows() == [("V2", "P1", why)]
    counts, rows = link_outcomes(loaded, lookups, lambda t: in_org, None, "products.csv")
    assert counts["parentproductid"]["unresolved"] == 0 and rows.height == 0


def test_a_delta_run_that_moves_a_child_under_a_new_parent_rolls_back_to_the_old(
        tmp_path) -> None:
    """At cutover Globex's parent is a new account (Initech, in the same file): the delta
    run updates Globex, links it to Initech in the second pass, and its rollback puts Acme
    back as Globex's parent, from the prior link the ledger kept, and deletes Initech."""
    from d365migrate.run.context import RunContext
    from d365migrate.verify.rollback import rollback_run
    from engagements import made_up_parameters, mark_succeeded, run_steps

    export = tmp_path / "export"
    export.mkdir()
    accounts = export / "accounts.csv"
    accounts.write_text("account_id,account_name,parent_account_id\n"
                        "A1,Acme,\nA2,Globex,A1\n", encoding="utf-8")
    params = made_up_parameters(tmp_path, export, ["account"], "parent-delta", "Made-up CRM")
    runs = tmp_path / "runs" / "parent-delta"
    mark_succeeded(run_steps(params, runs / "20260101T000000000000Z"))
    accounts.write_text("account_id,account_name,parent_account_id\n"
                        "A1,Acme,\nA2,Globex,A3\nA3,Initech,\n", encoding="utf-8")
    second = run_steps(params, runs / "20260102T000000000000Z")

    def parents() -> dict[str, str | None]:
        ctx = RunContext.open(params, second)
        try:
            rows = list(ctx.client.query("accounts", select=[
                "accountid", "name", "_parentaccountid_value"]))
            names = {r["accountid"]: r["name"] for r in rows}
            return {r["name"]: names.get(r.get("_parentaccountid_value")) for r in rows}
        finally:
            ctx.client.close()

    assert parents() == {"Acme": None, "Globex": "Initech", "Initech": None}
    ctx = RunContext.open(params, second)
    try:
        rollback_run(second, ctx.client, progress=False)
    finally:
        ctx.client.close()
    assert parents() == {"Acme": None, "Globex": "Acme"}
