"""Session 36's value readings, for headers in a language no list reads: an address's parts
told by their values beside a part that is read, a deal's stages told by their names, and an
activity's regarding ids told by the record kinds beside them."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.address_values import shape
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"
N = 6


def _top(df: pl.DataFrame, table: str) -> dict[str, str | None]:
    got = suggest_columns(df, dict(load_table_defs(TABLES)[table]))
    return {c: (v[0].target if v else None) for c, v in got.items()}


def _account(streets: list[str] | None = None) -> pl.DataFrame:
    """SuiteCRM's Urdu accounts: billing and shipping blocks; the country read by values."""
    street = streets or ["345 Sugar Blvd.", "67 West Siam St.", "777 West Filmore Ln",
                         "12 Main Road", "9 Elm Street", "1 Infinite Loop"]
    return pl.DataFrame({
        "نام": ["A Corp", "B Inc", "C Ltd", "D Co", "E plc", "F AG"],
        "بلنگ گلی": street,
        "بلنگ شہر": ["Denver", "Salt Lake City", "St. Petersburg", "Ohio", "Cupertino", "Paris"],
        "بلنگ اسٹیٹ": ["CA", "NY", "CA", "WA", "NY", "TX"],
        "بلنگ پوسٹل کوڈ": ["82411", "49000", "63829", "10001", "95014", "75001"],
        "بلنگ ملک": ["USA"] * N,
        "شپنگ گلی": street,
        "شپنگ شہر": ["Denver", "Salt Lake City", "St. Petersburg", "Ohio", "Cupertino", "Paris"],
        "شپنگ ریاست": ["CA", "NY", "CA", "WA", "NY", "TX"],
        "شپنگ پوسٹل کوڈ": ["82411", "49000", "63829", "10001", "95014", "75001"],
        "شپنگ ملک": ["USA"] * N,
    })


def test_an_unread_address_block_is_read_by_its_values_beside_its_country() -> None:
    top = _top(_account(), "account")
    assert top["بلنگ گلی"] == "address1_line1"
    assert top["بلنگ شہر"] == "address1_city"
    assert top["بلنگ اسٹیٹ"] == "address1_stateorprovince"
    assert top["بلنگ پوسٹل کوڈ"] == "address1_postalcode"
    assert top["بلنگ ملک"] == "address1_country"
    # the street after the first country starts the second address, not a second line
    assert top["شپنگ گلی"] == "address2_line1"
    assert top["شپنگ شہر"] == "address2_city"
    assert top["شپنگ ریاست"] == "address2_stateorprovince"
    assert top["شپنگ پوسٹل کوڈ"] == "address2_postalcode"


def test_address_like_values_far_from_any_read_part_stay_unread() -> None:
    df = _account().drop("بلنگ ملک", "شپنگ ملک")
    top = _top(df, "account")
    assert top["بلنگ پوسٹل کوڈ"] is None and top["بلنگ گلی"] is None


def test_a_street_without_house_numbers_breaks_the_block() -> None:
    top = _top(_account(["Main Road"] * N), "account")
    assert top["بلنگ گلی"] is None and top["بلنگ شہر"] is None   # two names, one part left
    assert top["بلنگ پوسٹل کوڈ"] == "address1_postalcode"


def test_value_shapes() -> None:
    assert shape(pl.Series(["82411", "49000", "SW1A 1AA", "00-950"])) == "postal"
    assert shape(pl.Series(["CA", "NY", "TX"])) == "code"
    assert shape(pl.Series(["12 Main St", "Rua Augusta 3", "Hauptstr. 5 a"])) == "street"
    assert shape(pl.Series(["Suite 612", "Apt. 761", "Suite 748"])) == "unit"
    assert shape(pl.Series(["Denver", "Salt Lake City", "Paris"])) == "place"
    assert shape(pl.Series(["a@b.c", "d@e.f", "g@h.i"])) is None
    assert shape(pl.Series(["82411", "49000"])) is None   # too few to tell


def test_a_deals_stage_column_is_read_by_its_stage_names() -> None:
    df = pl.DataFrame({"Nimi": ["Deal A", "Deal B", "Deal C", "Deal D"],
                       "Szakasz": ["NEW", "PROPOSAL", "MEETING", "PROPOSAL"]})
    assert _top(df, "opportunity")["Szakasz"] == "salesstage"
    # a lead status's values name one stage word at most: no stage
    df = pl.DataFrame({"Nimi": ["Deal A", "Deal B", "Deal C", "Deal D"],
                       "Szakasz": ["New", "Assigned", "Dead", "New"]})
    assert _top(df, "opportunity")["Szakasz"] != "salesstage"


def _calls(duration: list[str], ids: list[str]) -> pl.DataFrame:
    return pl.DataFrame({
        "موضوع": [f"Call {i}" for i in range(N)],
        "شناخت": [f"1c284ff5-dbd4-eab4-8dc0-7701355e253{i}" for i in range(N)],   # the key
        "منٹس کے دوران": duration,
        "والدین کی طرح": ["Accounts", "Accounts", "Opportunities", "Cases", "Accounts", "Leads"],
        "ID سے متعلق": ids,
    })


UUIDS = [f"83ac87c2-af57-07b4-fde7-60bed48ac47{i % 3}" for i in range(N)]   # a record twice


