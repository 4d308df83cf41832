"""keys24's public exports run end to end from their parameters files, decisions only
(issue 13): Odoo's localisation demo data, Brazilian partners and Argentine companies and
products. Same harness as tests/test_public_end_to_end.py (that module is long already)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from test_public_end_to_end import assert_true_counts, run_public
from test_public_end_to_end_session12 import _product_catalogue


def _staged(run_dir: Path, table: str) -> dict[str, dict]:
    rows = pl.read_parquet(run_dir / "staged" / f"{table}.parquet").to_dicts()
    return {r["__source_id"]: r for r in rows}


def test_brazilian_partners_load_as_accounts_with_their_addresses(tmp_path: Path) -> None:
    run_dir = run_public("odoo-l10n-br-partners", tmp_path)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (28, 28, 0, 0)}
    assert out["account"]["source_object"] == "Contact (res.partner)"   # named contacts
    accounts = _staged(run_dir, "account")
    intel = accounts["l10n_br_base.res_partner_intel"]
    # the street line is the street's name, not its number (920); the city its name
    assert (intel["name"], intel["address1_line1"], intel["address1_city"],
            intel["address1_postalcode"]) == ("Intel do Brasil", "Avenida Doutor Chucri Zaidan",
                                              "São Paulo", "04583-110")
    # the state and the country, written by Odoo's external ids: the team's names
    assert (intel["address1_stateorprovince"], intel["address1_country"]) == ("SP", "Brazil")
    assert {a["address1_country"] for a in accounts.values()} == {"Brazil", "United States"}
    assert accounts["l10n_br_base.res_partner_amd"]["address1_line2"] == \
        "15º andar - Conjunto 151"
    # delivery and billing addresses are sub-accounts of their company
    parents = {k: a["__ref__parentaccountid"] for k, a in accounts.items()
               if a["__ref__parentaccountid"]}
    assert parents == {
        "l10n_br_base.res_partner_cliente2_sp_end_entrega": "l10n_br_base.res_partner_cliente2_sp",
        "l10n_br_base.res_partner_cliente7_rs_end_cobranca":
            "l10n_br_base.res_partner_cliente7_rs",
        "l10n_br_base.res_partner_address_ak2": "l10n_br_base.res_partner_akretion",
        "l10n_br_base.res_partner_address_ak3": "l10n_br_base.res_partner_akretion"}
    assert out["account"]["links_left"] == {} and out["account"]["unresolved_lookups"] == 0
    # Odoo's address type is no relationship type: decided unmapped
    assert "customertypecode" not in pl.read_parquet(run_dir / "staged" / "account.parquet").columns


def test_argentine_companies_and_products_load(tmp_path: Path) -> None:
    run_dir = run_public("odoo-l10n-ar-demo", tmp_path, _product_catalogue)
    out = assert_true_counts(run_dir)
    assert {k: (o["source"], o["loaded"], o["quarantined"], o["skipped"])
            for k, o in out.items()} == {"account": (9, 9, 0, 0), "product": (8, 8, 0, 0)}
    accounts = _staged(run_dir, "account")
    adhoc = accounts["l10n_ar.res_partner_adhoc"]
    # a country code in brackets is the phone; the state named by the team's decision
    assert (adhoc["telephone1"], adhoc["address1_stateorprovince"], adhoc["address1_country"]
            ) == ("(+54) (341) 208 0203", "Santa Fe", "Argentina")
    products = _staged(run_dir, "product")
    exento = products["l10n_ar.product_product_exento"]
    # Odoo's standard price is the cost, its list price the price
    assert (exento["productnumber"], exento["standardcost"], exento["price"]) == (
        "EXENTO", 100.0, 80.0)
    assert {p["__ref__defaultuomid"] for p in products.values()} != {None}
    # the customer invoices and their lines have no table: listed with their reason
    inventory = json.loads((run_dir / "inventory.json").read_text())
    files = {f["source"]: f for f in inventory["files"]}
    assert files["Contact (res.partner)"]["taken"] == {"account": 9}
    assert files["Product Variant (product.product)"]["taken"] == {"product": 8}
    for name in ("Journal Entry (account.move)", "Journal Item (account.move.line)"):
        assert not files[name]["migrated"] and files[name]["reason"], name
