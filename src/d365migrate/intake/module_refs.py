"""vtiger's references, written '<Module>::::<name>': read as the name they hold.

vtiger CRM's list-view export (and its forks') writes a reference cell as the referenced
record's module, four colons and its name (``Accounts::::EDFG Group Limited``: the contact's
organisation), so that its own import can find the record again. Read as written, the name
matches no record and every link by name is left (tests/data/exports/vtiger-export-en:
the ten opportunities' customers, the contacts' organisations). A column whose values all
carry one module's prefix is read as the names; the file's warnings say which module, so a
person knows the links go to that module's records. A column mixing modules ('Related To':
Accounts and Contacts) keeps its cells as written and says so: which table each row links
to is the module's to say, and no decision here can keep it yet.
"""

from __future__ import annotations

import polars as pl

from d365migrate.intake.dialect import Problem

__all__ = ["read_module_refs"]

_REF = r"^([A-Za-z][A-Za-z0-9_]*)::::(.*)$"


def read_module_refs(df: pl.DataFrame, label: str, problems: list[Problem], line: int
                     ) -> pl.DataFrame:
    """``df`` with each column of one module's '<Module>::::<name>' cells read as the names."""
    changed: dict[str, pl.Expr] = {}
    for col in df.columns:
        if df[col].dtype != pl.Utf8:
            continue
        values = df[col].drop_nulls().str.strip_chars()
        values = values.filter(values != "")
        if values.len() == 0 or not values.str.contains(_REF).all():
            continue
        modules = sorted(set(values.str.extract(_REF, 1).to_list()))
        if len(modules) == 1:
            changed[col] = pl.col(col).str.strip_chars().str.extract(_REF, 2).alias(col)
            problems.append(Problem(label, line, f"column '{col}': each value is a {modules[0]} "
                                    f"record's name after vtiger's '{modules[0]}::::' mark; "
                                    "read as the name", "warning"))
        else:
            problems.append(Problem(label, line, f"column '{col}': values name records of "
                                    f"{', '.join(modules)} ('<module>::::<name>'); read as "
                                    "written", "warning"))
    return df.with_columns(list(changed.values())) if changed else df
