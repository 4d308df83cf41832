"""keys324's public exports run end to end from their parameters files, decisions only
(issue 13): WP ERP (wp-erp/wp-erp at afecab3d, GPL-2.0-or-later; weDevs' ERP plugin for
WordPress, its CRM module), the records its own CRM seeder makes (`wp crm seed`, run
unchanged with mt_srand(48): 15 companies, 50 contacts) as its CRM's CSV export writes
contacts and companies, in English and Spanish (tests/data/exports/wperp-export-en, -es;
SOURCE.md), written on the branch-point engine 54005a21 (session 48, round V). Same harness
as tests/test_public_end_to_end.py (the shared runner ``runs_once``).

One parametrized test over the two languages (``LANGS``: per language, the headers the map
reads for each table and the e-mail header). In every language the 15 companies load as
accounts and the 50 contacts as contacts, every cell the map reads staged as the export
wrote it (compared with the CSV file itself), nothing held back, verification finds no
column differing. The parameters decide only the two keys (the e-mail: the export has no id,
WP ERP's e-mail is unique per contact and per company); the engine finds the rest itself.

What is NOT read (left unmapped by the engine), in every language:
- 'Other' / 'Otro' (the form's free 'Others' text) and 'Currency' / 'Divisa' (read as the
  record's currency, listed as a link the map could not bind: the column is empty), both
  empty in every row;
- no link between a contact and a company (the export carries none), no owner column (the
  fallback owner, no one queued).
A company's 'Mobile' (empty) is read as its telephone3, as the answer key allows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    _export_dir,
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)

KINDS = {"companies": ("account", {"account": 15}), "contacts": ("contact", {"contact": 50})}

# per language: the columns each table's map reads (target: header) and the key header
LANGS: dict[str, dict[str, Any]] = {
    "wperp-export-en": {
        "account": {"emailaddress1": "Email", "name": "Company", "telephone1": "Phone",
                    "telephone3": "Mobile", "websiteurl": "Website", "fax": "Fax",
                    "description": "Notes", "address1_line1": "Street 1",
                    "address1_line2": "Street 2", "address1_city": "City",
                    "address1_stateorprovince": "State",
                    "address1_postalcode": "Postal Code", "address1_country": "Country"},
        "contact": {"firstname": "First Name", "lastname": "Last Name",
                    "emailaddress1": "Email", "telephone1": "Phone",
                    "mobilephone": "Mobile", "websiteurl": "Website", "fax": "Fax",
                    "description": "Notes", "address1_line1": "Street 1",
                    "address1_line2": "Street 2", "address1_city": "City",
                    "address1_stateorprovince": "State",
                    "address1_postalcode": "Postal Code", "address1_country": "Country"},
        "key": "Email", "unread": ["Other", "Currency"]},
    "wperp-export-es": {
        "account": {"emailaddress1": "Correo electrónico", "name": "Compañía",
                    "telephone1": "Teléfono", "telephone3": "Móvil",
                    "websiteurl": "Sitio web", "fax": "Fax", "description": "notas",
                    "address1_line1": "Calle 1", "address1_line2": "Calle # 2",
                    "address1_city": "Ciudad", "address1_stateorprovince": "Estado",
                    "address1_postalcode": "Código postal", "address1_country": "País"},
        "contact": {"firstname": "Primer nombre", "lastname": "Apellido",
                    "emailaddress1": "Correo electrónico", "telephone1": "Teléfono",
                    "mobilephone": "Móvil", "websiteurl": "Sitio web", "fax": "Fax",
                    "description": "notas", "address1_line1": "Calle 1",
                    "address1_line2": "Calle # 2", "address1_city": "Ciudad",
                    "address1_stateorprovince": "Estado",
                    "address1_postalcode": "Código postal", "address1_country": "País"},
        "key": "Correo electrónico", "unread": ["Otro", "Divisa"]},
}
FILES = {"account": "companies.csv", "contact": "contacts.csv"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Each language run once (from its parameters file alone) for the tests below."""
    return runs_once(tmp_path_factory, run_public)


@pytest.mark.parametrize("name", list(LANGS))
def test_wperp_companies_and_contacts_load_in_two_languages(
        name: str, runs: Callable[[str], Path]) -> None:
    """The 15 companies load as accounts and the 50 contacts as contacts, as counted, nothing
    held back, every read cell staged as the export wrote it; 'Other' and 'Currency' not
    read; no link, no owner; verification finds no column differing."""
    run_dir = runs(name)
    lang = LANGS[name]
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {
        "account": ("companies", 15, 15, 0, 0, 0, 0),
        "contact": ("contacts", 50, 50, 0, 0, 0, 0)}
    # 'Currency' is empty in every row: a link left with its reason, no record without one
    assert all(o["links_left"] == {"transactioncurrencyid": 0} for o in out.values())
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"]) for f in files} == KINDS

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "contact"}
    folder = _export_dir(name)
    assert folder is not None
    for target, table in tables.items():
        read = {c["target"]: c["source"] for c in table.get("columns", [])}
        assert read == lang[target]
        assert table["source_key"] == f"key({lang['key']})"
        assert not table.get("owner")                    # no owner column read
        assert not table.get("lookups")
        assert [(u["target"], u["source"], u["reason"]) for u in table["unresolved_lookups"]] \
            == [("transactioncurrencyid", lang["unread"][1], "the column is empty in this export")]
        assert not set(lang["unread"]) & set(read.values())
        # every read cell staged as the export wrote it (empty cells as nothing), row by row
        src = pl.read_csv(folder / FILES[target], infer_schema=False).to_dicts()
        staged = pl.read_parquet(run_dir / "staged" / f"{target}.parquet").sort(
            "__source_row").to_dicts()
        assert [{c: r[c] for c in read} for r in staged] == [
            {c: (row[h] or None) for c, h in read.items()} for row in src]

    queue = pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False)
    assert queue.height == 0
    verified = verified_columns(run_dir)
    assert {t: set(cols) for t, cols in verified.items()} == {
        t: set(lang[t]) for t in ("account", "contact")}
    assert not any(n for cols in verified.values() for n in cols.values())
