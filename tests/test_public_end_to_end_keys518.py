"""keys518's public export runs end to end from its parameters file, decisions only
(issue 13): Bling (Brazilian small-business ERP), its own records -- the Bling API v3
responses the MIT client AlexandreBellas/bling-erp-api-js fixes for its tests at 1dc80b97: 1
contact (the company 'Contato', tipo J, of type 'Fornecedor', with a main and a billing
address), 1 contact type, 1 seller, 1 product ('Produto 1'), 1 sales order (number 123) and
its item ('Produto do Bling'), 1 commercial proposal and its item, 1 receivable, 1 payable
-- headed by the API's field names in Portuguese ('endereco.geral.cep',
'transporte.etiqueta.municipio', 'fornecedor.precoCusto'; tests/data/exports/bling-export-pt;
SOURCE.md), on the branch-point engine 3e7d83b2 (session 63, round Z36). Same harness as
tests/test_public_end_to_end.py (the shared runner ``runs_once``), with what the org's admin
set up made first: the default unit group and unit, and the price list 'Bling prices'.

The contact loads as an account keyed by Bling's id: name, code, phones, e-mail, credit
limit, the main address (geral) as address 1 and the billing address (cobranca) as address 2
(street, unit, district, CEP, city, state; the country), active. The product loads as a
product keyed by id on the org's default unit group and unit: name, code, price, short
description, supplier, the supplier's code and cost price, active. The sales order loads as
a sales order keyed by id, named by its number (123), of the exported account (the order's
contato.id is that contact's id) on the org's price list: date, notes, discount, freight, the
delivery label as the ship-to address. Its item loads as a write-in order line of that order
(the item's product, produto.id 12345678, is not the exported product 123456789): its
description, unit price, quantity, discount. Nothing held back, skipped, failed or cleared;
no owner queued; verification finds no column differing. The org is set up in reais
(base_currency BRL: every amount is in reais).

The parameters decide: the intake of the files discovery named wrong (the company contact
named contact, the order's items named order, the proposal's items named product, the
receivables and payables named account, the contact types named contact), the keys (Bling's
ids), no owner column (the seller names no user of the rehearsal org: the fallback owner),
the two addresses the right way round with the bare 'endereco' as the street, the mobile as
the second phone, no customer type from 'tipo', 'situacao' as the state (A active), the
product's short description, supplier and cost price, the order's name and number, no status
reason from Bling's status id, the freight and the delivery label as the ship-to address (not
bill-to), the line's unit price, quantity and description as a write-in line, the links
(customer by contato.id, the line's order by pedidoVenda.id, the org's price list and units),
the org's currency, and a quarantine gate of 0% -- the measured misses of the loaded files.

What is NOT read (left unmapped): Brazilian tax ids and data (numeroDocumento, ie, rg,
indicadorIe, tributacao.*), the trade name (fantasia), the house numbers
(endereco.*.numero: no column of their own, and the street line is taken as written), a
person's data on the company (birth date, sex, nationality), the contact's seller, payment
terms and types; the product's type, format, GTINs, brand, weights, dimensions, stock figures
and media; the order's totals (computed by Dynamics), store, status, carrier, marketplace and
fees; and the files vendedores (the seller), contatos_tipos, propostas_comerciais and their
items, contas_receber and contas_pagar (left in Bling for this rehearsal).
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
    objects,
    outcomes,
    run_public,
    runs_once,
    verified_columns,
)
from test_public_end_to_end_session12 import _product_catalogue

NAME = "bling-export-pt"
PRICES = "Bling prices"
ACCOUNT = {"name": "nome", "accountnumber": "codigo", "telephone1": "telefone",
           "telephone2": "celular", "emailaddress1": "email",
           "creditlimit": "financeiro.limiteCredito", "statecode": "situacao",
           "address1_line1": "endereco.geral.endereco",
           "address1_line2": "endereco.geral.complemento",
           "address1_line3": "endereco.geral.bairro",
           "address1_postalcode": "endereco.geral.cep",
           "address1_city": "endereco.geral.municipio",
           "address1_stateorprovince": "endereco.geral.uf", "address1_country": "pais.nome",
           "address2_line1": "endereco.cobranca.endereco",
           "address2_line2": "endereco.cobranca.complemento",
           "address2_line3": "endereco.cobranca.bairro",
           "address2_postalcode": "endereco.cobranca.cep",
           "address2_city": "endereco.cobranca.municipio",
           "address2_stateorprovince": "endereco.cobranca.uf"}
PRODUCT = {"name": "nome", "productnumber": "codigo", "price": "preco",
           "description": "descricaoCurta", "suppliername": "fornecedor.contato.nome",
           "vendorpartnumber": "fornecedor.codigo", "currentcost": "fornecedor.precoCusto",
           # the supplier's cost price, read by the engine too since session 63
           "standardcost": "fornecedor.precoCusto",
           "quantitydecimal": None, "statecode": "situacao"}
ORDER = {"name": "numero", "ordernumber": "numero", "submitdate": "data",
         "description": "observacoes", "discountamount": "desconto.valor",
         "freightamount": "transporte.frete", "shipto_name": "transporte.etiqueta.nome",
         "shipto_line1": "transporte.etiqueta.endereco",
         "shipto_line2": "transporte.etiqueta.complemento",
         "shipto_line3": "transporte.etiqueta.bairro",
         "shipto_city": "transporte.etiqueta.municipio",
         "shipto_stateorprovince": "transporte.etiqueta.uf",
         "shipto_postalcode": "transporte.etiqueta.cep",
         "shipto_country": "transporte.etiqueta.nomePais"}
LINE = {"productdescription": "descricao", "description": "descricao", "priceperunit": "valor",
        "quantity": "quantidade", "manualdiscountamount": "desconto",
        "isproductoverridden": None}


def _org(client: Any) -> None:
    """What the org's admin set up: the default unit group and unit, and the price list the
    orders go on."""
    _product_catalogue(client)
    client.create("pricelevels", {"name": PRICES})


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The export run once (from its parameters file alone), the org's set-up made first."""
    return runs_once(tmp_path_factory, lambda n, d: run_public(n, d, _org))


