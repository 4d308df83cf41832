"""Session 55's rules, each on made-up data: a contact's 'company' column in Dataverse is its
Company Phone (FormatName Phone), so a file's 'Company' column of company names is no
same-name match for it, while a header that says phone still is; round Z9's held-out misses
(CRMEB's workbook titles and full-width prices, Awesome Support's WordPress dates, litemall's
Chinese file names, Bahmni's visits)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
CONTACT = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
           **load_table_defs(ROOT / "tests" / "data" / "tables")}["contact"]


def _top(df: pl.DataFrame) -> dict[str, str | None]:
    got = suggest_columns(df, dict(CONTACT), source_object="people")
    return {c: (cands[0].target if cands else None) for c, cands in got.items()}


def test_a_company_name_column_is_no_contacts_company_phone() -> None:
    people = pl.DataFrame({"First name": ["Ana", "Bo"], "Last name": ["Ruiz", "Berg"],
                           "Email": ["ana@acme.example", "bo@globex.example"],
                           "Company": ["Acme Ltd", "Globex"]})
    assert _top(people)["Company"] == "parentcustomerid"   # the company the person works for
    # a user-account id beside it takes the parent (EGroupware's 'account_id'): the names
    # fall back, never to Company Phone
    beside = pl.DataFrame({"ID": ["1", "2", "3"], "First name": ["Ana", "Bo", "Cy"],
                           "Last name": ["Ruiz", "Berg", "Li"],
                           "Organisation": ["Acme Ltd", "", ""], "account_id": ["", "7", "8"]})
    top = _top(beside)
    assert top["account_id"] == "parentcustomerid"
    assert top["Organisation"] != "company"     # Company Phone would hold 'Acme Ltd'


def test_a_header_saying_phone_still_reaches_the_company_phone() -> None:
    for header in ("Company Main Phone", "Telefon Firma"):
        people = pl.DataFrame({"First name": ["Ana", "Bo"], "Last name": ["Ruiz", "Berg"],
                               header: ["+49 30 1234567", "+49 40 7654321"]})
        assert _top(people)[header] == "company", header


def test_a_workbooks_title_lines_above_its_header_are_skipped(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from d365migrate.intake.read import read_export
    wb = Workbook()
    ws = wb.active
    ws.append(["商品导出"])
    ws.append(["生成时间:2026-01-12 15:01:57"])
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.append(["商品名称", "价格", "库存"])
    ws.append(["连衣裙", "￥229.60", "13"])
    ws.append(["衬衫", "￥1,270.60", "2"])
    wb.save(tmp_path / "商品导出.xlsx")
    export = read_export(tmp_path)
    df = next(iter(export.tables.values()))
    assert df.columns == ["商品名称", "价格", "库存"]
    assert df.height == 2
    assert not [p for p in export.problems if "merged" in p.problem]   # a title's, harmless
    # the parameters' skip_rows reads a workbook too: one line skipped, the second is the header
    export = read_export(tmp_path, overrides={"商品导出.xlsx": {"skip_rows": 1}})
    assert next(iter(export.tables.values())).columns[0] == "生成时间:2026-01-12 15:01:57"


def test_full_width_currency_signs_and_wordpress_dates_read() -> None:
    from d365migrate.intake.number_values import parse_numbers
    from d365migrate.intake.values import parse_dates
    parsed = parse_numbers(pl.Series(["￥229.60", "￥1,270.60", "99.00元"]))
    assert parsed.values.to_list() == [229.6, 1270.6, 99.0]
    dates = parse_dates(pl.Series(["2024/10/08 at 4:10 pm", "2024/10/09 at 11:05 am"]))
    assert [str(v) for v in dates.values.to_list()] == ["2024-10-08 16:10:00",
                                                        "2024-10-09 11:05:00"]


def test_chinese_names_saying_information_and_visits_files_name_their_kind() -> None:
    from d365migrate.intake.cjk_kinds import cjk_kind
    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    assert cjk_kind("商品信息") == "product"       # goods information: the goods
    assert cjk_kind("管理员信息") == "user"        # the back office's administrators
    assert cjk_kind("商品评论信息") is None        # reviews of goods: no kind
    visits = pl.DataFrame({"Patient": ["GAN200001", "GAN200002"],
                           "Visit Type": ["OPD", "IPD"],
                           "Date started": ["22-Sep-2005", "01-Jan-2006"]})
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"visits": visits})).objects}
    assert kinds["visits"] == "activity"
    # a web page's visits (a landing page, a referrer) stay what they were
    web = visits.with_columns(pl.Series("landing_page", ["/", "/shop"]))
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"visits": web})).objects}
    assert kinds["visits"] != "activity"
    # a clinic's encounters are clinical records, no meetings (Microsoft's healthcare sample)
    kinds = {o.source: o.name for o in discover(Export(Path("."), {"encounters": visits})
                                                ).objects}
    assert kinds["encounters"] != "activity"


def test_a_place_named_beside_its_id_is_the_address_and_purchase_order_items_no_products(
        ) -> None:
    from d365migrate.intake.kinds import name_kind
    people = pl.DataFrame({"CUST_ID": ["1", "2", "3"],
                           "CUST_FIRST_NAME": ["Ana", "Bo", "Cy"],
                           "CUST_LAST_NAME": ["Ruiz", "Berg", "Li"],
                           "CUST_CITY": ["Groningen", "Brisbane", "Groningen"],
                           "CUST_CITY_ID": ["51593", "51218", "51593"],
                           "PROV_STATE": ["Groningen", "Queensland", "Groningen"]})
    top = _top(people)
    assert top["CUST_CITY"] == "address1_city"     # the city's name, its id links nowhere
    assert top["PROV_STATE"] == "address1_stateorprovince"
    assert name_kind("PURCHASEORDER_ITEM")[0] != "product"   # a purchase order's lines


def test_the_files_noun_cut_short_before_a_field_is_the_field() -> None:
    authors = pl.DataFrame({"au_id": ["172-32-1176", "213-46-8915"],
                            "au_lname": ["White", "Green"], "au_fname": ["Johnson", "Marjorie"],
                            "phone": ["408 496-7223", "415 986-7020"],
                            "address": ["10932 Bigge Rd.", "309 63rd St. #411"],
                            "city": ["Menlo Park", "Oakland"], "state": ["CA", "CA"],
                            "zip": ["94025", "94618"], "contract": ["1", "1"]})
    # 'au' on three of nine columns: no prefix the table shares, the authors' noun cut short
    got = suggest_columns(authors, dict(CONTACT), source_object="authors")
    top = {c: (cands[0].target if cands else None) for c, cands in got.items()}
    assert (top["au_lname"], top["au_fname"]) == ("lastname", "firstname")


def test_a_workbook_is_named_in_the_parameters_by_its_file_name(tmp_path: Path) -> None:
    import pytest
    from openpyxl import Workbook

    from d365migrate.intake.decided_kinds import decided_kinds
    from d365migrate.intake.guard import ExportError
    from d365migrate.intake.read import read_export
    wb = Workbook()
    wb.active.title = "SAPUI5 Spreadsheet Export"
    wb.active.append(["Travel ID", "Customer", "Total Price"])
    wb.active.append(["1", "Buchholm (000001)", "1200.50"])
    wb.save(tmp_path / "Travels.xlsx")
    export = read_export(tmp_path)
    assert {k for k, _ in decided_kinds(export, {"Travels.xlsx": {"object": "order"}}).values()
            } == {"order"}
    # a decision naming no file of the export is refused, never silently lost
    with pytest.raises(ExportError, match="no file 'Trips.xlsx'"):
        decided_kinds(export, {"Trips.xlsx": {"object": "order"}})


def test_a_channel_then_its_side_after_a_dash_is_that_sides_channel() -> None:
    people = pl.DataFrame({"First name": ["John"], "Last name": ["Doe"],
                           "Phone number - Work": ["555-555-5555"],
                           "Phone number - Mobile": ["555-777-7777"],
                           "Phone number - Home": ["555-666-6666"],
                           "Email address - Home": ["john@home.example"]})
    top = _top(people)
    assert (top["Phone number - Mobile"], top["Phone number - Home"],
            top["Email address - Home"]) == ("mobilephone", "telephone2", "emailaddress2")
