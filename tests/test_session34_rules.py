"""Session 34's rules: a search's word in more languages and scripts, a program's own name
that says nothing of a file's records, Arabic's short vowels, a closing remark in brackets
beside a label in a script the fold drops, and a currency written as the source's own id."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.kinds import name_kind, name_words
from d365migrate.intake.search_names import without_search_words
from d365migrate.mapping.cjk_names import cjk_readings
from d365migrate.mapping.currency_ids import yield_currency_ids
from d365migrate.script_labels import compact


def test_search_words_of_serbian_and_macedonian_leave_the_records_noun() -> None:
    assert without_search_words(["pretraga", "kontakata"]) == ["kontakata"]
    # Macedonian's 'на' (of) after its word for search goes with it
    assert without_search_words(["prebaruvanje", "na", "aktyvnosty"]) == ["aktyvnosty"]
    # a 'na' elsewhere stays
    assert without_search_words(["na", "kontakty"]) == ["na", "kontakty"]


def test_the_programs_own_name_says_nothing_of_the_records() -> None:
    assert name_words("CiviCRM Activity Search") == ["activity"]
    assert name_kind("Пребарување на CiviCRM активности") == ("activity", "exact")
    assert name_kind("Pretraga CiviCRM kontakata") == ("contact", "exact")
    assert name_kind("crm_lead") == ("lead", "exact")
    assert name_kind("crm") == (None, "")


def test_a_search_word_in_a_script_the_fold_drops_says_nothing() -> None:
    assert cjk_kind("CiviCRM 활동 검색") == "activity"        # Korean: activity search
    assert cjk_kind("CiviCRM بحث أنشطة") == "activity"      # Arabic, alef with its hamza
    assert cjk_kind("بحث جهات اتصال CiviCRM") == "contact"
    assert cjk_kind("CiviCRM 기여 검색") is None             # contributions: no kind


def test_arabic_short_vowels_and_shadda_are_one_spelling() -> None:
    assert compact("وسيلة الاتصال المفضّلة") == compact("وسيلة الاتصال المفضلة")
    assert compact("مُعرّف") == compact("معرف")


def test_a_closing_remark_in_brackets_is_read_without_when_the_whole_is_not() -> None:
    for label in ("لا مراسلات جماعية (المستخدم ألغى الاشتراك)",
                  "대량 이메일 발송 금지(사용자 수신 거부)",
                  "امکان ارسال ایمیل به صورت یکجا وجود ندارد (انتخاب کاربر)"):
        assert cjk_readings(label)[0][0] == ("no", "bulk", "emails"), label
    # a remark the list reads stays part of the reading: the side of an address
    assert cjk_readings("番地 (会社)")[0][0] == ("business", "street")
    # beside the same header bare, a remark no list reads ('旧': old) says which of two it
    # is: no reading without it; alone, the header is read without it
    assert cjk_readings("手机（旧）", ["手机", "手机（旧）"]) == []
    assert cjk_readings("手机（旧）", ["手机（旧）"])[0][0] == ("mobile", "phone")
    # the personal side ('个人', read since session 41) stays part of the reading
    assert cjk_readings("手机（个人）", ["手机", "手机（个人）"])[0][0] \
        == ("home", "mobile", "phone")


def _claims(values: list[str | None], rel: dict[str, str] | None = None
            ) -> tuple[dict[str, list[tuple[float, str, str]]], dict[str, str]]:
    rows = pl.DataFrame({"Currency": values}, schema={"Currency": pl.Utf8})
    scored = {"Currency": [(0.9, "transactioncurrencyid", "vocabulary")]}
    unmapped: dict[str, str] = {}
    yield_currency_ids(rows, rel or {}, scored, unmapped)
    return scored, unmapped


def test_a_currency_written_as_the_sources_own_id_is_not_mapped() -> None:
    scored, unmapped = _claims(["-99", "-99", None, " -99 "])
    assert scored["Currency"] == []
    assert "-99" in unmapped["Currency"] and "base currency" in unmapped["Currency"]


def test_a_currency_code_or_a_linked_id_keeps_its_claim() -> None:
    assert _claims(["EUR", "USD"])[0]["Currency"][0][1] == "transactioncurrencyid"
    assert _claims(["1", "2"], {"Currency": "currency"})[0]["Currency"][0][1] == \
        "transactioncurrencyid"
    assert _claims([None, ""])[0]["Currency"][0][1] == "transactioncurrencyid"


def test_a_first_header_repeated_later_is_the_records_name() -> None:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame({"Emri": ["Krajcik DVM", "Ondricka Ltd", "Brook Inc", "Terrill Co"],
                       "Bilanci": ["1", "2", "3", "4"],
                       "Emri_2": ["Terrill", "Ann", "Bo", "Cy"],
                       "Mbiemri": ["Ondricka", "Lee", "Ng", "Oz"]})
    table = {"LogicalName": "account", "PrimaryNameAttribute": "name", "Attributes": [
        {"LogicalName": "name", "AttributeType": "String", "DisplayName": "Account Name"},
        {"LogicalName": "description", "AttributeType": "Memo", "DisplayName": "Description"}]}
    got = suggest_columns(df, table, source_object="clients")
    assert got["Emri"] and got["Emri"][0].target == "name"
    # without the repeat the first column's own reading (a given name) stands: no stand-in
    got = suggest_columns(df.drop("Emri_2"), table, source_object="clients")
    assert not got["Emri"]


def test_a_column_of_countries_names_no_word_reads_is_the_country() -> None:
    from d365migrate.mapping.suggest import suggest_columns
    df = pl.DataFrame({"Název": ["Acme", "Globex", "Initech", "Umbrella"],
                       "Xyzzy": ["Deutschland", "France", "Italia", "Germany"],
                       "Plugh": ["Acme one", "Globex two", "Initech three", "Umbrella four"]})
    table = {"LogicalName": "account", "PrimaryNameAttribute": "name", "Attributes": [
        {"LogicalName": "name", "AttributeType": "String", "DisplayName": "Account Name"},
        {"LogicalName": "address1_country", "AttributeType": "String",
         "DisplayName": "Address 1: Country/Region"},
        {"LogicalName": "address2_country", "AttributeType": "String",
         "DisplayName": "Address 2: Country/Region"}]}
    got = suggest_columns(df, table, source_object="accounts")
    assert got["Xyzzy"][0].target == "address1_country"
    assert not got["Plugh"]
    # a second column of countries is the second address's
    two = df.with_columns(pl.col("Xyzzy").alias("Quux"))
    got = suggest_columns(two, table, source_object="accounts")
    assert {got["Xyzzy"][0].target, got["Quux"][0].target} == {
        "address1_country", "address2_country"}
    # names that are mostly not countries stay unread
    df = df.with_columns(pl.Series("Xyzzy", ["Deutschland", "Berlin", "Paris", "Rome"]))
    assert not suggest_columns(df, table, source_object="accounts")["Xyzzy"]


def test_history_no_column_or_name_routes_is_kept_as_tasks_without_a_tasks_file() -> None:
    import json
    from pathlib import Path

    from d365migrate.intake.discover import discover
    from d365migrate.intake.read import Export
    from d365migrate.mapping.mapfile import table_map
    from d365migrate.mapping.propose import propose_mapping

    tables_dir = Path(__file__).resolve().parents[1] / "src" / "dataverse_emulator" / "data" \
        / "tables"
    # CiviCRM's activity search: its type is an option id, one date and a duration
    activities = pl.DataFrame({
        "Activity ID": [str(i) for i in range(1, 9)],
        "Activity Type": ["9", "10", "6", "9", "5", "7", "9", "10"],
        "Subject": [f"Signed petition {i}" for i in range(8)],
        "Activity Date": [f"2024-05-0{i + 1} 10:00" for i in range(8)],
        "Duration": ["30"] * 8,
        "Details": ["text"] * 8})
    export = Export(Path("."), {"CiviCRM Activity Search": activities})
    defs = {"task": json.loads((tables_dir / "task.json").read_text())}
    mapping = propose_mapping(export, discover(export), defs, ["task"],
                              source_id_column="new_sourceid").mapping
    task = table_map(mapping, "task")
    assert task["source"] == "CiviCRM Activity Search" and "where" not in task
    assert "kept as a task" in task["reason"]
    # meetings that start and end are no tasks
    meetings = activities.drop("Duration").with_columns(
        pl.col("Activity Date").alias("start_date"), pl.col("Activity Date").alias("end_date"))
    export = Export(Path("."), {"CiviCRM Activity Search": meetings})
    mapping = propose_mapping(export, discover(export), defs, ["task"],
                              source_id_column="new_sourceid").mapping
    assert not any(t.get("source") for t in mapping["tables"] if t.get("name") == "task")
