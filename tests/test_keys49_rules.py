"""Rules added after measuring keys49's held-out export (issue 13), on made-up data so they
run where the public data is absent: a chart of accounts is no customers when its name says
the general ledger ('gl_account', 'chart_of_accounts'), when its account types are the
statements an account reports on (balance sheet, income statement), or when it names the
account each one closes into at year end; a customers file keeps its kind. An object asked
for that no file holds is absent from the run, not staged from nothing."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import yaml

from d365migrate.intake.discover import discover
from d365migrate.intake.money_columns import ledger_classes, ledger_columns, ledger_name
from d365migrate.intake.read import Export
from d365migrate.mapping.mapfile import mapped_units


def _kinds(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    return {o.source: o.name for o in discover(Export(Path("."), tables)).objects}


def _accounts(**extra: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"accountno": ["10100", "40000", "61500", "20500"],
                         "title": ["Operating cash", "Product sales", "Office rent",
                                   "Accrued wages"],
                         "status": ["active", "active", "active", "inactive"],
                         "category": ["Cash", "Revenue", "Rent", "Payroll"], **extra})


def test_a_file_named_for_the_general_ledgers_accounts_is_no_customers() -> None:
    assert ledger_name("acme__gl_account") == "the name 'acme__gl_account'"
    assert ledger_name("general_ledger_accounts") and ledger_name("Chart of Accounts")
    assert ledger_name("accounts") is None and ledger_name("ledger_entries") is None
    assert _kinds({"acme__gl_account": _accounts()})["acme__gl_account"] == "unknown"


def test_statement_classes_and_closing_accounts_say_a_chart_of_accounts() -> None:
    assert ledger_classes(["balancesheet", "incomestatement"])
    assert not ledger_classes(["balancesheet", "prospect"])
    assert ledger_columns(["accountno", "normalbalance", "closingaccountno"]) == [
        "normalbalance", "closingaccountno"]
    by_type = _accounts(accounttype=["balancesheet", "incomestatement", "incomestatement",
                                     "balancesheet"])
    assert _kinds({"account": by_type})["account"] == "unknown"
    closing = _accounts(normalbalance=["debit", "credit", "debit", "credit"],
                        closingaccountno=["", "37000", "37000", ""])
    assert _kinds({"account": closing})["account"] == "unknown"


def test_a_customers_file_named_accounts_stays_accounts() -> None:
    customers = pl.DataFrame({"id": ["1", "2", "3"],
                              "name": ["Ferngate Ltd", "Larkspur Bakery", "Odd Owl Books"],
                              "website": ["ferngate.example", "larkspur.example",
                                          "oddowl.example"],
                              "phone": ["0113 496 0000", "0113 496 0001", "0113 496 0002"],
                              "type": ["Customer", "Customer", "Partner"]})
    assert _kinds({"accounts": customers})["accounts"] == "account"


def test_an_object_asked_for_with_no_file_is_absent_not_moved(tmp_path: Path) -> None:
    """A map entry with no source file (no file looks like customers) moves nothing: the
    run lists the object as not in the export instead of staging a file that is not
    there."""
    path = tmp_path / "mapping.yml"
    path.write_text(yaml.safe_dump({"version": 1, "tables": [
        {"target": "account", "source": None, "columns": []},
        {"target": "contact", "source": "people", "columns": []}]}), encoding="utf-8")
    assert mapped_units(["account", "contact"], path) == ["contact"]
