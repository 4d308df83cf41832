"""keys300's public exports run end to end from their parameters files, decisions only
(issue 13): Invoicerr (invoicerr-app/invoicerr at 0e5804fe, AGPL-3.0; an invoicing program,
the fallback of IDURAR ERP CRM, which ships no records), the fixed clients its end-to-end
tests type into the client form (seven companies, one individual) as its client view shows
them, headed in English, French, German and Spanish (tests/data/exports/invoicerr-export-en,
-fr, -de, -es; SOURCE.md), on the branch-point engine 1fcf865d (session 44, round R). Same
harness as tests/test_public_end_to_end.py.

One parametrized test over the four languages (``LANGS``: per language, the headers the run
reads from). In each: the one file is read as accounts and its eight clients load, nothing
held back, each keyed by its e-mail (the engine's choice: the view writes no id); records
field by field (the street, the second address line, the state, the country as stored in
English, a name holding a comma and an apostrophe, one with accents); verification finds no
column differing. The parameters decide one thing: an account's name, where the company
name is empty (the individual client), is the contact person's name ("Jane Doe"), as
Invoicerr itself shows such a client; without it that client is held back (Dynamics requires
an account's name).

What is not read (left unmapped by the engine), in every language:
- the client type (Company / Individual: which kind of party, no account column);
- the contact person: read as the account's primary contact, but with no contacts file
  there is no record to link, so it stays unresolved and left (counted in the run's
  links_left: the one individual's row; the companies' cells are empty);
- owners: the file names none, every account goes to the fallback owner (no owner queue).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
import yaml

from test_public_end_to_end import (
    assert_true_counts,
    inventory_files,
    one_row,
    outcomes,
    verified_columns,
)

READ = {"name", "emailaddress1", "telephone1", "address1_line1", "address1_line2",
        "address1_postalcode", "address1_city", "address1_stateorprovince", "address1_country"}
EMAILS = {"jane.doe@freelance.org", "contact@acme.org", "contact@eusolutions.de",
          "contact@german.de", "info@oreilly.com", "info@simple.co.uk", "contact@societe.fr",
          "info@techinnovations.com"}
RECORDS = {  # by e-mail (each row's source id): field by field
    "jane.doe@freelance.org": {
        "name": "Jane Doe", "telephone1": "+1 98 765 4321", "address1_line1": "456 Developer Lane",
        "address1_line2": None, "address1_postalcode": "67890", "address1_city": "Los Angeles",
        "address1_stateorprovince": None, "address1_country": "United States"},
    "info@techinnovations.com": {
        "name": "Tech Innovations LLC", "telephone1": None,
        "address1_line1": "456 Innovation Drive", "address1_line2": "Suite 200",
        "address1_postalcode": "94105", "address1_city": "San Francisco",
        "address1_stateorprovince": "CA", "address1_country": "United States"},
    "info@simple.co.uk": {
        "name": "Simple Company Ltd", "address1_line2": "Building B",
        "address1_postalcode": "SW1A 2AA", "address1_city": "London",
        "address1_country": "United Kingdom"},
    "info@oreilly.com": {"name": "O'Reilly & Associates, Inc.", "address1_city": "New York"},
    "contact@societe.fr": {"name": "Société Française SAS", "address1_line1": "1 Rue de la Paix",
                           "address1_country": "France"},
    "contact@acme.org": {"name": "ACME Corporation", "telephone1": "+1 23 456 7890"},
}

# per language: the company name, the contact person (the name's fallback), the client type,
# the e-mail (the key)
LANGS: dict[str, tuple[str, str, str, str]] = {
    "invoicerr-export-en": ("Company Name", "Contact Person", "Client Type", "Email"),
    "invoicerr-export-fr": ("Nom de l'entreprise", "Personne de contact", "Type de client",
                            "Email"),
    "invoicerr-export-de": ("Name des Unternehmens", "Kontaktperson", "Kundentyp", "E-Mail"),
    "invoicerr-export-es": ("Nombre de la empresa", "Persona de contacto", "Tipo de cliente",
                            "Correo electrónico"),
}


@pytest.mark.parametrize("name", list(LANGS))
def test_invoicerr_export_loads_in_four_languages(name: str,
                                                  runs: Callable[[str], Path]) -> None:
    """The eight clients load as accounts, nothing held back; records field by field; the
    individual under its person's name (the parameters' decision); the contact person and
    the client type not read; verification finds no column differing."""
    company, person, kind, email = LANGS[name]
    run_dir = runs(name)
    out = assert_true_counts(run_dir)
    assert outcomes(out, "unresolved_lookups") == {"account": ("clients", 8, 8, 0, 0, 0, 0)}
    assert out["account"]["links_left"] == {"primarycontactid": 1}
    assert {f: v["kind"] for f, v in inventory_files(run_dir).items()} == {"clients": "account"}

    accounts = pl.read_parquet(run_dir / "staged" / "account.parquet")
    assert {c for c in accounts.columns if not c.startswith("__")} == READ
    assert set(accounts["__source_id"]) == EMAILS
    for key, fields in RECORDS.items():
        row = one_row(accounts, "__source_id", key)
        assert {k: row[k] for k in fields} == fields, key
        assert row["emailaddress1"] == key
    # the contact person left unlinked on the individual's row only
    left = accounts.filter(pl.col("__via__left__primarycontactid").fill_null(False))
    assert left["__source_id"].to_list() == ["jane.doe@freelance.org"]

    mapping = yaml.safe_load((run_dir / "mapping.yml").read_text(encoding="utf-8"))
    (table,) = mapping["tables"]
    assert (table["target"], table["source_key"], table["owner"]) == ("account", email, None)
    name_col = next(c for c in table["columns"] if c["target"] == "name")
    assert (name_col["source"], name_col.get("else")) == (company, [person])
    # the contact person is read where the company name is empty (the name's fallback):
    # no column left out (session 66: it was listed as not moved)
    assert set(table["unmapped"]) == {kind}
    assert [u["target"] for u in table["unresolved_lookups"]] == ["primarycontactid"]
    assert pl.read_csv(run_dir / "owner_queue.csv").height == 0

    verified = verified_columns(run_dir)
    assert set(verified) == {"account"}
    assert set(verified["account"]) == READ
    assert not any(verified["account"].values())
