"""Session 35's rules: a column of dates says when under any header, a help desk's
requester read by the first part of 'Requester - Writer', Traditional Chinese tasks and
Armenian activities searched, Serbian buyers and potential clients, an account category of
business relationships, and a status word standing for an address's state."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.content_words import content_columns
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.lookalikes import dated
from d365migrate.intake.value_shapes import value_columns
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_a_column_of_dates_says_when_whatever_its_header() -> None:
    """SuiteCRM's Vietnamese calls: 'Ngày bắt đầu' (start date) over dates, a header no
    discovery word reads: the file's records happen at a time (an activity, not unsure)."""
    df = pl.DataFrame({"Chủ đề": ["Call back"], "Ngày bắt đầu": ["06/23/2025 06:45 am"]})
    shapes = value_columns(df, {"Chủ đề": "string", "Ngày bắt đầu": "datetime"})
    assert dated({"chude", "ngaybatdau"} | shapes)
    assert not dated({"chude", "ngaybatdau"})
    assert not dated({"chude"} | value_columns(df, {"Chủ đề": "string",
                                                     "Ngày bắt đầu": "string"}))


def test_a_requester_is_read_by_the_first_part_of_its_header() -> None:
    assert "requester" in content_columns(["ID", "Título", "Solicitante - Escritor"])
    assert "requester" in content_columns(["Requester - Writer"])
    assert "requester" not in content_columns(["Escritor - Solicitante"])


def test_traditional_chinese_tasks_and_armenian_activities_searched() -> None:
    assert cjk_kind("CiviCRM 任務搜尋") == "task"
    assert cjk_kind("CiviCRM 任务搜索") == "task"
    assert cjk_kind("CiviCRM գործողության որոնում") == "activity"
    assert cjk_kind("CiviCRM 捐款搜尋") is None   # contributions: no kind


def test_serbian_buyers_and_potential_clients_name_their_files() -> None:
    assert name_kind("Купац")[0] == "account"
    assert name_kind("Kupci")[0] == "account"
    assert name_kind("Потенцијални_клијент")[0] == "lead"


def _account() -> dict:
    return dict(load_table_defs(TABLES)["account"])


def test_an_account_category_of_relationships_is_the_relationship_type() -> None:
    """Fat Free CRM's 'Category' competitor / partner / vendor: what the company is to us."""
    values = ["vendor", "competitor", "affiliate", "reseller", "customer", "partner", None]
    df = pl.DataFrame({"Name": ["A", "B", "C", "D", "E", "F", "G"], "Category": values})
    got = suggest_columns(df, _account(), source_object="accounts")
    assert got["Category"][0].target == "customertypecode"
    # a rank stays the account's category
    tiers = pl.DataFrame({"Name": ["A", "B", "C"], "Category": ["Gold", "Silver", "Standard"]})
    assert suggest_columns(tiers, _account(), source_object="accounts")[
        "Category"][0].target == "accountcategorycode"


def test_an_id_column_wins_its_lookup_over_a_name_column_without_links() -> None:
    """Dolibarr's contacts: 'ID da empresa' (the company's id) beside 'Razão social' (its
    name); without discovery's links the id still takes the company lookup."""
    contacts = dict(load_table_defs(TABLES)["contact"])
    df = pl.DataFrame({"ID do contato": ["10", "11"], "Sobrenome": ["Maréchal", "Pejat"],
                       "ID da empresa": ["1", "5"], "Razão social": ["Cumulo", "Yratin SA"]})
    got = suggest_columns(df, contacts, source_object="export_societe_2")
    assert got["ID da empresa"][0].target == "parentcustomerid"
    assert not got["Razão social"] or got["Razão social"][0].target != "parentcustomerid"
