"""Rules added after measuring keys9's held-out exports (X2CRM's sample data, Axelor's French
CRM demo data, Frappe CRM's demo leads; issue 13), on made-up data so they run where the
public data is absent:

- whole numbers under a date's name are Unix time: suggested for the date column and
  staged as dates (mapping/unix_dates.py, intake/values.datetime_expr);
- a relation written with a dot or an import id (``partner.importId``,
  ``primaryCity.name``, ``userImportId``, ``Account.Name``) is the relation
  (mapping/relation_keys.py);
- a trailing 'Select' names a choice field by its field ('statusSelect': the status)
  (mapping/sourcecols.py);
- a lead's ``name`` beside a first name and no last name is the surname
  (mapping/lead_names.py);
- a column named 'count' (polars' own name for a value count) is profiled
  (intake/profile.py);
- words: an enterprise's name (a company's), "Mobile No.", a primary address, background
  info (mapping/data/synonyms.yml).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl

from d365migrate.intake.values import datetime_expr, is_unix_time
from d365migrate.mapping.relation_keys import without_relation_key
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.staging.stage import convert
from tuning_support import DEFS
from tuning_support import top as _top


def test_unix_time_under_a_date_name_is_a_date() -> None:
    df = pl.DataFrame({
        "id": ["1", "2", "3", "4"],
        "name": ["Acme", "Globex", "Initech", "Umbrella"],
        "createDate": ["1479463600", "1479463281", "1479463347", "1479466247"],
        "visits": ["1479463600", "1479463281", "1479463347", "1479466247"],
    })
    sugg = suggest_columns(df, DEFS["account"], source_object="companies")
    assert _top(sugg, "createDate") == "overriddencreatedon"
    assert _top(sugg, "visits") != "overriddencreatedon"   # no date in its name
    assert is_unix_time(["1479463600", "1479463281"])
    assert is_unix_time(["1479463600123"])                  # milliseconds
    assert not is_unix_time(["1479463600", "12"])           # not one unit throughout
    assert not is_unix_time(["2016-11-18"])


def test_unix_time_is_staged_as_a_date_only_without_a_date_format() -> None:
    df = pl.DataFrame({"v": ["1479463600", "1479463600123", "2016-11-18", None]})
    got = df.select(datetime_expr(pl.col("v")).alias("d"))["d"].to_list()
    assert got[0] == datetime(2016, 11, 18, 10, 6, 40)
    assert got[1] == datetime(2016, 11, 18, 10, 6, 40, 123000)
    assert got[2] == datetime(2016, 11, 18)
    assert got[3] is None
    # a column intake typed as dates keeps its format: a number there is no date
    typed = df.select(datetime_expr(pl.col("v"), ["%Y-%m-%d"]).alias("d"))["d"].to_list()
    assert typed[0] is None and typed[2] == datetime(2016, 11, 18)
    staged = df.select(convert(pl.col("v"), "datetime").alias("d"))["d"].to_list()
    assert staged[0].startswith("2016-11-18T10:06:40")


def test_a_relation_written_with_a_dot_or_an_import_id_is_the_relation() -> None:
    assert without_relation_key("partner.importId") == "partner_id"
    assert without_relation_key("primaryCity.name") == "primaryCity"
    assert without_relation_key("currency.code") == "currency"
    assert without_relation_key("Account.Name") == "Account"
    assert without_relation_key("userImportId") == "user_id"
    assert without_relation_key("mainPartner_importId") == "mainPartner_id"
    assert without_relation_key("accountId.id") == "accountId"
    assert without_relation_key("country_id/id") == "country_id"     # Odoo's, as before
    # words with a full stop and other dotted names stay as they are
    for name in ("No. of Employees", "Mobile No.", "Address.Line1", "import_id"):
        assert without_relation_key(name) == name
    df = pl.DataFrame({
        "importId": ["1", "2", "3"],
        "firstName": ["Ann", "Bo", "Cy"],
        "lastName": ["Lee", "Ng", "Orr"],
        "primaryCity.name": ["LILLE", "NICE", "LYON"],
        "primaryCountry.alpha3Code": ["FRA", "FRA", "GBR"],
    })
    sugg = suggest_columns(df, DEFS["contact"], source_object="people")
    assert _top(sugg, "primaryCity.name") == "address1_city"
    assert _top(sugg, "primaryCountry.alpha3Code") == "address1_country"


def test_a_trailing_select_names_a_choice_field() -> None:
    df = pl.DataFrame({
        "importId": ["1", "2", "3", "4", "5", "6"],
        "firstName": ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"],
        "lastName": ["Lee", "Ng", "Orr", "Poe", "Qi", "Roe"],
        "statusSelect": ["1", "2", "3", "2", "1", "3"],
    })
    sugg = suggest_columns(df, DEFS["lead"], source_object="prospects")
    assert _top(sugg, "statusSelect") in ("statuscode", "statecode")


def test_a_name_beside_a_first_name_and_no_last_name_is_the_surname() -> None:
    df = pl.DataFrame({"firstName": ["Jean-Marc", "Bastien", "Claire"],
                       "name": ["ROGER", "HUBERT", "BRAULT"],
                       "enterpriseName": ["123 Services", "APP Solutions", "WIX Solutions"]})
    assert _top(suggest_columns(df, DEFS["lead"], source_object="leads"), "name") == "lastname"
    # beside first and last names, 'name' stays what it was (not the surname)
    both = df.with_columns(pl.Series("lastName", ["Roger", "Hubert", "Brault"]))
    assert _top(suggest_columns(both, DEFS["lead"], source_object="leads"), "name") != "lastname"


def test_words_of_these_exports() -> None:
    df = pl.DataFrame({
        "First Name": ["Ann", "Bo", "Cy"],
        "Last Name": ["Lee", "Ng", "Orr"],
        "Mobile No.": ["+1 555 000 1234", "+1 555 000 5678", "+1 555 000 9012"],
        "enterpriseName": ["Acme", "Globex", "Initech"],
        "primaryAddress": ["40 RUE ABELARD", "63 BD CARABACEL", "7 AVENUE LACASSAGNE"],
    })
    sugg = suggest_columns(df, DEFS["lead"], source_object="leads")
    assert _top(sugg, "Mobile No.") == "mobilephone"
    assert _top(sugg, "enterpriseName") == "companyname"
    assert _top(sugg, "primaryAddress") == "address1_line1"
    people = pl.DataFrame({"firstName": ["Ann", "Bo"], "lastName": ["Lee", "Ng"],
                           "backgroundInfo": ["Runs IT", "Met at a fair"]})
    assert _top(suggest_columns(people, DEFS["contact"], source_object="contacts"),
                "backgroundInfo") == "description"


def test_a_column_named_count_is_profiled(tmp_path: Path) -> None:
    """X2CRM's marketing lists have a column named 'count', polars' own name for a value
    count: profiling the export broke on it (DuplicateError)."""
    from d365migrate.intake.discover import discover
    from d365migrate.intake.profile import profile_export
    from d365migrate.intake.read import read_export

    (tmp_path / "lists.csv").write_text(
        "id,name,type,count\n1,Web Leads,dynamic,247\n2,Newsletter,static,0\n"
        "3,Big Tickets,dynamic,999\n4,Met in person,static,0\n", encoding="utf-8")
    export = read_export(tmp_path)
    cols = profile_export(export, discover(export)).columns
    row = cols.filter(pl.col("column") == "count").row(0, named=True)
    assert row["top_values"].startswith("0 (2)")     # its own values, counted
