"""General rules from keys55's held-out round (Open Klant: Dutch field and file names):
a party's address blocks, a name group's prefix, a translated word read once, the Dutch
kind words and a contact moment's channel and time."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.read import read_export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.history import _type_column
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables")


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    sugg = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (sugg.get(c) or [None])[0] and sugg[c][0].target for c in df.columns}


def test_a_word_its_neighbour_repeats_is_read_once() -> None:
    heads = ["adres_adresregel1", "adres_stad", "adres_land", "voornaam"]
    assert foreign_readings("adres_adresregel1", heads)[0][0] == ("address", "line", "1")


def test_dutch_address_blocks_are_the_first_and_second_address() -> None:
    df = pl.DataFrame({"naam": ["Bakkerij De Vries", "Fietsen Jansen"],
                       "bezoekadres_adresregel1": ["Dorpsstraat 1", "Kerkweg 12"],
                       "bezoekadres_stad": ["Utrecht", "Zwolle"],
                       "bezoekadres_land": ["NL", "NL"],
                       "correspondentieadres_adresregel1": ["Postbus 10", "Postbus 22"],
                       "correspondentieadres_stad": ["Utrecht", "Zwolle"],
                       "correspondentieadres_postcode": ["3500 AA", "8000 AB"]})
    top = _top(df, "account", "organisaties")
    assert top["bezoekadres_adresregel1"] == "address1_line1"
    assert top["bezoekadres_stad"] == "address1_city"
    assert top["bezoekadres_land"] == "address1_country"
    assert top["correspondentieadres_adresregel1"] == "address2_line1"
    assert top["correspondentieadres_stad"] == "address2_city"
    assert top["correspondentieadres_postcode"] == "address2_postalcode"


def test_a_bare_address_before_its_part_is_the_first_address() -> None:
    df = pl.DataFrame({"naam": ["Bakkerij De Vries"], "adres_stad": ["Utrecht"],
                       "adres_land": ["NL"], "adres_adresregel1": ["Dorpsstraat 1"]})
    top = _top(df, "account", "organisaties")
    assert (top["adres_stad"], top["adres_land"], top["adres_adresregel1"]) == (
        "address1_city", "address1_country", "address1_line1")


def test_a_translated_name_drops_the_objects_own_word() -> None:
    df = pl.DataFrame({"contactnaam_voornaam": ["Lucas", "Anna"],
                       "contactnaam_voorvoegsel_achternaam": ["", "de"],
                       "contactnaam_achternaam": ["Boom", "Vries"]})
    top = _top(df, "contact", "personen")
    assert (top["contactnaam_voornaam"], top["contactnaam_voorvoegsel_achternaam"],
            top["contactnaam_achternaam"]) == ("firstname", "middlename", "lastname")


def test_dutch_kind_words_and_a_contact_moments_time(tmp_path: Path) -> None:
    (tmp_path / "crm_partij.csv").write_text(
        "id,nummer,soort_partij,bezoekadres_stad\n1,0001,persoon,Utrecht\n", encoding="utf-8")
    (tmp_path / "crm_persoon.csv").write_text(
        "id,voornaam,achternaam,partij_id\n1,Lucas,Boom,1\n", encoding="utf-8")
    (tmp_path / "crm_klantcontact.csv").write_text(
        "id,kanaal,onderwerp,inhoud,plaatsgevonden_op\n"
        "1,Telefoon,Vraag,Over de aanvraag,2024-03-06T11:02:24Z\n", encoding="utf-8")
    (tmp_path / "crm_internetaak.csv").write_text(
        "id,gevraagde_handeling,toelichting,status\n1,Terugbellen,Graag vandaag,verwerkt\n",
        encoding="utf-8")
    kinds = {o.source: o.name for o in discover(read_export(tmp_path)).objects}
    assert kinds == {"crm_partij": "account", "crm_persoon": "contact",
                     "crm_klantcontact": "activity", "crm_internetaak": "task"}


def test_a_dutch_channel_routes_a_contact_moment() -> None:
    df = pl.DataFrame({"kanaal": ["E-mail", "Telefoon"], "onderwerp": ["Vraag", "Klacht"]})
    assert _type_column(df) == "kanaal"
