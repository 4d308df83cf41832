"""One rule for a column a person decides to leave empty (issue 13): a link's
``when_missing: empty`` and a column fixed as empty (``columns: {x: {value: null}}``) load the
record without it where Dataverse accepts that (ApplicationRequired), and are refused where it
does not or the column names the record; never quarantined row by row by the suite."""

from __future__ import annotations

import pytest

from d365migrate.mapping.decisions import apply_decisions, apply_stages, stage_source
from d365migrate.mapping.mapfile import MappingError, confirm, table_map
from d365migrate.staging.rules import MissingColumn
from d365migrate.staging.stage import stage_table
from d365migrate.staging.validate import validate_staged
from test_link_decisions import ACCOUNTS, DEALS, DEFS, proposal, table_def

NO_STAGE = {"(no stage)": {"salesstage": 0, "state": "open"}}


def staged_and_valid(decisions: dict) -> tuple[int, int]:
    bound = apply_decisions(proposal(["account", "opportunity"]),
                            {**decisions, "stages": NO_STAGE}, table_def=table_def)
    deals = apply_stages(DEALS, bound["stages"], **stage_source(bound))
    staged = stage_table(confirm(bound, "analyst"), "opportunity",
                         {"accounts": ACCOUNTS, "deals": deals}, {"deals": "deals.csv"},
                         table_def=DEFS["opportunity"])
    checked = validate_staged(staged.staged, "opportunity", DEFS["opportunity"],
                              file="deals.csv", tmap=table_map(bound, "opportunity"))
    return staged.staged.height, checked.valid.height


def test_an_application_required_column_left_empty_loads_either_way():
    by_link = staged_and_valid({"links": {"opportunity.customerid": {
        "to": "account", "source": "acct", "when_missing": "empty"}}})
    by_column = staged_and_valid({"columns": {"opportunity.customerid": {"value": None}}})
    assert by_link == by_column == (3, 3)


def test_a_column_fixed_empty_that_names_the_record_or_is_system_required_is_refused():
    with pytest.raises(MissingColumn, match="'name'"):
        staged_and_valid({"columns": {"opportunity.name": {"value": None}}})
    system = {**DEFS["opportunity"], "Attributes": [
        dict(a, RequiredLevel={"Value": "SystemRequired"}) if a["LogicalName"] == "customerid"
        else a for a in DEFS["opportunity"]["Attributes"]]}
    with pytest.raises(MappingError, match="when_missing must be quarantine"):
        apply_decisions(proposal(["account", "opportunity"]), {"links": {
            "opportunity.customerid": {"to": "account", "source": "acct",
                                       "when_missing": "empty"}}},
            table_def=lambda n: system if n == "opportunity" else DEFS[n])
    bound = apply_decisions(proposal(["account", "opportunity"]), {
        "columns": {"opportunity.customerid": {"value": ""}}, "stages": NO_STAGE},
        table_def=table_def)
    deals = apply_stages(DEALS, bound["stages"], **stage_source(bound))
    with pytest.raises(MissingColumn, match="'customerid' \\(SystemRequired\\)"):
        stage_table(confirm(bound, "analyst"), "opportunity",
                    {"accounts": ACCOUNTS, "deals": deals}, {"deals": "deals.csv"},
                    table_def=system)