def test_ids_beside_a_column_of_record_kinds_are_the_regarding_record() -> None:
    top = _top(_calls(["30"] * N, UUIDS), "phonecall")
    assert top["ID سے متعلق"] == "regardingobjectid"
    assert top["منٹس کے دوران"] != "regardingobjectid"   # a duration's one number: no id


def test_no_regarding_record_without_ids_beside_the_kinds() -> None:
    top = _top(_calls(["30"] * N, ["x"] * N), "phonecall")
    assert "regardingobjectid" not in top.values()


def test_a_deals_first_money_column_and_its_one_calendar_date_column() -> None:
    """SuiteCRM's Persian opportunities: the amount, its US-dollar copy, the close date."""
    df = pl.DataFrame({
        "نام فرصت": ["A - 1000 units", "B - 1000 units", "C - 10 units", "D - 5 units"],
        "مقدار فرصت": ["$25,000.00", "$10,000.00", "$50,000.00", "$75,000.00"],
        "تاریخ مورد انتظار بستن قرارداد": ["05/29/2025", "02/12/2024", "07/05/2024",
                                           "01/02/2025"],
        "مقدار": ["$25,000.00", "$10,000.00", "$50,000.00", "$75,000.00"],
        "تاریخ ایجاد": ["10/31/2024 08:06 am"] * 4,
    })
    top = _top(df, "opportunity")
    assert top["مقدار فرصت"] == "estimatedvalue" and top["مقدار"] != "estimatedvalue"
    assert top["تاریخ مورد انتظار بستن قرارداد"] == "estimatedclosedate"
    # two columns of calendar dates: which one is the close date is unsaid
    top = _top(df.with_columns(pl.col("تاریخ مورد انتظار بستن قرارداد").alias("تاریخ")),
               "opportunity")
    assert "estimatedclosedate" not in top.values()


def test_two_equal_stamps_the_first_is_when_the_record_was_created() -> None:
    """SuiteCRM's Urdu accounts: 'تاریخ کی تشکیل' (created) and 'تاریخ میں ترمیم' (modified),
    equal on every row of a demo never changed since: the first is the created stamp."""
    stamps = ["10/31/2024 08:06 am", "10/30/2024 09:15 am", "10/29/2024 10:00 am"]
    df = pl.DataFrame({"نام": ["A", "B", "C"], "تاریخ کی تشکیل": stamps,
                       "تاریخ میں ترمیم": stamps})
    top = _top(df, "account")
    assert top["تاریخ کی تشکیل"] == "overriddencreatedon"
    assert top["تاریخ میں ترمیم"] is None


def test_an_unread_end_never_before_the_read_start_is_the_end() -> None:
    """SuiteCRM's Bulgarian meetings: 'Начална дата' read as the start, 'Крайна дата' not."""
    start = ["12/12/2024 12:15 pm", "05/12/2025 04:15 pm", "12/14/2024 11:15 am"]
    end = ["12/12/2024 12:45 pm", "05/12/2025 05:15 pm", "12/14/2024 11:45 am"]
    made = ["10/31/2024 08:06 am"] * 3
    df = pl.DataFrame({"Subject": ["a", "b", "c"], "Start Date": start, "Крайна дата": end,
                       "Created": made})   # the start read (as Bulgarian's is)
    assert _top(df, "appointment")["Крайна дата"] == "scheduledend"
    # a column weeks after the start is no meeting's end
    later = ["12/30/2024 12:45 pm", "06/12/2025 05:15 pm", "12/31/2024 11:45 am"]
    assert _top(df.with_columns(pl.Series("Крайна дата", later)),
                "appointment")["Крайна дата"] != "scheduledend"


def test_a_column_of_company_names_is_the_persons_company() -> None:
    """SuiteCRM's Urdu contacts: 'اکاؤنٹ کا نام' (account name) over the companies' names."""
    df = pl.DataFrame({
        "پہلا نام": ["Xavier", "Valentin", "Gustavo", "Ana"],
        "آخری نام": ["Voegele", "Staley", "Lamanna", "Lima"],
        "اکاؤنٹ کا نام": ["P Piper & Sons", "Sea Region Inc", "Davenport Investing",
                          "J.K.M. Corp (HA)"],
    })
    assert _top(df, "contact")["اکاؤنٹ کا نام"] == "parentcustomerid"
    assert _top(df, "lead")["اکاؤنٹ کا نام"] == "companyname"
    # people's names are no company's
    people = df.with_columns(pl.Series("اکاؤنٹ کا نام", ["Ann Lee", "Bo Ek", "Cy Ma", "Di Wu"]))
    assert _top(people, "contact")["اکاؤنٹ کا نام"] is None


def test_an_apartment_beside_its_street_is_the_second_line() -> None:
    """Invoice Ninja's Serbian clients: street, apartment, then a city a word reads."""
    df = pl.DataFrame({
        "Ime": ["A", "B", "C", "D"],
        "Adresa naplate - Ulica": ["371 O'Connell Summit", "21854 Prosacco Isle",
                                   "2941 Terence Station", "9469 Ofelia Gateway"],
        "Adresa računa - Stan/Apartman": ["Suite 612", "Suite 619", "Apt. 761", "Suite 748"],
        "City": ["Lornamouth", "Vicentastad", "Bernierbury", "Evelynside"],
    })
    top = _top(df, "account")
    assert top["Adresa naplate - Ulica"] == "address1_line1"
    assert top["Adresa računa - Stan/Apartman"] == "address1_line2"
