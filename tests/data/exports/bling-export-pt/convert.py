"""Bling export (pt) from the fixed Bling API v3 records that AlexandreBellas/bling-erp-api-js
(a TypeScript client of the Bling ERP API; LICENSE MIT text, package.json ISC) keeps as its
tests' mock responses, at 1dc80b97.

Usage: python3 convert.py GITDIR OUT

Reads with `git show` (no repository code runs) the single-record responses
src/entities/<entity>/__tests__/find-response.ts (GET /<entity>/{id}: the whole record) of
contatos, vendedores, produtos, pedidosVendas, propostasComerciais, contasReceber and
contasPagar, and the list response get-response.ts of contatosTipos. The TypeScript object
literals are read as JSON (keys and single-quoted strings quoted, 'as const' dropped,
undefined as null, trailing commas dropped). Writes one file per object kind, headed by the
API's field names in the record's order, nested objects joined by '.' ('contato.id',
'endereco.geral.cep'); a contact's types (tiposContato) as their descriptions joined by
';'; an order's and a proposal's items (itens) in their own file, each line headed by its
document's id ('pedidoVenda.id', 'propostaComercial.id', then the item's fields); other
lists (parcelas, camposCustomizados, variacoes, midia images, pessoasContato, borderos,
comissoes, estrutura.componentes) left out, as are columns no record fills (empty strings
count as unfilled). Values as the API gives them (ISO dates, true/false, numbers as
written). UTF-8, comma, LF.
"""
import csv
import json
import os
import re
import subprocess
import sys

COMMIT = "1dc80b97419013ff3a6f3759e8909882551954e5"


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def literal(src):
    src = src[src.index("export default") + len("export default"):].strip()
    src = re.sub(r"\s+as const", "", src)
    src = re.sub(r"'([^'\\]*)'", lambda m: json.dumps(m.group(1), ensure_ascii=False), src)
    src = re.sub(r"\bundefined\b", "null", src)
    src = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', src)
    src = re.sub(r",\s*([}\]])", r"\1", src)
    return json.loads(src)


def record(gitdir, entity, name="find-response.ts"):
    obj = literal(show(gitdir, f"src/entities/{entity}/__tests__/{name}"))
    # the responses wrap the record in 'data', but for propostasComerciais, whose own
    # 'data' is the proposal's date
    return obj["data"] if isinstance(obj.get("data"), (dict, list)) else obj


def flat(rec, prefix=""):
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, list):
            if k == "tiposContato":
                out[prefix + k] = ";".join(t["descricao"] for t in v)
        else:
            out[prefix + k] = v
    return out


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def write(out, name, records):
    rows = [flat(r) for r in records]
    fields = []
    for r in rows:
        for k in r:
            if k not in fields:
                fields.append(k)
    fields = [f for f in fields if any(cell(r.get(f)) != "" for r in rows)]
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([cell(r.get(f)) for f in fields])
    print(name, len(rows))


def lines(doc, parent):
    return [{parent: {"id": doc["id"]}, **item} for item in doc.get("itens", [])]


def main():
    gitdir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    write(out, "contatos.csv", [record(gitdir, "contatos")])
    write(out, "contatos_tipos.csv", record(gitdir, "contatosTipos", "get-response.ts"))
    write(out, "vendedores.csv", [record(gitdir, "vendedores")])
    write(out, "produtos.csv", [record(gitdir, "produtos")])
    pedido = record(gitdir, "pedidosVendas")
    write(out, "pedidos_vendas.csv", [pedido])
    write(out, "pedidos_vendas_itens.csv", lines(pedido, "pedidoVenda"))
    proposta = record(gitdir, "propostasComerciais")
    write(out, "propostas_comerciais.csv", [proposta])
    write(out, "propostas_comerciais_itens.csv", lines(proposta, "propostaComercial"))
    write(out, "contas_receber.csv", [record(gitdir, "contasReceber")])
    write(out, "contas_pagar.csv", [record(gitdir, "contasPagar")])


if __name__ == "__main__":
    main()
