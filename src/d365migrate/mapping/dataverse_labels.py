"""A file headed with the target table's own column labels is an export of Dataverse itself.

Dynamics 365's Excel export, a flattened Configuration Migration export, a sample data set
written for Dataverse: their columns are headed with the table's display names ('Topic',
'Status', 'Status Reason', 'Customer Size', 'Address 1: Street 1', 'Potential Customer'). Such
a label says its column outright, more surely than any word list: 'Customer Size' is
customersizecode, not the company's size in employees; 'Status' is statecode beside 'Status
Reason'; 'Topic' is an opportunity's name. So when a file is headed that way (at least
MIN_LABELS of its columns, and MIN_SHARE of them, are labels of the table's columns, or
MANY_LABELS whatever the share):

- a column headed with the label of one writable column goes there first;
- the column headed with the label of the table's id ('Opportunity' in a file of
  opportunities) is the record's own id in the source, never its name.

A column whose header is no label of the table keeps what the other rules make of it: labels
differ between orgs and versions (an older org's lead says 'Subject' and 'Email (company)'
where a newer one says 'Topic' and 'Email'); but whole numbers none of which is an option
of a choice column are another choice's numbers (a solution's own 'Account Type'): it takes
no such column.

A header may carry its column's logical name in brackets, as a tool writes two columns of one
label apart ('Campaign Type (typecode)'). Columns labelled as read-only ones ('Created On',
'Full Name') keep what the other rules make of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from d365migrate.dataverse import tables

__all__ = ["ACTIVITY_LABELS", "MIN_LABELS", "MIN_SHARE", "MANY_LABELS", "own_labels", "label_hits",
           "option_codes", "headed_with_labels"]

MIN_LABELS = 10
MIN_SHARE = 1 / 3
#: So many labels make such a file whatever else it holds (a configuration-migration
#: export's system and solution columns, an org's table definitions with fewer columns):
#: other CRMs' files meet a dozen and a half of Dataverse's labels at most (Outlook's).
MANY_LABELS = 20
CONFIDENCE = 0.99


#: Labels Microsoft gives columns that a table's metadata here may label otherwise: every
#: activity table's statecode is 'Activity Status' in Dataverse (activitypointer's label; a
#: task's metadata may say 'Status'). Taken only for a table of activities (activityid).
ACTIVITY_LABELS = {"activity status": "statecode"}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def label_hits(columns: Iterable[str], table_def: Mapping[str, Any]) -> dict[str, list[str]]:
    """Column -> the logical names whose display label (or bracketed logical name) it is."""
    attrs = [a for a in tables.unwrap(table_def).get("Attributes") or []
             if isinstance(a, Mapping) and a.get("LogicalName")]
    by_label: dict[str, list[str]] = {}
    for a in attrs:
        label = tables.label(a.get("DisplayName"))
        if label:
            by_label.setdefault(_norm(label), []).append(str(a["LogicalName"]))
    logicals = {str(a["LogicalName"]) for a in attrs}
    if "activityid" in logicals:
        for label, logical in ACTIVITY_LABELS.items():
            if logical in logicals:
                by_label.setdefault(label, [logical])
    out: dict[str, list[str]] = {}
    for col in columns:
        bracket = re.fullmatch(r"(.*\S)\s*\(([a-z0-9_]+)\)\s*", col)
        if bracket and bracket.group(2) in logicals and _norm(bracket.group(1)) in by_label:
            out[col] = [bracket.group(2)]
        elif _norm(col) in by_label:
            out[col] = by_label[_norm(col)]
    return out


def headed_with_labels(hits: Mapping[str, list[str]], columns: list[str]) -> bool:
    """Whether a file whose columns ``hits`` label is headed with the table's own labels."""
    return len(hits) >= MANY_LABELS or (
        len(hits) >= MIN_LABELS and len(hits) >= MIN_SHARE * len(columns))


def _foreign_numbers(values: pl.Series, codes: Iterable[str]) -> bool:
    """Whether a column's values are option numbers of another choice than one with
    ``codes``: whole numbers, none of them one of its options' (a solution's own Account
    Type, 844060000, is no Relationship Type)."""
    seen = {str(v).strip() for v in values.drop_nulls().head(1000).to_list()} - {""}
    return bool(seen) and all(v.isdigit() for v in seen) and not seen & set(codes)


def own_labels(df: pl.DataFrame, table_def: Mapping[str, Any], writable: Mapping[str, Any],
               scored: dict[str, list[tuple[float, str, str]]],
               unmapped: dict[str, str]) -> None:
    """Put each labelled column first on its column, in a file headed with the table's own
    labels (module docstring); ``writable``: the table's writable columns (``Attr``) by
    logical name; ``scored`` and ``unmapped`` as suggest keeps them. A column no label names
    whose values are another choice's option numbers takes no choice column."""
    columns = df.columns
    hits = label_hits(columns, table_def)
    if not headed_with_labels(hits, columns):
        return
    td = tables.unwrap(table_def)
    table = str(td.get("LogicalName") or "the table")
    pid = str(td.get("PrimaryIdAttribute") or "")
    ok = set(writable)
    for col in columns:
        if col not in scored or col in unmapped:
            continue   # the source key, a copy's address, a code beside its name: said
        found = hits.get(col)
        if found is None:   # labels differ between orgs and versions: the other rules decide
            scored[col] = [c for c in scored[col] if not (
                getattr(writable.get(c[1]), "codes", ()) and _foreign_numbers(
                    df[col], writable[c[1]].codes))]
            continue
        if pid in found:
            scored[col] = []
            unmapped[col] = f"'{col}' is the label of {pid}: the record's own id in the source"
        elif len(targets := [t for t in found if t in ok]) == 1:
            target = targets[0]
            scored[col] = [(CONFIDENCE, target, f"'{col}' is the label of {target}, in a file "
                            f"headed with {table}'s own labels")] + [
                c for c in scored[col] if c[1] != target]


def option_codes(df: pl.DataFrame, table_def: Mapping[str, Any], attr: Mapping[str, Any],
                 decided: dict[str, int | None]) -> dict[str, int | None]:
    """A choice's values still undecided that are the numbers of its options ('0', '1'), in a
    file headed with the table's own labels: Dataverse stores and exports a choice as its
    option's number (Status 0, Status Reason 1, Preferred Method of Contact 1), so the number
    is the option. Elsewhere a number stays the analyst's to decide (another CRM's priority
    1, 2, 3 is no Dataverse option number)."""
    if all(v is not None for v in decided.values()):
        return decided
    if not headed_with_labels(label_hits(df.columns, table_def), df.columns):
        return decided
    codes = {str(v) for v, _ in tables.options(attr)}
    return {k: (int(k.strip()) if v is None and k.strip() in codes else v)
            for k, v in decided.items()}
