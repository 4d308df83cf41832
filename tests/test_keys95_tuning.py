"""Rules tuned on keys95's public data sets (a listed companies list, a maintenance desk's
work orders), on made-up data."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.discover import classify_table
from d365migrate.intake.kinds import kind_of_word
from d365migrate.intake.organisation_files import listed_company_columns
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top


def test_a_ticker_beside_a_sector_is_a_list_of_companies() -> None:
    cols = ["Ticker", "Issuer", "GICS Sector", "HQ", "Listed since"]
    kind = classify_table("index_2024", cols, "Ticker", frozenset({"Ticker"}))[0]
    assert kind == "account"
    assert listed_company_columns({"symbol", "gicssector", "issuer"}) == ["symbol", "gicssector"]
    # a currency's or a unit's symbol alone says no company; a person is no company
    assert listed_company_columns({"symbol", "code", "name"}) is None
    assert listed_company_columns({"symbol", "sector", "firstname", "lastname"}) is None


def test_a_company_lists_symbol_and_gics_sector_are_ticker_and_industry() -> None:
    frame = pl.DataFrame({"Symbol": ["ACME"], "Name": ["Acme"], "GICS Sector": ["Energy"]})
    sugg = suggest_columns(frame, DEFS["account"])
    assert _top(sugg, "Symbol") == "tickersymbol"
    assert _top(sugg, "GICS Sector") == "industrycode"


def test_maintenance_requests_are_cases_and_technicians_users() -> None:
    assert kind_of_word("MaintenanceRequests") == "ticket"
    assert kind_of_word("repair_requests") == "ticket"
    assert kind_of_word("Technicians") == "user"


def test_a_work_orders_type_and_commitment_date_on_a_case() -> None:
    frame = pl.DataFrame({"WorkOrderType": ["2"], "CommitmentDate": ["2024-09-02"],
                          "TechnicianId": ["T004"]})
    sugg = suggest_columns(frame, DEFS["incident"])
    assert _top(sugg, "WorkOrderType") == "casetypecode"
    assert _top(sugg, "CommitmentDate") == "resolveby"
    assert _top(sugg, "TechnicianId") == "ownerid"
