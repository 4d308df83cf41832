"""A file scored as companies whose rows are people at companies: contacts.

A contacts export often carries, beside each person's family and given names, the company
the person works for ('Ragione Sociale', 'Firmenname', 'Company') and its id: company words
that can outscore the person's own columns, most of all under a file name that names
companies (Dolibarr's contacts profile is ``export_societe_2``: its module, "société").
A company's own row has no family name and given name of its own; a file whose every row
does, beside a column naming the company, and none of a company's own columns (a web site,
an industry, a size, a revenue, a registration number, a logo), is people: contacts.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from d365migrate.intake.content_words import content_columns
from d365migrate.intake.header_readings import column_readings
from d365migrate.intake.kinds import FIRST_NAME_COLUMNS, LAST_NAME_COLUMNS, col_norm
from d365migrate.intake.organisation_files import registry_column
from d365migrate.intake.people_rows import COMPANY_ONLY

__all__ = ["COMPANY_WORDS", "company_people"]

#: A person's company, by name or id (normalised).
_COMPANY = frozenset({"company", "companyname", "account", "accountname", "organization",
                      "organisation", "employer"})
#: The same, as the map's vocabulary reads a header in another language ('Įmonės
#: pavadinimas': the company's name; '회사 ID': its id).
_COMPANY_READ = frozenset({"company", "companyname", "companyid", "accountid"})
#: A company's own columns as the European header words read them ('Sito web', 'Branche').
COMPANY_WORDS = frozenset({"website", "industry", "employees", "annualrevenue"})


def _people_at_companies(columns: list[str]) -> list[str] | None:
    """[family name, given name, company] columns, or None."""
    norm = {c: col_norm(c) for c in columns}
    # discovery's own words, and where they read nothing, the map's vocabulary (Lithuanian
    # 'Pavardė' and 'Vardas' beside 'Įmonės pavadinimas': keys153's Dolibarr contacts)
    vocab = column_readings(columns)
    read = {c: content_columns([c]) or vocab.get(c, frozenset()) for c in columns}
    if registry_column(columns) or any(n in COMPANY_ONLY or read[c] & COMPANY_WORDS
                                       for c, n in norm.items()):
        return None
    last = next((c for c, n in norm.items()
                 if n in LAST_NAME_COLUMNS or "lastname" in read[c]), None)
    if last is None:   # a whole-name word beside a given name ('Nume' beside 'Prenume')
        given = [c for c in columns if "firstname" in read[c]]
        last = next((c for c in columns for g in given
                     if c != g and "lastname" in content_columns([c, g])), None)
    if last is None:
        return None
    # a given name by its own word, or a whole-name word beside the family name ('Nome'
    # beside 'Cognome', 'Nombre' beside 'Apellidos')
    first = next((c for c, n in norm.items() if c != last and (
        n in FIRST_NAME_COLUMNS or "firstname" in read[c]
        or "firstname" in content_columns([last, c])
        or vocab.get(c) == {"name"})), None)   # Vietnamese 'Tên' beside 'Họ'
    company = next((c for c, n in norm.items() if n in _COMPANY or read[c] & _COMPANY_READ),
                   None)
    return [last, first, company] if first and company else None


def company_people(tables: Mapping[str, pl.DataFrame], kinds: Mapping[str, str]
                   ) -> dict[str, tuple[str, str]]:
    """Files scored as accounts whose rows are people at companies: source -> ('contact',
    why)."""
    out: dict[str, tuple[str, str]] = {}
    for source, kind in kinds.items():
        if kind != "account":
            continue
        cols = _people_at_companies(tables[source].columns)
        if cols:
            out[source] = ("contact", f"its rows are people, each with a family name "
                           f"('{cols[0]}') and a given name ('{cols[1]}') beside the "
                           f"company they work for ('{cols[2]}'), and none of a company's "
                           "own columns: contacts")
    return out
