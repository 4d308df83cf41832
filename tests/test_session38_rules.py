"""Session 38's links by values: a note's record id beside the column naming its kind, and a
company's id beside its name linked by discovery to the companies, not to whichever file's
small whole numbers it also matches."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

TABLES = Path(__file__).parents[1] / "src" / "dataverse_emulator" / "data" / "tables"


def test_a_notes_unread_ids_beside_its_parents_kind_are_the_record_it_is_about() -> None:
    """SuiteCRM Armenian's notes: 'Ծնողի տեսակը' (parent type: Accounts, Contacts) beside
    'Ծնողի ID․', whose words no list holds."""
    df = pl.DataFrame({
        "ID": [f"ddd3d8e5-1b6a-a9c2-2244-7501bcf4ef9{i}" for i in range(6)],
        "Թեմա": ["Met at SugarCon", "Call back", "Sent the quote", "Renewal", "Demo", "Intro"],
        "Ծնողի տեսակը": ["Accounts", "Contacts", "Accounts", "Accounts", "Contacts", "Accounts"],
        "Ծնողի ID․": ["ed32383d-05dc-5d31-6af0-c2a8f3099446",
                     "0049a987-a51c-8bed-8a19-fbe13601c6fe",
                     "0319972d-605c-de41-47f4-93eeb30c4a96",
                     "03631c8a-97a2-5ca6-e36c-0de008fe8e69",
                     "039b3128-aa20-8909-dd62-381bd46bdc1c",
                     "04ebf398-24ad-44b7-ca77-dfbbdbc6c33c"]})
    got = suggest_columns(df, dict(load_table_defs(TABLES)["annotation"]))
    assert got["Ծնողի ID․"][0].target == "objectid"
    assert not got["Ծնողի տեսակը"] or got["Ծնողի տեսակը"][0].target != "objectid"


def _export(folder: Path, ids: str, names: str) -> Path:
    folder.mkdir()
    (folder / "export_societe_1.csv").write_text(
        "Id,Имя,Город\n1,Cumulo,Arradon\n2,Yratin SA,Paris\n3,Bolix SA,Lyon\n4,Nexo,Nantes\n",
        encoding="utf-8")
    (folder / "export_produit_1.csv").write_text(
        "Id,Ref,Label,Price\n1,P1,Chair,10\n2,P2,Table,20\n3,P3,Lamp,5\n4,P4,Desk,50\n"
        "5,P5,Shelf,30\n", encoding="utf-8")
    rows = [("10", "Maréchal", "Ferdinand", "1", "Cumulo"), ("11", "Pejat", "Jean", "2",
            "Yratin SA"), ("12", "Dupont", "Anne", "1", "Cumulo"), ("13", "Lenoir", "Paul", "3",
            "Bolix SA"), ("14", "Petit", "Luc", "2", "Yratin SA"), ("15", "Roux", "Eva", "4",
            "Nexo")]
    (folder / "export_societe_2.csv").write_text(
        f"Код контакта,Фамилия,Имя,{ids},{names}\n"
        + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _links(folder: Path) -> dict[str, str]:
    """Each column's best-matching link (since session 42 the contacts file is read as
    contacts, its given and family names read: a column then also carries the soft link by
    name its words name, matching none of its values, rate 0)."""
    best: dict[str, tuple[float, str]] = {}
    for r in discover(read_export(folder)).relationships:
        if r.match_rate >= best.get(r.from_, (-1.0, ""))[0]:
            best[r.from_] = (r.match_rate, r.to)
    return {k: to for k, (_, to) in best.items()}


def test_a_companys_id_beside_its_name_links_to_the_companies(tmp_path: Path) -> None:
    """Dolibarr Russian's contacts: 'Код компании' says no 'id' in any word a list holds; its
    numbers pair one to one with 'Название компании' beside it."""
    links = _links(_export(tmp_path / "ru", "Код компании", "Название компании"))
    assert links["export_societe_2.Код компании"] == "export_societe_1.Id"


def test_the_names_say_which_files_small_ids_the_numbers_are(tmp_path: Path) -> None:
    """Dolibarr Chinese's '公司ID' matched the products' 1..5 as well as the companies' 1..4:
    the names beside it are the companies' (its header read or not)."""
    assert _links(_export(tmp_path / "zh", "公司ID", "公司名称"))[
        "export_societe_2.公司ID"] == "export_societe_1.Id"
    assert _links(_export(tmp_path / "xx", "Ӂӂ компании", "Ӂӂӂ компании"))[
        "export_societe_2.Ӂӂ компании"] == "export_societe_1.Id"


def _contacts_with(home: str) -> pl.DataFrame:
    return pl.DataFrame({
        "First Name": ["Ana", "Ivo", "Eva"], "Last Name": ["Horvat", "Kovač", "Babić"],
        "Mobile": ["(002) 208-9526", "(019) 411-6291", "(021) 465-0062"],
        "Office Phone": ["(007) 532-4425", "(008) 662-6985", "(010) 176-7293"],
        home: ["(003) 398-1494", "(003) 611-6196", "(014) 716-4266"]})


