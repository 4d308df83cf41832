"""keys81's general rules, tuned on WideWorldImporters' customer dimension
(tests/data/answer_keys/MEASUREMENTS.md, "keys81's Microsoft Fabric sample customers after
tuning"). Made-up data only."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.customer_tiers import no_tiers
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.targets import attributes
from d365migrate.mapping.vocabulary import load_vocabulary

TABLES = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
REAL = Path(__file__).resolve().parent / "data" / "tables"


def _defs() -> dict[str, dict]:
    return {**load_table_defs(TABLES), **load_table_defs(REAL)}


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    got = suggest_columns(df, _defs()[table], source_object=source)
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_a_customers_file_s_customer_column_is_the_account_name() -> None:
    """In a file of customers (a warehouse's customer dimension) the 'Customer' column of
    company names is the account's name, as 'Account' is in a file of accounts; 'Client'
    in a file of clients too. On an opportunity 'Customer' is still the customer link."""
    shops = pl.DataFrame({"CustomerKey": ["1", "2", "3"],
                          "Customer": ["Fabrikam (Ames, IA)", "Contoso (Reno, NV)",
                                       "Litware (Troy, NY)"],
                          "PostalCode": ["50010", "89501", "12180"]})
    assert _top(shops, "account", "dim_customer")["Customer"] == "name"
    clients = shops.rename({"Customer": "Client", "CustomerKey": "ClientId"})
    assert _top(clients, "account", "clients")["Client"] == "name"
    deals = pl.DataFrame({"id": ["1", "2", "3"], "Name": ["Renewal", "Upsell", "Pilot"],
                          "Customer": ["Fabrikam", "Contoso", "Litware"],
                          "Amount": ["100", "200", "300"]})
    assert _top(deals, "opportunity", "deals")["Customer"] != "name"


def test_a_category_of_trades_is_no_customer_rank() -> None:
    """An account's 'Category' of trades (Novelty Shop, Supermarket, beside 'N/A') is no
    Preferred Customer / Standard rank: left, not written as accountcategorycode. A category
    of ranks (Gold, Silver; A, B) or one word alone keeps the name's reading."""
    names = {a.logical: a for a in attributes(_defs()["account"], load_vocabulary())}
    assert no_tiers(("Novelty Shop", "N/A"), names)
    assert no_tiers(("Supermarket", "Gift Store", "Computer Store"), names)
    assert not no_tiers(("Gold", "Silver", "Bronze"), names)
    assert not no_tiers(("A", "B", "C"), names)
    assert not no_tiers(("Preferred Customer", "Standard"), names)
    assert not no_tiers(("Commercial",), names)
    assert not no_tiers(("x9f3", "k2j1"), names)
    shops = pl.DataFrame({"CustomerKey": ["1", "2", "3", "4"],
                          "Customer": ["Fabrikam (Ames, IA)", "Contoso (Reno, NV)",
                                       "Litware (Troy, NY)", "Adatum (Kent, WA)"],
                          "Category": ["Novelty Shop", "Supermarket", "Novelty Shop",
                                       "Gift Store"]})
    assert _top(shops, "account", "customers")["Category"] != "accountcategorycode"
    ranked = shops.with_columns(pl.Series("Category", ["Preferred Customer", "Standard",
                                                       "Standard", "Preferred Customer"]))
    assert _top(ranked, "account", "customers")["Category"] == "accountcategorycode"

