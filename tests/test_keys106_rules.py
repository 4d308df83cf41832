"""keys106's rules (Fat Free CRM's Excel list export in German, French and Spanish): a
column naming whom a record is assigned to, holding people's names, is its owner before a
bare 'user' column (who may only have added the record); 'Street 1' is the first street
line, beside a whole address in one cell; a few words of the three languages."""

from __future__ import annotations

import polars as pl

from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.responsible_users import names_assignee
from d365migrate.mapping.suggest import suggest_columns
from test_public_exports import DATA, EMULATOR_TABLES

DEFS = {**load_table_defs(EMULATOR_TABLES), **load_table_defs(DATA / "tables")}
NAMES = ["Aaron", "Cindy", "George", "Elizabeth", "Frank", "Dan"]


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    s = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (s[c][0].target if s.get(c) else None) for c in df.columns}


def test_assigned_to_names_a_user() -> None:
    assert names_assignee(["assigned", "to"]) and names_assignee(["Assignee"])
    assert not names_assignee(["user"]) and not names_assignee(["assigned"])


def test_the_assigned_user_owns_the_record_before_the_user_who_added_it() -> None:
    for user, assigned, name in (("Benutzer", "Zugeordnet zu", "Name"),
                                 ("User", "Assigned to", "Name")):
        df = pl.DataFrame({"Id": [str(i) for i in range(1, 7)], user: NAMES,
                           assigned: NAMES[::-1], name: [f"Acme {i}" for i in range(6)]})
        assert _top(df, "account", "accounts")[assigned] == "ownerid", assigned


def test_street_one_beside_a_whole_address_and_words() -> None:
    df = pl.DataFrame({"Id": ["1", "2"], "Nom": ["Acme", "Bolt"], "Rue 1": ["1 Main St", "2 Elm"],
                       "Rue 2": ["Suite 1", "Apt 2"], "Ville": ["Paris", "Lyon"],
                       "Adresse": ["1 Main St\nSuite 1\nParis", "2 Elm\nApt 2\nLyon"],
                       "Tel. gratuit": ["1-800-1", "1-800-2"],
                       "Informations": ["A customer since 2010", "Met at a fair"]})
    top = _top(df, "account", "accounts")
    assert top["Rue 1"] == "address1_line1" and top["Rue 2"] == "address1_line2"
    assert top["Adresse"] != "address1_line1"
    assert top["Tel. gratuit"] in ("telephone2", "telephone3")
    assert top["Informations"] == "description"
    df = pl.DataFrame({"Id": ["1", "2"], "Vorname": ["Ann", "Bob"], "Nachname": ["A", "B"],
                       "Geboren am": ["1990-01-02", "1985-03-04"],
                       "Alternative Email": ["a@x.de", "b@x.de"],
                       "Email": ["a@y.de", "b@y.de"],
                       "Hintergrund-Informationen": ["Kunde seit 2010", "Messe"]})
    top = _top(df, "contact", "contacts")
    assert top["Geboren am"] == "birthdate" and top["Alternative Email"] == "emailaddress2"
    assert top["Hintergrund-Informationen"] == "description"
