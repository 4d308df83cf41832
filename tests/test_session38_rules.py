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
    return {r.from_: r.to for r in discover(read_export(folder)).relationships}


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
