"""A file of companies and people together: its people's rows are the contacts.

Discovery names a partners or parties file (Odoo's ``res.partner``, Axelor's
``base_partner``: a company or a person a row, a column saying which) the customers'
file, account (:mod:`d365migrate.intake.party_files`). When the map wants contacts and the
export has no contacts file, the proposal splits it by that column: the rows whose value is
a person's are the contact entry (``where: {column: is_company, in: ['false']}``), the
others the account entry. The other way round, a contacts file holding organisations too
(CiviCRM's Contact Type: Individual, Organization, Household) gives the accounts their rows
when the map wants accounts and the export has no accounts file. Which value is a person's
is read from the value where every value says it (a flag: Odoo's 'Is a company' true or
1; a type: Company, Individual, Organization), else from the rows: a value whose rows mostly
carry a first name is a person's (Axelor writes 1 and 2). Read from the values, a file
splits whatever share of its rows are companies, and without a first-name column.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import polars as pl

from d365migrate.intake.company_rows import row_says
from d365migrate.intake.found import Discovery
from d365migrate.intake.kinds import col_norm
from d365migrate.intake.party_files import party_column, party_columns

__all__ = ["PartySplit", "party_split", "people_among_parties"]

#: A contacts file's bare kind or type of row: a party's kind only where every value says
#: company or person (Quaderno's contacts: 'kind' person or company).
_BARE_KINDS = frozenset({"kind", "type"})


@dataclass(frozen=True)
class PartySplit:
    """The column of a partners file saying company or person, and its values."""

    column: str
    first_name: str
    people: tuple[str, ...]
    companies: tuple[str, ...]
    people_rows: int
    company_rows: int
    #: the table the export has no file for (the split's rows fill it): contact or account
    missing: str = "contact"

    def where(self, target: str) -> dict[str, object]:
        """The routing of ``target``'s rows (contact: the people's, account: the others)."""
        return {"column": self.column,
                "in": list(self.people if target == "contact" else self.companies)}

    def rows(self, df: pl.DataFrame, target: str) -> pl.DataFrame:
        """``target``'s rows, compared as staging routes them (trimmed, any case)."""
        wanted = [str(v).strip().lower() for v in self.where(target)["in"]]  # type: ignore[union-attr]
        value = df[self.column].cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        return df.filter(value.is_in(wanted).fill_null(False))

    def reason(self, source: str, target: str) -> str:
        mine = self.people if target == "contact" else self.companies
        n = self.people_rows if target == "contact" else self.company_rows
        what = "people (contacts)" if target == "contact" else "companies (accounts)"
        how = f"read from the rows ('{self.first_name}' filled on a person's)" \
            if self.first_name else "as the values say"
        other = f"the export has no {self.missing}s file" if self.missing else \
            "the other rows go to the other table"
        return (f"'{source}' holds companies and people, told apart by '{self.column}': its "
                f"{n} row(s) whose {self.column} is {' or '.join(repr(v) for v in mine)} are "
                f"{what}, {how}; {other}")


def party_split(df: pl.DataFrame, *, contact_types: bool = False) -> PartySplit | None:
    """How a file of companies and people splits, or None: its party column's values, a
    value a person's when most of its rows carry a first name; both kinds must be there.
    ``contact_types``: a contacts file's type of contact may be that column."""
    found = party_columns(df.columns, contact_types=contact_types)
    column = found[0] if found else party_column(df.columns, contact_types=contact_types)
    if column is None and contact_types:  # a bare 'kind' (Quaderno): only where values say
        bare = next((c for c in df.columns if col_norm(c) in _BARE_KINDS), None)
        return _said_split(df, bare) if bare is not None and df.height else None
    if column is None or df.height == 0:
        return None
    said = _said_split(df, column)
    if said is not None or not found:
        return said
    first = found[1]  # the given name's column, as written or as read ('Voornaam')
    value = df[column].cast(pl.Utf8).str.strip_chars()
    named = df[first].cast(pl.Utf8).str.strip_chars().fill_null("") != ""
    frame = pl.DataFrame({"v": value, "named": named}).filter(
        pl.col("v").is_not_null() & (pl.col("v") != ""))
    shares = frame.group_by("v").agg(pl.col("named").mean().alias("share"),
                                     pl.len().alias("n")).sort("v")
    people = [(v, n) for v, share, n in shares.iter_rows() if share >= 0.5]
    companies = [(v, n) for v, share, n in shares.iter_rows() if share < 0.5]
    if not people or not companies:
        return None
    return PartySplit(column, first, tuple(v for v, _ in people),
                      tuple(v for v, _ in companies), sum(n for _, n in people),
                      sum(n for _, n in companies))


def _said_split(df: pl.DataFrame, column: str) -> PartySplit | None:
    """The split the values of ``column`` say (a flag's true and false, a type's Company
    and Individual), or None where a value says neither or one kind only is there."""
    counts = df.select(pl.col(column).cast(pl.Utf8).str.strip_chars().alias("v")).filter(
        pl.col("v").is_not_null() & (pl.col("v") != "")).group_by("v").len().sort("v")
    said = [(v, n, row_says(column, v)) for v, n in counts.iter_rows()]
    if not said or any(s is None for _, _, s in said):
        return None
    people = [(v, n) for v, n, s in said if s is False]
    companies = [(v, n) for v, n, s in said if s is True]
    if not people or not companies:
        return None
    return PartySplit(column, "", tuple(v for v, _ in people), tuple(v for v, _ in companies),
                      sum(n for _, n in people), sum(n for _, n in companies))


def people_among_parties(discovery: Discovery, tables: dict[str, pl.DataFrame],
                         objects: list[str], chosen: dict[str, str]) -> dict[str, PartySplit]:
    """The split of the accounts' file, when it holds people too and the map wants contacts
    from an export with no contacts file (``chosen`` gains it as the contacts' source); or
    of the contacts' file, when it holds organisations too and the map wants accounts from
    an export with no accounts file (``chosen`` gains it as the accounts' source)."""
    contacts = chosen.get("contact") or (discovery.source("contact")
                                         if "contact" not in objects else None)
    if "account" in objects and "account" not in chosen and contacts:
        source = contacts   # the contacts' file, loaded or not: its companies are accounts
        df = tables.get(source)
        split = party_split(df, contact_types=True) if df is not None else None
        if split is None:
            return {}
        chosen["account"] = source
        return {source: replace(split, missing="account")}
    if "contact" not in objects or "contact" in chosen:
        return {}
    source = chosen.get("account") or discovery.source("account")
    df = tables.get(source) if source else None
    split = party_split(df) if df is not None else None
    if split is None or source is None:
        return {}
    chosen["contact"] = source
    return {source: split}
