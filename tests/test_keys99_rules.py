"""keys99's rules (Frappe CRM's labelled export in German, French and Spanish): a column
naming who owns a record holds that user's e-mail without being an e-mail column; the
object's own word closing a translated name reads without it ('Responsable du Lead'); a part
of a person's name stands in for no record's name; German's 'Warscheinlichkeit' (its common
misspelling) is a probability; a few words of the three languages."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.mapping.accuracy import load_table_defs
from d365migrate.mapping.foreign_names import foreign_readings
from d365migrate.mapping.suggest import suggest_columns
from test_public_exports import DATA, EMULATOR_TABLES

DEFS = {**load_table_defs(EMULATOR_TABLES), **load_table_defs(DATA / "tables")}
EMAILS = ["sarah@example.com", "john@example.com", "emily@example.com"]


def _top(df: pl.DataFrame, table: str, source: str) -> dict[str, str | None]:
    s = suggest_columns(df, dict(DEFS[table]), source_object=source)
    return {c: (s[c][0].target if s.get(c) else None) for c in df.columns}


def test_an_owner_column_of_emails_is_its_user() -> None:
    for owner, first, last in (("Verantwortlicher", "Vorname", "Nachname"),
                               ("Responsable du Lead", "Prénom", "Nom de famille"),
                               ("Propietario de la iniciativa", "Nombre", "Apellido")):
        df = pl.DataFrame({first: ["Ann", "Bob", "Cy"], last: ["A", "B", "C"],
                           owner: EMAILS})
        assert _top(df, "lead", "CRM Lead")[owner] == "ownerid", owner
    # an e-mail column under another word stays an e-mail ('Adresse' of e-mails)
    df = pl.DataFrame({"Vorname": ["Ann", "Bob", "Cy"], "Nachname": ["A", "B", "C"],
                       "Adresse": EMAILS})
    assert _top(df, "contact", "Kontakte")["Adresse"] == "emailaddress1"


def test_the_objects_own_word_closing_a_translated_name() -> None:
    df = pl.DataFrame({"Organisation": ["Acme", "Bolt", "Cobalt"],
                       "Responsable de l'opportunité": EMAILS,
                       "Valeur de l'opportunité": [120000, 45000, 85000],
                       "Probabilité": [50, 70, 60]})
    top = _top(df, "opportunity", "CRM Deal")
    assert top["Responsable de l'opportunité"] == "ownerid"
    assert top["Valeur de l'opportunité"] == "estimatedvalue"


def test_a_persons_name_part_is_no_records_name() -> None:
    df = pl.DataFrame({"First name": ["Alice", "David", "Henry"],
                       "Last name": ["Johnson", "Lee", "Park"],
                       "Deal Value": [120000, 45000, 85000],
                       "Probabilidad": [50, 70, 60]})
    top = _top(df, "opportunity", "CRM Deal")
    assert top["First name"] is None and top["Last name"] is None
    # another name still stands in for the record's ('Project name' of a deal)
    df = pl.DataFrame({"Project name": ["Spring", "Summer", "Fall"],
                       "Deal Value": [1, 2, 3]})
    assert _top(df, "opportunity", "CRM Deal")["Project name"] == "name"


def test_words_of_frappes_labels() -> None:
    heads = ["Vorname", "Nachname", "E-Mail", "Mobilfunknummer.", "Firma", "Webseite"]
    assert foreign_readings("Mobilfunknummer.", heads) == [(("mobile", "phone"), 0.98)]
    heads = ["Prénom", "Nom de famille", "E-mail", "Chiffre d'affaires annuel", "Statut"]
    assert foreign_readings("Chiffre d'affaires annuel", heads)[0][0] == ("annual", "revenue")
    heads = ["Nombre", "Apellido", "Correo electrónico", "Título del trabajo", "Estado"]
    assert foreign_readings("Título del trabajo", heads)[0][0] == ("job", "title")
    assert "probability" in content_columns(["Warscheinlichkeit"])