def test_a_side_alone_over_phone_numbers_is_that_sides_phone() -> None:
    """SuiteCRM's 'Home' (its home phone) in Sinhala and Basque: a side alone reads
    as no column, but over phone numbers it says which phone."""
    table = dict(load_table_defs(TABLES)["contact"])
    for home in ("ගෙදර", "Etxea"):
        got = suggest_columns(_contacts_with(home), table)
        assert got[home][0].target == "telephone2", home
        assert got["Mobile"][0].target == "mobilephone"


def test_a_script_word_the_harvest_holds_inflected_is_read_as_its_cognate() -> None:
    """EspoCRM Arabic's 'الإحتمالية' and 'الاولويات' beside the harvest's words for a
    probability and a priority, a letter or two apart (as Armenian 'Կարգավիճակ' is beside the
    harvest's 'կարգավիճակը', the status with its article); a word near none stays unread."""
    from d365migrate.mapping.cjk_names import cjk_readings
    assert cjk_readings("الإحتمالية")[0][0] == ("probability",)
    assert cjk_readings("الاولويات")[0][0] == ("priority",)
    assert cjk_readings("Ջնջված է") == []


def test_a_closing_remark_naming_a_side_gives_the_column_that_sides_address() -> None:
    """Tine 2.0's English fallbacks in every language: 'Street 2 (private)' is the home
    address's second line, 'City (private)' its city, never the business address's."""
    df = pl.DataFrame({"First Name": ["Ana", "Ivo", "Eva"], "Last Name": ["A", "B", "C"],
                       "Street": ["1 a st", "2 b st", "3 c st"], "Street 2": ["x", "y", "z"],
                       "City": ["Paris", "Rome", "Oslo"],
                       "Street (private)": ["4 d st", "5 e st", "6 f st"],
                       "Street 2 (private)": ["Apt 1", "Apt 2", "Apt 3"],
                       "City (private)": ["Lyon", "Nice", "Bergen"]})
    got = suggest_columns(df, dict(load_table_defs(TABLES)["contact"]))
    top = {c: (v[0].target if v else None) for c, v in got.items()}
    assert top["Street 2"] == "address1_line2" and top["City"] == "address1_city"
    assert top["Street (private)"] == "address2_line1"
    assert top["Street 2 (private)"] == "address2_line2"
    assert top["City (private)"] == "address2_city"


def test_a_language_only_the_harvest_knows_outweighs_one_word_a_list_holds() -> None:
    """Redmine's Vietnamese issues: several headers in Vietnamese, a language only the harvest
    knows, and one ('Data') a word Italian's list holds; the file is read as Vietnamese."""
    from d365migrate.mapping.foreign_names import _ranked, foreign_readings
    headers = frozenset({"#", "Dự án", "Trình theo dõi", "Trạng thái", "Ưu tiên", "Chủ đề",
                         "Mô tả", "Ngày bắt đầu", "Data"})
    assert _ranked(headers)[0][0] == "vi"
    assert foreign_readings("Mô tả", headers)[0][0] == ("description",)


def test_a_meetings_status_the_engine_reads_in_any_language_says_which_took_place() -> None:
    """SuiteCRM Armenian's meetings: 'Կարգավիճակ' (status; no name word of the outcome
    rule's) holds Planned, 'Տեղի ունեցավ' (held), 'Տեղի չունեցավ' (not held): planned ones
    stay open, the others close completed or canceled, not all completed."""
    from d365migrate.mapping.call_outcomes import outcome_column
    df = pl.DataFrame({"Թեմա": ["Demo", "Review", "Kick-off"],
                       "Կարգավիճակ": ["Planned", "Տեղի ունեցավ", "Տեղի չունեցավ"]})
    assert outcome_column(df) is None      # the name alone says nothing the rule knows
    column, states = outcome_column(df, frozenset({"Կարգավիճակ"}))
    assert column == "Կարգավիճակ"
    assert states == {"Planned": 0, "Տեղի ունեցավ": 1, "Տեղի չունեցավ": 2}
    # values none of whose words say how a meeting ended: the person says what each means
    # (until session 39 dropped, every meeting closed as completed)
    other = pl.DataFrame({"Tila": ["Vihreä", "Punainen", "Vihreä"]})
    assert outcome_column(other, frozenset({"Tila"})) == (
        "Tila", {"Punainen": None, "Vihreä": None})
    assert outcome_column(other) is None   # a column no one read as the status: none


def test_a_language_only_the_harvest_knows_keeps_its_words() -> None:
    """Mongolian has no hand-written list of words the fold writes whole: 'Овог' (a surname)
    is the harvest's, read in a file the harvest says is Mongolian."""
    df = pl.DataFrame({"Нэр": ["January", "Chidumaga", "Ana"],
                       "Овог": ["Václavík", "Tobeolisa", "Horvat"],
                       "И-мэйл хаяг": ["j@example.com", "c@example.com", "a@example.com"]})
    top = {c: (v[0].target if v else None) for c, v in suggest_columns(
        df, dict(load_table_defs(TABLES)["contact"])).items()}
    assert top["Овог"] == "lastname"
