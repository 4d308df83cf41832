"""keys261's public exports run end to end from their parameters files, decisions only
(issue 13): Tryton's desktop client Export Data of the parties and the leads and
opportunities its sale_opportunity reporting scenario creates (Tryton ships no demo data: 5
parties, 5 opportunities), in German, Persian and Catalan (tests/data/exports/tryton-export-de,
-fa, -ca), and keys266's Spanish, French and Dutch (-es, -fr, -nl). Same harness as
tests/test_public_end_to_end.py.

Each parties file is read as users (not created); the two customers the opportunities name
are made accounts by decision from the opportunities' party column. German's, Spanish's,
French's and Dutch's opportunities load; Persian's and Catalan's file is named by no kind, so
they stay in the source and no decision can apply to them."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    outcomes,
    run_public,
)


def _run(name: str, tmp_path: Path, kinds: dict[str, str]) -> tuple[Path, dict]:
    run_dir = run_public(name, tmp_path)
    out = assert_true_counts(run_dir)
    files = inventory_files(run_dir)
    assert {f: e["kind"] for f, e in files.items()} == kinds
    return run_dir, out


def _customers(run_dir: Path) -> None:
    """The two customers, made accounts from the opportunities' party column, by name."""
    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert sorted(accounts["name"].to_list()) == ["Customer 1", "Customer 2"]


def test_tryton_export_de_loads_opportunities_and_customers(tmp_path: Path) -> None:
    """German: the five opportunities load, each linked to its customer (an account made
    from 'Partei/Record Name'), its number the topic (decided), its amount, and Tryton's
    state as the stage (decided): lead and opportunity open, converted open at the last
    stage, won, lost. The end date and the conversion probability ('0,5') do not arrive;
    the salespeople ('Mitarbeiter/Record Name') are no users of the org: the fallback owns."""
    run_dir, out = _run("tryton-export-de", tmp_path,
                        {"Parteien": "user", "Interessenten und Verkaufschancen": "deal"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0),
                             "opportunity": ("Interessenten und Verkaufschancen", 5, 5, 0, 0,
                                             0)}
    _customers(run_dir)
    opps = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").sort("name")
    assert opps["name"].to_list() == ["1", "2", "3", "4", "5"]
    assert opps["estimatedvalue"].to_list() == [1000.0, 2000.0, 500.0, 800.0, 200.0]
    assert opps["salesstage"].to_list() == [0, 1, 3, 3, 3]
    assert opps["statecode"].to_list() == [0, 0, 0, 1, 2]     # open x3, won, lost
    assert opps["__ref__customerid_account"].to_list() \
        == ["Customer 1", "Customer 1", "Customer 2", "Customer 1", "Customer 2"]
    assert opps["closeprobability"].null_count() == 5
    assert not {"estimatedclosedate", "actualclosedate"} & set(opps.columns)


def test_tryton_export_fa_loads_customers_only(tmp_path: Path) -> None:
    """Persian: only the two customers load (made accounts by decision); the opportunities
    file is named by no kind, so the opportunities stay in the source."""
    run_dir, out = _run("tryton-export-fa", tmp_path,
                        {"نهادها - سازمان ها": "user", "فرصت ها و راهبردها": "unknown"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0)}
    _customers(run_dir)


def test_tryton_export_ca_loads_customers_only(tmp_path: Path) -> None:
    """Catalan: only the two customers load (made accounts by decision); the opportunities
    file ('Iniciatives i oportunitats') is named by no kind, so the opportunities stay in the
    source."""
    run_dir, out = _run("tryton-export-ca", tmp_path,
                        {"Tercers": "user", "Iniciatives i oportunitats": "unknown"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0)}
    _customers(run_dir)


# keys266 (session 40, round N): the same family in Spanish, French and Dutch; each
# opportunities file is named a deal file, so the decisions of tryton-export-de apply (their
# labels renamed).
def _opportunities_load(run_dir: Path) -> None:
    """The five opportunities, each linked to its customer, its number the topic (decided),
    its amount, and Tryton's state as the stage (decided): lead and opportunity open,
    converted open at the last stage, won, lost. The end date and the conversion probability
    ('0,5') do not arrive."""
    _customers(run_dir)
    opps = pl.read_parquet(run_dir / "staged" / "opportunity.parquet").sort("name")
    assert opps["name"].to_list() == ["1", "2", "3", "4", "5"]
    assert opps["estimatedvalue"].to_list() == [1000.0, 2000.0, 500.0, 800.0, 200.0]
    assert opps["salesstage"].to_list() == [0, 1, 3, 3, 3]
    assert opps["statecode"].to_list() == [0, 0, 0, 1, 2]     # open x3, won, lost
    assert opps["__ref__customerid_account"].to_list() \
        == ["Customer 1", "Customer 1", "Customer 2", "Customer 1", "Customer 2"]
    assert opps["closeprobability"].null_count() == 5
    assert not {"estimatedclosedate", "actualclosedate"} & set(opps.columns)


def test_tryton_export_es_loads_opportunities_and_customers(tmp_path: Path) -> None:
    """Spanish: as German; the customer from 'Tercero/Record Name', the stage from 'Estado
    (cadena)'."""
    run_dir, out = _run("tryton-export-es", tmp_path,
                        {"Terceros": "user", "Iniciativas y oportunidades": "deal"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0),
                             "opportunity": ("Iniciativas y oportunidades", 5, 5, 0, 0, 0)}
    _opportunities_load(run_dir)


def test_tryton_export_fr_loads_opportunities_and_customers(tmp_path: Path) -> None:
    """French: as German; the customer from 'Tiers/Record Name', the stage from the state's
    column headed 'ir.msg_field_string' (trytond's fallback for fr's broken ir placeholder)."""
    run_dir, out = _run("tryton-export-fr", tmp_path,
                        {"Tiers": "user", "Prospects et opportunités": "deal"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0),
                             "opportunity": ("Prospects et opportunités", 5, 5, 0, 0, 0)}
    _opportunities_load(run_dir)


def test_tryton_export_nl_loads_opportunities_and_customers(tmp_path: Path) -> None:
    """Dutch: as German; the customer from 'Relatie/Record Name', the stage from 'Status
    (tekst)'."""
    run_dir, out = _run("tryton-export-nl", tmp_path,
                        {"Relaties": "user", "Verkoopkansen": "deal"})
    assert outcomes(out) == {"account": ("customers", 2, 2, 0, 0, 0),
                             "opportunity": ("Verkoopkansen", 5, 5, 0, 0, 0)}
    _opportunities_load(run_dir)
