"""Rules added after measuring keys94's held-out exports (issue 13: Invoice Ninja's v4 CSV
export and Wave's CSV exports), on made-up data so they run where the public data is
absent: a banner padded with empty cells to the table's width above the header is a
preamble, not the header; a customers file naming the customer beside its contact person's
first and last name ('contact_first_name') is accounts; an 'Apt/Suite' line is the street's
second line and a 'toll free' number one more phone."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.dialect import sniff
from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import person_columns_of_account
from d365migrate.intake.padded_preambles import padded_preamble
from d365migrate.intake.read import Export, read_export
from d365migrate.mapping.suggest import suggest_columns
from tuning_support import DEFS
from tuning_support import top as _top

BANNER = ('"Billing Tool v4.5.17 - December 19, 2020 11:28 pm","","",""\n'
          '"","","",""\n'
          '"CLIENTS","","",""\n'
          '"Name","Billing City","Email","Phone"\n'
          '"Globex","Springfield","ann@globex.example","555-0100"\n'
          '"Initech","Austin","bo@initech.example","555-0101"\n')


def test_a_banner_padded_to_the_tables_width_is_a_preamble(tmp_path: Path) -> None:
    assert sniff(BANNER) == (",", '"', 3)
    (tmp_path / "clients.csv").write_text(BANNER, encoding="utf-8")
    export = read_export(tmp_path)
    df = export.tables["clients"]
    assert df.columns == ["Name", "Billing City", "Email", "Phone"]
    assert df["Name"].to_list() == ["Globex", "Initech"]


def test_a_header_or_a_sparse_first_row_is_no_banner() -> None:
    header = [["Name", "City", "Email"], ["Globex", "", ""], ["Initech", "Austin", ""]]
    assert padded_preamble(header, 3) == 0
    # a title line over rows of one value repeated is no banner over a header
    assert padded_preamble([["Report", "", ""], ["x", "x", "x"], ["1", "2", "3"]], 3) == 0
    # nothing but empty lines above is no banner either (no title)
    assert padded_preamble([["", "", ""], ["Name", "City", "Email"]], 3) == 0
    # a header that names fewer than half its columns is none
    assert padded_preamble([["Title", "", "", ""], ["Name", "", "", ""]], 4) == 0
    assert padded_preamble([["Title", "", ""], ["Name", "City", "Email"]], 3) == 1


def test_a_customer_named_beside_its_contact_persons_name_is_an_account() -> None:
    cols = ["customer_name", "email", "contact_first_name", "contact_last_name",
            "customer_currency", "account_number", "phone", "toll_free", "city"]
    assert person_columns_of_account(cols) is None
    df = pl.DataFrame({c: [f"{c}{i}" for i in range(3)] for c in cols}).with_columns(
        pl.Series("email", [f"p{i}@x.example" for i in range(3)]))
    found = {o.source: o.name for o in discover(Export(Path("."), {"clients": df})).objects}
    assert found["clients"] == "account"
    # without the customer's own name, contact_* names are the row's own: people
    assert person_columns_of_account(["contact_first_name", "contact_last_name", "email"]) \
        == ["contact_first_name", "contact_last_name"]
    # a customer's first and last name (not its contact's) stay the row's own person
    assert person_columns_of_account(["customer_name", "first_name", "last_name"]) == [
        "first_name", "last_name"]


def test_an_apt_suite_line_and_a_toll_free_number() -> None:
    df = pl.DataFrame({"Name": ["Globex"], "Billing Street": ["1 Main St"],
                       "Billing Apt/Suite": ["Suite 612"], "Shipping Apt/Suite": ["Apt. 7"],
                       "toll_free": ["1-800-555-0100"]})
    sugg = suggest_columns(df, dict(DEFS["account"]))
    assert _top(sugg, "Billing Apt/Suite") == "address1_line2"
    assert _top(sugg, "Shipping Apt/Suite") == "address2_line2"
    assert _top(sugg, "toll_free") == "telephone2"
