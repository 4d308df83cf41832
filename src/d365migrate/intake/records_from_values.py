"""Records the export holds only as values: one per distinct value of a column, by decision.

A people file's employer written as plain text ('Company': "Acme Ltd"), a flat sales report's
customer name on every order line: the export has no file of those companies, yet each
person belongs to one and Dynamics links a contact to an account. The analyst decides it in
the parameters::

    intake:
      records_from_values:
        companies: {file: contacts.csv, column: Company, object: account}
        customers: {file: sales.csv, column: Customer, with: [Phone, City], object: account}

and intake adds a table ``companies`` of one column (``Company``), one row per distinct value
of that column in the order the export first shows it. ``columns: [Customer, ContactLast,
ContactFirst]`` instead of ``column`` makes one record per different combination (the
customer's contact person on every order line: a contact is its name and its company), from
the rows that fill every one of them; ``with`` carries other columns from
the first row showing each value (how many records' rows disagree on one is counted and
reported: ``differ``). Values that differ only in spacing
or case are one record (the first spelling is kept, as the surrogate keys of
``staging.keys`` match them). From there it is a table like any other: discovery reads it as
the decided object, the map takes the value as the record's name and key, and the people
file's column links to it by name. Its guess names where it came from (``derived``), so every
count and report says the records were made from values, not read from a file of them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

import polars as pl

from d365migrate.intake.guard import ExportError
from d365migrate.intake.guess import IntakeGuess, file_names

__all__ = ["DECISION", "add_records_from_values", "derived_kinds", "derived_name",
           "key_columns", "made_from", "made_from_values", "made_records_hint"]

#: The intake option that asks for records made from a column's values.
DECISION = "records_from_values"


def said(columns: list[str]) -> str:
    """'Company', or 'CustomerName, ContactLastName and ContactFirstName'."""
    return columns[0] if len(columns) == 1 else \
        f"{', '.join(columns[:-1])} and {columns[-1]}"


def derived_name(column: str | list[str], file: str) -> str:
    """What the made table is called where a file's name would stand ("the Company values
    of contacts.csv"; its row 3, the third distinct value): messages and reports never name
    a file the export does not hold."""
    return f"the {said([column] if isinstance(column, str) else column)} values of {file}"


def _key(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def distinct_values(series: pl.Series | list[pl.Series]
                    ) -> tuple[list[Any], list[int], list[int]]:
    """The distinct non-empty values (first spelling, trimmed), the export row (1-based) that
    first shows each, and how many rows carry it. Of several columns: the distinct
    combinations (tuples) of the rows that fill every one."""
    many = isinstance(series, list)
    columns = [s.cast(pl.Utf8).to_list() for s in (series if many else [series])]
    values: list[Any] = []
    first: list[int] = []
    counts: list[int] = []
    seen: dict[tuple[str, ...], int] = {}
    for row, cells in enumerate(zip(*columns, strict=True), start=1):
        texts = tuple((c or "").strip() for c in cells)
        if not all(texts):
            continue
        key = tuple(_key(t) for t in texts)
        if key in seen:
            counts[seen[key]] += 1
            continue
        seen[key] = len(values)
        values.append(texts if many else texts[0])
        first.append(row)
        counts.append(1)
    return values, first, counts


def key_columns(spec: Mapping[str, Any]) -> list[str]:
    """The column, or the columns, whose values (combinations) make the records."""
    cols = spec.get("columns")
    return [str(c) for c in cols] if isinstance(cols, list) else [str(spec.get("column"))]


def _source_of(export: Any, file: str) -> str | None:
    for source, guess in export.guesses.items():
        if file in file_names(source, guess.file) and source in export.tables:
            return source
    return None


def add_records_from_values(export: Any, overrides: Mapping[str, Any] | None) -> None:
    """Add the tables ``intake.records_from_values`` decides to ``export`` (its tables and
    guesses); a decision naming no file or column of the export is refused, naming it."""
    decided = (overrides or {}).get(DECISION) or {}
    if not isinstance(decided, Mapping):
        raise ExportError(f"intake.{DECISION}: expected {{name: {{file: <file>, column: "
                          f"<column>, object: <kind>}}}}")
    for name, spec in decided.items():
        where = f"intake.{DECISION}.{name}"
        if not isinstance(spec, Mapping) or not {"file", "object"} <= set(spec) or \
                ("column" in spec) == ("columns" in spec) or ("columns" in spec and (
                    not isinstance(spec["columns"], list) or not spec["columns"])):
            raise ExportError(f"{where}: expected {{file: <file>, column: <column>, "
                              "object: <kind>}, or columns: [<column>, ...] instead of "
                              "column")
        if name in export.tables:
            raise ExportError(f"{where}: the export already has a table '{name}'; "
                              "choose another name")
        source = _source_of(export, str(spec["file"]))
        if source is None:
            raise ExportError(f"{where}: the export has no file '{spec['file']}'")
        columns, df = key_columns(spec), export.tables[source]
        if missing := [c for c in columns if c not in df.columns]:
            raise ExportError(f"{where}: {export.guesses[source].file} has no column "
                              f"{', '.join(repr(c) for c in missing)}; its columns: "
                              f"{', '.join(df.columns)}")
        if len(set(columns)) < len(columns):
            raise ExportError(f"{where}.columns: a column is named twice")
        carried = [str(c) for c in spec.get("with") or []]
        if missing := [c for c in carried if c not in df.columns or c in columns]:
            raise ExportError(f"{where}.with: {export.guesses[source].file} has no column "
                              f"{', '.join(repr(c) for c in missing)} to carry (or it is "
                              f"a column the records are made of); its columns: "
                              f"{', '.join(df.columns)}")
        values, first, counts = distinct_values(
            [df[c] for c in columns] if len(columns) > 1 else df[columns[0]])
        from_file = export.guesses[source].file
        rows = [v if isinstance(v, tuple) else (v,) for v in values]
        table = pl.DataFrame([list(col) for col in zip(*rows, strict=True)] if rows else
                             [[] for _ in columns], schema=dict.fromkeys(columns, pl.Utf8),
                             orient="col")
        taken = df.select(carried).cast(pl.Utf8)[[r - 1 for r in first]] if carried else None
        if taken is not None:
            table = table.hstack(taken)
        export.tables[str(name)] = table
        export.guesses[str(name)] = IntakeGuess(
            file=derived_name(columns, from_file), source=str(name), format="derived",
            rows=len(values), derived={"file": from_file, "source": source,
                                       "column": said(columns),
                                       **({"columns": columns} if len(columns) > 1 else {}),
                                       "object": str(spec["object"]), "rows": df.height,
                                       "filled": sum(counts), "first_rows": first,
                                       "with": carried,
                                       "differ": differing(df, columns, carried)})


def differing(df: pl.DataFrame, columns: str | list[str], carried: list[str]
              ) -> dict[str, int]:
    """Per carried column: how many records' rows disagree on its value (a customer with two
    phone numbers over its orders); the first row's value is the one taken."""
    if not carried:
        return {}
    columns = [columns] if isinstance(columns, str) else columns
    keys = [pl.col(c).cast(pl.Utf8).str.strip_chars().str.normalize("NFC")
            .str.replace_all(r"\s+", " ").str.to_lowercase().alias(f"\0k{i}")
            for i, c in enumerate(columns)]
    named = pl.all_horizontal([pl.col(f"\0k{i}").is_not_null() & (pl.col(f"\0k{i}") != "")
                               for i in range(len(columns))])
    rows = df.select(*keys, *[pl.col(c).cast(pl.Utf8) for c in carried]).filter(named)
    counts = rows.group_by([f"\0k{i}" for i in range(len(columns))]).agg(
        [pl.col(c).n_unique().alias(c) for c in carried])
    return {c: n for c in carried if (n := int((counts[c] > 1).sum()))}


