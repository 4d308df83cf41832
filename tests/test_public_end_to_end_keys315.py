"""keys315's public exports run end to end from their parameters files, decisions only
(issue 13): IDURAR ERP CRM (idurar/idurar-erp-crm at 048c77e9, MIT; an ERP/CRM of customers,
quotes, invoices and payments), the one customer record its own frontend test holds (its
repository has no seed or demo records) as its customer list shows it, headed by its own
labels in English, French, Simplified Chinese and Arabic (tests/data/exports/idurar-export-en,
-fr, -zh-cn, -ar; SOURCE.md), written on the branch-point engine 1eff826f (session 47, round
U). Same harness as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the four languages (``LANGS``: per language, the headers the map
reads and the two it leaves). In every language the customer loads as an account (its
company name and e-mail), nothing held back, and verification finds no column differing.
The parameters decide one thing: the key (the list shows no id; IDURAR's customer company
name is required and unique), so the record's source id is a hash of the company name, the
same in every language.

What is NOT read (left unmapped by the engine), in every language:
- the manager's first and last name (a person's name parts: no account column, no
  contacts file);
- no owner column (the fallback owner, no one queued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    runs_once,
    verified_columns,
)

#: the customer as staged, every language
CUSTOMER = {"name": "IDURAR", "emailaddress1": "test@gmail.com"}

# per language: the columns the account's map reads (target: header), the headers it leaves
LANGS: dict[str, dict[str, Any]] = {
    "idurar-export-en": {
        "account": {"name": "Company", "emailaddress1": "Email"},
        "unmapped": ["Manager First Name", "Manager Last Name"]},
    "idurar-export-fr": {
        "account": {"name": "Entreprise", "emailaddress1": "Email"},
        "unmapped": ["Prénom du responsable", "Nom de responsable"]},
    "idurar-export-zh-cn": {
        "account": {"name": "公司", "emailaddress1": "电子邮件"},
        "unmapped": ["经理名字", "经理姓氏"]},
    "idurar-export-ar": {
        "account": {"name": "الشركة", "emailaddress1": "البريد الإلكتروني"},
        "unmapped": ["الاسم الأول للمدير", "الاسم الأخير للمدير"]},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the test below."""
    return runs_once(tmp_path_factory)


@pytest.mark.parametrize("name", list(LANGS))
def test_idurar_customer_loads_as_an_account_in_four_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The customer loads as an account (name, e-mail), as counted, nothing held back;
    keyed by its company name; the manager's names not read; verification finds no column
    differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("customers", 1, 1, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {}
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == {
        "customers": ("account", {"account": 1})}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert table["target"] == "account"
    assert {c["target"]: c["source"] for c in table["columns"]} == lang["account"]
    assert table["unmapped"] == lang["unmapped"]
    assert table["source_key"] == f"key({lang['account']['name']})"
    assert not table.get("owner")                        # no owner column read
    assert not table.get("lookups") and not table.get("unresolved_lookups")

    (account,) = pl.read_parquet(run_dir / "staged" / "account.parquet").to_dicts()
    assert {c: account[c] for c in lang["account"]} == CUSTOMER
    # the key is the company name's hash: the same record id in every language
    assert account["__source_id"] == "5e7c2c80ac3cbc0755d904c3c30272cd"

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert verified == {"account": {"name": 0, "emailaddress1": 0}}