def _staged(run_dir: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(run_dir / "staged" / f"{table}.parquet").sort("__source_row")


@pytest.mark.public
def test_bling_contact_product_order_and_item_load(runs: Callable[[str], Path]) -> None:
    """The company contact as an account with both addresses, the product, the sales order of
    that account with its delivery address, its write-in line; the other files stay out;
    nothing held back or differing."""
    run_dir = runs(NAME)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups", "cleared", "close_failed") == {
        "account": ("contatos", 1, 1, 0, 0, 0, 0, 0, 0),
        "product": ("produtos", 1, 1, 0, 0, 0, 0, 0, 0),
        "salesorder": ("pedidos_vendas", 1, 1, 0, 0, 0, 0, 0, 0),
        "salesorderdetail": ("pedidos_vendas_itens", 1, 1, 0, 0, 0, 0, 0, 0)}
    objs = objects(run_dir)
    # the write-in line's product link is left: its product is not the exported one
    assert objs["salesorderdetail"]["links_left"] == {"productid": 1}
    assert not any(objs[t]["closed_as"] for t in objs)
    files = inventory_files(run_dir)
    assert {f: (files[f]["kind"], files[f]["taken"], files[f]["migrated"]) for f in files} == {
        "contatos": ("account", {"account": 1}, True),
        "produtos": ("product", {"product": 1}, True),
        "pedidos_vendas": ("order", {"salesorder": 1}, True),
        "pedidos_vendas_itens": ("order_line", {"salesorderdetail": 1}, True),
        "propostas_comerciais_itens": ("quote_line", {}, False),
        "propostas_comerciais": ("unknown", {}, False),
        "vendedores": ("unknown", {}, False),
        "contatos_tipos": ("unknown", {}, False),
        "contas_receber": ("unknown", {}, False),
        "contas_pagar": ("unknown", {}, False)}

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    tables = {t["target"]: t for t in mapping["tables"]}
    assert set(tables) == {"account", "product", "salesorder", "salesorderdetail"}
    for target, columns in (("account", ACCOUNT), ("product", PRODUCT),
                            ("salesorder", ORDER), ("salesorderdetail", LINE)):
        table = tables[target]
        assert {c["target"]: c["source"] for c in table["columns"]} == columns, target
        assert table["source_key"] == "key(id)"
        assert not table.get("owner")                    # no owner column decided
    assert {"numeroDocumento", "fantasia", "tipo", "endereco.geral.numero",
            "endereco.cobranca.numero", "vendedor.id", "tiposContato"} <= set(
        tables["account"]["unmapped"])
    assert {"total", "totalProdutos", "situacao.id", "vendedor.id"} <= set(
        tables["salesorder"]["unmapped"])
    assert {"produto.id", "codigo"} <= set(tables["salesorderdetail"]["unmapped"])
    links = {t: {lk["target"]: (lk["table"], lk.get("source"))
                 for lk in tables[t].get("lookups", [])} for t in tables}
    assert links == {
        "account": {},
        "product": {"defaultuomid": ("uom", None), "defaultuomscheduleid": ("uomschedule", None)},
        "salesorder": {"customerid": ("account", "contato.id"),
                       "pricelevelid": ("pricelevel", None)},
        "salesorderdetail": {"salesorderid": ("salesorder", "pedidoVenda.id"),
                             "uomid": ("uom", None)}}
    assert sorted((u["source"], u["kind"]) for u in mapping["unmatched_sources"]) == [
        ("contas_pagar", "unknown"), ("contas_receber", "unknown"),
        ("contatos_tipos", "unknown"), ("propostas_comerciais", "unknown"),
        ("propostas_comerciais_itens", "quote_line"), ("vendedores", "unknown")]

    for kind in ("quarantine", "skipped", "failed", "cleared", "flags"):
        for name in tables:
            path = run_dir / kind / f"{name}.csv"
            assert not path.exists() or pl.read_csv(path, infer_schema=False).height == 0

    accounts = _staged(run_dir, "account")
    assert accounts.select(["name", "accountnumber", "telephone1", "telephone2", "creditlimit",
                            "statecode"]).rows() == [
        ("Contato", "ASD001", "(54) 3333-4444", "(54) 99999-8888", 0.0, 0)]
    assert "@" in accounts["emailaddress1"][0]
    address = ("R. Olavo Bilac", "Sede 101", "Imigrante", "95702-000", "Bento Gonçalves", "RS")
    for n in (1, 2):
        assert accounts.select([f"address{n}_{c}" for c in (
            "line1", "line2", "line3", "postalcode", "city", "stateorprovince")]).row(0) == address
    assert accounts["address1_country"].to_list() == ["ESTADOS UNIDOS"]   # as Bling has it
    assert _staged(run_dir, "product").select(
        ["name", "productnumber", "price", "description", "suppliername", "vendorpartnumber",
         "currentcost", "statecode"]).rows() == [
        ("Produto 1", "CODE_123", 1.0, "Descrição curta", "Fornecedor padrão",
         "SKU-FORNECEDOR", 55.55, 0)]
    orders = _staged(run_dir, "salesorder")
    assert "totalamount" not in orders.columns and "statuscode" not in orders.columns
    assert orders.select(list(ORDER)).rows() == [
        ("123", "123", "2023-01-12T00:00:00Z", "Observações do pedido.", 15.45, 20.0,
         "Transportador", "Olavo Bilac", "Sala 101", "Imigrante", "Bento Gonçalves", "RS",
         "95702-000", "BRASIL")]
    # the order's customer is the exported contact (contato.id is its id)
    accounts_ids = accounts["__source_id"].to_list()
    assert orders["__via__customerid_account"].to_list() == ["id"]
    assert orders["__ref__customerid_account"].to_list() == accounts_ids
    assert all(PRICES in r for r in orders["__ref__pricelevelid"].to_list())
    lines = _staged(run_dir, "salesorderdetail")
    assert lines.select(["productdescription", "isproductoverridden", "priceperunit",
                         "quantity", "manualdiscountamount"]).rows() == [
        ("Produto do Bling", True, 4.9, 1.0, 2.0)]
    assert lines["__ref__salesorderid"].to_list() == orders["__source_id"].to_list()

    assert pl.read_csv(run_dir / "owner_queue.csv", infer_schema=False).height == 0
    verified = verified_columns(run_dir)
    assert set(verified["account"]) == set(ACCOUNT)
    assert set(verified["product"]) == set(PRODUCT) | {"defaultuomid", "defaultuomscheduleid"}
    assert set(verified["salesorder"]) == set(ORDER) | {"customerid", "pricelevelid"}
    assert set(verified["salesorderdetail"]) == set(LINE) | {"salesorderid", "uomid"}
    assert not any(v for table in verified.values() for v in table.values())