def made_from(derived: Mapping[str, Any]) -> dict[str, Any]:
    """What a report says of a made table: its file, column, the file's rows and how many
    name a value (the first rows stay with intake's guess)."""
    return {k: derived[k] for k in ("file", "column", "columns", "object", "rows", "filled",
                                    "with", "differ") if derived.get(k)}


def made_from_values(guess: IntakeGuess | None) -> dict[str, Any]:
    """``{"made_from": ...}`` for a stage summary entry of a made table, else nothing."""
    return {"made_from": made_from(guess.derived)} if guess and guess.derived else {}


#: The kinds a made record may be that a lookup of a people or deals file points at.
HINTED = ("account", "contact")


def made_records_hint(source: str, column: str, targets: set[str], kinds: set[str],
                      column_type: str | None) -> str:
    """What a lookup column of names that links nowhere could become, in the analyst's
    words: where the export has no file of the kind it points at (the contacts' 'Company'
    of a people-only export), the decision that makes one record per name."""
    if column_type not in (None, "string"):
        return ""
    kind = next((k for k in HINTED if k in targets and k not in kinds), None)
    if kind is None:
        return ""
    return (f"; the export has no file of {kind} records: to make one per distinct value of "
            f"'{column}' and link to it, decide intake: {{{DECISION}: {{<name>: {{file: "
            f"{source}, column: {column}, object: {kind}}}}}}}")


def derived_kinds(overrides: Mapping[str, Any] | None) -> dict[str, tuple[str, str]]:
    """Made table -> (kind, why): the object each decision names."""
    out: dict[str, tuple[str, str]] = {}
    for name, spec in ((overrides or {}).get(DECISION) or {}).items():
        kind, columns, file = spec["object"], key_columns(spec), spec["file"]
        what = f"value of {file}'s {columns[0]}" if len(columns) == 1 else \
            f"combination of {file}'s {said(columns)}"
        out[str(name)] = (str(kind), f"one {kind} per distinct {what}, "
                                     f"set in the parameters file (intake: {DECISION})")
    return out
