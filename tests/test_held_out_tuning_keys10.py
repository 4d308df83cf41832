"""Rules added after measuring keys10's held-out exports (Twenty CRM's seeds, Dolibarr's
French demo tables, Fat Free CRM's demo as its list views export it; issue 13), on made-up
data so they run where the public data is absent:

- Rails' '<what> on' dates and '<what> at' times are the date of what the words say ("Born
  on", "Closes on", "Due at", "Starts on") (mapping/sourcecols.py);
- a composite field flattened with its name repeated ('addressAddressStreet1') is read
  once (mapping/sourcecols.py);
- who created a record is no one's preferred user (mapping/suggest.py);
- a database's foreign key 'fk_<table>' links to the table it names, a column named by an
  object kind alone ('Campaign') is a link candidate (intake/links.py);
- words: French names of a company's and a person's fields (nom, ville, cp, poste), a
  product's reference and label, a toll-free phone, a campaign's revenue target
  (mapping/data/synonyms.yml); a third party ('societe', 'thirdparty') is an account, an
  action an activity, a workspace's or a team's member a user (intake/kinds.py).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from d365migrate.intake.discover import discover
from d365migrate.intake.kinds import kind_of_word
from d365migrate.intake.read import Export
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.suggest import suggest_columns

ROOT = Path(__file__).resolve().parents[1]
DEFS = {**load_table_defs(ROOT / "src" / "dataverse_emulator" / "data" / "tables"),
        **load_table_defs(ROOT / "tests" / "data" / "tables")}
DATES = ["2025-03-01", "2025-04-12", "2025-05-20", "2025-06-02"]


def _top(df: pl.DataFrame, table: str, source: str = "things") -> dict[str, str | None]:
    sugg = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (sugg.get(c) or [None])[0] and sugg[c][0].target for c in df.columns}


def test_dates_named_by_what_happens_on_them() -> None:
    assert _top(pl.DataFrame({"Born on": DATES}), "contact")["Born on"] == "birthdate"
    assert _top(pl.DataFrame({"Closes on": DATES}), "opportunity")["Closes on"] == \
        "estimatedclosedate"
    assert _top(pl.DataFrame({"Due at": DATES}), "task")["Due at"] == "scheduledend"
    got = _top(pl.DataFrame({"Starts on": DATES, "Ends on": DATES}), "campaign")
    assert got == {"Starts on": "actualstart", "Ends on": "actualend"}
    # the created time keeps its own reading
    assert _top(pl.DataFrame({"Created at": DATES}), "contact")["Created at"] == \
        "overriddencreatedon"


def test_a_flattened_field_name_repeated_is_read_once() -> None:
    df = pl.DataFrame({"addressAddressStreet1": ["1 Main St", "2 High St", "3 Low Rd"],
                       "addressAddressStreet2": ["Floor 2", "", "Suite 4"],
                       "addressAddressCity": ["Leeds", "York", "Bath"]})
    assert _top(df, "account") == {"addressAddressStreet1": "address1_line1",
                                   "addressAddressStreet2": "address1_line2",
                                   "addressAddressCity": "address1_city"}


def test_a_creator_is_no_preferred_user() -> None:
    df = pl.DataFrame({"name": ["Acme", "Globex", "Initech"],
                       "createdByMemberId": ["u1", "u2", "u1"]})
    sugg = suggest_columns(df, dict(DEFS["account"]), source_object="companies")
    assert all(c.target != "preferredsystemuserid" for c in sugg.get("createdByMemberId", []))


def test_french_and_product_words() -> None:
    societe = pl.DataFrame({"nom": ["Boulangerie Petit", "Garage Martin", "Café du Port"],
                            "cp": ["29200", "56000", "22300"],
                            "ville": ["Brest", "Vannes", "Lannion"],
                            "Toll free phone": ["1-800-555-0101", "1-800-555-0102",
                                                "1-800-555-0103"]})
    assert _top(societe, "account") == {"nom": "name", "cp": "address1_postalcode",
                                        "ville": "address1_city",
                                        "Toll free phone": "telephone2"}
    people = pl.DataFrame({"nom": ["Martin", "Durand", "Petit"],
                           "poste": ["Directrice", "Comptable", "Gérant"]})
    assert _top(people, "contact") == {"nom": "lastname", "poste": "jobtitle"}
    products = pl.DataFrame({"ref": ["CAB-1M", "CAB-2M", "SW-8"],
                             "label": ["Cable 1 m", "Cable 2 m", "Switch 8 ports"]})
    assert _top(products, "product") == {"ref": "productnumber", "label": "name"}
    campaigns = pl.DataFrame({"Target revenue": ["100000.0", "250000.0", "90000.0"]})
    assert _top(campaigns, "campaign")["Target revenue"] == "expectedrevenue"


def test_kind_words() -> None:
    assert kind_of_word("societe") == kind_of_word("thirdparties") == "account"
    assert kind_of_word("actions") == "activity"
    assert kind_of_word("workspaceMember") == kind_of_word("team_members") == "user"


def _export(tables: dict[str, pl.DataFrame]) -> Export:
    return Export(Path("."), tables)


def test_a_database_dump_third_parties_are_accounts() -> None:
    firms = pl.DataFrame({"rowid": ["1", "2", "3"],
                          "nom": ["Boulangerie Petit", "Garage Martin", "Café du Port"],
                          "ville": ["Brest", "Vannes", "Lannion"]})
    people = pl.DataFrame({"rowid": ["1", "2"], "firstname": ["Ana", "Luc"],
                           "lastname": ["Petit", "Martin"], "email": ["a@x.fr", "l@y.fr"]})
    kinds = {o.source: o.name for o in discover(_export(
        {"abc_societe": firms, "abc_people": people})).objects}
    assert kinds == {"abc_societe": "account", "abc_people": "contact"}


def _rels(tables: dict[str, pl.DataFrame]) -> set[tuple[str, str]]:
    return {(r.from_, r.to) for r in discover(_export(tables)).relationships}


def test_a_database_foreign_key_names_its_table() -> None:
    # 'fk_soc' keys the table whose name starts with 'soc', though small ids match others
    firms = pl.DataFrame({"rowid": ["1", "2", "3", "4"],
                          "nom": ["Petit", "Martin", "Durand", "Roux"],
                          "ville": ["Brest", "Vannes", "Lannion", "Quimper"]})
    charges = pl.DataFrame({"rowid": ["1", "2", "3", "4"],
                            "libelle": ["Acompte 1", "Acompte 2", "Acompte 3", "Acompte 4"],
                            "amount": ["120", "200", "170", "150"]})
    people = pl.DataFrame({"rowid": ["10", "11", "12"], "fk_soc": ["1", "2", "4"],
                           "firstname": ["Ana", "Luc", "Eva"],
                           "lastname": ["Petit", "Martin", "Roux"]})
    rels = _rels({"abc_chargesociales": charges, "abc_societe": firms, "abc_people": people})
    assert ("abc_people.fk_soc", "abc_societe.rowid") in rels
    assert not any(f == "abc_people.fk_soc" and t != "abc_societe.rowid" for f, t in rels)


def test_a_link_headed_by_its_association_name() -> None:
    # Rails' list export heads a lead's campaign_id "Campaign": the campaign's id
    campaigns = pl.DataFrame({"Id": ["1", "2", "3"], "Name": ["Spring", "Summer", "Fall"],
                              "Budget": ["1000.0", "2000.0", "500.0"],
                              "Starts on": DATES[:3]})
    leads = pl.DataFrame({"Id": ["1", "2", "3", "4"], "Campaign": ["2", "1", "2", "3"],
                          "First name": ["Ana", "Luc", "Eva", "Tom"],
                          "Last name": ["Petit", "Martin", "Roux", "Blanc"],
                          "Email": ["a@x.fr", "l@y.fr", "e@z.fr", "t@w.fr"]})
    assert ("leads.Campaign", "campaigns.Id") in _rels({"campaigns": campaigns, "leads": leads})
