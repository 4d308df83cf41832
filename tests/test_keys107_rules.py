"""keys107's general rules (X2CRM's labelled exports in German, French and Spanish):
Unix-time dates under a date's name in any language the vocabulary reads, the assigned user
as a header word in each language, HTML character references in a header read."""

from __future__ import annotations

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.html_entities import unescaped
from d365migrate.intake.kinds import col_norm
from d365migrate.mapping.suggest import suggest_columns
from d365migrate.mapping.vocabulary import split_words

ACCOUNT = {"LogicalName": "account", "Attributes": [
    {"LogicalName": "name", "AttributeType": "String", "IsValidForCreate": True,
     "DisplayName": {"UserLocalizedLabel": {"Label": "Account Name"}}},
    {"LogicalName": "overriddencreatedon", "AttributeType": "DateTime",
     "IsValidForCreate": True,
     "DisplayName": {"UserLocalizedLabel": {"Label": "Record Created On"}}}]}


def test_html_references_in_a_header_are_read_and_a_bare_ampersand_kept() -> None:
    assert unescaped("Date d&#39;échéance") == "Date d'échéance"
    assert unescaped("R&amp;D") == "R&D"
    assert unescaped("R&D") == "R&D" and unescaped("P&L Owner") == "P&L Owner"
    assert split_words("Date d&#39;échéance") == ["date", "d", "échéance"]
    assert col_norm("Nom de l&#39;affaire") == "nomdelaffaire"


def test_the_assigned_user_in_each_language_is_a_header_word() -> None:
    for header in ("Zugeordnet zu", "Assignée À", "Asignado A", "Assegnato a",
                   "Toegewezen aan"):
        assert "assignedto" in content_columns([header]), header


def test_unix_seconds_under_a_foreign_date_name_are_dates() -> None:
    for header in ("Fecha de Creación", "Erstelldatum"):
        df = pl.DataFrame({"Nombre": ["Black Mesa", "Aperture"],
                           header: ["1479463600", "1479463700"]})
        got = suggest_columns(df, ACCOUNT, source_object="accounts")
        assert [c.target for c in got[header]][:1] == ["overriddencreatedon"], header
